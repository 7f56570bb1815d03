"""Starting the GUI: application, font, language, database, login, main window."""

import dataclasses
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from duty_desk.paths import resource
from duty_desk.services import accounts, demo
from duty_desk.services.context import Actor, Services
from duty_desk.services.errors import StorageError
from duty_desk.services.workstation import open_workstation
from duty_desk.settings import SettingsStore
from duty_desk.ui import i18n
from duty_desk.ui.background import Background, DataBus
from duty_desk.ui.context import UiContext
from duty_desk.ui.demo_seed import seed_with_progress
from duty_desk.ui.dialogs.login import FirstAdminDialog, LoginDialog
from duty_desk.ui.forms_support import refusal_text, storage_text
from duty_desk.ui.main_window import MainWindow


def install_font(app: QApplication) -> str:
    """Register the bundled CJK font and make it the application font, so Chinese never shows as boxes."""
    font_id = QFontDatabase.addApplicationFont(str(resource("fonts", "wqy-microhei.ttc")))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = QFont(families[0])
        font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
        app.setFont(font)
        return families[0]
    return ""


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName("Duty Desk")
    app.setOrganizationName("duty-desk")
    app.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))
    install_font(app)
    return app


def login(services: Services, demo_mode: bool) -> Actor | None:
    if not accounts.has_users(services):
        first = FirstAdminDialog(services)
        return first.actor if first.exec() else None
    hint = ""
    if demo_mode:
        user, _display, _role, password = demo.DEMO_ACCOUNTS[0]
        hint = QApplication.translate("Login", "Demo database: log in as {user} with password {password}.") \
            .format(user=user, password=password)
    dialog = LoginDialog(services, hint=hint)
    if demo_mode:
        dialog.ui.usernameEdit.setText(demo.DEMO_ACCOUNTS[0][0])
        dialog.ui.passwordEdit.setFocus()
    return dialog.actor if dialog.exec() else None


class Controller:
    """Owns the window; rebuilds it when the language changes (every label is made in the new language)."""

    def __init__(self, ctx: UiContext) -> None:
        self.ctx = ctx
        self.window: MainWindow | None = None

    def show(self) -> MainWindow:
        self.window = MainWindow(self.ctx)
        self.window.language_changed.connect(self.relanguage)
        self.window.lock.switch_user.connect(self.switch_user)
        self.window.log_out.connect(self.switch_user)  # File ▸ Log out: the screen lock's path
        self.window.show()
        return self.window

    def switch_user(self) -> None:
        """File ▸ Log out, or the screen lock's "someone else": the person logged in is logged out, their window
        closed before the login shows (nothing of their view stays), and whoever logs in gets their own window.
        Esc at that login quits the application."""
        old = self.window
        if old is None:
            return
        QApplication.setQuitOnLastWindowClosed(False)  # the login dialog comes between the two windows
        old.close()  # its timers stop, its work finishes, its place is saved
        old.deleteLater()
        self.window = None
        actor = login(self.ctx.services, self.ctx.demo)
        QApplication.setQuitOnLastWindowClosed(True)
        if actor is None:
            QApplication.quit()
            return
        self.ctx = dataclasses.replace(self.ctx, actor=actor)
        self.show()

    def relanguage(self) -> None:
        i18n.install(self.ctx.settings.get("language"))
        old = self.window
        searches = old.searches() if old is not None else {}
        if old is not None:
            old.save_state()
            old.hide()
            old.deleteLater()
        self.show().restore_searches(searches)  # the officer is looking for the same thing in the new words


def run_gui(data_dir: Path, demo_mode: bool = False) -> int:
    app = make_app()
    settings = SettingsStore(data_dir) if data_dir.is_dir() else None
    i18n.install(settings.get("language") if settings else "system")
    try:
        services = open_workstation(data_dir)
    except StorageError as exc:
        QMessageBox.critical(None, QApplication.translate("Startup", "Duty Desk cannot start"), storage_text(exc))
        return 2
    # A new folder, or one whose seed was cut short: filled with a progress bar.
    if demo_mode and demo.needs_seed(services) and (error := seed_with_progress(services)) is not None:
        QMessageBox.critical(None, QApplication.translate("Startup", "Duty Desk cannot start"), refusal_text(error))
        services.db.dispose()
        return 2
    settings = SettingsStore(data_dir)
    i18n.install(settings.get("language"))
    actor = login(services, demo_mode)
    if actor is None:
        services.db.dispose()
        return 0
    ctx = UiContext(services, actor, settings, data_dir, DataBus(), Background(), demo_mode)
    controller = Controller(ctx)
    controller.show()
    code = app.exec()
    services.db.dispose()
    return code


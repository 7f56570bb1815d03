"""File ▸ Log out and switch user (Ctrl+Shift+Q): the window goes, the login comes back, the next person gets
their own window; Esc at that login quits. The screen lock's "Log in as someone else" takes the same path."""

from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu
from pytestqt.qtbot import QtBot
from ui_support import GuiThreadSql, Workstation, activate, ctrl, settle

from duty_desk.domain.roles import Role
from duty_desk.services import demo
from duty_desk.ui.app import Controller
from duty_desk.ui.dialogs.login import LoginDialog
from duty_desk.ui.main_window import MainWindow
from duty_desk.ui.panels.incidents import IncidentsPanel
from duty_desk.ui.panels.overview import OverviewPanel

ACCOUNTS = {role: (name, password) for name, _display, role, password in demo.DEMO_ACCOUNTS}
SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def controller(demo_ws: Workstation) -> Iterator[Controller]:
    control = Controller(demo_ws.context(demo_ws.login(*ACCOUNTS[Role.DUTY_OFFICER])))
    yield control
    demo_ws.settle()
    if control.window is not None:
        control.window.close()
    demo_ws.settle()


def _at_login(qtbot: QtBot, answer: Callable[[LoginDialog], None], seen: list[list[str]]) -> None:
    """Once the login dialog is up: note the windows on screen, then answer it from the keyboard."""

    def look() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()),
                      None)
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        seen.append([type(w).__name__ for w in QApplication.topLevelWidgets()
                     if w.isVisible() and isinstance(w, QMainWindow)])
        answer(dialog)

    QTimer.singleShot(0, look)


def _log_in_as(qtbot: QtBot, role: Role) -> Callable[[LoginDialog], None]:
    def answer(dialog: LoginDialog) -> None:
        name, password = ACCOUNTS[role]
        dialog.ui.usernameEdit.clear()
        qtbot.keyClicks(dialog.ui.usernameEdit, name)
        qtbot.keyClicks(dialog.ui.passwordEdit, password)
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)

    return answer


def test_ctrl_shift_q_logs_out_and_the_next_person_gets_their_own_window(
        qtbot: QtBot, controller: Controller, gui_thread_sql: GuiThreadSql) -> None:
    first = controller.show()
    activate(qtbot, first)
    ctrl(qtbot, first, Qt.Key.Key_4)
    assert isinstance(first.current_panel(), IncidentsPanel)
    settle(controller.ctx)
    seen: list[list[str]] = []
    _at_login(qtbot, _log_in_as(qtbot, Role.RECEPTION), seen)
    with gui_thread_sql.allowed():  # the login dialog checks the password on the GUI thread, as at start
        qtbot.keyClick(QApplication.focusWidget() or first, Qt.Key.Key_Q, SHIFT)
    assert seen == [[]]  # while the login asked, no window of the officer's was on screen
    second = controller.window
    assert isinstance(second, MainWindow) and second is not first
    assert second.ctx.actor.role is Role.RECEPTION
    assert not shiboken6.isValid(first) or not first.isVisible()  # closed, and deleted once events ran
    assert "incidents" not in [s.key for s in second.specs]
    assert isinstance(second.current_panel(), OverviewPanel)  # the officer's last panel is not theirs
    assert second.user_label.text().startswith(second.ctx.actor.display_name)
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w is not second)


def test_escape_at_the_login_after_the_lock_quits(qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch,
                                   gui_thread_sql: GuiThreadSql) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    first = controller.show()
    activate(qtbot, first)
    settle(controller.ctx)
    seen: list[list[str]] = []
    _at_login(qtbot, lambda dialog: qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape), seen)
    with gui_thread_sql.allowed():
        first.lock.switch_user.emit()  # the screen lock's "Log in as someone else": the same path
    assert seen == [[]]
    assert quits == [True]
    assert controller.window is None
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))


def test_the_log_out_action_is_in_the_file_menu(qtbot: QtBot, controller: Controller) -> None:
    window = controller.show()
    file_menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&File")
    texts = {a.text(): a.shortcut().toString() for a in file_menu.actions()}
    assert texts["&Log out and switch user"] == "Ctrl+Shift+Q"

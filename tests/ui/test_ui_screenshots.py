"""Every panel and the main dialogs rendered in both languages.

Set DUTY_DESK_SCREENSHOTS=/some/folder to keep the PNGs ({lang}-{index}-{panel}.png and {lang}-{dialog}.png) for
a human to look at; without it the widgets are still rendered (and checked to render), nothing is written.
"""

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from ui_support import Shots, Workstation, activate, ctrl, has_cjk, settle, type_text

from duty_desk.domain.incidents import Status
from duty_desk.services import attachments, directory, incidents
from duty_desk.ui import i18n
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.audit_viewer import AuditViewer
from duty_desk.ui.dialogs.intake import IntakeDialog
from duty_desk.ui.dialogs.login import FirstAdminDialog, LoginDialog
from duty_desk.ui.dialogs.org_editor import OrgEditorDialog
from duty_desk.ui.dialogs.organisations import OrganisationsDialog
from duty_desk.ui.dialogs.person_editor import PersonEditorDialog
from duty_desk.ui.dialogs.settings import SettingsDialog
from duty_desk.ui.main_window import MainWindow
from duty_desk.ui.panels.directory import DirectoryPanel
from duty_desk.ui.panels.incidents import IncidentsPanel
from duty_desk.ui.panels.overview import OverviewPanel

LANGUAGES = ("en", "zh_CN")


def loaded(panel: object) -> bool:
    """The panel shows the demo data (109 people)."""
    if isinstance(panel, DirectoryPanel):
        return panel.model.rowCount() == 109
    if isinstance(panel, OverviewPanel):
        return "109" in panel.directory.text.text()
    return True


def test_the_application_font_has_the_chinese_glyphs(qapp: QApplication) -> None:
    metrics = QFontMetrics(qapp.font())
    text = "总值班室通讯录带班领导交接班记录批示北京市应急管理局张伟"
    missing = [ch for ch in text if not metrics.inFontUcs4(ord(ch))]
    assert missing == [], f"{qapp.font().family()} has no glyph for {''.join(missing)}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_screenshots_of_every_panel(qtbot: QtBot, demo_ctx: UiContext, shots: Shots, lang: str) -> None:
    i18n.install(lang)
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    activate(qtbot, window)
    names = [spec.icon for spec in window.specs]
    for index, panel in enumerate(window.panels):
        window.rail.setCurrentRow(index)
        qtbot.waitUntil(lambda: loaded(window.current_panel()))
        settle(demo_ctx)
        if lang == "zh_CN":
            assert has_cjk(panel.title)
        shots.save(window, f"{lang}-{index}-{names[index]}")

    directory_panel = window.panels[6]
    assert isinstance(directory_panel, DirectoryPanel) and directory_panel.search is not None
    window.rail.setCurrentRow(6)
    directory_panel.search.setText("qqzzxx")
    qtbot.waitUntil(lambda: directory_panel.stack.currentWidget() is directory_panel.empty)
    shots.save(window, f"{lang}-6-directory-no-match")

    menus = [a.menu() for a in window.menuBar().actions()]
    for number, menu in enumerate(menus):
        assert isinstance(menu, QMenu)
        menu.popup(window.mapToGlobal(QPoint(40 + 80 * number, 30)))
        qtbot.waitExposed(menu)
        shots.save(menu, f"{lang}-menu-{number}")
        menu.hide()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_screenshots_of_the_dialogs(qtbot: QtBot, demo_ws: Workstation, demo_ctx: UiContext, empty_ws: Workstation,
                                    auditor_ctx: UiContext, shots: Shots, lang: str) -> None:
    i18n.install(lang)

    login = LoginDialog(demo_ws.services)
    qtbot.addWidget(login)
    activate(qtbot, login)
    shots.save(login, f"{lang}-login")
    login.ui.usernameEdit.setText("demo")
    login.ui.passwordEdit.setText("wrong-password")
    login.ui.buttonBox.accepted.emit()
    assert login.ui.errorLabel.text()
    shots.save(login, f"{lang}-login-error")
    login.reject()

    first = FirstAdminDialog(empty_ws.services)
    qtbot.addWidget(first)
    activate(qtbot, first)
    first.ui.usernameEdit.setText("x")
    first.ui.passwordEdit.setText("short")
    first.ui.repeatEdit.setText("short")
    first.ui.buttonBox.accepted.emit()
    shots.save(first, f"{lang}-first-admin-errors")
    first.reject()

    orgs = directory.organisations(demo_ctx.services, demo_ctx.actor)
    editor = PersonEditorDialog(demo_ctx, orgs)
    qtbot.addWidget(editor)
    activate(qtbot, editor)
    shots.save(editor, f"{lang}-person-editor")
    type_text(qtbot, editor.ui.nameEdit, "测试员")
    editor.ui.mobileEdit.setText("12345678")
    editor.ui.officePhoneEdit.setText("12")
    editor.try_save()
    settle(demo_ctx)
    assert editor.ui.errorLabel.text()
    shots.save(editor, f"{lang}-person-editor-errors")
    editor._initial = editor._snapshot()  # close without the discard question
    editor.reject()

    viewer = AuditViewer(auditor_ctx)
    qtbot.addWidget(viewer)
    activate(qtbot, viewer)
    viewer.verify()
    qtbot.waitUntil(lambda: viewer.verify_button.isEnabled() and bool(viewer.verdict.text()))
    shots.save(viewer, f"{lang}-audit-viewer")
    viewer.reject()

    organisations = OrganisationsDialog(demo_ctx)
    qtbot.addWidget(organisations)
    activate(qtbot, organisations)
    settle(demo_ctx)
    shots.save(organisations, f"{lang}-organisations")
    organisations.reject()

    org_editor = OrgEditorDialog(demo_ctx, orgs[0])
    qtbot.addWidget(org_editor)
    activate(qtbot, org_editor)
    settle(demo_ctx)
    shots.save(org_editor, f"{lang}-org-editor")
    org_editor.reject()

    settings = SettingsDialog(demo_ctx)
    qtbot.addWidget(settings)
    activate(qtbot, settings)
    settle(demo_ctx)
    shots.save(settings, f"{lang}-settings")
    settings.reject()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_screenshots_of_the_incident_screens(qtbot: QtBot, demo_ctx: UiContext, shots: Shots, lang: str) -> None:
    i18n.install(lang)
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    activate(qtbot, window)
    window.rail.setCurrentRow(3)
    panel = window.current_panel()
    assert isinstance(panel, IncidentsPanel)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    row = next(n for n, r in enumerate(panel.model.rows) if r.view.status is Status.HANDLING)
    panel.table.selectRow(row)  # an open incident with follow-ups and reports made
    incident_id = panel.model.rows[row].view.id
    attachments.add(demo_ctx.services, demo_ctx.actor, incidents.ATTACHMENTS, incident_id, "现场照片.jpg",
                    bytes(180_000))
    panel._show_selected()
    settle(demo_ctx)
    shots.save(window, f"{lang}-incidents-timeline")
    panel.filters.status.setCurrentIndex(panel.filters.status.findData("closed"))
    panel.filters.date_from.setDate(QDate(2026, 12, 9))
    panel.filters.date_to.setDate(QDate(2026, 12, 1))
    settle(demo_ctx)
    shots.save(window, f"{lang}-incidents-filter-error")

    intake = IntakeDialog(demo_ctx)
    qtbot.addWidget(intake)
    activate(qtbot, intake)
    shots.save(intake, f"{lang}-intake")
    intake.phone.setText("12")
    ctrl(qtbot, intake, Qt.Key.Key_Return)
    settle(demo_ctx)
    shots.save(intake, f"{lang}-intake-errors")
    intake.reject()

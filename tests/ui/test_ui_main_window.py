"""The main window: every panel reachable from the keyboard, honest empty states, state kept between runs."""

import re

import pytest
from account_support import add_and_log_in
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot
from ui_support import Workstation, activate, ctrl, settle

from duty_desk.domain.roles import Role
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.audit_viewer import AuditViewer
from duty_desk.ui.main_window import MainWindow
from duty_desk.ui.panels.coming import ComingPanel
from duty_desk.ui.panels.directory import DirectoryPanel
from duty_desk.ui.panels.escalations import EscalationsPanel
from duty_desk.ui.panels.incidents import IncidentsPanel
from duty_desk.ui.panels.overview import OverviewPanel
from duty_desk.ui.panels.roster import RosterPanel

DIGITS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6, Qt.Key.Key_7)


def _window(qtbot: QtBot, ctx: UiContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    activate(qtbot, window)
    return window


def test_ctrl_digit_opens_every_panel(qtbot: QtBot, demo_ctx: UiContext) -> None:
    window = _window(qtbot, demo_ctx)
    assert len(window.panels) == len(DIGITS) == window.rail.count() == window.stack.count()
    order = list(range(len(DIGITS)))
    for index in [*reversed(order), *order]:  # every panel, reached from every other direction too
        ctrl(qtbot, window, DIGITS[index])
        assert window.stack.currentIndex() == index, f"Ctrl+{index + 1}"
        assert window.rail.currentRow() == index
        panel = window.current_panel()
        assert panel is window.panels[index]
        assert panel.isVisible()
        assert window.rail.item(index).text().startswith(panel.title)  # the Incidents item may carry a count


def test_panel_kinds_and_titles(qtbot: QtBot, demo_ctx: UiContext) -> None:
    window = _window(qtbot, demo_ctx)
    kinds = [type(p) for p in window.panels]
    assert kinds[0] is OverviewPanel and kinds[-1] is DirectoryPanel
    assert kinds[1] is RosterPanel and kinds[3] is IncidentsPanel and kinds[4] is EscalationsPanel
    assert all(k is ComingPanel for i, k in enumerate(kinds[1:-1], start=1) if i not in (1, 3, 4))
    titles = [p.title for p in window.panels]
    assert all(titles) and len(set(titles)) == len(titles)
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert isinstance(view_menu, QMenu)
    by_key = {a.shortcut().toString(): a for a in view_menu.actions() if not a.isSeparator()}
    for i, title in enumerate(titles):
        assert by_key[f"Ctrl+{i + 1}"].iconText() == title  # iconText: the text as shown, '&&' unescaped


def test_coming_panels_show_an_honest_empty_state(qtbot: QtBot, demo_ctx: UiContext) -> None:
    window = _window(qtbot, demo_ctx)
    coming = [(i, p) for i, p in enumerate(window.panels) if isinstance(p, ComingPanel)]
    assert len(coming) == 2  # duty log, visitors: the roster, incidents and escalations panels are built
    for index, panel in coming:
        ctrl(qtbot, window, DIGITS[index])
        message = panel.message
        assert message.objectName() == "emptyState"
        text = message.text().strip()
        assert len(text) > 40, panel.title
        assert "not built yet" in text and "paper" in text  # says what to do meanwhile
        assert message.isVisible()
        assert message.wordWrap()
        assert panel.search is not None and not panel.search.isEnabled()


def test_ctrl_page_down_and_up_cycle(qtbot: QtBot, demo_ctx: UiContext) -> None:
    window = _window(qtbot, demo_ctx)
    ctrl(qtbot, window, Qt.Key.Key_1)
    n = len(window.panels)
    seen = []
    for _ in range(n):
        ctrl(qtbot, window, Qt.Key.Key_PageDown)
        seen.append(window.stack.currentIndex())
    assert seen == [*range(1, n), 0], "Ctrl+PgDown visits every panel and wraps to the first"
    ctrl(qtbot, window, Qt.Key.Key_PageUp)
    assert window.stack.currentIndex() == n - 1, "Ctrl+PgUp from the first panel wraps to the last"
    ctrl(qtbot, window, Qt.Key.Key_PageUp)
    assert window.stack.currentIndex() == n - 2


def test_ctrl_f_focuses_the_directory_search(qtbot: QtBot, demo_ctx: UiContext) -> None:
    window = _window(qtbot, demo_ctx)
    ctrl(qtbot, window, Qt.Key.Key_7)
    panel = window.current_panel()
    assert isinstance(panel, DirectoryPanel) and panel.search is not None
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    panel.table.setFocus()
    assert not panel.search.hasFocus()
    panel.search.setText("zw")
    panel.table.setFocus()
    ctrl(qtbot, window, Qt.Key.Key_F)
    assert panel.search.hasFocus()
    assert QApplication.focusWidget() is panel.search
    assert panel.search.selectedText() == "zw", "Ctrl+F selects what was searched, so typing replaces it"


def test_ctrl_f_on_a_coming_panel_does_nothing_harmful(qtbot: QtBot, demo_ctx: UiContext) -> None:
    window = _window(qtbot, demo_ctx)
    ctrl(qtbot, window, Qt.Key.Key_3)
    before = QApplication.focusWidget()
    ctrl(qtbot, window, Qt.Key.Key_F)
    assert window.stack.currentIndex() == 2
    assert QApplication.focusWidget() is before  # the disabled search box cannot take the focus


def test_geometry_and_last_panel_are_restored(qtbot: QtBot, demo_ctx: UiContext) -> None:
    first = _window(qtbot, demo_ctx)
    assert first.size().width() >= 1000  # the default size on a first start
    first.setGeometry(QRect(60, 50, 1280, 720))  # the smallest screen the room uses (UI.md)
    qtbot.waitUntil(lambda: first.size().width() == 1280 and first.size().height() == 720)
    ctrl(qtbot, first, Qt.Key.Key_6)
    assert first.stack.currentIndex() == 5
    geometry = first.geometry()
    first.close()  # closing saves the state
    assert (demo_ctx.data_dir / "window.ini").is_file()

    second = MainWindow(demo_ctx)  # as on the next start, from the same data folder
    qtbot.addWidget(second)
    assert second.rail.currentRow() == 5
    assert second.stack.currentIndex() == 5
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == geometry.size()
    assert second.geometry() == geometry


def test_a_bad_saved_panel_number_falls_back_to_overview(qtbot: QtBot, demo_ctx: UiContext) -> None:
    first = _window(qtbot, demo_ctx)
    first.ui_state.setValue("panel", 42)
    first.ui_state.sync()
    second = MainWindow(demo_ctx)
    qtbot.addWidget(second)
    assert second.stack.currentIndex() == 0


def test_status_bar_names_user_and_role(qtbot: QtBot, demo_ctx: UiContext) -> None:
    window = _window(qtbot, demo_ctx)
    assert window.user_label.text() == f"{demo_ctx.actor.display_name} · Administrator (system and security)"
    assert window.clock_label.text().startswith("Beijing ")
    assert "DEMO" not in window.windowTitle()


def test_overview_counts_the_directory(qtbot: QtBot, demo_ctx: UiContext) -> None:
    window = _window(qtbot, demo_ctx)
    ctrl(qtbot, window, Qt.Key.Key_1)
    overview = window.panels[0]
    assert isinstance(overview, OverviewPanel)
    qtbot.waitUntil(lambda: "109 people" in overview.directory.text.text())
    assert "49 organisations" in overview.directory.text.text()


def test_overview_on_an_empty_directory(qtbot: QtBot, admin_ctx: UiContext) -> None:
    window = _window(qtbot, admin_ctx)
    overview = window.panels[0]
    assert isinstance(overview, OverviewPanel)
    qtbot.waitUntil(lambda: "directory is empty" in overview.directory.text.text())


def test_audit_menu_opens_the_viewer_for_the_audit_administrator(qtbot: QtBot, auditor_ctx: UiContext,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[AuditViewer] = []

    def fake_exec(self: AuditViewer) -> int:
        opened.append(self)
        return 0

    monkeypatch.setattr(AuditViewer, "exec", fake_exec)
    window = _window(qtbot, auditor_ctx)
    action = next(a for a in window.findChildren(type(window.menuBar().actions()[0]))
                  if a.text() == "&Audit trail…")
    assert action.isEnabled()
    action.trigger()
    settle(auditor_ctx)
    assert len(opened) == 1
    assert opened[0].model.rowCount() > 0


def test_the_audit_administrator_sees_no_duty_room_panel_and_todays_administrator_no_audit_trail(
        qtbot: QtBot, auditor_ctx: UiContext, demo_ctx: UiContext) -> None:
    auditor = _window(qtbot, auditor_ctx)
    assert [type(p) for p in auditor.panels] == [OverviewPanel]  # the trail is under Tools, nothing else is theirs
    overview = auditor.panels[0]
    assert isinstance(overview, OverviewPanel)  # no card or label waits for ever on what the role may not read
    assert overview.duty.isHidden() and overview.directory.isHidden() and auditor.duty_label.isHidden()
    admin = _window(qtbot, demo_ctx)
    action = next(a for a in admin.findChildren(type(admin.menuBar().actions()[0])) if a.text() == "&Audit trail…")
    assert not action.isEnabled()
    admin_overview = admin.panels[0]
    assert isinstance(admin_overview, OverviewPanel)
    assert not admin_overview.duty.isHidden() and not admin.duty_label.isHidden()


def test_audit_menu_is_disabled_for_a_duty_officer(qtbot: QtBot, admin_ws: Workstation) -> None:
    admin = admin_ws.login("admin", "Office-key-2026")
    ctx = admin_ws.context(add_and_log_in(admin_ws.services, admin, "officer", "李娜", Role.DUTY_OFFICER,
                                          "Duty-password-1"))
    window = _window(qtbot, ctx)
    action = next(a for a in window.findChildren(type(window.menuBar().actions()[0]))
                  if a.text() == "&Audit trail…")
    assert not action.isEnabled()


def test_f1_lists_the_keys_of_the_panel_in_view(qtbot: QtBot, demo_ctx: UiContext,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _title, text, *_a: shown.append(text))
    window = _window(qtbot, demo_ctx)
    for index, panel in enumerate(window.panels):
        if isinstance(panel, IncidentsPanel | DirectoryPanel):
            ctrl(qtbot, window, DIGITS[index])
            qtbot.keyClick(window, Qt.Key.Key_F1)
    incidents, people = shown
    assert "Ctrl+L</b></td><td>Severity</td>" in incidents and "Ctrl+Shift+C" in incidents
    assert "In Incidents" in incidents and "In Directory" in people
    assert "F2</b></td><td>Edit</td>" in people and "Ctrl+L" not in people
    assert incidents.count("Ctrl+F") == people.count("Ctrl+F") == 1  # the window's keys once, above


def test_the_escalations_pages_show_their_ampersands(qtbot: QtBot, demo_ctx: UiContext) -> None:
    """"Instructions & tasks" read "Instructions  tasks": a lone '&' in a tab's text is taken as a mnemonic."""
    panel = next(p for p in _window(qtbot, demo_ctx).panels if isinstance(p, EscalationsPanel))
    texts = [panel.tabs.tabText(i) for i in range(panel.tabs.count())]
    assert any("&" in t for t in texts)
    assert all(re.search(r"(?<!&)&(?!&)", t) is None for t in texts)

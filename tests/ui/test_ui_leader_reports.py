"""The leaders' whereabouts board and written reports to leaders, driven from the keyboard: an entry recorded in
its dialog (a refusal named beside the field, Esc honest), a 呈报单 drafted from an incident with Ctrl+Shift+W,
a leader ticked with Space, saved with Ctrl+Enter and recorded as sent with Ctrl+Shift+R; the Overview's
"Away today"."""

from collections.abc import Callable
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from ui_support import WhenModal, activate, cell, ctrl, focused, incidents_panel, settle, type_text

from duty_desk.domain.incident_views import TimelineKind
from duty_desk.domain.whereabouts import Whereabouts
from duty_desk.services import incidents, leader_reports, whereabouts
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.leader_report_editor import LeaderReportDialog
from duty_desk.ui.dialogs.whereabouts_editor import WhereaboutsDialog
from duty_desk.ui.main_window import MainWindow
from duty_desk.ui.panels.escalations import EscalationsPanel
from duty_desk.ui.panels.leader_report_tab import LeaderReportTab
from duty_desk.ui.panels.overview import OverviewPanel
from duty_desk.ui.panels.whereabouts_tab import WhereaboutsTab

D = TypeVar("D", bound=QDialog)
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def safely(act: Callable[[D], None], failures: list[BaseException]) -> Callable[[D], None]:
    """A failed check inside a modal closes it (its exec() would hold the test for ever) and is raised after."""

    def run(dialog: D) -> None:
        try:
            dialog.activateWindow()  # so its shortcuts and mnemonics take the keys, as on a desktop
            for _ in range(300):
                if dialog.isActiveWindow():
                    break
                QTest.qWait(10)
            act(dialog)
        except BaseException as exc:
            failures.append(exc)
            dialog.done(0)

    return run


def at(dialog: QDialog) -> QWidget:
    """Where the modal's keyboard focus is (the application's focus may not have moved to it yet offscreen)."""
    widget = dialog.focusWidget()
    assert widget is not None
    return widget


def _escalations(qtbot: QtBot, window: MainWindow, ctx: UiContext) -> EscalationsPanel:
    index = [s.key for s in window.specs].index("escalations")
    activate(qtbot, window)
    ctrl(qtbot, window, Qt.Key(Qt.Key.Key_1 + index))
    settle(ctx)
    panel = window.current_panel()
    assert isinstance(panel, EscalationsPanel)
    return panel


def _window(qtbot: QtBot, ctx: UiContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    activate(qtbot, window)
    settle(ctx)
    return window


def test_a_whereabouts_entry_is_recorded_from_the_keyboard(qtbot: QtBot, demo_ctx: UiContext) -> None:
    window = _window(qtbot, demo_ctx)
    panel = _escalations(qtbot, window, demo_ctx)
    page = next(p for p in panel.pages if isinstance(p, WhereaboutsTab))
    panel.tabs.setCurrentWidget(page)
    settle(demo_ctx)
    assert cell(page.table, 0, 0).text() == "林正华"  # the mayor first
    page.table.setFocus()
    page.table.selectRow(0)
    steps: list[str] = []

    def fill(dialog: WhereaboutsDialog) -> None:
        if steps:
            return
        steps.append("shown")
        assert at(dialog) is dialog.status  # the leader is the selected one: the whereabouts come first
        qtbot.keyClick(at(dialog), Qt.Key.Key_H, ALT)  # W&here
        type_text(qtbot, at(dialog), "天津")
        qtbot.keyClick(at(dialog), Qt.Key.Key_A, ALT)  # &Acting for them
        qtbot.keyClick(at(dialog), Qt.Key.Key_Down)  # the first leader: 林正华 himself
        qtbot.keyClick(at(dialog), Qt.Key.Key_Return, CTRL)
        settle(demo_ctx)
        assert dialog.isVisible() and "themself" in dialog.errors.text()  # refused, the form kept
        assert dialog.place.text() == "天津"
        qtbot.keyClick(dialog.acting, Qt.Key.Key_Down)  # the next one: 周明远
        qtbot.keyClick(at(dialog), Qt.Key.Key_Return, CTRL)
        settle(demo_ctx)

    failures: list[BaseException] = []
    shown = WhenModal(WhereaboutsDialog, safely(fill, failures))
    ctrl(qtbot, page.table, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: bool(shown.seen) and QApplication.activeModalWidget() is None, timeout=5000)
    if failures:
        raise failures[0]
    settle(demo_ctx)
    mayor = next(r for r in whereabouts.board(demo_ctx.services, demo_ctx.actor) if r.name == "林正华")
    assert (mayor.status, mayor.place) == (Whereabouts.AWAY, "天津")
    assert mayor.acting_name in ("周明远", "吴海宁")  # 周明远 is away too: his own acting leader takes it
    assert cell(page.table, 0, 2).text() == "Away from Beijing"
    # Esc with nothing typed closes at once and saves nothing.
    page.table.selectRow(0)
    page.table.setFocus()
    closed = WhenModal(WhereaboutsDialog, lambda d: qtbot.keyClick(d.focusWidget() or d, Qt.Key.Key_Escape))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter on the row opens its entry
    qtbot.waitUntil(lambda: bool(closed.seen) and QApplication.activeModalWidget() is None, timeout=5000)
    assert closed.seen[0].entry_id == mayor.entry_id
    settle(demo_ctx)
    assert next(r for r in whereabouts.board(demo_ctx.services, demo_ctx.actor) if r.name == "林正华") == mayor


def test_a_written_report_is_drafted_and_sent_from_the_keyboard(qtbot: QtBot, demo_ctx: UiContext,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    panel = incidents_panel(qtbot, demo_ctx)
    incident_id = panel.model.rows[0].view.id
    panel.table.selectRow(0)
    panel.table.setFocus()
    settle(demo_ctx)

    def tick_and_save(dialog: LeaderReportDialog) -> None:
        assert at(dialog) is dialog.title_edit and dialog.title_edit.text()
        assert dialog.body_edit.toPlainText()  # drafted from the incident's facts
        qtbot.keyClick(at(dialog), Qt.Key.Key_Return)  # a plain Enter never saves
        assert dialog.isVisible()
        qtbot.keyClick(at(dialog), Qt.Key.Key_E, ALT)  # To the l&eaders
        assert at(dialog) is dialog.leaders
        qtbot.keyClick(at(dialog), Qt.Key.Key_Space)  # ticks the mayor
        qtbot.keyClick(at(dialog), Qt.Key.Key_Return, CTRL)

    failures: list[BaseException] = []
    shown = WhenModal(LeaderReportDialog, safely(tick_and_save, failures))
    qtbot.keyClick(focused(), Qt.Key.Key_W, CTRL_SHIFT)
    qtbot.waitUntil(lambda: bool(shown.seen) and QApplication.activeModalWidget() is None, timeout=5000)
    if failures:
        raise failures[0]
    settle(demo_ctx)
    (draft,) = [v for v in leader_reports.reports(demo_ctx.services, demo_ctx.actor, incident_id) if not v.sent]
    assert [a.leader for a in draft.addressees] == ["林正华"]
    window = panel.window()
    assert isinstance(window, MainWindow)
    escalations = _escalations(qtbot, window, demo_ctx)
    page = next(p for p in escalations.pages if isinstance(p, LeaderReportTab))
    escalations.tabs.setCurrentWidget(page)
    settle(demo_ctx)
    row = next(n for n in range(page.table.rowCount()) if cell(page.table, n, 0).text() == draft.number)
    page.table.selectRow(row)
    page.table.setFocus()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(page.table, Qt.Key.Key_R, CTRL_SHIFT)  # the button's shortcut clicks it a moment later
    qtbot.waitUntil(lambda: "recorded as sent" in window.statusBar().currentMessage(), timeout=5000)
    settle(demo_ctx)
    assert leader_reports.get(demo_ctx.services, demo_ctx.actor, draft.id).sent
    made = [e for e in incidents.timeline(demo_ctx.services, demo_ctx.actor, incident_id)
            if e.kind is TimelineKind.REPORT_MADE and e.source == draft.number]
    assert len(made) == 1 and made[0].report_kind == "written"
    row = next(n for n in range(page.table.rowCount()) if cell(page.table, n, 0).text() == draft.number)
    assert cell(page.table, row, 4).text().startswith("Sent")  # sent ones after the drafts


def test_the_overview_names_who_is_away_today_and_who_acts(qtbot: QtBot, demo_ctx: UiContext) -> None:
    window = _window(qtbot, demo_ctx)
    overview = next(p for p in window.panels if isinstance(p, OverviewPanel))
    overview.refresh()
    settle(demo_ctx)
    text = overview.away.text.text()
    assert "周明远" in text and "吴海宁 acting" in text and "郭立群" in text and "陈思源 acting" in text
    assert "林正华" not in text

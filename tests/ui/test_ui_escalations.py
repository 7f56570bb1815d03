"""The escalations page by keyboard: Enter opens the attempt on the step due now, Enter records what is shown,
Esc records nothing; the leader on duty and every phone are shown; the incidents panel's Escalate starts one."""

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from account_support import add_and_log_in
from escalation_support import duty, pattern, people, register
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from ui_support import ADMIN_PASSWORD, ADMIN_USER, Workstation, activate, settle

from duty_desk.domain import escalation as E
from duty_desk.domain.incidents import Severity
from duty_desk.domain.roles import Role
from duty_desk.domain.roster import Position
from duty_desk.domain.timefmt import utcnow
from duty_desk.services import escalations
from duty_desk.storage.models import EscalationAttempt
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.escalation_attempt import AttemptDialog
from duty_desk.ui.panels.escalation_tab import EscalationTab, countdown


def _escalated(admin_ws: Workstation, received_at: datetime) -> UiContext:
    """An officer's window with one severity I incident escalating; 王带班 is the leader on duty."""
    admin = admin_ws.login(ADMIN_USER, ADMIN_PASSWORD)
    officer = add_and_log_in(admin_ws.services, admin, "officer", "值班员甲", Role.DUTY_OFFICER, "Watch-keeper-7")
    wang, = people(admin_ws.services, "王带班")
    duty(admin_ws.services, pattern(admin_ws.services), wang, Position.LEADER, utcnow() - timedelta(hours=2))
    register(admin_ws.services, officer, received_at, Severity.I)
    return admin_ws.context(officer)


@pytest.fixture
def officer_ctx(admin_ws: Workstation) -> UiContext:
    return _escalated(admin_ws, utcnow() - timedelta(minutes=12))  # step 1 two minutes late


def _page(qtbot: QtBot, ctx: UiContext) -> EscalationTab:
    page = EscalationTab(ctx)
    qtbot.addWidget(page)
    activate(qtbot, page)
    page.refresh()
    settle(ctx)
    page.table.setFocus()
    return page


def _when_attempt(act: Callable[[QWidget], None], seen: list[AttemptDialog]) -> None:
    """Act on the attempt dialog once it is up (its exec() holds the test until it closes)."""
    def poll(tries: int) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, AttemptDialog) and widget.isVisible() and not widget.isActiveWindow():
            widget.activateWindow()  # as the window manager would (offscreen has none)
            QTimer.singleShot(10, lambda: poll(tries - 1))
        elif isinstance(widget, AttemptDialog) and widget.isVisible():
            seen.append(widget)
            act(widget)
        elif tries:
            QTimer.singleShot(10, lambda: poll(tries - 1))
    QTimer.singleShot(0, lambda: poll(500))


def _back(qtbot: QtBot, page: EscalationTab) -> None:
    """The window is active again once the dialog has gone (the offscreen platform has no window manager to do
    it), and the list has the focus the page gave it back."""
    activate(qtbot, page)
    assert page.table.hasFocus()


def _keys(*keys: Qt.Key) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        for key in keys:
            QTest.keyClick(dialog.focusWidget() or dialog, key)
    return act


def _attempts(ctx: UiContext) -> list[tuple[str, str | None, str]]:
    with ctx.services.db.session() as session:
        return [(a.kind.value, a.outcome.value if a.outcome else None, a.named_name) for a in session.scalars(
            select(EscalationAttempt).order_by(EscalationAttempt.at))]


def test_the_step_due_the_leader_on_duty_and_a_late_countdown_are_shown(qtbot: QtBot, officer_ctx: UiContext) -> None:
    page = _page(qtbot, officer_ctx)
    assert page.table.rowCount() == 1
    assert page.table.item(0, 3).text() == "王带班"  # type: ignore[union-attr]
    assert page.table.item(0, 4).text().startswith("-")  # type: ignore[union-attr]  # two minutes late
    assert "13910000000" in page.contacts.text() and "secure line 8000" in page.contacts.text()
    assert countdown(utcnow() + timedelta(hours=1, minutes=2, seconds=3, milliseconds=500), utcnow()) == "1:02:03"


def test_enter_down_enter_records_no_answer_and_esc_records_nothing(qtbot: QtBot, officer_ctx: UiContext) -> None:
    page = _page(qtbot, officer_ctx)
    seen: list[AttemptDialog] = []
    _when_attempt(_keys(Qt.Key.Key_Escape), seen)
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(seen) and QApplication.activeModalWidget() is None, timeout=5000)
    settle(officer_ctx)
    assert _attempts(officer_ctx) == []
    _back(qtbot, page)
    _when_attempt(_keys(Qt.Key.Key_Down, Qt.Key.Key_Return), seen)  # the outcome after "reached": no answer
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(seen) == 2 and QApplication.activeModalWidget() is None, timeout=5000)
    settle(officer_ctx)
    assert _attempts(officer_ctx) == [("attempt", "no_answer", "王带班")]
    _back(qtbot, page)
    _when_attempt(_keys(Qt.Key.Key_Return), seen)  # Enter at once: reached, by phone, now
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(seen) == 3 and QApplication.activeModalWidget() is None, timeout=5000)
    settle(officer_ctx)
    kinds = [(k, o) for k, o, _ in _attempts(officer_ctx)]
    # Reached: step 1 done; nobody is on duty as secretary-general nor named in charge, so both are skipped.
    assert kinds == [("attempt", "no_answer"), ("attempt", E.Outcome.REACHED.value), ("skip", None), ("skip", None)]
    page.refresh()  # as the panel does for a change to escalations
    settle(officer_ctx)
    assert page.table.rowCount() == 0


def test_after_no_answer_the_row_says_call_again_before_the_steps_time(qtbot: QtBot, admin_ws: Workstation) -> None:
    ctx = _escalated(admin_ws, utcnow())  # step 1 due in 10 minutes, reminders every 5
    page = _page(qtbot, ctx)
    step = page.table.item(0, 2).text()  # type: ignore[union-attr]
    assert "call again" not in step
    row = page.rows[0]
    assert row.step is not None
    escalations.record_attempt(ctx.services, ctx.actor, row.id, row.step.key, E.Outcome.NO_ANSWER, E.Means.PHONE)
    page.refresh()
    settle(ctx)
    assert page.table.item(0, 2).text() == step + " (call again)"  # type: ignore[union-attr]


def test_ctrl_g_goes_on_at_once(qtbot: QtBot, officer_ctx: UiContext) -> None:
    page = _page(qtbot, officer_ctx)
    QTest.keyClick(page.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    settle(officer_ctx)
    assert [k for k, _, _ in _attempts(officer_ctx)][:1] == ["go_on"]
    assert not page.not_needed_button.isVisible()  # a duty officer does not mark steps not needed


def test_an_empty_list_says_why_and_what_to_do(qtbot: QtBot, officer_ctx: UiContext) -> None:
    page = _page(qtbot, officer_ctx)
    assert page.table.rowCount() == 1
    page.set_search("不存在的事件")
    assert page.table.rowCount() == 0 and page.contacts.text() == "Nothing in progress matches the search."
    page.set_search("")
    page._show([])  # the list as it comes back once nothing is in progress
    assert page.table.rowCount() == 0 and "Ctrl+Shift+E" in page.contacts.text()

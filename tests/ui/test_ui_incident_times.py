"""Times on the incident screens: a report made says when it was made; an impossible time is refused at its field."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_support import activate, ctrl, focused, incidents_panel, settle, type_text

from duty_desk.domain.incident_views import TimelineKind
from duty_desk.domain.timefmt import format_beijing, utcnow
from duty_desk.services import incident_list, incidents
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.incident_actions import ReportMadeDialog
from duty_desk.ui.dialogs.intake import IntakeDialog, to_qt


def test_a_report_made_a_year_ahead_is_refused_at_its_field(qtbot: QtBot, demo_ctx: UiContext) -> None:
    fresh = incident_list.list_incidents(demo_ctx.services, demo_ctx.actor, limit=1)[0]  # nothing reported yet
    dialog = ReportMadeDialog(demo_ctx, fresh.id)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    type_text(qtbot, focused(), "市政府总值班室")
    for key in (Qt.Key.Key_Backtab, Qt.Key.Key_Backtab, Qt.Key.Key_Tab):  # back to the kind, on to the time
        qtbot.keyClick(focused(), key)
    assert focused() is dialog.when
    year = dialog.when.dateTime().date().year()
    qtbot.keyClick(focused(), Qt.Key.Key_Up)  # the year, the section Tab lands on
    assert dialog.when.dateTime().date().year() == year + 1
    ctrl(qtbot, dialog, Qt.Key.Key_Return)
    settle(demo_ctx)
    assert dialog.isVisible() and dialog.when.property("invalid") is True
    assert QApplication.focusWidget() is dialog.when  # the officer is put back on the wrong field
    assert dialog.errors.text() == "Made at: the report cannot have been made in the future"
    assert dialog.to_whom.text() == "市政府总值班室"  # nothing typed is lost
    events = incidents.timeline(demo_ctx.services, demo_ctx.actor, fresh.id)
    assert not [e for e in events if e.kind is TimelineKind.REPORT_MADE]


def test_the_detail_says_when_a_report_was_made_and_its_deadline_labelled(qtbot: QtBot,
                                                                          demo_ctx: UiContext) -> None:
    panel = incidents_panel(qtbot, demo_ctx)
    row = next(i for i, r in enumerate(panel.model.rows) if any(c.done_at for c in r.clocks))
    panel.table.selectRow(row)
    settle(demo_ctx)
    made = next(c for c in panel.model.rows[row].clocks if c.done_at is not None)
    assert made.done_at is not None and format_beijing(made.done_at) != format_beijing(made.due)
    line = f"at {format_beijing(made.done_at)} (deadline {format_beijing(made.due)})"
    assert line in panel.clocks.text(), panel.clocks.text()


def test_a_call_said_to_have_happened_after_it_came_in_is_refused_at_that_field(qtbot: QtBot,
                                                                                demo_ctx: UiContext) -> None:
    dialog = IntakeDialog(demo_ctx)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    received = utcnow() - timedelta(hours=1)
    dialog.received.setDateTime(to_qt(received))
    dialog.occurred_known.setChecked(True)
    dialog.occurred.setDateTime(to_qt(received + timedelta(minutes=20)))
    type_text(qtbot, dialog.widgets["summary"], "西城区一处民房起火")
    ctrl(qtbot, dialog, Qt.Key.Key_Return)
    settle(demo_ctx)
    assert dialog.saved is None and dialog.isVisible()
    assert dialog.widgets["occurred_at"].property("invalid") is True
    assert dialog.widgets["received_at"].property("invalid") is not True
    assert dialog.errors.text() == ("Happened at: the incident cannot have happened after the report of it was "
                                    "received")

"""The incident desk's dialogs driven by the keyboard where a hurried Enter or Esc lands: the severity dialog keeps
the level unless it is changed, lowering asks (No the default) and takes a reason; a discard question defaults to
going back to the form; plain Enter in a field never saves a form half typed (Ctrl+Enter does). Correcting after
saving: F2 opens the incident's form filled in and writes only what changed, with a reason; Ctrl+Shift+U on a
follow-up in the timeline adds its correction beside it."""

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from ui_support import W, WhenModal, activate, ctrl, incidents_panel, settle, type_text

from duty_desk.domain.incident_views import IncidentView, TimelineKind
from duty_desk.domain.incidents import Severity, Source
from duty_desk.domain.timefmt import utcnow
from duty_desk.services import incident_list, incidents
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.incident_actions import FollowUpDialog, ReportMadeDialog
from duty_desk.ui.dialogs.incident_edit import IncidentEditDialog
from duty_desk.ui.dialogs.intake import IntakeDialog
from duty_desk.ui.focus_mark import TINT
from duty_desk.ui.models.incident_model import DEADLINE
from duty_desk.ui.panels.incidents import IncidentsPanel

REAL_QUESTION = QMessageBox.question  # read at import: the conftest answers every question No during a test


@pytest.fixture
def real_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """The questions as the officer gets them, so their default and escape buttons are what is tested."""
    monkeypatch.setattr(QMessageBox, "question", REAL_QUESTION)


def press(key: Qt.Key) -> Callable[[QWidget], None]:
    """The key pressed where the modal's keyboard focus is, as a real key press would be."""
    return lambda widget: QTest.keyClick(widget.focusWidget() or widget, key)


def _level_iii(ctx: UiContext) -> IncidentView:
    return next(v for v in incident_list.list_incidents(ctx.services, ctx.actor, limit=50)
                if v.data.severity is Severity.III)


def _changes(ctx: UiContext, incident_id: str) -> list[tuple[tuple[str, str], ...]]:
    return [e.changes for e in incidents.timeline(ctx.services, ctx.actor, incident_id)
            if e.kind is TimelineKind.CHANGE]


def test_ctrl_l_then_enter_keeps_the_level(qtbot: QtBot, demo_ctx: UiContext, real_questions: None) -> None:
    target = _level_iii(demo_ctx)
    panel = incidents_panel(qtbot, demo_ctx)
    panel.table.selectRow([r.view.id for r in panel.model.rows].index(target.id))
    panel.table.setFocus()
    asked = WhenModal(QMessageBox, press(Qt.Key.Key_Escape))
    shown = WhenModal(QDialog, press(Qt.Key.Key_Return))
    ctrl(qtbot, panel, Qt.Key.Key_L)  # the button's shortcut clicks it a moment later
    qtbot.waitUntil(lambda: bool(shown.seen) and QApplication.activeModalWidget() is None, timeout=5000)
    settle(demo_ctx)
    asked.stop()
    assert not asked.seen
    assert incidents.get(demo_ctx.services, demo_ctx.actor, target.id).data.severity is Severity.III
    assert _changes(demo_ctx, target.id) == []


def test_lowering_asks_with_no_the_default_and_takes_a_reason_the_timeline_shows(
        qtbot: QtBot, demo_ctx: UiContext, real_questions: None) -> None:
    from duty_desk.ui.dialogs.severity import SeverityDialog
    target = _level_iii(demo_ctx)
    dialog = SeverityDialog(demo_ctx, target)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.level and dialog.level.currentData() == Severity.III
    qtbot.keyClick(dialog.level, Qt.Key.Key_Down)  # IV: lower
    asked = WhenModal(QMessageBox, press(Qt.Key.Key_Return))
    qtbot.keyClick(dialog.level, Qt.Key.Key_Return)
    settle(demo_ctx)
    asked.stop()
    assert not asked.seen and dialog.isVisible()  # refused before asking: no reason
    assert dialog.reason.property("invalid") is True and "Reason" in dialog.errors.text()
    type_text(qtbot, dialog.reason, "checked: one slightly injured")
    defaults: list[bool] = []

    def enter_on(box: QMessageBox) -> None:
        defaults.append(box.defaultButton() is box.button(QMessageBox.StandardButton.No))
        press(Qt.Key.Key_Return)(box)

    WhenModal(QMessageBox, enter_on)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    settle(demo_ctx)
    assert defaults == [True] and dialog.isVisible()  # Enter on the question: No, back to the dialog
    assert incidents.get(demo_ctx.services, demo_ctx.actor, target.id).data.severity is Severity.III
    WhenModal(QMessageBox, press(Qt.Key.Key_Y))
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    settle(demo_ctx)
    assert incidents.get(demo_ctx.services, demo_ctx.actor, target.id).data.severity is Severity.IV
    assert _changes(demo_ctx, target.id) == [(("severity", "IV"), ("reason", "checked: one slightly injured"))]


def _intake(ctx: UiContext) -> tuple[QDialog, QWidget]:
    dialog = IntakeDialog(ctx)
    return dialog, dialog.widgets["summary"]


def _follow_up(ctx: UiContext) -> tuple[QDialog, QWidget]:
    dialog = FollowUpDialog(ctx, _level_iii(ctx).id)
    return dialog, dialog.text


def _report_made(ctx: UiContext) -> tuple[QDialog, QWidget]:
    dialog = ReportMadeDialog(ctx, _level_iii(ctx).id)
    return dialog, dialog.to_whom


def _typed(widget: QWidget) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()  # type: ignore[attr-defined]


@pytest.mark.parametrize("make", [_intake, _follow_up, _report_made])
@pytest.mark.parametrize("answer", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_esc_then_enter_or_esc_goes_back_to_the_form_with_everything_typed(
        qtbot: QtBot, demo_ctx: UiContext, real_questions: None,
        make: Callable[[UiContext], tuple[QDialog, QWidget]], answer: Qt.Key) -> None:
    dialog, field = make(demo_ctx)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    field.setFocus()
    type_text(qtbot, field, "朝阳区一商场起火")
    asked = WhenModal(QMessageBox, press(answer))
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert len(asked.seen) == 1 and dialog.isVisible()
    assert _typed(field) == "朝阳区一商场起火"
    WhenModal(QMessageBox, press(Qt.Key.Key_Y))  # asked again, and this time told to discard: the form closes
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


def test_plain_enter_in_a_field_does_not_save_a_half_typed_call(qtbot: QtBot, demo_ctx: UiContext) -> None:
    dialog = IntakeDialog(demo_ctx)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    type_text(qtbot, dialog.widgets["summary"], "朝阳区一商场起火")
    address = dialog.widgets["address"]
    assert isinstance(address, QLineEdit)
    address.setFocus()
    type_text(qtbot, address, "望京街道")
    qtbot.keyClick(address, Qt.Key.Key_Return)
    settle(demo_ctx)
    assert dialog.saved is None and dialog.isVisible()
    ctrl(qtbot, dialog, Qt.Key.Key_Return)  # Ctrl+Enter does save
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=5000)


def test_plain_enter_does_not_record_a_report_made(qtbot: QtBot, demo_ctx: UiContext) -> None:
    target = _level_iii(demo_ctx)
    dialog = ReportMadeDialog(demo_ctx, target.id)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    type_text(qtbot, dialog.to_whom, "市应急管理局")
    qtbot.keyClick(dialog.to_whom, Qt.Key.Key_Return)
    settle(demo_ctx)
    assert dialog.isVisible()
    assert not [e for e in incidents.timeline(demo_ctx.services, demo_ctx.actor, target.id)
                if e.kind is TimelineKind.REPORT_MADE and e.text == "市应急管理局"]


def test_the_field_being_typed_into_stands_out_and_only_it(qtbot: QtBot, demo_ctx: UiContext) -> None:
    dialog = IntakeDialog(demo_ctx)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    summary, address = dialog.widgets["summary"], dialog.widgets["address"]
    plain = address.palette().color(QPalette.ColorRole.Base)
    summary.setFocus()
    qtbot.waitUntil(lambda: summary.hasFocus())
    assert summary.palette().color(QPalette.ColorRole.Base) == TINT != plain
    address.setFocus()
    qtbot.waitUntil(lambda: address.hasFocus())
    assert address.palette().color(QPalette.ColorRole.Base) == TINT
    assert summary.palette().color(QPalette.ColorRole.Base) == plain  # the mark moved with the focus
    qtbot.keyClick(address, Qt.Key.Key_Tab)
    focused = dialog.focusWidget()
    assert focused is not address and address.palette().color(QPalette.ColorRole.Base) == plain
    if isinstance(focused, QLineEdit | QPlainTextEdit):
        assert focused.palette().color(QPalette.ColorRole.Base) == TINT


# -- corrections after saving: F2 on an incident, Ctrl+Shift+U on a follow-up, a duplicate's row ------------
def _lines(panel: IncidentsPanel) -> list[str]:
    return [panel.events.item(i).text() for i in range(panel.events.count())]


def _address(dialog: IncidentEditDialog) -> QLineEdit:
    address = dialog.widgets["address"]
    assert isinstance(address, QLineEdit)
    return address


def _recorded(opened: list[W]) -> Callable[[W], int]:
    """An exec() that only notes the dialog opened; the test shows and drives it."""
    def exec_(dialog: W) -> int:
        opened.append(dialog)
        return 0
    return exec_


def _f2(qtbot: QtBot, panel: IncidentsPanel, monkeypatch: pytest.MonkeyPatch) -> IncidentEditDialog:
    """F2 on the list opens the selected incident's form; returned shown, to be driven by the keyboard."""
    opened: list[IncidentEditDialog] = []
    monkeypatch.setattr(IncidentEditDialog, "exec", _recorded(opened))
    activate(qtbot, panel.window())  # back from a form shown before
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    dialog = opened[0]
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    return dialog


def test_f2_corrects_a_field_with_a_reason_and_the_timeline_says_it(
        qtbot: QtBot, demo_ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = incidents_panel(qtbot, demo_ctx)
    target = panel.model.rows[0].view
    changes_before = _changes(demo_ctx, target.id)
    dialog = _f2(qtbot, panel, monkeypatch)
    assert dialog.view.id == target.id and _address(dialog).text() == target.data.address  # what is recorded
    address = _address(dialog)
    address.setFocus()
    address.selectAll()
    type_text(qtbot, address, "南四环西路 88 号")
    qtbot.keyClick(address, Qt.Key.Key_Return)  # a plain Enter saves nothing
    settle(demo_ctx)
    assert dialog.isVisible() and _changes(demo_ctx, target.id) == changes_before
    ctrl(qtbot, address, Qt.Key.Key_Return)  # no reason yet: refused, the field named
    qtbot.waitUntil(lambda: dialog.reason.property("invalid") is True, timeout=5000)
    assert dialog.isVisible() and "Reason for the correction" in dialog.errors.text()
    type_text(qtbot, dialog.reason, "address misheard")
    ctrl(qtbot, dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    settle(demo_ctx)
    assert incidents.get(demo_ctx.services, demo_ctx.actor, target.id).data.address == "南四环西路 88 号"
    assert _changes(demo_ctx, target.id) == [*changes_before, (("address", "南四环西路 88 号"),
                                                               ("reason", "address misheard"))]
    qtbot.waitUntil(lambda: any("Address: 南四环西路 88 号; Reason for the change: address misheard" in line
                                for line in _lines(panel)), timeout=5000)


def test_an_unchanged_form_writes_nothing_and_esc_with_changes_asks_no_first(
        qtbot: QtBot, demo_ctx: UiContext, real_questions: None, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = incidents_panel(qtbot, demo_ctx)
    target = panel.model.rows[0].view
    changes_before = _changes(demo_ctx, target.id)
    dialog = _f2(qtbot, panel, monkeypatch)
    ctrl(qtbot, dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    settle(demo_ctx)
    assert _changes(demo_ctx, target.id) == changes_before
    dialog = _f2(qtbot, panel, monkeypatch)
    box = dialog.casualties["injured"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Up)  # a count put right is a change too
    defaults: list[bool] = []

    def enter_on(question: QMessageBox) -> None:
        defaults.append(question.defaultButton() is question.button(QMessageBox.StandardButton.No))
        press(Qt.Key.Key_Return)(question)

    WhenModal(QMessageBox, enter_on)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert defaults == [True] and dialog.isVisible() and box.value() == target.data.injured + 1  # kept
    WhenModal(QMessageBox, press(Qt.Key.Key_Y))
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    settle(demo_ctx)
    assert _changes(demo_ctx, target.id) == changes_before
    assert incidents.get(demo_ctx.services, demo_ctx.actor, target.id).data.injured == target.data.injured


def test_ctrl_shift_u_on_a_follow_up_in_the_timeline_adds_its_correction_beside_it(
        qtbot: QtBot, demo_ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = incidents_panel(qtbot, demo_ctx)
    target = panel.model.rows[0].view
    incidents.add_follow_up(demo_ctx.services, demo_ctx.actor, target.id, "死亡3人", utcnow() - timedelta(minutes=1),
                            Source.FAX, "李四")
    panel.refresh()
    qtbot.waitUntil(lambda: any("死亡3人" in line for line in _lines(panel)), timeout=5000)
    panel.events.setFocus()
    row = next(i for i, line in enumerate(_lines(panel)) if "死亡3人" in line)
    qtbot.keyClick(panel.events, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(panel.events, Qt.Key.Key_Down)
    opened: list[FollowUpDialog] = []
    monkeypatch.setattr(FollowUpDialog, "exec", _recorded(opened))
    qtbot.keyClick(panel.events, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    dialog = opened[0]
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    assert dialog.text.toPlainText() == "死亡3人" and dialog.reporter.text() == "李四"
    dialog.text.setFocus()
    dialog.text.selectAll()
    type_text(qtbot, dialog.text, "受伤3人，无人死亡")
    ctrl(qtbot, dialog.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    settle(demo_ctx)
    qtbot.waitUntil(lambda: any("受伤3人" in line for line in _lines(panel)), timeout=5000)
    lines = _lines(panel)
    wrong = next(i for i, line in enumerate(lines) if "死亡3人" in line)
    assert "(corrected below)" in lines[wrong]
    assert "Correction of Follow-up report" in lines[wrong + 1] and "受伤3人，无人死亡" in lines[wrong + 1]


def test_a_linked_duplicate_s_row_says_whose_duplicate_it_is(qtbot: QtBot, demo_ctx: UiContext) -> None:
    panel = incidents_panel(qtbot, demo_ctx)
    original, duplicate = panel.model.rows[0].view, panel.model.rows[1].view
    incidents.link_duplicate(demo_ctx.services, demo_ctx.actor, duplicate.id, original.id)
    panel.refresh()

    def deadline_of(incident_id: str) -> str:
        ids = [r.view.id for r in panel.model.rows]  # empty while the list reloads
        return str(panel.model.index(ids.index(incident_id), DEADLINE).data()) if incident_id in ids else ""

    qtbot.waitUntil(lambda: deadline_of(duplicate.id) == f"Duplicate of {original.number}", timeout=5000)
    assert not deadline_of(original.id).startswith("Duplicate")

"""The instructions page, driven from the keyboard: an instruction recorded, a task issued, its receipt,
feedback and a chase recorded, a shift leader returning and closing it; Enter never saves, Esc asks before
throwing typing away; the demo's overdue task first; the notice printed through the preview."""

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot
from ui_support import Shots, activate, cell, ctrl, focused, settle, type_text

from duty_desk.domain.deadline import DeadlineState
from duty_desk.domain.supervision import ChaseOutcome, TaskState
from duty_desk.domain.timefmt import utcnow
from duty_desk.services import instructions, supervision
from duty_desk.services.supervision_attention import TASK
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs import supervision_forms as F
from duty_desk.ui.panels.instruction_tab import InstructionTab

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT_CTRL = CTRL | Qt.KeyboardModifier.ShiftModifier


def _tab(qtbot: QtBot, ctx: UiContext) -> InstructionTab:
    tab = InstructionTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    activate(qtbot, tab)
    tab.refresh()
    settle(ctx)
    return tab


def _press(qtbot: QtBot, tab: InstructionTab, widget: QWidget, key: Qt.Key,
           modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.ControlModifier) -> None:
    """A shortcut pressed in the page, its window active again after the dialog before."""
    activate(qtbot, tab)
    widget.setFocus()
    qtbot.keyClick(widget, key, modifiers)
    qtbot.wait(250)  # a button's shortcut clicks it as the mouse would, animated: clicked comes after 100 ms


def _dialogs(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> list[QDialog]:
    """Every dialog the page opens, shown and active instead of run modally (the test drives it)."""
    seen: list[QDialog] = []

    def exec_(dialog: QDialog) -> int:
        seen.append(dialog)
        activate(qtbot, dialog)
        return 0

    monkeypatch.setattr(QDialog, "exec", exec_)
    return seen


def test_an_instruction_and_its_task_from_the_keyboard(qtbot: QtBot, demo_ctx: UiContext,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    tab = _tab(qtbot, demo_ctx)
    enter = (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    # Ctrl+N: the leader picker has the focus; a plain Enter keeps the dialog open; Ctrl+Enter saves.
    seen = _dialogs(qtbot, monkeypatch)
    tab.commands["record"].animateClick()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    dialog = seen[-1]
    assert isinstance(dialog, F.InstructionDialog) and focused() is dialog.leader
    for _ in range(2):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # given at, received by
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.text
    type_text(qtbot, dialog.text, "请市交通委做好除雪保畅工作。")
    qtbot.keyClick(focused(), *enter)  # a line break in the text, not a save
    settle(demo_ctx)
    assert dialog.isVisible() and dialog.saved is None
    ctrl(qtbot, dialog, Qt.Key.Key_Return)
    settle(demo_ctx)
    assert isinstance(dialog.saved, str) and not dialog.isVisible()
    item = instructions.get(demo_ctx.services, demo_ctx.actor, dialog.saved)
    assert item.current.text.startswith("请市交通委做好除雪保畅工作。") and item.tasks == 0
    settle(demo_ctx)
    tab.refresh()
    settle(demo_ctx)
    # The new one awaits its tasks: it is listed first; Ctrl+I issues a task for it.
    tab.instructions.setFocus()
    qtbot.keyClick(tab.instructions, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    chosen = tab.selected_instruction()
    assert chosen is not None and chosen.root_id == dialog.saved
    seen.clear()
    _press(qtbot, tab, tab.instructions, Qt.Key.Key_I)
    task_dialog = seen[-1]
    assert isinstance(task_dialog, F.TaskDialog) and focused() is task_dialog.department
    ctrl(qtbot, task_dialog, Qt.Key.Key_Return)
    settle(demo_ctx)
    assert isinstance(task_dialog.saved, list)
    [task_id] = task_dialog.saved
    tab.refresh()
    settle(demo_ctx)
    tab.open_record(TASK, task_id)  # as clicking its attention item does
    assert tab.selected_task() == task_id
    # Ctrl+R: received, and who acknowledged it.
    seen.clear()
    _press(qtbot, tab, tab.tasks, Qt.Key.Key_R)
    receipt = seen[-1]
    assert isinstance(receipt, F.ReplyDialog)
    type_text(qtbot, receipt.person, "交通委值班员")
    ctrl(qtbot, receipt, Qt.Key.Key_Return)
    settle(demo_ctx)
    assert supervision.detail(demo_ctx.services, demo_ctx.actor, task_id).task.state is TaskState.RECEIVED
    # Ctrl+H: a chase; the outcome picker first, arrows choose "no answer".
    seen.clear()
    _press(qtbot, tab, tab.tasks, Qt.Key.Key_H)
    chase = seen[-1]
    assert isinstance(chase, F.ChaseDialog) and focused() is chase.outcome
    qtbot.keyClick(chase.outcome, Qt.Key.Key_Down)
    qtbot.keyClick(chase.outcome, Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_text(qtbot, focused(), "交通委值班员")
    ctrl(qtbot, chase, Qt.Key.Key_Return)
    settle(demo_ctx)
    # Ctrl+B: feedback; Ctrl+Shift+R: returned for more; feedback again; Ctrl+Shift+E closes.
    for keys, text in (((Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier), "已出动除雪车200台。"),
                       ((Qt.Key.Key_R, SHIFT_CTRL), "请补充主要道路通行情况"),
                       ((Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier), "主要道路已恢复通行。"),
                       ((Qt.Key.Key_E, SHIFT_CTRL), "")):
        seen.clear()
        _press(qtbot, tab, tab.tasks, *keys)
        form = seen[-1]
        if text:
            type_text(qtbot, focused(), text)
        ctrl(qtbot, form, Qt.Key.Key_Return)
        settle(demo_ctx)
        assert not form.isVisible(), form.errors.text()
    detail = supervision.detail(demo_ctx.services, demo_ctx.actor, task_id)
    assert detail.task.state is TaskState.CLOSED
    assert [c.outcome for c in detail.chases] == [ChaseOutcome.NO_ANSWER]
    assert [s.to_state for s in detail.steps] == [TaskState.RECEIVED, TaskState.FEEDBACK, TaskState.RETURNED,
                                                  TaskState.FEEDBACK, TaskState.CLOSED]


def test_esc_asks_before_throwing_typing_away_and_refusals_name_the_field(qtbot: QtBot, demo_ctx: UiContext,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    tab = _tab(qtbot, demo_ctx)
    answers: list[str] = []
    def refuse(*_a: object) -> bool:
        answers.append("asked")
        return False

    monkeypatch.setattr("duty_desk.ui.dialogs.editor_base.confirmed", refuse)
    seen = _dialogs(qtbot, monkeypatch)
    tab.instructions.setFocus()
    _press(qtbot, tab, tab.instructions, Qt.Key.Key_I)
    dialog = seen[-1]
    assert isinstance(dialog, F.TaskDialog)
    dialog.feedback_by.setDateTime(dialog.feedback_by.dateTime().addDays(-5))  # before it is issued
    ctrl(qtbot, dialog, Qt.Key.Key_Return)
    settle(demo_ctx)
    assert dialog.isVisible() and "Report back by" in dialog.errors.text()
    type_text(qtbot, dialog.contact, "张三")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # asks; "no" goes back to the form, the typing kept
    assert answers == ["asked"] and dialog.isVisible() and dialog.contact.text() == "张三"
    monkeypatch.setattr("duty_desk.ui.dialogs.editor_base.confirmed", lambda *_a: True)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_demo_lists_the_overdue_task_first_and_prints_its_notice(qtbot: QtBot, demo_ctx: UiContext,
                                                                     monkeypatch: pytest.MonkeyPatch,
                                                                     shots: Shots) -> None:
    tab = _tab(qtbot, demo_ctx)
    shots.save(tab, "instructions-en")
    assert tab.tasks.rowCount() == 6 and "overdue" in cell(tab.tasks, 0, 2).text()
    assert cell(tab.instructions, 0, 4).text() == "awaiting tasks"
    assert any("(corrected)" in cell(tab.instructions, r, 2).text() for r in range(tab.instructions.rowCount()))
    printed: list[str] = []
    def preview(_parent: object, _ctx: object, make: Callable[[], bytes], title: str) -> None:
        assert make()[:4] == b"%PDF"  # the service's own PDF, made as the preview would make it
        printed.append(title)

    monkeypatch.setattr("duty_desk.ui.panels.instruction_tab.preview_pdf", preview)
    tab.tasks.setFocus()
    qtbot.keyClick(tab.tasks, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    _press(qtbot, tab, tab.tasks, Qt.Key.Key_P)
    _press(qtbot, tab, tab.tasks, Qt.Key.Key_P, SHIFT_CTRL)
    assert printed == ["Print supervision notice", "Print implementation report"]
    department = cell(tab.tasks, 0, 0).text()
    tab.set_search(department)
    assert [cell(tab.tasks, r, 0).text() for r in range(tab.tasks.rowCount())] == [department]
    assert tab.instructions.rowCount() == 1  # the instruction that department's task came from
    assert tab.sheet.owner_id == tab.selected_instruction().root_id  # type: ignore[union-attr]
    due = supervision.tasks(demo_ctx.services, demo_ctx.actor)[0]
    assert due.deadline.state(utcnow() + timedelta(0)) is DeadlineState.OVERDUE


@pytest.mark.parametrize(("key", "modifiers", "kind", "typed"), [
    (Qt.Key.Key_N, CTRL, F.InstructionDialog, "同意"), (Qt.Key.Key_N, SHIFT_CTRL, F.InstructionDialog, "。"),
    (Qt.Key.Key_I, CTRL, F.TaskDialog, ""), (Qt.Key.Key_R, CTRL, F.ReplyDialog, "值班员"),
    (Qt.Key.Key_B, CTRL, F.ReplyDialog, "已办"), (Qt.Key.Key_H, CTRL, F.ChaseDialog, ""),
    (Qt.Key.Key_E, SHIFT_CTRL, F.DecisionDialog, "同意"), (Qt.Key.Key_R, SHIFT_CTRL, F.DecisionDialog, "再报")])
def test_in_every_dialog_enter_never_saves_and_esc_asks_first(qtbot: QtBot, demo_ctx: UiContext,
                                                               monkeypatch: pytest.MonkeyPatch, key: Qt.Key,
                                                               modifiers: Qt.KeyboardModifier, kind: type[QDialog],
                                                               typed: str) -> None:
    tab = _tab(qtbot, demo_ctx)
    before = len(supervision.tasks(demo_ctx.services, demo_ctx.actor)), \
        len(instructions.list_instructions(demo_ctx.services, demo_ctx.actor))
    asked: list[bool] = []
    def agree(*_a: object) -> bool:
        asked.append(True)
        return True

    monkeypatch.setattr("duty_desk.ui.dialogs.editor_base.confirmed", agree)
    seen = _dialogs(qtbot, monkeypatch)
    tab.tasks.selectRow(0)
    tab.instructions.selectRow(0)
    _press(qtbot, tab, tab.tasks, key, modifiers)
    [dialog] = seen
    assert isinstance(dialog, kind) and isinstance(dialog, F.SupervisionForm)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # a plain Enter where the dialog opens: never a save
    settle(demo_ctx)
    assert dialog.isVisible() and dialog.saved is None
    field = next(getattr(dialog, name) for name in ("reason", "contact", "whom", "person", "text")
                 if hasattr(dialog, name))
    field.setFocus()
    type_text(qtbot, field, typed or "x")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # nor in a field
    settle(demo_ctx)
    assert dialog.isVisible() and dialog.saved is None
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # something was typed: asked, then gone
    assert asked == [True] and not dialog.isVisible()
    settle(demo_ctx)
    assert (len(supervision.tasks(demo_ctx.services, demo_ctx.actor)),
            len(instructions.list_instructions(demo_ctx.services, demo_ctx.actor))) == before

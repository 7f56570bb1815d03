"""The page of leaders' instructions and the supervision tasks issued from them: instructions still awaiting
their tasks first, the tasks by deadline (overdue first), a filter and the panel's search text; every step from
the keyboard, the shortcut on its button."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from duty_desk.domain.deadline import DeadlineState
from duty_desk.domain.roles import Action
from duty_desk.domain.supervision import TaskState
from duty_desk.domain.timefmt import format_beijing, utcnow
from duty_desk.domain.vocabulary import label
from duty_desk.services import instructions, record_kinds, supervision, supervision_report
from duty_desk.services.attention import AttentionItem
from duty_desk.services.instructions import InstructionItem
from duty_desk.services.supervision import Choices, TaskDetail, TaskView
from duty_desk.services.supervision_attention import TASK
from duty_desk.ui import incident_labels as L
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.supervision_forms import (
    ChaseDialog,
    DecisionDialog,
    InstructionDialog,
    ReplyDialog,
    TaskDialog,
)
from duty_desk.ui.i18n import language
from duty_desk.ui.operations import Failure
from duty_desk.ui.panels.attachments import AttachmentsBox
from duty_desk.ui.panels.tabs import PanelTab
from duty_desk.ui.print_preview import preview_pdf
from duty_desk.ui.widgets import record_table

ALL, OPEN, OVERDUE, SELECTED = "all", "open", "overdue", "selected"


@dataclass(frozen=True)
class _Loaded:
    instructions: list[InstructionItem]
    tasks: list[TaskView]
    choices: Choices
    now: datetime


def _item(text: str, record_id: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text.replace("\n", " "))
    item.setData(Qt.ItemDataRole.UserRole, record_id)
    item.setToolTip(text)
    return item


def _table(headers: list[str], name: str, wide: int) -> QTableWidget:
    """`wide`: the column of free text, which takes the room the others leave."""
    table = record_table(headers, name)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(wide, QHeaderView.ResizeMode.Stretch)
    return table


class InstructionTab(PanelTab):
    kinds = record_kinds.SUPERVISION
    opens = frozenset({TASK})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.loaded: _Loaded | None = None
        self.search_text = ""
        self.wanted_task: str | None = None  # an attention item clicked before the page had loaded
        filters = QHBoxLayout()
        caption = QLabel(self.tr("&Tasks:"))
        self.filter = QComboBox()
        for key, text in ((ALL, self.tr("All tasks")), (OPEN, self.tr("Not closed")), (OVERDUE, self.tr("Overdue")),
                          (SELECTED, self.tr("Of the selected instruction"))):
            self.filter.addItem(text, key)
        caption.setBuddy(self.filter)
        self.filter.setAccessibleName(self.tr("Which tasks"))
        self.filter.currentIndexChanged.connect(self._show_tasks)
        filters.addWidget(caption)
        filters.addWidget(self.filter)
        filters.addStretch(1)
        self.body.addLayout(filters)
        self.instructions = _table([self.tr("Given"), self.tr("Leader"), self.tr("Instruction"), self.tr("Incident"),
                                    self.tr("Tasks")], self.tr("Instructions"), 2)
        self.tasks = _table([self.tr("Department"), self.tr("State"), self.tr("Report back by"),
                             self.tr("Handle by"), self.tr("Contact"), self.tr("Instruction")],
                            self.tr("Supervision tasks"), 5)
        self.instructions.itemSelectionChanged.connect(self._instruction_chosen)
        self.tasks.itemSelectionChanged.connect(self._task_chosen)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                            | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(self.tr("Details"))
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.instructions)
        split.addWidget(self.tasks)
        below = QWidget()
        row = QHBoxLayout(below)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.detail, 2)
        self.sheet = AttachmentsBox(ctx, instructions.ATTACHMENTS)  # the 呈报单 the leader wrote on, scanned
        row.addWidget(self.sheet, 1)
        split.addWidget(below)
        self.body.addWidget(split, 1)
        self.buttons = QGridLayout()
        self.body.addLayout(self.buttons)
        self.empty = QLabel(self.tr("No instructions yet. Record one with Ctrl+N."))
        self.body.addWidget(self.empty)
        may_record, may_supervise = ctx.actor.may(Action.RECORD_INSTRUCTION), ctx.actor.may(Action.SUPERVISE)
        may_decide = ctx.actor.may(Action.CLOSE_SUPERVISION)
        self.commands: dict[str, QPushButton] = {}
        for n, (key, text, shortcut, slot, allowed) in enumerate((
                ("record", self.tr("Record instruction"), "Ctrl+N", self.record_instruction, may_record),
                ("correct", self.tr("Correct it"), "Ctrl+Shift+N", self.correct_instruction, may_record),
                ("issue", self.tr("Issue task"), "Ctrl+I", self.issue_task, may_supervise),
                ("report", self.tr("Print implementation report"), "Ctrl+Shift+P", self.print_report, True),
                ("receipt", self.tr("Received"), "Ctrl+R", lambda: self.reply(False), may_supervise),
                ("feedback", self.tr("Feedback"), "Ctrl+B", lambda: self.reply(True), may_supervise),
                ("chase", self.tr("Chase"), "Ctrl+H", self.chase, may_supervise),
                ("notice", self.tr("Print notice"), "Ctrl+P", self.print_notice, True),
                ("close", self.tr("Close task"), "Ctrl+Shift+E", lambda: self.decide(False), may_decide),
                ("return", self.tr("Return for more"), "Ctrl+Shift+R", lambda: self.decide(True), may_decide))):
            seq = QKeySequence(shortcut)
            button = QPushButton(f"{text}  {seq.toString(QKeySequence.SequenceFormat.NativeText)}")
            button.setShortcut(seq)
            button.setAccessibleName(text)
            button.clicked.connect(slot)
            self.commands[key] = button
            self.buttons.addWidget(button, n // 4, n % 4)
            if not allowed:  # what the role may not do is not offered (the services refuse it anyway)
                button.hide()

    def title(self) -> str:
        return self.tr("Instructions & tasks")

    # Loading -------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor

        def load() -> _Loaded:
            now = utcnow()
            return _Loaded(instructions.list_instructions(services, actor), supervision.tasks(services, actor, now),
                           supervision.choices(services, actor), now)

        self.ctx.ops.query(self, load, self._loaded, self._refused)

    def _refused(self, failure: Failure) -> None:
        self.detail.setText(failure.text)

    def _loaded(self, loaded: _Loaded) -> None:
        chosen = self.selected_instruction()
        self.loaded = loaded
        self._show_instructions(chosen.root_id if chosen else None)
        self._show_tasks()
        if self.wanted_task:
            self._select_task(self.wanted_task)

    def set_search(self, text: str) -> None:
        self.search_text = text.strip().lower()
        if self.loaded is not None:
            self._show_instructions(None)
            self._show_tasks()

    def _matches(self, *texts: str) -> bool:
        words = self.search_text.split()
        joined = " ".join(texts).lower()
        return all(w in joined for w in words)

    def _show_instructions(self, keep: str | None) -> None:
        assert self.loaded is not None
        shown = [i for i in self.loaded.instructions
                 if self._matches(i.current.text, i.current.leader, i.current.subject,
                                  *(t.department for t in self.loaded.tasks if t.instruction_id in i.ids))]
        self.instructions.blockSignals(True)
        self.instructions.setRowCount(len(shown))
        for r, i in enumerate(shown):
            c = i.current
            corrected = self.tr(" (corrected)") if i.earlier else ""
            tasks = self.tr("awaiting tasks") if i.tasks == 0 else self.tr("%n task(s)", "", i.tasks)
            cells = [_item(text, i.root_id) for text in (format_beijing(c.given_at), c.leader, c.text + corrected,
                                                         c.incident_number or c.subject, tasks)]
            if i.tasks == 0:  # amber: something to do
                cells[4].setForeground(QBrush(QColor(L.CLOCK_COLOUR[DeadlineState.DUE_SOON])))
            for col, cell in enumerate(cells):
                self.instructions.setItem(r, col, cell)
        self.instructions.blockSignals(False)
        self.empty.setVisible(not self.loaded.instructions)
        rows = [r for r in range(len(shown)) if shown[r].root_id == keep]
        self.instructions.selectRow(rows[0] if rows else 0 if shown else -1)
        chosen = self.selected_instruction()  # the same row chosen again changes no selection: say it here
        self.sheet.show_for(chosen.root_id if chosen else None)

    def _show_tasks(self) -> None:
        if self.loaded is None:
            return
        now, which, chosen = self.loaded.now, self.filter.currentData(), self.selected_instruction()
        ids = set(chosen.ids) if chosen else set()
        keep = self.selected_task()
        shown = [t for t in self.loaded.tasks
                 if (which != OPEN or t.state is not TaskState.CLOSED)
                 and (which != OVERDUE or t.deadline.state(now) is DeadlineState.OVERDUE)
                 and (which != SELECTED or t.instruction_id in ids)
                 and self._matches(t.department, t.text, t.contact_name)]
        self.tasks.blockSignals(True)
        self.tasks.setRowCount(len(shown))
        for r, t in enumerate(shown):
            state = t.deadline.state(now)
            due = format_beijing(t.feedback_by)
            if state is DeadlineState.OVERDUE:
                due = self.tr("✖ overdue {time} · {due}").format(time=L.duration(t.deadline.seconds_left(now)),
                                                                 due=due)
            elif state is DeadlineState.DUE_SOON:
                due = self.tr("▲ due in {time} · {due}").format(time=L.duration(t.deadline.seconds_left(now)),
                                                                due=due)
            contact = " ".join(p for p in (t.contact_name, t.contact_phone) if p)
            cells = [_item(text, t.id) for text in (t.department, label(t.state, language()), due,
                                                    format_beijing(t.handle_by), contact, t.text)]
            if colour := L.CLOCK_COLOUR.get(state, ""):  # red overdue, amber due soon, beside their words
                cells[2].setForeground(QBrush(QColor(colour)))
            for col, cell in enumerate(cells):
                self.tasks.setItem(r, col, cell)
        self.tasks.blockSignals(False)
        rows = [r for r in range(len(shown)) if shown[r].id == keep]
        if rows:
            self.tasks.selectRow(rows[0])
        self._task_chosen()

    # Selection -----------------------------------------------------------------------------------------------
    def selected_instruction(self) -> InstructionItem | None:
        item = self.instructions.item(self.instructions.currentRow(), 0)
        if self.loaded is None or item is None:
            return None
        root = item.data(Qt.ItemDataRole.UserRole)
        return next((i for i in self.loaded.instructions if i.root_id == root), None)

    def selected_task(self) -> str | None:
        row = self.tasks.currentRow()
        item = self.tasks.item(row, 0) if row >= 0 else None
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _task_view(self) -> TaskView | None:
        task_id = self.selected_task()
        return next((t for t in self.loaded.tasks if t.id == task_id), None) if self.loaded and task_id else None

    def _instruction_chosen(self) -> None:
        chosen = self.selected_instruction()
        self.sheet.show_for(chosen.root_id if chosen else None)
        if chosen is not None and chosen.earlier:
            lines = [self.tr("Corrects the record of {given}: {text}").format(given=format_beijing(e.given_at),
                                                                              text=e.text) for e in chosen.earlier]
            self.detail.setText("\n".join(lines))
        if self.filter.currentData() == SELECTED:
            self._show_tasks()

    def _task_chosen(self) -> None:
        task_id = self.selected_task()
        if task_id is None:
            return
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.query(self, lambda: supervision.detail(services, actor, task_id), self._show_detail,
                           self._refused, key="detail")

    def _show_detail(self, detail: TaskDetail) -> None:
        lines = [f"{detail.task.department} · {label(detail.task.state, language())}"]
        for r in detail.replies:
            lines.append(f"{format_beijing(r.at)} {label(r.kind, language())} {r.person} {r.text}".rstrip())
        for s in detail.steps:
            if s.to_state in (TaskState.CLOSED, TaskState.RETURNED):
                lines.append(f"{format_beijing(s.at)} {label(s.to_state, language())} {s.actor} {s.reason}".rstrip())
        for c in detail.chases:
            lines.append(self.tr("{at} chased {whom} by {means}: {outcome} {note}").format(
                at=format_beijing(c.at), whom=c.whom, means=label(c.means, language()),
                outcome=label(c.outcome, language()), note=c.note).rstrip())
        self.detail.setText("\n".join(lines))

    def _select_task(self, task_id: str) -> None:
        for r in range(self.tasks.rowCount()):
            item = self.tasks.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == task_id:
                self.wanted_task = None
                self.tasks.selectRow(r)
                self.tasks.setFocus()
                return
        if self.filter.currentData() != ALL and self.loaded is not None:
            self.filter.setCurrentIndex(self.filter.findData(ALL))  # shown again, then chosen
            self._select_task(task_id)

    def open_record(self, kind: str, record_id: str) -> None:
        if kind == TASK:
            self.wanted_task = record_id
            if self.loaded is not None:
                self._select_task(record_id)

    def show_attention(self, items: list[AttentionItem]) -> None:
        """The countdowns are recomputed on each reload; nothing else to show here."""

    # Actions -------------------------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> None:
        dialog.exec()

    def record_instruction(self) -> None:
        if self.loaded is not None:
            self._open(InstructionDialog(self.ctx, self.loaded.choices.leaders, parent=self))

    def correct_instruction(self) -> None:
        chosen = self.selected_instruction()
        if chosen is not None and self.loaded is not None:
            self._open(InstructionDialog(self.ctx, self.loaded.choices.leaders, chosen.current, parent=self))

    def issue_task(self) -> None:
        chosen = self.selected_instruction()
        if chosen is not None and self.loaded is not None:
            self._open(TaskDialog(self.ctx, chosen.current.id, self.loaded.choices.departments, parent=self))

    def _with_task(self, make: Callable[[TaskView], QDialog]) -> None:
        task = self._task_view()
        if task is not None:
            self._open(make(task))

    def reply(self, feedback: bool) -> None:
        self._with_task(lambda t: ReplyDialog(self.ctx, t.id, feedback, parent=self))

    def chase(self) -> None:
        self._with_task(lambda t: ChaseDialog(self.ctx, t.id, t.contact_name, parent=self))

    def decide(self, returning: bool) -> None:
        self._with_task(lambda t: DecisionDialog(self.ctx, t.id, returning, parent=self))

    def print_notice(self) -> None:
        task_id = self.selected_task()
        if task_id is None:
            return
        services, actor, lang = self.ctx.services, self.ctx.actor, language()
        preview_pdf(self, self.ctx, lambda: supervision_report.notice(services, actor, task_id, lang).pdf,
                    self.tr("Print supervision notice"))

    def print_report(self) -> None:
        chosen = self.selected_instruction()
        if chosen is None:
            return
        services, actor, lang, root = self.ctx.services, self.ctx.actor, language(), chosen.root_id
        preview_pdf(self, self.ctx, lambda: supervision_report.implementation(services, actor, root, lang).pdf,
                    self.tr("Print implementation report"))

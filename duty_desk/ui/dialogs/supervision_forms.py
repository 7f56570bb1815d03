"""The dialogs of leaders' instructions and supervision tasks: record an instruction (or its correction), issue a
task to a department, record its receipt, feedback or a chase, and close it or return it for more. Ctrl+Enter
saves, Esc cancels (asking first when something was typed); each refusal is shown beside its field."""

from collections.abc import Callable, Sequence
from datetime import timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from duty_desk.domain.supervision import Channel, ChaseMeans, ChaseOutcome
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.vocabulary import label
from duty_desk.services import incidents, instructions, supervision
from duty_desk.services.instructions import InstructionData, InstructionView
from duty_desk.services.supervision import TaskData
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.editor_base import EditorDialog
from duty_desk.ui.dialogs.intake import beijing_edit, from_qt
from duty_desk.ui.forms_support import plain
from duty_desk.ui.i18n import language

Choices = Sequence[tuple[str, str]]  # (id, name) of directory records offered in a picker


def _text_edit() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    return edit


def _picker(choices: Choices) -> QComboBox:
    """Type-ahead over the directory's names (the combo jumps to the name typed)."""
    combo = QComboBox()
    for record_id, name in choices:
        combo.addItem(name, record_id)
    return combo


class SupervisionForm(EditorDialog):
    def __init__(self, ctx: UiContext, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.resize(560, 0)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.add_save_row(layout)
        self.saved: object = None

    def row(self, caption: str, widget: QWidget) -> None:
        label_ = QLabel(caption)
        label_.setBuddy(widget)
        widget.setAccessibleName(plain(caption))
        self.form.addRow(label_, widget)

    def run_save(self, save: Callable[[], object], fields: dict[str, QWidget]) -> None:
        def keep(result: object) -> None:
            self.saved = result

        self.save_with(save, fields, self.errors, {k: w.accessibleName() for k, w in fields.items()}, keep)


class InstructionDialog(SupervisionForm):
    """A leader's instruction, verbatim; with `corrects`, a corrected record of that one (filled in from it)."""

    def __init__(self, ctx: UiContext, leaders: Choices, corrects: InstructionView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Correct the instruction") if corrects else self.tr("Record an instruction"),
                         parent)
        self.corrects = corrects
        self.leader = _picker(leaders)
        self.row(self.tr("&Leader *"), self.leader)
        self.given = beijing_edit(corrects.given_at if corrects else utcnow())
        self.row(self.tr("&Given at *"), self.given)
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(label(channel, language()), channel)
        self.row(self.tr("&Received"), self.channel)
        self.text = _text_edit()
        self.row(self.tr("&Instruction, word for word *"), self.text)
        self.subject = QLineEdit()
        self.row(self.tr("&Matter (document, meeting)"), self.subject)
        self.incident = QLineEdit()
        self.incident.setPlaceholderText(self.tr("incident number, e.g. 2026-AB12-0001"))
        self.row(self.tr("In&cident"), self.incident)
        if corrects is not None:
            self.leader.setCurrentIndex(max(self.leader.findData(corrects.leader_id), 0))
            self.channel.setCurrentIndex(max(self.channel.findData(corrects.channel), 0))
            self.text.setPlainText(corrects.text)
            self.subject.setText(corrects.subject)
            self.incident.setText(corrects.incident_number)
        self.install_editor_keys()
        self.leader.setFocus()

    def try_save(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        leader, given = str(self.leader.currentData() or ""), from_qt(self.given.dateTime())
        channel, text = Channel(self.channel.currentData()), self.text.toPlainText()
        subject, number = self.subject.text(), self.incident.text().strip()
        corrects = self.corrects.id if self.corrects else None

        def save() -> str:
            incident_id = incidents.find_by_number(services, actor, number).id if number else None
            return instructions.record(services, actor, InstructionData(leader, given, channel, text, subject,
                                                                        incident_id), corrects)

        self.run_save(save, {"leader": self.leader, "given_at": self.given, "text": self.text,
                             "subject": self.subject, "number": self.incident, "incident": self.incident})


class TaskDialog(SupervisionForm):
    """A supervision task to one department or district government, with its deadlines and contact."""

    def __init__(self, ctx: UiContext, instruction_id: str, departments: Choices,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Issue a supervision task"), parent)
        self.instruction_id = instruction_id
        self.department = _picker(departments)
        self.row(self.tr("&Department *"), self.department)
        now = utcnow()
        self.handle_by = beijing_edit(now + timedelta(days=1))
        self.row(self.tr("&Handle by *"), self.handle_by)
        self.feedback_by = beijing_edit(now + timedelta(days=2))
        self.row(self.tr("&Report back by *"), self.feedback_by)
        self.contact = QLineEdit()
        self.row(self.tr("&Contact person"), self.contact)
        self.phone = QLineEdit()
        self.row(self.tr("&Phone"), self.phone)
        self.text = _text_edit()
        self.text.setPlaceholderText(self.tr("the instruction's own words when left empty"))
        self.row(self.tr("&What is to be done"), self.text)
        self.install_editor_keys()
        self.department.setFocus()

    def try_save(self) -> None:
        services, actor, instruction_id = self.ctx.services, self.ctx.actor, self.instruction_id
        data = TaskData(str(self.department.currentData() or ""), from_qt(self.handle_by.dateTime()),
                        from_qt(self.feedback_by.dateTime()), self.contact.text(), self.phone.text(),
                        self.text.toPlainText())
        self.run_save(lambda: supervision.issue(services, actor, instruction_id, [data]),
                      {"organisation": self.department, "handle_by": self.handle_by,
                       "feedback_by": self.feedback_by, "contact_name": self.contact, "contact_phone": self.phone,
                       "text": self.text})


class ReplyDialog(SupervisionForm):
    """The department acknowledged the task (who, when), or (`feedback`) sent its feedback report."""

    def __init__(self, ctx: UiContext, task_id: str, feedback: bool, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Feedback received") if feedback else self.tr("Task received"), parent)
        self.task_id, self.feedback = task_id, feedback
        self.person = QLineEdit()
        self.row(self.tr("Re&ported by") if feedback else self.tr("&Acknowledged by *"), self.person)
        self.when = beijing_edit(utcnow())
        self.row(self.tr("&When *"), self.when)
        self.text = _text_edit()
        if feedback:
            self.row(self.tr("&What the department reported *"), self.text)
        self.install_editor_keys()
        (self.text if feedback else self.person).setFocus()

    def try_save(self) -> None:
        services, actor, task_id = self.ctx.services, self.ctx.actor, self.task_id
        person, when, text = self.person.text(), from_qt(self.when.dateTime()), self.text.toPlainText()
        if self.feedback:
            self.run_save(lambda: supervision.record_feedback(services, actor, task_id, text, when, person),
                          {"person": self.person, "at": self.when, "text": self.text, "feedback": self.text})
        else:
            self.run_save(lambda: supervision.record_receipt(services, actor, task_id, person, when),
                          {"person": self.person, "at": self.when, "receipt": self.person})


class ChaseDialog(SupervisionForm):
    """One attempt at chasing the department (催办): when, how, whom, and what came of it."""

    def __init__(self, ctx: UiContext, task_id: str, contact: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Chase the department"), parent)
        self.task_id = task_id
        self.outcome = QComboBox()
        for outcome in ChaseOutcome:
            self.outcome.addItem(label(outcome, language()), outcome)
        self.row(self.tr("&Outcome"), self.outcome)
        self.means = QComboBox()
        for means in ChaseMeans:
            self.means.addItem(label(means, language()), means)
        self.row(self.tr("&By"), self.means)
        self.whom = QLineEdit(contact)
        self.row(self.tr("W&hom *"), self.whom)
        self.when = beijing_edit(utcnow())
        self.row(self.tr("&When *"), self.when)
        self.note = _text_edit()
        self.row(self.tr("&Note"), self.note)
        self.install_editor_keys()
        self.outcome.setFocus()

    def try_save(self) -> None:
        services, actor, task_id = self.ctx.services, self.ctx.actor, self.task_id
        when, means = from_qt(self.when.dateTime()), ChaseMeans(self.means.currentData())
        whom, outcome, note = self.whom.text(), ChaseOutcome(self.outcome.currentData()), self.note.toPlainText()
        self.run_save(lambda: supervision.record_chase(services, actor, task_id, when, means, whom, outcome, note),
                      {"whom": self.whom, "at": self.when, "note": self.note, "task": self.whom})


class DecisionDialog(SupervisionForm):
    """A shift leader closes the task, or (`returning`) sends it back saying what more is needed."""

    def __init__(self, ctx: UiContext, task_id: str, returning: bool, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Return the task") if returning else self.tr("Close the task"), parent)
        self.task_id, self.returning = task_id, returning
        self.reason = _text_edit()
        self.row(self.tr("&What more is needed *") if returning else self.tr("&Remark"), self.reason)
        self.install_editor_keys()
        self.reason.setFocus()

    def try_save(self) -> None:
        services, actor, task_id, reason = self.ctx.services, self.ctx.actor, self.task_id, self.reason.toPlainText()
        decide = supervision.return_task if self.returning else supervision.close_task
        self.run_save(lambda: decide(services, actor, task_id, reason), {"reason": self.reason, "state": self.reason})

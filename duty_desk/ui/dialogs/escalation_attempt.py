"""Recording an attempt on the step due now, by keyboard: the outcome (reached first), the means, the time (now,
editable). Enter records what is shown, Esc cancels."""

from datetime import datetime

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from duty_desk.domain import escalation as E
from duty_desk.domain.timefmt import utcnow
from duty_desk.services import escalations
from duty_desk.services.escalations import EscalationRow
from duty_desk.ui import escalation_labels as L
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.editor_base import EditorDialog
from duty_desk.ui.dialogs.intake import beijing_edit, from_qt
from duty_desk.ui.forms_support import plain


class AttemptDialog(EditorDialog):
    enter_saves = True  # Enter records the outcome shown, as the Record button says

    def __init__(self, ctx: UiContext, row: EscalationRow, parent: QWidget | None = None,
                 now: datetime | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.setWindowTitle(self.tr("Attempt: {number}, step {n}").format(number=row.number, n=row.step_no))
        layout = QVBoxLayout(self)
        whom = QLabel(self.tr("Calling {whom} ({step})").format(whom=L.whom_name(row.whom),
                                                                step=L.step_name(row.step)))
        whom.setWordWrap(True)
        layout.addWidget(whom)
        form = QFormLayout()
        layout.addLayout(form)
        self.outcome, self.means = QComboBox(), QComboBox()
        for outcome in E.Outcome:
            self.outcome.addItem(L.label(outcome), outcome)
        for means in E.Means:
            self.means.addItem(L.label(means), means)
        self.at = beijing_edit(now or utcnow())
        for caption_text, widget in ((self.tr("&Outcome"), self.outcome), (self.tr("&By"), self.means),
                                     (self.tr("&When"), self.at)):
            caption = QLabel(caption_text)
            caption.setBuddy(widget)
            widget.setAccessibleName(plain(caption_text))
            form.addRow(caption, widget)
        self.names = {"at": self.tr("When"), "step": self.tr("Step"), "escalation": self.tr("Escalation")}
        self.fields: dict[str, QWidget] = {"at": self.at, "step": self.outcome, "escalation": self.outcome}
        ok = self.add_save_row(layout, QDialogButtonBox.StandardButton.Ok).button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Record"))
        ok.setDefault(True)
        self.install_editor_keys()
        self.outcome.setFocus()

    def try_save(self) -> None:
        services, actor, row = self.ctx.services, self.ctx.actor, self.row
        outcome, means, at = E.Outcome(self.outcome.currentData()), E.Means(self.means.currentData()), \
            from_qt(self.at.dateTime())
        key = row.step.key if row.step else ""
        self.save_with(lambda: escalations.record_attempt(services, actor, row.id, key, outcome, means, at),
                       self.fields, self.errors, self.names)

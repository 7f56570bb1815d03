"""An incident's severity (Ctrl+L). It opens on the incident's level, so Enter keeps it and changes nothing;
lowering a level asks first (No the default) and takes a reason, which the timeline and the report show."""

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from duty_desk.domain.incident_views import IncidentView
from duty_desk.domain.incidents import Severity, lowers, severity_change_problem
from duty_desk.domain.validation import ValidationError
from duty_desk.services import incidents
from duty_desk.ui import incident_labels as L
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.editor_base import EditorDialog
from duty_desk.ui.forms_support import plain, show_errors
from duty_desk.ui.widgets import confirmed


class SeverityDialog(EditorDialog):
    enter_saves = True  # safe here: Enter keeps the level shown unless the officer changed it

    def __init__(self, ctx: UiContext, view: IncidentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.view = ctx, view
        self.setWindowTitle(self.tr("Severity of {number}").format(number=view.number))
        self.resize(520, 0)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.level = QComboBox()
        for level in (Severity.I, Severity.II, Severity.III, Severity.IV, Severity.UNASSESSED):
            self.level.addItem(L.severity(level), level)
        self.level.setCurrentIndex(self.level.findData(view.data.severity))
        self.reason = QLineEdit()
        for label, widget in ((self.tr("&Severity"), self.level),
                              (self.tr("&Reason (required when lowering)"), self.reason)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            widget.setAccessibleName(plain(label))
            form.addRow(caption, widget)
        self.names = {"severity": self.tr("Severity"), "reason": self.tr("Reason")}
        self.fields: dict[str, QWidget] = {"severity": self.level, "reason": self.reason}
        hint = QLabel(self.tr("The reporting deadlines are recomputed from the new level."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.add_save_row(layout, QDialogButtonBox.StandardButton.Ok)
        self.install_editor_keys()
        self.level.setFocus()

    def try_save(self) -> None:
        old, new, reason = self.view.data.severity, Severity(self.level.currentData()), self.reason.text()
        if new is old:
            self.accept()  # nothing to change: no write, no entry in the history
            return
        if problem := severity_change_problem(old, new, reason):  # asked for before the question, not after it
            show_errors(ValidationError([problem]), self.fields, self.errors, self.names)
            return
        if lowers(old, new) and not confirmed(self, self.tr("Lower the severity"), self.tr(
                "Lower {number} from {old} to {new}? Its reporting deadlines are recomputed.").format(
                number=self.view.number, old=L.severity(old), new=L.severity(new))):
            return
        services, actor, incident_id = self.ctx.services, self.ctx.actor, self.view.id
        self.save_with(lambda: incidents.update(services, actor, incident_id, reason=reason, severity=new),
                       self.fields, self.errors, self.names)

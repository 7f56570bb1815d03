"""The office's escalation steps, edited by the system administrator as the policy text (steps per severity and
category, whom each informs and within how many minutes); checked whole before anything is saved."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from duty_desk.domain.validation import ValidationError
from duty_desk.services import escalation_policies
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.editor_base import EditorDialog
from duty_desk.ui.forms_support import show_refusal
from duty_desk.ui.i18n import field_message
from duty_desk.ui.operations import Failure


class EscalationPoliciesDialog(EditorDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Escalation steps"))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "For each severity (and, if wanted, category): the steps in order, each informing a position on duty "
            "(leader, secretary_general), a person or an organisation from the directory by name, or the "
            "municipal leader in charge of the category (in_charge), within so many minutes of the step before. "
            "Saved for every workstation."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit()
        self.text.setEnabled(False)  # until the policies are read
        self.text.setFont(QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family(),
                                self.font().pointSize()))
        self.text.setAccessibleName(self.tr("Escalation policies"))
        layout.addWidget(self.text, 1)
        self.add_save_row(layout)
        self.errors.setStyleSheet("color: #c62828;")
        services, actor = ctx.services, ctx.actor
        ctx.ops.query(self, lambda: escalation_policies.policy_text(services, actor), self._loaded, self._refused)

    def _loaded(self, text: str) -> None:
        self.text.setPlainText(text)
        self.text.setEnabled(True)
        self.install_editor_keys()
        self.text.setFocus()

    def try_save(self) -> None:
        if not self.text.isEnabled():
            return  # not read yet: saving would replace the office's steps with nothing
        services, actor, text = self.ctx.services, self.ctx.actor, self.text.toPlainText()
        self.ctx.ops.write(self, lambda: escalation_policies.save_policy_text(services, actor, text),
                           lambda _: self.accept(), self._refused)

    def _refused(self, failure: Failure) -> None:
        if isinstance(failure.error, ValidationError):
            lines = [QCoreApplication.translate("Validation", "{field}: {message}").format(
                field=e.field, message=field_message(e)) for e in failure.error.errors]
            self.errors.setText(self.tr("Not saved:") + "\n" + "\n".join(lines))
        else:
            show_refusal(self.errors, failure.error)

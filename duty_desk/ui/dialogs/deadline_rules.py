"""The reporting-deadline rule file, edited by an administrator; checked whole before anything is saved."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from duty_desk.domain.deadlines import parse_profile
from duty_desk.domain.validation import ValidationError
from duty_desk.services import rules
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.editor_base import EditorDialog
from duty_desk.ui.forms_support import show_refusal
from duty_desk.ui.i18n import field_message
from duty_desk.ui.operations import Failure


class DeadlineRulesDialog(EditorDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Reporting deadlines"))
        self.resize(720, 640)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Minutes are counted from when the duty room received the report. Changes apply to "
                               "every incident's clocks on every workstation as soon as they are saved (and synced)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit()
        self.text.setEnabled(False)  # until the file is read
        self.text.setFont(QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family(),
                                self.font().pointSize()))
        self.text.setAccessibleName(self.tr("Rule file"))
        layout.addWidget(self.text, 1)
        self.errors = QLabel()
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #c62828;")
        layout.addWidget(self.errors)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        services, actor = ctx.services, ctx.actor
        ctx.ops.query(self, lambda: rules.rule_text(services, actor), self._loaded, self._refused)

    def _loaded(self, text: str) -> None:
        self.text.setPlainText(text)
        self.text.setEnabled(True)
        self.install_editor_keys()
        try:
            parse_profile(self.text.toPlainText())
        except ValidationError as exc:  # a newer version's file, say: the default is in force here meanwhile
            self._show(exc, self.tr("This version cannot read the office's rule file, so the default rules apply "
                                    "on this workstation until it is corrected:"))

    def _show(self, exc: ValidationError, heading: str) -> None:
        lines = [QCoreApplication.translate("Validation", "{field}: {message}").format(
            field=e.field, message=field_message(e)) for e in exc.errors]
        self.errors.setText(heading + "\n" + "\n".join(lines))

    def try_save(self) -> None:
        if not self.text.isEnabled():
            return  # not read yet: saving would overwrite the office's file with nothing
        services, actor, text = self.ctx.services, self.ctx.actor, self.text.toPlainText()
        self.ctx.ops.write(self, lambda: rules.save_rules(services, actor, text), lambda _: self.accept(),
                           self._refused)

    def _refused(self, failure: Failure) -> None:
        if isinstance(failure.error, ValidationError):
            self._show(failure.error, self.tr("Not saved:"))
        else:
            show_refusal(self.errors, failure.error)

"""Shared behaviour of record editors: Ctrl+Enter saves, Esc cancels (asking first if something was typed)."""

from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from duty_desk.domain.validation import ValidationError
from duty_desk.ui.context import UiContext
from duty_desk.ui.forms_support import show_errors, show_refusal
from duty_desk.ui.operations import Failure

T = TypeVar("T")


def _value(w: QWidget) -> object:
    if isinstance(w, QLineEdit):
        return w.text()
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    if isinstance(w, QComboBox):
        return w.currentText()
    if isinstance(w, QCheckBox):
        return w.isChecked()
    return None


class EditorDialog(QDialog):
    ctx: UiContext  # set by every editor
    _saving = False

    def save_with(self, save: Callable[[], T], widgets: Mapping[str, QWidget], label: QLabel,
                  names: Mapping[str, str], saved: Callable[[T], None] | None = None) -> None:
        """Run `save` (read every widget before: it runs off the GUI thread). Refused: the reasons beside the
        fields, and the form keeps everything typed. Saved: `saved(result)`, then the dialog closes. A second
        Ctrl+Enter while one save is under way does nothing (it would save the record twice)."""
        if self._saving:
            return
        self._saving = True

        def done(result: T) -> None:
            self._saving = False
            if saved is not None:
                saved(result)
            self.accept()

        def refused(failure: Failure) -> None:
            self._saving = False
            if isinstance(failure.error, ValidationError):
                show_errors(failure.error, widgets, label, names)
            else:
                show_refusal(label, failure.error)

        self.ctx.ops.write(self, save, done, refused)

    def install_editor_keys(self) -> None:
        """Call once the form is filled in: what is shown then counts as 'nothing typed'."""
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.try_save)
        self._initial = self._snapshot()

    def _snapshot(self) -> list[object]:
        editors = QLineEdit | QPlainTextEdit | QComboBox | QCheckBox
        return [_value(w) for w in self.findChildren(QWidget) if isinstance(w, editors)]

    def try_save(self) -> None:
        raise NotImplementedError

    def reject(self) -> None:
        if self._snapshot() != getattr(self, "_initial", None):
            answer = QMessageBox.question(self, self.tr("Discard changes?"),
                                          self.tr("You have typed changes that are not saved. Discard them?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

"""Shared behaviour of record editors: Ctrl+Enter saves, Esc cancels (asking first if something was typed)."""

from collections.abc import Callable, Mapping

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from duty_desk.domain.validation import ValidationError
from duty_desk.services.errors import PermissionDenied, StorageError
from duty_desk.ui.context import UiContext
from duty_desk.ui.forms_support import show_errors, show_refusal


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

    def save_with(self, save: Callable[[], object], widgets: Mapping[str, QWidget], label: QLabel,
                  names: Mapping[str, str], topic: str) -> bool:
        """Run `save`. Refused: the reasons beside the fields, and the form keeps everything typed.
        Saved: `topic` is announced to the panels and the dialog closes."""
        try:
            save()
        except ValidationError as exc:
            show_errors(exc, widgets, label, names)
            return False
        except (PermissionDenied, StorageError) as exc:
            show_refusal(label, exc)
            return False
        self.ctx.bus.data_changed.emit(topic)
        self.accept()
        return True

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

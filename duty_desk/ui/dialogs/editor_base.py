"""Shared behaviour of record editors: Ctrl+Enter saves, Esc cancels (asking first if something was typed)."""

from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from duty_desk.domain.validation import ValidationError
from duty_desk.ui.context import UiContext
from duty_desk.ui.focus_mark import FocusMark
from duty_desk.ui.forms_support import show_errors, show_refusal
from duty_desk.ui.operations import Failure
from duty_desk.ui.widgets import confirmed

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
    if isinstance(w, QDateTimeEdit):  # a time or a count put right is a change too
        return w.dateTime()
    if isinstance(w, QSpinBox):
        return w.value()
    return None


class EditorDialog(QDialog):
    ctx: UiContext  # set by every editor
    _saving = False
    enter_saves = False  # a dialog whose Enter is safe (it keeps what is shown) lets it press the default button

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

    def add_save_row(self, layout: QBoxLayout,
                     ok: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save) -> QDialogButtonBox:
        """Under the form: the line that gives the reasons for a refusal (`self.errors`), then Save (or OK) and
        Cancel, wired to try_save and reject."""
        self.errors = QLabel()
        self.errors.setWordWrap(True)
        layout.addWidget(self.errors)
        buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        return buttons

    def install_editor_keys(self) -> None:
        """Call once the form is filled in: what is shown then counts as 'nothing typed'."""
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.try_save)
        FocusMark(self)  # the field being typed into stands out
        self.mark_unchanged()

    def mark_unchanged(self) -> None:
        """What is shown now counts as 'nothing typed' (an editor that fills in a record after its form)."""
        self._initial = self._snapshot()

    def changed(self) -> bool:
        """Something was typed since the form was filled in."""
        return self._snapshot() != getattr(self, "_initial", None)

    def _snapshot(self) -> list[object]:
        editors = QLineEdit | QPlainTextEdit | QComboBox | QCheckBox | QDateTimeEdit | QSpinBox
        return [_value(w) for w in self.findChildren(QWidget) if isinstance(w, editors)]

    def try_save(self) -> None:
        raise NotImplementedError

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Only Ctrl+Enter saves: a plain Enter in a field would press the default button and save the form half
        typed (a call registered, a clock stopped). A focused button still takes its own Enter."""
        plain_enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if plain_enter and not self.enter_saves:
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self.changed() and not confirmed(
                self, self.tr("Discard changes?"), self.tr("You have typed changes that are not saved. Discard them?")):
            return  # Esc then Enter (or Esc again) goes back to the form
        super().reject()

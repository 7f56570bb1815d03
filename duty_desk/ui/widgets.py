"""Small pieces several screens share: a read-only record table, removal with confirmation, writing a file."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QMessageBox, QTableWidget, QWidget

from duty_desk.services import files
from duty_desk.ui.operations import Failure, Operations


def status_message(widget: QWidget, message: str) -> None:
    """A passing message in the status bar of the window the widget is in."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, 8000)


def literal(text: str) -> str:
    """Words for a tab, menu or button whose '&' is text, not the mnemonic marker Qt would hide."""
    return text.replace("&", "&&")


def key_text(key: str | QKeySequence) -> str:
    """A shortcut as its keys are printed on the keyboard ('Alt+Left', 'Ctrl+PgDown'), in either language: Qt's
    native text would say 'Alt+左方向' in the Chinese screens."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)


def record_table(headers: list[str], name: str) -> QTableWidget:
    """Whole-row, single selection, read-only, shaded rows; the last column takes the spare width."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setAccessibleName(name)
    return table


def confirmed(parent: QWidget, title: str, question: str) -> bool:
    """Yes or No, No the default and the Esc answer: an Enter pressed in a hurry never does the irreversible thing."""
    answer = QMessageBox.question(parent, title, question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def confirm_and_remove(parent: QWidget, ops: Operations, title: str, name: str, remove: Callable[[], None],
                       removed: Callable[[], None] | None = None) -> None:
    """Ask first; run `remove` as a write; `removed()` after, or the service's refusal shown in words."""
    question = QCoreApplication.translate("Removal", "Remove {name} from the directory?").format(name=name)
    if QMessageBox.question(parent, title, question) != QMessageBox.StandardButton.Yes:
        return

    def refused(failure: Failure) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("Removal", "Cannot remove"), failure.text)

    ops.write(parent, remove, lambda _: removed and removed(), refused)


def write_file(parent: QWidget, target: str, data: bytes) -> bool:
    """Write what the user chose to save; a failure is shown in words. True when written."""
    try:
        files.write_atomic(Path(target), data)  # whole or not at all: an earlier file survives a full disk
    except OSError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Files", "Not saved"), cannot_write(target, exc))
        return False
    return True


def cannot_write(target: str, exc: OSError) -> str:
    return QCoreApplication.translate("Files", "Cannot write {file}: {reason}").format(
        file=target, reason=exc.strerror or exc)

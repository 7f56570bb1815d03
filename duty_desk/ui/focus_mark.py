"""Which field has the focus, marked in every form: its background tinted while it holds the focus. A palette
change, not a style sheet: a style sheet on a field replaces its whole drawing (and its size) under Fusion."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

TINT = QColor("#fff8d6")  # a pale yellow, readable under black text in both themes' light variant
EDITORS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)


class FocusMark(QObject):
    def __init__(self, form: QWidget) -> None:
        super().__init__(form)
        self.before: dict[QWidget, QPalette] = {}
        for widget in form.findChildren(QWidget):
            if isinstance(widget, EDITORS) and not (isinstance(widget, QLineEdit)
                                                    and isinstance(widget.parent(), QAbstractSpinBox | QComboBox)):
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget) and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            if event.type() == QEvent.Type.FocusIn:
                self.before.setdefault(watched, QPalette(watched.palette()))
                tinted = QPalette(watched.palette())
                tinted.setColor(QPalette.ColorRole.Base, TINT)
                watched.setPalette(tinted)
            elif watched in self.before:
                watched.setPalette(self.before.pop(watched))
        return False

"""What every panel shares: a header with title, search box and primary action; an honest empty state."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from duty_desk.services.attention import AttentionItem
from duty_desk.services.roster import DutyRow
from duty_desk.ui.context import UiContext
from duty_desk.ui.widgets import key_text, status_message


class EmptyState(QLabel):
    """Says what a list is for and what to do, instead of a blank area."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setObjectName("emptyState")
        self.setStyleSheet("#emptyState { color: palette(placeholder-text); padding: 40px; font-size: 11pt; }")


class Panel(QWidget):
    """Subclasses set `title` and fill `self.body`; `search` and `primary` are optional header parts."""

    record_requested = Signal(str, str)  # record kind, id: the window shows it in the panel that opens it

    def __init__(self, ctx: UiContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = title
        self.search: QLineEdit | None = None
        self.primary: QPushButton | None = None
        outer = QVBoxLayout(self)
        self.header = QHBoxLayout()
        heading = QLabel(title)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        heading.setAccessibleName(title)
        self.header.addWidget(heading)
        self.header.addStretch(1)
        outer.addLayout(self.header)
        self.body = QVBoxLayout()
        outer.addLayout(self.body, 1)

    def add_search(self, placeholder: str) -> QLineEdit:
        self.search = QLineEdit()
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setMinimumWidth(280)
        clear = QAction(self.search)  # Esc empties the box, as in a browser's find bar; the focus stays in it
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.search.clear)
        self.search.addAction(clear)
        self.header.insertWidget(1, self.search, 2)
        return self.search

    def add_primary(self, text: str, shortcut: str) -> QPushButton:
        """The panel's one primary action, its shortcut shown on the button."""
        seq = QKeySequence(shortcut)
        self.primary = QPushButton(f"{text}  {key_text(seq)}")
        self.primary.setShortcut(seq)
        self.primary.setAccessibleName(text)
        self.primary.setDefault(False)
        self.header.addWidget(self.primary)
        return self.primary

    def focus_search(self) -> None:
        if self.search is not None:
            self.search.setFocus()
            self.search.selectAll()

    def notify(self, message: str) -> None:
        """A passing message in the window's status bar."""
        status_message(self, message)

    def refresh(self) -> None:
        """Reload from the services; called when shown and when data changes."""

    def open_record(self, kind: str, record_id: str) -> None:
        """Show one record of a kind this panel registered that it opens."""

    def show_attention(self, items: list[AttentionItem]) -> None:
        """Everything that needs attention now, from every source the actor may see."""

    def show_on_duty(self, now: list[DutyRow], upcoming: list[DutyRow]) -> None:
        """Who is on duty now and next."""

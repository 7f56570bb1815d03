"""One page of a panel that keeps several (the escalations panel's escalations, instructions, written reports and
whereabouts): each page loads itself, filters by the panel's search text and opens its own records."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from duty_desk.services.attention import AttentionItem
from duty_desk.ui.context import UiContext
from duty_desk.ui.widgets import status_message


class PanelTab(QWidget):
    record_requested = Signal(str, str)  # record kind, id: shown by the panel that opens it (an incident)

    kinds: frozenset[str] = frozenset()  # record kinds whose changes reload the page
    opens: frozenset[str] = frozenset()  # record kinds it can show when an attention item is clicked

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 4, 0, 0)

    def title(self) -> str:
        """The page's name on its tab, in the interface language."""
        raise NotImplementedError

    def notify(self, message: str) -> None:
        """A passing message in the window's status bar (a page's own label is reloaded with the page)."""
        status_message(self, message)

    def refresh(self) -> None:
        """Reload from the services (off the GUI thread, through ctx.ops)."""

    def set_search(self, text: str) -> None:
        """The panel's search text: show only what matches it."""

    def open_record(self, kind: str, record_id: str) -> None:
        """Show one record of a kind in `opens`."""

    def show_attention(self, items: list[AttentionItem]) -> None:
        """Everything that needs attention now (the countdowns read it)."""

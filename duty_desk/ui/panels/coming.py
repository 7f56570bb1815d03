"""Panels whose capability arrives with a later release: their layout, and an honest word on what to do now."""

from PySide6.QtWidgets import QWidget

from duty_desk.ui.context import UiContext
from duty_desk.ui.panels.base import EmptyState, Panel


class ComingPanel(Panel):
    def __init__(self, ctx: UiContext, title: str, purpose: str, meanwhile: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, title, parent)
        self.add_search(self.tr("Search"))
        assert self.search is not None
        self.search.setEnabled(False)
        self.message = EmptyState(f"{purpose}\n\n{meanwhile}")
        self.body.addWidget(self.message, 1)


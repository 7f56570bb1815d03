"""The page of escalations in progress: a placeholder until it is built."""

from PySide6.QtWidgets import QWidget

from duty_desk.ui.context import UiContext
from duty_desk.ui.panels.base import EmptyState
from duty_desk.ui.panels.tabs import PanelTab


class EscalationTab(PanelTab):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.body.addWidget(EmptyState(self.tr("Not built yet.")), 1)

    def title(self) -> str:
        return self.tr("Escalations")

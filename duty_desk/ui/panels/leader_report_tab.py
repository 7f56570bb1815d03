"""The page of written reports to leaders (呈报单): a placeholder until it is built."""

from PySide6.QtWidgets import QWidget

from duty_desk.ui.context import UiContext
from duty_desk.ui.panels.base import EmptyState
from duty_desk.ui.panels.tabs import PanelTab


class LeaderReportTab(PanelTab):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.body.addWidget(EmptyState(self.tr("Not built yet.")), 1)

    def title(self) -> str:
        return self.tr("Written reports")

"""Escalations & instructions: escalations in progress, leaders' instructions and the tasks that follow them,
written reports to leaders, and the leaders' whereabouts, one page each under one search box."""

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QTabWidget, QWidget

from duty_desk.domain.changes import ChangeSet
from duty_desk.domain.deadline import DeadlineState
from duty_desk.domain.escalation import DueKind
from duty_desk.domain.roles import Action
from duty_desk.services import escalation_attention, supervision_attention
from duty_desk.services.attention import AttentionItem
from duty_desk.ui import incident_labels as L
from duty_desk.ui.context import UiContext
from duty_desk.ui.panel_registry import PanelSpec, register
from duty_desk.ui.panels.base import Panel
from duty_desk.ui.panels.escalation_tab import EscalationTab
from duty_desk.ui.panels.instruction_tab import InstructionTab
from duty_desk.ui.panels.leader_report_tab import LeaderReportTab
from duty_desk.ui.panels.tabs import PanelTab
from duty_desk.ui.panels.whereabouts_tab import WhereaboutsTab
from duty_desk.ui.widgets import literal

PAGES: tuple[type[PanelTab], ...] = (EscalationTab, InstructionTab, LeaderReportTab, WhereaboutsTab)


class EscalationsPanel(Panel):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Escalations & instructions"), parent)
        search = self.add_search(self.tr("Search instructions, leaders, departments…"))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.pages = [page(ctx) for page in PAGES]
        for page in self.pages:
            self.tabs.addTab(page, literal(page.title()))
            page.record_requested.connect(self.record_requested)
        self.body.addWidget(self.tabs, 1)
        search.textChanged.connect(self._search)
        self.tabs.currentChanged.connect(lambda _i: self.focus_list())
        ctx.bus.changed.connect(self._on_changed)  # a bound slot: disconnected when the panel goes

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.focus_list()

    def focus_list(self) -> None:
        """The keys act on the page's list at once (Enter records an attempt): the focus goes to it."""
        lists = [w for w in self.tabs.currentWidget().findChildren(QAbstractItemView) if w.isVisibleTo(self)]
        if lists:
            lists[0].setFocus()

    def _search(self, text: str) -> None:
        for page in self.pages:
            page.set_search(text)

    def refresh(self) -> None:
        for page in self.pages:
            page.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        for page in self.pages:
            if changes.touches(page.kinds):
                page.refresh()

    def open_record(self, kind: str, record_id: str) -> None:
        page = next((p for p in self.pages if kind in p.opens), None)
        if page is not None:
            self.tabs.setCurrentWidget(page)
            page.open_record(kind, record_id)

    def show_attention(self, items: list[AttentionItem]) -> None:
        for page in self.pages:
            page.show_attention(items)


def _due_text(item: AttentionItem, now: datetime) -> str:
    """What is due, in the panel's words: a step to take, a call to make again, a department's feedback."""
    late = item.deadline.state(now) is DeadlineState.OVERDUE
    time = L.duration(item.deadline.seconds_left(now))
    if item.source == supervision_attention.SOURCE:
        text = (QT_TRANSLATE_NOOP("EscalationsPanel", "✖ feedback overdue {time}") if late
                else QT_TRANSLATE_NOOP("EscalationsPanel", "▲ feedback due in {time}"))
    elif item.subject is DueKind.REMINDER:
        text = (QT_TRANSLATE_NOOP("EscalationsPanel", "✖ call again: overdue {time}") if late
                else QT_TRANSLATE_NOOP("EscalationsPanel", "▲ call again in {time}"))
    else:
        text = (QT_TRANSLATE_NOOP("EscalationsPanel", "✖ escalation step overdue {time}") if late
                else QT_TRANSLATE_NOOP("EscalationsPanel", "▲ escalation step due in {time}"))
    return QCoreApplication.translate("EscalationsPanel", str(text)).format(time=time)


register(PanelSpec("escalations", 50, "escalations", EscalationsPanel, Action.VIEW_ESCALATIONS,
                   badge_sources=(escalation_attention.SOURCE, supervision_attention.SOURCE), describe=_due_text,
                   opens=frozenset().union(*(page.opens for page in PAGES))))

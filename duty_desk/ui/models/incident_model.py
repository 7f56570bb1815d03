"""The incident list, fetched a page at a time as the view scrolls; clocks are recomputed from cached rows."""

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from duty_desk.domain.deadline import DeadlineState
from duty_desk.domain.deadlines import Clock, Profile
from duty_desk.domain.incident_query import IncidentQuery, SortKey
from duty_desk.domain.places import district_name
from duty_desk.domain.timefmt import format_beijing, utcnow
from duty_desk.services import incident_list
from duty_desk.services.context import Actor, Services
from duty_desk.services.incident_list import IncidentRow
from duty_desk.ui import incident_labels as L
from duty_desk.ui.i18n import is_chinese
from duty_desk.ui.models.paged import Index, PagedModel
from duty_desk.ui.operations import Operations

DEADLINE = 3  # the column whose text moves with the clock
# Header column -> the order it sorts by; the deadline column sorts by urgency, the summary not at all.
SORT_KEYS = {0: SortKey.NUMBER, 1: SortKey.RECEIVED, 2: SortKey.SEVERITY, DEADLINE: SortKey.URGENCY,
             4: SortKey.STATUS, 5: SortKey.DISTRICT}


def next_clock(clocks: list[Clock]) -> tuple[Clock, DeadlineState] | None:
    """The clock that matters most now: overdue first, then the soonest due."""
    now = utcnow()
    running = [(c, c.state(now)) for c in clocks]
    running = [(c, s) for c, s in running if s is not DeadlineState.DONE]
    return min(running, key=lambda cs: cs[0].due) if running else None


class IncidentModel(PagedModel[IncidentRow]):
    def __init__(self, ops: Operations, services: Services, actor: Actor, profile: Profile,
                 parent: QObject | None = None) -> None:
        super().__init__(ops, parent)
        self.services, self.actor, self.profile = services, actor, profile
        self.query = IncidentQuery()  # filters and order; `only` holds a search's hits
        self.marked: dict[str, str] = {}  # incident id -> the matching text, the match in 【】

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Number"), self.tr("Received"), self.tr("Severity"), self.tr("Next deadline"),
                self.tr("Status"), self.tr("District"), self.tr("Summary"))

    def page(self, offset: int, limit: int) -> Callable[[], list[IncidentRow]]:
        services, actor, profile, query = self.services, self.actor, self.profile, self.query
        return lambda: incident_list.list_with_clocks(services, actor, profile, query, limit, offset)

    def set_sort(self, column: int, order: Qt.SortOrder) -> None:
        """Order by a header column (the next reload shows it); the summary column keeps the order it had."""
        key = SORT_KEYS.get(column)
        if key is not None:
            descending = order == Qt.SortOrder.DescendingOrder and key is not SortKey.URGENCY
            self.query = replace(self.query, sort=key, descending=descending)

    def sort_column(self) -> int:
        return next(c for c, k in SORT_KEYS.items() if k is self.query.sort)

    def tick(self) -> None:
        """Countdowns move: repaint the deadline column only."""
        if self.rows:
            self.dataChanged.emit(self.index(0, DEADLINE), self.index(len(self.rows) - 1, DEADLINE))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        d = row.view.data
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return row.view.id
        if column == DEADLINE and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole):
            if row.duplicate_of:  # its clocks are its original's, counted there once
                return self.tr("Duplicate of {number}").format(number=row.duplicate_of) \
                    if role == Qt.ItemDataRole.DisplayRole else None
            found = next_clock(row.clocks)
            if found is None:
                return "—" if role == Qt.ItemDataRole.DisplayRole else None
            clock, state = found
            if role == Qt.ItemDataRole.ForegroundRole:
                colour = L.CLOCK_COLOUR[state]
                return QBrush(QColor(colour)) if colour else None
            return L.clock_text(clock.kind, state, clock.seconds_left(utcnow()))
        if column == 2 and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(L.SEVERITY_COLOUR[d.severity]))
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        drill = self.tr("[DRILL] ") if d.drill else ""
        text = self.marked.get(row.view.id) or d.summary
        values = (drill + row.view.number, format_beijing(d.received_at), L.severity(d.severity), None,
                  L.status(row.view.status), district_name(d.district_code, is_chinese()) if d.district_code else "",
                  drill + text.replace("\n", " "))
        return values[column]

"""The audit trail, fetched a page at a time as the view scrolls (canFetchMore/fetchMore)."""

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt

from duty_desk.domain.audit_actions import AuditAction
from duty_desk.domain.timefmt import format_beijing
from duty_desk.domain.vocabulary import label
from duty_desk.services import audit
from duty_desk.services.context import Actor, Services
from duty_desk.ui.i18n import language
from duty_desk.ui.models.paged import Index, PagedModel
from duty_desk.ui.operations import Operations

_FIRST = ("name", "username", "title", "role")


def _fields(text: str, compact: bool = False) -> str:
    """Naming fields first. `compact` (a new record's whole snapshot) leaves out empty and false values;
    an edit's entry holds only what changed, so there every value is shown."""
    if not text:
        return ""
    data = json.loads(text)
    keys = sorted(data, key=lambda k: (k not in _FIRST, _FIRST.index(k) if k in _FIRST else 0, k))
    return ", ".join(f"{k}={data[k]}" for k in keys if not compact or data[k] not in ("", None, False))


class AuditModel(PagedModel[audit.EntryView]):
    def __init__(self, ops: Operations, services: Services, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(ops, parent)
        self.services = services
        self.actor = actor
        self.filter = ""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("Record"), self.tr("Before"),
                self.tr("After"), self.tr("Workstation"))

    def page(self, offset: int, limit: int) -> Callable[[], list[audit.EntryView]]:
        services, actor, text = self.services, self.actor, self.filter
        return lambda: audit.entries(services, actor, limit, offset, text)

    def set_filter(self, text: str) -> None:
        self.filter = text
        self.reload()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        e = self.rows[index.row()]
        # The tail of a UUIDv7 is its random part; the head is a timestamp shared by neighbours.
        action = label(AuditAction(e.action), language()) if e.action in set(AuditAction) else e.action
        return (format_beijing(e.at), e.actor_name, action, f"{e.entity} …{e.entity_id[-6:]}", _fields(e.before),
                _fields(e.after, compact=not e.before), f"…{e.origin_site[-6:]}")[index.column()]

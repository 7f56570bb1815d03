"""Audit entries hold snapshots of any record: only those who may read the audit trail see a refused one."""

from duty_desk.domain.roles import Action
from duty_desk.services.sync_policy import SyncPolicy, declare
from duty_desk.storage.models import AuditEntry

declare(SyncPolicy(AuditEntry, Action.VIEW_AUDIT, Action.VIEW_AUDIT,
                   lambda _s, entry: f"{entry.actor_name} {entry.action} {entry.entity}"))

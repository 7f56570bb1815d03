"""Workstations' public audit keys: seen, like the trail they check, by those who may read the audit trail."""

from duty_desk.domain.roles import Action
from duty_desk.services.sync_policy import SyncPolicy, declare
from duty_desk.storage.models import AuditKey

declare(SyncPolicy(AuditKey, Action.VIEW_AUDIT, Action.VIEW_AUDIT,
                   lambda _s, key: f"audit key of workstation …{key.origin_site[-8:]} from #{key.from_seq}"))

"""Conflict records themselves (two workstations closing one differently) hold values of any record kind."""

from duty_desk.domain.roles import Action
from duty_desk.services.sync_policy import SyncPolicy, declare
from duty_desk.storage.models import SyncConflict

declare(SyncPolicy(SyncConflict, Action.RESOLVE_CONFLICTS, Action.RESOLVE_CONFLICTS,
                   lambda _s, conflict: f"{conflict.record_table} {conflict.field}"))

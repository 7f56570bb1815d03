"""Workflow events: each a state change of another record, named by it. Append-only, so only refused changes
show; the view is the strictest of the records' today (incidents'), as for attachments."""

from sqlalchemy.orm import Session

from duty_desk.domain.roles import Action
from duty_desk.services.sync_policy import SyncPolicy, declare, label_of
from duty_desk.storage.models.workflow import WorkflowEvent


def _label(session: Session, event: WorkflowEvent) -> str:
    return f"{label_of(session, event.record_kind, event.record_id)} → {event.to_state}"


declare(SyncPolicy(WorkflowEvent, Action.VIEW_INCIDENTS, Action.RESOLVE_CONFLICTS, _label))

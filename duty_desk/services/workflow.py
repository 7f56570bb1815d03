"""Taking a workflow step: checked against the record's folded state, appended as an event, cached on the record.
Called inside the caller's write transaction; the caller checks the permission and writes its audit entry."""

from enum import StrEnum

from sqlalchemy.orm import Session

from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.workflow import Event
from duty_desk.services.context import Actor
from duty_desk.services.permission import internal
from duty_desk.storage import workflow
from duty_desk.storage.base import SyncedBase
from duty_desk.storage.models import WorkflowEvent


@internal
def state_of(session: Session, record: SyncedBase) -> StrEnum:
    flow = workflow.workflow_of(type(record))
    events = workflow.events_of(session, flow.kind, [record.id]).get(record.id, [])
    state: StrEnum = flow.machine.fold(events, getattr(record, flow.column))
    return state


@internal
def history(session: Session, record: SyncedBase) -> list[Event]:
    """The transitions that took effect, in fold order (one superseded by a concurrent one is left out)."""
    flow = workflow.workflow_of(type(record))
    events = workflow.events_of(session, flow.kind, [record.id]).get(record.id, [])
    return flow.machine.replay(events, getattr(record, flow.column))[1]


@internal
def step(session: Session, actor: Actor, record: SyncedBase, transition: str, reason: str = "") -> StrEnum:
    """Take `transition` now (ValidationError with the reason when it may not be); returns the new state."""
    flow = workflow.workflow_of(type(record))
    current = state_of(session, record)
    target: StrEnum = flow.machine.check(current, transition, reason).target
    row = WorkflowEvent(record_kind=flow.kind, record_id=record.id, transition=transition, from_state=current.value,
                        to_state=target.value, reason=reason, actor=actor.display_name[:100], at=utcnow())
    session.add(row)
    session.flush()  # stamped now, so the fold below sees the event in its place
    workflow.apply_state(flow, record, workflow.events_of(session, flow.kind, [record.id])[record.id])
    return target

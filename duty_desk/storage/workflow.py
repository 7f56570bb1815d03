"""Which records move through workflow states, their stored events, and re-folding a record's cached state.

A model declares its workflow once (`declare(Incident, "status", INCIDENT_STATUS, reason_column=...)`); the
services append transitions through services.workflow, and the sync client re-folds after applying rows.
"""

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from duty_desk.domain.workflow import Event, StateMachine
from duty_desk.storage.base import SyncedBase
from duty_desk.storage.models.sync import SyncConflict
from duty_desk.storage.models.workflow import WorkflowEvent


@dataclass(frozen=True)
class Workflow:
    model: type[SyncedBase]
    column: str  # caches the folded state, for lists and filters
    machine: StateMachine[Any]
    reason_column: str | None = None  # caches the reason of the transition that took effect last

    @property
    def kind(self) -> str:
        return str(self.model.__tablename__)


_WORKFLOWS: dict[str, Workflow] = {}


def declare(model: type[SyncedBase], column: str, machine: StateMachine[Any],
            reason_column: str | None = None) -> Workflow:
    workflow = Workflow(model, column, machine, reason_column)
    _WORKFLOWS[workflow.kind] = workflow
    return workflow


def workflow_of(model: type[SyncedBase]) -> Workflow:
    return _WORKFLOWS[model.__tablename__]


def event_of(row: WorkflowEvent) -> Event:
    return Event(row.id, row.hlc, row.origin_site, row.transition, row.from_state, row.to_state, row.at,
                 row.reason, row.actor)


def events_of(session: Session, kind: str, record_ids: Iterable[str]) -> dict[str, list[Event]]:
    out: dict[str, list[Event]] = {}
    ids = list(record_ids)
    for start in range(0, len(ids), 500):  # bounded IN lists
        query = select(WorkflowEvent).where(WorkflowEvent.record_kind == kind, WorkflowEvent.deleted.is_(False),
                                            WorkflowEvent.record_id.in_(ids[start:start + 500]))
        for row in session.scalars(query):
            out.setdefault(row.record_id, []).append(event_of(row))
    return out


def apply_state(workflow: Workflow, record: SyncedBase, events: list[Event]) -> None:
    """Set the record's cached columns to the fold of its events (unchanged values are left alone)."""
    state, applied = workflow.machine.replay(events, getattr(record, workflow.column))
    if getattr(record, workflow.column) != state:
        setattr(record, workflow.column, state)
    if workflow.reason_column and applied and getattr(record, workflow.reason_column) != applied[-1].reason:
        setattr(record, workflow.reason_column, applied[-1].reason)


def refold(session: Session, arrived: Mapping[str, Collection[str]]) -> None:
    """After rows arrived from the server: re-fold every record whose events or own row arrived, so each
    workstation caches the same state whatever order the events came in."""
    touched: dict[str, set[str]] = {kind: set(arrived.get(kind, ())) for kind in _WORKFLOWS}
    event_ids = list(arrived.get(WorkflowEvent.__tablename__, ()))
    for start in range(0, len(event_ids), 500):
        for kind, record_id in session.execute(select(WorkflowEvent.record_kind, WorkflowEvent.record_id).where(
                WorkflowEvent.id.in_(event_ids[start:start + 500]))):
            touched.setdefault(kind, set()).add(record_id)
    for kind, ids in touched.items():
        workflow = _WORKFLOWS.get(kind)
        if workflow is None or not ids:
            continue  # events of a kind this (older) client does not know wait for an upgrade
        events = events_of(session, kind, ids)
        for record_id, record_events in events.items():
            record = session.get(workflow.model, record_id)
            if record is not None:
                apply_state(workflow, record, record_events)
    _close_decided(session, list(arrived.get(SyncConflict.__tablename__, ())))
    session.flush()


def _close_decided(session: Session, conflict_ids: list[str]) -> None:
    """Two offline transitions both edit the cached columns, so the server keeps a conflict on them; the fold has
    decided it already (the events all survive), so it is closed as it arrives, never offered to a person."""
    for start in range(0, len(conflict_ids), 500):
        batch = conflict_ids[start:start + 500]
        for conflict in session.scalars(select(SyncConflict).where(SyncConflict.id.in_(batch),
                                                                   SyncConflict.resolved.is_(False))):
            workflow = _WORKFLOWS.get(conflict.record_table)
            if workflow is not None and conflict.field in (workflow.column, workflow.reason_column):
                conflict.resolved = True
                conflict.resolved_by = "workflow"

"""Workflow events: each state transition of any record (an incident's status, a swap's approval…), append-only.
The record's current state is their fold (domain.workflow); a column on the record caches it for lists."""

from datetime import datetime
from typing import ClassVar

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from duty_desk.storage.base import SyncedBase
from duty_desk.storage.types import FREE_TEXT, UTCDateTime, rules


class WorkflowEvent(SyncedBase):
    __tablename__ = "workflow_events"
    __append_only__: ClassVar[bool] = True
    __table_args__ = (Index("ix_workflow_events_record", "record_kind", "record_id"),)

    record_kind: Mapped[str] = mapped_column(String(40))  # the record's table, e.g. "incidents"
    record_id: Mapped[str] = mapped_column(String(36))
    transition: Mapped[str] = mapped_column(String(40))
    from_state: Mapped[str] = mapped_column(String(20))  # the state the actor saw
    to_state: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="", info=rules(max_length=FREE_TEXT))
    actor: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(UTCDateTime())

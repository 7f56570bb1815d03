"""Escalations of incidents to the leaders (逐级呈报): the escalation (its progress cached for lists and the
attention tick) and its attempts, history by nature (append-only: two workstations' attempts never conflict)."""

from datetime import datetime
from typing import ClassVar

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from duty_desk.domain.escalation import AttemptKind, DueKind, EscalationState, Means, Outcome
from duty_desk.storage.base import SyncedBase
from duty_desk.storage.types import FREE_TEXT, StrEnumType, UTCDateTime, rules


class Escalation(SyncedBase):
    """The cached columns are the fold of the attempts under the policy for the incident's current severity
    (services.escalations.refold): every workstation computes the same values, and re-folds after a sync."""

    __tablename__ = "escalations"
    # The attention tick reads the few escalations in progress whose next time is near, from this index alone.
    __table_args__ = (Index("ix_escalations_state_next_due", "state", "next_due"),)

    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.id"), index=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    started_by: Mapped[str] = mapped_column(String(100))
    state: Mapped[EscalationState] = mapped_column(StrEnumType(EscalationState, 12),
                                                   default=EscalationState.IN_PROGRESS)
    step_no: Mapped[int] = mapped_column(Integer, default=0, info=rules(minimum=0))  # the step due now, from 1
    steps: Mapped[int] = mapped_column(Integer, default=0, info=rules(minimum=0))  # in the plan
    step_key: Mapped[str] = mapped_column(String(80), default="")
    next_due: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    due_kind: Mapped[DueKind] = mapped_column(StrEnumType(DueKind, 12), default=DueKind.STEP)


class EscalationAttempt(SyncedBase):
    """A call, a visit, a skip, a going-on or a decision that a step is not needed. `named_*` is whom the step
    named at that moment (the leader on duty), `reached_*` whom the officer actually called (the acting one)."""

    __tablename__ = "escalation_attempts"
    __append_only__: ClassVar[bool] = True

    escalation_id: Mapped[str] = mapped_column(ForeignKey("escalations.id"), index=True)
    step_key: Mapped[str] = mapped_column(String(80))
    step_no: Mapped[int] = mapped_column(Integer, info=rules(minimum=0))
    kind: Mapped[AttemptKind] = mapped_column(StrEnumType(AttemptKind, 12))
    outcome: Mapped[Outcome | None] = mapped_column(StrEnumType(Outcome, 12), default=None)
    means: Mapped[Means | None] = mapped_column(StrEnumType(Means, 12), default=None)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    named_id: Mapped[str] = mapped_column(String(36), default="")  # a person's or an organisation's id
    named_name: Mapped[str] = mapped_column(String(100), default="")
    reached_id: Mapped[str] = mapped_column(String(36), default="")
    reached_name: Mapped[str] = mapped_column(String(100), default="")
    reason: Mapped[str] = mapped_column(Text, default="", info=rules(max_length=FREE_TEXT))
    recorded_by: Mapped[str] = mapped_column(String(100))

"""Leaders' instructions (批示, history by nature: a correction is a new record naming the one it corrects) and
the supervision tasks (督办) issued from them: the task's fields are editable, its state is the fold of its
workflow events; receipts, feedback reports and chases (催办) are append-only."""

from datetime import datetime
from typing import ClassVar

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from duty_desk.domain.supervision import (
    SUBJECT_LIMIT,
    TASK_FLOW,
    TEXT_LIMIT,
    Channel,
    ChaseMeans,
    ChaseOutcome,
    ReplyKind,
    TaskState,
)
from duty_desk.storage import workflow
from duty_desk.storage.base import SyncedBase
from duty_desk.storage.types import StrEnumType, UTCDateTime, rules


class Instruction(SyncedBase):
    __tablename__ = "instructions"
    __append_only__: ClassVar[bool] = True

    leader_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    given_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    channel: Mapped[Channel] = mapped_column(StrEnumType(Channel, 20))
    text: Mapped[str] = mapped_column(Text, info=rules(max_length=TEXT_LIMIT))  # verbatim
    subject: Mapped[str] = mapped_column(String(SUBJECT_LIMIT), default="")  # the matter, e.g. the document
    incident_id: Mapped[str | None] = mapped_column(ForeignKey("incidents.id"), default=None, index=True)
    corrects_id: Mapped[str | None] = mapped_column(ForeignKey("instructions.id"), default=None, index=True)
    recorded_by: Mapped[str] = mapped_column(String(100))


class SupervisionTask(SyncedBase):
    __tablename__ = "supervision_tasks"
    # Open tasks by their feedback deadline: what the attention source and the list read.
    __table_args__ = (Index("ix_supervision_tasks_state_feedback_by", "state", "feedback_by"),)

    instruction_id: Mapped[str] = mapped_column(ForeignKey("instructions.id"), index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    handle_by: Mapped[datetime] = mapped_column(UTCDateTime())
    feedback_by: Mapped[datetime] = mapped_column(UTCDateTime())
    contact_name: Mapped[str] = mapped_column(String(50), default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
    text: Mapped[str] = mapped_column(Text, info=rules(max_length=TEXT_LIMIT))  # the instruction, as sent
    issued_by: Mapped[str] = mapped_column(String(100))
    state: Mapped[TaskState] = mapped_column(StrEnumType(TaskState, 12), default=TaskState.ISSUED)
    state_reason: Mapped[str] = mapped_column(Text, default="", info=rules(max_length=TEXT_LIMIT))


workflow.declare(SupervisionTask, "state", TASK_FLOW, reason_column="state_reason")


class SupervisionReply(SyncedBase):
    """The department's receipt (who acknowledged it) or feedback report (its text; files attached to it)."""

    __tablename__ = "supervision_replies"
    __append_only__: ClassVar[bool] = True

    task_id: Mapped[str] = mapped_column(ForeignKey("supervision_tasks.id"), index=True)
    kind: Mapped[ReplyKind] = mapped_column(StrEnumType(ReplyKind, 12))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    person: Mapped[str] = mapped_column(String(50), default="")  # who acknowledged or reported
    text: Mapped[str] = mapped_column(Text, default="", info=rules(max_length=TEXT_LIMIT))
    recorded_by: Mapped[str] = mapped_column(String(100))


class SupervisionChase(SyncedBase):
    """One attempt at chasing a department (催办)."""

    __tablename__ = "supervision_chases"
    __append_only__: ClassVar[bool] = True

    task_id: Mapped[str] = mapped_column(ForeignKey("supervision_tasks.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    means: Mapped[ChaseMeans] = mapped_column(StrEnumType(ChaseMeans, 20))
    whom: Mapped[str] = mapped_column(String(100))
    outcome: Mapped[ChaseOutcome] = mapped_column(StrEnumType(ChaseOutcome, 20))
    note: Mapped[str] = mapped_column(Text, default="", info=rules(max_length=TEXT_LIMIT))
    recorded_by: Mapped[str] = mapped_column(String(100))

"""The roster: shift patterns, duties (one person on one position for one shift), leave and unavailability,
swap requests, and the duty officers' sign-in and sign-out (接班/交班). People come from the directory."""

from datetime import datetime
from typing import ClassVar

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from duty_desk.domain.roster import SWAP_APPROVAL, Position, SignKind, SwapState
from duty_desk.storage import workflow
from duty_desk.storage.base import SyncedBase
from duty_desk.storage.types import StrEnumType, UTCDateTime, rules


class RosterPattern(SyncedBase):
    __tablename__ = "roster_patterns"

    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(12))  # "24h" | "day_night"
    handoff: Mapped[str] = mapped_column(String(5))  # Beijing time the first shift opens, "08:30"
    officers: Mapped[int] = mapped_column(Integer, default=2, info=rules(minimum=1, maximum=20))
    leader: Mapped[bool] = mapped_column(Boolean, default=True)
    secretary_general: Mapped[bool] = mapped_column(Boolean, default=False)


class RosterDuty(SyncedBase):
    """Editable: replacing the person is a field change, so two workstations doing it offline leave a conflict."""

    __tablename__ = "roster_duties"
    __table_args__ = (Index("ix_roster_duties_starts_at", "starts_at"),)

    pattern_id: Mapped[str] = mapped_column(ForeignKey("roster_patterns.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    position: Mapped[str] = mapped_column(String(20), info=rules(enum=Position))
    day: Mapped[str] = mapped_column(String(10))  # the Beijing day the shift opens, YYYY-MM-DD
    shift: Mapped[str] = mapped_column(String(10))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())


class RosterAbsence(SyncedBase):
    __tablename__ = "roster_absences"

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reason: Mapped[str] = mapped_column(String(200), default="")


class RosterSwap(SyncedBase):
    """Two officers ask to swap duties; a shift leader approves (the duties' people change) or refuses."""

    __tablename__ = "roster_swaps"

    duty_a_id: Mapped[str] = mapped_column(ForeignKey("roster_duties.id"))
    duty_b_id: Mapped[str] = mapped_column(ForeignKey("roster_duties.id"))
    requested_by: Mapped[str] = mapped_column(String(100))
    status: Mapped[SwapState] = mapped_column(StrEnumType(SwapState, 12), default=SwapState.PENDING)
    decided_by: Mapped[str] = mapped_column(String(100), default="")
    reason: Mapped[str] = mapped_column(String(200), default="")


workflow.declare(RosterSwap, "status", SWAP_APPROVAL)


class DutySignEvent(SyncedBase):
    __tablename__ = "roster_sign_events"
    __append_only__: ClassVar[bool] = True

    duty_id: Mapped[str] = mapped_column(ForeignKey("roster_duties.id"), index=True)
    kind: Mapped[SignKind] = mapped_column(StrEnumType(SignKind, 10))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by: Mapped[str] = mapped_column(String(100))

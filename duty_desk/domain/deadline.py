"""A deadline any record can carry: when it is due, how long before that it counts as due soon, and whether it
has been met. Incidents' reporting clocks are deadlines; so will be escalations, supervision tasks and handovers."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from duty_desk.domain.timefmt import as_utc


class DeadlineState(StrEnum):
    PENDING = "pending"
    DUE_SOON = "due_soon"  # amber
    OVERDUE = "overdue"  # red
    DONE = "done"


@dataclass(frozen=True)
class Deadline:
    due: datetime
    soon: timedelta  # the due-soon window before `due`
    done_at: datetime | None = None

    def state(self, now: datetime) -> DeadlineState:
        if self.done_at is not None:
            return DeadlineState.DONE
        left = as_utc(self.due) - as_utc(now)
        if left < timedelta(0):
            return DeadlineState.OVERDUE
        return DeadlineState.DUE_SOON if left <= self.soon else DeadlineState.PENDING

    def seconds_left(self, now: datetime) -> float:
        """Negative once overdue."""
        return (as_utc(self.due) - as_utc(now)).total_seconds()

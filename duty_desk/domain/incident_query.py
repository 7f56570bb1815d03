"""What the incident list shows: its filters and its order."""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from duty_desk.domain.incidents import Category, Severity, Status
from duty_desk.domain.places import DISTRICT_CODES
from duty_desk.domain.timefmt import as_utc
from duty_desk.domain.validation import FieldError, ValidationError


class SortKey(StrEnum):
    URGENCY = "urgency"  # open incidents by their next deadline (overdue first), then closed ones newest first
    NUMBER = "number"
    RECEIVED = "received"
    SEVERITY = "severity"
    STATUS = "status"
    DISTRICT = "district"


@dataclass(frozen=True)
class IncidentQuery:
    statuses: frozenset[Status] = frozenset()  # empty: every status
    severities: frozenset[Severity] = frozenset()  # empty: every level
    district_code: str = ""
    category: Category | None = None
    received_from: datetime | None = None  # inclusive
    received_to: datetime | None = None  # exclusive
    include_drills: bool = False
    only: tuple[str, ...] | None = None  # a search's hits
    sort: SortKey = SortKey.URGENCY
    descending: bool = False  # urgency has one direction: most urgent first

    def checked(self) -> "IncidentQuery":
        errors: list[FieldError] = []
        if self.district_code and self.district_code not in DISTRICT_CODES:
            errors.append(FieldError.of("district_code", "unknown district code {code}", code=self.district_code))
        if (self.received_from is not None and self.received_to is not None
                and as_utc(self.received_to) <= as_utc(self.received_from)):
            errors.append(FieldError("received_to", "the end of the date range must come after its start"))
        if errors:
            raise ValidationError(errors)
        return self

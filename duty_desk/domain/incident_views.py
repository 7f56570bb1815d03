"""An incident as the screens and printouts read it, and one entry of its timeline."""

from dataclasses import dataclass
from datetime import datetime

from duty_desk.domain.incidents import Status
from duty_desk.domain.intake import IncidentData


@dataclass(frozen=True)
class IncidentView:
    id: str
    number: str
    data: IncidentData
    status: Status
    status_reason: str
    taken_by: str


@dataclass(frozen=True)
class TimelineEvent:
    at: datetime
    kind: str  # intake | follow_up:N | final | report_made | change | attachment
    text: str
    by: str
    source: str = ""  # a follow-up's: how it came in (a Source value) and who gave it
    reporter: str = ""

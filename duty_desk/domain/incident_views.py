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
    text: str  # the account, the follow-up's text, whom a report went to, or the attached file's name
    by: str
    source: str = ""  # a Source value: how a follow-up came in, or how a report was made
    reporter: str = ""  # who gave a follow-up
    report_kind: str = ""  # a ReportKind value, for report_made
    changes: tuple[tuple[str, str], ...] = ()  # (field, new value) of a change, by field name

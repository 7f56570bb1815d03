"""An incident as the screens and printouts read it, and one entry of its timeline."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from duty_desk.domain.incidents import Status
from duty_desk.domain.intake import IncidentData

if TYPE_CHECKING:  # the vocabulary names the timeline's kinds: a run-time import would be circular
    from duty_desk.domain.vocabulary import Language

Words = Callable[["Language"], str]


@dataclass(frozen=True)
class IncidentView:
    id: str
    number: str
    data: IncidentData
    status: Status
    status_reason: str
    taken_by: str


class TimelineKind(StrEnum):
    INTAKE = "intake"
    FOLLOW_UP = "follow_up"  # numbered by order of receipt: TimelineEvent.number
    FINAL = "final"
    REPORT_MADE = "report_made"
    CHANGE = "change"  # field changes, status changes among them
    ATTACHMENT = "attachment"
    INSTRUCTION = "instruction"  # a leader's instruction on the incident (services.instructions)
    LEADER_REPORT = "leader_report"  # a written report to a leader (呈报单) sent
    ESCALATION = "escalation"  # escalation to leaders: its start and every attempt (services.escalations)


@dataclass(frozen=True)
class TimelineEvent:
    at: datetime
    kind: TimelineKind
    text: str  # the account, the follow-up's text, whom a report went to, or the attached file's name
    by: str
    source: str = ""  # a Source value: how a follow-up came in, or how a report was made
    reporter: str = ""  # who gave a follow-up
    report_kind: str = ""  # a ReportKind value, for report_made
    changes: tuple[tuple[str, str], ...] = ()  # (field, new value) of a change, by field name
    number: int = 0  # a follow-up's place: 1 for 续报一
    # An event another capability adds (services.incidents.add_timeline_source): its text in a given language,
    # the same words on the screen and in the printout.
    words: Words | None = None
    record_id: str = ""  # a follow-up's own id, for the one that corrects it to name
    corrects: str = ""  # a correction: the record_id of the follow-up it corrects (it takes that one's number)
    corrected: bool = False  # a follow-up a later entry corrects

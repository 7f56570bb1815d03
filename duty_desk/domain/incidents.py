"""Incident vocabulary: categories, severity levels, sources and states (DOMAIN.md)."""

from enum import StrEnum

from duty_desk.domain.validation import FieldError
from duty_desk.domain.workflow import StateMachine, Transition


class Category(StrEnum):
    NATURAL_DISASTER = "natural_disaster"  # 自然灾害
    ACCIDENT = "accident"  # 事故灾难
    PUBLIC_HEALTH = "public_health"  # 公共卫生事件
    SOCIAL_SECURITY = "social_security"  # 社会安全事件


class Severity(StrEnum):
    I = "I"  # noqa: E741  特别重大, the most serious
    II = "II"  # 重大
    III = "III"  # 较大
    IV = "IV"  # 一般
    UNASSESSED = "unassessed"


# How serious a level is. Withdrawing an assessment (back to 未定级) counts as lowering: the level assessed is lost.
_RANK = {Severity.UNASSESSED: 0, Severity.IV: 1, Severity.III: 2, Severity.II: 3, Severity.I: 4}


def lowers(old: Severity, new: Severity) -> bool:
    return _RANK[new] < _RANK[old]


def severity_change_problem(old: Severity, new: Severity, reason: str) -> FieldError | None:
    """Lowering a level takes a reason, for the timeline and the report's change record."""
    if lowers(old, new) and not reason.strip():
        return FieldError.of("reason", "give the reason for lowering the severity")
    return None


class Source(StrEnum):
    PHONE = "phone"
    FAX = "fax"
    SECURE_LINE = "secure_line"
    SYSTEM = "system"
    WALK_IN = "walk_in"
    MEDIA = "media"


class Status(StrEnum):
    NEW = "new"
    HANDLING = "handling"
    CLOSED = "closed"


class ReportKind(StrEnum):
    """What the duty room owes the level above; recording one made stops its clock."""

    TELEPHONE = "telephone"
    WRITTEN = "written"
    FOLLOW_UP = "follow_up"


def _closing_reason(reason: str) -> FieldError | None:
    return None if reason.strip() else FieldError.of("status_reason", "give the reason for closing")


def _incident_status() -> "StateMachine[Status]":
    close = Transition("close", frozenset({Status.NEW, Status.HANDLING}), Status.CLOSED, _closing_reason)
    return StateMachine(Status, Status.NEW, (
        Transition("handle", frozenset({Status.NEW}), Status.HANDLING), close,
        Transition("reopen", frozenset({Status.CLOSED}), Status.HANDLING)))


# New -> being handled -> closed (with a reason); a closed incident may be reopened.
INCIDENT_STATUS = _incident_status()

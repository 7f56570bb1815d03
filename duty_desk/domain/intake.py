"""What an incident report holds when it is registered (DOMAIN.md's standard fields), and its checks."""

from dataclasses import dataclass, replace
from datetime import datetime

from duty_desk.domain.event_times import in_order, time_error
from duty_desk.domain.incidents import Category, Severity, Source
from duty_desk.domain.places import DISTRICT_CODES
from duty_desk.domain.validation import FieldError, ValidationError, control_problem, normalize_phone

TEXT_LIMITS = {"reporter_unit": 100, "reporter_name": 50, "reporter_title": 100, "address": 200,
               "summary": 4000, "scope": 1000, "losses": 1000, "trend": 1000, "measures": 4000,
               "commander": 100, "requests": 2000, "notified": 1000}
CASUALTIES = ("dead", "injured", "missing", "trapped")


@dataclass(frozen=True)
class IncidentData:
    received_at: datetime
    source: Source
    summary: str
    reporter_unit: str = ""
    reporter_name: str = ""
    reporter_title: str = ""
    reporter_phone: str = ""
    occurred_at: datetime | None = None
    district_code: str = ""
    address: str = ""
    category: Category | None = None
    severity: Severity = Severity.UNASSESSED
    scope: str = ""
    dead: int = 0
    injured: int = 0
    missing: int = 0
    trapped: int = 0
    losses: str = ""
    trend: str = ""
    measures: str = ""
    commander: str = ""
    requests: str = ""
    notified: str = ""
    drill: bool = False


def clean_incident(data: IncidentData, now: datetime) -> IncidentData:
    """Trimmed and checked copy, or ValidationError naming every bad field (nothing is saved half-way)."""
    errors: list[FieldError] = []
    texts = {k: getattr(data, k).strip() for k in TEXT_LIMITS}
    if not texts["summary"]:
        errors.append(FieldError("summary", "say in a few words what happened"))
    for key, limit in TEXT_LIMITS.items():
        if len(texts[key]) > limit:
            errors.append(FieldError.of(key, "at most {limit} characters", limit=limit))
        elif problem := control_problem(texts[key]):
            errors.append(FieldError(key, problem))
    if wrong := time_error(data.received_at, now, FieldError("received_at", "the report cannot have been "
                                                                            "received in the future")):
        errors.append(wrong)
    if data.occurred_at is not None:
        if wrong := time_error(data.occurred_at, now, FieldError("occurred_at", "the incident cannot have "
                                                                                "happened in the future")):
            errors.append(wrong)
        elif not in_order(data.occurred_at, data.received_at):
            errors.append(FieldError("occurred_at", "the incident cannot have happened after the report of it "
                                                    "was received"))
    if data.district_code and data.district_code not in DISTRICT_CODES:
        errors.append(FieldError.of("district_code", "unknown district code {code}", code=data.district_code))
    for key in CASUALTIES:
        value = getattr(data, key)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 1_000_000:
            errors.append(FieldError(key, "a number of people, 0 or more"))
    phone = data.reporter_phone
    try:
        phone = normalize_phone(phone)
    except ValueError as exc:
        errors.append(FieldError("reporter_phone", str(exc)))
    if errors:
        raise ValidationError(errors)
    return replace(data, reporter_phone=phone, **texts)

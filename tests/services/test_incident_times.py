"""The times an officer records are refused, naming the field, when they cannot be right: year 1 or 1900, in the
future (beyond a few minutes of clock drift), a report made before the incident was received, an incident that
happened after it was reported."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from duty_desk.domain.deadline import DeadlineState
from duty_desk.domain.deadlines import parse_profile
from duty_desk.domain.event_times import CLOCK_DRIFT
from duty_desk.domain.incidents import Category, ReportKind, Severity, Source
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.validation import ValidationError
from duty_desk.paths import resource
from duty_desk.services import incidents
from duty_desk.services.context import Actor, Services
from duty_desk.storage.models import FollowUpReport, Incident, ReportMade

YEAR_ONE = datetime(1, 1, 1, tzinfo=UTC)
YEAR_1900 = datetime(1900, 1, 1, tzinfo=UTC)
A_YEAR = timedelta(days=365)


def _call(received: datetime, occurred: datetime | None = None) -> IncidentData:
    return IncidentData(received_at=received, source=Source.PHONE, summary="丰台区一处仓库起火",
                        district_code="110106", category=Category.ACCIDENT, severity=Severity.III,
                        occurred_at=occurred)


def _count(services: Services, model: type[Incident] | type[ReportMade] | type[FollowUpReport]) -> int:
    with services.db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _refused_field(error: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [e.field for e in error.value.errors]


@pytest.mark.parametrize(("received", "occurred", "field"), [
    (YEAR_ONE, None, "received_at"),
    (YEAR_1900, None, "received_at"),
    (datetime(1999, 12, 31, 15, 59, tzinfo=UTC), None, "received_at"),  # 23:59 in Beijing, still 1999
    (None, YEAR_ONE, "occurred_at"),
    (None, YEAR_1900, "occurred_at"),
    (None, A_YEAR, "occurred_at"),  # in the future
    (None, timedelta(minutes=2), "occurred_at"),  # after it was received, though not in the future
])
def test_an_impossible_intake_time_is_refused_naming_the_field(
        services: Services, admin: Actor, received: datetime | None, occurred: datetime | timedelta | None,
        field: str) -> None:
    now = utcnow()
    received_at = received or now - timedelta(minutes=3)
    occurred_at = received_at + occurred if isinstance(occurred, timedelta) else occurred
    with pytest.raises(ValidationError) as info:
        incidents.register(services, admin, _call(received_at, occurred_at))
    assert _refused_field(info) == [field]
    assert _count(services, Incident) == 0


def test_times_within_the_drift_and_the_same_minute_are_accepted(services: Services, admin: Actor) -> None:
    """A workstation's clock a few minutes off, or an occurred time typed to the minute of a call stamped to the
    second, is not a mistake."""
    now = utcnow()
    ahead = now + CLOCK_DRIFT - timedelta(seconds=30)
    incidents.register(services, admin, _call(ahead))
    received = now.replace(second=40)
    incident_id, _ = incidents.register(services, admin, _call(received, received.replace(second=0)))
    incidents.record_report(services, admin, incident_id, ReportKind.TELEPHONE, received.replace(second=0),
                            "市政府总值班室", "phone")
    incidents.add_follow_up(services, admin, incident_id, "火势已控制", ahead, Source.PHONE)
    assert _count(services, Incident) == 2 and _count(services, ReportMade) == 1


def test_an_edit_cannot_move_the_occurred_time_after_the_receipt(services: Services, admin: Actor) -> None:
    received = utcnow() - timedelta(hours=1)
    incident_id, _ = incidents.register(services, admin, _call(received))
    with pytest.raises(ValidationError) as info:
        incidents.update(services, admin, incident_id, occurred_at=received + timedelta(minutes=30))
    assert _refused_field(info) == ["occurred_at"]
    assert incidents.get(services, admin, incident_id).data.occurred_at is None


@pytest.mark.parametrize("made", [
    timedelta(minutes=-10),  # before the incident was received
    A_YEAR,  # a year ahead: it would stop the clock today
    CLOCK_DRIFT + timedelta(minutes=1),
    YEAR_ONE,
    YEAR_1900,
])
def test_a_report_made_at_an_impossible_time_is_refused_and_its_clock_runs_on(
        services: Services, admin: Actor, made: timedelta | datetime) -> None:
    received = utcnow() - timedelta(minutes=3)
    incident_id, _ = incidents.register(services, admin, _call(received))
    made_at = made if isinstance(made, datetime) else (received if made < timedelta(0) else utcnow()) + made
    with pytest.raises(ValidationError) as info:
        incidents.record_report(services, admin, incident_id, ReportKind.TELEPHONE, made_at, "市政府总值班室",
                                "phone")
    assert _refused_field(info) == ["made_at"]
    assert _count(services, ReportMade) == 0
    profile = parse_profile(resource("rules", "deadlines.toml").read_text(encoding="utf-8"))
    telephone = incidents.deadline_clocks(services, admin, incident_id, profile)[0]
    assert telephone.kind is ReportKind.TELEPHONE and telephone.state(utcnow()) is not DeadlineState.DONE


def test_a_report_made_before_receipt_says_when_the_incident_was_received(services: Services, admin: Actor) -> None:
    received = datetime(2026, 3, 1, 2, 5, tzinfo=UTC)  # 10:05 in Beijing
    incident_id, _ = incidents.register(services, admin, _call(received))
    with pytest.raises(ValidationError) as info:
        incidents.record_report(services, admin, incident_id, ReportKind.WRITTEN, received - timedelta(hours=1),
                                "市政府办公厅", "fax")
    assert "2026-03-01 10:05" in info.value.errors[0].reason


def test_a_missing_recipient_and_a_bad_time_are_named_together(services: Services, admin: Actor) -> None:
    incident_id, _ = incidents.register(services, admin, _call(utcnow() - timedelta(minutes=3)))
    with pytest.raises(ValidationError) as info:
        incidents.record_report(services, admin, incident_id, ReportKind.TELEPHONE, utcnow() + A_YEAR, " ", "phone")
    assert _refused_field(info) == ["to_whom", "made_at"]


@pytest.mark.parametrize("when", [YEAR_ONE, YEAR_1900, A_YEAR])
def test_a_follow_up_at_an_impossible_time_is_refused(services: Services, admin: Actor,
                                                      when: datetime | timedelta) -> None:
    incident_id, _ = incidents.register(services, admin, _call(utcnow() - timedelta(minutes=30)))
    received_at = utcnow() + when if isinstance(when, timedelta) else when
    with pytest.raises(ValidationError) as info:
        incidents.add_follow_up(services, admin, incident_id, "又有一人受伤", received_at, Source.PHONE)
    assert _refused_field(info) == ["received_at"]
    assert _count(services, FollowUpReport) == 0

"""Changing an incident's severity: lowering it (or withdrawing the assessment) needs a reason, kept in the
timeline with the change."""

from collections.abc import Callable
from datetime import timedelta

import pytest

from duty_desk.domain.incident_views import TimelineKind
from duty_desk.domain.incidents import Category, Severity, Source
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.roles import Role
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.validation import ValidationError
from duty_desk.services import incidents
from duty_desk.services.context import Actor, Services

MakeUser = Callable[..., Actor]


def _level_iii(services: Services, admin: Actor) -> str:
    data = IncidentData(received_at=utcnow() - timedelta(minutes=5), source=Source.PHONE,
                        summary="朝阳区某仓库起火", district_code="110105", category=Category.ACCIDENT,
                        severity=Severity.III)
    return incidents.register(services, admin, data)[0]


def _changes(services: Services, admin: Actor, incident_id: str) -> list[tuple[tuple[str, str], ...]]:
    return [e.changes for e in incidents.timeline(services, admin, incident_id) if e.kind is TimelineKind.CHANGE]


@pytest.mark.parametrize("lower", [Severity.IV, Severity.UNASSESSED])
def test_lowering_without_a_reason_is_refused_naming_the_field(services: Services, admin: Actor,
                                                                lower: Severity) -> None:
    incident_id = _level_iii(services, admin)
    with pytest.raises(ValidationError) as refused:
        incidents.update(services, admin, incident_id, severity=lower, reason="  ")
    assert [e.field for e in refused.value.errors] == ["reason"]
    assert incidents.get(services, admin, incident_id).data.severity is Severity.III
    assert _changes(services, admin, incident_id) == []


def test_a_lowering_keeps_its_reason_in_the_timeline_after_the_level(services: Services, admin: Actor) -> None:
    incident_id = _level_iii(services, admin)
    incidents.update(services, admin, incident_id, severity=Severity.IV, reason=" 经核实无人员伤亡 ")
    assert incidents.get(services, admin, incident_id).data.severity is Severity.IV
    assert _changes(services, admin, incident_id) == [(("severity", "IV"), ("reason", "经核实无人员伤亡"))]


def test_raising_needs_no_reason_and_an_unchanged_level_records_nothing(services: Services, admin: Actor) -> None:
    incident_id = _level_iii(services, admin)
    incidents.update(services, admin, incident_id, severity=Severity.III, reason="")
    assert _changes(services, admin, incident_id) == []
    incidents.update(services, admin, incident_id, severity=Severity.II)
    assert _changes(services, admin, incident_id) == [(("severity", "II"),)]


def test_the_timeline_names_who_changed_it_as_people_know_them(services: Services, admin: Actor,
                                                               make_user: MakeUser) -> None:
    """The display name, as for intake and follow-ups, never the login name."""
    incident_id = _level_iii(services, admin)
    officer = make_user("li.na", Role.DUTY_OFFICER, "李娜")
    incidents.update(services, officer, incident_id, severity=Severity.IV, reason="核实后为一般")
    [change] = [e for e in incidents.timeline(services, admin, incident_id) if e.kind is TimelineKind.CHANGE]
    assert change.by == "李娜"

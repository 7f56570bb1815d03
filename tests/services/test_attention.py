"""What needs attention: every registered source the actor may see, none they may not."""

import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

import pytest

from duty_desk.domain.deadline import Deadline, DeadlineState
from duty_desk.domain.incidents import Severity, Source
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.roles import Action, Role
from duty_desk.domain.timefmt import utcnow
from duty_desk.services import attention, incident_attention, incidents
from duty_desk.services.attention import AttentionItem, AttentionSource
from duty_desk.services.context import Actor, Services

MINUTE = timedelta(minutes=1)


@pytest.fixture
def overdue_incident(services: Services, admin: Actor) -> str:
    """A level I incident received an hour ago with nothing reported: its telephone report is overdue."""
    data = IncidentData(received_at=utcnow() - 60 * MINUTE, source=Source.PHONE, summary="化工厂泄漏事件",
                        severity=Severity.I)
    incident_id, _ = incidents.register(services, admin, data)
    return incident_id


@pytest.fixture
def extra_source() -> Iterator[list[Actor]]:
    """A second source (what a later capability registers): one overdue, one due soon, one not yet, one done."""
    asked: list[Actor] = []

    def items(_services: Services, actor: Actor, now: datetime) -> list[AttentionItem]:
        asked.append(actor)
        return [AttentionItem("visits", "visit", f"v{n}", f"访客 {n}", Deadline(now + offset, 10 * MINUTE, done))
                for n, (offset, done) in enumerate(((-3 * MINUTE, None), (5 * MINUTE, None), (60 * MINUTE, None),
                                                    (-9 * MINUTE, now)))]

    attention.register(AttentionSource("visits", Action.VIEW_ROSTER, items))
    yield asked
    del attention.SOURCES["visits"]


def test_deadline_states() -> None:
    now = utcnow()
    deadline = Deadline(now + 10 * MINUTE, 5 * MINUTE)
    assert deadline.state(now) is DeadlineState.PENDING
    assert deadline.state(now + 6 * MINUTE) is DeadlineState.DUE_SOON
    assert deadline.state(now + 11 * MINUTE) is DeadlineState.OVERDUE
    assert deadline.seconds_left(now + 11 * MINUTE) == -60
    assert Deadline(now, MINUTE, done_at=now).state(now + 60 * MINUTE) is DeadlineState.DONE


def test_an_officer_sees_an_overdue_reporting_clock(services: Services, make_user: Callable[[str, Role], Actor],
                                                    overdue_incident: str) -> None:
    officer = make_user("officer", Role.DUTY_OFFICER)
    found = attention.gather(services, officer)
    assert [(i.record_kind, i.record_id) for i in found][:1] == [(incident_attention.INCIDENT, overdue_incident)]
    assert found[0].deadline.state(utcnow()) is DeadlineState.OVERDUE
    assert "化工厂泄漏事件" in found[0].title


def test_reception_sees_no_incident_item_and_the_incident_source_is_not_asked(
        services: Services, make_user: Callable[[str, Role], Actor], overdue_incident: str,
        extra_source: list[Actor]) -> None:
    reception = make_user("desk", Role.RECEPTION)
    found = attention.gather(services, reception)
    assert {i.source for i in found} == {"visits"}  # the incident source would refuse reception
    assert extra_source == [reception]


def test_a_registered_source_is_gathered_with_the_others_overdue_first(
        services: Services, admin: Actor, overdue_incident: str, extra_source: list[Actor]) -> None:
    now = utcnow()
    found = attention.gather(services, admin, now)
    states = [i.deadline.state(now) for i in found]
    assert states == sorted(states, key=lambda s: s is not DeadlineState.OVERDUE)
    visits = [i.record_id for i in found if i.source == "visits"]
    assert visits == ["v0", "v1"]  # neither the one not yet due soon nor the one done
    overdue = [i for i in found if i.deadline.state(now) is DeadlineState.OVERDUE]
    assert overdue[0].record_id == overdue_incident  # 35 min overdue before the visit's 3 min


def test_every_capability_s_sources_load_without_the_window() -> None:
    """A command-line or service caller imports no panel: gather still finds every capability's sources."""
    code = "from duty_desk.services import attention; attention._load(); print(' '.join(sorted(attention.SOURCES)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert "incident_clocks" in out

"""A second call about the same incident: a follow-up of it, never a second set of clocks in the attention list."""

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from duty_desk.domain.incident_views import TimelineKind
from duty_desk.domain.incidents import Severity, Source
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.roles import Role
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.validation import ValidationError
from duty_desk.domain.vocabulary import Language
from duty_desk.services import attention, incident_attention, incident_calls, incidents
from duty_desk.services.context import Actor, Services
from duty_desk.storage.models import Incident

MINUTE = timedelta(minutes=1)


def _call(minutes_ago: int, **extra: object) -> IncidentData:
    base = {"received_at": utcnow() - minutes_ago * MINUTE, "source": Source.PHONE, "summary": "化工厂泄漏，气味浓",
            "district_code": "110105", "severity": Severity.I}
    return IncidentData(**{**base, **extra})  # type: ignore[arg-type]


@pytest.fixture
def officer(make_user: Callable[[str, Role], Actor]) -> Actor:
    return make_user("zhiban", Role.DUTY_OFFICER)


def _incident_count(services: Services) -> int:
    with services.db.session() as session:
        return session.scalar(select(func.count()).select_from(Incident)) or 0


def test_the_same_incident_s_second_call_becomes_its_follow_up_with_caller_and_source(
        services: Services, officer: Actor) -> None:
    first_id, first_number = incidents.register(services, officer, _call(40))
    second = _call(2, source=Source.FAX, summary="化工厂泄漏已控制", reporter_name="王磊", reporter_title="副主任",
                   reporter_unit="朝阳区应急管理局", reporter_phone="010-6509 1234", injured=3, address="东三环北路")
    assert incident_calls.add_call_to(services, officer, first_id, second, Language.ZH) == (first_id, first_number)
    assert _incident_count(services) == 1  # no second incident, so no second set of clocks
    follow_up = [e for e in incidents.timeline(services, officer, first_id) if e.kind is TimelineKind.FOLLOW_UP]
    assert len(follow_up) == 1 and follow_up[0].number == 1  # 续报一
    event = follow_up[0]
    assert event.source == Source.FAX.value and event.at == second.received_at  # when this call came in
    assert event.reporter == "王磊、副主任、朝阳区应急管理局、01065091234"  # the phone as the form keeps it
    assert event.text.startswith("化工厂泄漏已控制；")
    assert "事发地点：朝阳区 东三环北路" in event.text and "受伤 3 人" in event.text
    assert "事件级别：Ⅰ级 特别重大" in event.text  # what the caller said of it, though the level is changed apart
    assert incidents.get(services, officer, first_id).data.summary == "化工厂泄漏，气味浓"  # the first account stays


def test_a_call_s_follow_up_is_worded_in_the_language_it_was_taken_in() -> None:
    call = _call(2, summary="Leak contained", injured=3, reporter_name="Wang Lei", reporter_unit="Chaoyang EMB")
    text, reporter = incident_calls.follow_up_text(call, Language.EN)
    assert text == ("Leak contained; Severity: I Especially serious; Place: Chaoyang; "
                    "Casualties: dead 0, injured 3, missing 0, trapped 0")
    assert reporter == "Wang Lei, Chaoyang EMB"


def test_a_call_added_to_an_incident_is_checked_as_the_form_checks_it(services: Services, officer: Actor) -> None:
    first_id, _ = incidents.register(services, officer, _call(40))
    with pytest.raises(ValidationError) as info:
        incident_calls.add_call_to(services, officer, first_id, _call(2, summary="  "), Language.ZH)
    assert [e.field for e in info.value.errors] == ["summary"]  # the form marks its own field
    assert not [e for e in incidents.timeline(services, officer, first_id) if e.kind is TimelineKind.FOLLOW_UP]


def test_a_linked_duplicate_s_clocks_are_not_counted_twice(services: Services, officer: Actor) -> None:
    first_id, _ = incidents.register(services, officer, _call(40))
    second_id, _ = incidents.register(services, officer, _call(30), duplicate_of=first_id)
    alone_id, _ = incidents.register(services, officer, _call(20, district_code="110108"))
    counted = {i.record_id for i in attention.gather(services, officer)
               if i.source == incident_attention.SOURCE}
    assert counted == {first_id, alone_id}  # both level I, both overdue; the duplicate counts through the first
    with services.db.session() as session, session.begin():
        session.get_one(Incident, first_id).deleted = True  # the incident it repeated is gone: it counts again
    counted = {i.record_id for i in attention.gather(services, officer)
               if i.source == incident_attention.SOURCE}
    assert counted == {second_id, alone_id}

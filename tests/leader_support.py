"""Leaders in the directory and an incident to report on, for the whereabouts and written-report tests."""

from datetime import timedelta

from duty_desk.domain.directory import PersonData
from duty_desk.domain.incidents import Category, Severity, Source
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.timefmt import utcnow
from duty_desk.services import directory, incidents
from duty_desk.services.context import Actor, Services


def leaders(services: Services, admin: Actor, *names: str) -> list[str]:
    return [directory.save_person(services, admin, PersonData(name, "副市长", is_leader=True)) for name in names]


def staff(services: Services, admin: Actor, name: str) -> str:
    return directory.save_person(services, admin, PersonData(name, "值班员"))


def incident(services: Services, actor: Actor, minutes_ago: int = 20) -> str:
    data = IncidentData(received_at=utcnow() - timedelta(minutes=minutes_ago), source=Source.PHONE,
                        summary="朝阳区某小区燃气管道泄漏，已疏散居民", reporter_unit="朝阳区政府值班室",
                        reporter_name="王磊", district_code="110105", category=Category.ACCIDENT,
                        severity=Severity.III, injured=2, measures="区应急局局长已到场指挥")
    return incidents.register(services, actor, data)[0]

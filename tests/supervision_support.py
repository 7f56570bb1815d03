"""A directory with a leader and two departments, an incident, and instructions with tasks: shared by the
services, report, CLI, sync and UI tests of leaders' instructions and supervision."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from duty_desk.domain.directory import OrgData, OrgKind, PersonData
from duty_desk.domain.incidents import Severity, Source
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.supervision import Channel
from duty_desk.domain.timefmt import utcnow
from duty_desk.services import directory, incidents, instructions, supervision
from duty_desk.services.context import Actor, Services
from duty_desk.services.instructions import InstructionData
from duty_desk.services.supervision import TaskData


@dataclass(frozen=True)
class Office:
    leader_id: str
    staff_id: str  # in the directory, not a leader
    water_id: str  # 市水务局
    district_id: str  # 朝阳区人民政府
    incident_id: str


def office(services: Services, actor: Actor) -> Office:
    water = directory.save_org(services, actor, OrgData("市水务局", OrgKind.MUNICIPAL_DEPARTMENT))
    district = directory.save_org(services, actor, OrgData("朝阳区人民政府", OrgKind.DISTRICT_GOVERNMENT))
    leader = directory.save_person(services, actor, PersonData("王建国", "副市长", is_leader=True))
    staff = directory.save_person(services, actor, PersonData("赵小明", "科员", organisation_id=water))
    incident, _ = incidents.register(services, actor, IncidentData(
        received_at=utcnow() - timedelta(hours=3), source=Source.PHONE, severity=Severity.III,
        summary="朝阳区暴雨致道路积水", district_code="110105"))
    return Office(leader, staff, water, district, incident)


def instruction(services: Services, actor: Actor, place: Office, text: str = "请市水务局、朝阳区抓紧排水，确保安全。",
                incident: bool = True, given_at: datetime | None = None) -> str:
    return instructions.record(services, actor, InstructionData(
        place.leader_id, given_at or utcnow() - timedelta(hours=2), Channel.PHONE, text,
        incident_id=place.incident_id if incident else None))


def tasks(services: Services, actor: Actor, place: Office, instruction_id: str,
          feedback_in: timedelta = timedelta(days=2)) -> list[str]:
    now = utcnow()
    return supervision.issue(services, actor, instruction_id, [
        TaskData(place.water_id, now + feedback_in / 2, now + feedback_in, "李工", "010-12345678"),
        TaskData(place.district_id, now + feedback_in / 2, now + feedback_in, "张科长", "010-87654321")])

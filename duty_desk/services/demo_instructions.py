"""Demo leaders' instructions and their supervision tasks, one task in each state (issued, received, feedback in,
returned, closed, and one overdue), and an instruction still awaiting its tasks. Idempotent: nothing is added to a
folder that has instructions."""

from datetime import datetime, timedelta

from sqlalchemy import select

from duty_desk.domain.directory import OrgKind
from duty_desk.domain.supervision import Channel, ChaseMeans, ChaseOutcome
from duty_desk.services import instructions, supervision
from duty_desk.services.context import Actor, Services
from duty_desk.services.instructions import InstructionData
from duty_desk.services.permission import internal
from duty_desk.services.supervision import TaskData
from duty_desk.storage.models import Incident, Instruction, Organisation, Person

DAY = timedelta(days=1)


@internal
def seed_instructions(services: Services, officer: Actor, leader: Actor, now: datetime) -> int:
    """Instructions made: by the officer, closed or returned by the shift leader."""
    with services.db.session() as session:
        if session.scalar(select(Instruction.id).limit(1)) is not None:
            return 0
        leaders = {p.title: p.id for p in session.scalars(select(Person).where(Person.is_leader.is_(True),
                                                                                Person.deleted.is_(False)))}
        orgs = {(o.kind, o.name): o.id for o in session.scalars(select(Organisation).where(
            Organisation.deleted.is_(False), Organisation.name.not_like("%办公厅")))}
        incident = session.scalar(select(Incident.id).where(Incident.drill.is_(False))
                                  .order_by(Incident.received_at.desc()).limit(1))
    mayor = leaders.get("常务副市长") or next(iter(leaders.values()))
    vice = leaders.get("副市长") or mayor
    depts = [org for (kind, _), org in sorted(orgs.items()) if kind == OrgKind.MUNICIPAL_DEPARTMENT][:3]
    districts = [org for (kind, _), org in sorted(orgs.items()) if kind == OrgKind.DISTRICT_GOVERNMENT][:3]

    def task(org: str, due: datetime) -> TaskData:
        return TaskData(org, due - DAY / 2, due, "值班室", "010-65551234")

    first = instructions.record(services, officer, InstructionData(
        mayor, now - 3 * DAY, Channel.ON_REPORT, "请应急、水务部门和相关区政府立即组织排查，妥善处置，确保群众安全，"
                                                 "处置情况及时报市政府。", incident_id=incident))
    issued = now - 3 * DAY + timedelta(hours=1)
    overdue, returned, closed = supervision.issue(services, officer, first, [
        task(depts[0], now - DAY / 2), task(depts[1], now + 2 * DAY),
        task(districts[0], now + DAY)], issued_at=issued)
    supervision.record_receipt(services, officer, overdue, "王科长", issued + timedelta(hours=1))
    supervision.record_chase(services, officer, overdue, now - DAY / 4, ChaseMeans.PHONE, "王科长",
                             ChaseOutcome.NO_ANSWER)
    supervision.record_feedback(services, officer, returned, "已组织排查，未发现新的隐患。", now - DAY, "刘主任")
    supervision.return_task(services, leader, returned, "请补充排查范围和整改措施")
    supervision.record_feedback(services, officer, closed, "已转移群众120人，现场已处置完毕。", now - DAY, "张副区长")
    supervision.close_task(services, leader, closed, "落实到位")

    second = instructions.record(services, officer, InstructionData(
        vice, now - DAY, Channel.PHONE, "请有关区做好夜间巡查，发现情况及时报告。"))
    instructions.record(services, officer, InstructionData(  # the record corrected: the leader named two districts
        vice, now - DAY, Channel.PHONE, "请朝阳区、海淀区做好夜间巡查，发现情况及时报告。"), corrects=second)
    _due_soon, received, feedback = supervision.issue(services, officer, second, [
        task(districts[1], now + DAY / 2), task(districts[2], now + 3 * DAY),
        task(depts[2], now + 3 * DAY)], issued_at=now)
    supervision.record_receipt(services, officer, received, "值班员赵强", now)
    supervision.record_feedback(services, officer, feedback, "已安排夜间巡查4组。", now, "值班员孙立")
    instructions.record(services, officer, InstructionData(
        mayor, now - timedelta(hours=2), Channel.SECURE_LINE, "请市应急局牵头研究冬季安全生产督查方案。",
        subject="关于冬季安全生产工作的报告"))  # awaits its tasks
    return 4

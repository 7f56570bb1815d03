"""Demo roster: the duty room's 24-hour pattern (handoff 08:30) and a rotation for this month and the next,
over the demo directory's duty officers and leaders."""

from datetime import date, time, timedelta

from sqlalchemy import select

from duty_desk.domain.roster import Position, RotationLists
from duty_desk.services import roster
from duty_desk.services.context import Actor, Services
from duty_desk.services.permission import internal
from duty_desk.storage.models import Person

OFFICERS = ("李娜", "王磊", "赵敏", "刘洋")
LEADERS = ("罗建平", "张伟", "陈思源")


@internal
def seed_roster(services: Services, actor: Actor, today: date) -> int:
    """Returns how many duties were drawn up."""
    with services.db.session() as session:
        ids = {p.name: p.id for p in session.scalars(select(Person).where(Person.deleted.is_(False)))}
    pattern_id = roster.save_pattern(services, actor, "总值班室 24 小时值班", "24h", time(8, 30), officers=2)
    first = today.replace(day=1)
    after_next = (first + timedelta(days=62)).replace(day=1)
    lists = {Position.OFFICER: RotationLists([ids[n] for n in OFFICERS]),
             Position.LEADER: RotationLists([ids[n] for n in LEADERS])}
    return roster.save_rotation(services, actor, pattern_id, first, after_next - timedelta(days=1), lists)

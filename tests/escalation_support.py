"""Building what an escalation test needs: leaders in the directory, a shift pattern and duties around a handoff,
incidents registered at a time."""

from datetime import datetime, time, timedelta

from duty_desk.domain.incidents import Category, Severity, Source
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.roster import Position
from duty_desk.domain.timefmt import BEIJING, as_utc, utcnow
from duty_desk.services import incidents
from duty_desk.services.context import Actor, Services
from duty_desk.storage.models import Person, RosterDuty, RosterPattern


def people(services: Services, *names: str) -> list[str]:
    with services.db.session() as session:
        rows = [Person(name=name, is_leader=True, mobile=f"1391000{i:04d}", office_phone=f"010-6519{i:04d}",
                       secure_phone=f"8{i:03d}") for i, name in enumerate(names)]
        session.add_all(rows)
        session.commit()
        return [row.id for row in rows]


def pattern(services: Services, secretary_general: bool = True) -> str:
    with services.db.session() as session:
        row = RosterPattern(name="24小时值班", kind="24h", handoff="08:30", officers=2, leader=True,
                            secretary_general=secretary_general)
        session.add(row)
        session.commit()
        return row.id


def duty(services: Services, pattern_id: str, person_id: str, position: Position, starts_at: datetime,
         hours: int = 24) -> None:
    with services.db.session() as session:
        day = as_utc(starts_at).astimezone(BEIJING).date().isoformat()
        session.add(RosterDuty(pattern_id=pattern_id, person_id=person_id, position=position.value, day=day,
                               shift="24h", starts_at=starts_at, ends_at=starts_at + timedelta(hours=hours)))
        session.commit()


def last_handoff(now: datetime | None = None) -> datetime:
    """The latest 08:30 Beijing at least an hour ago, in UTC."""
    local = as_utc(now or utcnow()).astimezone(BEIJING) - timedelta(hours=1)
    slot = datetime.combine(local.date(), time(8, 30), tzinfo=BEIJING)
    return as_utc(slot if slot <= local else slot - timedelta(days=1))


def register(services: Services, actor: Actor, received_at: datetime, severity: Severity = Severity.I,
             category: Category | None = Category.ACCIDENT) -> str:
    data = IncidentData(received_at=received_at, source=Source.PHONE, summary="朝阳区化工厂泄漏", severity=severity,
                        category=category, district_code="110105")
    return incidents.register(services, actor, data)[0]

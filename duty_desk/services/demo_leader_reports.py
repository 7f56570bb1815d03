"""Demo leaders' whereabouts (two away today with an acting leader, one on leave next week) and written reports
to leaders (a draft and a sent one) on the demo incidents. Added once: a folder with any board entry is left."""

from datetime import datetime, timedelta

from sqlalchemy import select

from duty_desk.domain.timefmt import beijing
from duty_desk.domain.whereabouts import Whereabouts, WhereaboutsData
from duty_desk.services import leader_reports, whereabouts
from duty_desk.services.context import Actor, Services
from duty_desk.services.permission import internal
from duty_desk.storage.models import Incident, LeaderWhereabouts, Person


@internal
def seed_leader_reports(services: Services, officer: Actor, now: datetime) -> None:
    with services.db.session() as session:
        if session.scalar(select(LeaderWhereabouts.id).limit(1)) is not None:
            return
        people = {p.name: p.id for p in session.scalars(select(Person).where(Person.is_leader.is_(True)))}
        incident_ids = list(session.scalars(select(Incident.id).where(Incident.drill.is_(False))
                                            .order_by(Incident.received_at)))
    if not {"周明远", "吴海宁", "郭立群", "陈思源", "林正华"} <= set(people):
        return
    today = beijing(now).date()
    for leader, status, first, days, place, reach, acting in (
            ("周明远", Whereabouts.AWAY, -1, 3, "上海", "上海市政府接待处 021-6321 0000", "吴海宁"),
            ("郭立群", Whereabouts.ABROAD, 0, 5, "日内瓦", "经外办联系 010-5507 0000", "陈思源"),
            ("马文涛", Whereabouts.ON_LEAVE, 7, 2, "", "手机", None)):
        if (person := people.get(leader)) is not None:
            whereabouts.save_entry(services, officer, WhereaboutsData(
                person, status, today + timedelta(days=first), today + timedelta(days=first + days - 1), place,
                reach, people.get(acting) if acting else None))
    if len(incident_ids) >= 2:
        sent = leader_reports.draft(services, officer, incident_ids[0], addressee_ids=(people["林正华"],
                                                                                       people["周明远"]))
        leader_reports.send(services, officer, sent)
        leader_reports.draft(services, officer, incident_ids[1], addressee_ids=(people["郭立群"],))

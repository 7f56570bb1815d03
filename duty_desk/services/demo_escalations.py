"""Demo escalations: one just started, one whose first call went unanswered (a reminder is due), one whose first
step was reached, one gone on at once past its first step (the later steps run or, with nobody to inform, are
skipped and recorded so)."""

from datetime import datetime

from sqlalchemy import select

from duty_desk.domain import escalation as E
from duty_desk.domain.incidents import Status
from duty_desk.services import escalations
from duty_desk.services.context import Actor, Services
from duty_desk.services.permission import internal
from duty_desk.storage.models import Escalation, Incident


@internal  # inside demo.seed, which logs the demo accounts in
def seed_escalations(services: Services, officer: Actor, now: datetime) -> int:
    """Escalates the newest open real incidents never escalated, unless the demo already has escalations in
    progress (seeded before, or started on registration): seeding again adds nothing."""
    if escalations.in_progress(services, officer, now, limit=1):
        return 0
    with services.db.session() as session:
        escalated = select(Escalation.incident_id)
        open_ids = list(session.scalars(
            select(Incident.id).where(Incident.status != Status.CLOSED.value, Incident.drill.is_(False),
                                      Incident.deleted.is_(False), Incident.duplicate_of.is_(None),
                                      Incident.id.not_in(escalated))
            .order_by(Incident.received_at.desc()).limit(4)))
    started = [escalations.start(services, officer, incident_id) for incident_id in open_ids]
    rows = {row.id: row for row in escalations.in_progress(services, officer, now, limit=None)}
    for escalation_id, outcome in zip(started[1:], (E.Outcome.NO_ANSWER, E.Outcome.REACHED, None), strict=False):
        row = rows.get(escalation_id)
        if row is None or row.step is None:
            continue
        if outcome is None:
            escalations.go_on(services, officer, escalation_id, row.step.key)
        else:
            escalations.record_attempt(services, officer, escalation_id, row.step.key, outcome, E.Means.PHONE)
    return len(started)

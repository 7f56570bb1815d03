"""Incidents' reporting clocks as an attention source: every running clock of every open incident, but a linked
duplicate's (a further report of another incident, whose own clocks count: one incident, counted once)."""

from datetime import datetime

from sqlalchemy import exists, select, text
from sqlalchemy.orm import aliased

from duty_desk.domain.deadlines import clocks
from duty_desk.domain.roles import Action
from duty_desk.services import attention, rules
from duty_desk.services.attention import AttentionItem, AttentionSource
from duty_desk.services.context import Actor, Services
from duty_desk.services.incident_list import reports_made
from duty_desk.services.incidents import view_of
from duty_desk.services.permission import requires
from duty_desk.storage.models import Incident
from duty_desk.storage.models.incidents import OPEN_SQL

SOURCE = "incident_clocks"
INCIDENT = str(Incident.__tablename__)  # the record kind (a table name, as in ChangeSets) the Incidents panel opens


@requires(Action.VIEW_INCIDENTS)
def reporting_clocks(services: Services, actor: Actor, now: datetime) -> list[AttentionItem]:
    profile = rules.load_profile(services, actor)
    original = aliased(Incident)
    linked = exists().where(original.id == Incident.duplicate_of, original.deleted.is_(False))
    with services.read(actor, Action.VIEW_INCIDENTS) as session:
        rows = list(session.scalars(select(Incident).where(Incident.deleted.is_(False), text(OPEN_SQL), ~linked)))
        made = reports_made(session, (r.id for r in rows))
        views = [view_of(row) for row in rows]
    return [AttentionItem(SOURCE, INCIDENT, view.id, f"{view.number} {view.data.summary[:40]}", clock,
                          subject=clock.kind, drill=view.data.drill, sort_key=view.number)
            for view in views
            for clock in clocks(profile, view.data.severity, view.data.received_at, made.get(view.id, []))]


attention.register(AttentionSource(SOURCE, Action.VIEW_INCIDENTS, reporting_clocks))

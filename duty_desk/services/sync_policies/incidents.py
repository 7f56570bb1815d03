"""Incidents and their history: seen only by those who may read incidents; an incident is named by its number and
summary, the rest by the incident they belong to."""


from sqlalchemy.orm import Session

from duty_desk.domain.roles import Action
from duty_desk.services import incidents
from duty_desk.services.permission import internal
from duty_desk.services.sync_policy import SyncPolicy, declare
from duty_desk.storage.models import FollowUpReport, Incident, ReportMade


@internal
def incident_label(session: Session, incident_id: str) -> str:
    row = session.get(Incident, incident_id)
    return row.number if row is not None else incident_id[:8]


declare(
    SyncPolicy(Incident, Action.VIEW_INCIDENTS, Action.RESOLVE_CONFLICTS,
               lambda _s, row: f"{row.number} {row.summary}",
               # Encoded values, and what only the intake or a status change sets.
               chosen=frozenset({"number", "source", "category", "severity", "status", "status_reason", "taken_by"}),
               validator=incidents.check_stored),
    # History by nature: never in conflict, but a refused one is shown.
    SyncPolicy(FollowUpReport, Action.VIEW_INCIDENTS, Action.RESOLVE_CONFLICTS,
               lambda s, row: incident_label(s, row.incident_id)),
    SyncPolicy(ReportMade, Action.VIEW_INCIDENTS, Action.RESOLVE_CONFLICTS,
               lambda s, row: f"{incident_label(s, row.incident_id)} {row.kind}"),
)

"""The leaders' whereabouts: seen by whoever escalates; named by the leader and the first day."""

from sqlalchemy.orm import Session

from duty_desk.domain.roles import Action
from duty_desk.domain.timefmt import format_beijing
from duty_desk.services import whereabouts
from duty_desk.services.sync_policy import SyncPolicy, declare
from duty_desk.storage.models import LeaderWhereabouts, Person


def _label(session: Session, entry: LeaderWhereabouts) -> str:
    person = session.get(Person, entry.person_id)
    return f"{person.name if person is not None else entry.person_id[:8]} {format_beijing(entry.starts_at)}"


declare(SyncPolicy(LeaderWhereabouts, Action.VIEW_ESCALATIONS, Action.RESOLVE_CONFLICTS, _label,
                   chosen=frozenset({"recorded_by"}), validator=whereabouts.check_stored))

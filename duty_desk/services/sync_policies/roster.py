"""The roster: seen by whoever may read it; a duty is named by its day and shift, leave by its person and day."""

from sqlalchemy.orm import Session

from duty_desk.domain.roles import Action
from duty_desk.domain.timefmt import format_beijing
from duty_desk.services import roster
from duty_desk.services.sync_policy import SyncPolicy, declare
from duty_desk.storage.models import DutySignEvent, Person, RosterAbsence, RosterDuty, RosterPattern, RosterSwap


def _duty(session: Session, duty_id: str) -> str:
    duty = session.get(RosterDuty, duty_id)
    return f"{duty.day} {duty.shift}" if duty is not None else duty_id[:8]


def _absence(session: Session, absence: RosterAbsence) -> str:
    person = session.get(Person, absence.person_id)
    return f"{person.name if person is not None else absence.person_id[:8]} {format_beijing(absence.starts_at)}"


declare(
    SyncPolicy(RosterDuty, Action.VIEW_ROSTER, Action.RESOLVE_CONFLICTS, lambda s, duty: _duty(s, duty.id),
               chosen=frozenset({"position", "day", "shift"})),  # who and when: chosen, never typed
    SyncPolicy(RosterAbsence, Action.VIEW_ROSTER, Action.RESOLVE_CONFLICTS, _absence, validator=roster.check_stored),
    SyncPolicy(RosterPattern, Action.VIEW_ROSTER, Action.RESOLVE_CONFLICTS, lambda _s, pattern: pattern.name,
               chosen=frozenset({"kind", "handoff"}), validator=roster.check_stored),
    SyncPolicy(RosterSwap, Action.VIEW_ROSTER, Action.RESOLVE_CONFLICTS,
               lambda s, swap: f"{_duty(s, swap.duty_a_id)} ⇄ {_duty(s, swap.duty_b_id)}"),
    SyncPolicy(DutySignEvent, Action.VIEW_ROSTER, Action.RESOLVE_CONFLICTS,
               lambda s, event: f"{_duty(s, event.duty_id)} {event.kind}"),
)

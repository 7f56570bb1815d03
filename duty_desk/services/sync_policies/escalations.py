"""Escalations and their attempts: seen by whoever escalates; named by the incident's number (and the step)."""

from sqlalchemy.orm import Session

from duty_desk.domain.roles import Action
from duty_desk.services import escalations  # noqa: F401  (its sync hook re-folds pulled attempts)
from duty_desk.services.sync_policies.incidents import incident_label
from duty_desk.services.sync_policy import SyncPolicy, declare
from duty_desk.storage.models import Escalation, EscalationAttempt


def _attempt(session: Session, row: EscalationAttempt) -> str:
    esc = session.get(Escalation, row.escalation_id)
    return f"{incident_label(session, esc.incident_id) if esc is not None else row.escalation_id[:8]} #{row.step_no}"


declare(
    # The cached progress is the fold of the attempts: chosen, never typed (every site computes the same).
    SyncPolicy(Escalation, Action.VIEW_ESCALATIONS, Action.RESOLVE_CONFLICTS,
               lambda s, row: incident_label(s, row.incident_id),
               chosen=frozenset({"state", "step_key", "due_kind", "started_by"})),
    SyncPolicy(EscalationAttempt, Action.VIEW_ESCALATIONS, Action.RESOLVE_CONFLICTS, _attempt),
)

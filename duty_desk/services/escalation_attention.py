"""Escalation steps as an attention source: the step due now of every escalation in progress, or its reminder
when the last call went unanswered. Read from the cached next time's index: the tick stays cheap."""

from datetime import datetime, timedelta

from duty_desk.domain.deadline import Deadline
from duty_desk.domain.roles import Action
from duty_desk.domain.timefmt import as_utc
from duty_desk.services import attention, escalations
from duty_desk.services.attention import AttentionItem, AttentionSource
from duty_desk.services.context import Actor, Services
from duty_desk.services.permission import requires

SOURCE = "escalation_steps"


@requires(Action.VIEW_ESCALATIONS)
def escalation_steps(services: Services, actor: Actor, now: datetime) -> list[AttentionItem]:
    soon = timedelta(minutes=escalations.due_soon_minutes(services, actor))
    return [AttentionItem(SOURCE, escalations.ESCALATION, esc_id, f"{number} {summary}", Deadline(due, soon),
                          subject=kind, drill=drill, sort_key=number)
            for esc_id, number, summary, drill, due, kind in escalations.due_by(services, actor, as_utc(now) + soon)]


attention.register(AttentionSource(SOURCE, Action.VIEW_ESCALATIONS, escalation_steps))

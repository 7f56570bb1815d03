"""Supervision tasks as an attention source: a task whose feedback report is due soon (amber) or overdue (red)."""

from datetime import datetime

from sqlalchemy import select

from duty_desk.domain.roles import Action
from duty_desk.domain.supervision import OPEN, TaskState, feedback_deadline
from duty_desk.services import attention, supervision
from duty_desk.services.attention import AttentionItem, AttentionSource
from duty_desk.services.context import Actor, Services
from duty_desk.services.permission import requires
from duty_desk.storage.models import Organisation, SupervisionTask

SOURCE = "supervision_tasks"
TASK = str(SupervisionTask.__tablename__)  # the record kind the escalations panel opens


@requires(Action.VIEW_ESCALATIONS)
def open_tasks(services: Services, actor: Actor, now: datetime) -> list[AttentionItem]:
    soon = supervision.due_soon(services)
    with services.read(actor, Action.VIEW_ESCALATIONS) as session:
        rows = session.execute(
            select(SupervisionTask.id, SupervisionTask.feedback_by, SupervisionTask.state, Organisation.name)
            .join(Organisation, Organisation.id == SupervisionTask.organisation_id)
            .where(SupervisionTask.deleted.is_(False), SupervisionTask.state.in_([s.value for s in OPEN]),
                   SupervisionTask.feedback_by <= now + soon)).all()
    return [AttentionItem(SOURCE, TASK, task_id, name, feedback_deadline(TaskState(state), due, soon),
                          sort_key=task_id) for task_id, due, state, name in rows]


attention.register(AttentionSource(SOURCE, Action.VIEW_ESCALATIONS, open_tasks))

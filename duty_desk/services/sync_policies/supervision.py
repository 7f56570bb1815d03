"""Leaders' instructions and supervision tasks: seen by whoever sees escalations; an instruction is named by its
leader and time, a task by its department, its replies and chases by their task. Every field is chosen (no
validator): the instruction is verbatim history, and a task's state is the fold of its events, never typed."""

from sqlalchemy.orm import Session

from duty_desk.domain.roles import Action
from duty_desk.domain.timefmt import format_beijing
from duty_desk.services.permission import internal
from duty_desk.services.sync_policy import SyncPolicy, declare
from duty_desk.storage.models import (
    Instruction,
    Organisation,
    Person,
    SupervisionChase,
    SupervisionReply,
    SupervisionTask,
)


def _instruction(session: Session, row: Instruction) -> str:
    leader = session.get(Person, row.leader_id)
    return f"{leader.name if leader is not None else row.leader_id[:8]} {format_beijing(row.given_at)}"


@internal
def task_label(session: Session, task_id: str) -> str:
    task = session.get(SupervisionTask, task_id)
    if task is None:
        return task_id[:8]
    org = session.get(Organisation, task.organisation_id)
    return f"{org.name if org is not None else task.organisation_id[:8]} {format_beijing(task.feedback_by)}"


declare(
    SyncPolicy(Instruction, Action.VIEW_ESCALATIONS, Action.CLOSE_SUPERVISION, _instruction),
    SyncPolicy(SupervisionTask, Action.VIEW_ESCALATIONS, Action.CLOSE_SUPERVISION,
               lambda s, task: task_label(s, task.id)),
    SyncPolicy(SupervisionReply, Action.VIEW_ESCALATIONS, Action.CLOSE_SUPERVISION,
               lambda s, reply: f"{task_label(s, reply.task_id)} {reply.kind}"),
    SyncPolicy(SupervisionChase, Action.VIEW_ESCALATIONS, Action.CLOSE_SUPERVISION,
               lambda s, chase: f"{task_label(s, chase.task_id)} {format_beijing(chase.at)}"),
)

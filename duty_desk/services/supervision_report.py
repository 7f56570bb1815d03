"""The supervision notice and the implementation report, one service for the panel, the command line and the
tests: it checks the actor may see instructions and gathers them; reports.supervision only lays them out."""

from datetime import datetime

from sqlalchemy import select

from duty_desk.domain.deadline import DeadlineState
from duty_desk.domain.roles import Action
from duty_desk.domain.supervision import TERMS, Channel, TaskState, code_of
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.validation import ValidationError
from duty_desk.domain.vocabulary import Language
from duty_desk.reports.supervision import InstructionSheet, TaskSheet, implementation_pdf, notice_pdf
from duty_desk.services import instructions, supervision
from duty_desk.services.context import Actor, Services
from duty_desk.services.incident_report import Printout
from duty_desk.services.instructions import InstructionItem
from duty_desk.services.permission import requires
from duty_desk.storage.models import Instruction, SupervisionTask


def _instruction_sheet(item: InstructionItem) -> InstructionSheet:
    c = item.current
    return InstructionSheet(code_of(item.root_id), c.leader, c.given_at, TERMS[Channel][c.channel], c.text,
                            c.subject, c.incident_number, tuple((e.given_at, e.text) for e in item.earlier))


def _task_sheet(services: Services, actor: Actor, task_id: str, now: datetime) -> TaskSheet:
    d = supervision.detail(services, actor, task_id)
    t = d.task
    contact = " ".join(p for p in (t.contact_name, t.contact_phone) if p)
    return TaskSheet(code_of(t.id), t.department, contact, t.issued_at, t.issued_by, t.handle_by, t.feedback_by,
                     t.text, t.state, t.deadline.state(now) is DeadlineState.OVERDUE,
                     tuple((r.kind, r.at, r.person, r.text) for r in d.replies), len(d.chases),
                     tuple(s.reason for s in d.steps if s.to_state is TaskState.RETURNED))


@requires(Action.VIEW_ESCALATIONS)
def notice(services: Services, actor: Actor, task_id: str, language: Language,
           printed_at: datetime | None = None) -> Printout:
    """The supervision notice (督办通知单) of one task, in `language`."""
    printed_at = printed_at or utcnow()
    sheet = _task_sheet(services, actor, task_id, printed_at)
    instruction_id = supervision.detail(services, actor, task_id).task.instruction_id
    item = instructions.get(services, actor, instruction_id)
    return Printout(notice_pdf(_instruction_sheet(item), sheet, printed_at, language), sheet.code)


@requires(Action.VIEW_ESCALATIONS)
def implementation(services: Services, actor: Actor, instruction_id: str, language: Language,
                   printed_at: datetime | None = None) -> Printout:
    """The implementation report (批示落实情况报告): the instruction and every task's feedback."""
    printed_at = printed_at or utcnow()
    item = instructions.get(services, actor, instruction_id)
    views = supervision.tasks(services, actor, printed_at, instruction_ids=list(item.ids))
    sheets = [_task_sheet(services, actor, v.id, printed_at) for v in views]
    return Printout(implementation_pdf(_instruction_sheet(item), sheets, printed_at, language),
                    code_of(item.root_id))


@requires(Action.VIEW_ESCALATIONS)
def find(services: Services, actor: Actor, kind: str, code: str) -> str:
    """The id of the task or instruction (`kind` "task" or "instruction") named by its id or its code."""
    model = SupervisionTask if kind == "task" else Instruction
    wanted = code.strip().lower()
    with services.read(actor, Action.VIEW_ESCALATIONS) as session:
        found = [i for i in session.scalars(select(model.id).where(model.deleted.is_(False), model.id.like(
            "%" + wanted.replace("%", "").replace("_", "")))) if wanted and (i == wanted or i.endswith(wanted))]
    if not found:
        raise ValidationError.single(kind, "no {kind} has the code {code}", kind=kind, code=code)
    if len(found) > 1:
        raise ValidationError.single(kind, "{code} names more than one {kind}; give the whole id", kind=kind,
                                     code=code)
    return found[0]

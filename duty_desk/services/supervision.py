"""Supervision tasks (督办) issued from a leader's instruction, one per department or district government: their
deadlines, the department's receipt and feedback, chases (催办), and a shift leader closing a task or returning it
for more. The state is the fold of the task's workflow events (domain.supervision.TASK_FLOW)."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from duty_desk.domain.audit_actions import AuditAction
from duty_desk.domain.deadline import Deadline, DeadlineState
from duty_desk.domain.event_times import in_order, time_error
from duty_desk.domain.roles import Action
from duty_desk.domain.supervision import (
    CLOSE,
    FEEDBACK,
    RECEIVE,
    RETURN,
    TEXT_LIMIT,
    ChaseMeans,
    ChaseOutcome,
    ReplyKind,
    TaskState,
    feedback_deadline,
)
from duty_desk.domain.timefmt import format_beijing, utcnow
from duty_desk.domain.validation import FieldError, ValidationError, control_problem
from duty_desk.services import attachments, audit, instructions, office_rules, workflow
from duty_desk.services.context import Actor, Services
from duty_desk.services.office_rules import NumberRule
from duty_desk.services.permission import internal, requires
from duty_desk.storage.models import (
    Instruction,
    Organisation,
    Person,
    SupervisionChase,
    SupervisionReply,
    SupervisionTask,
)
from duty_desk.storage.models.workflow import WorkflowEvent

DUE_SOON = NumberRule("supervision_due_soon_days", 1, 0, 30)  # a task's feedback is due soon this many days ahead
# A feedback report's files: seen by whoever sees tasks, added by whoever supervises them.
FEEDBACK_FILES = attachments.register_owner(SupervisionReply, see=Action.VIEW_ESCALATIONS, edit=Action.SUPERVISE,
                                            missing=("feedback", "no such feedback report"))


@dataclass(frozen=True)
class TaskData:
    organisation_id: str
    handle_by: datetime
    feedback_by: datetime
    contact_name: str = ""
    contact_phone: str = ""
    text: str = ""  # the instruction's own text when left empty


@dataclass(frozen=True)
class TaskView:
    id: str
    instruction_id: str
    organisation_id: str
    department: str
    issued_at: datetime
    handle_by: datetime
    feedback_by: datetime
    contact_name: str
    contact_phone: str
    text: str
    issued_by: str
    state: TaskState
    state_reason: str
    deadline: Deadline


@dataclass(frozen=True)
class Reply:
    kind: ReplyKind
    at: datetime
    person: str
    text: str
    recorded_by: str
    id: str


@dataclass(frozen=True)
class Chase:
    at: datetime
    means: ChaseMeans
    whom: str
    outcome: ChaseOutcome
    note: str
    recorded_by: str


@dataclass(frozen=True)
class Step:
    """A state change that took effect: closed, returned (with the reason)…"""

    at: datetime
    to_state: TaskState
    reason: str
    actor: str


@dataclass(frozen=True)
class TaskDetail:
    task: TaskView
    replies: tuple[Reply, ...]
    chases: tuple[Chase, ...]
    steps: tuple[Step, ...]
    events: int  # every stored transition, those a concurrent one superseded included


@dataclass(frozen=True)
class SupervisionCounts:
    awaiting_tasks: int  # instructions no task has been issued from yet
    open_tasks: int  # not closed
    overdue_tasks: int  # feedback past its deadline


@internal
def due_soon(services: Services) -> timedelta:
    return timedelta(days=office_rules.stored_number(services, DUE_SOON))


def _view(row: SupervisionTask, department: str, soon: timedelta) -> TaskView:
    state = TaskState(row.state)
    return TaskView(row.id, row.instruction_id, row.organisation_id, department, row.issued_at, row.handle_by,
                    row.feedback_by, row.contact_name, row.contact_phone, row.text, row.issued_by, state,
                    row.state_reason, feedback_deadline(state, row.feedback_by, soon))


def _views(session: Session, rows: list[SupervisionTask], soon: timedelta) -> list[TaskView]:
    names = {i: n for i, n in session.execute(select(Organisation.id, Organisation.name).where(
        Organisation.id.in_({r.organisation_id for r in rows})))}
    return [_view(r, names.get(r.organisation_id, ""), soon) for r in rows]


def _text_problems(name: str, value: str) -> list[FieldError]:
    if len(value) > TEXT_LIMIT:
        return [FieldError.of(name, "at most {limit} characters", limit=TEXT_LIMIT)]
    problem = control_problem(value)
    return [FieldError.of(name, problem)] if problem else []


def _task_problems(data: TaskData, issued_at: datetime) -> list[FieldError]:
    errors = []
    for name, due in (("handle_by", data.handle_by), ("feedback_by", data.feedback_by)):
        if not in_order(issued_at, due):
            errors.append(FieldError.of(name, "the deadline cannot be before the task was issued ({issued})",
                                        issued=format_beijing(issued_at)))
    errors += _text_problems("text", data.text.strip())
    for name, value, limit in (("contact_name", data.contact_name, 50), ("contact_phone", data.contact_phone, 40)):
        if len(value.strip()) > limit:
            errors.append(FieldError.of(name, "at most {limit} characters", limit=limit))
        elif problem := control_problem(value):
            errors.append(FieldError.of(name, problem))
    return errors


@requires(Action.SUPERVISE)
def issue(services: Services, actor: Actor, instruction_id: str, tasks: list[TaskData],
          issued_at: datetime | None = None) -> list[str]:
    """A task per department or district government, all or none; each refusal names its field (tasks after the
    first as "tasks[N].field")."""
    now = utcnow()
    issued_at = issued_at or now
    errors: list[FieldError] = []
    if not tasks:
        errors.append(FieldError.of("organisation", "choose at least one department"))
    if error := time_error(issued_at, now, FieldError("issued_at", "a task cannot be issued in the future")):
        errors.append(error)
    if len({t.organisation_id for t in tasks}) < len(tasks):
        errors.append(FieldError.of("organisation", "one task per department"))
    for n, data in enumerate(tasks):
        prefix = f"tasks[{n}]." if n else ""
        errors += [FieldError(prefix + e.field, e.template, e.params) for e in _task_problems(data, issued_at)]
    if errors:
        raise ValidationError(errors)
    with services.write(actor, Action.SUPERVISE) as session:
        instruction = instructions.live_instruction(session, instruction_id)
        ids = []
        for n, data in enumerate(tasks):
            org = session.get(Organisation, data.organisation_id)
            if org is None or org.deleted:
                raise ValidationError.single((f"tasks[{n}]." if n else "") + "organisation",
                                             "no such organisation in the directory")
            row = SupervisionTask(instruction_id=instruction.id, organisation_id=org.id, issued_at=issued_at,
                                  handle_by=data.handle_by, feedback_by=data.feedback_by,
                                  contact_name=data.contact_name.strip(), contact_phone=data.contact_phone.strip(),
                                  text=data.text.strip() or instruction.text, issued_by=actor.display_name[:100],
                                  state=TaskState.ISSUED)
            session.add(row)
            session.flush()
            audit.record(session, actor, AuditAction.ISSUE_SUPERVISION_TASK, SupervisionTask.__tablename__, row.id,
                         after=audit.snapshot(row))
            ids.append(row.id)
        return ids


def _live(session: Session, task_id: str) -> SupervisionTask:
    row = session.get(SupervisionTask, task_id)
    if row is None or row.deleted:
        raise ValidationError.single("task", "no such supervision task")
    return row


def _when(at: datetime, issued_at: datetime, field: str) -> None:
    if error := time_error(at, utcnow(), FieldError(field, "it cannot have happened in the future")):
        raise ValidationError([error])
    if not in_order(issued_at, at):
        raise ValidationError.single(field, "it cannot have happened before the task was issued ({issued})",
                                     issued=format_beijing(issued_at))


def _reply(services: Services, actor: Actor, task_id: str, kind: ReplyKind, at: datetime, person: str,
           text: str) -> str:
    person, text = person.strip(), text.strip()
    errors = _text_problems("text", text)
    if kind is ReplyKind.FEEDBACK and not text:
        errors = [FieldError.of("text", "write down what the department reported")]
    if len(person) > 50:
        errors.append(FieldError.of("person", "at most {limit} characters", limit=50))
    elif problem := control_problem(person):
        errors.append(FieldError.of("person", problem))
    if kind is ReplyKind.RECEIPT and not person:
        errors.append(FieldError.of("person", "say who acknowledged it"))
    if errors:
        raise ValidationError(errors)
    with services.write(actor, Action.SUPERVISE) as session:
        task = _live(session, task_id)
        state = workflow.state_of(session, task)
        if state is TaskState.CLOSED:
            raise ValidationError.single("feedback" if kind is ReplyKind.FEEDBACK else "receipt",
                                         "the task is closed; nothing more can be recorded on it")
        if kind is ReplyKind.RECEIPT and state is not TaskState.ISSUED:
            raise ValidationError.single("receipt", "the department has acknowledged the task already")
        _when(at, task.issued_at, "at")
        row = SupervisionReply(task_id=task.id, kind=kind, at=at, person=person, text=text,
                               recorded_by=actor.display_name[:100])
        session.add(row)
        before = audit.snapshot(task)
        workflow.step(session, actor, task, RECEIVE if kind is ReplyKind.RECEIPT else FEEDBACK,
                      person if kind is ReplyKind.RECEIPT else "")
        session.flush()
        action = AuditAction.RECORD_TASK_RECEIPT if kind is ReplyKind.RECEIPT else AuditAction.RECORD_TASK_FEEDBACK
        audit.record(session, actor, action, SupervisionTask.__tablename__, task.id, before, audit.snapshot(task))
        return row.id


@requires(Action.SUPERVISE)
def record_receipt(services: Services, actor: Actor, task_id: str, person: str, at: datetime) -> str:
    """The department acknowledged the task: who, when."""
    return _reply(services, actor, task_id, ReplyKind.RECEIPT, at, person, "")


@requires(Action.SUPERVISE)
def record_feedback(services: Services, actor: Actor, task_id: str, text: str, at: datetime, person: str = "") -> str:
    """The department's feedback report (its files are attached to the returned reply's id); refused on a closed
    task."""
    return _reply(services, actor, task_id, ReplyKind.FEEDBACK, at, person, text)


@requires(Action.SUPERVISE)
def record_chase(services: Services, actor: Actor, task_id: str, at: datetime, means: ChaseMeans, whom: str,
                 outcome: ChaseOutcome, note: str = "") -> str:
    """One attempt at chasing the department (催办), whatever came of it."""
    whom, note = whom.strip(), note.strip()
    errors = _text_problems("note", note)
    if not whom:
        errors.append(FieldError.of("whom", "say whom you chased"))
    elif len(whom) > 100 or control_problem(whom):
        errors.append(FieldError.of("whom", "at most {limit} characters, no control characters", limit=100))
    if errors:
        raise ValidationError(errors)
    with services.write(actor, Action.SUPERVISE) as session:
        task = _live(session, task_id)
        if workflow.state_of(session, task) is TaskState.CLOSED:
            raise ValidationError.single("task", "the task is closed; there is nothing to chase")
        _when(at, task.issued_at, "at")
        row = SupervisionChase(task_id=task.id, at=at, means=ChaseMeans(means), whom=whom,
                               outcome=ChaseOutcome(outcome), note=note, recorded_by=actor.display_name[:100])
        session.add(row)
        session.flush()
        audit.record(session, actor, AuditAction.RECORD_CHASE, SupervisionChase.__tablename__, row.id,
                     after=audit.snapshot(row))
        return row.id


def _decide(services: Services, actor: Actor, task_id: str, transition: str, reason: str) -> TaskState:
    reason = reason.strip()
    if errors := _text_problems("reason", reason):
        raise ValidationError(errors)
    with services.write(actor, Action.CLOSE_SUPERVISION) as session:
        task = _live(session, task_id)
        before = audit.snapshot(task)
        state = workflow.step(session, actor, task, transition, reason)
        action = AuditAction.CLOSE_SUPERVISION_TASK if transition == CLOSE else AuditAction.RETURN_SUPERVISION_TASK
        audit.record(session, actor, action, SupervisionTask.__tablename__, task.id, before, audit.snapshot(task))
        return TaskState(state)


@requires(Action.CLOSE_SUPERVISION)
def close_task(services: Services, actor: Actor, task_id: str, reason: str = "") -> TaskState:
    """The feedback answers the instruction: the task is done."""
    return _decide(services, actor, task_id, CLOSE, reason)


@requires(Action.CLOSE_SUPERVISION)
def return_task(services: Services, actor: Actor, task_id: str, reason: str) -> TaskState:
    """The feedback is not enough: back to the department, saying what more is needed."""
    return _decide(services, actor, task_id, RETURN, reason)


@internal
def task_rows(session: Session, instruction_ids: list[str] | None = None) -> list[SupervisionTask]:
    query = select(SupervisionTask).where(SupervisionTask.deleted.is_(False))
    if instruction_ids is not None:
        query = query.where(SupervisionTask.instruction_id.in_(instruction_ids))
    return list(session.scalars(query))


def _urgency(view: TaskView, now: datetime) -> tuple[int, float, str]:
    """Overdue first, then open ones by deadline, then those waiting for a shift leader, closed ones last."""
    state = view.deadline.state(now)
    rank = 0 if state is DeadlineState.OVERDUE else 3 if view.state is TaskState.CLOSED else \
        2 if state is DeadlineState.DONE else 1
    return rank, view.feedback_by.timestamp(), view.id


@requires(Action.VIEW_ESCALATIONS)
def tasks(services: Services, actor: Actor, now: datetime | None = None, overdue: bool = False,
          department: str = "", instruction_ids: list[str] | None = None) -> list[TaskView]:
    """Tasks by deadline, overdue first; `department` narrows to names containing it."""
    now = now or utcnow()
    soon = due_soon(services)
    with services.read(actor, Action.VIEW_ESCALATIONS) as session:
        views = _views(session, task_rows(session, instruction_ids), soon)
    needle = department.strip().lower()
    views = [v for v in views if (not overdue or v.deadline.state(now) is DeadlineState.OVERDUE)
             and needle in v.department.lower()]
    return sorted(views, key=lambda v: _urgency(v, now))


@requires(Action.VIEW_ESCALATIONS)
def detail(services: Services, actor: Actor, task_id: str) -> TaskDetail:
    soon = due_soon(services)
    with services.read(actor, Action.VIEW_ESCALATIONS) as session:
        task = _live(session, task_id)
        view = _views(session, [task], soon)[0]
        replies = tuple(Reply(ReplyKind(r.kind), r.at, r.person, r.text, r.recorded_by, r.id)
                        for r in session.scalars(select(SupervisionReply).where(
                            SupervisionReply.task_id == task.id, SupervisionReply.deleted.is_(False))
                            .order_by(SupervisionReply.at, SupervisionReply.id)))
        chases = tuple(Chase(c.at, ChaseMeans(c.means), c.whom, ChaseOutcome(c.outcome), c.note, c.recorded_by)
                       for c in session.scalars(select(SupervisionChase).where(
                           SupervisionChase.task_id == task.id, SupervisionChase.deleted.is_(False))
                           .order_by(SupervisionChase.at, SupervisionChase.id)))
        steps = tuple(Step(e.at, TaskState(e.to_state), e.reason, e.actor) for e in workflow.history(session, task))
        stored = len(list(session.scalars(select(WorkflowEvent.id).where(
            WorkflowEvent.record_kind == SupervisionTask.__tablename__, WorkflowEvent.record_id == task.id))))
    return TaskDetail(view, replies, chases, steps, stored)


@requires(Action.VIEW_ESCALATIONS)
def counts(services: Services, actor: Actor, now: datetime) -> SupervisionCounts:
    """For the Overview: instructions awaiting tasks, open tasks, overdue tasks."""
    soon = due_soon(services)
    with services.read(actor, Action.VIEW_ESCALATIONS) as session:
        groups = instructions.items(session, list(session.scalars(select(Instruction).where(
            Instruction.deleted.is_(False)))))
        views = _views(session, task_rows(session), soon)
    open_views = [v for v in views if v.state is not TaskState.CLOSED]
    return SupervisionCounts(sum(1 for g in groups if g.tasks == 0), len(open_views),
                             sum(1 for v in open_views if v.deadline.state(now) is DeadlineState.OVERDUE))


@dataclass(frozen=True)
class Choices:
    """What the forms pick from: the directory's leaders (name and title) and its organisations."""

    leaders: tuple[tuple[str, str], ...]
    departments: tuple[tuple[str, str], ...]


@requires(Action.VIEW_ESCALATIONS)
def choices(services: Services, actor: Actor) -> Choices:
    with services.read(actor, Action.VIEW_ESCALATIONS) as session:
        leaders = tuple((p.id, f"{p.name} {p.title}".strip()) for p in session.scalars(
            select(Person).where(Person.is_leader.is_(True), Person.deleted.is_(False)).order_by(Person.name)))
        departments = tuple((i, n) for i, n in session.execute(select(Organisation.id, Organisation.name).where(
            Organisation.deleted.is_(False)).order_by(Organisation.name)))
    return Choices(leaders, departments)

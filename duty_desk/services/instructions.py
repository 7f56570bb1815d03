"""Leaders' instructions (批示): recorded verbatim with the leader, when and how it came; linked to an incident or
standing alone. History by nature: a correction is a new record naming the one it corrects, and the two are shown
together. An instruction linked to an incident is in that incident's timeline and printout."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from duty_desk.domain.audit_actions import AuditAction
from duty_desk.domain.event_times import time_error
from duty_desk.domain.incident_views import TimelineEvent, TimelineKind
from duty_desk.domain.roles import Action
from duty_desk.domain.supervision import SUBJECT_LIMIT, TEXT_LIMIT, Channel
from duty_desk.domain.timefmt import format_beijing, utcnow
from duty_desk.domain.validation import FieldError, ValidationError, control_problem
from duty_desk.domain.vocabulary import Language, label
from duty_desk.services import attachments, audit, incidents
from duty_desk.services.context import Actor, Services
from duty_desk.services.permission import internal, requires
from duty_desk.storage.models import Incident, Instruction, Person, SupervisionTask

# The scanned 呈报单 the leader wrote on: seen by whoever sees instructions, added by whoever records them.
ATTACHMENTS = attachments.register_owner(Instruction, see=Action.VIEW_ESCALATIONS, edit=Action.RECORD_INSTRUCTION,
                                         missing=("instruction", "no such instruction"))
INSTRUCTION_WORDS = {
    Language.EN: "{leader} ({channel}): {text}", Language.ZH: "{leader}（{channel}）批示：{text}",
}
CORRECTION_WORDS = {
    Language.EN: "{leader} ({channel}), correcting the record of {given}: {text}",
    Language.ZH: "{leader}（{channel}）批示（更正{given}的记录）：{text}",
}


@dataclass(frozen=True)
class InstructionData:
    leader_id: str
    given_at: datetime
    channel: Channel
    text: str
    subject: str = ""
    incident_id: str | None = None


@dataclass(frozen=True)
class InstructionView:
    id: str
    leader_id: str
    leader: str  # the leader's name and title, as the directory has them
    given_at: datetime
    channel: Channel
    text: str
    subject: str
    incident_id: str | None
    incident_number: str
    corrects_id: str | None
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class InstructionItem:
    """One instruction as it stands (its latest record), with the records it corrects, oldest first."""

    current: InstructionView
    earlier: tuple[InstructionView, ...]
    root_id: str  # the first record: what its tasks and its report are kept under
    tasks: int  # supervision tasks issued from it

    @property
    def ids(self) -> tuple[str, ...]:
        return (*(e.id for e in self.earlier), self.current.id)


def _clean(data: InstructionData, now: datetime) -> InstructionData:
    text, subject = data.text.strip(), data.subject.strip()
    errors: list[FieldError] = []
    if not text:
        errors.append(FieldError.of("text", "write the instruction down as the leader gave it"))
    elif len(text) > TEXT_LIMIT:
        errors.append(FieldError.of("text", "at most {limit} characters", limit=TEXT_LIMIT))
    for name, value in (("text", text), ("subject", subject)):
        if problem := control_problem(value):
            errors.append(FieldError.of(name, problem))
    if len(subject) > SUBJECT_LIMIT:
        errors.append(FieldError.of("subject", "at most {limit} characters", limit=SUBJECT_LIMIT))
    if error := time_error(data.given_at, now, FieldError("given_at", "the instruction cannot have been given in "
                                                                      "the future")):
        errors.append(error)
    if errors:
        raise ValidationError(errors)
    return InstructionData(data.leader_id, data.given_at, Channel(data.channel), text, subject, data.incident_id)


def _leader(person: Person | None) -> str:
    if person is None:
        return ""
    return f"{person.name} {person.title}".strip()


def _views(session: Session, rows: Iterable[Instruction]) -> list[InstructionView]:
    rows = list(rows)
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_({r.leader_id for r in rows})))}
    numbers = {i: n for i, n in session.execute(select(Incident.id, Incident.number).where(
        Incident.id.in_({r.incident_id for r in rows if r.incident_id})))}
    return [InstructionView(r.id, r.leader_id, _leader(people.get(r.leader_id)), r.given_at, Channel(r.channel),
                            r.text, r.subject, r.incident_id, numbers.get(r.incident_id or "", ""), r.corrects_id,
                            r.recorded_by, r.created_at) for r in rows]


@internal
def live_instruction(session: Session, instruction_id: str, field: str = "instruction") -> Instruction:
    row = session.get(Instruction, instruction_id)
    if row is None or row.deleted:
        raise ValidationError.single(field, "no such instruction")
    return row


@requires(Action.RECORD_INSTRUCTION)
def record(services: Services, actor: Actor, data: InstructionData, corrects: str | None = None) -> str:
    """A new instruction, or (`corrects`) a corrected record of one; refused whole with the field named."""
    data = _clean(data, utcnow())
    with services.write(actor, Action.RECORD_INSTRUCTION) as session:
        leader = session.get(Person, data.leader_id)
        if leader is None or leader.deleted or not leader.is_leader:
            raise ValidationError.single("leader", "choose a leader from the directory")
        if data.incident_id is not None:
            incidents.live_incident(session, data.incident_id)
        if corrects is not None:
            live_instruction(session, corrects, "corrects")
        row = Instruction(leader_id=leader.id, given_at=data.given_at, channel=data.channel, text=data.text,
                          subject=data.subject, incident_id=data.incident_id, corrects_id=corrects,
                          recorded_by=actor.display_name[:100])
        session.add(row)
        session.flush()
        audit.record(session, actor, AuditAction.RECORD_INSTRUCTION, Instruction.__tablename__, row.id,
                     after=audit.snapshot(row))
        return row.id


@internal
def items(session: Session, rows: list[Instruction]) -> list[InstructionItem]:
    """Records grouped into instructions: each group is a first record and every record correcting it (two
    corrections made offline at once both stand; the one recorded last is shown as current)."""
    by_id = {r.id: r for r in rows}

    def root(row: Instruction) -> str:
        seen = {row.id}
        while row.corrects_id in by_id and row.corrects_id not in seen:
            row = by_id[row.corrects_id]
            seen.add(row.id)
        return row.id

    groups: dict[str, list[InstructionView]] = {}
    for view in _views(session, rows):
        groups.setdefault(root(by_id[view.id]), []).append(view)
    counts: dict[str, int] = {}
    for instruction_id in session.scalars(select(SupervisionTask.instruction_id).where(
            SupervisionTask.deleted.is_(False), SupervisionTask.instruction_id.in_(by_id))):
        key = root(by_id[instruction_id])
        counts[key] = counts.get(key, 0) + 1
    out = []
    for root_id, views in groups.items():
        views.sort(key=lambda v: (v.recorded_at, v.id))
        out.append(InstructionItem(views[-1], tuple(views[:-1]), root_id, counts.get(root_id, 0)))
    return out


def _all(session: Session) -> list[Instruction]:
    return list(session.scalars(select(Instruction).where(Instruction.deleted.is_(False))))


@requires(Action.VIEW_ESCALATIONS)
def list_instructions(services: Services, actor: Actor) -> list[InstructionItem]:
    """Those still awaiting tasks first, then the newest given first."""
    with services.read(actor, Action.VIEW_ESCALATIONS) as session:
        found = items(session, _all(session))
    return sorted(found, key=lambda i: (i.tasks > 0, -i.current.given_at.timestamp(), i.root_id))


@requires(Action.VIEW_ESCALATIONS)
def get(services: Services, actor: Actor, instruction_id: str) -> InstructionItem:
    """The instruction a record belongs to (any record of its group)."""
    with services.read(actor, Action.VIEW_ESCALATIONS) as session:
        live_instruction(session, instruction_id)
        for item in items(session, _all(session)):
            if instruction_id in item.ids:
                return item
    raise ValidationError.single("instruction", "no such instruction")


@internal
def words(view: InstructionView, corrected: InstructionView | None) -> dict[Language, str]:
    """The instruction in a sentence, in each language (a correction says which record it corrects)."""
    out = {}
    for language in Language:
        values = {"leader": view.leader, "channel": label(view.channel, language), "text": view.text}
        if corrected is None:
            out[language] = INSTRUCTION_WORDS[language].format(**values)
        else:
            out[language] = CORRECTION_WORDS[language].format(**values, given=format_beijing(corrected.given_at))
    return out


def _timeline(session: Session, incident_id: str) -> list[TimelineEvent]:
    rows = list(session.scalars(select(Instruction).where(Instruction.incident_id == incident_id,
                                                          Instruction.deleted.is_(False))))
    views = {v.id: v for v in _views(session, rows)}
    events = []
    for view in views.values():
        said = words(view, views.get(view.corrects_id or ""))
        events.append(TimelineEvent(view.given_at, TimelineKind.INSTRUCTION, view.text, view.recorded_by,
                                    words=said.__getitem__))
    return events


incidents.add_timeline_source(_timeline)

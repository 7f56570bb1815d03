"""Escalating an incident to the leaders (逐级呈报): start its policy, record every attempt (append-only), go on
at once, mark a step not needed; what is due now; the incident's timeline. Whom a step names is resolved at the
moment: the leader on duty then (the roster changes hands at its handoff), or the one acting for an absent leader.
"""

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duty_desk.domain import escalation as E
from duty_desk.domain import vocabulary as V
from duty_desk.domain.audit_actions import AuditAction
from duty_desk.domain.directory import mask_phone
from duty_desk.domain.escalation_words import attempt_words
from duty_desk.domain.event_times import in_order, time_error
from duty_desk.domain.incident_views import TimelineEvent, TimelineKind
from duty_desk.domain.incidents import Category, Severity, Status
from duty_desk.domain.roles import Action
from duty_desk.domain.timefmt import as_utc, format_beijing, utcnow
from duty_desk.domain.validation import FieldError, ValidationError
from duty_desk.services import audit, incidents, roster, whereabouts
from duty_desk.services.context import Actor, Services
from duty_desk.services.escalation_policies import policies_in
from duty_desk.services.permission import internal, requires
from duty_desk.storage.models import Escalation, EscalationAttempt, Incident, Organisation, Person
from duty_desk.sync import client

ESCALATION = str(Escalation.__tablename__)  # the record kind the escalations page opens
ATTEMPTS = str(EscalationAttempt.__tablename__)


# ---- whom a step names, at a moment ----

@dataclass(frozen=True)
class Contact:
    id: str
    name: str
    title: str = ""
    office_phone: str = ""
    mobile: str = ""
    secure_phone: str = ""
    duty_phone: str = ""  # an organisation's


@dataclass(frozen=True)
class Whom:
    named: Contact  # whom the step names (the leader on duty, the leader in charge)
    reached: Contact  # whom to call: the acting leader when the named one is away, else the same


def _person(row: Person, shown: bool) -> Contact:
    """Mobiles and secure lines masked for a role without personal data, as the directory shows them."""
    hide = (lambda phone: phone) if shown else mask_phone
    return Contact(row.id, row.name, row.title, row.office_phone, hide(row.mobile), hide(row.secure_phone))


class Resolver:
    """Resolves steps at moments, remembering the roster and stand-ins it read (a page of rows asks often)."""

    def __init__(self, session: Session, policies: E.Policies, shown: bool = True) -> None:
        self.session, self.policies, self.shown = session, policies, shown
        self._on_duty: dict[datetime, dict[str, list[str]]] = {}

    def _position(self, position: str, at: datetime) -> str | None:
        if at not in self._on_duty:
            found: dict[str, list[str]] = {}
            for duty in roster.live_duties(self.session, at, at + timedelta(seconds=1)):
                found.setdefault(duty.position, []).append(duty.person_id)
            self._on_duty[at] = found
        people = self._on_duty[at].get(position, [])
        return people[0] if people else None

    def person_id(self, step: E.Step, category: Category | None, at: datetime) -> str | None:
        if step.target is E.Target.POSITION:
            return self._position(step.ref, at)
        if step.target is E.Target.IN_CHARGE:
            return self.policies.in_charge.get(category) if category is not None else None
        return step.ref if step.target is E.Target.PERSON else None

    def whom(self, step: E.Step, category: Category | None, at: datetime) -> Whom | None:
        """None: nobody to inform (no one on duty in the position, no leader in charge of the category)."""
        if step.target is E.Target.ORGANISATION:
            org = self.session.get(Organisation, step.ref)
            if org is None or org.deleted:
                return None
            duty = org.duty_phone if self.shown else mask_phone(org.duty_phone)
            contact = Contact(org.id, org.name, "", org.phone, "", "", duty)
            return Whom(contact, contact)
        person_id = self.person_id(step, category, at)
        named = self.session.get(Person, person_id) if person_id else None
        if named is None or named.deleted:
            return None
        acting_id = whereabouts.stand_in(self.session, named.id, at)
        acting = self.session.get(Person, acting_id) if acting_id else None
        contact = _person(named, self.shown)
        return Whom(contact, _person(acting, self.shown) if acting is not None and not acting.deleted else contact)


# ---- the fold, cached on the escalation ----

def _category(incident: Incident) -> Category | None:
    return Category(incident.category) if incident.category in set(Category) else None


def _plan(policies: E.Policies, incident: Incident) -> tuple[E.Step, ...]:
    severity = Severity(incident.severity) if incident.severity in set(Severity) else Severity.I
    return policies.plan(severity, _category(incident))


def _attempts(session: Session, escalation_ids: Collection[str]) -> dict[str, list[EscalationAttempt]]:
    out: dict[str, list[EscalationAttempt]] = {}
    ids = list(escalation_ids)
    for start in range(0, len(ids), 500):
        for row in session.scalars(select(EscalationAttempt).where(
                EscalationAttempt.escalation_id.in_(ids[start:start + 500]), EscalationAttempt.deleted.is_(False))
                .order_by(EscalationAttempt.at, EscalationAttempt.id)):
            out.setdefault(row.escalation_id, []).append(row)
    return out


def _fold_input(row: EscalationAttempt) -> E.Attempt:
    return E.Attempt(row.id, row.hlc, row.origin_site, row.step_key, E.AttemptKind(row.kind),
                     E.Outcome(row.outcome) if row.outcome else None, row.at)


def _progress(policies: E.Policies, esc: Escalation, incident: Incident,
              attempts: list[EscalationAttempt]) -> E.Progress:
    return E.progress(_plan(policies, incident), esc.started_at, [_fold_input(a) for a in attempts],
                      timedelta(minutes=policies.reminder_minutes))


def _set(row: Escalation, **values: object) -> None:
    for name, value in values.items():  # unchanged values are left alone: nothing to sync
        if getattr(row, name) != value:
            setattr(row, name, value)


def _cache(session: Session, policies: E.Policies, esc: Escalation) -> E.Progress | None:
    incident = session.get(Incident, esc.incident_id)
    if incident is None:
        return None
    progress = _progress(policies, esc, incident, _attempts(session, [esc.id]).get(esc.id, []))
    soon = timedelta(minutes=policies.due_soon_minutes)
    due = progress.deadline(soon)
    state = E.EscalationState.ENDED if incident.status == Status.CLOSED else progress.state
    current = progress.steps[progress.current].step.key if progress.current is not None else ""
    live = state is E.EscalationState.IN_PROGRESS and due is not None
    _set(esc, state=state, steps=len(progress.steps), step_key=current,
         step_no=(progress.current or 0) + 1 if progress.current is not None else 0,
         next_due=due[0].due if live and due else None, due_kind=due[1] if due else E.DueKind.STEP)
    return progress


def _add(session: Session, actor: Actor, esc: Escalation, step_no: int, step: E.Step, kind: E.AttemptKind,
         at: datetime, whom: Whom | None = None, outcome: E.Outcome | None = None, means: E.Means | None = None,
         reason: str = "") -> EscalationAttempt:
    row = EscalationAttempt(
        escalation_id=esc.id, step_key=step.key, step_no=step_no, kind=kind, outcome=outcome, means=means, at=at,
        named_id=whom.named.id if whom else "", named_name=whom.named.name[:100] if whom else "",
        reached_id=whom.reached.id if whom else "", reached_name=whom.reached.name[:100] if whom else "",
        reason=reason, recorded_by=actor.display_name[:100])
    session.add(row)
    session.flush()
    audit.record(session, actor, AuditAction.RECORD_ESCALATION_ATTEMPT if kind is not E.AttemptKind.NOT_NEEDED
                 else AuditAction.DECIDE_ESCALATION_STEP, ATTEMPTS, row.id, after=audit.snapshot(row))
    return row


def _advance(session: Session, actor: Actor, esc: Escalation, now: datetime) -> None:
    """Re-fold; a step due now with nobody to inform is skipped, and the skip recorded, until one has someone."""
    policies = policies_in(session)
    incident = session.get(Incident, esc.incident_id)
    resolver = Resolver(session, policies)
    for _ in range(len(E.Target) * 20):  # bounded: each pass skips one step of the plan
        progress = _cache(session, policies, esc)
        if progress is None or progress.current is None or incident is None or incident.status == Status.CLOSED:
            return
        step = progress.steps[progress.current].step
        if resolver.whom(step, _category(incident), now) is not None:
            return
        _add(session, actor, esc, progress.current + 1, step, E.AttemptKind.SKIP, now,
             reason=V.sentence("nobody_on_duty", V.Language.EN))


# ---- use cases ----

def _live(session: Session, escalation_id: str) -> Escalation:
    row = session.get(Escalation, escalation_id)
    if row is None or row.deleted:
        raise ValidationError.single("escalation", "no such escalation")
    return row


def _begin(session: Session, actor: Actor, incident: Incident, at: datetime) -> Escalation:
    if incident.status == Status.CLOSED:
        raise ValidationError.single("incident", "a closed incident is not escalated; reopen it first")
    running = session.scalar(select(Escalation.id).where(
        Escalation.incident_id == incident.id, Escalation.deleted.is_(False),
        Escalation.state == E.EscalationState.IN_PROGRESS))
    if running is not None:
        raise ValidationError.single("incident", "this incident is already being escalated")
    esc = Escalation(incident_id=incident.id, started_at=at, started_by=actor.display_name[:100])
    session.add(esc)
    session.flush()
    _cache(session, policies_in(session), esc)
    audit.record(session, actor, AuditAction.START_ESCALATION, ESCALATION, esc.id, after=audit.snapshot(esc))
    _advance(session, actor, esc, at)
    return esc


@requires(Action.ESCALATE)
def start(services: Services, actor: Actor, incident_id: str) -> str:
    """Start the policy for the incident's severity and category, now."""
    with services.write(actor, Action.ESCALATE) as session:
        return _begin(session, actor, incidents.live_incident(session, incident_id), utcnow()).id


def _current(session: Session, esc: Escalation, step_key: str) -> tuple[int, E.Step, Incident]:
    """The step due now, which must be the one the officer was shown (another workstation may have moved on)."""
    incident = session.get(Incident, esc.incident_id)
    if incident is None or incident.status == Status.CLOSED or esc.state != E.EscalationState.IN_PROGRESS:
        raise ValidationError.single("escalation", "this escalation is no longer in progress")
    progress = _cache(session, policies_in(session), esc)
    if progress is None or progress.current is None or progress.steps[progress.current].step.key != step_key:
        raise ValidationError.single("step", "the step due has changed meanwhile; look at it again")
    return progress.current + 1, progress.steps[progress.current].step, incident


@requires(Action.ESCALATE)
def record_attempt(services: Services, actor: Actor, escalation_id: str, step_key: str, outcome: E.Outcome,
                   means: E.Means, at: datetime | None = None) -> str:
    """A call or visit to the step due now. Whom it reached is resolved at `at` (now by default): the leader on
    duty then, or the one acting for them; reached ends the step."""
    now = utcnow()
    at = as_utc(at or now)
    if error := time_error(at, now, FieldError("at", "the attempt cannot have been made in the future")):
        raise ValidationError([error])
    with services.write(actor, Action.ESCALATE) as session:
        esc = _live(session, escalation_id)
        if not in_order(esc.started_at, at):
            raise ValidationError.single("at", "the attempt cannot have been made before the escalation started "
                                               "({started})", started=format_beijing(esc.started_at))
        step_no, step, incident = _current(session, esc, step_key)
        whom = Resolver(session, policies_in(session)).whom(step, _category(incident), at)
        row = _add(session, actor, esc, step_no, step, E.AttemptKind.ATTEMPT, at, whom, outcome, means)
        _advance(session, actor, esc, now)
        return row.id


@requires(Action.ESCALATE)
def go_on(services: Services, actor: Actor, escalation_id: str, step_key: str) -> None:
    """Go on to the next step at once; this one stays in the record as passed over."""
    with services.write(actor, Action.ESCALATE) as session:
        esc = _live(session, escalation_id)
        step_no, step, _ = _current(session, esc, step_key)
        _add(session, actor, esc, step_no, step, E.AttemptKind.GO_ON, utcnow())
        _advance(session, actor, esc, utcnow())


@requires(Action.DECIDE_ESCALATION_STEP)
def mark_not_needed(services: Services, actor: Actor, escalation_id: str, step_key: str, reason: str) -> None:
    reason = reason.strip()
    if not reason:
        raise ValidationError.single("reason", "say why the step is not needed")
    with services.write(actor, Action.DECIDE_ESCALATION_STEP) as session:
        esc = _live(session, escalation_id)
        step_no, step, _ = _current(session, esc, step_key)
        _add(session, actor, esc, step_no, step, E.AttemptKind.NOT_NEEDED, utcnow(), reason=reason[:2000])
        _advance(session, actor, esc, utcnow())


def _incident_written(session: Session, actor: Actor, incident: Incident, registered: bool) -> None:
    """On registration at a level the office chose, the escalation starts; any change re-plans the escalations
    of the incident (a severity changed, the incident closed or reopened), keeping what was done."""
    policies = policies_in(session)
    if registered:
        severity = Severity(incident.severity)
        if actor.may(Action.ESCALATE) and severity in policies.start_on_registration:
            _begin(session, actor, incident, as_utc(incident.received_at))
        return
    for esc in session.scalars(select(Escalation).where(Escalation.incident_id == incident.id,
                                                         Escalation.deleted.is_(False))):
        if actor.may(Action.ESCALATE):
            _advance(session, actor, esc, utcnow())
        else:  # a role that edits incidents but does not escalate records no skips
            _cache(session, policies, esc)


incidents.add_write_hook(_incident_written)


@internal  # the sync client's hook: pulled attempts, escalations or incidents re-fold the cached progress
def refold_arrived(session: Session, arrived: Mapping[str, Collection[str]]) -> None:
    ids = set(arrived.get(ESCALATION, ()))
    attempt_ids = list(arrived.get(ATTEMPTS, ()))
    incident_ids = list(arrived.get(str(Incident.__tablename__), ()))
    for start in range(0, max(len(attempt_ids), len(incident_ids)), 500):  # bounded IN lists
        ids |= set(session.scalars(select(EscalationAttempt.escalation_id).where(
            EscalationAttempt.id.in_(attempt_ids[start:start + 500]))))
        ids |= set(session.scalars(select(Escalation.id).where(
            Escalation.incident_id.in_(incident_ids[start:start + 500]))))
    if not ids:
        return
    policies = policies_in(session)
    for esc in session.scalars(select(Escalation).where(Escalation.id.in_(list(ids)))):
        _cache(session, policies, esc)  # a pulled change of the policy itself re-plans at the next write


client.on_applied(refold_arrived)


# ---- what the screens read ----

@dataclass(frozen=True)
class EscalationRow:
    id: str
    incident_id: str
    number: str
    summary: str
    severity: str
    drill: bool
    step_no: int
    steps: int
    step: E.Step | None
    due: datetime | None
    due_kind: E.DueKind
    whom: Whom | None  # resolved now


def _step_of(policies: E.Policies, incident: Incident, key: str) -> E.Step | None:
    return next((s for s in _plan(policies, incident) if s.key == key), None)


@requires(Action.VIEW_ESCALATIONS)
def in_progress(services: Services, actor: Actor, now: datetime | None = None, overdue: bool = False,
                offset: int = 0, limit: int | None = 50) -> list[EscalationRow]:
    """Escalations in progress, the soonest due first (overdue first), with whom to inform now."""
    now = as_utc(now or utcnow())
    with services.read(actor, Action.VIEW_ESCALATIONS) as session:
        query = (select(Escalation, Incident).join(Incident, Incident.id == Escalation.incident_id)
                 .where(Escalation.state == E.EscalationState.IN_PROGRESS, Escalation.deleted.is_(False))
                 .order_by(Escalation.next_due, Escalation.id).offset(offset).limit(limit))
        if overdue:
            query = query.where(Escalation.next_due < now)
        policies = policies_in(session)
        resolver = Resolver(session, policies, actor.may(Action.VIEW_PERSONAL_DATA))
        out = []
        for esc, incident in session.execute(query):
            step = _step_of(policies, incident, esc.step_key)
            out.append(EscalationRow(esc.id, incident.id, incident.number, incident.summary, incident.severity,
                                     incident.drill, esc.step_no, esc.steps, step, esc.next_due,
                                     E.DueKind(esc.due_kind),
                                     resolver.whom(step, _category(incident), now) if step else None))
        return out


@dataclass(frozen=True)
class EscalationCounts:
    in_progress: int
    overdue_steps: int


@requires(Action.VIEW_ESCALATIONS)
def counts(services: Services, actor: Actor, now: datetime | None = None) -> EscalationCounts:
    now = as_utc(now or utcnow())
    with services.read(actor, Action.VIEW_ESCALATIONS) as session:
        live = (Escalation.state == E.EscalationState.IN_PROGRESS, Escalation.deleted.is_(False))
        total = session.scalar(select(func.count()).select_from(Escalation).where(*live)) or 0
        late = session.scalar(select(func.count()).select_from(Escalation).where(
            *live, Escalation.next_due < now, Escalation.due_kind == E.DueKind.STEP)) or 0
    return EscalationCounts(total, late)


@requires(Action.VIEW_ESCALATIONS)
def due_by(services: Services, actor: Actor, until: datetime) -> list[tuple[str, str, str, bool, datetime, E.DueKind]]:
    """Escalations whose next time is before `until`: (id, number, summary, drill, due, kind), from the index."""
    with services.read(actor, Action.VIEW_ESCALATIONS) as session:
        rows = session.execute(
            select(Escalation.id, Incident.number, Incident.summary, Incident.drill, Escalation.next_due,
                   Escalation.due_kind).join(Incident, Incident.id == Escalation.incident_id)
            .where(Escalation.state == E.EscalationState.IN_PROGRESS, Escalation.next_due <= until,
                   Escalation.deleted.is_(False)))
        return [(i, n, s[:40], d, due, E.DueKind(k)) for i, n, s, d, due, k in rows if due is not None]


@requires(Action.VIEW_ESCALATIONS)
def due_soon_minutes(services: Services, actor: Actor) -> int:
    with services.read(actor, Action.VIEW_ESCALATIONS) as session:
        return policies_in(session).due_soon_minutes


def _attempt_view(row: EscalationAttempt) -> E.AttemptView:
    return E.AttemptView(row.at, row.step_no, E.AttemptKind(row.kind), E.Outcome(row.outcome) if row.outcome else None,
                       E.Means(row.means) if row.means else None, row.named_name, row.reached_name, row.reason,
                       row.recorded_by)


@dataclass(frozen=True)
class EscalationDetail:
    row: EscalationRow
    state: E.EscalationState
    started_at: datetime
    progress: E.Progress
    attempts: list[E.AttemptView]


@requires(Action.VIEW_ESCALATIONS)
def detail(services: Services, actor: Actor, escalation_id: str, now: datetime | None = None) -> EscalationDetail:
    now = as_utc(now or utcnow())
    with services.read(actor, Action.VIEW_ESCALATIONS) as session:
        esc = _live(session, escalation_id)
        incident = session.get(Incident, esc.incident_id)
        assert incident is not None  # a foreign key
        policies = policies_in(session)
        attempts = _attempts(session, [esc.id]).get(esc.id, [])
        progress = _progress(policies, esc, incident, attempts)
        step = _step_of(policies, incident, esc.step_key)
        whom = Resolver(session, policies, actor.may(Action.VIEW_PERSONAL_DATA)).whom(step, _category(incident), now) \
            if step and esc.state == E.EscalationState.IN_PROGRESS else None
        row = EscalationRow(esc.id, incident.id, incident.number, incident.summary, incident.severity, incident.drill,
                            esc.step_no, esc.steps, step, esc.next_due, E.DueKind(esc.due_kind), whom)
        return EscalationDetail(row, E.EscalationState(esc.state), esc.started_at, progress,
                                [_attempt_view(a) for a in attempts])


@requires(Action.VIEW_ESCALATIONS)
def of_incident(services: Services, actor: Actor, incident_id: str) -> str | None:
    """The incident's escalation in progress (else its latest), for the incidents panel's Escalate button."""
    with services.read(actor, Action.VIEW_ESCALATIONS) as session:
        return session.scalar(select(Escalation.id).where(Escalation.incident_id == incident_id,
                                                          Escalation.deleted.is_(False))
                              .order_by(Escalation.started_at.desc()).limit(1))


# ---- the incident's timeline and printout ----

def _timeline(session: Session, incident_id: str) -> list[TimelineEvent]:
    escalations = list(session.scalars(select(Escalation).where(Escalation.incident_id == incident_id,
                                                                Escalation.deleted.is_(False))))
    attempts = _attempts(session, [e.id for e in escalations])
    events: list[TimelineEvent] = []
    for esc in escalations:
        events.append(TimelineEvent(esc.started_at, TimelineKind.ESCALATION, "", esc.started_by,
                                    words=partial(_started_words, esc.steps)))
        for row in attempts.get(esc.id, []):
            view = _attempt_view(row)
            events.append(TimelineEvent(view.at, TimelineKind.ESCALATION, "", view.by,
                                        words=partial(attempt_words, view)))
    return events


def _started_words(steps: int, language: V.Language) -> str:
    return V.sentence("escalation_started", language, steps=steps)



incidents.add_timeline_source(_timeline)

"""Incident use cases: register, follow-up reports, reports made, field edits with history, status."""

import json
from collections.abc import Callable
from dataclasses import asdict, fields, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duty_desk.domain.audit_actions import AuditAction
from duty_desk.domain.deadlines import Clock, Profile, clocks
from duty_desk.domain.event_times import in_order, time_error
from duty_desk.domain.incident_views import IncidentView, TimelineEvent, TimelineKind
from duty_desk.domain.incidents import (
    INCIDENT_STATUS,
    Category,
    ReportKind,
    Severity,
    Source,
    Status,
    severity_change_problem,
)
from duty_desk.domain.intake import IncidentData, clean_incident
from duty_desk.domain.roles import Action
from duty_desk.domain.similarity import similarity
from duty_desk.domain.sizes import human_size
from duty_desk.domain.timefmt import beijing, format_beijing, utcnow
from duty_desk.domain.validation import FieldError, ValidationError, control_problem
from duty_desk.services import attachments, audit, workflow
from duty_desk.services.context import Actor, Services
from duty_desk.services.permission import internal, requires
from duty_desk.storage.models import AuditEntry, FollowUpReport, Incident, ReportMade, User

# Photos and scanned faxes: seen by whoever sees the incident, added by whoever edits it.
ATTACHMENTS = attachments.register_owner(Incident, see=Action.VIEW_INCIDENTS, edit=Action.EDIT_INCIDENT,
                                         missing=("incident", "no such incident"))

_ENUMS = {"source": Source, "category": Category, "severity": Severity}
REASON = "reason"  # a change's reason, kept in its audit entry beside the fields changed

# What other capabilities did about an incident (escalation attempts, leaders' instructions), read inside the
# timeline's own checked session: (session, incident id) -> events whose `words` say them.
TimelineSource = Callable[[Session, str], list[TimelineEvent]]
_TIMELINE_SOURCES: list[TimelineSource] = []


@internal
def add_timeline_source(source: TimelineSource) -> None:
    """Called once by the capability's service module when it is imported."""
    _TIMELINE_SOURCES.append(source)


# What other capabilities do when an incident is registered or its fields or status change (an escalation starts
# or re-plans), inside the same write transaction: (session, actor, incident, registered).
WriteHook = Callable[[Session, Actor, Incident, bool], None]
_WRITE_HOOKS: list[WriteHook] = []


@internal
def add_write_hook(hook: WriteHook) -> None:
    if hook not in _WRITE_HOOKS:
        _WRITE_HOOKS.append(hook)


def _written(session: Session, actor: Actor, row: Incident, registered: bool = False) -> None:
    session.flush()
    for hook in _WRITE_HOOKS:
        hook(session, actor, row, registered)


def _data(row: Incident) -> IncidentData:
    values = {f.name: getattr(row, f.name) for f in fields(IncidentData)}
    values["source"] = Source(row.source)
    values["category"] = Category(row.category) if row.category else None
    values["severity"] = Severity(row.severity)
    return IncidentData(**values)


@internal
def view_of(row: Incident) -> IncidentView:
    return IncidentView(row.id, row.number, _data(row), Status(row.status), row.status_reason, row.taken_by)


def _stored(data: IncidentData) -> dict[str, Any]:
    values = asdict(data)
    for key in _ENUMS:
        values[key] = str(values[key]) if values[key] is not None else ""  # StrEnum or its plain value
    return values


@internal
def check_stored(row: Incident) -> None:
    """An incident changed outside its editor (a conflict's new value) obeys the editor's rules, and is kept as
    the editor keeps it (trimmed, the phone normalised)."""
    for key, value in _stored(clean_incident(_data(row), utcnow())).items():
        if getattr(row, key) != value:
            setattr(row, key, value)


@internal
def live_incident(session: Session, incident_id: str) -> Incident:
    row = session.get(Incident, incident_id)
    if row is None or row.deleted:
        raise ValidationError.single("incident", "no such incident")
    return row


def _next_number(session: Session, site: str, received_at: datetime) -> str:
    """Year, this workstation's code and its own count: unique without asking the server."""
    prefix = f"{beijing(received_at).year}-{site[-4:].upper()}-"
    # The highest number given, not a count: a record refused by the server leaves a gap, never a reuse. A range
    # of the unique index (LIKE would scan the table), longest first: "10000" sorts before "9999" as text.
    last = session.scalar(select(Incident.number).where(Incident.number >= prefix, Incident.number < prefix + "z")
                          .order_by(func.length(Incident.number).desc(), Incident.number.desc()).limit(1))
    return f"{prefix}{int(last[len(prefix):]) + 1 if last else 1:04d}"


@requires(Action.REGISTER_INCIDENT)
def register(services: Services, actor: Actor, data: IncidentData,
             duplicate_of: str | None = None) -> tuple[str, str]:
    """Returns the new incident's id and number. `duplicate_of` marks it a further report of that incident, in the
    same transaction: if the link fails, nothing is registered (and a second try cannot register it twice)."""
    data = clean_incident(data, utcnow())
    with services.write(actor, Action.REGISTER_INCIDENT) as session:
        row = Incident(**_stored(data), number=_next_number(session, services.db.site_id, data.received_at),
                       taken_by=actor.display_name, status=Status.NEW.value)
        session.add(row)
        session.flush()
        audit.record(session, actor, AuditAction.REGISTER_INCIDENT, "incidents", row.id, after=audit.snapshot(row))
        if duplicate_of is not None:
            _link(session, actor, row, duplicate_of)
        _written(session, actor, row, registered=True)
        return row.id, row.number


@requires(Action.VIEW_INCIDENTS)
def get(services: Services, actor: Actor, incident_id: str) -> IncidentView:
    with services.read(actor, Action.VIEW_INCIDENTS) as session:
        return view_of(live_incident(session, incident_id))


@requires(Action.VIEW_INCIDENTS)
def find_by_number(services: Services, actor: Actor, number: str) -> IncidentView:
    with services.read(actor, Action.VIEW_INCIDENTS) as session:
        row = session.scalar(select(Incident).where(Incident.number == number.strip(), Incident.deleted.is_(False)))
        if row is None:
            raise ValidationError.single("number", "no incident numbered {number}", number=number)
        return view_of(row)


DUPLICATE_WINDOW = timedelta(hours=2)
DUPLICATE_SIMILARITY = 0.2


@requires(Action.VIEW_INCIDENTS)
def possible_duplicates(services: Services, actor: Actor, data: IncidentData,
                        exclude_id: str | None = None) -> list[IncidentView]:
    """Open incidents in the same district within two hours with a similar account, most alike first."""
    if not data.district_code or not data.summary.strip():
        return []
    query = select(Incident).where(
        Incident.deleted.is_(False), Incident.status != Status.CLOSED.value,
        Incident.district_code == data.district_code,
        Incident.received_at >= data.received_at - DUPLICATE_WINDOW,
        Incident.received_at <= data.received_at + DUPLICATE_WINDOW)
    with services.read(actor, Action.VIEW_INCIDENTS) as session:
        rows = [r for r in session.scalars(query) if r.id != exclude_id]
        scored = [(similarity(data.summary, r.summary), r) for r in rows]
        return [view_of(r) for score, r in sorted(scored, key=lambda sr: -sr[0]) if score >= DUPLICATE_SIMILARITY]


def _link(session: Session, actor: Actor, row: Incident, duplicate_of: str | None) -> None:
    if duplicate_of == row.id:
        raise ValidationError.single("duplicate_of", "an incident cannot duplicate itself")
    if duplicate_of is not None and ((other := session.get(Incident, duplicate_of)) is None or other.deleted):
        raise ValidationError.single("duplicate_of", "no such incident")  # named so the form marks that field
    before = audit.snapshot(row)
    row.duplicate_of = duplicate_of
    audit.record(session, actor, AuditAction.LINK_DUPLICATE, "incidents", row.id, before, audit.snapshot(row))


@requires(Action.EDIT_INCIDENT)
def link_duplicate(services: Services, actor: Actor, incident_id: str, duplicate_of: str | None) -> None:
    """Mark one incident as a further report of another (or undo it with None); kept in the history."""
    with services.write(actor, Action.EDIT_INCIDENT) as session:
        _link(session, actor, live_incident(session, incident_id), duplicate_of)


@requires(Action.EDIT_INCIDENT)
def update(services: Services, actor: Actor, incident_id: str, reason: str = "", **changes: Any) -> None:
    """Change current fields (severity, category, place, summary…); each change is kept in the history, with
    `reason` (required to lower the severity)."""
    unknown = set(changes) - {f.name for f in fields(IncidentData)}
    if unknown:
        raise ValidationError.single(sorted(unknown)[0], "not a field of an incident")
    reason = reason.strip()
    if problem := control_problem(reason):
        raise ValidationError.single("reason", problem)
    with services.write(actor, Action.EDIT_INCIDENT) as session:
        row = live_incident(session, incident_id)
        data = clean_incident(replace(_data(row), **changes), utcnow())
        if refused := severity_change_problem(Severity(row.severity), data.severity, reason):
            raise ValidationError([refused])
        if data.received_at != row.received_at:  # the clocks re-plan from it; a report made cannot precede it
            _received_before_reports(session, row.id, data.received_at)
        before = audit.snapshot(row)
        for key, value in _stored(data).items():
            setattr(row, key, value)
        after = audit.snapshot(row)
        if after != before:  # the reason rides in the change's entry: the timeline and the report read it there
            audit.record(session, actor, AuditAction.UPDATE_INCIDENT, "incidents", row.id, before,
                         after | ({REASON: reason} if reason else {}))
            _written(session, actor, row)


def _received_before_reports(session: Session, incident_id: str, received_at: datetime) -> None:
    first = session.scalar(select(func.min(ReportMade.made_at)).where(ReportMade.incident_id == incident_id,
                                                                     ReportMade.deleted.is_(False)))
    if first is not None and not in_order(received_at, first):
        raise ValidationError.single("received_at", "the report cannot have been received after it was reported "
                                                    "up ({made})", made=format_beijing(first))


# Changed in their own dialogs, each with its own rule: the severity (Ctrl+L) and the status.
_NOT_CORRECTED = frozenset({"severity"})


@requires(Action.EDIT_INCIDENT)
def correct(services: Services, actor: Actor, incident_id: str, reason: str, **changes: Any) -> None:
    """The officer's correction of facts entered wrongly (the caller, the times, the place, the account…): as
    `update`, with a reason always; the timeline and the report's change record show the fields and the reason."""
    if refused := sorted(set(changes) & _NOT_CORRECTED):
        raise ValidationError.single(refused[0], "changed in its own dialog, not corrected here")
    if not reason.strip():
        raise ValidationError.single(REASON, "give the reason for the correction")
    update(services, actor, incident_id, reason, **changes)


@requires(Action.EDIT_INCIDENT)
def set_status(services: Services, actor: Actor, incident_id: str, status: Status, reason: str = "") -> None:
    """New -> being handled -> closed (a reason is required); reopening is allowed and recorded."""
    reason = reason.strip()
    if problem := control_problem(reason):
        raise ValidationError.single("status_reason", problem)
    with services.write(actor, Action.EDIT_INCIDENT) as session:
        row = live_incident(session, incident_id)
        current = workflow.state_of(session, row)
        if current == status:
            raise ValidationError.single("status", "the incident already has that status")
        before = audit.snapshot(row)
        workflow.step(session, actor, row, INCIDENT_STATUS.towards(Status(current), status).name, reason)
        audit.record(session, actor, AuditAction.SET_INCIDENT_STATUS, "incidents", row.id, before, audit.snapshot(row))
        _written(session, actor, row)


@requires(Action.EDIT_INCIDENT)
def add_follow_up(services: Services, actor: Actor, incident_id: str, text: str, received_at: datetime,
                  source: Source, reporter: str = "", final: bool = False, corrects: str | None = None) -> str:
    """A follow-up report (续报) carries only what is new; a final report (终报) closes the series. One entered
    wrongly stays as it was: its correction is a new one that `corrects` it (of its kind, final or not)."""
    text = text.strip()
    if not text:
        raise ValidationError.single("text", "say what is new")
    if problem := control_problem(text) or control_problem(reporter):
        raise ValidationError.single("text", problem)
    if error := time_error(received_at, utcnow(), FieldError("received_at", "the report cannot have been "
                                                                            "received in the future")):
        raise ValidationError([error])
    with services.write(actor, Action.EDIT_INCIDENT) as session:
        live_incident(session, incident_id)
        if corrects is not None:
            final = _corrected(session, incident_id, corrects).final
        row = FollowUpReport(incident_id=incident_id, received_at=received_at, final=final, text=text,
                             source=source.value, reporter=reporter.strip()[:100], taken_by=actor.display_name,
                             corrects=corrects)
        session.add(row)
        session.flush()
        audit.record(session, actor, AuditAction.ADD_FOLLOW_UP, "incident_follow_ups", row.id,
                     after=audit.snapshot(row))
        return row.id


def _corrected(session: Session, incident_id: str, follow_up_id: str) -> FollowUpReport:
    """The follow-up a correction names: of this incident, and not corrected already (its correction is the one
    to correct then, so each report has one current text)."""
    row = session.get(FollowUpReport, follow_up_id)
    if row is None or row.deleted or row.incident_id != incident_id:
        raise ValidationError.single("corrects", "no such follow-up report of this incident")
    if session.scalar(select(FollowUpReport.id).where(FollowUpReport.corrects == follow_up_id,
                                                      FollowUpReport.deleted.is_(False)).limit(1)):
        raise ValidationError.single("corrects", "this follow-up report is corrected already; correct its "
                                                 "correction instead")
    return row


@requires(Action.EDIT_INCIDENT)
def record_report(services: Services, actor: Actor, incident_id: str, kind: ReportKind, made_at: datetime,
                  to_whom: str, how: str) -> str:
    """The duty room reported to the level above (when, to whom, how): that clock stops, so the time must be
    one the report can have been made at: not in the future, not before the incident was received."""
    with services.write(actor, Action.EDIT_INCIDENT) as session:
        return add_report_made(session, actor, incident_id, kind, made_at, to_whom, how).id


@internal  # inside the caller's write, checked for EDIT_INCIDENT (a written report to a leader sent)
def add_report_made(session: Session, actor: Actor, incident_id: str, kind: ReportKind, made_at: datetime,
                    to_whom: str, how: str) -> ReportMade:
    errors = [] if to_whom.strip() else [FieldError("to_whom", "say whom the report went to")]
    if error := time_error(made_at, utcnow(), FieldError("made_at", "the report cannot have been made in the "
                                                                    "future")):
        errors.append(error)
    if errors:
        raise ValidationError(errors)
    incident = live_incident(session, incident_id)
    if not in_order(incident.received_at, made_at):
        raise ValidationError.single("made_at", "the report cannot have been made before the incident was "
                                                "received ({received})",
                                     received=format_beijing(incident.received_at))
    row = ReportMade(incident_id=incident_id, kind=kind.value, made_at=made_at, to_whom=to_whom.strip()[:100],
                     how=how.strip()[:20], made_by=actor.display_name)
    session.add(row)
    session.flush()
    audit.record(session, actor, AuditAction.RECORD_REPORT, "incident_reports_made", row.id,
                 after=audit.snapshot(row))
    return row


@requires(Action.VIEW_INCIDENTS)
def deadline_clocks(services: Services, actor: Actor, incident_id: str, profile: Profile) -> list[Clock]:
    with services.read(actor, Action.VIEW_INCIDENTS) as session:
        row = live_incident(session, incident_id)
        made = [(ReportKind(r.kind), r.made_at) for r in session.scalars(
            select(ReportMade).where(ReportMade.incident_id == incident_id, ReportMade.deleted.is_(False)))]
        return clocks(profile, Severity(row.severity), row.received_at, made, closed=row.status == Status.CLOSED)


@requires(Action.VIEW_INCIDENTS)
def timeline(services: Services, actor: Actor, incident_id: str) -> list[TimelineEvent]:
    """Everything that happened to one incident, oldest first: intake, follow-ups, reports made, attachments,
    changes, and what the timeline sources add."""
    with services.read(actor, Action.VIEW_INCIDENTS) as session:
        row = live_incident(session, incident_id)
        events = [TimelineEvent(row.received_at, TimelineKind.INTAKE, row.summary, row.taken_by)]
        for f in session.scalars(select(FollowUpReport).where(FollowUpReport.incident_id == incident_id)):
            events.append(TimelineEvent(f.received_at, TimelineKind.FINAL if f.final else TimelineKind.FOLLOW_UP,
                                        f.text, f.taken_by, f.source, f.reporter, record_id=f.id,
                                        corrects=f.corrects or ""))
        for r in session.scalars(select(ReportMade).where(ReportMade.incident_id == incident_id)):
            events.append(TimelineEvent(r.made_at, TimelineKind.REPORT_MADE, r.to_whom, r.made_by, source=r.how,
                                        report_kind=r.kind))
        for a in attachments.infos(session, ATTACHMENTS, incident_id):
            events.append(TimelineEvent(a.added_at, TimelineKind.ATTACHMENT, f"{a.file_name} ({human_size(a.size)})",
                                        a.added_by))
        steps = workflow.history(session, row)
        for step in steps:  # status changes, as they took effect after sync
            events.append(TimelineEvent(step.at, TimelineKind.CHANGE, "", step.actor, changes=(
                ("status", step.to_state), ("status_reason", step.reason))))
        # Status changes made before workflow events existed are known from the audit trail alone.
        first_step = min((step.at for step in steps), default=None)
        names: dict[str, str] = {i: n for i, n in session.execute(select(User.id, User.display_name))}
        changes = session.scalars(select(AuditEntry).where(
            AuditEntry.entity == "incidents", AuditEntry.entity_id == incident_id,
            AuditEntry.action.in_((AuditAction.UPDATE_INCIDENT, AuditAction.LINK_DUPLICATE,
                                   AuditAction.SET_INCIDENT_STATUS))))
        for e in changes:
            if e.action == AuditAction.SET_INCIDENT_STATUS and first_step is not None and e.at >= first_step:
                continue
            after = json.loads(e.after) if e.after else {}
            if after.get("duplicate_of"):  # the other incident by its number, as officers know it
                other = session.get(Incident, after["duplicate_of"])
                after["duplicate_of"] = other.number if other is not None else after["duplicate_of"]
            reason = after.pop(REASON, "")
            changed = tuple((k, "" if v is None else str(v)) for k, v in sorted(after.items()))
            changed += ((REASON, str(reason)),) if reason else ()  # after what it explains
            events.append(TimelineEvent(e.at, TimelineKind.CHANGE, "", names.get(e.actor_id, e.actor_name),
                                        changes=changed))
        for source in _TIMELINE_SOURCES:
            events += source(session, incident_id)
    return _numbered(sorted(events, key=lambda ev: ev.at))


def _numbered(events: list[TimelineEvent]) -> list[TimelineEvent]:
    """Follow-ups numbered 续报一, 续报二 … by order of receipt. A correction is the duty room's own record of the
    same report put right, not a new report from the field: it takes the number of the one it corrects and
    follows it, so 续报三 stays the report the reporter called the third."""
    corrections: dict[str, list[TimelineEvent]] = {}
    for event in events:
        if event.corrects:
            corrections.setdefault(event.corrects, []).append(event)
    numbered: list[TimelineEvent] = []
    follow_ups = 0

    def place(event: TimelineEvent, number: int) -> None:
        numbered.append(replace(event, number=number, corrected=event.record_id in corrections))
        for correction in corrections.pop(event.record_id, []) if event.record_id else []:
            place(correction, number)

    for event in events:
        if event.corrects:
            continue
        if event.kind is TimelineKind.FOLLOW_UP:
            follow_ups += 1
        place(event, follow_ups if event.kind is TimelineKind.FOLLOW_UP else event.number)
    numbered += (c for rest in corrections.values() for c in rest)  # of a follow-up not synced here yet
    return numbered

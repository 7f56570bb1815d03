"""Written reports to leaders (呈报单 / 值班信息专报): drafted from an incident's facts and follow-ups, edited, sent.
Sending records the incident's written report (its clock stops, naming the document) in the same transaction;
a sent report is never edited again: a mistake is corrected by a new report that names the one it corrects."""

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duty_desk.domain import leader_reports as D
from duty_desk.domain.audit_actions import AuditAction
from duty_desk.domain.event_times import time_error
from duty_desk.domain.incident_views import TimelineEvent, TimelineKind
from duty_desk.domain.incidents import ReportKind
from duty_desk.domain.leader_reports import Addressee, ReportText
from duty_desk.domain.roles import Action
from duty_desk.domain.timefmt import beijing, utcnow
from duty_desk.domain.validation import FieldError, ValidationError, control_problem
from duty_desk.domain.vocabulary import Language
from duty_desk.domain.whereabouts import Whereabouts
from duty_desk.services import audit, directory, incidents, whereabouts
from duty_desk.services.context import Actor, Services, require
from duty_desk.services.permission import internal, requires
from duty_desk.storage.models import Incident, LeaderReport, LeaderReportSending, LeaderWhereabouts, Person

TABLE = LeaderReport.__tablename__


def _next_number(session: Session, site: str, at: datetime) -> str:
    """The year, this workstation's code and its own count, as an incident's number: final the moment it is
    given, offline too, so the number printed on the sheet handed to a leader never changes after a sync."""
    year = beijing(at).year
    prefix = D.number_prefix(year, site[-4:].upper())
    # The highest given (a withdrawn draft leaves a gap, never a reuse); longest first: "10期" sorts before "9期".
    last = session.scalar(select(LeaderReport.number)
                          .where(LeaderReport.number >= prefix, LeaderReport.number < prefix + "\uffff")
                          .order_by(func.length(LeaderReport.number).desc(), LeaderReport.number.desc()).limit(1))
    return D.document_number(year, site[-4:].upper(), D.serial_of(last, prefix) + 1 if last else 1)


def _live(session: Session, report_id: str) -> LeaderReport:
    row = session.get(LeaderReport, report_id)
    if row is None or row.deleted:
        raise ValidationError.single("report", "no such written report")
    return row


def _sending(session: Session, report_id: str) -> LeaderReportSending | None:
    """The sending that counts: the earliest (two workstations may have sent one draft offline)."""
    return session.scalars(select(LeaderReportSending).where(
        LeaderReportSending.report_id == report_id, LeaderReportSending.deleted.is_(False))
        .order_by(LeaderReportSending.sent_at, LeaderReportSending.hlc, LeaderReportSending.id)).first()


def _ids(stored: str) -> tuple[str, ...]:
    return tuple(i for i in stored.split(",") if i)


def _status(session: Session, person_id: str, at: datetime) -> Whereabouts:
    entry = session.scalars(select(LeaderWhereabouts).where(
        LeaderWhereabouts.person_id == person_id, LeaderWhereabouts.deleted.is_(False),
        LeaderWhereabouts.starts_at <= at, LeaderWhereabouts.ends_at > at)
        .order_by(LeaderWhereabouts.hlc.desc(), LeaderWhereabouts.id.desc())).first()
    return entry.status if entry is not None else Whereabouts.IN_OFFICE


def _name(session: Session, person_id: str | None) -> str:
    person = session.get(Person, person_id) if person_id else None
    return person.name if person is not None else ""


def _addressee(session: Session, leader_id: str, acting_id: str | None, status: Whereabouts) -> Addressee:
    return Addressee(leader_id, _name(session, leader_id) or leader_id[:8], status, acting_id,
                     _name(session, acting_id))


def _live_addressees(session: Session, ids: tuple[str, ...], at: datetime) -> list[Addressee]:
    """Whom a draft goes to now: each leader, and the acting one the whereabouts board names for an absent one."""
    return [_addressee(session, i, whereabouts.stand_in(session, i, at), _status(session, i, at)) for i in ids]


def _sent_addressees(session: Session, sending: LeaderReportSending) -> list[Addressee]:
    return [_addressee(session, leader, acting, Whereabouts(status))
            for leader, acting, status in json.loads(sending.addressees)]


def _check(session: Session, text: ReportText) -> ReportText:
    title, body, proposal = text.title.strip(), text.body.strip(), text.proposal.strip()
    errors = [] if title else [FieldError("title", "give the report a title")]
    if not body:
        errors.append(FieldError("body", "say what the report is about"))
    for name, value, limit in (("title", title, D.TITLE_LIMIT), ("body", body, D.TEXT_LIMIT),
                               ("proposal", proposal, D.TEXT_LIMIT)):
        if problem := control_problem(value):
            errors.append(FieldError(name, problem))
        elif len(value) > limit:
            errors.append(FieldError.of(name, "at most {limit} characters", limit=limit))
    for person_id in text.addressee_ids:
        person = session.get(Person, person_id)
        if person is None or person.deleted or not directory.is_leader(session, person):
            errors.append(FieldError("addressee_ids", "a report goes to leaders in the directory"))
            break
    if errors:
        raise ValidationError(errors)
    return ReportText(title, body, proposal, tuple(dict.fromkeys(text.addressee_ids)))


def _fill(row: LeaderReport, text: ReportText) -> None:
    row.title, row.body, row.proposal = text.title, text.body, text.proposal
    row.addressee_ids = ",".join(text.addressee_ids)


@requires(Action.ESCALATE)
def draft(services: Services, actor: Actor, incident_id: str, language: Language = Language.ZH,
          addressee_ids: tuple[str, ...] = ()) -> str:
    """A new numbered draft, its title, body and proposed handling written from the incident's facts and
    follow-ups; returns its id."""
    require(actor, Action.ESCALATE)
    text = D.draft_text(incidents.get(services, actor, incident_id), incidents.timeline(services, actor, incident_id),
                        language)
    with services.write(actor, Action.ESCALATE) as session:
        incidents.live_incident(session, incident_id)
        return _add(session, actor, services.db.site_id, incident_id,
                    _check(session, ReportText(text.title, text.body, text.proposal, addressee_ids)), None)


def _add(session: Session, actor: Actor, site: str, incident_id: str, text: ReportText,
         corrects_id: str | None) -> str:
    row = LeaderReport(incident_id=incident_id, number=_next_number(session, site, utcnow()),
                       drafted_by=actor.display_name, corrects_id=corrects_id)
    _fill(row, text)
    session.add(row)
    session.flush()
    audit.record(session, actor, AuditAction.DRAFT_LEADER_REPORT, TABLE, row.id, after=audit.snapshot(row))
    return row.id


@requires(Action.ESCALATE)
def correct(services: Services, actor: Actor, report_id: str) -> str:
    """A sent report's mistake: a new draft (a new number) with the sent text, naming the one it corrects."""
    with services.write(actor, Action.ESCALATE) as session:
        row = _live(session, report_id)
        sending = _sending(session, report_id)
        if sending is None:
            raise ValidationError.single("report", "a draft is corrected by editing it")
        leaders = tuple(leader for leader, _acting, _status in json.loads(sending.addressees))
        return _add(session, actor, services.db.site_id, row.incident_id,
                    ReportText(sending.title, sending.body, sending.proposal, leaders), row.id)


@requires(Action.ESCALATE)
def save(services: Services, actor: Actor, report_id: str, text: ReportText) -> None:
    """A draft's new text and addressees; a sent report is refused."""
    with services.write(actor, Action.ESCALATE) as session:
        row = _live(session, report_id)
        if _sending(session, report_id) is not None:
            raise ValidationError.single("report", "this report has been sent and cannot be changed; correct it "
                                                   "with a new report")
        before = audit.snapshot(row)
        _fill(row, _check(session, text))
        audit.record(session, actor, AuditAction.EDIT_LEADER_REPORT, TABLE, row.id, before, audit.snapshot(row))


@requires(Action.ESCALATE)
def send(services: Services, actor: Actor, report_id: str, sent_at: datetime | None = None) -> str:
    """Recorded as sent (handed over, faxed, on the secure line) at `sent_at`: the text and addressees are kept
    as they went, and the incident's written report is recorded, naming the document, in the same transaction."""
    require(actor, Action.EDIT_INCIDENT)  # it stops the incident's written-report clock
    sent_at = sent_at or utcnow()
    if error := time_error(sent_at, utcnow(), FieldError("sent_at", "the report cannot have been sent in the "
                                                                    "future")):
        raise ValidationError([error])
    with services.write(actor, Action.ESCALATE) as session:
        row = _live(session, report_id)
        if _sending(session, report_id) is not None:
            raise ValidationError.single("report", "this report has already been sent")
        ids = _ids(row.addressee_ids)
        if not ids:
            raise ValidationError.single("addressee_ids", "name the leaders the report goes to")
        addressees = _live_addressees(session, ids, sent_at)
        made = incidents.add_report_made(session, actor, row.incident_id, ReportKind.WRITTEN, sent_at,
                                         D.addressees_text(addressees, Language.ZH), row.number)
        sending = LeaderReportSending(
            report_id=row.id, sent_at=sent_at, sent_by=actor.display_name, title=row.title, body=row.body,
            proposal=row.proposal, report_made_id=made.id,
            addressees=json.dumps([[a.leader_id, a.acting_id, a.status.value] for a in addressees]))
        session.add(sending)
        session.flush()
        audit.record(session, actor, AuditAction.SEND_LEADER_REPORT, LeaderReportSending.__tablename__, sending.id,
                     after=audit.snapshot(sending))
        return sending.id


@dataclass(frozen=True)
class ReportView:
    id: str
    number: str
    incident_id: str
    incident_number: str
    text: ReportText  # as sent, once sent
    addressees: list[Addressee]  # as sent, or as the board says now for a draft
    drafted_by: str
    created_at: datetime
    sent_at: datetime | None = None
    sent_by: str = ""
    corrects: str = ""  # the number of the report it corrects

    @property
    def sent(self) -> bool:
        return self.sent_at is not None


def _view(session: Session, row: LeaderReport, now: datetime) -> ReportView:
    incident = session.get(Incident, row.incident_id)
    corrected = session.get(LeaderReport, row.corrects_id) if row.corrects_id else None
    sending = _sending(session, row.id)
    if sending is None:
        ids = _ids(row.addressee_ids)
        text, addressees = ReportText(row.title, row.body, row.proposal, ids), _live_addressees(session, ids, now)
    else:
        addressees = _sent_addressees(session, sending)
        text = ReportText(sending.title, sending.body, sending.proposal, tuple(a.leader_id for a in addressees))
    return ReportView(row.id, row.number, row.incident_id, incident.number if incident is not None else "", text,
                      addressees, row.drafted_by, row.created_at, sending.sent_at if sending else None,
                      sending.sent_by if sending else "", corrected.number if corrected is not None else "")


@requires(Action.VIEW_ESCALATIONS)
def get(services: Services, actor: Actor, report_id: str) -> ReportView:
    with services.read(actor, Action.VIEW_ESCALATIONS) as session:
        return _view(session, _live(session, report_id), utcnow())


@requires(Action.VIEW_ESCALATIONS)
def find_by_number(services: Services, actor: Actor, number: str) -> ReportView:
    with services.read(actor, Action.VIEW_ESCALATIONS) as session:
        row = session.scalar(select(LeaderReport).where(LeaderReport.number == number.strip(),
                                                        LeaderReport.deleted.is_(False)))
        if row is None:
            raise ValidationError.single("number", "no written report numbered {number}", number=number)
        return _view(session, row, utcnow())


@requires(Action.VIEW_ESCALATIONS)
def reports(services: Services, actor: Actor, incident_id: str | None = None) -> list[ReportView]:
    """Drafts first (newest first), then the sent ones, newest first."""
    query = select(LeaderReport).where(LeaderReport.deleted.is_(False))
    if incident_id is not None:
        query = query.where(LeaderReport.incident_id == incident_id)
    with services.read(actor, Action.VIEW_ESCALATIONS) as session:
        now = utcnow()
        views = [_view(session, row, now) for row in session.scalars(query)]
    return sorted(views, key=lambda v: (v.sent, -(v.sent_at or v.created_at).timestamp(), v.number))


def _timeline(session: Session, incident_id: str) -> list[TimelineEvent]:
    events = []
    for row in session.scalars(select(LeaderReport).where(LeaderReport.incident_id == incident_id,
                                                          LeaderReport.deleted.is_(False))):
        if (sending := _sending(session, row.id)) is not None:
            events.append(TimelineEvent(sending.sent_at, TimelineKind.LEADER_REPORT, row.number, sending.sent_by,
                                        words=D.sent_words(row.number, sending.title,
                                                           _sent_addressees(session, sending))))
    return events


@internal
def check_stored(record: object) -> None:
    """A draft changed outside its editor (a conflict's typed value) obeys the editor's text rules."""
    if isinstance(record, LeaderReport):
        for name, limit in (("title", D.TITLE_LIMIT), ("body", D.TEXT_LIMIT), ("proposal", D.TEXT_LIMIT)):
            value = getattr(record, name)
            if problem := control_problem(value):
                raise ValidationError.single(name, problem)
            if len(value) > limit:
                raise ValidationError.single(name, "at most {limit} characters", limit=limit)
        if not record.title.strip():
            raise ValidationError.single("title", "give the report a title")


incidents.add_timeline_source(_timeline)

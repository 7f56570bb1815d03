"""The leaders' whereabouts board (领导去向): where each leader is, and who acts for one who is away (代岗).
Escalation steps and written reports that name an absent leader go to the acting one."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from duty_desk.domain.audit_actions import AuditAction
from duty_desk.domain.directory import precedence
from duty_desk.domain.roles import Action
from duty_desk.domain.timefmt import BEIJING, as_utc, beijing, utcnow
from duty_desk.domain.validation import ValidationError
from duty_desk.domain.whereabouts import ABSENT, MAX_STAND_INS, Whereabouts, WhereaboutsData, entry_problems
from duty_desk.services import audit, directory
from duty_desk.services.context import Actor, Services
from duty_desk.services.permission import internal, requires
from duty_desk.storage.models import LeaderWhereabouts, Person, RosterDuty


def _acting(session: Session, person_id: str, at: datetime) -> str | None:
    """Who acts for this person at that time: of the entries covering it, the latest recorded wins."""
    entry = session.scalars(
        select(LeaderWhereabouts)
        .where(LeaderWhereabouts.person_id == person_id, LeaderWhereabouts.deleted.is_(False),
               LeaderWhereabouts.starts_at <= at, LeaderWhereabouts.ends_at > at)
        .order_by(LeaderWhereabouts.hlc.desc(), LeaderWhereabouts.id.desc())).first()
    if entry is None or entry.status not in ABSENT:
        return None
    return entry.acting_person_id


@internal  # inside the caller's checked use case (an escalation step, a written report's addressees)
def stand_in(session: Session, person_id: str, at: datetime) -> str | None:
    """The person who takes this leader's matters at that time, or None when the leader takes them. An acting
    leader who is away in turn hands on (at most MAX_STAND_INS times; a loop ends at the last one not yet met)."""
    seen = {person_id}
    current = person_id
    for _ in range(MAX_STAND_INS):
        nxt = _acting(session, current, at)
        if nxt is None or nxt in seen:
            break
        seen.add(nxt)
        current = nxt
    return None if current == person_id else current


def _day_start(day: date) -> datetime:
    return as_utc(datetime.combine(day, time(0), tzinfo=BEIJING))


def _leader(session: Session, person_id: str | None, field: str) -> Person:
    person = session.get(Person, person_id) if person_id else None
    if person is None or person.deleted:
        raise ValidationError.single(field, "not in the directory")
    if not directory.is_leader(session, person):
        raise ValidationError.single(field, "not a leader in the directory")
    return person


def _checked(session: Session, data: WhereaboutsData) -> None:
    if errors := entry_problems(data):
        raise ValidationError(errors)
    _leader(session, data.person_id, "person_id")
    if data.acting_person_id is not None:
        _leader(session, data.acting_person_id, "acting_person_id")


def _fill(row: LeaderWhereabouts, data: WhereaboutsData) -> None:
    row.person_id, row.status = data.person_id, data.status
    row.starts_at, row.ends_at = _day_start(data.first_day), _day_start(data.last_day + timedelta(days=1))
    row.place, row.reach_at, row.note = data.place.strip(), data.reach_at.strip(), data.note.strip()
    row.acting_person_id = data.acting_person_id


def _live(session: Session, entry_id: str) -> LeaderWhereabouts:
    row = session.get(LeaderWhereabouts, entry_id)
    if row is None or row.deleted:
        raise ValidationError.single("entry", "no such entry on the board")
    return row


@requires(Action.KEEP_WHEREABOUTS)
def save_entry(services: Services, actor: Actor, data: WhereaboutsData, entry_id: str | None = None) -> str:
    """A new entry on the board, or one changed; refused with the field named."""
    with services.write(actor, Action.KEEP_WHEREABOUTS) as session:
        _checked(session, data)
        row = _live(session, entry_id) if entry_id is not None else LeaderWhereabouts(recorded_by=actor.display_name)
        before = audit.snapshot(row) if entry_id is not None else None
        _fill(row, data)
        session.add(row)
        session.flush()
        audit.record(session, actor, AuditAction.SAVE_WHEREABOUTS, LeaderWhereabouts.__tablename__, row.id,
                     before, audit.snapshot(row))
        return row.id


@requires(Action.KEEP_WHEREABOUTS)
def end_entry(services: Services, actor: Actor, entry_id: str, at: datetime | None = None) -> None:
    """The leader is back (or the trip is off): the entry ends now; one that had not begun is withdrawn."""
    at = at or utcnow()
    with services.write(actor, Action.KEEP_WHEREABOUTS) as session:
        row = _live(session, entry_id)
        if row.ends_at <= at:
            raise ValidationError.single("entry", "that entry has already ended")
        before = audit.snapshot(row)
        if row.starts_at >= at:
            row.deleted = True
        else:
            row.ends_at = at
        audit.record(session, actor, AuditAction.END_WHEREABOUTS, LeaderWhereabouts.__tablename__, row.id, before,
                     audit.snapshot(row))


@internal
def check_stored(record: object) -> None:
    """An entry changed outside the board's editor (a conflict's typed value) obeys the editor's text rules."""
    if isinstance(record, LeaderWhereabouts):
        day = beijing(record.starts_at).date()
        data = WhereaboutsData(record.person_id, record.status, day, day, record.place, record.reach_at,
                               record.acting_person_id, record.note)
        if errors := entry_problems(data):
            raise ValidationError(errors)


@dataclass(frozen=True)
class BoardRow:
    """A leader on the board, with the entry that covers today (or the next one planned)."""

    person_id: str
    name: str
    title: str
    status: Whereabouts  # today's
    entry_id: str | None = None
    first_day: date | None = None
    last_day: date | None = None
    place: str = ""
    reach_at: str = ""
    acting_person_id: str | None = None
    acting_name: str = ""  # who takes their matters now (the acting one's acting one, if that one is away too)
    note: str = ""

    @property
    def away(self) -> bool:
        return self.status in ABSENT


def _leaders(session: Session) -> list[Person]:
    """Municipal leaders (the directory's flag) and whoever the roster names leader in charge or duty
    secretary-general, in protocol order."""
    rostered = select(RosterDuty.person_id).where(RosterDuty.deleted.is_(False),
                                                 RosterDuty.position.in_(directory.LEADER_POSITIONS))
    people = session.scalars(select(Person).where(Person.deleted.is_(False),
                                                  or_(Person.is_leader.is_(True), Person.id.in_(rostered))))
    return sorted(people, key=lambda p: (precedence(p.title), p.search_key, p.id))


def _row(session: Session, person: Person, now: datetime) -> BoardRow:
    entries = list(session.scalars(
        select(LeaderWhereabouts).where(LeaderWhereabouts.person_id == person.id,
                                        LeaderWhereabouts.deleted.is_(False), LeaderWhereabouts.ends_at > now)
        .order_by(LeaderWhereabouts.starts_at, LeaderWhereabouts.hlc.desc(), LeaderWhereabouts.id)))
    current = [e for e in entries if e.starts_at <= now]
    entry = max(current, key=lambda e: (e.hlc, e.id)) if current else (entries[0] if entries else None)
    if entry is None:
        return BoardRow(person.id, person.name, person.title, Whereabouts.IN_OFFICE)
    status = entry.status if current else Whereabouts.IN_OFFICE
    taker = stand_in(session, person.id, now) if current else None
    taker_person = session.get(Person, taker) if taker else None
    return BoardRow(person.id, person.name, person.title, status, entry.id, beijing(entry.starts_at).date(),
                    beijing(entry.ends_at - timedelta(seconds=1)).date(), entry.place, entry.reach_at,
                    entry.acting_person_id, taker_person.name if taker_person else "", entry.note)


@requires(Action.VIEW_ESCALATIONS)
def board(services: Services, actor: Actor, now: datetime | None = None) -> list[BoardRow]:
    """Every leader and where they are today, in protocol order."""
    now = now or utcnow()
    with services.read(actor, Action.VIEW_ESCALATIONS) as session:
        return [_row(session, person, now) for person in _leaders(session)]


@requires(Action.VIEW_ESCALATIONS)
def away_today(services: Services, actor: Actor, now: datetime | None = None) -> list[BoardRow]:
    """The leaders not in the office now, and who acts for them (the Overview's lines)."""
    return [row for row in board(services, actor, now) if row.away]


@requires(Action.VIEW_ESCALATIONS)
def entry(services: Services, actor: Actor, entry_id: str) -> WhereaboutsData:
    """An entry as its editor shows it."""
    with services.read(actor, Action.VIEW_ESCALATIONS) as session:
        row = _live(session, entry_id)
        return WhereaboutsData(row.person_id, row.status, beijing(row.starts_at).date(),
                               beijing(row.ends_at - timedelta(seconds=1)).date(), row.place, row.reach_at,
                               row.acting_person_id, row.note)

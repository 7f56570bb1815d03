"""Roster use cases: patterns, drawing up a rotation (preview, then save), changes with their checks, leave,
swaps approved by a shift leader, sign-in and sign-out, who is on duty, coverage. Every write is audited."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from duty_desk.domain import roster as R
from duty_desk.domain.audit_actions import AuditAction
from duty_desk.domain.directory import mask_phone
from duty_desk.domain.roles import Action
from duty_desk.domain.timefmt import BEIJING, as_utc, format_beijing, utcnow
from duty_desk.domain.validation import FieldError, ValidationError, control_problem
from duty_desk.services import audit, office_rules, workflow
from duty_desk.services.context import Actor, Services
from duty_desk.services.errors import PermissionDenied
from duty_desk.services.permission import internal, requires
from duty_desk.storage.models import DutySignEvent, Person, RosterAbsence, RosterDuty, RosterPattern, RosterSwap


@internal
def min_rest_hours(services: Services) -> int:
    """The office's rule (12 h by default), read each time: an administrator may change it any moment."""
    return office_rules.stored_number(services, office_rules.MIN_REST)


@dataclass(frozen=True)
class DutyRow:
    id: str
    duty: R.Duty
    person_name: str
    phone: str
    pattern_id: str
    signed: frozenset[R.SignKind] = frozenset()  # 接班 and 交班 recorded so far


@internal
def pattern_of(row: RosterPattern) -> R.Pattern:
    hours, minutes = (int(x) for x in row.handoff.split(":"))
    make = R.twenty_four_hours if row.kind == "24h" else R.day_and_night
    return make(row.name, time(hours, minutes), row.officers, row.leader, row.secretary_general)


@requires(Action.MANAGE_ROSTER)
def save_pattern(services: Services, actor: Actor, name: str, kind: str, handoff: time, officers: int = 2,
                 leader: bool = True, secretary_general: bool = False) -> str:
    if kind not in ("24h", "day_night"):
        raise ValidationError.single("kind", "a pattern is 24-hour duty or day and night shifts")
    make = R.twenty_four_hours if kind == "24h" else R.day_and_night
    R.check_pattern(make(name, handoff, officers, leader, secretary_general))
    with services.write(actor, Action.MANAGE_ROSTER) as session:
        row = RosterPattern(name=name.strip()[:100], kind=kind, handoff=handoff.strftime("%H:%M"),
                            officers=officers, leader=leader, secretary_general=secretary_general)
        session.add(row)
        session.flush()
        audit.record(session, actor, AuditAction.SAVE_PATTERN, "roster_patterns", row.id, after=audit.snapshot(row))
        return row.id


@requires(Action.VIEW_ROSTER)
def patterns(services: Services, actor: Actor) -> list[tuple[str, R.Pattern]]:
    with services.read(actor, Action.VIEW_ROSTER) as session:
        rows = session.scalars(select(RosterPattern).where(RosterPattern.deleted.is_(False))
                               .order_by(RosterPattern.created_at))
        return [(r.id, pattern_of(r)) for r in rows]


def _duty(row: RosterDuty) -> R.Duty:
    return R.Duty(row.person_id, R.Position(row.position), date.fromisoformat(row.day), row.shift, row.starts_at,
                  row.ends_at)


@internal
def live_duties(session: Session, first: datetime, last: datetime) -> list[RosterDuty]:
    """Duties that overlap [first, last)."""
    return list(session.scalars(select(RosterDuty).where(
        RosterDuty.deleted.is_(False), RosterDuty.starts_at < as_utc(last), RosterDuty.ends_at > as_utc(first))
        .order_by(RosterDuty.starts_at, RosterDuty.position, RosterDuty.id)))


def _absences(session: Session) -> list[R.Absence]:
    return [R.Absence(a.person_id, a.starts_at, a.ends_at) for a in session.scalars(
        select(RosterAbsence).where(RosterAbsence.deleted.is_(False)))]


MAX_DAYS = 400  # a roster is drawn up, exported or imported at most this far at a time
EARLIEST, LATEST = date(2000, 1, 1), date(2199, 12, 31)


@internal
def day_range(first: date, last: date) -> tuple[datetime, datetime]:
    """From the first day's midnight to the end of the last day, Beijing time, as UTC."""
    if last < first:
        raise ValidationError.single("last", "the end date is before the start date")
    if first < EARLIEST or last > LATEST:
        raise ValidationError.single("last", "give days between 2000 and 2199")
    if (last - first).days >= MAX_DAYS:
        raise ValidationError.single("last", "at most {days} days at a time", days=MAX_DAYS)
    return (as_utc(datetime.combine(first, time(0), tzinfo=BEIJING)),
            as_utc(datetime.combine(last + timedelta(days=1), time(0), tzinfo=BEIJING)))


def _people(session: Session, ids: set[str]) -> dict[str, Person]:
    return {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids), Person.deleted.is_(False)))}


def _own(session: Session, actor: Actor) -> set[str]:
    """The directory entries that are the actor: an account is its person's by name (accounts hold no link to
    the directory; two people of one name are both the account's)."""
    return set(session.scalars(select(Person.id).where(Person.name == actor.display_name,
                                                       Person.deleted.is_(False))))


@requires(Action.VIEW_ROSTER)
def names(services: Services, actor: Actor, ids: set[str]) -> dict[str, str]:
    with services.read(actor, Action.VIEW_ROSTER) as session:
        return {pid: p.name for pid, p in _people(session, ids).items()}


@dataclass(frozen=True)
class Preview:
    duties: list[R.Duty]
    problems: list[R.Problem]
    beyond_calendar: list[int]  # years the holiday data does not cover: their days are taken as ordinary ones


@requires(Action.VIEW_ROSTER)
def preview(services: Services, actor: Actor, pattern_id: str, first: date, last: date,
            lists: dict[R.Position, R.RotationLists]) -> Preview:
    """The rotation as it would be saved, with what is wrong with it; nothing is written."""
    with services.read(actor, Action.VIEW_ROSTER) as session:
        return _preview(session, pattern_id, first, last, lists, min_rest_hours(services))


def _preview(session: Session, pattern_id: str, first: date, last: date,
             lists: dict[R.Position, R.RotationLists], rest: int) -> Preview:
    row = session.get(RosterPattern, pattern_id)
    if row is None or row.deleted:
        raise ValidationError.single("pattern", "no such shift pattern")
    listed = {p for rl in lists.values() for p in (*rl.workdays, *rl.offdays)}
    unknown = listed - set(_people(session, listed))
    if unknown:
        raise ValidationError.single("people", "{count} listed people are not in the directory", count=len(unknown))
    day_range(first, last)  # refuses a range too long or out of bounds before anything is worked out
    calendar = {first + timedelta(days=n): R.calendar_day(first + timedelta(days=n))
                for n in range((last - first).days + 1)}
    duties = R.rotate(pattern_of(row), first, last, lists, calendar)
    days = {first + timedelta(days=n) for n in range((last - first).days + 1)}
    beyond = sorted({c.day.year for c in calendar.values() if not c.known})
    return Preview(duties, new_problems(session, pattern_id, days, duties, rest), beyond)


@internal
def new_problems(session: Session, pattern_id: str, days: set[date], duties: list[R.Duty],
                 rest: int) -> list[R.Problem]:
    """What is wrong with `duties` replacing the pattern's duties on `days`: clashes with any other duty before
    or after them (within the rest), too little rest, leave."""
    if not duties:
        return []
    margin = timedelta(days=1, hours=rest)
    start = min(as_utc(d.starts_at) for d in duties) - margin
    end = max(as_utc(d.ends_at) for d in duties) + margin
    others = [_duty(d) for d in live_duties(session, start, end)
              if d.pattern_id != pattern_id or date.fromisoformat(d.day) not in days]
    mine = {(d.person_id, as_utc(d.starts_at)) for d in duties}
    return [p for p in R.problems([*others, *duties], _absences(session), rest)
            if (p.person_id, as_utc(p.at)) in mine
            or (p.kind is not R.ProblemKind.LEAVE and (p.person_id, as_utc(p.other_at or p.at)) in mine)]


@requires(Action.MANAGE_ROSTER)
def save_rotation(services: Services, actor: Actor, pattern_id: str, first: date, last: date,
                  lists: dict[R.Position, R.RotationLists]) -> int:
    """Replace the pattern's duties for those days with the rotation; refused whole while it has problems."""
    rest = min_rest_hours(services)
    with services.write(actor, Action.MANAGE_ROSTER) as session:
        plan = _preview(session, pattern_id, first, last, lists, rest)
        if plan.problems:
            names = {pid: p.name for pid, p in _people(session, {p.person_id for p in plan.problems}).items()}
            raise ValidationError([problem_error(p, rest, names) for p in plan.problems[:20]])
        for old in session.scalars(select(RosterDuty).where(
                RosterDuty.pattern_id == pattern_id, RosterDuty.deleted.is_(False),
                RosterDuty.day >= first.isoformat(), RosterDuty.day <= last.isoformat())):
            old.deleted = True
        session.add_all(RosterDuty(pattern_id=pattern_id, person_id=d.person_id, position=d.position.value,
                                   day=d.day.isoformat(), shift=d.shift, starts_at=d.starts_at, ends_at=d.ends_at)
                        for d in plan.duties)
        audit.record(session, actor, AuditAction.SAVE_ROTATION, "roster_patterns", pattern_id,
                     after={"first": first.isoformat(), "last": last.isoformat(), "duties": len(plan.duties)})
        return len(plan.duties)


@internal
def problem_error(p: R.Problem, rest: int, names: dict[str, str] | None = None) -> FieldError:
    at = as_utc(p.at).astimezone(BEIJING).strftime("%Y-%m-%d %H:%M")
    person = (names or {}).get(p.person_id, p.person_id)
    if p.kind is R.ProblemKind.OVERLAP:
        return FieldError.of("roster", "{person} would be on two duties at once ({at})", person=person, at=at)
    if p.kind is R.ProblemKind.REST:
        return FieldError.of("roster", "{person} would rest less than {hours} hours before the duty at {at}",
                             person=person, at=at, hours=rest)
    return FieldError.of("roster", "{person} is on leave at {at}", person=person, at=at)


def _checked_change(session: Session, changed: list[RosterDuty], rest: int) -> None:
    """After a change: the people it touches must have no problem around those duties."""
    start = min(as_utc(d.starts_at) for d in changed) - timedelta(days=2)
    end = max(as_utc(d.ends_at) for d in changed) + timedelta(days=2)
    session.flush()
    duties = [_duty(d) for d in live_duties(session, start, end)]
    touched = {(d.person_id, as_utc(d.starts_at)) for d in changed}
    found = [p for p in R.problems(duties, _absences(session), rest)
             if (p.person_id, as_utc(p.at)) in touched or (p.person_id, as_utc(p.other_at or p.at)) in touched]
    if found:
        names = {pid: p.name for pid, p in _people(session, {p.person_id for p in found}).items()}
        raise ValidationError([problem_error(p, rest, names) for p in found])


def _live_duty(session: Session, duty_id: str) -> RosterDuty:
    row = session.get(RosterDuty, duty_id)
    if row is None or row.deleted:
        raise ValidationError.single("duty", "no such duty")
    return row


def _window(session: Session, row: RosterDuty, person_id: str, starts_at: datetime | None,
            ends_at: datetime | None) -> tuple[datetime, datetime, datetime, datetime]:
    """The duty's bounds and the part of it asked for (all of it by default), checked."""
    if not _people(session, {person_id}):
        raise ValidationError.single("person", "that person is not in the directory")
    start, end = as_utc(row.starts_at), as_utc(row.ends_at)
    lo, hi = as_utc(starts_at or start), as_utc(ends_at or end)
    if not start <= lo < hi <= end:
        raise ValidationError.single("ends_at", "the time must lie within the duty and end after it starts")
    return start, end, lo, hi


@requires(Action.MANAGE_ROSTER)
def replace_person(services: Services, actor: Actor, duty_id: str, person_id: str,
                   starts_at: datetime | None = None, ends_at: datetime | None = None) -> None:
    """Someone else takes the duty, or only the part of it from `starts_at` to `ends_at` (the duty is split,
    the original person keeping the rest)."""
    rest = min_rest_hours(services)
    with services.write(actor, Action.MANAGE_ROSTER) as session:
        row = _live_duty(session, duty_id)
        start, end, lo, hi = _window(session, row, person_id, starts_at, ends_at)
        before = audit.snapshot(row)
        parts = [(a, b, who) for a, b, who in ((start, lo, row.person_id), (lo, hi, person_id),
                                                (hi, end, row.person_id)) if a < b]
        (a, b, who), *others = parts
        row.starts_at, row.ends_at, row.person_id = a, b, who
        added = [RosterDuty(pattern_id=row.pattern_id, person_id=w, position=row.position, day=row.day,
                            shift=row.shift, starts_at=x, ends_at=y) for x, y, w in others]
        session.add_all(added)
        _checked_change(session, [row, *added], rest)
        audit.record(session, actor, AuditAction.REPLACE_ON_DUTY, "roster_duties", row.id, before, audit.snapshot(row))
        for extra in added:
            audit.record(session, actor, AuditAction.ADD_DUTY, "roster_duties", extra.id, after=audit.snapshot(extra))


@requires(Action.MANAGE_ROSTER)
def add_to_shift(services: Services, actor: Actor, duty_id: str, person_id: str,
                 starts_at: datetime | None = None, ends_at: datetime | None = None) -> str:
    """One more person on the shift and position of `duty_id`, for all of it or a part."""
    rest = min_rest_hours(services)
    with services.write(actor, Action.MANAGE_ROSTER) as session:
        like = _live_duty(session, duty_id)
        _, _, lo, hi = _window(session, like, person_id, starts_at, ends_at)
        row = RosterDuty(pattern_id=like.pattern_id, person_id=person_id, position=like.position, day=like.day,
                         shift=like.shift, starts_at=lo, ends_at=hi)
        session.add(row)
        _checked_change(session, [row], rest)
        audit.record(session, actor, AuditAction.ADD_DUTY, "roster_duties", row.id, after=audit.snapshot(row))
        return row.id


@requires(Action.MANAGE_ROSTER)
def remove_duty(services: Services, actor: Actor, duty_id: str) -> None:
    """Takes a person off a duty (the coverage report then shows the gap, if it leaves one)."""
    with services.write(actor, Action.MANAGE_ROSTER) as session:
        row = _live_duty(session, duty_id)
        before = audit.snapshot(row)
        row.deleted = True
        audit.record(session, actor, AuditAction.REMOVE_DUTY, "roster_duties", row.id, before, audit.snapshot(row))


def _check_absence(starts_at: datetime, ends_at: datetime, reason: str) -> None:
    if as_utc(ends_at) <= as_utc(starts_at):
        raise ValidationError.single("ends_at", "the end is before the start")
    if problem := control_problem(reason):
        raise ValidationError.single("reason", problem)


@internal
def check_stored(record: object) -> None:
    """Leave or a pattern changed outside the roster's editors (a conflict's new value) obeys the same rules."""
    if isinstance(record, RosterAbsence):
        _check_absence(record.starts_at, record.ends_at, record.reason)
    elif isinstance(record, RosterPattern):
        R.check_pattern(pattern_of(record))


@requires(Action.MANAGE_ROSTER)
def add_absence(services: Services, actor: Actor, person_id: str, starts_at: datetime, ends_at: datetime,
                reason: str) -> str:
    _check_absence(starts_at, ends_at, reason)
    with services.write(actor, Action.MANAGE_ROSTER) as session:
        if not _people(session, {person_id}):
            raise ValidationError.single("person", "that person is not in the directory")
        row = RosterAbsence(person_id=person_id, starts_at=starts_at, ends_at=ends_at, reason=reason.strip()[:200])
        session.add(row)
        session.flush()
        audit.record(session, actor, AuditAction.ADD_ABSENCE, "roster_absences", row.id, after=audit.snapshot(row))
        return row.id


@requires(Action.REQUEST_SWAP)
def request_swap(services: Services, actor: Actor, duty_a_id: str, duty_b_id: str, reason: str = "") -> str:
    """Asked by one of the two people on duty, never for two others."""
    with services.write(actor, Action.REQUEST_SWAP) as session:
        a, b = _live_duty(session, duty_a_id), _live_duty(session, duty_b_id)
        if a.person_id == b.person_id:
            raise ValidationError.single("duty", "a swap needs two different people on duty")
        if not _own(session, actor) & {a.person_id, b.person_id}:
            raise PermissionDenied(actor.role.value, Action.REQUEST_SWAP.value,
                                   "only one of the two people on duty asks for their swap")
        row = RosterSwap(duty_a_id=a.id, duty_b_id=b.id, requested_by=actor.display_name, reason=reason.strip()[:200])
        session.add(row)
        session.flush()
        audit.record(session, actor, AuditAction.REQUEST_SWAP, "roster_swaps", row.id, after=audit.snapshot(row))
        return row.id


@dataclass(frozen=True)
class SwapView:
    id: str
    a: DutyRow
    b: DutyRow
    requested_by: str
    reason: str


@requires(Action.VIEW_ROSTER)
def pending_swaps(services: Services, actor: Actor) -> list[SwapView]:
    """Swap requests waiting for a shift leader, oldest first."""
    with services.read(actor, Action.VIEW_ROSTER) as session:
        swaps = list(session.scalars(select(RosterSwap).where(RosterSwap.deleted.is_(False),
                                                              RosterSwap.status == R.SwapState.PENDING)
                                     .order_by(RosterSwap.created_at)))
        duty_ids = {d for s in swaps for d in (s.duty_a_id, s.duty_b_id)}
        duties = {d.id: d for d in session.scalars(select(RosterDuty).where(RosterDuty.id.in_(duty_ids)))}
        people = _people(session, {d.person_id for d in duties.values()})
    rows = {i: _row(d, people, actor) for i, d in duties.items()}
    return [SwapView(s.id, rows[s.duty_a_id], rows[s.duty_b_id], s.requested_by, s.reason) for s in swaps
            if s.duty_a_id in rows and s.duty_b_id in rows]


@requires(Action.APPROVE_SWAP)
def decide_swap(services: Services, actor: Actor, swap_id: str, approve: bool) -> None:
    """Another shift leader's decision (never the requester's or either person's on duty); an approved swap
    changes both duties' people, checked like any change."""
    rest = min_rest_hours(services)
    with services.write(actor, Action.APPROVE_SWAP) as session:
        swap = session.get(RosterSwap, swap_id)
        if swap is None or swap.deleted or workflow.state_of(session, swap) is not R.SwapState.PENDING:
            raise ValidationError.single("swap", "this swap request was already decided")
        parties = {d.person_id for d in session.scalars(select(RosterDuty).where(
            RosterDuty.id.in_((swap.duty_a_id, swap.duty_b_id))))}
        if swap.requested_by == actor.display_name or _own(session, actor) & parties:
            raise PermissionDenied(actor.role.value, Action.APPROVE_SWAP.value,
                                   "another shift leader decides a swap one asked for or is part of")
        before = audit.snapshot(swap)
        workflow.step(session, actor, swap, "approve" if approve else "refuse")
        swap.decided_by = actor.display_name
        if approve:
            a, b = _live_duty(session, swap.duty_a_id), _live_duty(session, swap.duty_b_id)
            a.person_id, b.person_id = b.person_id, a.person_id
            _checked_change(session, [a, b], rest)
        audit.record(session, actor, AuditAction.DECIDE_SWAP, "roster_swaps", swap.id, before, audit.snapshot(swap))


_SIGN_AUDIT = {R.SignKind.SIGN_IN: AuditAction.SIGN_IN, R.SignKind.SIGN_OUT: AuditAction.SIGN_OUT}
# How far before its start one may sign in, and after its end sign out: a handoff takes a while.
SIGN_TOLERANCE = timedelta(hours=1)


@requires(Action.SIGN_DUTY)
def sign(services: Services, actor: Actor, duty_id: str, kind: R.SignKind, at: datetime | None = None) -> str:
    """接班 (sign_in) or 交班 (sign_out) of one's own duty, recorded as an event, at a time within the duty
    (give or take SIGN_TOLERANCE)."""
    if kind not in set(R.SignKind):
        raise ValidationError.single("kind", "sign in or sign out")
    when = as_utc(at or utcnow())
    with services.write(actor, Action.SIGN_DUTY) as session:
        duty = _live_duty(session, duty_id)
        if duty.person_id not in _own(session, actor):
            raise PermissionDenied(actor.role.value, Action.SIGN_DUTY.value,
                                   "only the person on a duty signs in or out of it")
        start, end = as_utc(duty.starts_at), as_utc(duty.ends_at)
        if not start - SIGN_TOLERANCE <= when <= end + SIGN_TOLERANCE:
            raise ValidationError.single("at", "a duty is signed in or out between {start} and {end}",
                                         start=format_beijing(start - SIGN_TOLERANCE),
                                         end=format_beijing(end + SIGN_TOLERANCE))
        row = DutySignEvent(duty_id=duty_id, kind=kind, at=when, by=actor.display_name)
        session.add(row)
        session.flush()
        audit.record(session, actor, _SIGN_AUDIT[R.SignKind(kind)], "roster_sign_events", row.id,
                     after=audit.snapshot(row))
        return row.id


@requires(Action.VIEW_ROSTER)
def duties(services: Services, actor: Actor, first: datetime, last: datetime) -> list[DutyRow]:
    """Duties overlapping [first, last), in time order, with the person's name and phone, and their signing."""
    with services.read(actor, Action.VIEW_ROSTER) as session:
        rows = live_duties(session, first, last)
        people = _people(session, {r.person_id for r in rows})
        signed: dict[str, set[R.SignKind]] = {}
        for duty_id, kind in session.execute(select(DutySignEvent.duty_id, DutySignEvent.kind)
                                             .where(DutySignEvent.duty_id.in_([r.id for r in rows]))):
            signed.setdefault(duty_id, set()).add(R.SignKind(kind))
        return [_row(r, people, actor, frozenset(signed.get(r.id, ()))) for r in rows]


def _row(r: RosterDuty, people: dict[str, Person], actor: Actor,
         signed: frozenset[R.SignKind] = frozenset()) -> DutyRow:
    """The number to call: the mobile, or for a role without personal data the office phone (a masked mobile
    when there is none); so the roster's screens, exports and printouts show no more than the directory."""
    p = people.get(r.person_id)
    if p is None:
        phone = ""
    elif actor.may(Action.VIEW_PERSONAL_DATA):
        phone = p.mobile or p.office_phone
    else:
        phone = p.office_phone or mask_phone(p.mobile)
    return DutyRow(r.id, _duty(r), p.name if p else "?", phone, r.pattern_id, signed)


@requires(Action.VIEW_ROSTER)
def on_duty(services: Services, actor: Actor, at: datetime | None = None) -> tuple[list[DutyRow], list[DutyRow]]:
    """Who is on duty now and who takes over next (looking two days ahead)."""
    at = at or utcnow()
    rows = duties(services, actor, at, as_utc(at) + timedelta(days=2))
    now, nxt = R.on_duty([r.duty for r in rows], at)
    return [r for r in rows if r.duty in now], [r for r in rows if r.duty in nxt]


@requires(Action.VIEW_ROSTER)
def coverage(services: Services, actor: Actor, pattern_id: str, first: date, last: date) -> R.Coverage:
    start, end = day_range(first, last)
    with services.read(actor, Action.VIEW_ROSTER) as session:
        row = session.get(RosterPattern, pattern_id)
        if row is None:
            raise ValidationError.single("pattern", "no such shift pattern")
        needs = pattern_of(row).needs()
        found = [_duty(d) for d in live_duties(session, start, end) if d.pattern_id == pattern_id]
    return R.coverage(found, needs, start, end)

"""Roster maths (排班): shift patterns, the rotation of people through positions, checks, coverage and who is on
duty at a given moment. Times are UTC datetimes; days and handoff times are Beijing's.
"""

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from itertools import pairwise

from duty_desk.domain.timefmt import BEIJING, as_utc
from duty_desk.domain.validation import FieldError, ValidationError
from duty_desk.domain.workflow import StateMachine, Transition


class Position(StrEnum):
    OFFICER = "officer"  # 值班员
    LEADER = "leader"  # 带班领导
    SECRETARY_GENERAL = "secretary_general"  # 值班秘书长


class SwapState(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REFUSED = "refused"


# A swap request waits for a shift leader, who approves it (the duties' people change) or refuses it.
SWAP_APPROVAL = StateMachine(SwapState, SwapState.PENDING, (
    Transition("approve", frozenset({SwapState.PENDING}), SwapState.APPROVED),
    Transition("refuse", frozenset({SwapState.PENDING}), SwapState.REFUSED)), field="swap")


class SignKind(StrEnum):
    SIGN_IN = "sign_in"  # 接班
    SIGN_OUT = "sign_out"  # 交班


class DayKind(StrEnum):
    WORKDAY = "workday"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"


@dataclass(frozen=True)
class Shift:
    name: str  # "24h", "day", "night"
    start: time  # Beijing time of the handoff that opens it
    hours: int


@dataclass(frozen=True)
class Pattern:
    """24-hour duty from a handoff time, or day and night shifts; the positions every shift needs."""

    name: str
    shifts: tuple[Shift, ...]
    officers: int = 2
    leader: bool = True
    secretary_general: bool = False

    def needs(self) -> dict[Position, int]:
        out = {Position.OFFICER: self.officers}
        if self.leader:
            out[Position.LEADER] = 1
        if self.secretary_general:
            out[Position.SECRETARY_GENERAL] = 1
        return out


def twenty_four_hours(name: str, handoff: time = time(8, 30), officers: int = 2, leader: bool = True,
                      secretary_general: bool = False) -> Pattern:
    return Pattern(name, (Shift("24h", handoff, 24),), officers, leader, secretary_general)


def day_and_night(name: str, day_start: time = time(8, 30), officers: int = 2, leader: bool = True,
                  secretary_general: bool = False) -> Pattern:
    night = (datetime.combine(date(2000, 1, 1), day_start) + timedelta(hours=12)).time()
    return Pattern(name, (Shift("day", day_start, 12), Shift("night", night, 12)), officers, leader,
                   secretary_general)


def check_pattern(pattern: Pattern) -> Pattern:
    """Its shifts must tile the day: 24 hours in all, each starting where the one before ends."""
    errors: list[FieldError] = []
    if not pattern.name.strip():
        errors.append(FieldError("name", "give the pattern a name"))
    if not 1 <= pattern.officers <= 20:
        errors.append(FieldError("officers", "a shift needs 1 to 20 duty officers"))
    if not pattern.shifts or sum(s.hours for s in pattern.shifts) != 24:
        errors.append(FieldError("shifts", "the shifts must add up to 24 hours"))
    else:
        clock = datetime.combine(date(2000, 1, 1), pattern.shifts[0].start)
        for shift in pattern.shifts:
            if shift.start != clock.time():
                errors.append(FieldError("shifts", "each shift must start when the one before ends"))
                break
            clock += timedelta(hours=shift.hours)
    if errors:
        raise ValidationError(errors)
    return pattern


@dataclass(frozen=True)
class CalendarDay:
    day: date
    kind: DayKind
    known: bool  # False beyond the holiday data: the day is taken as an ordinary one
    name: str = ""  # the holiday's name, when it is one


def calendar_day(day: date) -> CalendarDay:
    """China's official calendar: public holidays and the make-up working days (调休), from chinesecalendar."""
    import chinese_calendar  # kept local: its data load is needed only when a roster is drawn up

    ordinary = DayKind.WEEKEND if day.weekday() >= 5 else DayKind.WORKDAY
    try:
        resting, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:
        return CalendarDay(day, ordinary, known=False)
    if not resting:  # a working day, a make-up Saturday or Sunday (调休) among them
        return CalendarDay(day, DayKind.WORKDAY, True)
    return CalendarDay(day, DayKind.HOLIDAY if name else DayKind.WEEKEND, True, str(name or ""))


@dataclass(frozen=True)
class Duty:
    person_id: str
    position: Position
    day: date  # the Beijing day the shift opens on
    shift: str
    starts_at: datetime
    ends_at: datetime

    def covers(self, at: datetime) -> bool:
        return as_utc(self.starts_at) <= as_utc(at) < as_utc(self.ends_at)


@dataclass
class RotationLists:
    """Who rotates through a position: one list for working days, another for weekends and holidays (empty: the
    working-day list serves every day), and where in each list to start."""

    workdays: list[str]
    offdays: list[str] = field(default_factory=list)
    offset: int = 0


def shift_bounds(day: date, shift: Shift) -> tuple[datetime, datetime]:
    start = datetime.combine(day, shift.start, tzinfo=BEIJING)
    return as_utc(start), as_utc(start + timedelta(hours=shift.hours))


def rotate(pattern: Pattern, first: date, last: date, lists: dict[Position, RotationLists],
           calendar: dict[date, CalendarDay] | None = None) -> list[Duty]:
    """Round robin: each position's people in turn, shift after shift, the working-day and the off-day lists
    each keeping their own place."""
    if last < first:
        raise ValidationError.single("last", "the end date is before the start date")
    missing = [p for p, n in pattern.needs().items() if n and (p not in lists or not lists[p].workdays)]
    if missing:
        raise ValidationError.single("people", "no one is listed for {position}", position=missing[0].value)
    turn: Counter[tuple[Position, bool]] = Counter()
    duties: list[Duty] = []
    day = first
    while day <= last:
        kind = (calendar or {}).get(day) or calendar_day(day)
        off = kind.kind is not DayKind.WORKDAY
        for shift in pattern.shifts:
            starts, ends = shift_bounds(day, shift)
            for position, count in pattern.needs().items():
                rotation = lists[position]
                people = rotation.offdays if off and rotation.offdays else rotation.workdays
                key = (position, off and bool(rotation.offdays))
                for _ in range(count):
                    person = people[(rotation.offset + turn[key]) % len(people)]
                    turn[key] += 1
                    duties.append(Duty(person, position, day, shift.name, starts, ends))
        day += timedelta(days=1)
    return duties


class ProblemKind(StrEnum):
    OVERLAP = "overlap"
    REST = "rest"
    LEAVE = "leave"


@dataclass(frozen=True)
class Problem:
    kind: ProblemKind
    person_id: str
    at: datetime
    other_at: datetime | None = None  # the other duty's start (overlap, rest) or the leave's start


@dataclass(frozen=True)
class Absence:
    person_id: str
    starts_at: datetime
    ends_at: datetime


def problems(duties: Iterable[Duty], absences: Iterable[Absence] = (), min_rest_hours: int = 12) -> list[Problem]:
    """No one on two overlapping duties, at least the minimum rest between two, no duty during leave."""
    by_person: dict[str, list[Duty]] = {}
    for d in duties:
        by_person.setdefault(d.person_id, []).append(d)
    found: list[Problem] = []
    rest = timedelta(hours=min_rest_hours)
    for person, own in by_person.items():
        own.sort(key=lambda d: as_utc(d.starts_at))
        latest = own[0]  # the duty that ends last of those before: a long one may cover several short ones
        for after in own[1:]:
            gap = as_utc(after.starts_at) - as_utc(latest.ends_at)
            if gap < timedelta(0):
                found.append(Problem(ProblemKind.OVERLAP, person, after.starts_at, latest.starts_at))
            elif gap < rest and (after.day, after.shift) != (latest.day, latest.shift):  # pieces of one shift rest not
                found.append(Problem(ProblemKind.REST, person, after.starts_at, latest.starts_at))
            if as_utc(after.ends_at) > as_utc(latest.ends_at):
                latest = after
    for a in absences:
        for d in by_person.get(a.person_id, []):
            if as_utc(d.starts_at) < as_utc(a.ends_at) and as_utc(a.starts_at) < as_utc(d.ends_at):
                found.append(Problem(ProblemKind.LEAVE, a.person_id, d.starts_at, a.starts_at))
    return sorted(found, key=lambda p: (as_utc(p.at), p.person_id, p.kind))


@dataclass(frozen=True)
class Gap:
    """A stretch of time a required position is short of people."""

    position: Position
    starts_at: datetime
    ends_at: datetime
    missing: int

    @property
    def hours(self) -> int:
        """The hours it touches, a part of an hour counting whole."""
        return math.ceil((as_utc(self.ends_at) - as_utc(self.starts_at)) / timedelta(hours=1))


@dataclass(frozen=True)
class Balance:
    duties: int = 0
    nights: int = 0  # duties that cover 00:00-06:00 Beijing time
    offdays: int = 0  # duties opening on a weekend or holiday


@dataclass(frozen=True)
class Coverage:
    gaps: list[Gap]
    balance: dict[str, Balance]


def _covers_night(d: Duty) -> bool:
    start = as_utc(d.starts_at).astimezone(BEIJING)
    midnight = datetime.combine(start.date() + timedelta(days=1), time(0), tzinfo=BEIJING)
    if start.time() < time(6):
        return True
    return as_utc(d.ends_at) > as_utc(midnight)


def coverage(duties: Sequence[Duty], needs: dict[Position, int], first: datetime, last: datetime,
             calendar: dict[date, CalendarDay] | None = None) -> Coverage:
    """Every stretch of [first, last) that a required position is short of people, and each person's counts.

    A sweep over the duties' starts and ends (not duties × hours), so a gap is exact to the minute.
    """
    lo, hi = as_utc(first), as_utc(last)
    gaps: list[Gap] = []
    for position, need in needs.items():
        edges: Counter[datetime] = Counter()
        for d in duties:
            if d.position is position:
                edges[max(lo, as_utc(d.starts_at))] += 1
                edges[min(hi, as_utc(d.ends_at))] -= 1
        points = sorted({lo, hi, *edges})
        running = 0
        for a, b in pairwise(points):
            running += edges[a]
            if a >= hi or b <= lo or running >= need:
                continue
            if gaps and gaps[-1].position is position and gaps[-1].ends_at == a and gaps[-1].missing == need - running:
                gaps[-1] = Gap(position, gaps[-1].starts_at, b, need - running)  # one stretch, not many pieces
            else:
                gaps.append(Gap(position, a, b, need - running))
    tally: dict[str, Counter[str]] = {}
    for d in duties:
        c = tally.setdefault(d.person_id, Counter())
        c["duties"] += 1
        c["nights"] += _covers_night(d)
        kind = (calendar or {}).get(d.day) or calendar_day(d.day)
        c["offdays"] += kind.kind is not DayKind.WORKDAY
    balance = {p: Balance(c["duties"], c["nights"], c["offdays"]) for p, c in tally.items()}
    return Coverage(sorted(gaps, key=lambda g: (g.starts_at, g.position)), balance)


def on_duty(duties: Iterable[Duty], at: datetime) -> tuple[list[Duty], list[Duty]]:
    """Who is on duty at `at`, and who takes over at the next handoff."""
    all_duties = list(duties)
    now = [d for d in all_duties if d.covers(at)]
    later = [d for d in all_duties if as_utc(d.starts_at) > as_utc(at)]
    if not later:
        return now, []
    nxt = min(as_utc(d.starts_at) for d in later)
    return now, [d for d in later if as_utc(d.starts_at) == nxt]

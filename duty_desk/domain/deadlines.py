"""Reporting deadline clocks: the rule profile (a TOML file the administrator edits) and the clock maths.

Every clock counts from when the duty room received the report. Telephone and written reports are due once;
follow-ups for the serious levels are due before fixed Beijing times every day (08:00 and 17:00 by default)
until the incident is closed, the first being the first such time after the written report is due.
Drills have clocks too; the callers mark them as drills.
"""

import json
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum

from duty_desk.domain.deadline import Deadline
from duty_desk.domain.incidents import ReportKind, Severity
from duty_desk.domain.timefmt import BEIJING, as_utc
from duty_desk.domain.validation import FieldError, ValidationError

LEVELS = (Severity.I, Severity.II, Severity.III, Severity.IV)
MAX_MINUTES = 7 * 24 * 60


class FollowUps(StrEnum):
    DAILY = "daily"
    AS_NEW_FACTS = "as_new_facts"


@dataclass(frozen=True)
class LevelRule:
    telephone_minutes: int | None
    written_minutes: int | None
    follow_ups: FollowUps


@dataclass(frozen=True)
class Profile:
    levels: dict[Severity, LevelRule]
    follow_up_times: tuple[time, ...]
    amber_minutes: int
    unassessed_as: Severity

    def rule(self, severity: Severity) -> LevelRule:
        return self.levels[self.unassessed_as if severity is Severity.UNASSESSED else severity]


def _minutes(raw: object, field: str, errors: list[FieldError], required: bool) -> int | None:
    if raw is None:
        if required:
            errors.append(FieldError(field, "a number of minutes is required"))
        return None
    if isinstance(raw, bool) or not isinstance(raw, int) or not 1 <= raw <= MAX_MINUTES:
        errors.append(FieldError.of(field, "must be a whole number of minutes from 1 to {max}", max=MAX_MINUTES))
        return None
    return raw


def _clock_time(raw: object, field: str, errors: list[FieldError]) -> time | None:
    try:
        hours, minutes = str(raw).split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        errors.append(FieldError.of(field, "{value} is not a time of day like 08:00", value=repr(raw)))
        return None


def parse_profile(text: str) -> Profile:
    """Read and check a rule file; ValidationError lists every bad entry by its place in the file."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError.single("file", "not a valid TOML file: {problem}", problem=str(exc)) from exc
    errors: list[FieldError] = []
    amber = _minutes(data.get("amber_minutes", 5), "amber_minutes", errors, required=True)
    raw_times = data.get("follow_up_times", ["08:00", "17:00"])
    if not isinstance(raw_times, list) or not raw_times:
        errors.append(FieldError("follow_up_times", "give at least one time of day, e.g. [\"08:00\", \"17:00\"]"))
        raw_times = []
    times = [t for i, r in enumerate(raw_times) if (t := _clock_time(r, f"follow_up_times[{i}]", errors))]
    unassessed = data.get("unassessed_as", "I")
    if unassessed not in [level.value for level in LEVELS]:
        errors.append(FieldError.of("unassessed_as", "{value} is not one of I, II, III, IV", value=repr(unassessed)))
    levels: dict[Severity, LevelRule] = {}
    table = data.get("levels", {})
    for level in LEVELS:
        entry = table.get(level.value) if isinstance(table, dict) else None
        where = f"levels.{level.value}"
        if not isinstance(entry, dict):
            errors.append(FieldError(where, "this level is missing"))
            continue
        phone = _minutes(entry.get("telephone_minutes"), f"{where}.telephone_minutes", errors, required=False)
        written = _minutes(entry.get("written_minutes"), f"{where}.written_minutes", errors, required=True)
        if phone and written and phone > written:
            errors.append(FieldError(f"{where}.telephone_minutes", "the telephone report cannot be due after the "
                                                                   "written one"))
        follow = entry.get("follow_ups", FollowUps.AS_NEW_FACTS.value)
        if follow not in [f.value for f in FollowUps]:
            errors.append(FieldError.of(f"{where}.follow_ups", "{value} is not daily or as_new_facts",
                                        value=repr(follow)))
            follow = FollowUps.AS_NEW_FACTS.value
        levels[level] = LevelRule(phone, written, FollowUps(follow))
    unknown = sorted(set(data) - {"amber_minutes", "follow_up_times", "unassessed_as", "levels"})
    if unknown:
        errors.append(FieldError.of(unknown[0], "unknown setting {name}", name=unknown[0]))
    if errors:
        raise ValidationError(errors)
    assert amber is not None
    return Profile(levels, tuple(sorted(times)), amber, Severity(unassessed))


@dataclass(frozen=True)
class LevelEntry:
    """One level's row of the editor's form, as typed (checked when the file it makes is parsed)."""

    telephone_minutes: int | None  # None: no telephone report for this level
    written_minutes: int
    follow_ups: str  # a FollowUps value


def rule_file(amber_minutes: int, follow_up_times: Sequence[str], unassessed_as: str,
              levels: Mapping[str, LevelEntry]) -> str:
    """The rule file the editor's form stands for, to be parsed (and refused with every reason) like a typed
    one. Strings are written as JSON strings, which TOML reads the same."""
    lines = ["# Reporting deadlines (信息报送时限), in minutes from when the duty room received the report.",
             f"amber_minutes = {amber_minutes}",
             "follow_up_times = [" + ", ".join(json.dumps(t) for t in follow_up_times) + "]",
             f"unassessed_as = {json.dumps(unassessed_as)}"]
    for level, entry in levels.items():
        lines += ["", f"[levels.{level}]"]
        if entry.telephone_minutes:
            lines.append(f"telephone_minutes = {entry.telephone_minutes}")
        lines += [f"written_minutes = {entry.written_minutes}", f"follow_ups = {json.dumps(entry.follow_ups)}"]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True, kw_only=True)
class Clock(Deadline):
    """One report's deadline; its due-soon window is the profile's amber minutes."""

    kind: ReportKind


def next_slot(after: datetime, times: tuple[time, ...]) -> datetime:
    """The first of the daily Beijing times strictly after `after`, in UTC."""
    local = as_utc(after).astimezone(BEIJING)
    for day in range(3):
        date = local.date() + timedelta(days=day)
        for t in times:
            slot = datetime.combine(date, t, tzinfo=BEIJING)
            if slot > local:
                return as_utc(slot)
    raise RuntimeError("no follow-up time configured")  # parse_profile guarantees at least one


def clocks(profile: Profile, severity: Severity, received_at: datetime,
           reports: list[tuple[ReportKind, datetime]], closed: bool = False) -> list[Clock]:
    """The clocks of one incident. Reports made stop their clock; follow-ups roll on to the next slot."""
    rule = profile.rule(severity)
    received = as_utc(received_at)
    made = {kind: sorted(as_utc(at) for k, at in reports if k is kind) for kind in ReportKind}
    out: list[Clock] = []
    soon = timedelta(minutes=profile.amber_minutes)
    if rule.telephone_minutes:
        done = made[ReportKind.TELEPHONE][0] if made[ReportKind.TELEPHONE] else None
        out.append(Clock(received + timedelta(minutes=rule.telephone_minutes), soon, done, kind=ReportKind.TELEPHONE))
    written_due = received + timedelta(minutes=rule.written_minutes or 0)
    if rule.written_minutes:
        done = made[ReportKind.WRITTEN][0] if made[ReportKind.WRITTEN] else None
        out.append(Clock(written_due, soon, done, kind=ReportKind.WRITTEN))
    if rule.follow_ups is FollowUps.DAILY and not closed:
        # The first daily time after the written report is due; a follow-up made answers the daily time it
        # precedes, and the clock moves on to the time after that.
        times = profile.follow_up_times
        due = next_slot(written_due, times)
        if made[ReportKind.FOLLOW_UP]:
            answered = next_slot(made[ReportKind.FOLLOW_UP][-1], times)
            due = max(due, next_slot(answered, times))
        out.append(Clock(due, soon, kind=ReportKind.FOLLOW_UP))
    return out


def next_due(profile: Profile, severity: Severity, received_at: datetime,
             reports: list[tuple[ReportKind, datetime]]) -> datetime | None:
    """When the incident's first running clock is due (what the list's urgency order ranks by), or None.

    The same answer as the earliest running clock of clocks(), reached cheaply: the telephone report is never
    due after the written one and the follow-ups only after it, so the daily slots are worked out only once
    both reports are made.
    """
    if not reports:
        first = first_deadline(profile, severity)
        return None if first is None else as_utc(received_at) + first
    rule = profile.rule(severity)
    made = {kind for kind, _ in reports}
    received = as_utc(received_at)
    if rule.telephone_minutes and ReportKind.TELEPHONE not in made:
        return received + timedelta(minutes=rule.telephone_minutes)
    if rule.written_minutes and ReportKind.WRITTEN not in made:
        return received + timedelta(minutes=rule.written_minutes)
    running = [c.due for c in clocks(profile, severity, received_at, reports) if c.done_at is None]
    return min(running) if running else None


def first_deadline(profile: Profile, severity: Severity) -> timedelta | None:
    """How long after receipt the first report is due when nothing has been reported yet."""
    rule = profile.rule(severity)
    minutes = rule.telephone_minutes or rule.written_minutes
    return timedelta(minutes=minutes) if minutes else None

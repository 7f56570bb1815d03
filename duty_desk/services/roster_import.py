"""A roster read from CSV (the columns the export writes: day, shift, position, person; phone and times are
ignored): every row checked, every problem named with its line, all saved or none."""

from datetime import date

from sqlalchemy import select

from duty_desk.domain import roster as R
from duty_desk.domain.audit_actions import AuditAction
from duty_desk.domain.csv_cells import unguard
from duty_desk.domain.csv_reading import csv_records
from duty_desk.domain.roles import Action
from duty_desk.domain.validation import FieldError, ValidationError
from duty_desk.services import audit
from duty_desk.services.context import Actor, Services
from duty_desk.services.permission import requires
from duty_desk.services.roster import (
    EARLIEST,
    LATEST,
    day_range,
    min_rest_hours,
    new_problems,
    pattern_of,
    problem_error,
)
from duty_desk.storage.models import Person, RosterDuty, RosterPattern

REQUIRED = ("day", "shift", "position", "person")


def _line(n: int) -> str:
    return f"line {n}"


@requires(Action.MANAGE_ROSTER)
def import_roster(services: Services, actor: Actor, pattern_name: str, text: str, dry_run: bool = False) -> int:
    """Replaces the pattern's duties on the days the file names (`text`: as files.read_text gives it). Returns
    how many duties it holds."""
    records = list(csv_records(text))  # a stray quote or an overlong cell refuses the file before any row
    header = [h.strip() for h in records[0].cells] if records else []
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ValidationError.single("file", "the file has no {column} column", column=missing[0])
    rest = min_rest_hours(services)
    with services.write(actor, Action.MANAGE_ROSTER) as session:
        row = session.scalar(select(RosterPattern).where(RosterPattern.name == pattern_name.strip(),
                                                         RosterPattern.deleted.is_(False)))
        if row is None:
            raise ValidationError.single("pattern", "no shift pattern named {name}", name=pattern_name)
        pattern = pattern_of(row)
        shifts = {s.name: s for s in pattern.shifts}
        by_name: dict[str, list[str]] = {}
        for p in session.scalars(select(Person).where(Person.deleted.is_(False))):
            by_name.setdefault(p.name, []).append(p.id)
        errors: list[FieldError] = []
        duties: list[R.Duty] = []
        for n, cells in records[1:]:  # n: the line the record starts on
            if not any(c.strip() for c in cells):
                continue
            rec = {k: unguard(v) for k, v in zip(header, cells, strict=False)}
            name = (rec.get("person") or "").strip()
            try:
                day = date.fromisoformat((rec.get("day") or "").strip())
                if not EARLIEST <= day <= LATEST:
                    raise ValueError(day)
            except ValueError:
                errors.append(FieldError.of(_line(n), "{value} is not a day like 2026-12-01", value=rec.get("day")))
                continue
            shift = shifts.get((rec.get("shift") or "").strip())
            if shift is None:
                errors.append(FieldError.of(_line(n), "the pattern has no shift {value}", value=rec.get("shift")))
                continue
            try:
                position = R.Position((rec.get("position") or "").strip())
            except ValueError:
                errors.append(FieldError.of(_line(n), "unknown position {value}", value=rec.get("position")))
                continue
            ids = by_name.get(name, [])
            if not ids:
                errors.append(FieldError.of(_line(n), "{name} is not in the directory", name=name))
                continue
            if len(ids) > 1:
                errors.append(FieldError.of(_line(n), "{name} is in the directory more than once; keep one",
                                            name=name))
                continue
            starts, ends = R.shift_bounds(day, shift)
            duties.append(R.Duty(ids[0], position, day, shift.name, starts, ends))
        if errors:
            raise ValidationError(errors[:50])
        if not duties:
            raise ValidationError.single("file", "the file holds no duties")
        days = {d.day for d in duties}
        day_range(min(days), max(days))  # refuses too long a range or impossible days
        found = new_problems(session, row.id, days, duties, rest)
        if found:
            names = {i: nm for nm, ids in by_name.items() for i in ids}
            raise ValidationError([problem_error(p, rest, names) for p in found[:50]])
        if dry_run:
            return len(duties)  # nothing was written
        for old in session.scalars(select(RosterDuty).where(RosterDuty.pattern_id == row.id,
                                                            RosterDuty.deleted.is_(False),
                                                            RosterDuty.day.in_([d.isoformat() for d in days]))):
            old.deleted = True
        session.add_all(RosterDuty(pattern_id=row.id, person_id=d.person_id, position=d.position.value,
                                   day=d.day.isoformat(), shift=d.shift, starts_at=d.starts_at, ends_at=d.ends_at)
                        for d in duties)
        audit.record(session, actor, AuditAction.IMPORT_ROSTER, "roster_patterns", row.id,
                     after={"days": len(days), "duties": len(duties)})
        return len(duties)

"""Roster benchmark: a year's rotation for 60 people over 3 positions, and its coverage report (a standalone
script; pytest ignores tests/benchmarks).
Also the same through the services on a real database (with_database_s): saved, audited, captured for sync.

    .venv/bin/python tests/benchmarks/bench_roster.py [--year 2026]

The domain's rotate(), problems() and coverage() over day-and-night shifts with two duty officers, a leader in
charge and a duty secretary-general (20 people each, separate weekend and holiday lists), China's calendar
included. The baseline, in the same run: the same duties made by a plain loop with no calendar, lists or checks.

Prints ONE JSON line: seconds (rotation, checks and coverage), duties_per_s and ratio to the baseline.
Target: under 1 second.
"""

import argparse
import json
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

from duty_desk.domain import roster as R
from duty_desk.domain.directory import PersonData
from duty_desk.domain.timefmt import BEIJING
from duty_desk.services import accounts, directory, roster
from duty_desk.services.context import Services
from duty_desk.storage.database import open_database

PEOPLE = 60


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--year", type=int, default=2026)
    args = parser.parse_args()
    first, last = date(args.year, 1, 1), date(args.year, 12, 31)
    pattern = R.day_and_night("总值班室", clock(8, 30), officers=2, secretary_general=True)
    ids = [f"p{n:02d}" for n in range(PEOPLE)]
    lists = {R.Position.OFFICER: R.RotationLists(ids[0:14], ids[14:20]),
             R.Position.LEADER: R.RotationLists(ids[20:34], ids[34:40]),
             R.Position.SECRETARY_GENERAL: R.RotationLists(ids[40:54], ids[54:60])}
    calendar = {first + timedelta(days=n): R.calendar_day(first + timedelta(days=n))
                for n in range((last - first).days + 1)}  # read once, as the service does
    started = time.perf_counter()
    duties = R.rotate(pattern, first, last, lists, calendar)
    found = R.problems(duties, min_rest_hours=12)
    start = datetime.combine(first, clock(0), tzinfo=BEIJING).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), clock(0), tzinfo=BEIJING).astimezone(UTC)
    report = R.coverage(duties, pattern.needs(), start, end, calendar)
    seconds = time.perf_counter() - started

    started = time.perf_counter()
    plain: list[tuple[str, datetime, datetime]] = []
    day = first
    while day <= last:
        for shift in pattern.shifts:
            starts, ends = R.shift_bounds(day, shift)
            plain += [(ids[len(plain) % PEOPLE], starts, ends) for _ in range(4)]
        day += timedelta(days=1)
    baseline = time.perf_counter() - started
    assert len(plain) == len(duties)
    print(f"{len(duties)} duties, {len(found)} problems, {len(report.gaps)} gaps (the small hours of 1 January "
          f"belong to the year before's night)", file=sys.stderr)
    print(json.dumps({"seconds": round(seconds, 3), "duties_per_s": round(len(duties) / seconds),
                      "baseline_s": round(baseline, 3), "ratio": round(seconds / baseline, 1),
                      "with_database_s": round(through_services(first, last), 3)}), flush=True)


def through_services(first: date, last: date) -> float:
    """The same year drawn up, saved (audited, captured for sync) and its coverage read, on a real database."""
    with tempfile.TemporaryDirectory(prefix="dd-bench-roster-") as scratch:
        db = open_database(Path(scratch))
        try:
            services = Services(db)
            admin = accounts.create_first_admin(services, "bench", "基准", "Speed-trial-2026")
            ids = [directory.save_person(services, admin, PersonData(name=f"值班员{n:02d}")) for n in range(PEOPLE)]
            lists = {R.Position.OFFICER: R.RotationLists(ids[0:14], ids[14:20]),
                     R.Position.LEADER: R.RotationLists(ids[20:34], ids[34:40]),
                     R.Position.SECRETARY_GENERAL: R.RotationLists(ids[40:54], ids[54:60])}
            started = time.perf_counter()
            pattern = roster.save_pattern(services, admin, "总值班室", "day_night", clock(8, 30), officers=2,
                                          secretary_general=True)
            roster.save_rotation(services, admin, pattern, first, last, lists)
            roster.coverage(services, admin, pattern, first, last)
            return time.perf_counter() - started
        finally:
            db.dispose()


if __name__ == "__main__":
    main()

"""Escalation benchmark: what the attention tick and the page's first screen cost with many escalations in
progress (a standalone script; pytest ignores it).

    .venv/bin/python tests/benchmarks/bench_escalation.py [--escalations 10000]

What it does, in one run:
  1. a fresh workstation database gets ESCALATIONS incidents, each with an escalation in progress (their next
     times spread over the next day, a few overdue);
  2. for each attention source in SOURCES (escalation steps now; supervision tasks join them with their own seed
     and source), the source's items at now (what is due now and due soon) -> the median, `<source>_ms`;
  3. the escalations page's first screen (services.escalations.in_progress, its first page, whom to inform
     resolved) -> first_screen_ms;
  4. the baseline, in the same run on the same tables: the plain indexed query of the due rows (sqlite3)
     -> baseline_ms.

Prints ONE JSON line on stdout. Targets: each source 20 ms or less, the first screen 150 ms or less.
"""

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent.parent))

from duty_desk.domain import escalation as E  # noqa: E402
from duty_desk.domain.incidents import Severity, Source, Status  # noqa: E402
from duty_desk.domain.timefmt import utcnow  # noqa: E402
from duty_desk.services import accounts, escalation_attention, escalations  # noqa: E402
from duty_desk.services.context import Actor, Services  # noqa: E402
from duty_desk.storage.database import open_database  # noqa: E402
from duty_desk.storage.models import Escalation, Incident  # noqa: E402

ESCALATIONS = 10_000
REPEATS = 15


def median_ms(run: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 2)


def seed_escalations(services: Services, count: int) -> None:
    now = utcnow()
    with services.db.transaction() as session:
        for i in range(count):
            incident = Incident(number=f"2026-BENCH-{i:06d}", received_at=now - timedelta(hours=1), source=Source.PHONE,
                                severity=Severity.II, summary=f"基准事件 {i}", taken_by="bench", status=Status.NEW)
            session.add(incident)
            session.flush()
            session.add(Escalation(incident_id=incident.id, started_at=now - timedelta(hours=1), started_by="bench",
                                   state=E.EscalationState.IN_PROGRESS, step_no=1, steps=3,
                                   step_key="position:leader", next_due=now + timedelta(seconds=(i * 8.64) - 600),
                                   due_kind=E.DueKind.STEP))


# An attention source: (name, how to seed its records, how to time it). Supervision tasks add theirs here.
Seed = Callable[[Services, int], None]
Timed = Callable[[Services, Actor], object]
SOURCES: list[tuple[str, Seed, Timed]] = [
    ("escalation_steps", seed_escalations,
     lambda services, actor: escalation_attention.escalation_steps(services, actor, utcnow())),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--escalations", type=int, default=ESCALATIONS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dd-bench-escalation-") as scratch:
        db = open_database(Path(scratch) / "data")
        try:
            services = Services(db)
            actor = accounts.create_first_admin(services, "admin", "Bench", "Bench-pass-2026")
            result: dict[str, object] = {"escalations": args.escalations}
            for name, seed, timed in SOURCES:
                seed(services, args.escalations)
                items = timed(services, actor)
                print(f"{name}: {len(items) if isinstance(items, list) else '?'} items", file=sys.stderr)
                result[f"{name}_ms"] = median_ms(partial(timed, services, actor))
            result["first_screen_ms"] = median_ms(lambda: escalations.in_progress(services, actor))
            raw = sqlite3.connect(db.path)
            try:
                until = (utcnow() + timedelta(minutes=5)).strftime("%Y-%m-%d %H:%M:%S")
                plain = ("SELECT e.id, i.number, i.summary FROM escalations e JOIN incidents i ON i.id = e.incident_id "
                         "WHERE e.state = 'in_progress' AND e.next_due <= ?")
                result["baseline_ms"] = median_ms(lambda: raw.execute(plain, (until,)).fetchall())
            finally:
                raw.close()
        finally:
            db.dispose()
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()

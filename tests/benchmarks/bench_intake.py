"""Intake benchmark: incidents registered one by one through the service layer (a standalone script).

    .venv/bin/python tests/benchmarks/bench_intake.py [--incidents 10000]

Each incident goes through services.incidents.register(): checks, a workstation number, the row, its audit
entry (hash-chained), the sync outbox and the search index, one committed transaction each (WAL,
synchronous=FULL), as at the desk. The baseline, in the same run and on the same kind of file: the same rows
inserted with plain sqlite3, also one FULL-synced transaction each, with no checks, audit, capture or index.

Prints ONE JSON line: incidents_per_s, baseline_per_s and ratio (service time over baseline time).
"""

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from duty_desk.domain.incidents import Category, Severity, Source
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.places import DISTRICTS
from duty_desk.domain.timefmt import utcnow
from duty_desk.services import accounts, incidents
from duty_desk.services.context import Services
from duty_desk.storage.database import open_database

EVENTS = ("居民楼起火，{n}人被困，消防已到场", "燃气管道泄漏，已疏散居民{n}人", "发生交通事故，{n}人受伤送医",
          "路面塌陷，深约{n}米，已设围挡", "电梯故障困人{n}人，已救出", "供水管线爆裂，{n}户停水")


def calls(count: int) -> list[IncidentData]:
    rng = random.Random(20261201)
    now = utcnow()
    out = []
    for n in range(count):
        code, district, _ = rng.choice(DISTRICTS)
        out.append(IncidentData(
            received_at=now - timedelta(minutes=rng.randint(0, 600)), source=Source.PHONE,
            summary=f"{district}某街道{rng.randint(1, 300)}号{rng.choice(EVENTS).format(n=rng.randint(1, 60))}",
            reporter_unit=f"{district}政府值班室", reporter_name="王磊", reporter_phone=f"010-6{n % 1000:03d}1234",
            district_code=code, address=f"{district}某街道", category=rng.choice(list(Category)),
            severity=rng.choice(list(Severity)), injured=rng.randint(0, 5)))
    return out


def baseline(path: Path, data: list[IncidentData]) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE incidents (id TEXT PRIMARY KEY, number TEXT, received_at TEXT, district_code TEXT, "
                 "severity TEXT, summary TEXT, reporter_name TEXT, reporter_phone TEXT)")
    started = time.perf_counter()
    for n, d in enumerate(data):
        conn.execute("BEGIN")
        conn.execute("INSERT INTO incidents VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     (f"id-{n}", f"N-{n}", d.received_at.isoformat(), d.district_code, d.severity.value, d.summary,
                      d.reporter_name, d.reporter_phone))
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--incidents", type=int, default=10_000)
    args = parser.parse_args()
    data = calls(args.incidents)
    with tempfile.TemporaryDirectory(prefix="dd-bench-intake-") as scratch:
        db = open_database(Path(scratch) / "desk")
        try:
            services = Services(db)
            actor = accounts.create_first_admin(services, "bench", "基准", "Speed-trial-2026")
            started = time.perf_counter()
            for d in data:
                incidents.register(services, actor, d)
            service_s = time.perf_counter() - started
        finally:
            db.dispose()
        plain_s = baseline(Path(scratch) / "plain.sqlite3", data)
    print(f"service {service_s:.1f} s, plain sqlite3 {plain_s:.1f} s", file=sys.stderr)
    print(json.dumps({"incidents_per_s": round(args.incidents / service_s, 1),
                      "baseline_per_s": round(args.incidents / plain_s, 1),
                      "ratio": round(service_s / plain_s, 2)}), flush=True)


if __name__ == "__main__":
    main()

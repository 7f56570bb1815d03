"""Sync throughput benchmark (a standalone script; pytest ignores tests/benchmarks).

    DUTY_DESK_TEST_PG_URL=postgresql://user:pw@host:port/db /tmp/venv/bin/python tests/benchmarks/bench_sync.py

DUTY_DESK_TEST_PG_URL is an administrator's URL to an existing database; the script creates (and drops) its own
scratch database and workstation roles on that server. Without it a throwaway cluster is started through
tests/pg_cluster.py.

What it does, all in one run:
  1. the same ORM workload (CHANGES changes: organisation and person inserts, then title updates, in
     transactions of CHUNK changes) on two fresh workstation databases, one with the capture triggers and one
     where they were dropped -> capture_overhead_ratio (with / without);
  2. pushes the captured outbox of the first to the server -> push_changes_per_s;
  3. a second fresh workstation pulls the whole change log -> pull_changes_per_s;
  4. the same number of rows inserted into a scratch table of the same server with one psycopg executemany
     -> baseline_rows_per_s (what the server and link can take without any sync logic), and
     push_to_baseline_ratio.

The throwaway cluster runs durable (fsync on), as the office's server will; the JSON line says which (the server's
`fsync` and `synchronous_commit`).

Prints ONE JSON line on stdout; details (timings split between the server call and client Python, and with
--profile a cProfile of push and pull plus per-function PL/pgSQL times) go to stderr.
"""

import argparse
import cProfile
import io
import json
import os
import pstats
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

TESTS = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(TESTS))
sys.path.insert(0, str(TESTS.parent))

import psycopg  # noqa: E402
from psycopg import sql  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from duty_desk.domain.ids import uuid7  # noqa: E402
from duty_desk.storage.database import Database, open_database  # noqa: E402
from duty_desk.storage.models import Organisation, OutboxOp, Person  # noqa: E402
from duty_desk.sync import client, server  # noqa: E402

CHANGES = 20_000
CHUNK = 500
ORGS = 1_000
UPDATES = 2_000
PEOPLE = CHANGES - ORGS - UPDATES


def log(*parts: object) -> None:
    print(*parts, file=sys.stderr, flush=True)


def with_database(url: str, database: str) -> str:
    p = psycopg.conninfo.conninfo_to_dict(url)
    p["dbname"] = database
    return psycopg.conninfo.make_conninfo(**{k: str(v) for k, v in p.items()})


def workstation_url(admin_url: str) -> str:
    p = psycopg.conninfo.conninfo_to_dict(admin_url)
    return f"postgresql://{p.get('host', '127.0.0.1')}:{p.get('port', 5432)}/{p['dbname']}"


@contextmanager
def admin_server() -> Iterator[str]:
    url = os.environ.get("DUTY_DESK_TEST_PG_URL")
    if url:
        yield url
        return
    from pg_cluster import Cluster

    log("DUTY_DESK_TEST_PG_URL not set: starting a throwaway PostgreSQL cluster")
    cluster = Cluster(durable=True)
    try:
        yield cluster.url
    finally:
        cluster.stop()


@contextmanager
def scratch_database(admin_url: str) -> Iterator[str]:
    name = f"dd_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield with_database(admin_url, name)
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


def drop_capture_triggers(db: Database) -> None:
    with db.engine.begin() as conn:
        names = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_capture_%'")]
        assert names, "no capture triggers found"
        for name in names:
            conn.exec_driver_sql(f'DROP TRIGGER "{name}"')


def workload(db: Database) -> float:
    """CHANGES changes through the ORM, CHUNK per transaction; returns the seconds taken."""
    started = time.perf_counter()
    org_ids: list[str] = []
    for start in range(0, ORGS, CHUNK):
        with db.transaction() as session:
            for i in range(start, min(start + CHUNK, ORGS)):
                org = Organisation(id=uuid7(), name=f"基准单位 {i:05d}", kind="municipal_department",
                                   phone="010-6512 0000", address=f"北京市东城区正义路 {i} 号", notes="benchmark",
                                   search_key=f"jzdw{i}")
                session.add(org)
                org_ids.append(org.id)
    person_ids: list[str] = []
    for start in range(0, PEOPLE, CHUNK):
        with db.transaction() as session:
            for i in range(start, min(start + CHUNK, PEOPLE)):
                person = Person(id=uuid7(), name=f"测试人员{i:05d}", title="值班员", organisation_id=org_ids[i % ORGS],
                                office="总值班室", mobile=f"139{i:08d}", office_phone="010-6519 0000",
                                notes="benchmark", search_key=f"csry{i}")
                session.add(person)
                person_ids.append(person.id)
    for start in range(0, UPDATES, CHUNK):
        with db.transaction() as session:
            for pid in person_ids[start:start + CHUNK]:
                edited = session.get(Person, pid)
                assert edited is not None
                edited.title = "值班室主任"
    return time.perf_counter() - started


class TimedConnection:
    """Wraps the psycopg connection the client uses, timing each server call (round trip incl. PL/pgSQL)."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn
        self.server_seconds = 0.0
        self.calls = 0

    def execute(self, query: Any, params: Any = None) -> Any:
        started = time.perf_counter()
        cur = self.conn.execute(query, params)
        rows = cur.fetchall()
        self.server_seconds += time.perf_counter() - started
        self.calls += 1
        return _Fetched(rows)


class _Fetched:
    def __init__(self, rows: list[Any]) -> None:
        self.rows = rows

    def fetchone(self) -> Any:
        return self.rows[0] if self.rows else None

    def fetchall(self) -> list[Any]:
        return self.rows


def profiled(enabled: bool, label: str, fn: Any, *args: Any) -> None:
    if not enabled:
        fn(*args)
        return
    prof = cProfile.Profile()
    prof.enable()
    fn(*args)
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(25)
    log(f"--- cProfile of {label} (sorted by own time) ---\n{out.getvalue()}")


def function_stats(admin_url: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(admin_url, autocommit=True) as conn:
        return list(conn.execute(
            "SELECT funcname, calls, round(total_time::numeric, 1), round(self_time::numeric, 1) "
            "FROM pg_stat_user_functions WHERE schemaname = 'duty_sync' ORDER BY total_time DESC").fetchall())


def baseline(admin_url: str) -> float:
    rows = [(str(uuid.uuid4()), f"测试人员{i:05d}", "值班员", "总值班室", f"139{i:08d}", "010-6519 0000", "benchmark",
             f"csry{i}", i) for i in range(CHANGES)]
    with psycopg.connect(admin_url) as conn:
        conn.execute("CREATE TABLE bench_baseline (id text PRIMARY KEY, name text, title text, office text, "
                     "mobile text, office_phone text, notes text, search_key text, hlc bigint)")
        conn.commit()
        started = time.perf_counter()
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO bench_baseline VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)", rows)
        conn.commit()
        seconds = time.perf_counter() - started
        conn.execute("DROP TABLE bench_baseline")
        conn.commit()
    return CHANGES / seconds


def durability(admin_url: str) -> dict[str, str]:
    """The server's settings that decide whether a committed push survives a power cut."""
    with psycopg.connect(admin_url, autocommit=True) as conn:
        rows = {name: conn.execute(sql.SQL("SHOW {}").format(sql.Identifier(name))).fetchone()
                for name in ("fsync", "synchronous_commit")}
        return {name: str(row[0]) if row else "?" for name, row in rows.items()}


def run(admin_url: str, profile: bool) -> dict[str, float | str]:
    url = workstation_url(admin_url)
    server.init_server(admin_url)
    if profile:
        with psycopg.connect(admin_url, autocommit=True) as conn:  # per-function PL/pgSQL timings
            conn.execute(sql.SQL("ALTER DATABASE {} SET track_functions = 'pl'").format(
                sql.Identifier(str(psycopg.conninfo.conninfo_to_dict(admin_url)["dbname"]))))
    roles = [f"bench_{uuid.uuid4().hex[:10]}" for _ in range(2)]
    passwords = [server.add_workstation(admin_url, r) for r in roles]
    try:
        with tempfile.TemporaryDirectory(prefix="duty-desk-bench-") as tmp:
            # 1. Capture overhead: the same workload with and without the triggers, twice each, best of each.
            timings: dict[str, list[float]] = {"with": [], "without": []}
            dbs: dict[str, Database] = {}
            for rnd in range(2):
                for variant in ("without", "with"):
                    db = open_database(Path(tmp) / f"{variant}{rnd}")
                    if variant == "without":
                        drop_capture_triggers(db)
                    timings[variant].append(workload(db))
                    if variant == "with" and rnd == 0:
                        dbs["source"] = db
                    else:
                        db.dispose()
            with_s, without_s = min(timings["with"]), min(timings["without"])
            log(f"local writes of {CHANGES} changes: with capture {timings['with']} s, "
                f"without {timings['without']} s")
            source = dbs["source"]
            with source.session() as session:
                outbox = int(session.scalar(select(func.count()).select_from(OutboxOp)) or 0)
            assert outbox == CHANGES, outbox

            # 2. Push.
            report = client.SyncReport()
            with psycopg.connect(url, user=roles[0], password=passwords[0], autocommit=True) as raw:
                timed = TimedConnection(raw)
                client.hello(source, raw)
                started = time.perf_counter()
                profiled(profile, "push", client.push, source, timed, report)
                push_s = time.perf_counter() - started
            assert report.pushed == CHANGES and report.rejected == 0, report
            log(f"push: {report.pushed} ops in {push_s:.2f} s; in sync_push calls (server + wire + Jsonb "
                f"dumping) {timed.server_seconds:.2f} s over {timed.calls} calls; client-side rest "
                f"{push_s - timed.server_seconds:.2f} s")
            if profile:
                log("PL/pgSQL after push (function, calls, total ms, self ms):")
                for row in function_stats(admin_url):
                    log("   ", row)
            source.dispose()

            # 3. Pull into a fresh workstation.
            target = open_database(Path(tmp) / "pull")
            pulled = client.SyncReport()
            with psycopg.connect(url, user=roles[1], password=passwords[1], autocommit=True) as raw:
                timed = TimedConnection(raw)
                client.hello(target, raw)
                started = time.perf_counter()
                profiled(profile, "pull", client.pull, target, timed, pulled)
                pull_s = time.perf_counter() - started
            assert pulled.pulled == CHANGES, pulled.pulled
            log(f"pull: {pulled.pulled} changes in {pull_s:.2f} s; in sync_pull calls {timed.server_seconds:.2f} s "
                f"over {timed.calls} calls; client-side rest {pull_s - timed.server_seconds:.2f} s")
            with target.session() as session:
                people = session.scalar(select(func.count()).select_from(Person))
                retitled = session.scalar(select(func.count()).select_from(Person)
                                          .where(Person.title == "值班室主任"))
                assert (people, retitled) == (PEOPLE, UPDATES), (people, retitled)
                assert session.scalar(select(func.count()).select_from(OutboxOp)) == 0
            target.dispose()

        plain = baseline(admin_url)
        return {
            **durability(admin_url),
            "push_changes_per_s": round(CHANGES / push_s, 1),
            "pull_changes_per_s": round(CHANGES / pull_s, 1),
            "capture_overhead_ratio": round(with_s / without_s, 3),
            "baseline_rows_per_s": round(plain, 1),
            # Push against plain inserts into the same server in the same run: comparable on a loaded machine.
            "push_to_baseline_ratio": round(CHANGES / push_s / plain, 4),
        }
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            for role in roles:
                conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", action="store_true", help="cProfile push and pull; PL/pgSQL function times")
    args = parser.parse_args()
    with admin_server() as admin, scratch_database(admin) as url:
        result = run(url, args.profile)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""A real `duty-desk sync` process killed with SIGKILL halfway through its push, and halfway through its pull.

Run again, it completes: nothing is lost, nothing is applied twice, the workstations and the server end
identical, and a workstation's pull cursor never goes back. The child processes keep the workstation password
in tests/file_keyring.py (a test double for the OS keyring), set up by `duty-desk connect --password-stdin`.
"""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select
from sync_compare import server_snapshot, snapshot
from sync_support import Server

from duty_desk.domain.ids import uuid7
from duty_desk.storage.database import DB_FILENAME, open_database
from duty_desk.storage.models import Organisation, OutboxOp, Person, RejectedOp
from duty_desk.sync import client

pytestmark = pytest.mark.slow  # each test kills a sync process mid-way, several times

TESTS = Path(__file__).resolve().parent.parent
POLL_S = 0.01
TIMEOUT_S = 60


@pytest.fixture
def child_env(tmp_path: Path) -> dict[str, str]:
    """Environment of a `duty-desk` child process: the file keyring instead of the OS's."""
    env = {k: v for k, v in os.environ.items() if k != "DUTY_DESK_DATA_DIR"}
    env["PYTHON_KEYRING_BACKEND"] = "file_keyring.FileKeyring"
    env["DUTY_DESK_TEST_KEYRING_FILE"] = str(tmp_path / "keyring.json")
    env["PYTHONPATH"] = os.pathsep.join([str(TESTS), *filter(None, [os.environ.get("PYTHONPATH")])])
    return env


def _command(folder: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "duty_desk", "--data-dir", str(folder), *args]


def duty_desk(env: dict[str, str], folder: Path, *args: str, stdin: str = "") -> str:
    done = subprocess.run(_command(folder, *args), input=stdin, env=env, capture_output=True, text=True,
                          timeout=TIMEOUT_S)
    assert done.returncode == 0, f"duty-desk {' '.join(args)}: {done.stderr}"
    return done.stdout


def connect(env: dict[str, str], folder: Path, srv: Server, role: str, password: str) -> None:
    duty_desk(env, folder, "connect", "--url", srv.url, "--workstation", role, "--password-stdin",
              stdin=password + "\n")
    kept = json.loads(Path(env["DUTY_DESK_TEST_KEYRING_FILE"]).read_text(encoding="utf-8"))
    assert password in kept.values()  # in the (test) keyring, and nowhere in the data folder
    assert password.encode() not in (folder / DB_FILENAME).read_bytes()


def add_rows(folder: Path, tag: str, orgs: int, people: int, per_tx: int) -> None:
    """Organisations, then people, straight through the ORM in transactions of `per_tx` rows; the capture
    triggers queue each row. (One huge transaction would go to the server as one batch: the client never
    splits a local transaction.)"""
    db = open_database(folder)
    try:
        org_ids = [uuid7() for _ in range(orgs)]
        rows: list[Organisation | Person] = [
            Organisation(id=oid, name=f"{tag} 单位 {i:05d}", kind="municipal_department",
                         address=f"北京市东城区 {i} 号", search_key=f"{tag}dw{i}")
            for i, oid in enumerate(org_ids)]
        rows += [Person(id=uuid7(), name=f"{tag}人员{i:05d}", title="值班员", organisation_id=org_ids[i % orgs],
                        mobile=f"139{i:08d}", notes=tag, search_key=f"{tag}ry{i}") for i in range(people)]
        for start in range(0, len(rows), per_tx):
            with db.transaction() as session:
                session.add_all(rows[start:start + per_tx])
    finally:
        db.dispose()


def retitle(folder: Path, person_id: str, title: str) -> None:
    db = open_database(folder)
    try:
        with db.transaction() as session:
            person = session.get(Person, person_id)
            assert person is not None
            person.title = title
    finally:
        db.dispose()


def outbox(folder: Path) -> list[tuple[str, str, str]]:
    db = open_database(folder)
    try:
        with db.session() as session:
            return [(op.op_id, op.table_name, op.row_id)
                    for op in session.scalars(select(OutboxOp).order_by(OutboxOp.seq))]
    finally:
        db.dispose()


def local_state(folder: Path) -> tuple[dict[str, list[tuple[object, ...]]], int, int, str]:
    """(every synced table, outbox size, rejected count, site id)."""
    db = open_database(folder)
    try:
        with db.session() as session:
            pending = int(session.scalar(select(func.count()).select_from(OutboxOp)) or 0)
            rejected = int(session.scalar(select(func.count()).select_from(RejectedOp)) or 0)
        return snapshot(db.engine), pending, rejected, db.site_id
    finally:
        db.dispose()


def cursor_and_rows(folder: Path) -> tuple[int, int]:
    """(pull cursor, organisations + people held)."""
    db = open_database(folder)
    try:
        with db.session() as session:
            cursor = int(client.meta_get(session, client.CURSOR, "0"))
            rows = sum(int(session.scalar(select(func.count()).select_from(m)) or 0) for m in (Organisation, Person))
        return cursor, rows
    finally:
        db.dispose()


def peek_cursor(folder: Path) -> int | None:
    """The pull cursor as another process sees it now (read-only; None while the file is busy)."""
    try:
        conn = sqlite3.connect(f"file:{folder / DB_FILENAME}?mode=ro", uri=True, timeout=0.2)
        try:
            row = conn.execute("SELECT value FROM site_meta WHERE key = ?", (client.CURSOR,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return int(row[0]) if row else 0


def signal_when(proc: subprocess.Popen[bytes], ready: Callable[[], bool], sig: signal.Signals) -> bool:
    """Send `sig` to the process as soon as `ready()` holds; False if it ended first."""
    deadline = time.monotonic() + TIMEOUT_S
    while proc.poll() is None:
        if ready():
            os.kill(proc.pid, sig)
            return True
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("the sync process neither progressed nor ended")
        time.sleep(POLL_S)
    proc.communicate(timeout=TIMEOUT_S)
    return False


def kill(proc: subprocess.Popen[bytes]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=TIMEOUT_S)
    assert proc.returncode == -signal.SIGKILL


def kill_when(proc: subprocess.Popen[bytes], ready: Callable[[], bool]) -> bool:
    """SIGKILL the process as soon as `ready()` holds; False if it ended first."""
    if not signal_when(proc, ready, signal.SIGKILL):
        return False
    proc.communicate(timeout=TIMEOUT_S)
    assert proc.returncode == -signal.SIGKILL
    return True


def start_sync(env: dict[str, str], folder: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(_command(folder, "sync"), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def finish_sync(env: dict[str, str], folder: Path) -> str:
    return duty_desk(env, folder, "sync")


def wait_server_idle(srv: Server, role: str) -> None:
    """After a client dies the server may still be running its last call: wait until that session is gone."""
    deadline = time.monotonic() + TIMEOUT_S
    while srv.query("SELECT count(*) FROM pg_stat_activity WHERE usename = %s", (role,))[0][0]:
        assert time.monotonic() < deadline, "the server session of the killed client never ended"
        time.sleep(POLL_S)


def test_sync_killed_mid_push_then_rerun_loses_and_duplicates_nothing(
        pg_server: Server, child_env: dict[str, str], tmp_path: Path) -> None:
    role, password = pg_server.add()
    role2, password2 = pg_server.add()
    d1, d2 = tmp_path / "d1", tmp_path / "d2"
    connect(child_env, d1, pg_server, role, password)
    connect(child_env, d2, pg_server, role2, password2)

    def applied() -> int:
        return int(pg_server.query("SELECT count(*) FROM duty_sync.applied_ops")[0][0])

    def push_call(waiting_on_client: bool) -> bool:
        """The server is in this workstation's sync_push call: executing it, or (`waiting_on_client`) stuck reading
        the rest of its parameters or writing its reply to a client that is frozen."""
        return bool(pg_server.query(
            "SELECT count(*) FROM pg_stat_activity WHERE usename = %s AND state = 'active' "
            "AND query LIKE '%%sync_push%%' AND (coalesce(wait_event_type, '') = 'Client') = %s",
            (role, waiting_on_client))[0][0])

    def pushing() -> bool:  # the server is running this workstation's sync_push right now
        return push_call(waiting_on_client=False)

    def applied_past(mark: int, while_pushing: bool = False) -> Callable[[], bool]:
        return lambda: applied() > mark and (not while_pushing or pushing())

    expected: list[tuple[str, str, str]] = []  # (op_id, table, row_id) of every change queued locally
    for attempt in range(3):  # the kills must land between the first and the last batch; retried if they missed
        add_rows(d1, f"k{attempt}", orgs=400, people=5600, per_tx=250)
        expected += outbox(d1)  # the outbox is empty between attempts: a missed attempt was completed
        before = applied()
        proc = start_sync(child_env, d1)
        # 1. Killed at whatever it was doing once the server has taken a first batch.
        if not kill_when(proc, applied_past(before)):
            continue
        wait_server_idle(pg_server, role)
        first = applied()
        # 2. Restarted, then frozen while the server applies a later batch; the server commits that batch, and the
        #    client is killed before it ever reads the reply: the rerun must resend those ops, and apply none twice.
        proc = start_sync(child_env, d1)
        if not signal_when(proc, applied_past(first, while_pushing=True), signal.SIGSTOP):
            continue
        deadline = time.monotonic() + TIMEOUT_S
        while pushing():
            assert time.monotonic() < deadline
            time.sleep(POLL_S)
        stuck = push_call(waiting_on_client=True)  # the freeze caught the batch half sent: nothing was committed
        kill(proc)
        wait_server_idle(pg_server, role)
        second = applied()
        done = {str(op_id) for op_id, in pg_server.query("SELECT op_id FROM duty_sync.applied_ops")}
        resend = [op_id for op_id, _, _ in outbox(d1) if op_id in done]
        if not stuck and before < first < second < len(expected) and resend:  # resend: the batch whose reply was lost
            break
        finish_sync(child_env, d1)  # a kill missed: complete this attempt, add more rows, try again
    else:
        pytest.fail("no kill landed mid-push in three attempts")

    # Meanwhile a second workstation gets that batch and edits a row of it: the resent insert must neither bring
    # the old value back nor raise a conflict.
    finish_sync(child_env, d2)
    [edited] = [r for op_id, t, r in expected if op_id in resend and t == "people"][:1]
    retitle(d2, edited, "二号机改过的职务")
    assert "pushed 1," in finish_sync(child_env, d2)
    finish_sync(child_env, d1)

    # Every row written locally is on the server exactly once.
    tables, pending, rejected, site = local_state(d1)
    assert pending == 0 and rejected == 0
    assert tables == server_snapshot(pg_server.admin_url)
    ops = {op_id: (status, settled) for op_id, status, settled in pg_server.query(
        "SELECT op_id, result->>'status', settled_at IS NOT NULL FROM duty_sync.applied_ops WHERE site = %s",
        (site,))}
    assert set(ops) == {op_id for op_id, _, _ in expected} and set(ops.values()) == {("applied", True)}
    logged = Counter((str(t), str(r)) for t, r in pg_server.query(
        "SELECT tbl, row_id FROM duty_sync.change_log WHERE site = %s", (site,)))
    assert set(logged.values()) == {1} and len(logged) == len(ops)  # each captured insert applied once
    assert logged == Counter((t, r) for _, t, r in expected)
    assert len(tables["people"]) == 5600 * (attempt + 1) and len(tables["organisations"]) == 400 * (attempt + 1)

    # The server's change numbers advanced once per op: no op was run twice (a rerun would use up numbers).
    [(last, logged_all)] = pg_server.query("SELECT (SELECT last_value FROM duty_sync.change_seq), count(*) "
                                           "FROM duty_sync.change_log")
    assert last == logged_all
    assert tables["sync_conflicts"] == []
    assert pg_server.query("SELECT title FROM people WHERE id = %s", (edited,)) == [("二号机改过的职务",)]

    # The second workstation ends identical too.
    finish_sync(child_env, d2)
    assert local_state(d2)[0] == server_snapshot(pg_server.admin_url) == local_state(d1)[0]


def test_sync_killed_mid_pull_resumes_where_it_stopped(pg_server: Server, child_env: dict[str, str],
                                                      tmp_path: Path) -> None:
    # The server holds ~20,000 changes from a first workstation (pushed in this process).
    role1, password1 = pg_server.add()
    d1 = tmp_path / "d1"
    add_rows(d1, "p", orgs=1000, people=19000, per_tx=1000)
    db1 = open_database(d1)
    try:
        with psycopg.connect(pg_server.url, user=role1, password=password1, autocommit=True) as conn:
            client.hello(db1, conn)
            report = client.SyncReport()
            client.push(db1, conn, report)
        assert report.pushed == 20000 and report.rejected == 0
    finally:
        db1.dispose()

    role2, password2 = pg_server.add()
    d2 = tmp_path / "d2"
    connect(child_env, d2, pg_server, role2, password2)
    seen: list[int] = []

    def cursor_past(mark: int) -> Callable[[], bool]:
        def ready() -> bool:
            value = peek_cursor(d2)
            if value is not None:
                seen.append(value)
            return value is not None and value > mark
        return ready

    def head() -> int:
        return int(pg_server.query("SELECT max(seq) FROM duty_sync.change_log")[0][0])

    stops: list[tuple[int, int]] = []
    for _ in range(2):  # killed twice: once in its first pages, then again after a restart
        mark = stops[-1][0] if stops else 0
        proc = start_sync(child_env, d2)
        assert kill_when(proc, cursor_past(mark)), "the pull ended before it could be killed"
        cursor, rows = cursor_and_rows(d2)
        seen.append(cursor)
        assert mark < cursor < head() and 0 < rows < 20000  # really halfway: some rows, not all
        stops.append((cursor, rows))
    assert stops[0][1] < stops[1][1]

    # Run again to completion; polled meanwhile, the cursor only goes forward.
    proc = start_sync(child_env, d2)
    while proc.poll() is None:
        cursor_past(-1)()
        time.sleep(POLL_S)
    _, err = proc.communicate(timeout=TIMEOUT_S)
    assert proc.returncode == 0, err
    final, rows = cursor_and_rows(d2)
    seen.append(final)
    assert final == head() and rows == 20000
    assert seen == sorted(seen) and len(set(seen)) > 3  # observed at several points, never going back
    tables, pending, rejected, _ = local_state(d2)
    assert pending == 0 and rejected == 0
    assert tables == server_snapshot(pg_server.admin_url)

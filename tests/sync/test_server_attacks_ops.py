"""Attacks on the server's availability and roles, as a workstation login (or its thief) would make them.

Each test is one finding of the server-trust issue: a push left open, a huge batch, a login used on another
database, CONNECT for everyone, unlimited or reserved site registration, a stalled link, entry points owned by
whoever ran `server init`; and the remedies: timeouts, remove-workstation, an old server's role upgraded.
"""

import json
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import psycopg
import pytest
from psycopg import sql
from sqlalchemy import func, select
from sync_support import Server, Site, admin_of

from duty_desk import cli
from duty_desk.domain.ids import uuid7
from duty_desk.services import sync
from duty_desk.storage.models import Organisation, OutboxOp
from duty_desk.sync import client, link, server

MakeSite = Callable[[str], Site]


def _set(pg_server: Server, key: str, value: str) -> None:
    with psycopg.connect(pg_server.admin_url, autocommit=True) as conn:
        conn.execute("INSERT INTO duty_sync.config VALUES (%s, %s) ON CONFLICT (key) DO UPDATE "
                     "SET value = EXCLUDED.value", (key, value))


def _pending(site: Site) -> int:
    with site.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(OutboxOp)) or 0)


def _hold_push_lock(site: Site) -> psycopg.Connection:
    """`BEGIN; SELECT duty_sync.sync_push(site, '[]')` left open, with the login's own timeouts switched off."""
    conn = psycopg.connect(site.url, user=site.role, password=site.password)
    conn.execute("SET idle_in_transaction_session_timeout = 0")
    conn.execute("SET statement_timeout = 0")
    conn.commit()
    conn.execute("SELECT duty_sync.sync_hello(%s, 0)", (site.db.site_id,))
    conn.commit()
    conn.execute("SELECT duty_sync.sync_push(%s, '[]'::jsonb)", (site.db.site_id,))  # and never commits
    return conn


def _bounded(seconds: float, call: Callable[[], Any]) -> Any:
    """Run `call` in a thread; fail (rather than hang the suite) when it has not finished in time."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as exc:  # handed back to the test
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still waiting after {seconds} s"
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def test_a_push_left_open_makes_the_others_busy_not_hung(pg_server: Server, make_site: MakeSite) -> None:
    holder, other = make_site("holder"), make_site("other")
    admin_of(other)
    waiting = _pending(other)
    _set(pg_server, "push_wait_ms", "500")
    conn = _hold_push_lock(holder)
    try:
        with other.connect() as raw:
            raw.execute("SET statement_timeout = '10s'")  # before the fix: canceled after 10 s, not "busy"
            raw.execute("SELECT duty_sync.sync_hello(%s, 0)", (other.db.site_id,))
            started = time.monotonic()
            with pytest.raises(psycopg.errors.LockNotAvailable, match="busy"):
                raw.execute("SELECT duty_sync.sync_push(%s, '[]'::jsonb)", (other.db.site_id,))
            assert time.monotonic() - started < 3
        report = _bounded(20, other.sync)  # the client stops pushing cleanly and keeps its queue
        assert report.busy and any("busy" in r for r in report.reasons)
        assert report.pushed == 0 and _pending(other) == waiting
    finally:
        conn.close()
    assert _bounded(20, other.sync).pushed == waiting and _pending(other) == 0


def test_a_holder_left_open_past_the_bound_is_ended(pg_server: Server, make_site: MakeSite) -> None:
    holder, other = make_site("holder"), make_site("other")
    admin_of(other)
    _set(pg_server, "push_hold_max_ms", "300")
    conn = _hold_push_lock(holder)
    try:
        report = _bounded(20, other.sync)
        assert not report.busy and report.pushed > 0 and _pending(other) == 0
        with pytest.raises(psycopg.OperationalError):
            conn.execute("SELECT 1")
    finally:
        conn.close()


def test_workstation_logins_have_timeouts_in_their_database(pg_server: Server, make_site: MakeSite) -> None:
    site = make_site("a")
    with site.connect() as conn:
        shown = {key: conn.execute(sql.SQL("SHOW {}").format(sql.Identifier(key))).fetchone()
                 for key in server.LOGIN_SETTINGS}
    assert shown == {key: (value,) for key, value in server.LOGIN_SETTINGS.items()}


def _ops(count: int, row: dict[str, Any] | None = None) -> str:
    return json.dumps([{"op_id": str(uuid.uuid4()), "table": "organisations", "row_id": str(uuid.uuid4()),
                        "row": row or {}, "changed": [], "hlc": 1, "schema": 0} for _ in range(count)])


def test_a_huge_batch_is_refused_before_it_takes_the_lock(make_site: MakeSite) -> None:
    site = make_site("a")
    with site.connect() as conn:
        conn.execute("SELECT duty_sync.sync_hello(%s, 0)", (site.db.site_id,))
        started = time.monotonic()
        with pytest.raises(psycopg.errors.ProgramLimitExceeded, match="at most 2000 ops"):
            conn.execute("SELECT duty_sync.sync_push(%s, %s::jsonb)", (site.db.site_id, _ops(20_000)))
        assert time.monotonic() - started < 5
        with pytest.raises(psycopg.errors.ProgramLimitExceeded, match="4194304 bytes"):
            conn.execute("SELECT duty_sync.sync_push(%s, %s::jsonb)",
                         (site.db.site_id, _ops(1, {"notes": "x" * 5_000_000})))
        assert conn.execute("SELECT duty_sync.sync_push(%s, '[]'::jsonb)", (site.db.site_id,)).fetchone() == ([],)


def test_a_large_local_transaction_is_pushed_in_short_calls(pg_server: Server, make_site: MakeSite,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    site = make_site("a")
    with site.db.transaction() as session:
        session.add_all(Organisation(id=uuid7(), name=f"单位 {i:05d}", kind="municipal_department",
                                     notes="说明" * 100) for i in range(2_600))
    started = time.monotonic()
    report = site.sync()
    seconds = time.monotonic() - started
    assert report.pushed == 2_600 and _pending(site) == 0
    calls = [int(n) for (n,) in pg_server.query(  # one call is one transaction: one applied_at
        "SELECT count(*) FROM duty_sync.applied_ops GROUP BY applied_at ORDER BY min(applied_at)")]
    assert sum(calls) == 2_600 and max(calls) <= client.PUSH_BATCH_MAX and len(calls) >= 3
    with capsys.disabled():
        print(f"\n2,600 ops of one local transaction: {len(calls)} calls {calls}, {seconds:.2f} s in all")


def test_the_client_splits_by_the_servers_byte_limit(pg_server: Server, make_site: MakeSite) -> None:
    site = make_site("a")
    _set(pg_server, "push_batch_bytes", "200000")
    with site.db.transaction() as session:
        session.add_all(Organisation(id=uuid7(), name=f"单位 {i}", kind="municipal_department", notes="说" * 1_500)
                        for i in range(100))
    assert site.sync().pushed == 100 and _pending(site) == 0
    calls = pg_server.query("SELECT count(*) FROM duty_sync.applied_ops GROUP BY applied_at")
    assert len(calls) >= 3  # each about 4.5 kB as JSON: at most ~40 a call


def test_a_login_for_one_database_can_do_nothing_in_another(pg_admin_url: str, pg_server: Server,
                                                            make_site: MakeSite) -> None:
    site = make_site("a")
    name = f"dd_other_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    other_url = pg_server.admin_url.rsplit("/", 1)[0] + "/" + name
    try:
        other = Server(other_url)
        with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
            psycopg.connect(other.url, user=site.role, password=site.password, connect_timeout=3)
        role, password = other.add()
        with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
            psycopg.connect(pg_server.url, user=role, password=password, connect_timeout=3)
        assert server.group_role(name) != server.group_role(str(pg_server.url.rsplit("/", 1)[1]))
        other.drop_roles()
    finally:
        with psycopg.connect(pg_admin_url, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


def test_connect_is_not_granted_to_public(pg_server: Server) -> None:
    assert pg_server.query("SELECT has_database_privilege('public', current_database(), 'CONNECT')") == [(False,)]
    stranger = f"stranger_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_server.admin_url, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
            sql.Identifier(stranger), sql.Literal(f"pw-{stranger}")))
    try:
        with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
            psycopg.connect(pg_server.url, user=stranger, password=f"pw-{stranger}", connect_timeout=3)
    finally:
        with psycopg.connect(pg_server.admin_url, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(stranger)))


def test_a_login_registers_one_site_only(pg_server: Server, make_site: MakeSite) -> None:
    site = make_site("a")
    with site.connect() as conn:
        conn.execute("SELECT duty_sync.sync_hello(%s, 0)", (site.db.site_id,))
        for _ in range(50):
            with pytest.raises(psycopg.errors.RaiseException, match="one site"):
                conn.execute("SELECT duty_sync.sync_hello(%s, 0)", (str(uuid.uuid4()),))
        conn.execute("SELECT duty_sync.sync_hello(%s, 0)", (site.db.site_id,))  # its own, again: fine
    assert pg_server.query("SELECT site FROM duty_sync.sites WHERE workstation = %s",
                           (site.role,)) == [(site.db.site_id,)]


@pytest.mark.parametrize("name", ["server", "Server", " server ", "", "x" * 65, "duty_sync"])
def test_reserved_or_malformed_site_ids_are_refused(pg_server: Server, make_site: MakeSite, name: str) -> None:
    site = make_site("a")
    with site.connect() as conn, pytest.raises(psycopg.errors.RaiseException, match="reserved or malformed"):
        conn.execute("SELECT duty_sync.sync_hello(%s, 0)", (name,))
    assert pg_server.query("SELECT count(*) FROM duty_sync.sites") == [(0,)]


def test_tables_and_functions_belong_to_a_nologin_owner(pg_server: Server, pg_url: str) -> None:
    owner = server.owner_role(pg_url.rsplit("/", 1)[1])
    assert pg_server.query("SELECT rolcanlogin, rolsuper FROM pg_roles WHERE rolname = %s", (owner,)) == [
        (False, False)]
    functions = pg_server.query("SELECT p.proname, p.proowner::regrole::text, p.prosecdef FROM pg_proc p "
                                "WHERE p.pronamespace = 'duty_sync'::regnamespace")
    assert {f for f, _, definer in functions if definer} >= {"sync_push", "sync_pull", "sync_hello", "sync_settle"}
    assert {o for _, o, _ in functions} == {owner}
    tables = pg_server.query("SELECT schemaname, tablename, tableowner FROM pg_tables "
                             "WHERE schemaname IN ('public', 'duty_sync')")
    assert ("public", "users") in {(s, t) for s, t, _ in tables} and {o for _, _, o in tables} == {owner}
    assert pg_server.query("SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'duty_sync'") == [
        (owner,)]


def test_an_old_servers_workstations_move_to_the_database_group(pg_server: Server, pg_url: str) -> None:
    """As the earlier `server init` left it: one cluster-wide role, its logins in every database."""
    login, password = f"ws_old_{uuid.uuid4().hex[:8]}", "old-password-1"
    legacy = sql.Identifier(server.LEGACY_ROLE)
    with psycopg.connect(pg_server.admin_url, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (server.LEGACY_ROLE,)).fetchone():
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(legacy))
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
            sql.Identifier(login), sql.Literal(password), legacy))
        conn.execute(sql.SQL("GRANT USAGE ON SCHEMA duty_sync TO {}").format(legacy))
        conn.execute(sql.SQL("GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA duty_sync TO {}").format(legacy))
        conn.execute("INSERT INTO duty_sync.sites (site, workstation, last_seen) VALUES ('old-site', %s, now())",
                     (login,))
    pg_server.roles.append(login)
    server.init_server(pg_server.admin_url)
    with psycopg.connect(pg_server.url, user=login, password=password, autocommit=True) as conn:
        assert conn.execute("SELECT duty_sync.sync_push('old-site', '[]'::jsonb)").fetchone() == ([],)
        assert conn.execute("SHOW idle_in_transaction_session_timeout").fetchone() == ("10s",)
    assert pg_server.query("SELECT has_function_privilege(%s, 'duty_sync.sync_push(text, jsonb)', 'EXECUTE')",
                           (server.LEGACY_ROLE,)) == [(False,)]


def test_remove_workstation_revokes_the_login_and_keeps_its_history(pg_server: Server, make_site: MakeSite) -> None:
    site = make_site("stolen")
    admin_of(site)
    assert site.sync().pushed > 0
    live = site.connect()
    server.remove_workstation(pg_server.admin_url, site.role)
    with pytest.raises(psycopg.OperationalError):
        live.execute("SELECT duty_sync.sync_pull(0, 1)")
    live.close()
    with pytest.raises(psycopg.OperationalError):
        site.connect()
    assert pg_server.query("SELECT workstation FROM duty_sync.sites") == [(f"{site.role} (removed)",)]
    assert pg_server.query("SELECT count(*) > 0 FROM duty_sync.change_log WHERE site = %s",
                           (site.db.site_id,)) == [(True,)]
    with pytest.raises(server.ServerError, match="no workstation named"):
        server.remove_workstation(pg_server.admin_url, site.role)


class StallingProxy:
    """A TCP proxy to the server that, once `stall` is set, accepts and then stops passing queries."""

    def __init__(self, target_port: int) -> None:
        self.target = ("127.0.0.1", target_port)
        self.stall = False
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self.sockets: list[socket.socket] = [self.listener]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                down, _ = self.listener.accept()
            except OSError:
                return
            up = socket.create_connection(self.target)
            self.sockets += [down, up]
            threading.Thread(target=self._pipe, args=(down, up, True), daemon=True).start()
            threading.Thread(target=self._pipe, args=(up, down, False), daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket, from_client: bool) -> None:
        while True:
            try:
                data = src.recv(65536)
                if not data:
                    return
                if from_client and self.stall and data[:1] in (b"P", b"Q"):  # a query: the link goes quiet
                    return
                dst.sendall(data)
            except OSError:
                return

    def close(self) -> None:
        for s in self.sockets:
            s.close()


@pytest.fixture
def proxy(pg_server: Server) -> Iterator[StallingProxy]:
    p = StallingProxy(int(str(psycopg.conninfo.conninfo_to_dict(pg_server.url)["port"])))
    yield p
    p.close()


def test_a_stalled_link_ends_the_sync_and_the_next_run_resumes(
        make_site: MakeSite, proxy: StallingProxy, memory_keyring: keyring.backend.KeyringBackend,
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    site = make_site("a")
    actor = admin_of(site)
    sync.connect(site.services, actor, f"postgresql://127.0.0.1:{proxy.port}/{site.url.rsplit('/', 1)[1]}",
                 site.role, site.password)
    waiting = _pending(site)
    assert waiting > 0
    monkeypatch.setattr(link, "READ_TIMEOUT_S", 2.0)
    proxy.stall = True
    started = time.monotonic()
    with pytest.raises(sync.ServerUnreachable, match="no reply for 2 s"):
        _bounded(20, lambda: sync.run_sync(site.services, actor))
    assert time.monotonic() - started < 10
    assert _pending(site) == waiting
    proxy.stall = False
    assert sync.run_sync(site.services, actor).pushed == waiting and _pending(site) == 0


def test_the_command_removes_a_workstation(pg_server: Server, make_site: MakeSite,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    site = make_site("lost")
    assert cli.main(["server", "remove-workstation", site.role, "--url", pg_server.admin_url]) == 0
    assert "removed" in capsys.readouterr().out
    assert cli.main(["server", "remove-workstation", site.role, "--url", pg_server.admin_url]) == 2
    err = capsys.readouterr().err
    assert "no workstation named" in err and "Traceback" not in err

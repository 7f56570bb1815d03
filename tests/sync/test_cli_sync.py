"""The sync commands as an administrator types them: `server init`, `server add-workstation`, `connect`,
`sync`, `disconnect`, driven through duty_desk.cli.main in-process against the real PostgreSQL server."""

import glob
import io
import json
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.backends.fail
import psycopg
import pytest
from pg_cluster import _as_postgres, _free_port
from psycopg import sql
from sqlalchemy import select

from duty_desk import cli
from duty_desk.domain.directory import PersonData
from duty_desk.services import accounts, directory
from duty_desk.services.context import Services
from duty_desk.storage.database import open_database
from duty_desk.storage.models import OutboxOp, Person, SyncConflict

ADMIN_PASSWORD = "long-password-1"
CSV_HEADER = ("record,name,organisation,kind,district,title,office,mobile,office_phone,secure_phone,duty_phone,"
              "address,leader,notes")
DIRECTORY_CSV = "\n".join([
    CSV_HEADER,
    "organisation,北京市应急管理局,,municipal_department,,,,,010-6407 9000,,010-6407 9999,北京市东城区,,",
    "organisation,朝阳区人民政府,,district_government,朝阳区,,,,,,010-6509 4000,北京市朝阳区日坛北路,,",
    "person,张伟,北京市应急管理局,,,值班主任,总值班室,13900001234,,,,,yes,",
    "person,李娜,北京市应急管理局,,,值班员,总值班室 201,13900005678,,,,,no,夜班",
    "person,王芳,朝阳区人民政府,,,副区长,,13800001111,010-6509 4001,,,,yes,",
]) + "\n"
PEOPLE = ("张伟", "李娜", "王芳")

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """`duty-desk ARGS` in this process: (exit code, stdout, stderr); `stdin=` feeds --password-stdin;
    `login=PASSWORD` logs in as admin (--login-stdin: the first line, before any --password-stdin)."""

    def call(*argv: object, stdin: str | None = None, login: str | None = None) -> tuple[int, str, str]:
        capsys.readouterr()
        lines = [line for line in (login, stdin) if line is not None]
        if lines:
            monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
        code = cli.main([*(["--user", "admin", "--login-stdin"] if login else []), *(str(a) for a in argv)])
        out, err = capsys.readouterr()
        return code, out, err

    return call


class Roles:
    """Workstation logins made by a test; roles are cluster-wide, so they get unique names and are dropped."""

    def __init__(self) -> None:
        self.made: list[tuple[str, str]] = []  # (admin url, role)

    def name(self, admin_url: str) -> str:
        role = f"ws_{uuid.uuid4().hex[:8]}"
        self.made.append((admin_url, role))
        return role

    def drop(self) -> None:
        for admin_url, role in self.made:
            with psycopg.connect(admin_url, autocommit=True) as conn:
                conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


@pytest.fixture
def roles(pg_url: str) -> Iterator[Roles]:  # pg_url first: the roles go before the database does
    made = Roles()
    yield made
    made.drop()


def workstation_url(admin_url: str) -> str:
    """What a workstation is given: the server and database, no user or password."""
    p = psycopg.conninfo.conninfo_to_dict(admin_url)
    return f"postgresql://{p.get('host', '127.0.0.1')}:{p.get('port', 5432)}/{p['dbname']}"


def init_server(run: Run, admin_url: str) -> None:
    code, out, err = run("server", "init", "--url", admin_url)
    assert code == 0, err
    assert "server ready" in out


def add_workstation(run: Run, roles: Roles, admin_url: str, manages: str = "") -> tuple[str, str]:
    """`server add-workstation`; returns the name and the password printed (once) after the announcement."""
    name = roles.name(admin_url)
    code, out, err = run("server", "add-workstation", name, "--url", admin_url, "--manages", manages)
    assert code == 0, err
    lines = out.splitlines()
    [at] = [i for i, line in enumerate(lines) if "shown only this once" in line]
    password = lines[at + 1].strip()
    assert len(password) >= 24 and " " not in password
    return name, password


def connect(run: Run, folder: Path, url: str, workstation: str, password: str, login: str | None = None) -> None:
    """`login=None`: a new workstation with no account yet, linked so that the office's accounts arrive."""
    code, out, err = run("--data-dir", folder, "connect", "--url", url, "--workstation", workstation,
                         "--password-stdin", stdin=password, login=login)
    assert code == 0, err
    assert f"connected to {url} as {workstation}" in out


def sync(run: Run, folder: Path, login: str | None = None) -> dict[str, int]:
    code, out, err = run("--data-dir", folder, "sync", login=login)
    assert code == 0, err
    # "pushed 12, pulled 3, conflicts 0, rejected 0, waiting 0 in 0.12 s"
    counts = out.split(" in ")[0]
    return {k: int(v) for k, v in (part.strip().split(" ") for part in counts.split(","))}


def status(run: Run, folder: Path, login: str | None = None) -> dict[str, str]:
    code, out, err = run("--data-dir", folder, "sync", "--status", login=login)
    assert code == 0, err
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in out.splitlines())}


def export(run: Run, folder: Path, out: Path) -> bytes:
    code, _, err = run("--data-dir", folder, "directory", "export", "--out", out, login=ADMIN_PASSWORD)
    assert code == 0, err
    return out.read_bytes()


def retitle(folder: Path, name: str, title: str) -> None:
    """An edit through the services, as the app makes it, by the synced administrator."""
    db = open_database(folder)
    try:
        services = Services(db)
        actor = accounts.authenticate(services, "admin", ADMIN_PASSWORD)
        with db.session() as session:
            p = session.scalars(select(Person).where(Person.name == name, Person.deleted.is_(False))).unique().one()
            data = PersonData(p.name, title, p.organisation_id, p.office, p.mobile, p.office_phone,
                              p.secure_phone, p.is_leader, p.notes)
            person_id = p.id
        directory.save_person(services, actor, data, person_id)
    finally:
        db.dispose()


def passwords(backend: keyring.backend.KeyringBackend) -> dict[tuple[str, str], str]:
    """The server passwords in the keyring (beside them: each workstation's audit key, service duty-desk-audit)."""
    store: dict[tuple[str, str], str] = backend.store  # type: ignore[attr-defined]
    return {k: v for k, v in store.items() if k[0] == "duty-desk"}


def conflict_rows(folder: Path) -> list[tuple[str, str, str, str, str, str, bool]]:
    db = open_database(folder)
    try:
        with db.session() as session:
            return [(c.id, c.record_table, c.record_id, c.field, c.kept_value, c.lost_value, c.resolved)
                    for c in session.scalars(select(SyncConflict).order_by(SyncConflict.id))]
    finally:
        db.dispose()


def title_of(folder: Path, name: str) -> str:
    db = open_database(folder)
    try:
        with db.session() as session:
            return str(session.scalars(select(Person.title).where(Person.name == name)).one())
    finally:
        db.dispose()


def outbox_size(folder: Path) -> int:
    db = open_database(folder)
    try:
        with db.session() as session:
            return len(list(session.scalars(select(OutboxOp.seq))))
    finally:
        db.dispose()


def test_two_workstations_share_the_directory_and_both_keep_a_conflict(
        run: Run, pg_url: str, roles: Roles, memory_keyring: keyring.backend.KeyringBackend, tmp_path: Path) -> None:
    url = workstation_url(pg_url)
    init_server(run, pg_url)
    w1, p1 = add_workstation(run, roles, pg_url, manages="accounts,rules")  # the office's administrators'
    w2, p2 = add_workstation(run, roles, pg_url)
    d1, d2 = tmp_path / "d1", tmp_path / "d2"

    # The administrator is made once, on the first workstation; the second gets the account by sync (the same
    # user name made offline on both would be refused by the server for the second one).
    code, out, err = run("--data-dir", d1, "user", "add", "admin", "--role", "admin", "--password-stdin",
                         stdin=ADMIN_PASSWORD)
    assert code == 0, err
    connect(run, d1, url, w1, p1, login=ADMIN_PASSWORD)
    connect(run, d2, url, w2, p2)  # no account there yet: it arrives by the first sync
    assert passwords(memory_keyring) == {("duty-desk", f"{w1}@{url}"): p1, ("duty-desk", f"{w2}@{url}"): p2}

    csv_file = tmp_path / "directory.csv"
    csv_file.write_text(DIRECTORY_CSV, encoding="utf-8")
    code, out, err = run("--data-dir", d1, "directory", "import", csv_file, login=ADMIN_PASSWORD)
    assert code == 0, err
    assert "imported: 5 new, 0 updated, 0 unchanged" in out

    first = sync(run, d1, ADMIN_PASSWORD)
    assert first["pushed"] > 5 and first["rejected"] == 0 and first["waiting"] == 0
    second = sync(run, d2)
    assert second["rejected"] == 0 and second["pulled"] >= first["pushed"]
    assert outbox_size(d1) == outbox_size(d2) == 0

    e1, e2 = export(run, d1, tmp_path / "e1.csv"), export(run, d2, tmp_path / "e2.csv")
    assert e1 == e2
    exported = e2.decode("utf-8-sig")
    assert all(name in exported for name in PEOPLE) and "13900001234" in exported
    code, out, _ = run("--data-dir", d2, "user", "list", login=ADMIN_PASSWORD)  # the account arrived
    assert code == 0 and out.splitlines()[1].split()[:2] == ["admin", "admin"]
    code, _, err = run("--data-dir", d2, "sync")  # and from now on a login is needed there too
    assert code == 2 and "--user" in err

    # The same title edited on both: the first workstation offline meanwhile.
    code, out, err = run("--data-dir", d1, "disconnect", login=ADMIN_PASSWORD)
    assert code == 0, err
    assert passwords(memory_keyring) == {("duty-desk", f"{w2}@{url}"): p2}
    assert status(run, d1, ADMIN_PASSWORD)["server"] == "none (offline)"
    retitle(d1, "张伟", "值班室主任（一号机）")
    retitle(d2, "张伟", "值班室主任（二号机）")
    assert sync(run, d2, ADMIN_PASSWORD)["pushed"] >= 1
    connect(run, d1, url, w1, p1, login=ADMIN_PASSWORD)
    for _ in range(2):
        sync(run, d1, ADMIN_PASSWORD)
        sync(run, d2, ADMIN_PASSWORD)

    for folder in (d1, d2):
        st = status(run, folder, ADMIN_PASSWORD)
        # What waits is the audit entry of the login that asked for the status itself.
        assert st["open conflicts"] == "1" and st["changes waiting"] == "1" and st["rejected"] == "0"
        code, out, _ = run("--data-dir", folder, "sync", "--status", login=ADMIN_PASSWORD)
        assert "open conflicts:  1" in out
    [c1], [c2] = conflict_rows(d1), conflict_rows(d2)
    assert c1 == c2  # the same synced record on both workstations
    assert c1[1:4] == ("people", c1[2], "title")
    assert {json.loads(c1[4]), json.loads(c1[5])} == {"值班室主任（一号机）", "值班室主任（二号机）"}
    assert not c1[6]
    winner = title_of(d1, "张伟")
    assert winner == title_of(d2, "张伟") == json.loads(c1[4])
    assert export(run, d1, tmp_path / "e1b.csv") == export(run, d2, tmp_path / "e2b.csv")


def test_sync_before_connect_names_the_connect_command(run: Run, tmp_path: Path,
                                                       memory_keyring: keyring.backend.KeyringBackend) -> None:
    code, out, err = run("--data-dir", tmp_path / "d", "sync")
    assert code == 2 and out == ""
    assert "duty-desk connect" in err
    assert status(run, tmp_path / "d")["server"] == "none (offline)"


def test_add_workstation_refuses_a_bad_or_taken_name(run: Run, pg_url: str, roles: Roles) -> None:
    init_server(run, pg_url)
    for bad in ("Bad Name; DROP TABLE users", "w", "9lives", "ws-dash", "x" * 50):
        code, out, err = run("server", "add-workstation", bad, "--url", pg_url)
        assert code == 2 and out == ""
        assert "lower-case letters" in err, err
    name, _ = add_workstation(run, roles, pg_url)
    code, out, err = run("server", "add-workstation", name, "--url", pg_url)
    assert code == 2 and "already exists" in err and out == ""


def test_what_a_workstation_manages_is_set_on_the_server_only(run: Run, pg_url: str, roles: Roles) -> None:
    init_server(run, pg_url)
    code, out, err = run("server", "add-workstation", roles.name(pg_url), "--url", pg_url, "--manages", "all")
    assert code == 2 and out == "" and "--manages takes accounts, rules" in err
    name, _ = add_workstation(run, roles, pg_url, manages="rules")

    def manages() -> list[object]:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            return list(conn.execute("SELECT manages FROM duty_sync.workstations WHERE login = %s", (name,)))

    assert manages() == [(["rules"],)]
    code, out, err = run("server", "set-workstation", name, "--url", pg_url, "--manages", "accounts, rules")
    assert code == 0 and f"workstation {name} now manages accounts, rules" in out, err
    assert manages() == [(["accounts", "rules"],)]
    code, out, err = run("server", "set-workstation", name, "--url", pg_url)
    assert code == 0 and "manages nothing" in out, err
    assert manages() == [([],)]
    code, out, err = run("server", "set-workstation", "postgres", "--url", pg_url, "--manages", "accounts")
    assert code == 2 and out == "" and "no workstation named postgres" in err


def test_keyring_missing_refuses_connect_with_a_message(run: Run, pg_url: str, roles: Roles, tmp_path: Path,
                                                        memory_keyring: keyring.backend.KeyringBackend) -> None:
    init_server(run, pg_url)
    name, password = add_workstation(run, roles, pg_url)
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]  # the memory_keyring fixture restores the old one
    code, out, err = run("--data-dir", tmp_path / "d", "connect", "--url", workstation_url(pg_url),
                         "--workstation", name, "--password-stdin", stdin=password)
    assert code == 2 and out == ""
    assert "keyring" in err.lower()
    assert status(run, tmp_path / "d")["server"] == "none (offline)"  # nothing half-kept
    with psycopg.connect(pg_url, autocommit=True) as conn:  # nor registered: the login may still link a folder
        assert conn.execute("SELECT count(*) FROM duty_sync.sites WHERE workstation = %s", (name,)).fetchone() == (0,)


def test_disconnect_forgets_the_password(run: Run, pg_url: str, roles: Roles, tmp_path: Path,
                                         memory_keyring: keyring.backend.KeyringBackend) -> None:
    init_server(run, pg_url)
    name, password = add_workstation(run, roles, pg_url)
    folder = tmp_path / "d"
    connect(run, folder, workstation_url(pg_url), name, password)
    assert list(passwords(memory_keyring).values()) == [password]
    assert sync(run, folder)["rejected"] == 0
    code, out, err = run("--data-dir", folder, "disconnect")
    assert code == 0, err
    assert "removed from the keyring" in out
    assert passwords(memory_keyring) == {}
    assert status(run, folder)["server"] == "none (offline)"
    code, _, err = run("--data-dir", folder, "sync")
    assert code == 2 and "duty-desk connect" in err
    code, _, err = run("--data-dir", folder, "disconnect")  # a second time: said plainly, nothing breaks
    assert code == 2 and "not connected" in err


def test_connect_to_a_dead_server_fails_fast_and_work_goes_on(run: Run, tmp_path: Path,
                                                              memory_keyring: keyring.backend.KeyringBackend) -> None:
    folder = tmp_path / "d"
    port = _free_port()  # bound and released: nothing listens there
    started = time.monotonic()
    code, out, err = run("--data-dir", folder, "connect", "--url", f"postgresql://127.0.0.1:{port}/duty",
                         "--workstation", "ws_dead", "--password-stdin", stdin="whatever-password")
    assert time.monotonic() - started < 10
    assert code == 2 and out == ""
    assert err.startswith("duty-desk: error:") and str(port) in err
    assert passwords(memory_keyring) == {}
    assert status(run, folder)["server"] == "none (offline)"
    code, out, err = run("--data-dir", folder, "user", "add", "admin", "--role", "admin", "--password-stdin",
                         stdin=ADMIN_PASSWORD)
    assert code == 0, err
    code, out, err = run("--data-dir", folder, "user", "add", "lina", "--role", "duty_officer",
                         "--password-stdin", stdin="long-password-2", login=ADMIN_PASSWORD)
    assert code == 0, err
    code, out, err = run("--data-dir", folder, "user", "list", login=ADMIN_PASSWORD)
    assert code == 0 and "lina" in out


# --- A wrong password needs a server that checks passwords. The test cluster trusts every local login, so
# --- when pg_admin_url does not check them, a small throwaway cluster with scram-sha-256 is started instead.


def _checks_passwords(admin_url: str) -> bool:
    role, good = f"ws_probe_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(role), sql.Literal(good)))
    try:
        p = psycopg.conninfo.conninfo_to_dict(admin_url)
        with psycopg.connect(host=str(p.get("host", "127.0.0.1")), port=str(p.get("port", 5432)),
                             dbname=str(p["dbname"]), user=role, password="not-" + good, connect_timeout=3):
            return False
    except psycopg.OperationalError:
        return True
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


@dataclass
class _ScramCluster:
    bin: Path
    dir: Path
    url: str

    @classmethod
    def start(cls) -> "_ScramCluster":
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        initdb = shutil.which("initdb") or (bins[-1] if bins else None)
        if initdb is None:
            pytest.skip("no PostgreSQL binaries to start a password-checking server")
        folder = Path(tempfile.mkdtemp(prefix="duty-desk-pg-scram-"))
        folder.chmod(0o777)
        secret = uuid.uuid4().hex
        pwfile = folder / "pw"
        pwfile.write_text(secret + "\n")
        pwfile.chmod(0o644)
        port = _free_port()
        bindir = Path(initdb).parent
        subprocess.run(_as_postgres([str(bindir / "initdb"), "-D", str(folder / "data"), "-U", "postgres",
                                     "--auth-local=trust", "--auth-host=scram-sha-256", f"--pwfile={pwfile}",
                                     "-E", "UTF8", "--no-locale"]), check=True, capture_output=True)
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(folder / "data"), "-o", options, "-w",
                                     "-l", str(folder / "log"), "start"]), check=True, capture_output=True)
        return cls(bindir, folder, f"postgresql://postgres:{secret}@127.0.0.1:{port}/postgres")

    def stop(self) -> None:
        subprocess.run(_as_postgres([str(self.bin / "pg_ctl"), "-D", str(self.dir / "data"), "-m", "immediate",
                                     "stop"]), capture_output=True)
        shutil.rmtree(self.dir, ignore_errors=True)


@contextmanager
def _database_on(admin_url: str) -> Iterator[str]:
    name = f"dd_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    p = psycopg.conninfo.conninfo_to_dict(admin_url)
    p["dbname"] = name
    try:
        yield psycopg.conninfo.make_conninfo(**{k: str(v) for k, v in p.items()})
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture(scope="module")
def checking_server(pg_admin_url: str) -> Iterator[str]:
    """Admin URL of a server that refuses a wrong password."""
    if _checks_passwords(pg_admin_url):
        yield pg_admin_url
        return
    cluster = _ScramCluster.start()
    try:
        yield cluster.url
    finally:
        cluster.stop()


def test_connect_with_a_wrong_password_keeps_nothing(run: Run, checking_server: str, tmp_path: Path,
                                                     memory_keyring: keyring.backend.KeyringBackend) -> None:
    made = Roles()
    with _database_on(checking_server) as admin_url:
        try:
            init_server(run, admin_url)
            name, password = add_workstation(run, made, admin_url)
            url, folder = workstation_url(admin_url), tmp_path / "d"
            code, out, err = run("--data-dir", folder, "connect", "--url", url, "--workstation", name,
                                 "--password-stdin", stdin=password[::-1])
            assert code == 2 and out == ""
            assert "authentication failed" in err
            assert passwords(memory_keyring) == {}
            assert status(run, folder)["server"] == "none (offline)"
            connect(run, folder, url, name, password)  # the right one is taken: it was the password
            assert list(passwords(memory_keyring).values()) == [password]
        finally:
            made.drop()

"""Setting up the shared PostgreSQL server: `duty-desk server init`, `add-workstation`, `set-workstation` and
`remove-workstation`.

Per database: a NOLOGIN owner role owns every table and function (the SECURITY DEFINER entry points run as it,
never as whoever ran init), and a NOLOGIN workstation group role may CONNECT and call the entry points, nothing
else. Both are named after the database, so a login made for one database can do nothing in another.
"""

import hashlib
import re
import secrets
from collections.abc import Collection
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy import Engine, create_engine

from duty_desk.storage import migrate
from duty_desk.storage.base import CAPABILITIES, PushRule, model_of
from duty_desk.sync.server_checks import server_checks_sql
from duty_desk.sync.server_rows import rows_sql
from duty_desk.sync.wire import is_append_only, merged_fields, schema_version, synced_tables

LEGACY_ROLE = "duty_desk_workstation"  # the cluster-wide group of earlier versions; its members here move over
SCHEMA_SQL = Path(__file__).with_name("server_schema.sql")
AUTHZ_SQL = Path(__file__).with_name("server_authz.sql")
AUDIT_SQL = Path(__file__).with_name("server_audit.sql")  # audit chains anchored: after SCHEMA_SQL
ENTRY_POINTS = ("sync_push(text, jsonb)", "sync_pull(bigint, integer)", "sync_hello(text, bigint)",
                "sync_settle(text, jsonb)", "sync_audit_heads()")
# Set on every workstation login in its database. A login can change its own session's values, so the push
# lock does not rely on them (duty_sync.push_lock ends a holder itself); they stop an honest client that stalls.
LOGIN_SETTINGS = {"statement_timeout": "30s", "lock_timeout": "5s", "idle_in_transaction_session_timeout": "10s"}
LOGIN_CONNECTIONS = 5  # a workstation uses one or two; the rest of max_connections stays for the others
_NAME = re.compile(r"^[a-z][a-z0-9_]{1,40}$")
_MAX_ROLE = 63  # PostgreSQL's identifier length


class ServerError(RuntimeError):
    """The server could not be set up; the message says why."""


def server_engine(url: str) -> Engine:
    """SQLAlchemy engine for a postgresql:// URL or a libpq 'key=value' string."""
    return create_engine("postgresql+psycopg://", creator=lambda: psycopg.connect(url))


def _role_for(prefix: str, database: str) -> str:
    """`prefix` + the database name made a plain identifier; a hash of the real name is added when that changed
    or shortened it, so two databases never share a role."""
    base = re.sub(r"[^a-z0-9_]", "_", database.lower())
    if base == database and len(prefix) + len(base) <= _MAX_ROLE:
        return prefix + base
    digest = hashlib.sha256(database.encode()).hexdigest()[:8]
    return f"{prefix}{base[:_MAX_ROLE - len(prefix) - 9]}_{digest}"


def group_role(database: str) -> str:
    """The workstation group of one database: CONNECT and EXECUTE on the entry points, nothing else."""
    return _role_for("duty_desk_ws_", database)


def owner_role(database: str) -> str:
    """The NOLOGIN owner of one database's tables and sync functions."""
    return _role_for("duty_desk_owner_", database)


def init_server(url: str) -> int:
    """Create or upgrade the schema (the same migrations), the sync functions and the owner and workstation
    roles; moves this database's workstations from the old cluster-wide role. Returns the schema version the
    server now accepts."""
    engine = server_engine(url)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    version = schema_version()
    with psycopg.connect(url, autocommit=True) as conn, conn.transaction():
        conn.execute(SCHEMA_SQL.read_text(encoding="utf-8"))
        conn.execute(server_checks_sql())
        conn.execute(rows_sql())
        conn.execute(AUTHZ_SQL.read_text(encoding="utf-8"))
        conn.execute(AUDIT_SQL.read_text(encoding="utf-8"))
        for name, table in synced_tables().items():
            model = model_of(name)  # who may push it: the model's declaration, enforced by authorize_op
            conn.execute(
                "INSERT INTO duty_sync.synced_tables (tbl, append_only, fields, push, open_fields, proof_fields, "
                "verifier) VALUES (%s, %s, %s, %s, %s, %s, %s) "
                "ON CONFLICT (tbl) DO UPDATE SET append_only = EXCLUDED.append_only, fields = EXCLUDED.fields, "
                "push = EXCLUDED.push, open_fields = EXCLUDED.open_fields, "
                "proof_fields = EXCLUDED.proof_fields, verifier = EXCLUDED.verifier",
                (name, is_append_only(name), merged_fields(table), model.__push__.value,
                 sorted(model.__push_open__), sorted(model.__push_proof__), model.__verifier__))
        database = _database(conn)
        for key, value in (("min_schema", str(version)), ("schema", str(version)),  # exactly its own schema
                           ("group_role", group_role(database))):
            conn.execute("INSERT INTO duty_sync.config VALUES (%s, %s) "
                         "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", (key, value))
        _own(conn, owner_role(database))
        _grant(conn, database, group_role(database))
    return version


def _database(conn: psycopg.Connection) -> str:
    row = conn.execute("SELECT current_database()").fetchone()
    assert row is not None
    return str(row[0])


def _ensure_role(conn: psycopg.Connection, name: str) -> None:
    if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
        conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))


def _own(conn: psycopg.Connection, owner: str) -> None:
    """Every table, sequence and function of Duty Desk's schemas goes to the NOLOGIN owner role."""
    _ensure_role(conn, owner)
    role = sql.Identifier(owner)
    superuser = conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()
    if not (superuser and superuser[0]):
        conn.execute(sql.SQL("GRANT {} TO current_user").format(role))  # to hand objects over, and upgrade later
    conn.execute(sql.SQL("GRANT USAGE, CREATE ON SCHEMA public TO {}").format(role))
    conn.execute(sql.SQL("ALTER SCHEMA duty_sync OWNER TO {}").format(role))
    # To end a workstation that holds the push lock open (duty_sync.push_lock): it must see how long the
    # holder's transaction has run and be able to end it. A non-superuser init may not grant these; the lock
    # wait is still bounded then, only a holder left open is not ended.
    for granted in ("pg_read_all_stats", "pg_signal_backend"):
        try:
            with conn.transaction():
                conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(granted), role))
        except psycopg.errors.InsufficientPrivilege:
            pass
    not_dependent = ("NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = {oid} AND d.deptype IN ('a', 'i', 'e'))")
    relations = conn.execute(
        "SELECT c.oid::regclass::text, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname IN ('public', 'duty_sync') AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') "
        "AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = %s) AND "
        + not_dependent.format(oid="c.oid"), (owner,)).fetchall()
    for name, kind in relations:
        what = "SEQUENCE" if kind == "S" else "TABLE"  # serial sequences follow their table (excluded above)
        conn.execute(sql.SQL("ALTER {} {} OWNER TO {}").format(sql.SQL(what), sql.SQL(name), role))
    functions = conn.execute(
        "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'duty_sync' AND p.proowner <> (SELECT oid FROM pg_roles WHERE rolname = %s) AND "
        + not_dependent.format(oid="p.oid"), (owner,)).fetchall()
    for (signature,) in functions:
        conn.execute(sql.SQL("ALTER FUNCTION {} OWNER TO {}").format(sql.SQL(signature), role))


def _grant(conn: psycopg.Connection, database: str, group: str) -> None:
    """Workstations may only CONNECT to this database and EXECUTE the entry points; no table is theirs to read
    or write, and no other database is theirs to enter."""
    _ensure_role(conn, group)
    role = sql.Identifier(group)
    db = sql.Identifier(database)
    conn.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(db))
    conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(db, role))
    conn.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    for schema in ("public", "duty_sync"):
        conn.execute(sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA {} FROM PUBLIC").format(sql.Identifier(schema)))
        conn.execute(sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA {} FROM PUBLIC").format(sql.Identifier(schema)))
    conn.execute("REVOKE ALL ON SCHEMA duty_sync FROM PUBLIC")
    conn.execute("REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA duty_sync FROM PUBLIC")
    conn.execute(sql.SQL("GRANT USAGE ON SCHEMA duty_sync TO {}").format(role))
    for function in ENTRY_POINTS:
        conn.execute(sql.SQL("GRANT EXECUTE ON FUNCTION duty_sync.{} TO {}").format(sql.SQL(function), role))
    if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (LEGACY_ROLE,)).fetchone():
        _leave_legacy(conn, db, group)
    members = conn.execute("SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
                           "WHERE m.roleid = (SELECT oid FROM pg_roles WHERE rolname = %s)", (group,)).fetchall()
    for (login,) in members:
        _limit_login(conn, database, login)


def _leave_legacy(conn: psycopg.Connection, db: sql.Identifier, group: str) -> None:
    """The old cluster-wide role loses everything here; its logins that registered a site in this database are
    this database's workstations and join its group. (Its other logins belong to other databases.)"""
    legacy = sql.Identifier(LEGACY_ROLE)
    conn.execute(sql.SQL("REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA duty_sync FROM {}").format(legacy))
    conn.execute(sql.SQL("REVOKE ALL ON SCHEMA duty_sync FROM {}").format(legacy))
    conn.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM {}").format(db, legacy))
    logins = conn.execute(
        "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
        "WHERE m.roleid = (SELECT oid FROM pg_roles WHERE rolname = %s) "
        "AND r.rolname IN (SELECT workstation FROM duty_sync.sites)", (LEGACY_ROLE,)).fetchall()
    for (login,) in logins:
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(login)))


def _limit_login(conn: psycopg.Connection, database: str, login: str) -> None:
    """Timeouts in this database (role settings are not inherited from a group: each login gets them)."""
    for key, value in LOGIN_SETTINGS.items():
        conn.execute(sql.SQL("ALTER ROLE {} IN DATABASE {} SET {} = {}").format(
            sql.Identifier(login), sql.Identifier(database), sql.Identifier(key), sql.Literal(value)))
    conn.execute(sql.SQL("ALTER ROLE {} CONNECTION LIMIT {}").format(
        sql.Identifier(login), sql.Literal(LOGIN_CONNECTIONS)))


def parse_manages(text: str) -> list[PushRule]:
    """`--manages accounts,rules` (empty: none) as the capabilities it names."""
    names = [part.strip() for part in text.split(",") if part.strip()]
    known = {rule.value: rule for rule in CAPABILITIES}
    unknown = [name for name in names if name not in known]
    if unknown:
        raise ServerError(f"--manages takes {', '.join(known)} (comma-separated), not {', '.join(unknown)}")
    return sorted({known[name] for name in names})


def add_workstation(url: str, name: str, manages: Collection[PushRule] = ()) -> str:
    """Create the login role NAME for one workstation, managing what `manages` names (nothing by default);
    returns its password (shown once, stored nowhere here)."""
    if not _NAME.match(name):
        raise ServerError("a workstation name is 2-41 lower-case letters, digits or '_', starting with a letter")
    password = secrets.token_urlsafe(24)
    with psycopg.connect(url, autocommit=True) as conn, conn.transaction():
        database = _database(conn)
        group = group_role(database)
        ready = conn.execute("SELECT to_regclass('duty_sync.workstations') IS NOT NULL AND EXISTS "
                             "(SELECT 1 FROM pg_roles WHERE rolname = %s)", (group,)).fetchone()
        if not ready or not ready[0]:
            raise ServerError("this database is not set up for Duty Desk yet: run 'duty-desk server init' first")
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
            raise ServerError(f"a role named {name} already exists on the server; choose another name")
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
            sql.Identifier(name), sql.Literal(password), sql.Identifier(group)))
        _limit_login(conn, database, name)
        _set_manages(conn, name, manages)
    return password


def remove_workstation(url: str, name: str) -> None:
    """Revoke a workstation: its login goes and its sessions end; its site's history stays (changes, conflicts,
    the site row, marked removed, so a conflict still says where an edit was made)."""
    with psycopg.connect(url, autocommit=True) as conn:
        with conn.transaction():
            group = group_role(_database(conn))
            row = conn.execute(
                "SELECT r.oid FROM pg_roles r JOIN pg_auth_members m ON m.member = r.oid "
                "WHERE r.rolname = %s AND m.roleid = (SELECT oid FROM pg_roles WHERE rolname = %s)",
                (name, group)).fetchone()
            if row is None:
                raise ServerError(f"no workstation named {name} on this database")
            conn.execute("UPDATE duty_sync.sites SET workstation = workstation || ' (removed)' "
                         "WHERE workstation = %s", (name,))
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usesysid = %s", (row[0],))


def set_workstation(url: str, name: str, manages: Collection[PushRule]) -> None:
    """What an existing workstation login manages from now on (replacing what it did)."""
    with psycopg.connect(url, autocommit=True) as conn:
        ready = conn.execute("SELECT to_regclass('duty_sync.workstations') IS NOT NULL").fetchone()
        if not ready or not ready[0]:
            raise ServerError("this database is not set up for Duty Desk yet: run 'duty-desk server init' first")
        if not conn.execute("SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
                            "JOIN pg_roles g ON g.oid = m.roleid WHERE r.rolname = %s AND g.rolname = %s",
                            (name, group_role(_database(conn)))).fetchone():
            raise ServerError(f"no workstation named {name} on this server: see 'duty-desk server add-workstation'")
        _set_manages(conn, name, manages)


def _set_manages(conn: psycopg.Connection, name: str, manages: Collection[PushRule]) -> None:
    # In duty_sync, which no workstation may read or write: only the server's own functions consult it.
    conn.execute("INSERT INTO duty_sync.workstations (login, manages) VALUES (%s, %s) "
                 "ON CONFLICT (login) DO UPDATE SET manages = EXCLUDED.manages",
                 (name, sorted(rule.value for rule in manages)))

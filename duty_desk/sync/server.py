"""Setting up the shared PostgreSQL server: `duty-desk server init`, `server add-workstation` and
`server set-workstation`."""

import re
import secrets
from collections.abc import Collection
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy import Engine, create_engine

from duty_desk.storage import migrate
from duty_desk.storage.base import CAPABILITIES, PushRule, model_of
from duty_desk.sync.wire import is_append_only, merged_fields, schema_version, synced_tables

WORKSTATION_ROLE = "duty_desk_workstation"
SCHEMA_SQL = Path(__file__).with_name("server_schema.sql")
AUTHZ_SQL = Path(__file__).with_name("server_authz.sql")
ENTRY_POINTS = ("sync_push(text, jsonb)", "sync_pull(bigint, integer)", "sync_hello(text, bigint)",
                "sync_settle(text, jsonb)")
_NAME = re.compile(r"^[a-z][a-z0-9_]{1,40}$")


class ServerError(RuntimeError):
    """The server could not be set up; the message says why."""


def server_engine(url: str) -> Engine:
    """SQLAlchemy engine for a postgresql:// URL or a libpq 'key=value' string."""
    return create_engine("postgresql+psycopg://", creator=lambda: psycopg.connect(url))


def init_server(url: str) -> int:
    """Create or upgrade the schema (the same migrations), the sync functions and the workstation role.
    Returns the schema version the server now accepts."""
    engine = server_engine(url)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    version = schema_version()
    with psycopg.connect(url, autocommit=True) as conn, conn.transaction():
        conn.execute(SCHEMA_SQL.read_text(encoding="utf-8"))
        conn.execute(AUTHZ_SQL.read_text(encoding="utf-8"))
        for name, table in synced_tables().items():
            columns = [c.name for c in table.columns if c.name != "id"]
            set_clause = "({}) = (SELECT {} FROM jsonb_populate_record(NULL::public.{}, $1) r)".format(
                ", ".join(f'"{c}"' for c in columns), ", ".join(f'r."{c}"' for c in columns), f'"{name}"')
            model = model_of(name)  # who may push it: the model's declaration, enforced by authorize_op
            conn.execute(
                "INSERT INTO duty_sync.synced_tables (tbl, append_only, fields, set_clause, push, open_fields, "
                "proof_fields, verifier) VALUES (%s, %s, %s, %s, %s, %s, %s, %s) "
                "ON CONFLICT (tbl) DO UPDATE SET append_only = EXCLUDED.append_only, fields = EXCLUDED.fields, "
                "set_clause = EXCLUDED.set_clause, push = EXCLUDED.push, open_fields = EXCLUDED.open_fields, "
                "proof_fields = EXCLUDED.proof_fields, verifier = EXCLUDED.verifier",
                (name, is_append_only(name), merged_fields(table), set_clause, model.__push__.value,
                 sorted(model.__push_open__), sorted(model.__push_proof__), model.__verifier__))
        for key in ("min_schema", "schema"):  # accepts exactly its own schema: older clients and newer wait
            conn.execute("INSERT INTO duty_sync.config VALUES (%s, %s) "
                         "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", (key, str(version)))
        _grant(conn)
    return version


def _grant(conn: psycopg.Connection) -> None:
    """Workstations may only EXECUTE the entry points; no table is theirs to read or write."""
    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (WORKSTATION_ROLE,)).fetchone()
    role = sql.Identifier(WORKSTATION_ROLE)
    if not exists:
        conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(role))
    for schema in ("public", "duty_sync"):
        conn.execute(sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA {} FROM PUBLIC").format(sql.Identifier(schema)))
        conn.execute(sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA {} FROM PUBLIC").format(sql.Identifier(schema)))
    conn.execute("REVOKE ALL ON SCHEMA duty_sync FROM PUBLIC")
    conn.execute("REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA duty_sync FROM PUBLIC")
    conn.execute(sql.SQL("GRANT USAGE ON SCHEMA duty_sync TO {}").format(role))
    for function in ENTRY_POINTS:
        conn.execute(sql.SQL("GRANT EXECUTE ON FUNCTION duty_sync.{} TO {}").format(sql.SQL(function), role))


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
    with psycopg.connect(url, autocommit=True) as conn:
        ready = conn.execute("SELECT to_regclass('duty_sync.workstations') IS NOT NULL AND EXISTS "
                             "(SELECT 1 FROM pg_roles WHERE rolname = %s)", (WORKSTATION_ROLE,)).fetchone()
        if not ready or not ready[0]:
            raise ServerError("this database is not set up for Duty Desk yet: run 'duty-desk server init' first")
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
            raise ServerError(f"a role named {name} already exists on the server; choose another name")
        with conn.transaction():
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                sql.Identifier(name), sql.Literal(password), sql.Identifier(WORKSTATION_ROLE)))
            _set_manages(conn, name, manages)
    return password


def set_workstation(url: str, name: str, manages: Collection[PushRule]) -> None:
    """What an existing workstation login manages from now on (replacing what it did)."""
    with psycopg.connect(url, autocommit=True) as conn:
        ready = conn.execute("SELECT to_regclass('duty_sync.workstations') IS NOT NULL").fetchone()
        if not ready or not ready[0]:
            raise ServerError("this database is not set up for Duty Desk yet: run 'duty-desk server init' first")
        if not conn.execute("SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
                            "JOIN pg_roles g ON g.oid = m.roleid WHERE r.rolname = %s AND g.rolname = %s",
                            (name, WORKSTATION_ROLE)).fetchone():
            raise ServerError(f"no workstation named {name} on this server: see 'duty-desk server add-workstation'")
        _set_manages(conn, name, manages)


def _set_manages(conn: psycopg.Connection, name: str, manages: Collection[PushRule]) -> None:
    # In duty_sync, which no workstation may read or write: only the server's own functions consult it.
    conn.execute("INSERT INTO duty_sync.workstations (login, manages) VALUES (%s, %s) "
                 "ON CONFLICT (login) DO UPDATE SET manages = EXCLUDED.manages",
                 (name, sorted(rule.value for rule in manages)))

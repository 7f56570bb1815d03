"""Setting up the shared PostgreSQL server: `duty-desk server init` and `server add-workstation`."""

import re
import secrets
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy import Engine, create_engine

from duty_desk.storage import migrate
from duty_desk.sync.wire import is_append_only, merged_fields, schema_version, synced_tables

WORKSTATION_ROLE = "duty_desk_workstation"
SCHEMA_SQL = Path(__file__).with_name("server_schema.sql")
AUDIT_SQL = Path(__file__).with_name("server_audit.sql")  # audit chains anchored: after SCHEMA_SQL
ENTRY_POINTS = ("sync_push(text, jsonb)", "sync_pull(bigint, integer)", "sync_hello(text, bigint)",
                "sync_settle(text, jsonb)", "sync_audit_heads()")
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
        conn.execute(AUDIT_SQL.read_text(encoding="utf-8"))
        for name, table in synced_tables().items():
            columns = [c.name for c in table.columns if c.name != "id"]
            set_clause = "({}) = (SELECT {} FROM jsonb_populate_record(NULL::public.{}, $1) r)".format(
                ", ".join(f'"{c}"' for c in columns), ", ".join(f'r."{c}"' for c in columns), f'"{name}"')
            conn.execute(
                "INSERT INTO duty_sync.synced_tables (tbl, append_only, fields, set_clause) VALUES (%s, %s, %s, %s) "
                "ON CONFLICT (tbl) DO UPDATE SET append_only = EXCLUDED.append_only, fields = EXCLUDED.fields, "
                "set_clause = EXCLUDED.set_clause",
                (name, is_append_only(name), merged_fields(table), set_clause))
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


def add_workstation(url: str, name: str) -> str:
    """Create the login role NAME for one workstation; returns its password (shown once, stored nowhere here)."""
    if not _NAME.match(name):
        raise ServerError("a workstation name is 2-41 lower-case letters, digits or '_', starting with a letter")
    password = secrets.token_urlsafe(24)
    with psycopg.connect(url, autocommit=True) as conn:
        ready = conn.execute("SELECT to_regclass('duty_sync.synced_tables') IS NOT NULL AND EXISTS "
                             "(SELECT 1 FROM pg_roles WHERE rolname = %s)", (WORKSTATION_ROLE,)).fetchone()
        if not ready or not ready[0]:
            raise ServerError("this database is not set up for Duty Desk yet: run 'duty-desk server init' first")
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
            raise ServerError(f"a role named {name} already exists on the server; choose another name")
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
            sql.Identifier(name), sql.Literal(password), sql.Identifier(WORKSTATION_ROLE)))
    return password

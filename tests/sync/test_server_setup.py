"""`server init` and `server add-workstation`, and what a workstation's role may and may not do."""

import psycopg
import pytest
from psycopg import sql
from sync_support import Server

from duty_desk.storage.base import model_of
from duty_desk.sync import server
from duty_desk.sync.wire import synced_tables


def test_init_is_repeatable_and_registers_every_synced_table(pg_server: Server) -> None:
    assert server.init_server(pg_server.admin_url) == server.init_server(pg_server.admin_url)
    registered = {row[0] for row in pg_server.query("SELECT tbl FROM duty_sync.synced_tables")}
    assert registered == set(synced_tables())
    # Who may push each kind is the model's declaration, as the server enforces it.
    rules = {tbl: (push, set(open_fields), set(proof_fields), verifier) for tbl, push, open_fields, proof_fields,
             verifier in pg_server.query("SELECT tbl, push, open_fields, proof_fields, verifier "
                                         "FROM duty_sync.synced_tables")}
    assert rules == {name: (model_of(name).__push__.value, set(model_of(name).__push_open__),
                            set(model_of(name).__push_proof__), model_of(name).__verifier__)
                     for name in synced_tables()}
    assert rules["users"][0] == "accounts" and rules["office_rules"][0] == "rules"


def test_workstation_names_are_checked(pg_server: Server) -> None:
    with pytest.raises(server.ServerError, match="lower-case"):
        server.add_workstation(pg_server.admin_url, "Bad Name; DROP TABLE users")
    role, _ = pg_server.add()
    with pytest.raises(server.ServerError, match="already exists"):
        server.add_workstation(pg_server.admin_url, role)


def _all_tables(pg_server: Server) -> list[tuple[str, str, str]]:
    rows = pg_server.query(
        "SELECT table_schema, table_name, min(column_name) FROM information_schema.columns "
        "WHERE table_schema IN ('public', 'duty_sync') GROUP BY 1, 2")
    return [(str(s), str(t), str(c)) for s, t, c in rows]


@pytest.mark.parametrize("statement", [
    "SELECT * FROM {table} LIMIT 1",
    "DELETE FROM {table}",
    "UPDATE {table} SET {column} = {column}",
    "INSERT INTO {table} DEFAULT VALUES",
])
def test_workstation_role_cannot_touch_any_table(pg_server: Server, statement: str) -> None:
    role, password = pg_server.add()
    tables = _all_tables(pg_server)
    names = {(s, t) for s, t, _ in tables}
    assert ("public", "people") in names and ("duty_sync", "change_log") in names
    with psycopg.connect(pg_server.url, user=role, password=password, autocommit=True) as conn:
        for schema, table, column in tables:
            query = sql.SQL(statement).format(table=sql.Identifier(schema, table), column=sql.Identifier(column))
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(query)


def test_workstation_role_may_call_only_the_entry_points(pg_server: Server) -> None:
    role, password = pg_server.add()
    with psycopg.connect(pg_server.url, user=role, password=password, autocommit=True) as conn:
        hello = conn.execute("SELECT duty_sync.sync_hello('site-x', 0)").fetchone()
        assert hello is not None and "server_ms" in hello[0]
        assert conn.execute("SELECT count(*) FROM duty_sync.sync_pull(0, 10)").fetchone() is not None
        assert conn.execute("SELECT duty_sync.sync_push('site-x', '[]'::jsonb)").fetchone() == ([],)
        assert conn.execute("SELECT duty_sync.sync_settle('site-x', '[]'::jsonb)").fetchone() == (0,)
        with pytest.raises(psycopg.errors.RaiseException, match="not registered"):  # only its own site's ops
            conn.execute("SELECT duty_sync.sync_settle('site-y', '[]'::jsonb)")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT duty_sync.apply_op('site-x', '{}'::jsonb)")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT duty_sync.proves('00', 'x')")


def test_add_workstation_refuses_a_database_that_was_never_set_up(pg_url: str, pg_server: Server) -> None:
    """Another database of the same cluster is set up (pg_server); this one is not."""
    params = psycopg.conninfo.conninfo_to_dict(pg_url)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE DATABASE dd_bare_check")
    try:
        bare = pg_url.rsplit("/", 1)[0] + "/dd_bare_check"
        assert params.get("dbname") != "dd_bare_check"
        with pytest.raises(server.ServerError, match="server init"):
            server.add_workstation(bare, "ws_never_made")
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute("DROP DATABASE dd_bare_check WITH (FORCE)")

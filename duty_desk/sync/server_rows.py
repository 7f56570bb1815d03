"""Reading and writing a synced table's rows on the server, generated for every synced model by `server init`.

apply_op names its table at run time; dynamic SQL (EXECUTE format(...)) would parse and plan every statement of
every op again. These functions hold one static statement per table instead, planned once per session."""

from sqlalchemy import Table

from duty_desk.sync.wire import synced_tables


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _function(name: str, params: str, body_of: dict[str, str]) -> str:
    branches = "\n".join(f"        WHEN {_lit(tbl)} THEN {body}" for tbl, body in sorted(body_of.items()))
    return f"""CREATE OR REPLACE FUNCTION duty_sync.{name}(p_tbl text, {params}) RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
    v jsonb;
BEGIN
    CASE p_tbl
{branches}
    ELSE RAISE EXCEPTION 'unknown table %', p_tbl;
    END CASE;
    RETURN v;
END $fn$;"""


def _populated(table: Table, source: str) -> str:
    return f"jsonb_populate_record(NULL::public.{_q(table.name)}, {source})"


def rows_sql() -> str:
    normalised: dict[str, str] = {}
    stored: dict[str, str] = {}
    inserted: dict[str, str] = {}
    updated: dict[str, str] = {}
    for name, table in synced_tables().items():
        t = f"public.{_q(name)}"
        normalised[name] = f"v := to_jsonb({_populated(table, 'p_row')});"
        stored[name] = f"SELECT to_jsonb(t) INTO v FROM {t} t WHERE t.id = p_id;"
        inserted[name] = (f"INSERT INTO {t} AS t SELECT * FROM {_populated(table, 'p_row')} "
                          "RETURNING to_jsonb(t) INTO v;")
        columns = [c.name for c in table.columns if c.name != "id"]
        updated[name] = (f"UPDATE {t} AS t SET ({', '.join(_q(c) for c in columns)}) = "
                         f"(SELECT {', '.join('r.' + _q(c) for c in columns)} FROM {_populated(table, 'p_row')} r) "
                         "WHERE t.id = p_id RETURNING to_jsonb(t) INTO v;")
    return "\n".join([
        "-- A row's values through its table's column types (SQLite sends 0/1 for booleans, and so on).",
        _function("normalised_row", "p_row jsonb", normalised),
        "-- The row as stored, or NULL.",
        _function("stored_row", "p_id text", stored),
        "-- Inserted; the row as stored.",
        _function("insert_row", "p_row jsonb", inserted),
        "-- Every column but the id set from p_row; the row as stored.",
        _function("update_row", "p_id text, p_row jsonb", updated),
    ])

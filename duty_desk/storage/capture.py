"""Change capture: SQLite triggers, generated from the models, append every insert and update of a synced
table to the outbox in the writing transaction. Triggers catch bulk SQL too, so no write path escapes them.

They are (re)made after every migration, so a new column is captured as soon as it exists.
"""

from sqlalchemy import Connection, Table

from duty_desk.storage.base import synced_models

# Owned by the server, never sent back.
NOT_CAPTURED = frozenset({"server_version"})
_ACTIVE = "(SELECT value FROM sync_flags WHERE key = 'applying') = '0'"
_FLAG = "(SELECT value FROM sync_flags WHERE key = '{}')"
_OP_ID = ("lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || "
          "hex(randomblob(2)) || '-' || hex(randomblob(6)))")


def _json(table: Table, alias: str) -> str:
    pairs = ", ".join(f"'{c.name}', {alias}.\"{c.name}\"" for c in table.columns if c.name not in NOT_CAPTURED)
    return f"json_object({pairs})"


def trigger_sql(table: Table) -> list[str]:
    name = table.name
    insert = f"""CREATE TRIGGER sync_capture_insert_{name} AFTER INSERT ON "{name}" WHEN {_ACTIVE}
BEGIN
  INSERT INTO sync_outbox (op_id, tx_id, actor, table_name, row_id, kind, new_row, old_row, base_version, hlc)
  VALUES ({_OP_ID}, {_FLAG.format('tx')}, {_FLAG.format('actor')}, '{name}', NEW.id, 'insert', {_json(table, 'NEW')},
          NULL, NULL, NEW.hlc);
END"""
    update = f"""CREATE TRIGGER sync_capture_update_{name} AFTER UPDATE ON "{name}" WHEN {_ACTIVE}
BEGIN
  INSERT INTO sync_outbox (op_id, tx_id, actor, table_name, row_id, kind, new_row, old_row, base_version, hlc)
  VALUES ({_OP_ID}, {_FLAG.format('tx')}, {_FLAG.format('actor')}, '{name}', NEW.id, 'update', {_json(table, 'NEW')},
          {_json(table, 'OLD')}, OLD.server_version, NEW.hlc);
END"""
    return [f"DROP TRIGGER IF EXISTS sync_capture_insert_{name}", f"DROP TRIGGER IF EXISTS sync_capture_update_{name}",
            insert, update]


def install_triggers(conn: Connection) -> None:
    for model in synced_models():
        table = model.__table__
        assert isinstance(table, Table)
        for statement in trigger_sql(table):
            conn.exec_driver_sql(statement)

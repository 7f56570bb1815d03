"""What crosses the wire: which columns merge field by field, and converting rows between the two databases."""

import json
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Table

from duty_desk.storage import migrate
from duty_desk.storage.base import SYNC_COLUMNS, SyncedBase, model_of, synced_models
from duty_desk.storage.types import UTCDateTime

META_COLUMNS = SYNC_COLUMNS


@cache
def schema_version() -> int:
    """The client's schema, as the number of its Alembic head ('0002' -> 2); every op carries it."""
    head = migrate.head_revision()
    return int(head) if head and head.isdigit() else 0


def table_of(model: type[SyncedBase]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def merged_fields(table: Table) -> list[str]:
    return [c.name for c in table.columns if c.name not in META_COLUMNS]


def synced_tables() -> dict[str, Table]:
    return {m.__tablename__: table_of(m) for m in synced_models()}


def to_local(table: Table, data: dict[str, Any]) -> dict[str, Any]:
    """A row as the server's to_jsonb gave it, converted to the values SQLAlchemy binds locally."""
    out: dict[str, Any] = {}
    for column in table.columns:
        value = data.get(column.name)
        if value is not None and isinstance(column.type, UTCDateTime) and isinstance(value, str):
            value = datetime.fromisoformat(value).replace(tzinfo=UTC)
        elif value is not None and isinstance(column.type, Boolean):
            value = bool(value)
        out[column.name] = value
    return out


def changed_fields(table: Table, new_row: str, old_row: str | None) -> tuple[dict[str, Any], list[str]]:
    """The captured row and the fields an op changed (all of them for an insert)."""
    new = json.loads(new_row)
    fields = merged_fields(table)
    if old_row is None:
        return new, fields
    old = json.loads(old_row)
    return new, [f for f in fields if new.get(f) != old.get(f)]


def verifier_columns() -> dict[str, str]:
    """The tables whose rows hold a password verifier, and the column it is in (storage.base.__verifier__)."""
    return {m.__tablename__: m.__verifier__ for m in synced_models() if m.__verifier__ is not None}


def is_append_only(table_name: str) -> bool:
    return model_of(table_name).__append_only__

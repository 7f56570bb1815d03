"""Generic capture and merge: every synced model in the project round-trips with no per-table sync code."""

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Boolean, DateTime, Integer, String, Table
from sync_compare import server_snapshot, snapshot
from sync_support import Server, Site

from duty_desk.storage.base import SyncedBase, synced_models
from duty_desk.sync.wire import META_COLUMNS


def _value(column: Any, n: int) -> Any:
    kind = column.type
    if column.foreign_keys:
        return None
    if isinstance(kind, Boolean):
        return n % 2 == 1
    if isinstance(kind, Integer):
        return 1000 + n
    if isinstance(kind, DateTime) or "DateTime" in type(kind).__name__:
        return datetime(2026, 11, 25, 8, 30, n % 60, tzinfo=UTC)
    text = f"{column.name}-{n}-值班"
    if isinstance(kind, String) and kind.length:
        text = text[-kind.length:]
    return text


def _sample(model: type[SyncedBase], n: int) -> SyncedBase:
    table = model.__table__
    assert isinstance(table, Table)
    values = {c.name: _value(c, n) for c in table.columns if c.name not in META_COLUMNS and c.name != "deleted"}
    return model(**values)


def _text_field(model: type[SyncedBase]) -> str:
    table = model.__table__
    assert isinstance(table, Table)
    return next(c.name for c in table.columns
                if isinstance(c.type, String) and c.name not in META_COLUMNS and not c.unique and not c.foreign_keys)


@pytest.mark.parametrize("model", synced_models(), ids=lambda m: m.__tablename__)
def test_model_round_trips(model: type[SyncedBase], make_site: Any, pg_server: Server) -> None:
    a: Site = make_site("a")
    b: Site = make_site("b")
    with a.db.transaction() as session:
        row = _sample(model, 7)
        session.add(row)
    row_id = row.id
    a.sync()
    b.sync()
    if not model.__append_only__:
        field = _text_field(model)
        with a.db.transaction() as session:
            obj = session.get(model, row_id)
            assert obj is not None
            setattr(obj, field, "改过的值 edited")
        a.sync()
        b.sync()
        with b.db.session() as session:
            copy = session.get(model, row_id)
            assert copy is not None and getattr(copy, field) == "改过的值 edited"
    with b.db.session() as session:
        assert session.get(model, row_id) is not None
    table = model.__tablename__
    assert snapshot(a.db.engine)[table] == snapshot(b.db.engine)[table] == server_snapshot(pg_server.admin_url)[table]
    assert len(snapshot(b.db.engine)[table]) == 1

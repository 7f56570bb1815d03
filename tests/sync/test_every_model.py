"""Generic capture and merge: every synced model in the project round-trips with no per-table sync code."""

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Boolean, DateTime, Integer, String, Table, select
from sqlalchemy.orm import Session
from sync_compare import server_snapshot, snapshot
from sync_support import Server, Site

from duty_desk.services.audit_chain import GENESIS
from duty_desk.storage.base import PushRule, SyncedBase, model_of, synced_models
from duty_desk.storage.models import RejectedOp
from duty_desk.storage.types import StrEnumType, rules_of
from duty_desk.sync.wire import META_COLUMNS


def _value(column: Any, n: int) -> Any:
    kind = column.type
    if column.foreign_keys:
        return None
    rules = rules_of(column.info)  # what the server checks besides the type (sync.server_checks)
    enum = kind.enum if isinstance(kind, StrEnumType) else rules.enum
    if enum is not None:  # a member of its enum, as the services store
        members: list[Any] = list(enum.__members__.values())
        return members[n % len(members)]
    if rules.json is not None:
        return json.dumps({column.name: n})
    if isinstance(kind, Boolean):
        return n % 2 == 1
    if isinstance(kind, Integer):
        return min(1000 + n, rules.maximum if rules.maximum is not None else 1000 + n)
    if isinstance(kind, DateTime) or "DateTime" in type(kind).__name__:
        return datetime(2026, 11, 25, 8, 30, n % 60, tzinfo=UTC)
    text = f"{column.name}-{n}-值班"
    if isinstance(kind, String) and kind.length:
        text = text[-kind.length:]
    return text


# The server takes an audit entry only as the next of its site's chain (sync/server_audit.sql).
FIXED: dict[str, dict[str, Any]] = {"audit_log": {"seq": 1, "prev_hash": GENESIS}}


def _sample(session: Session, model: type[SyncedBase], n: int) -> SyncedBase:
    """A row with a value in every column; a required reference gets a parent row of its own."""
    table = model.__table__
    assert isinstance(table, Table)
    values = {}
    parents = 0  # two required references (a sending's report and report made) each get parents of their own
    for column in table.columns:
        if column.name in META_COLUMNS or column.name == "deleted":
            continue
        if column.foreign_keys and not column.nullable:
            parent_model = model_of(next(iter(column.foreign_keys)).column.table.name)
            parents += 1
            values[column.name] = _sample(session, parent_model, n + 100 * parents).id
        else:
            values[column.name] = _value(column, n)
    values.update(FIXED.get(model.__tablename__, {}))
    row = model(**values)
    session.add(row)
    session.flush()
    return row


def _text_field(model: type[SyncedBase]) -> tuple[str, str]:
    """A free-text field and an edited value that fits it."""
    table = model.__table__
    assert isinstance(table, Table)
    column = next(c for c in table.columns
                  if isinstance(c.type, String) and c.name not in META_COLUMNS and not c.unique and not c.foreign_keys
                  and rules_of(c.info).enum is None and rules_of(c.info).json is None)
    return str(column.name), "改过的值 edited"[:column.type.length]


def report_reason(site: Site) -> str:
    with site.db.session() as session:
        return str(session.scalars(select(RejectedOp.reason)).one())


@pytest.mark.parametrize("model", synced_models(), ids=lambda m: m.__tablename__)
def test_model_round_trips(model: type[SyncedBase], make_site: Any, pg_server: Server) -> None:
    a: Site = make_site("a")
    b: Site = make_site("b")
    with a.db.transaction() as session:
        row_id = _sample(session, model, 7).id
    report = a.sync()
    if model.__push__ is PushRule.SERVER_ONLY:  # the server's own records come from the server alone
        assert report.rejected == 1 and "only the server makes" in report_reason(a)
        with a.db.session() as session:
            assert session.get(model, row_id) is None
        assert server_snapshot(pg_server.admin_url)[model.__tablename__] == []
        return
    b.sync()
    if not model.__append_only__:
        field, edited = _text_field(model)
        with a.db.transaction() as session:
            obj = session.get(model, row_id)
            assert obj is not None
            setattr(obj, field, edited)
        a.sync()
        b.sync()
        with b.db.session() as session:
            copy = session.get(model, row_id)
            assert copy is not None and getattr(copy, field) == edited
    with b.db.session() as session:
        assert session.get(model, row_id) is not None
    table = model.__tablename__
    assert snapshot(a.db.engine)[table] == snapshot(b.db.engine)[table] == server_snapshot(pg_server.admin_url)[table]
    assert len(snapshot(b.db.engine)[table]) == 1

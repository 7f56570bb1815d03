"""The server checks every pushed value. As an attacker holding one workstation's login would: nothing but
sync_hello and sync_push, against a real PostgreSQL set up by `server init`."""

import json
import time
import uuid
from collections.abc import Iterable, Iterator
from enum import StrEnum
from typing import Any, cast

import psycopg
import pytest
from psycopg.types.json import Jsonb
from sqlalchemy import BigInteger, Boolean, Column, Integer, String, Table
from sync_support import Server, Site, admin_of

from duty_desk.domain.directory import PersonData
from duty_desk.domain.hlc import pack
from duty_desk.domain.ids import uuid7
from duty_desk.services import directory
from duty_desk.storage.base import synced_models
from duty_desk.storage.types import StrEnumType, UTCDateTime, rules_of
from duty_desk.sync.server_checks import INT_RANGE, SERVER_SET
from duty_desk.sync.wire import schema_version, synced_tables

NOW = "2026-12-01 08:30:00.000000"


class Attacker:
    """A workstation login used directly: a site of its own, registered by sync_hello."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn
        self.site = str(uuid.uuid4())
        conn.execute("SELECT duty_sync.sync_hello(%s, %s)", (self.site, int(time.time() * 1000)))

    def push(self, *ops: dict[str, Any]) -> list[dict[str, Any]]:
        row = self.conn.execute("SELECT duty_sync.sync_push(%s, %s)", (self.site, Jsonb(list(ops)))).fetchone()
        assert row is not None
        return list(row[0])


@pytest.fixture
def attacker(pg_server: Server) -> Iterator[Attacker]:
    role, password = pg_server.add()
    with psycopg.connect(pg_server.url, user=role, password=password, autocommit=True) as conn:
        yield Attacker(conn)


def op(table: str, row: dict[str, Any], hlc: int | None = None, **extra: Any) -> dict[str, Any]:
    stamp = hlc if hlc is not None else pack(int(time.time() * 1000), 0)
    return {"op_id": str(uuid.uuid4()), "table": table, "row_id": row["id"], "row": row,
            "changed": [c for c in row if c != "id"], "base": None, "hlc": stamp, "actor": "mallory",
            "schema": schema_version(), **extra}


def _valid(column: Column[Any]) -> Any:
    """A value every check accepts, as a workstation's capture sends it."""
    kind, rules = column.type, rules_of(column.info)
    if column.name == "id":
        return uuid7()
    if column.foreign_keys:
        return uuid7()  # checked values only: the row is never written (see the control below)
    enum = kind.enum if isinstance(kind, StrEnumType) else rules.enum
    if enum is not None:
        return str(next(iter(cast(Iterable[StrEnum], enum))).value)
    if rules.json is not None:
        return json.dumps({"ok": 1})
    if isinstance(kind, Boolean):
        return 1
    if rules.stamp:
        return pack(int(time.time() * 1000), 0)
    if isinstance(kind, Integer):
        return max(rules.minimum or 0, 1)
    if isinstance(kind, UTCDateTime):
        return NOW
    return "值班"


def valid_row(table: Table) -> dict[str, Any]:
    return {c.name: _valid(c) for c in table.columns if c.name not in SERVER_SET}


def hostile_values(column: Column[Any]) -> list[Any]:
    """Values the column's declarations forbid: the wrong kind, too long, out of range, 'infinity', year 1, an
    unknown enum, a huge JSON, nothing where a value is required."""
    kind, rules = column.type, rules_of(column.info)
    values: list[Any] = [] if column.nullable else [None]
    if isinstance(kind, Boolean):
        return [*values, "maybe", 2, [True]]
    if isinstance(kind, Integer):
        low, high = INT_RANGE if not isinstance(kind, BigInteger) else (-(2**63), 2**63 - 1)
        low = 0 if rules.stamp else rules.minimum if rules.minimum is not None else low
        values += ["12", 1.5, "abc", low - 1, -(2**63), 2**70]
        if rules.maximum is not None or not isinstance(kind, BigInteger):
            values.append((rules.maximum if rules.maximum is not None else high) + 1)
        if rules.stamp and column.name != "hlc":  # the row's own stamp is clamped instead (see below)
            values.append(2**62)
        return values
    if isinstance(kind, UTCDateTime):
        return [*values, "infinity", "-infinity", "0001-01-01 00:00:00", "1999-12-31 23:59:59",
                "2200-01-01 00:00:00", "2026-12-01 08:30:00+08", "yesterday", 1764577800]
    declared: int = (getattr(kind.impl_instance, "length", None) if isinstance(kind, StrEnumType)
                     else getattr(kind, "length", None)) or 0
    limit = rules.max_length or declared
    values += [12345, ["a"], {"a": 1}, "x" * (limit + 1)]
    if isinstance(kind, StrEnumType) or rules.enum is not None:
        values += ["root", "ADMIN "]
    if rules.json is not None:
        values += ["{not json", json.dumps(list(range(limit)))]
    return values


def _cases() -> list[tuple[str, str, Any]]:
    return [(t, c.name, v) for t, table in sorted(synced_tables().items()) for c in table.columns
            if c.name not in SERVER_SET for v in hostile_values(c)]


def test_every_column_of_every_synced_model_refuses_a_hostile_value(attacker: Attacker, pg_server: Server) -> None:
    assert {m.__tablename__ for m in synced_models()} == set(synced_tables())
    tables = synced_tables()
    ops = []
    for table_name, column, value in _cases():
        row = valid_row(tables[table_name])
        row[column] = value
        extra: dict[str, Any] = {"row_id": str(value)} if column == "id" else {}
        ops.append(op(table_name, row, **extra))
    answers = [a for start in range(0, len(ops), 50) for a in attacker.push(*ops[start:start + 50])]
    assert len(answers) == len(ops) > 500
    cases = _cases()
    for (table_name, column, value), answer in zip(cases, answers, strict=True):
        shown = repr(value)[:60]
        assert answer["status"] == "rejected", (table_name, column, shown, answer)
        assert answer["reason"].startswith(f"refused value: {table_name}.{column}: "), (shown, answer["reason"])
    # Nothing of them was written; and the rows they were made from pass every check (only the value was wrong).
    assert pg_server.query("SELECT count(*) FROM duty_sync.change_log") == [(0,)]
    for table_name, table in tables.items():
        pg_server.query("SELECT duty_sync.validate_row(%s, %s)", (table_name, Jsonb(valid_row(table))))


def test_every_text_column_declares_its_maximum_length() -> None:
    for table_name, table in synced_tables().items():
        for column in table.columns:
            kind = column.type
            if isinstance(kind, String) and not isinstance(kind, StrEnumType):
                assert kind.length or rules_of(column.info).max_length, f"{table_name}.{column.name}"


def _person(name: str = "张三", **values: Any) -> dict[str, Any]:
    table = synced_tables()["people"]
    return {**valid_row(table), "organisation_id": None, "name": name, **values}


def test_a_person_created_at_infinity_is_refused(attacker: Attacker, pg_server: Server) -> None:
    answer, = attacker.push(op("people", _person(created_at="infinity")))
    assert answer["status"] == "rejected" and "people.created_at" in answer["reason"]
    answer, = attacker.push(op("people", _person(updated_at="0001-01-01 00:00:00")))
    assert answer["status"] == "rejected" and "people.updated_at" in answer["reason"]
    assert pg_server.query("SELECT count(*) FROM people") == [(0,)]
    answer, = attacker.push(op("people", _person()))  # the same row with honest times goes in
    assert answer["status"] == "applied"


def test_a_user_with_role_root_is_refused(attacker: Attacker, pg_server: Server) -> None:
    user = {**valid_row(synced_tables()["users"]), "username": "mallory", "role": "root"}
    answer, = attacker.push(op("users", user))
    assert answer["status"] == "rejected"
    assert answer["reason"].startswith("refused value: users.role: must be one of")
    assert pg_server.query("SELECT count(*) FROM users WHERE role = 'root'") == [(0,)]


def test_a_conflict_stamped_minus_two_to_the_63_is_refused(attacker: Attacker, pg_server: Server) -> None:
    conflict = {**valid_row(synced_tables()["sync_conflicts"]), "record_table": "people", "field": "title",
                "kept_value": '"a"', "lost_value": '"b"', "kept_hlc": -(2**63), "lost_hlc": -(2**63)}
    answer, = attacker.push(op("sync_conflicts", conflict))
    assert answer["status"] == "rejected" and "sync_conflicts.kept_hlc" in answer["reason"]
    answer, = attacker.push(op("sync_conflicts", {**conflict, "kept_hlc": 0, "lost_hlc": 0}, hlc=-(2**63)))
    assert answer["status"] == "rejected" and "hlc" in answer["reason"]
    assert pg_server.query("SELECT count(*) FROM sync_conflicts") == [(0,)]


def test_sixty_megabytes_of_notes_are_refused(attacker: Attacker, pg_server: Server) -> None:
    with pytest.raises(psycopg.errors.ProgramLimitExceeded, match="batch refused"):  # over the batch byte limit
        attacker.push(op("people", _person(notes="备注" * 30_000_000)))
    answer, = attacker.push(op("people", _person(notes="备注" * 1_500)))  # within it: the value's own rule
    assert answer["status"] == "rejected"
    assert answer["reason"] == "refused value: people.notes: at most 2000 characters"
    answer, = attacker.push(op("people", _person(notes="备" * 2000)))  # the app's own limit is accepted
    assert answer["status"] == "applied"


def test_a_far_future_stamp_is_clamped_flagged_and_never_beats_a_concurrent_edit(
        make_site: Any, attacker: Attacker, pg_server: Server) -> None:
    a: Site = make_site("a")
    actor = admin_of(a)
    person_id = directory.save_person(a.services, actor, PersonData(name="李四", title="科员"))
    a.sync()
    (row,) = pg_server.query("SELECT to_jsonb(p) FROM people p WHERE id = %s", (person_id,))
    seen = row[0]
    base = seen["server_version"]
    # The honest edit, then the attacker's concurrent one (from the same base) stamped 2^62.
    directory.save_person(a.services, actor, PersonData(name="李四", title="处长"), person_id)
    a.sync()
    forged = {k: v for k, v in seen.items() if k != "server_version"}
    forged.update(title="伪造", hlc=2**62, created_at=NOW, updated_at=NOW)
    answer, = attacker.push(op("people", forged, hlc=2**62, changed=["title"], base=base))
    assert answer["status"] == "conflict", answer
    ((title, hlc),) = pg_server.query("SELECT title, hlc FROM people WHERE id = %s", (person_id,))
    assert title == "处长"
    assert "ahead of the server's clock" in answer["flag"]
    assert pg_server.query("SELECT hlc < %s FROM duty_sync.applied_ops WHERE op_id = %s",
                           (2**62, answer["op_id"])) == [(True,)]  # what later replay guards compare with
    assert hlc <= pack(int(time.time() * 1000) + 5 * 60 * 1000, 0xFFFF)  # clamped, not 2^62
    ((kept, lost, lost_hlc),) = pg_server.query(
        "SELECT kept_value, lost_value, lost_hlc FROM sync_conflicts WHERE record_id = %s", (person_id,))
    assert (json.loads(kept), json.loads(lost)) == ("处长", "伪造") and lost_hlc < 2**62


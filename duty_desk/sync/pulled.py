"""Reading pulled rows: what this workstation cannot read or store is set aside, never a stop for the sync.

A row from the server may hold a value an older server accepted or a newer version wrote ('infinity' for a
time, a role this version does not know, a string longer than its column, an hlc below zero, a parent that never
arrived), or claim this workstation's own origin for history it never wrote. Such a row goes to sync_set_aside
with the reason, the cursor moves past it, and a later good version of the same row replaces it.

The checks are the column types that can fail, done once per value in the same loop that converts the row;
anything SQLite itself refuses (a CHECK, a unique clash) is found row by row only when a page's batch fails.
"""

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import BigInteger, Boolean, Integer, String, Table, Text, case, delete, exists, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from duty_desk.domain.timefmt import utcnow
from duty_desk.storage.models import SetAsideRow
from duty_desk.storage.types import StrEnumType, UTCDateTime
from duty_desk.sync.wire import is_append_only

INT64 = 2**63
FIRST_YEAR, LAST_YEAR = 1900, 9998  # shown in Beijing time (+8 h) and compared: both ends stay in range
IN_CHUNK = 500


class Unreadable(ValueError):
    """Why a pulled row cannot be read here, in words for the administrator."""


@dataclass(frozen=True)
class Pulled:
    seq: int
    table: Table
    data: dict[str, Any]
    values: dict[str, Any]  # as SQLAlchemy binds them locally

    @property
    def key(self) -> tuple[str, str]:
        return self.table.name, str(self.values["id"])


Reader = Callable[[Any], Any]


def _text(length: int | None, choices: frozenset[str] | None) -> Reader:
    def read(value: Any) -> Any:
        if not isinstance(value, str):
            raise Unreadable(f"not text: {type(value).__name__}")
        if length is not None and len(value) > length:
            raise Unreadable(f"{len(value)} characters, more than the {length} this column holds")
        if choices is not None and value not in choices:
            raise Unreadable(f"{value[:40]!r} is not a value this version of Duty Desk knows")
        return value
    return read


def _integer(low: int) -> Reader:
    def read(value: Any) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            raise Unreadable(f"not a whole number: {type(value).__name__}")
        if not low <= value < INT64:
            raise Unreadable(f"{value} is out of range")
        return value
    return read


def _boolean(value: Any) -> Any:
    if not isinstance(value, bool):
        raise Unreadable(f"not true or false: {type(value).__name__}")
    return value


def _timestamp(value: Any) -> Any:
    if not isinstance(value, str):
        raise Unreadable(f"not a time: {type(value).__name__}")
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise Unreadable(f"{value[:40]!r} is not a time") from None
    if not FIRST_YEAR <= when.year <= LAST_YEAR:
        raise Unreadable(f"{value[:40]!r} is out of range")
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def _reader(name: str, column_type: Any) -> Reader | None:
    """None: a type whose every JSON value binds (kept as it came)."""
    if isinstance(column_type, UTCDateTime):
        return _timestamp
    if isinstance(column_type, StrEnumType):
        length = column_type.impl_instance.length  # type: ignore[attr-defined]  # impl is String
        return _text(length, frozenset(column_type.enum._value2member_map_))
    if isinstance(column_type, Boolean):
        return _boolean
    if isinstance(column_type, (Integer, BigInteger)):
        return _integer(0 if name == "hlc" or name.endswith("_hlc") else -INT64)  # a clock is never negative
    if isinstance(column_type, (String, Text)):
        return _text(column_type.length, None)
    return None


@cache
def _append_only(table: Table) -> bool:
    return is_append_only(table.name)


@cache
def _readers(table: Table) -> tuple[tuple[str, bool, Reader | None], ...]:
    return tuple((c.name, bool(c.nullable) and not c.primary_key, _reader(c.name, c.type)) for c in table.columns)


def read_row(table: Table, data: Any) -> dict[str, Any]:
    """The row as SQLAlchemy binds it here, or Unreadable naming the column and what is wrong."""
    if not isinstance(data, dict):
        raise Unreadable(f"not a row: {type(data).__name__}")
    out: dict[str, Any] = {}
    for name, nullable, read in _readers(table):
        value = data.get(name)
        if value is None:
            if not nullable:
                raise Unreadable(f"{name}: no value")
        elif read is not None:
            try:
                value = read(value)
            except Unreadable as exc:
                raise Unreadable(f"{name}: {exc}") from None
        out[name] = value
    return out


def _row_id(data: Any) -> str:
    row_id = data.get("id") if isinstance(data, dict) else None
    return str(row_id)[:100] if row_id is not None else "?"


def read_page(session: Session, site_id: str, rows: Iterable[tuple[int, Table, Any]]
              ) -> tuple[list[Pulled], list[tuple[int, Table, Any, str]]]:
    """The rows that may be stored here, and those set aside with their reasons (not yet written)."""
    good: list[Pulled] = []
    bad: list[tuple[int, Table, Any, str]] = []
    for seq, table, data in rows:
        try:
            good.append(Pulled(seq, table, data, read_row(table, data)))
        except Unreadable as exc:
            bad.append((seq, table, data, str(exc)))
    for check in (_not_ours, _parents_present):
        refused = check(session, site_id, good)
        if refused:
            bad += [(p.seq, p.table, p.data, reason) for p, reason in refused]
            gone = {id(p) for p, _ in refused}
            good = [p for p in good if id(p) not in gone]
    return good, bad


_SERVER_SET = frozenset({"server_version", "hlc"})


def _not_ours(session: Session, site_id: str, good: list[Pulled]) -> list[tuple[Pulled, str]]:
    """History claiming this workstation's own origin that it does not hold identically: another's row must
    never take one of this workstation's own audit sequence numbers (or any entry of its own history)."""
    claimed: dict[Table, list[Pulled]] = {}
    for p in good:
        if p.values["origin_site"] == site_id and _append_only(p.table):
            claimed.setdefault(p.table, []).append(p)
    refused = []
    for table, items in claimed.items():
        held = {row["id"]: row for row in _rows_by_id(session, table, [p.values["id"] for p in items])}
        for p in items:
            mine = held.get(p.values["id"])
            # The server may have clamped a fast clock's stamp (hlc): the rest must be exactly what was written.
            if mine is None or any(mine[k] != v for k, v in p.values.items() if k not in _SERVER_SET):
                refused.append((p, "claims this workstation as its origin, but this workstation never wrote it"))
    return refused


def _parents_present(session: Session, _site_id: str, good: list[Pulled]) -> list[tuple[Pulled, str]]:
    """A reference to a record neither held here nor arriving in this page; repeated, since a row set aside
    leaves the rows that point at it without their parent."""
    refused: list[tuple[Pulled, str]] = []
    while True:
        arriving = {p.key for p in good}
        found = []
        for p in good:
            for fk in p.table.foreign_keys:
                value = p.values.get(fk.parent.name)
                if value is not None and (fk.column.table.name, str(value)) not in arriving:
                    found.append((p, fk))
        if not found:
            return refused
        wanted: dict[Table, set[Any]] = {}
        for p, fk in found:
            wanted.setdefault(fk.column.table, set()).add(p.values[fk.parent.name])
        held = {(t.name, str(i)) for t, ids in wanted.items() for i in _ids_held(session, t, ids)}
        missing: dict[int, tuple[Pulled, str]] = {}
        for p, fk in found:
            if (fk.column.table.name, str(p.values[fk.parent.name])) not in held:
                missing[id(p)] = (p, f"{fk.parent.name}: refers to a {fk.column.table.name} record this "
                                     "workstation does not have")
        if not missing:
            return refused
        refused += missing.values()
        good[:] = [p for p in good if id(p) not in missing]


def _ids_held(session: Session, table: Table, ids: Iterable[Any]) -> set[Any]:
    wanted = list(ids)
    held: set[Any] = set()
    for start in range(0, len(wanted), IN_CHUNK):
        held.update(session.scalars(select(table.c.id).where(table.c.id.in_(wanted[start:start + IN_CHUNK]))))
    return held


def _rows_by_id(session: Session, table: Table, ids: list[Any]) -> list[Any]:
    out: list[Any] = []
    for start in range(0, len(ids), IN_CHUNK):
        out += session.execute(select(table).where(table.c.id.in_(ids[start:start + IN_CHUNK]))).mappings().all()
    return out


def set_aside(session: Session, seq: int, table_name: str, data: Any, reason: str) -> None:
    """Keep the row as it came; a newer unreadable version of the same row takes the older one's place."""
    stmt = sqlite_insert(SetAsideRow).values(table_name=table_name, row_id=_row_id(data), seq=seq, reason=reason,
                                             data=json.dumps(data, ensure_ascii=False, default=str),
                                             set_aside_at=utcnow())
    again = SetAsideRow.seq == stmt.excluded.seq  # tried again: it keeps the time it was first set aside
    session.execute(stmt.on_conflict_do_update(index_elements=["table_name", "row_id"], set_={
        "seq": stmt.excluded.seq, "data": stmt.excluded.data, "reason": stmt.excluded.reason,
        "set_aside_at": case((again, SetAsideRow.set_aside_at), else_=stmt.excluded.set_aside_at)}))


def any_set_aside(session: Session) -> bool:
    return bool(session.scalar(select(exists().where(SetAsideRow.seq.is_not(None)))))


def clear(session: Session, stored: Mapping[tuple[str, str], int]) -> None:
    """A good version of these rows was stored (at these seqs): a version set aside before it is out of date."""
    for (table_name, row_id), seq in stored.items():
        session.execute(delete(SetAsideRow).where(SetAsideRow.table_name == table_name,
                                                  SetAsideRow.row_id == row_id, SetAsideRow.seq <= seq))


def waiting(session: Session) -> list[tuple[int, str, Any]]:
    """Every set-aside row as the pull gave it, oldest first, to be tried again (its parent may have come)."""
    rows = session.execute(select(SetAsideRow.seq, SetAsideRow.table_name, SetAsideRow.data)
                           .order_by(SetAsideRow.seq)).all()
    return [(seq, table_name, json.loads(data)) for seq, table_name, data in rows]

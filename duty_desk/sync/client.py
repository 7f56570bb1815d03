"""One sync run of a workstation: hello (clock), push the outbox, pull the change log.

Push before pull. Every step is safe to cut at any point: outbox rows leave only after the server's answer is
recorded, replays are deduplicated by op_id on the server, and each pulled page is written together with the
new cursor in one local transaction.
"""

import json
import time
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg.types.json import Jsonb
from sqlalchemy import Table, UniqueConstraint, delete, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from duty_desk.domain.changes import ChangeSet, committed
from duty_desk.domain.hlc import pack
from duty_desk.domain.timefmt import utcnow
from duty_desk.storage.base import verifier_of
from duty_desk.storage.database import Database
from duty_desk.storage.models import OutboxOp, PasswordProof, RejectedOp, SiteMeta, SyncFlag
from duty_desk.sync import pulled
from duty_desk.sync.pulled import Pulled
from duty_desk.sync.wire import (
    changed_fields,
    is_append_only,
    schema_version,
    synced_tables,
    to_local,
    verifier_columns,
)

PUSH_BATCH = 500  # ops a call: about 0.6 s of the push lock on a 2-core machine (1,000 ops took 1.2-1.5 s)
PUSH_BATCH_MAX = 700  # a batch grows past PUSH_BATCH to finish a local transaction, up to here (~0.9 s)
PUSH_BYTES = 4 * 1024 * 1024  # the server's default limit, until its hello says otherwise
LIMITS = "sync_push_limits"  # the server's limits a call, as its hello gave them
PULL_PAGE = 1000
CLOCK_WARNING_MS = 5 * 60 * 1000
CURSOR = "sync_cursor"
SITES = "sync_sites"
SETTLED = "sync_settled"  # op ids whose answers are recorded here, not yet reported to the server
DONE = ("applied", "merged", "conflict")

# Called in the transaction that applied rows from the server, with the ids that arrived by table, after the
# capture is on again: what a hook writes (e.g. a re-folded workflow state) is pushed like any local edit.
AppliedHook = Callable[[Session, Mapping[str, Collection[str]]], None]
_applied_hooks: list[AppliedHook] = []


def on_applied(hook: AppliedHook) -> None:
    if hook not in _applied_hooks:
        _applied_hooks.append(hook)


def _run_applied_hooks(session: Session, arrived: Mapping[str, Collection[str]]) -> None:
    if arrived:
        for hook in _applied_hooks:
            hook(session, arrived)


@dataclass
class SyncReport:
    pushed: int = 0
    conflicts: int = 0
    rejected: int = 0
    waiting: int = 0
    pulled: int = 0
    clock_offset_ms: int = 0
    seconds: float = 0.0
    reasons: list[str] = field(default_factory=list)
    busy: bool = False  # the server was busy with another workstation's push: the rest goes next run
    changed: ChangeSet = field(default_factory=ChangeSet)  # what this run wrote here: pulled rows, refusals

    def note(self, records: set[tuple[str, str]]) -> None:
        """A transaction of this run committed `records`."""
        self.changed |= ChangeSet(frozenset(records))
        committed(records)

    @property
    def clock_suspect(self) -> bool:
        return abs(self.clock_offset_ms) > CLOCK_WARNING_MS


def meta_get(session: Session, key: str, default: str = "") -> str:
    row = session.get(SiteMeta, key)
    return row.value if row else default


def hello(db: Database, conn: psycopg.Connection) -> int:
    """Register with the server; returns this clock's offset from the server's, in ms."""
    local_ms = int(time.time() * 1000)
    row = conn.execute("SELECT duty_sync.sync_hello(%s, %s)", (db.site_id, local_ms)).fetchone()
    assert row is not None
    answer: dict[str, Any] = row[0]
    db.clock.observe(pack(int(answer["server_ms"]), 0))  # a lagging clock catches up with the server
    with db.transaction() as session:  # workstation names, to say where a conflicting edit was made
        session.merge(SiteMeta(key=SITES, value=json.dumps(answer.get("sites", {}))))
        limits = {"ops": answer.get("push_batch_ops", PUSH_BATCH_MAX),
                  "bytes": answer.get("push_batch_bytes", PUSH_BYTES)}
        session.merge(SiteMeta(key=LIMITS, value=json.dumps(limits)))
    return local_ms - int(answer["server_ms"])


def _limits(db: Database) -> tuple[int, int]:
    """Ops and bytes a call, as the server's hello gave them (capped by this client's own batch size)."""
    with db.session() as session:
        limits = json.loads(meta_get(session, LIMITS, "{}"))
    return min(PUSH_BATCH_MAX, int(limits.get("ops", PUSH_BATCH_MAX))), int(limits.get("bytes", PUSH_BYTES))


def _next_batch(session: Session, most: int = PUSH_BATCH_MAX) -> list[OutboxOp]:
    """The next ops in order; a local transaction is kept in one call up to PUSH_BATCH_MAX ops and split past
    that, so no call holds the server's push lock long. Splitting is safe: the server answers each op on its
    own (a refused op is refused alone), and the replay guard needs only that a site's ops arrive in order."""
    ops = list(session.scalars(select(OutboxOp).order_by(OutboxOp.seq).limit(min(PUSH_BATCH, most))))
    if len(ops) == PUSH_BATCH and most > PUSH_BATCH:
        rest = session.scalars(select(OutboxOp).where(OutboxOp.tx_id == ops[-1].tx_id, OutboxOp.seq > ops[-1].seq)
                               .order_by(OutboxOp.seq).limit(most - PUSH_BATCH))
        ops.extend(rest)
    return ops


def _within_bytes(wire: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    """The leading wire ops that fit the server's byte limit a call (measured as the server measures, with a
    margin); the rest stay queued for the next call."""
    budget = limit * 9 // 10
    used = 2
    for i, op in enumerate(wire):
        used += len(json.dumps(op, ensure_ascii=False, separators=(", ", ": ")).encode()) + 2
        if used > budget:
            return wire[:i]
    return wire


def _unsendable(ops: list[OutboxOp], limit: int) -> list[tuple[OutboxOp, str]]:
    """Ops the server can never take, with the reason: a NUL (PostgreSQL text cannot hold one), or a first op
    larger on its own than the server takes in a call."""
    out = [(op, "contains a NUL character, which the server cannot store") for op in ops if "\\u0000" in op.new_row]
    wire, _ = wire_ops(ops[:1])
    if not out and wire and not _within_bytes(wire, limit):
        out.append((ops[0], f"larger than the server takes in one call ({limit} bytes)"))
    return out


def wire_ops(ops: list[OutboxOp], proofs: Mapping[str, str] | None = None) -> tuple[list[dict[str, Any]], list[int]]:
    """The ops as the server takes them, and the outbox seqs of captured updates that changed nothing.
    `proofs`: password proofs by the verifier of the change they go with (_proofs)."""
    tables = synced_tables()
    version = schema_version()
    verifiers = verifier_columns()
    wire, noops = [], []
    for op in ops:
        row, changed = changed_fields(tables[op.table_name], op.new_row, op.old_row)
        if not changed:
            noops.append(op.seq)
            continue
        entry = {"op_id": op.op_id, "table": op.table_name, "row_id": op.row_id, "row": row, "changed": changed,
                 "base": op.base_version, "hlc": op.hlc, "actor": op.actor, "schema": version}
        column = verifiers.get(op.table_name)
        if proofs and column in changed and (proof := proofs.get(verifier_of(str(row.get(column) or "")))):
            entry["proof"] = proof  # beside the row, never in it: the key is no one else's to see
        wire.append(entry)
    return wire, noops


def _proofs(session: Session, ops: list[OutboxOp]) -> dict[str, str]:
    """The proofs kept for password changes among `ops` (services.accounts.change_password)."""
    columns = verifier_columns()
    verifiers = {verifier_of(str(json.loads(op.new_row).get(columns[op.table_name]) or ""))
                 for op in ops if op.table_name in columns}
    verifiers.discard("")
    if not verifiers:
        return {}
    return {p.verifier: p.proof for p in session.scalars(select(PasswordProof)
                                                          .where(PasswordProof.verifier.in_(verifiers)))}


def push(db: Database, conn: psycopg.Connection, report: SyncReport) -> None:
    tables = synced_tables()
    settle(db, conn)  # what an earlier run recorded but could not report
    most, limit = _limits(db)
    while True:
        with db.session() as session:
            ops = _next_batch(session, most)
            proofs = _proofs(session, ops)
        if not ops:
            return
        unsendable = _unsendable(ops, limit)
        if unsendable:
            with db.transaction() as session:
                for op, reason in unsendable:
                    session.execute(_reject(
                        op_id=op.op_id, table_name=op.table_name, row_id=op.row_id, actor=op.actor,
                        new_row=op.new_row, reason=reason, rejected_at=utcnow()))
                session.execute(delete(OutboxOp).where(OutboxOp.seq.in_([op.seq for op, _ in unsendable])))
            report.rejected += len(unsendable)
            report.note({(RejectedOp.__tablename__, op.op_id) for op, _ in unsendable})
            continue
        wire, noops = wire_ops(ops, proofs)
        wire = _within_bytes(wire, limit)  # the ops left out stay queued, unanswered, for the next call
        answers: list[dict[str, Any]] = []
        if wire:
            try:
                result = conn.execute("SELECT duty_sync.sync_push(%s, %s)", (db.site_id, Jsonb(wire))).fetchone()
            except psycopg.errors.LockNotAvailable as exc:
                # Another workstation is pushing: the rest stays queued, in order, for the next run.
                report.busy = True
                report.reasons.append(str(exc).strip().splitlines()[0])
                return
            assert result is not None
            answers = result[0]
        by_id = {a["op_id"]: a for a in answers}
        done = list(noops)
        answered: list[str] = []
        settled: list[tuple[Table, dict[str, Any]]] = []
        changed: set[tuple[str, str]] = set()
        with db.transaction() as session:
            _set_applying(session, True)
            session.execute(text("PRAGMA defer_foreign_keys = ON"))  # a refused parent goes before its children
            for op in ops:
                answer = by_id.get(op.op_id)
                if answer is None:
                    continue
                status = answer["status"]
                if status == "waiting":
                    report.waiting += 1
                    if answer.get("reason") not in report.reasons:
                        report.reasons.append(answer["reason"])
                    continue
                if status == "rejected":
                    session.execute(_reject(
                        op_id=op.op_id, table_name=op.table_name, row_id=op.row_id, actor=op.actor,
                        new_row=op.new_row, reason=answer.get("reason", ""), rejected_at=utcnow()))
                    _fall_back(session, tables[op.table_name], op.row_id, answer.get("current"))
                    report.rejected += 1
                    changed |= {(RejectedOp.__tablename__, op.op_id), (op.table_name, op.row_id)}
                else:
                    if status == "conflict":
                        report.conflicts += 1
                    if answer.get("current") is not None:
                        settled.append((tables[op.table_name], answer["current"]))
                report.pushed += 1
                done.append(op.seq)
                answered.append(op.op_id)
            session.execute(delete(OutboxOp).where(OutboxOp.seq.in_(done)))
            columns = verifier_columns()
            proved = {verifier_of(str(w["row"].get(columns[w["table"]])))
                      for w in wire if "proof" in w and w["op_id"] in answered}
            if proved:  # answered: their proofs are done
                session.execute(delete(PasswordProof).where(PasswordProof.verifier.in_(proved)))
            # In the same transaction: these ops will never be sent again, which the server is told next.
            session.merge(SiteMeta(key=SETTLED, value=json.dumps(json.loads(meta_get(session, SETTLED, "[]"))
                                                                 + answered)))
            # Rows the server left as they were (our value lost, or was there already) come back as the server
            # has them; fields with edits still queued here stay on top.
            protected = _protected(session, {(t.name, row["id"]) for t, row in settled})
            for table, row in settled:
                _apply_pulled(session, table, to_local(table, row), protected.get((table.name, row["id"]), set()))
                changed.add((table.name, row["id"]))
            _set_applying(session, False)
            _run_applied_hooks(session, _by_table((table.name, row["id"]) for table, row in settled))
        report.note(changed)
        settle(db, conn)
        if report.waiting:
            return  # the server wants a newer client: keep the rest queued, in order


def settle(db: Database, conn: psycopg.Connection) -> None:
    """Tell the server which answers are recorded here, so it may let those ops' replay guard go in time.
    Cut before the server hears it, the ids stay and go with the next call; told twice, nothing changes."""
    with db.session() as session:
        told = json.loads(meta_get(session, SETTLED, "[]"))
    if not told:
        return
    conn.execute("SELECT duty_sync.sync_settle(%s, %s)", (db.site_id, Jsonb(told)))
    with db.transaction() as session:
        sent = set(told)
        left = [op_id for op_id in json.loads(meta_get(session, SETTLED, "[]")) if op_id not in sent]
        session.merge(SiteMeta(key=SETTLED, value=json.dumps(left)))


def _reject(**values: Any) -> Any:
    """Insert into sync_rejected once: the same op can be refused by the server and swept up locally."""
    return sqlite_insert(RejectedOp).values(**values).on_conflict_do_nothing()


def _fall_back(session: Session, table: Table, row_id: str, current: dict[str, Any] | None) -> None:
    """After a refusal the row returns to the server's version; one the server never had leaves this
    database (its content stays in sync_rejected), so every site holds the same rows."""
    if current is None:
        if is_append_only(table.name):
            return  # history stays (an audit chain must not get a hole); sync_rejected says it is local only
        _refuse_locally(session, table, row_id, "the server refused the record it belongs to")
        return
    values = to_local(table, current)
    session.execute(sqlite_insert(table).values(**values).on_conflict_do_update(
        index_elements=["id"], set_={k: v for k, v in values.items() if k != "id"}))


def _protected(session: Session, keys: set[tuple[str, str]]) -> dict[tuple[str, str], set[str]]:
    """Fields with local edits not yet pushed: pulled values must not overwrite them."""
    tables = synced_tables()
    out: dict[tuple[str, str], set[str]] = {}
    row_ids = {row_id for _, row_id in keys}
    for op in session.scalars(select(OutboxOp).where(OutboxOp.row_id.in_(row_ids))):
        key = (op.table_name, op.row_id)
        if key in keys:
            out.setdefault(key, set()).update(changed_fields(tables[op.table_name], op.new_row, op.old_row)[1])
    return out


def _upsert_many(session: Session, table: Table, batch: list[Pulled]) -> list[Pulled]:
    """One executemany per table and page; if it fails, row by row (a unique clash handled, an unstorable row
    set aside). Returns the rows set aside."""
    stmt = sqlite_insert(table)
    stmt = stmt.on_conflict_do_update(index_elements=["id"],
                                      set_={c.name: stmt.excluded[c.name] for c in table.columns if c.name != "id"})
    try:
        with session.begin_nested():
            session.execute(stmt, [p.values for p in batch])
    except SQLAlchemyError:
        return [p for p in batch if not _stored(session, p, set())]
    return []


def _stored(session: Session, row: Pulled, keep: set[str]) -> bool:
    """Apply one pulled row; one SQLite will not store is set aside with SQLite's words for why."""
    try:
        with session.begin_nested():
            _apply_pulled(session, row.table, row.values, keep)
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        pulled.set_aside(session, row.seq, row.table.name, row.data, f"not stored here: {reason}")
        return False
    return True


def _unique_columns(table: Table) -> list[list[str]]:
    groups = [[c.name for c in con.columns] for con in table.constraints if isinstance(con, UniqueConstraint)]
    return groups + [[c.name] for c in table.columns if c.unique]


def _apply_pulled(session: Session, table: Table, values: dict[str, Any], keep: set[str]) -> None:
    changes = {k: v for k, v in values.items() if k != "id" and k not in keep}
    upsert = sqlite_insert(table).values(**values).on_conflict_do_update(index_elements=["id"], set_=changes)
    uniques = _unique_columns(table)
    if not uniques:
        session.execute(upsert)
        return
    try:
        with session.begin_nested():
            session.execute(upsert)
    except IntegrityError:
        # A local record not yet sent holds the same unique value (e.g. one user name created on two
        # workstations while offline). The server took the other first and would refuse ours: refuse it here.
        for columns in uniques:
            clash = select(table.c.id).where(table.c.id != values["id"],
                                             *[table.c[c] == values[c] for c in columns])
            reason = f"another workstation's record with the same {', '.join(columns)} reached the server first"
            for (row_id,) in session.execute(clash).all():
                _refuse_locally(session, table, row_id, reason)
        session.execute(upsert)


def _refuse_locally(session: Session, table: Table, row_id: str, reason: str) -> None:
    """Take a record the server will never have out of this database, with the records that point at it;
    their queued changes move to sync_rejected with the reason, so nothing disappears unseen."""
    for other in synced_tables().values():
        for fk in other.foreign_keys:
            if fk.column.table is table:
                dependents = session.execute(select(other.c.id).where(fk.parent == row_id)).scalars().all()
                for dependent in dependents:
                    _refuse_locally(session, other, dependent, reason)
    ops = session.scalars(select(OutboxOp).where(OutboxOp.table_name == table.name, OutboxOp.row_id == row_id))
    for op in ops:
        session.execute(_reject(
            op_id=op.op_id, table_name=op.table_name, row_id=op.row_id, actor=op.actor, new_row=op.new_row,
            reason=reason, rejected_at=utcnow()))
        session.execute(delete(OutboxOp).where(OutboxOp.seq == op.seq))
    session.execute(delete(table).where(table.c.id == row_id))


def _by_table(keys: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for table_name, row_id in keys:
        out.setdefault(table_name, set()).add(row_id)
    return out


def _set_applying(session: Session, on: bool) -> None:
    session.execute(update(SyncFlag).where(SyncFlag.key == "applying").values(value="1" if on else "0"))


def pull(db: Database, conn: psycopg.Connection, report: SyncReport, page_size: int = PULL_PAGE,
         max_pages: int | None = None, hlc_limit: int | None = None) -> None:
    """`hlc_limit`: the clock never follows a row's hlc past it (server time plus the tolerance), so one
    workstation whose clock runs fast cannot drag everyone's clocks into the future."""
    tables = synced_tables()
    pages = 0
    while max_pages is None or pages < max_pages:
        pages += 1
        with db.session() as session:
            cursor = int(meta_get(session, CURSOR, "0"))
        rows = conn.execute("SELECT seq, tbl, data FROM duty_sync.sync_pull(%s, %s)", (cursor, page_size)).fetchall()
        if not rows:
            break
        # A table this (older) client does not know is skipped; its rows arrive after an upgrade.
        known = [(seq, tables[tbl], data) for seq, tbl, data in rows if tbl in tables]
        with db.transaction() as session:
            stored = _store(db, session, known, hlc_limit)
            session.merge(SiteMeta(key=CURSOR, value=str(rows[-1][0])))
            db.save_clock(session)
        report.pulled += len(rows)
        report.note(stored)
    if report.pulled:
        _retry_set_aside(db, report, hlc_limit)


def _retry_set_aside(db: Database, report: SyncReport, hlc_limit: int | None = None) -> None:
    """Rows set aside earlier, tried again: a parent that was missing may have arrived since."""
    tables = synced_tables()
    with db.transaction() as session:
        rows = [(seq, tables[tbl], data) for seq, tbl, data in pulled.waiting(session) if tbl in tables]
        stored = _store(db, session, rows, hlc_limit) if rows else set()
    report.note(stored)


def _store(db: Database, session: Session, rows: list[tuple[int, Table, Any]],
           hlc_limit: int | None) -> set[tuple[str, str]]:
    """Write one page of pulled rows (or set them aside); returns the records stored."""
    _set_applying(session, True)
    session.execute(text("PRAGMA defer_foreign_keys = ON"))  # rows of one page may come in any table order
    good, bad = pulled.read_page(session, db.site_id, rows)
    protected = _protected(session, {p.key for p in good})
    plain: dict[str, list[Pulled]] = {}
    guarded: list[tuple[Pulled, set[str]]] = []
    for p in good:
        keep = protected.get(p.key)
        if keep:
            guarded.append((p, keep))
        else:
            plain.setdefault(p.table.name, []).append(p)
        seen = int(p.values["hlc"] or 0)
        db.clock.observe(seen if hlc_limit is None else min(seen, hlc_limit))
    failed: set[int] = set()
    for batch in plain.values():
        failed.update(id(p) for p in _upsert_many(session, batch[0].table, batch))
    for p, keep in guarded:
        if not _stored(session, p, keep):
            failed.add(id(p))
    last_good = {p.key: p.seq for p in good if id(p) not in failed}  # in page order: the newest stored version
    if pulled.any_set_aside(session):
        pulled.clear(session, last_good)  # a good version replaces any set aside before it
    for seq, table, data, reason in bad:
        if seq > last_good.get((table.name, str(data.get("id") if isinstance(data, dict) else None)), -1):
            pulled.set_aside(session, seq, table.name, data, reason)
    _set_applying(session, False)
    stored = set(last_good)
    _run_applied_hooks(session, _by_table(stored))
    return stored


def sync_once(db: Database, conn: psycopg.Connection) -> SyncReport:
    started = time.monotonic()
    report = SyncReport()
    report.clock_offset_ms = hello(db, conn)
    push(db, conn, report)
    server_now = int(time.time() * 1000) - report.clock_offset_ms
    pull(db, conn, report, hlc_limit=pack(server_now + CLOCK_WARNING_MS, 0))
    report.seconds = time.monotonic() - started
    with db.transaction() as session:
        session.merge(SiteMeta(key="sync_last", value=utcnow().isoformat()))
        session.merge(SiteMeta(key="sync_clock_offset_ms", value=str(report.clock_offset_ms)))
    return report

"""Sessions that stamp every synced row at flush and refuse edits of append-only rows."""

from typing import Any

from sqlalchemy import event, update
from sqlalchemy.orm import Session

from duty_desk.domain.hlc import HybridClock
from duty_desk.domain.ids import uuid7
from duty_desk.domain.timefmt import utcnow
from duty_desk.storage.base import SyncedBase
from duty_desk.storage.models.sync import SyncFlag

WROTE = "wrote_synced_rows"  # session.info flag: the services check that such a write was audited
TX_MARKED = "tx_marked"
ACTOR = "actor"  # session.info: user name the capture triggers record with each change
CHANGED = "changed_records"  # session.info: the (table, id) of every synced row flushed, for ChangeSet


class AppendOnlyViolation(RuntimeError):
    pass


class StampingSession(Session):
    """`info['site_id']` and `info['clock']` are set by the Database that made the session."""


def _mark_transaction(session: Session) -> None:
    """Tell the capture triggers which transaction and user the coming changes belong to."""
    conn = session.connection()
    conn.execute(update(SyncFlag).where(SyncFlag.key == "tx").values(value=uuid7()))
    conn.execute(update(SyncFlag).where(SyncFlag.key == "actor").values(value=session.info.get(ACTOR, "")))
    session.info[TX_MARKED] = True


@event.listens_for(StampingSession, "before_commit")
def _unmark(session: Session) -> None:
    """Clear the flags again, so a later write that bypasses the ORM is not filed under this transaction."""
    if session.info.pop(TX_MARKED, False):
        conn = session.connection()
        conn.execute(update(SyncFlag).where(SyncFlag.key.in_(("tx", "actor"))).values(value=""))


@event.listens_for(StampingSession, "before_flush")
def _stamp(session: Session, _ctx: Any, _instances: Any) -> None:
    site_id: str = session.info["site_id"]
    clock: HybridClock = session.info["clock"]
    now = utcnow()
    changed: set[tuple[str, str]] = session.info.setdefault(CHANGED, set())
    if (session.new or session.dirty) and not session.info.get(TX_MARKED):
        _mark_transaction(session)
    for obj in session.new:
        if isinstance(obj, SyncedBase):
            session.info[WROTE] = True
            obj.id = obj.id or uuid7()  # the column default comes only at INSERT; the change set needs it now
            changed.add((obj.__tablename__, obj.id))
            obj.hlc = clock.now()
            obj.origin_site = obj.origin_site or site_id
            obj.created_at = obj.created_at or now
            obj.updated_at = now
    for obj in session.dirty:
        if isinstance(obj, SyncedBase) and session.is_modified(obj, include_collections=False):
            if type(obj).__append_only__:
                raise AppendOnlyViolation(f"{type(obj).__tablename__} rows are append-only; add a correction")
            session.info[WROTE] = True
            changed.add((obj.__tablename__, obj.id))
            obj.hlc = clock.now()
            obj.updated_at = now
    for obj in session.deleted:
        if isinstance(obj, SyncedBase):
            raise AppendOnlyViolation("synced rows are never deleted; set deleted=True (a tombstone)")

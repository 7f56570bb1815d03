"""The hash-chained audit trail: one chain per workstation, so chains from many sites merge without forks."""

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from duty_desk.domain.audit_actions import AuditAction
from duty_desk.domain.roles import Action
from duty_desk.domain.timefmt import utcnow
from duty_desk.services.context import AUDITED, Actor, Services
from duty_desk.services.permission import internal, requires
from duty_desk.storage.base import SECRET_COLUMNS, SYNC_COLUMNS, SyncedBase
from duty_desk.storage.models import AuditEntry, SiteMeta

GENESIS = "0" * 64
HEAD_KEY = "audit_head"


@internal
def snapshot(obj: SyncedBase | None) -> dict[str, Any]:
    """The row's own fields (not the sync bookkeeping), secrets masked."""
    if obj is None:
        return {}
    out: dict[str, Any] = {}
    for attr in inspect(obj).mapper.column_attrs:
        if attr.key in SYNC_COLUMNS:
            continue
        value = getattr(obj, attr.key)
        out[attr.key] = "***" if attr.key in SECRET_COLUMNS else value
    return out


def _canonical(data: Any) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, default=str, separators=(",", ":"))


@internal
def entry_hash(e: AuditEntry) -> str:
    at = e.at.isoformat(timespec="microseconds")
    payload = [e.seq, at, e.actor_id, e.actor_name, e.action, e.entity, e.entity_id, e.before, e.after,
               e.origin_site, e.prev_hash]
    return hashlib.sha256(_canonical(payload).encode()).hexdigest()


@internal
def record(session: Session, actor: Actor, action: AuditAction, entity: str, entity_id: str,
           before: dict[str, Any] | None = None, after: dict[str, Any] | None = None) -> AuditEntry:
    """Append an entry in the caller's transaction. Only fields that changed are kept on an edit."""
    before = before or {}
    after = after or {}
    if before and after:
        changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
        before = {k: v for k, v in before.items() if k in changed}
        after = {k: v for k, v in after.items() if k in changed}
    site: str = session.info["site_id"]
    head = session.get(SiteMeta, HEAD_KEY)
    seq, prev = (0, GENESIS) if head is None else _parse_head(head.value)
    entry = AuditEntry(
        # actor_name is what was typed at a failed login: cut to the column so the server never refuses it.
        seq=seq + 1, at=utcnow(), actor_id=actor.user_id, actor_name=actor.username[:100], action=action,
        entity=entity, entity_id=entity_id, before=_canonical(before) if before else "",
        after=_canonical(after) if after else "", prev_hash=prev, origin_site=site,
    )
    entry.hash = entry_hash(entry)
    session.add(entry)
    session.merge(SiteMeta(key=HEAD_KEY, value=f"{entry.seq}:{entry.hash}"))
    session.info[AUDITED] = True
    return entry


def _parse_head(value: str) -> tuple[int, str]:
    seq, digest = value.split(":", 1)
    return int(seq), digest


@dataclass(frozen=True)
class Problem:
    site: str
    seq: int
    entry_id: str
    reason: str

    def __str__(self) -> str:
        return f"audit entry #{self.seq} of workstation …{self.site[-8:]} (id {self.entry_id}): {self.reason}"


@internal
def verify(session: Session) -> Problem | None:
    """Walk every site's chain; return the first bad entry, or None when the trail is intact."""
    rows = session.scalars(select(AuditEntry).order_by(AuditEntry.origin_site, AuditEntry.seq)).all()
    expected_seq: dict[str, int] = {}
    prev_hash: dict[str, str] = {}
    for e in rows:
        want = expected_seq.get(e.origin_site, 1)
        if e.seq != want:
            return Problem(e.origin_site, want, e.id, f"missing (next entry found is #{e.seq})")
        if e.prev_hash != prev_hash.get(e.origin_site, GENESIS):
            return Problem(e.origin_site, e.seq, e.id, "does not follow the entry before it")
        if entry_hash(e) != e.hash:
            return Problem(e.origin_site, e.seq, e.id, "its content was changed after it was written")
        expected_seq[e.origin_site] = e.seq + 1
        prev_hash[e.origin_site] = e.hash
    head = session.get(SiteMeta, HEAD_KEY)
    local: str = session.info["site_id"]
    if head is not None:
        seq, digest = _parse_head(head.value)
        if expected_seq.get(local, 1) - 1 != seq or prev_hash.get(local, GENESIS) != digest:
            return Problem(local, seq, "", "the latest entries of this workstation were removed")
    return None


@dataclass(frozen=True)
class EntryView:
    at: datetime
    actor_name: str
    action: str
    entity: str
    entity_id: str
    before: str  # JSON of the changed fields, "" for a new record
    after: str
    origin_site: str
    seq: int


@requires(Action.VIEW_AUDIT)
def entries(services: Services, actor: Actor, limit: int, offset: int = 0, text: str = "") -> list[EntryView]:
    """A page of the trail, newest first, optionally filtered by action, user or record."""
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.seq.desc())
    if text:
        like = f"%{text}%"
        query = query.where(AuditEntry.action.like(like) | AuditEntry.actor_name.like(like)
                            | AuditEntry.entity.like(like) | AuditEntry.entity_id.like(like))
    with services.read(actor, Action.VIEW_AUDIT) as session:
        return [EntryView(e.at, e.actor_name, e.action, e.entity, e.entity_id, e.before, e.after, e.origin_site,
                          e.seq)
                for e in session.scalars(query.limit(limit).offset(offset))]


@requires(Action.VIEW_AUDIT)
def verify_trail(services: Services, actor: Actor) -> Problem | None:
    with services.db.session() as session:
        return verify(session)

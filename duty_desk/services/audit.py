"""The hash-chained audit trail: one chain per workstation, so chains from many sites merge without forks."""

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from duty_desk.domain.audit_actions import AuditAction
from duty_desk.domain.csv_cells import guard_row
from duty_desk.domain.roles import Action
from duty_desk.domain.sentence import Sentence
from duty_desk.domain.timefmt import BEIJING, format_beijing, utcnow
from duty_desk.domain.validation import ValidationError
from duty_desk.domain.vocabulary import Language, label
from duty_desk.services import audit_check, audit_key
from duty_desk.services.audit_chain import GENESIS, account_digest, canonical, content_hash
from duty_desk.services.audit_chain import Problem as Problem  # callers name it through this module
from duty_desk.services.audit_check import HEAD_KEY
from duty_desk.services.audit_check import TrailCheck as TrailCheck
from duty_desk.services.audit_key import SigningKey
from duty_desk.services.context import AUDITED, Actor, Services
from duty_desk.services.files import write_atomic
from duty_desk.services.permission import internal, requires
from duty_desk.storage.base import SECRET_COLUMNS, SYNC_COLUMNS, SyncedBase
from duty_desk.storage.models import AuditEntry, AuditKey, SiteMeta, User
from duty_desk.storage.session import CHANGED
from duty_desk.sync.audit_heads import ServerHead
from duty_desk.sync.credentials import KeyringUnavailable

_HEAD = "audit_head_written"  # session.info: the entry to keep outside the database once committed
_HOOKED = "audit_after_commit"


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


@internal
def entry_hash(e: AuditEntry) -> str:
    return content_hash(e.seq, e.at, e.actor_id, e.actor_name, e.action, e.entity, e.entity_id, e.before, e.after,
                        e.origin_site, e.prev_hash, e.state_digest)


@internal
def record(session: Session, actor: Actor, action: AuditAction, entity: str, entity_id: str,
           before: dict[str, Any] | None = None, after: dict[str, Any] | None = None) -> AuditEntry:
    """Append a signed entry in the caller's transaction. Only fields that changed are kept on an edit; a write
    that changes an account also keeps the digest of its security state."""
    before = before or {}
    after = after or {}
    if before and after:
        changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
        before = {k: v for k, v in before.items() if k in changed}
        after = {k: v for k, v in after.items() if k in changed}
    site: str = session.info["site_id"]
    key = _key_of(session, create=True)
    assert key is not None
    head = session.get(SiteMeta, HEAD_KEY)
    seq, prev = (0, GENESIS) if head is None else _parse_head(head.value)
    if not key.published and session.scalar(select(AuditKey.id).where(
            AuditKey.origin_site == site, AuditKey.public_key == key.public_hex)) is None:
        session.add(AuditKey(from_seq=seq + 1, public_key=key.public_hex))
    entry = AuditEntry(
        # actor_name is what was typed at a failed login: cut to the column so the server never refuses it.
        seq=seq + 1, at=utcnow(), actor_id=actor.user_id, actor_name=actor.username[:100], action=action,
        entity=entity, entity_id=entity_id, before=canonical(before) if before else "",
        after=canonical(after) if after else "", prev_hash=prev, origin_site=site,
        state_digest=_account_state(session, entity, entity_id),
    )
    entry.hash = entry_hash(entry)
    entry.signature = key.sign(entry.hash)
    session.add(entry)
    session.merge(SiteMeta(key=HEAD_KEY, value=f"{entry.seq}:{entry.hash}"))
    session.info[AUDITED] = True
    session.info[_HEAD] = (entry.seq, entry.hash)
    if not session.info.get(_HOOKED):
        session.info[_HOOKED] = True
        event.listen(session, "after_commit", lambda s: _after_commit(s, key))
    return entry


def _after_commit(session: Session, key: SigningKey) -> None:
    """Only a committed entry is kept outside the database, so that copy never runs ahead of the trail."""
    key.published = True
    head = session.info.pop(_HEAD, None)
    if head is not None:
        key.keep_head(*head)


def _account_state(session: Session, entity: str, entity_id: str) -> str:
    """The digest of the account this write changes; "" when it changes none (a login only reads it)."""
    if entity != User.__tablename__ or not entity_id:
        return ""
    user = session.get(User, entity_id)
    if user is None:
        return ""
    written = (User.__tablename__, entity_id) in session.info.get(CHANGED, set())
    return account_digest(user) if written or session.is_modified(user) or user in session.new else ""


def _key_of(session: Session, create: bool) -> SigningKey | None:
    folder = Path(str(session.get_bind().engine.url.database)).resolve().parent  # the data folder
    return audit_key.load(session.info["site_id"], folder, create)


def _parse_head(value: str) -> tuple[int, str]:
    seq, digest = value.split(":", 1)
    return int(seq), digest


@internal
def verify(session: Session, server: dict[str, ServerHead] | None = None) -> TrailCheck:
    """Every site's chain, its signatures and kept heads, and every account's state (see audit_check)."""
    return audit_check.check(session, _key_of(session, create=False), server)


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
    """A page of the trail, newest first, optionally filtered by action (its code or its name in either
    language, as the viewer shows it), user or record."""
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.seq.desc())
    if text:
        like = f"%{text}%"
        named = [a.value for a in AuditAction
                 if any(text.casefold() in label(a, language).casefold() for language in Language)]
        query = query.where(AuditEntry.action.like(like) | AuditEntry.action.in_(named)
                            | AuditEntry.actor_name.like(like) | AuditEntry.entity.like(like)
                            | AuditEntry.entity_id.like(like))
    with services.read(actor, Action.VIEW_AUDIT) as session:
        return [EntryView(e.at, e.actor_name, e.action, e.entity, e.entity_id, e.before, e.after, e.origin_site,
                          e.seq)
                for e in session.scalars(query.limit(limit).offset(offset))]


@requires(Action.VIEW_AUDIT)
def check_trail(services: Services, actor: Actor) -> TrailCheck:
    """`audit verify`: the local checks, and when this workstation is linked the server's record of every
    chain's head; a note says how far the check could reach."""
    from duty_desk.services import sync  # here: sync writes audit entries itself

    server: dict[str, ServerHead] | None = None
    reach = Sentence("not linked to a server: only local checks (another workstation's removed latest entries "
                     "cannot be found offline)")
    try:
        server, as_of = sync.audit_heads(services)
        reach = Sentence("checked against the server's heads as of {time}", time=format_beijing(as_of))
    except sync.NotConnected:
        pass
    except (sync.ServerUnreachable, sync.ServerRefused, KeyringUnavailable) as exc:
        reach = Sentence("the server could not be reached ({reason}): only local checks", reason=str(exc))
    with services.db.session() as session:
        result = verify(session, server)
    result.notes.append(reach)
    return result


EXPORT_HEADER = ("workstation", "seq", "at_utc", "actor_id", "actor", "action", "entity", "entity_id", "before",
                 "after", "prev_hash", "hash", "state_digest", "signature")


@requires(Action.EXPORT_AUDIT)
def export_trail(services: Services, actor: Actor, path: Path, since: date | None = None,
                 until: date | None = None) -> int:
    """The trail (every site's, days in Beijing time, both ends included) as CSV for the audit administrator,
    with each entry's hashes and signature so the copy can be checked apart from this workstation. Written aside
    and renamed into place: a failed write leaves no file, and an earlier export whole. Returns the row count;
    the export itself is audited."""
    query = select(AuditEntry).order_by(AuditEntry.origin_site, AuditEntry.seq)
    if since is not None:
        query = query.where(AuditEntry.at >= _day_start(since))
    if until is not None:
        query = query.where(AuditEntry.at < _day_start(until) + timedelta(days=1))
    with services.read(actor, Action.EXPORT_AUDIT) as session:
        rows = [(e.origin_site, str(e.seq), e.at.isoformat(timespec="microseconds"), e.actor_id, e.actor_name,
                 e.action, e.entity, e.entity_id, e.before, e.after, e.prev_hash, e.hash, e.state_digest,
                 e.signature) for e in session.scalars(query)]
    try:
        _write_aside(path, [EXPORT_HEADER, *(guard_row(list(r)) for r in rows)])
    except OSError as exc:
        raise ValidationError.single("file", "cannot write {path}: {reason}", path=str(path),
                                     reason=exc.strerror or str(exc)) from exc
    with services.write(actor, Action.EXPORT_AUDIT) as session:
        record(session, actor, AuditAction.EXPORT_AUDIT, AuditEntry.__tablename__, "",
               after={"file": path.name, "since": str(since or ""), "until": str(until or ""), "rows": len(rows)})
    return len(rows)


def _day_start(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=BEIJING)


def _write_aside(path: Path, rows: list[Any]) -> None:
    text = io.StringIO(newline="")
    csv.writer(text).writerows(rows)
    write_atomic(path, text.getvalue().encode("utf-8-sig"))  # a BOM, so Excel reads UTF-8 rather than GBK

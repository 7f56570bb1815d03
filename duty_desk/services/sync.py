"""The server link as use cases: connect, disconnect, sync, status, conflicts and rejected changes."""

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import psycopg
from sqlalchemy import and_, func, select
from sqlalchemy.exc import SQLAlchemyError

from duty_desk.domain.audit_actions import AuditAction
from duty_desk.domain.hlc import unpack
from duty_desk.domain.roles import Action
from duty_desk.domain.validation import ValidationError
from duty_desk.services import audit, sync_policy
from duty_desk.services.context import Actor, Services, require
from duty_desk.services.errors import PermissionDenied
from duty_desk.services.permission import internal, requires
from duty_desk.services.sync_policy import SyncPolicy
from duty_desk.storage.base import SECRET_COLUMNS
from duty_desk.storage.models import OutboxOp, RejectedOp, SetAsideRow, SiteMeta, SyncConflict
from duty_desk.sync import audit_heads as server_heads
from duty_desk.sync import client, credentials, link
from duty_desk.sync.client import SyncReport as SyncReport  # re-exported: the UI reaches it through here
from duty_desk.sync.wire import table_of, to_local

URL_KEY = "sync_url"
MASK = "***"
WORKSTATION_KEY = "sync_workstation"


class ServerUnreachable(RuntimeError):
    """No link to the server now; the work goes on locally and is sent when the link returns."""


class ServerRefused(RuntimeError):
    """The server answered but would not do it (not set up, no permission); the message says what to do."""


class LocalSyncError(RuntimeError):
    """This workstation's own database stopped the sync (busy, full disk); the message says why."""


class NotConnected(RuntimeError):
    def __init__(self) -> None:
        super().__init__("this workstation is not connected to a server; run 'duty-desk connect --url URL "
                         "--workstation NAME' first")


@dataclass(frozen=True)
class SyncStatus:
    url: str
    workstation: str
    last_sync: datetime | None
    pending: int
    open_conflicts: int
    rejected: int
    clock_offset_ms: int
    set_aside: int = 0  # pulled rows this workstation could not read, counted for whoever may see them


def _open(url: str, workstation: str, password: str) -> psycopg.Connection:
    try:
        return link.open_link(url, workstation, password)
    except psycopg.OperationalError as exc:
        raise ServerUnreachable(str(exc).strip().splitlines()[0] if str(exc).strip() else "no answer") from exc


@requires(Action.SYNC)
def target(services: Services, actor: Actor) -> tuple[str, str] | None:
    with services.db.session() as session:
        url, ws = client.meta_get(session, URL_KEY), client.meta_get(session, WORKSTATION_KEY)
    return (url, ws) if url and ws else None


@requires(Action.MANAGE_SERVER_LINK)
def connect(services: Services, actor: Actor, url: str, workstation: str, password: str) -> int:
    """Check the credentials against the server, then keep them: password in the keyring, the rest locally.
    Returns the clock offset in ms."""
    require(actor, Action.MANAGE_SERVER_LINK)
    credentials.load(url, workstation)  # no keyring: refused before the server registers this site
    with _open(url, workstation, password) as conn:
        try:
            offset = client.hello(services.db, conn)
        except (psycopg.errors.InvalidSchemaName, psycopg.errors.UndefinedFunction) as exc:
            raise ServerRefused("the server database is not set up for Duty Desk: run 'duty-desk server init' "
                                "there first") from exc
        except psycopg.Error as exc:
            raise ServerRefused(f"the server refused: {str(exc).strip()}") from exc
    credentials.store(url, workstation, password)
    with services.write(actor, Action.MANAGE_SERVER_LINK) as session:
        session.merge(SiteMeta(key=URL_KEY, value=url))
        session.merge(SiteMeta(key=WORKSTATION_KEY, value=workstation))
        audit.record(session, actor, AuditAction.CONNECT_SERVER, "site_meta", services.db.site_id,
                     after={"url": url, "workstation": workstation})
    return offset


@requires(Action.MANAGE_SERVER_LINK)
def disconnect(services: Services, actor: Actor) -> None:
    require(actor, Action.MANAGE_SERVER_LINK)
    link = target(services, actor)
    if link is None:
        raise NotConnected()
    credentials.forget(*link)
    with services.write(actor, Action.MANAGE_SERVER_LINK) as session:
        for key in (URL_KEY, WORKSTATION_KEY):
            row = session.get(SiteMeta, key)
            if row is not None:
                session.delete(row)
        audit.record(session, actor, AuditAction.DISCONNECT_SERVER, "site_meta", services.db.site_id,
                     before={"url": link[0], "workstation": link[1]})


@requires(Action.SYNC)
def run_sync(services: Services, actor: Actor) -> SyncReport:
    """One push and pull. Raises NotConnected or ServerUnreachable; local work is never affected."""
    link = target(services, actor)
    if link is None:
        raise NotConnected()
    password = credentials.load(*link)
    if password is None:
        raise NotConnected()
    with _open(link[0], link[1], password) as conn:
        try:
            return client.sync_once(services.db, conn)
        except psycopg.OperationalError as exc:
            raise ServerUnreachable(str(exc).strip() or "the link dropped") from exc
        except psycopg.Error as exc:
            raise ServerRefused(f"the server refused: {str(exc).strip()}") from exc
        except SQLAlchemyError as exc:
            raise LocalSyncError(f"this workstation's database stopped the sync: {exc.__class__.__name__}: "
                                 f"{str(exc).splitlines()[0]}") from exc


@internal
def audit_heads(services: Services) -> tuple[dict[str, server_heads.ServerHead], datetime]:
    """The server's record of every workstation's audit chain head, and when it answered (audit verify calls
    this with its own check). Raises NotConnected, ServerUnreachable or ServerRefused."""
    with services.db.session() as session:
        url, ws = client.meta_get(session, URL_KEY), client.meta_get(session, WORKSTATION_KEY)
    password = credentials.load(url, ws) if url and ws else None
    if password is None:
        raise NotConnected()
    with _open(url, ws, password) as conn:
        try:
            return server_heads.fetch(conn)
        except psycopg.OperationalError as exc:
            raise ServerUnreachable(str(exc).strip() or "the link dropped") from exc
        except psycopg.Error as exc:
            raise ServerRefused(f"the server refused: {str(exc).strip()}") from exc


_open_conflict = and_(SyncConflict.resolved.is_(False), SyncConflict.deleted.is_(False))


@requires(Action.SYNC)
def status(services: Services, actor: Actor) -> SyncStatus:
    """The link's state; conflicts and refused changes counted as this actor's conflicts view shows them."""
    link = target(services, actor) or ("", "")
    tables = sync_policy.visible_tables(actor)
    with services.db.session() as session:
        last = client.meta_get(session, "sync_last")
        return SyncStatus(
            url=link[0], workstation=link[1],
            last_sync=datetime.fromisoformat(last) if last else None,
            pending=int(session.scalar(select(func.count()).select_from(OutboxOp)) or 0),
            open_conflicts=int(session.scalar(select(func.count()).select_from(SyncConflict).where(
                _open_conflict, SyncConflict.record_table.in_(tables))) or 0),
            rejected=int(session.scalar(select(func.count()).select_from(RejectedOp).where(
                RejectedOp.table_name.in_(tables))) or 0),
            clock_offset_ms=int(client.meta_get(session, "sync_clock_offset_ms", "0")),
            set_aside=int(session.scalar(select(func.count()).select_from(SetAsideRow)) or 0)
            if actor.may(Action.MANAGE_SERVER_LINK) else 0,
        )


@dataclass(frozen=True)
class ConflictView:
    id: str
    record_table: str
    record_id: str
    record_label: str
    field: str
    kept: Any
    kept_site: str
    kept_actor: str
    kept_at: datetime | None  # None: its clock stamp is out of any calendar's range
    lost: Any
    lost_site: str
    lost_actor: str
    lost_at: datetime | None
    choose_only: bool  # one of the two values, never a typed one (the kind's sync policy says which)


def _hlc_time(hlc: int) -> datetime | None:
    """None for a stamp no calendar holds (stored by an older version, e.g. -2^63): the list still opens."""
    try:
        return datetime.fromtimestamp(unpack(hlc)[0] / 1000, UTC)
    except (ValueError, OverflowError, OSError):
        return None


@requires(Action.SYNC)  # and each kind's policy says who sees it
def conflicts(services: Services, actor: Actor) -> list[ConflictView]:
    """Open conflicts of the records this actor's role may read, each kind as its sync policy names and shows it."""
    # No single action gates the view: each kind's policy says who sees it (sync_policy.visible_tables).
    tables = sync_policy.visible_tables(actor)
    with services.db.session() as session:
        names: dict[str, str] = json.loads(client.meta_get(session, client.SITES, "{}"))

        def where(site: str) -> str:
            return names.get(site, site[:8])

        def shown(policy: SyncPolicy, field: str, value: str) -> Any:
            if field in SECRET_COLUMNS:
                return MASK
            try:
                decoded = policy.decode(field, json.loads(value))
            except (ValueError, TypeError, KeyError):  # stored badly by an older version: shown as it is
                return value
            target = policy.referenced(field)  # another record by its name rather than its id, if one may see it
            if target is not None and target in tables and isinstance(decoded, str):
                return sync_policy.label_of(session, target, decoded)
            return decoded

        rows = session.scalars(select(SyncConflict).where(_open_conflict, SyncConflict.record_table.in_(tables))
                               .order_by(SyncConflict.created_at.desc()))
        views = []
        for c in rows:
            policy = sync_policy.policies()[c.record_table]
            views.append(ConflictView(
                c.id, c.record_table, c.record_id, sync_policy.label_of(session, c.record_table, c.record_id),
                c.field, shown(policy, c.field, c.kept_value), where(c.kept_site), c.kept_actor,
                _hlc_time(c.kept_hlc), shown(policy, c.field, c.lost_value), where(c.lost_site), c.lost_actor,
                _hlc_time(c.lost_hlc), not policy.typed(c.field)))
        return views


@requires(Action.RESOLVE_CONFLICTS)
def resolve_conflict(services: Services, actor: Actor, conflict_id: str, value: Any = None,
                     side: str | None = None) -> None:
    """Keep one side ('kept' or 'lost') or write a new value, and close the conflict; both sync like any edit.
    The record kind's sync policy says who may decide, which fields take a typed value, and the validator it
    goes through (the record's own editor's)."""
    with services.write(actor, Action.RESOLVE_CONFLICTS) as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None or conflict.resolved:
            raise ValidationError.single("conflict", "this conflict was already resolved")
        policy = sync_policy.policy_of(conflict.record_table)
        if policy is None:  # deny by default
            raise PermissionDenied(actor.role.value, Action.RESOLVE_CONFLICTS.value)
        require(actor, policy.view)
        require(actor, policy.resolve)
        if side is not None:  # each side passed its own workstation's editor
            value = json.loads(conflict.kept_value if side == "kept" else conflict.lost_value)
        elif not policy.typed(conflict.field):
            raise ValidationError.single(conflict.field, "choose one of the two values for this field")
        record = session.get(policy.model, conflict.record_id)
        if record is not None:
            before = audit.snapshot(record)
            setattr(record, conflict.field, to_local(table_of(policy.model), {conflict.field: value})[conflict.field])
            if side is None and policy.validator is not None:
                policy.validator(record)  # a typed value obeys the record's own editor's rules
            audit.record(session, actor, AuditAction.RESOLVE_CONFLICT, conflict.record_table, record.id, before,
                         audit.snapshot(record))
        conflict.resolved = True
        conflict.resolved_by = actor.username
        audit.record(session, actor, AuditAction.CLOSE_CONFLICT, "sync_conflicts", conflict.id)


@dataclass(frozen=True)
class RejectedView:
    op_id: str
    table_name: str
    row_id: str
    record_label: str
    actor: str
    reason: str
    rejected_at: datetime


@requires(Action.SYNC)
def rejected(services: Services, actor: Actor) -> list[RejectedView]:
    """Changes the server refused, of the records this actor's role may read, named as in the conflicts view."""
    tables = sync_policy.visible_tables(actor)
    with services.db.session() as session:
        rows = session.scalars(select(RejectedOp).where(RejectedOp.table_name.in_(tables))
                               .order_by(RejectedOp.rejected_at.desc()))
        return [RejectedView(op.op_id, op.table_name, op.row_id,
                             sync_policy.label_of(session, op.table_name, op.row_id, json.loads(op.new_row)),
                             op.actor, op.reason,
                             op.rejected_at) for op in rows]


@dataclass(frozen=True)
class SetAsideView:
    table_name: str
    row_id: str
    seq: int  # its place in the server's change log
    reason: str
    data: str  # the row's JSON as the server sent it
    set_aside_at: datetime


@requires(Action.MANAGE_SERVER_LINK)
def set_aside(services: Services, actor: Actor) -> list[SetAsideView]:
    """Rows from the server this workstation could not read or store, newest first, with the reason: the pull
    went on past them, and a later good version of the same row takes each one's place. Raw rows of any kind
    (accounts included) are shown only to the administrator of the server link."""
    with services.read(actor, Action.MANAGE_SERVER_LINK) as session:
        rows = session.scalars(select(SetAsideRow).order_by(SetAsideRow.seq.desc()))
        return [SetAsideView(r.table_name, r.row_id, r.seq, r.reason, _masked(r.data), r.set_aside_at) for r in rows]


def _masked(data: str) -> str:
    """The row's JSON with its secrets (a password hash) masked, as everywhere else they are shown."""
    row = json.loads(data)
    if isinstance(row, dict):
        row = {k: MASK if k in SECRET_COLUMNS else v for k, v in row.items()}
    return json.dumps(row, ensure_ascii=False)

"""The server link as use cases: connect, disconnect, sync, status, conflicts and rejected changes."""

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import psycopg
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from duty_desk.domain.audit_actions import AuditAction
from duty_desk.domain.hlc import unpack
from duty_desk.domain.roles import Action
from duty_desk.domain.validation import ValidationError
from duty_desk.services import audit, directory
from duty_desk.services.context import CONSOLE, Actor, Services, require
from duty_desk.storage.base import SECRET_COLUMNS, model_of
from duty_desk.storage.models import OutboxOp, RejectedOp, RosterDuty, SiteMeta, SyncConflict
from duty_desk.sync import client, credentials
from duty_desk.sync.client import SyncReport
from duty_desk.sync.wire import synced_tables, to_local

URL_KEY = "sync_url"
MASK = "***"
# Conflicts an administrator decides: who may log in, and as what; the office's rules.
ADMIN_ONLY = {"users": Action.MANAGE_USERS, "office_rules": Action.EDIT_SETTINGS}
WORKSTATION_KEY = "sync_workstation"
CONNECT_TIMEOUT_S = 3


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


def _open(url: str, workstation: str, password: str) -> psycopg.Connection:
    try:
        return psycopg.connect(url, user=workstation, password=password, autocommit=True,
                               connect_timeout=CONNECT_TIMEOUT_S)
    except psycopg.OperationalError as exc:
        raise ServerUnreachable(str(exc).strip().splitlines()[0] if str(exc).strip() else "no answer") from exc


def target(services: Services) -> tuple[str, str] | None:
    with services.db.session() as session:
        url, ws = client.meta_get(session, URL_KEY), client.meta_get(session, WORKSTATION_KEY)
    return (url, ws) if url and ws else None


def connect(services: Services, url: str, workstation: str, password: str, actor: Actor = CONSOLE) -> int:
    """Check the credentials against the server, then keep them: password in the keyring, the rest locally.
    Returns the clock offset in ms."""
    require(actor, Action.MANAGE_SERVER_LINK)
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


def disconnect(services: Services, actor: Actor = CONSOLE) -> None:
    require(actor, Action.MANAGE_SERVER_LINK)
    link = target(services)
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


def run_sync(services: Services) -> SyncReport:
    """One push and pull. Raises NotConnected or ServerUnreachable; local work is never affected."""
    link = target(services)
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


def status(services: Services) -> SyncStatus:
    link = target(services) or ("", "")
    with services.db.session() as session:
        last = client.meta_get(session, "sync_last")
        return SyncStatus(
            url=link[0], workstation=link[1],
            last_sync=datetime.fromisoformat(last) if last else None,
            pending=int(session.scalar(select(func.count()).select_from(OutboxOp)) or 0),
            open_conflicts=int(session.scalar(select(func.count()).select_from(SyncConflict).where(
                SyncConflict.resolved.is_(False), SyncConflict.deleted.is_(False))) or 0),
            rejected=int(session.scalar(select(func.count()).select_from(RejectedOp)) or 0),
            clock_offset_ms=int(client.meta_get(session, "sync_clock_offset_ms", "0")),
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
    kept_at: datetime
    lost: Any
    lost_site: str
    lost_actor: str
    lost_at: datetime
    choose_only: bool  # a secret, a reference or a rule: one of the two values, never a typed one


def _label(session: Session, table: str, row_id: str) -> str:
    model = model_of(table)
    obj = session.get(model, row_id)
    if isinstance(obj, RosterDuty):
        return f"{obj.day} {obj.shift}"
    for attr in ("name", "username", "title", "summary"):
        if obj is not None and hasattr(obj, attr):
            return str(getattr(obj, attr))
    return row_id[:8]


def _referenced(table: str, field: str) -> str | None:
    """The table a field refers to, if it holds another record's id."""
    column = model_of(table).__table__.c.get(field)
    keys = list(column.foreign_keys) if column is not None else []
    return keys[0].column.table.name if keys else None


def _choose_only(c: SyncConflict) -> bool:
    # An office rule's value is encoded and checked by its own service, so it too is chosen, never typed here.
    return c.field in SECRET_COLUMNS or c.record_table == "office_rules" or \
        _referenced(c.record_table, c.field) is not None


def _hlc_time(hlc: int) -> datetime:
    return datetime.fromtimestamp(unpack(hlc)[0] / 1000, UTC)


def conflicts(services: Services, actor: Actor) -> list[ConflictView]:
    with services.read(actor, Action.VIEW_DIRECTORY) as session:
        names: dict[str, str] = json.loads(client.meta_get(session, client.SITES, "{}"))

        def where(site: str) -> str:
            return names.get(site, site[:8])

        def shown(c: SyncConflict, value: str) -> Any:
            if c.field in SECRET_COLUMNS:
                return MASK
            decoded = json.loads(value)
            if c.record_table == "office_rules" and isinstance(decoded, str):
                decoded = json.loads(decoded)  # the rule's own value, itself kept as JSON
            target = _referenced(c.record_table, c.field)  # a person's name rather than their id
            return _label(session, target, decoded) if target and isinstance(decoded, str) else decoded

        rows = session.scalars(select(SyncConflict).where(SyncConflict.resolved.is_(False),
                                                          SyncConflict.deleted.is_(False))
                               .order_by(SyncConflict.created_at.desc()))
        return [ConflictView(c.id, c.record_table, c.record_id, _label(session, c.record_table, c.record_id),
                             c.field, shown(c, c.kept_value), where(c.kept_site), c.kept_actor,
                             _hlc_time(c.kept_hlc), shown(c, c.lost_value), where(c.lost_site), c.lost_actor,
                             _hlc_time(c.lost_hlc), _choose_only(c))
                for c in rows if c.record_table not in ADMIN_ONLY or actor.may(ADMIN_ONLY[c.record_table])]


def resolve_conflict(services: Services, actor: Actor, conflict_id: str, value: Any = None,
                     side: str | None = None) -> None:
    """Keep one side ('kept' or 'lost') or write a new value, and close the conflict; both sync like any edit.
    Accounts' conflicts are an administrator's; a password hash or a reference can only be chosen, never typed."""
    with services.write(actor, Action.RESOLVE_CONFLICTS) as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None or conflict.resolved:
            raise ValidationError.single("conflict", "this conflict was already resolved")
        if conflict.record_table in ADMIN_ONLY:
            require(actor, ADMIN_ONLY[conflict.record_table])
        if side is not None:
            value = json.loads(conflict.kept_value if side == "kept" else conflict.lost_value)
        elif _choose_only(conflict):
            raise ValidationError.single("conflict", "choose one of the two values for this field")
        model = model_of(conflict.record_table)
        record = session.get(model, conflict.record_id)
        if record is not None:
            table = synced_tables()[conflict.record_table]
            before = audit.snapshot(record)
            setattr(record, conflict.field, to_local(table, {conflict.field: value})[conflict.field])
            directory.check_stored(record)  # a typed new value obeys the same rules as the editors
            audit.record(session, actor, AuditAction.RESOLVE_CONFLICT, conflict.record_table, record.id, before,
                         audit.snapshot(record))
        conflict.resolved = True
        conflict.resolved_by = actor.username
        audit.record(session, actor, AuditAction.CLOSE_CONFLICT, "sync_conflicts", conflict.id)


def rejected(services: Services, actor: Actor) -> list[RejectedOp]:
    with services.read(actor, Action.VIEW_DIRECTORY) as session:
        return list(session.scalars(select(RejectedOp).order_by(RejectedOp.rejected_at.desc())))

"""Login lockout counted from the audit trail itself: every failed login, lockout and unlock is an entry, entries
sync, so failures on two workstations add up and nothing kept on one workstation can undo a lockout.

A name is locked when, since its last successful login or unlock, the policy's number of failures fell within its
window: for the policy's minutes from the moment that was seen (an `account_locked` entry). Only the security
administrator's unlock, or a successful login after the lock has run out, starts the count again."""

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duty_desk.domain.audit_actions import AuditAction
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.validation import PasswordPolicy
from duty_desk.services import audit
from duty_desk.services.context import Actor
from duty_desk.services.permission import internal
from duty_desk.storage.models import AuditEntry

FAILED = (AuditAction.LOGIN_FAILED.value, AuditAction.REAUTHENTICATE_FAILED.value)
SUCCEEDED = (AuditAction.LOGIN.value, AuditAction.REAUTHENTICATE.value)


def _latest(session: Session, name: str, actions: tuple[str, ...]) -> datetime | None:
    return session.scalar(select(func.max(AuditEntry.at))
                          .where(AuditEntry.actor_name == name, AuditEntry.action.in_(actions)))


def _since(session: Session, name: str, user_id: str) -> datetime | None:
    """The last successful login or unlock of this name: failures before it no longer count."""
    marks = [_latest(session, name, SUCCEEDED)]
    if user_id:
        marks.append(session.scalar(select(func.max(AuditEntry.at)).where(
            AuditEntry.entity == "users", AuditEntry.entity_id == user_id,
            AuditEntry.action == AuditAction.UNLOCK_ACCOUNT.value)))
    known = [m for m in marks if m is not None]
    return max(known) if known else None


def _failures(session: Session, name: str, after: datetime) -> int:
    return session.scalar(select(func.count()).select_from(AuditEntry).where(
        AuditEntry.actor_name == name, AuditEntry.action.in_(FAILED), AuditEntry.at > after)) or 0


def _name(username: str) -> str:
    return username[:100]  # as audit.record keeps it


def _state(session: Session, username: str, user_id: str, policy: PasswordPolicy) -> tuple[datetime | None, bool]:
    """(locked until, whether an `account_locked` entry says so already)."""
    name, now = _name(username), utcnow()
    since = _since(session, name, user_id)
    lock = _latest(session, name, (AuditAction.ACCOUNT_LOCKED.value,))
    if lock is not None and (since is None or lock > since):
        until = lock + timedelta(minutes=policy.lockout_minutes)
        if until > now:
            return until, True
        since = lock  # served: the failures before it are spent
    window = now - timedelta(minutes=policy.lockout_window_minutes)
    if _failures(session, name, max(since, window) if since else window) >= policy.lockout_threshold:
        return now + timedelta(minutes=policy.lockout_minutes), False
    return None, False


@internal
def locked_until_now(session: Session, username: str, user_id: str, policy: PasswordPolicy) -> datetime | None:
    """Until when the name is locked, or None; writes nothing (for the accounts list)."""
    return _state(session, username, user_id, policy)[0]


@internal
def locked_until(session: Session, trail: Actor, username: str, user_id: str,
                 policy: PasswordPolicy) -> datetime | None:
    """Until when the name is locked, or None. Failures that reached the threshold elsewhere (arrived by sync)
    lock it here and now, recorded under `trail` (the name the attempt was made as)."""
    until, recorded = _state(session, username, user_id, policy)
    if until is not None and not recorded:
        return lock_now(session, trail, user_id, policy)
    return until


@internal
def lock_now(session: Session, trail: Actor, user_id: str, policy: PasswordPolicy) -> datetime:
    entry = audit.record(session, trail, AuditAction.ACCOUNT_LOCKED, "users", user_id,
                         after={"minutes": policy.lockout_minutes})
    session.flush()
    return entry.at + timedelta(minutes=policy.lockout_minutes)


@internal
def record_failure(session: Session, trail: Actor, action: AuditAction, user_id: str,
                   policy: PasswordPolicy) -> datetime | None:
    """Audit one failed attempt; lock the name when it reaches the threshold (until when, or None)."""
    audit.record(session, trail, action, "users", user_id)
    session.flush()
    return locked_until(session, trail, trail.username, user_id, policy)

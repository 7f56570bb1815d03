"""Errors a service raises for the caller to show. ValidationError lives in the domain (forms use it too)."""

from datetime import datetime
from typing import TYPE_CHECKING

from duty_desk.domain.timefmt import format_beijing
from duty_desk.domain.validation import FieldError, ValidationError
from duty_desk.storage.errors import StorageError

if TYPE_CHECKING:
    from duty_desk.services.context import Actor

__all__ = ["AccountDisabled", "AccountLocked", "AuthenticationFailed", "FieldError", "PasswordChangeRequired",
           "PermissionDenied", "StorageError", "ValidationError"]


class PermissionDenied(PermissionError):
    """The role may not take the action at all, or (`reason`, a sentence for the interface's catalogue) may
    take it but not on this record: another person's duty, a swap one asked for oneself."""

    def __init__(self, role: str, action: str, reason: str = "") -> None:
        self.role = role
        self.action = action
        self.reason = reason
        refusal = f"the role {role!r} may not {action.replace('_', ' ')}"
        super().__init__(f"{refusal}: {reason}" if reason else refusal)


class AuthenticationFailed(Exception):
    """Wrong user name or password (deliberately not saying which)."""


class AccountLocked(Exception):
    def __init__(self, until: datetime) -> None:
        self.until = until
        super().__init__(f"account locked after too many failed logins until {format_beijing(until)} (Beijing time)")


class AccountDisabled(Exception):
    """The right password for an account an administrator has disabled."""

    def __init__(self) -> None:
        super().__init__("this account is disabled; ask the system administrator")


class PasswordChangeRequired(Exception):
    """The password was right but must be changed first (an initial or reset one, or expired). `actor` may do
    nothing but change its own password (services.accounts.change_password)."""

    def __init__(self, actor: "Actor", expired: bool) -> None:
        self.actor = actor
        self.expired = expired
        why = "has expired" if expired else "was set by an administrator"
        super().__init__(f"the password of {actor.username} {why} and must be changed first")

"""Errors a service raises for the caller to show. ValidationError lives in the domain (forms use it too)."""

from datetime import datetime

from duty_desk.domain.validation import FieldError, ValidationError
from duty_desk.storage.errors import StorageError

__all__ = ["AccountLocked", "AuthenticationFailed", "FieldError", "PermissionDenied", "StorageError",
           "ValidationError"]


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
        super().__init__(f"account locked after too many failed logins until {until:%H:%M} UTC")

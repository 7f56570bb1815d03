from datetime import datetime

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from duty_desk.domain.roles import Role
from duty_desk.storage.base import Base, PushRule, SyncedBase
from duty_desk.storage.types import UTCDateTime, rules


class User(SyncedBase):
    __tablename__ = "users"
    # Only a workstation that manages accounts creates, disables, deletes an account or changes its role or
    # another's password; a user's own new password comes from anywhere with the proof of the old one.
    __push__ = PushRule.MANAGES_ACCOUNTS
    __push_proof__ = frozenset({"password_hash"})
    __verifier__ = "password_hash"

    username: Mapped[str] = mapped_column(String(32), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20), info=rules(enum=Role))
    # scrypt hash with its parameters and salt, and the password verifier (services.passwords); the password
    # itself is never stored or synced.
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class LoginLockout(Base):
    """Failed-login counter, kept per workstation and never synced: a lockout protects this keyboard."""

    __tablename__ = "login_lockouts"

    username: Mapped[str] = mapped_column(String(32), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)

from datetime import datetime

from sqlalchemy import Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from duty_desk.domain.roles import Role
from duty_desk.storage.base import PushRule, SyncedBase
from duty_desk.storage.types import UTCDateTime, rules


class User(SyncedBase):
    __tablename__ = "users"
    # Only a workstation that manages accounts creates, disables, deletes an account or changes its role or
    # another's password; a user's own new password (with its age, history and the end of a forced change) comes
    # from anywhere with the proof of the old one.
    __push__ = PushRule.MANAGES_ACCOUNTS
    __push_proof__ = frozenset({"password_hash", "must_change", "password_changed_at", "password_history"})
    __verifier__ = "password_hash"

    username: Mapped[str] = mapped_column(String(32), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20), info=rules(enum=Role))
    # scrypt hash with its parameters and salt, and the password verifier (services.passwords); the password
    # itself is never stored or synced.
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # False: disabled, on every workstation
    # Set by an administrator's initial or reset password: changed by its owner at the next login.
    must_change: Mapped[bool] = mapped_column(Boolean, default=False)
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    # JSON list of the last few scrypt hashes (newest first), so they are not used again; never shown. At most
    # the policy's 24, each under 200 characters.
    password_history: Mapped[str] = mapped_column(Text, default="[]", info=rules(max_length=6000, json="any"))

from datetime import datetime

from sqlalchemy import Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from duty_desk.storage.base import SyncedBase
from duty_desk.storage.types import UTCDateTime


class User(SyncedBase):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(32), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    # scrypt hash with its parameters and salt; the password itself is never stored or synced.
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # False: disabled, on every workstation
    # Set by an administrator's initial or reset password: changed by its owner at the next login.
    must_change: Mapped[bool] = mapped_column(Boolean, default=False)
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    # JSON list of the last few scrypt hashes (newest first), so they are not used again; never shown.
    password_history: Mapped[str] = mapped_column(Text, default="[]")


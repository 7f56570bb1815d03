from datetime import datetime
from typing import ClassVar

from sqlalchemy import Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from duty_desk.storage.base import SyncedBase
from duty_desk.storage.types import UTCDateTime


class AuditEntry(SyncedBase):
    """One audited write. Chained per workstation (seq + prev_hash) so chains from many sites merge cleanly."""

    __tablename__ = "audit_log"
    # The indexes serve a login: its lockout is counted from the name's own entries (services.lockout).
    __table_args__ = (UniqueConstraint("origin_site", "seq"), Index("ix_audit_log_login", "actor_name", "action", "at"),
                      Index("ix_audit_log_entity", "entity", "entity_id", "action"))
    __append_only__: ClassVar[bool] = True

    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor_id: Mapped[str] = mapped_column(String(36))
    actor_name: Mapped[str] = mapped_column(String(100))
    # Plain text, not the AuditAction column type: `audit verify` must read a tampered value to report it.
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(36))
    before: Mapped[str] = mapped_column(Text, default="")
    after: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

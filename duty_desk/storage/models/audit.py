from datetime import datetime
from typing import ClassVar

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from duty_desk.storage.base import SyncedBase
from duty_desk.storage.types import UTCDateTime, rules

# Before and after snapshots of the largest record (two conflict values at their limit), with room to spare.
AUDIT_TEXT = 1_000_000


class AuditEntry(SyncedBase):
    """One audited write. Chained per workstation (seq + prev_hash) so chains from many sites merge cleanly."""

    __tablename__ = "audit_log"
    __table_args__ = (UniqueConstraint("origin_site", "seq"),)
    __append_only__: ClassVar[bool] = True

    seq: Mapped[int] = mapped_column(Integer, info=rules(minimum=1))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor_id: Mapped[str] = mapped_column(String(36))
    actor_name: Mapped[str] = mapped_column(String(100))
    # Plain text, not the AuditAction column type: `audit verify` must read a tampered value to report it.
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(36))
    before: Mapped[str] = mapped_column(Text, default="", info=rules(max_length=AUDIT_TEXT))
    after: Mapped[str] = mapped_column(Text, default="", info=rules(max_length=AUDIT_TEXT))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

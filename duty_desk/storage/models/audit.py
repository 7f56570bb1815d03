from datetime import datetime
from typing import ClassVar

from sqlalchemy import Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from duty_desk.storage.base import SyncedBase
from duty_desk.storage.types import UTCDateTime, rules

# Before and after snapshots of the largest record (two conflict values at their limit), with room to spare.
AUDIT_TEXT = 1_000_000


class AuditEntry(SyncedBase):
    """One audited write. Chained per workstation (seq + prev_hash) so chains from many sites merge cleanly;
    signed with the workstation's key (AuditKey) so file access alone cannot re-chain it."""

    __tablename__ = "audit_log"
    # The indexes serve a login: its lockout is counted from the name's own entries (services.lockout).
    __table_args__ = (UniqueConstraint("origin_site", "seq"), Index("ix_audit_log_login", "actor_name", "action", "at"),
                      Index("ix_audit_log_entity", "entity", "entity_id", "action"))
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
    # An account's role, password hash and active flag as this entry left them (a digest; "" for other records):
    # a later change that bypassed the services no longer matches it.
    state_digest: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # Ed25519 over `hash` (hex); "" only on entries written before the workstation had a key.
    signature: Mapped[str] = mapped_column(String(128), default="", server_default="")


class AuditKey(SyncedBase):
    """A workstation's public audit key (origin_site is the workstation), valid for its entries from `from_seq`
    on. Synced and append-only, so every workstation can check every chain."""

    __tablename__ = "audit_keys"
    __table_args__ = (UniqueConstraint("origin_site", "from_seq"),)
    __append_only__: ClassVar[bool] = True

    from_seq: Mapped[int] = mapped_column(Integer)
    public_key: Mapped[str] = mapped_column(String(64))  # raw Ed25519 public key, hex

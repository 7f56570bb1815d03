"""Sync bookkeeping on the workstation (outbox, flags, rejected ops) and the synced conflict records."""

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from duty_desk.storage.base import Base, SyncedBase
from duty_desk.storage.types import UTCDateTime


class OutboxOp(Base):
    """One captured change, written by SQLite triggers in the same transaction as the change itself."""

    __tablename__ = "sync_outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    tx_id: Mapped[str] = mapped_column(String(36))
    actor: Mapped[str] = mapped_column(String(100))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # insert | update
    new_row: Mapped[str] = mapped_column(Text)
    old_row: Mapped[str | None] = mapped_column(Text)
    base_version: Mapped[int | None] = mapped_column(BigInteger)
    hlc: Mapped[int] = mapped_column(BigInteger)


class SyncFlag(Base):
    """Per-database switches the capture triggers read: 'applying' (a pull is writing), 'tx', 'actor'."""

    __tablename__ = "sync_flags"

    key: Mapped[str] = mapped_column(String(20), primary_key=True)
    value: Mapped[str] = mapped_column(String(100))


class RejectedOp(Base):
    """A change the server refused, kept with its reason for a person to see: nothing is dropped silently."""

    __tablename__ = "sync_rejected"

    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    actor: Mapped[str] = mapped_column(String(100))
    new_row: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    rejected_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SyncConflict(SyncedBase):
    """Two concurrent edits of one field: the provisional winner is applied, both values are kept here."""

    __tablename__ = "sync_conflicts"

    record_table: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64))
    kept_value: Mapped[str] = mapped_column(Text)  # JSON
    kept_site: Mapped[str] = mapped_column(String(36))
    kept_actor: Mapped[str] = mapped_column(String(100), default="")
    kept_hlc: Mapped[int] = mapped_column(BigInteger)
    lost_value: Mapped[str] = mapped_column(Text)
    lost_site: Mapped[str] = mapped_column(String(36))
    lost_actor: Mapped[str] = mapped_column(String(100), default="")
    lost_hlc: Mapped[int] = mapped_column(BigInteger)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    resolved_by: Mapped[str] = mapped_column(String(100), default="")


class SetAsideRow(Base):
    """A pulled row this workstation could not read or store, kept as it came with the reason (never synced):
    the pull moves on past it, and a later good version of the same row replaces it."""

    __tablename__ = "sync_set_aside"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(100), primary_key=True)  # as it came: it may not be an id at all
    seq: Mapped[int] = mapped_column(BigInteger)  # its place in the server's change log
    data: Mapped[str] = mapped_column(Text)  # the row's JSON as the server sent it
    reason: Mapped[str] = mapped_column(Text)
    set_aside_at: Mapped[datetime] = mapped_column(UTCDateTime())

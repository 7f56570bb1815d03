"""Sync bookkeeping on the workstation (outbox, flags, rejected ops) and the synced conflict records."""

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from duty_desk.storage.base import Base, PushRule, SyncedBase
from duty_desk.storage.types import UTCDateTime, rules

# One field's value as JSON: the longest text (20,000 characters) with room for escapes.
CONFLICT_VALUE = 130_000


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


class PasswordProof(Base):
    """The old password's key that goes with a change of one's own password to the server, outside the synced
    row (services.passwords); kept here only until the server has answered that change."""

    __tablename__ = "sync_proofs"

    verifier: Mapped[str] = mapped_column(String(64), primary_key=True)  # the new password's: names the change
    proof: Mapped[str] = mapped_column(String(64))


class SyncConflict(SyncedBase):
    """Two concurrent edits of one field: the provisional winner is applied, both values are kept here."""

    __tablename__ = "sync_conflicts"
    # Made by the server only. A workstation may close one (never reopen it), and only one whose record's
    # changes it may push; its values and its tombstone are the server's.
    __push__ = PushRule.SERVER_ONLY
    __push_open__ = frozenset({"resolved", "resolved_by"})

    record_table: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64))
    kept_value: Mapped[str] = mapped_column(Text, info=rules(max_length=CONFLICT_VALUE, json="any"))
    kept_site: Mapped[str] = mapped_column(String(36))
    kept_actor: Mapped[str] = mapped_column(String(100), default="")
    kept_hlc: Mapped[int] = mapped_column(BigInteger, info=rules(stamp=True))
    lost_value: Mapped[str] = mapped_column(Text, info=rules(max_length=CONFLICT_VALUE, json="any"))
    lost_site: Mapped[str] = mapped_column(String(36))
    lost_actor: Mapped[str] = mapped_column(String(100), default="")
    lost_hlc: Mapped[int] = mapped_column(BigInteger, info=rules(stamp=True))
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

"""Attachments (photos, scanned faxes, documents) of any record, named by its kind and id rather than a foreign
key, so a new kind of record takes files without a table of its own. History by nature: append-only."""

from typing import ClassVar

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from duty_desk.storage.base import SyncedBase
from duty_desk.storage.types import rules

# base64 of services.attachments.CHUNK_BYTES (64 KiB), with room to spare.
CHUNK_TEXT = 90_000


class Attachment(SyncedBase):
    """A file kept with a record. Its bytes are in AttachmentChunk rows: text columns (base64) in pieces small
    enough for the JSON of the outbox and the server's pages."""

    __tablename__ = "attachments"
    __append_only__: ClassVar[bool] = True
    __table_args__ = (Index("ix_attachments_owner", "owner_kind", "owner_id"),)

    # The owning model's table name, accepted only for kinds registered by services.attachments.register_owner.
    owner_kind: Mapped[str] = mapped_column(String(64))
    owner_id: Mapped[str] = mapped_column(String(36))
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer, info=rules(minimum=0))
    sha256: Mapped[str] = mapped_column(String(64))
    chunks: Mapped[int] = mapped_column(Integer, info=rules(minimum=0))
    added_by: Mapped[str] = mapped_column(String(100))


class AttachmentChunk(SyncedBase):
    __tablename__ = "attachment_chunks"
    __append_only__: ClassVar[bool] = True

    attachment_id: Mapped[str] = mapped_column(ForeignKey("attachments.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer, info=rules(minimum=0))
    data: Mapped[str] = mapped_column(Text, info=rules(max_length=CHUNK_TEXT))  # base64

"""Attachments: named by their owner record and file. Append-only, so only refused changes ever show here.

The view is the strictest owner's (incidents' today): the policy holds one action per table, and an owner kind
that others may read would need a per-row check here."""

from sqlalchemy.orm import Session

from duty_desk.domain.roles import Action
from duty_desk.services.sync_policy import SyncPolicy, declare, label_of
from duty_desk.storage.models import Attachment, AttachmentChunk


def _label(session: Session, attachment: Attachment) -> str:
    return f"{label_of(session, attachment.owner_kind, attachment.owner_id)} {attachment.file_name}"


def _chunk_label(session: Session, chunk: AttachmentChunk) -> str:
    attachment = session.get(Attachment, chunk.attachment_id)
    return f"{_label(session, attachment)} #{chunk.seq + 1}" if attachment is not None else chunk.attachment_id[:8]


declare(
    SyncPolicy(Attachment, Action.VIEW_INCIDENTS, Action.RESOLVE_CONFLICTS, _label),
    SyncPolicy(AttachmentChunk, Action.VIEW_INCIDENTS, Action.RESOLVE_CONFLICTS, _chunk_label),
)

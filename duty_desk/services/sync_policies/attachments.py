"""Incident attachments: seen only by those who may read incidents, named by their incident and file."""

from sqlalchemy.orm import Session

from duty_desk.domain.roles import Action
from duty_desk.services.sync_policies.incidents import incident_label
from duty_desk.services.sync_policy import SyncPolicy, declare
from duty_desk.storage.models import Attachment, AttachmentChunk


def _chunk_label(session: Session, chunk: AttachmentChunk) -> str:
    attachment = session.get(Attachment, chunk.attachment_id)
    return f"{_label(session, attachment)} #{chunk.seq + 1}" if attachment is not None else chunk.attachment_id[:8]


def _label(session: Session, attachment: Attachment) -> str:
    return f"{incident_label(session, attachment.incident_id)} {attachment.file_name}"


declare(
    SyncPolicy(Attachment, Action.VIEW_INCIDENTS, Action.RESOLVE_CONFLICTS, _label),
    SyncPolicy(AttachmentChunk, Action.VIEW_INCIDENTS, Action.RESOLVE_CONFLICTS, _chunk_label),
)

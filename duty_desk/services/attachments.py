"""Attachments of an incident (photos, scanned faxes): kept in the database so they sync, in base64 chunks;
a size limit (a workstation setting) refuses big files with the reason."""

import base64
import hashlib
import mimetypes
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from duty_desk.domain.audit_actions import AuditAction
from duty_desk.domain.roles import Action
from duty_desk.domain.validation import ValidationError, control_problem
from duty_desk.services import audit, office_rules
from duty_desk.services.context import Actor, Services
from duty_desk.services.incidents import live_incident
from duty_desk.storage.models import Attachment, AttachmentChunk

# 64 KiB of bytes a chunk (87 KB of base64): a 20 MB file is 320 rows, and a pulled page of a thousand rows
# stays under 90 MB.
CHUNK_BYTES = 64 * 1024
MB = 1024 * 1024
NAME_LIMIT = 255


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    incident_id: str
    file_name: str
    media_type: str
    size: int
    added_by: str
    added_at: datetime
    complete: bool  # every chunk is here (a sync may still be bringing the rest)


def checked_name(file_name: str, size: int, limit_mb: int) -> str:
    """The file's own name (no folders), or ValidationError with the reason: asked before a big file is read."""
    name = file_name.strip().replace("\\", "/").rsplit("/", 1)[-1]
    if not name:
        raise ValidationError.single("attachment", "the file needs a name")
    if problem := control_problem(name):
        raise ValidationError.single("attachment", problem)
    if len(name) > NAME_LIMIT:
        raise ValidationError.single("attachment", "the file name has at most {limit} characters", limit=NAME_LIMIT)
    if not size:
        raise ValidationError.single("attachment", "the file {name} is empty", name=name)
    if size > limit_mb * MB:
        raise ValidationError.single("attachment", "{name} is {size} MB; attachments may be at most {limit} MB",
                                     name=name, size=f"{size / MB:.1f}", limit=limit_mb)
    return name


def add(services: Services, actor: Actor, incident_id: str, file_name: str, content: bytes) -> str:
    """Keep a file with the incident; refused whole, with the reason, when empty or over the office's limit."""
    name = checked_name(file_name, len(content), office_rules.number(services, office_rules.ATTACHMENT_LIMIT))
    pieces = [content[i:i + CHUNK_BYTES] for i in range(0, len(content), CHUNK_BYTES)]
    with services.write(actor, Action.EDIT_INCIDENT) as session:
        live_incident(session, incident_id)
        row = Attachment(incident_id=incident_id, file_name=name,
                         media_type=mimetypes.guess_type(name)[0] or "application/octet-stream", size=len(content),
                         sha256=hashlib.sha256(content).hexdigest(), chunks=len(pieces), added_by=actor.display_name)
        session.add(row)
        session.flush()
        session.add_all(AttachmentChunk(attachment_id=row.id, seq=n, data=base64.b64encode(piece).decode("ascii"))
                        for n, piece in enumerate(pieces))
        audit.record(session, actor, AuditAction.ADD_ATTACHMENT, "incident_attachments", row.id,
                     after=audit.snapshot(row))
        return row.id


def list_for(services: Services, actor: Actor, incident_id: str) -> list[AttachmentInfo]:
    """Oldest first."""
    arrived = (select(func.count()).where(AttachmentChunk.attachment_id == Attachment.id).scalar_subquery())
    query = (select(Attachment, arrived).where(Attachment.incident_id == incident_id, Attachment.deleted.is_(False))
             .order_by(Attachment.created_at, Attachment.id))
    with services.read(actor, Action.VIEW_INCIDENTS) as session:
        return [AttachmentInfo(a.id, a.incident_id, a.file_name, a.media_type, a.size, a.added_by, a.created_at,
                               complete=count == a.chunks) for a, count in session.execute(query)]


def content(services: Services, actor: Actor, attachment_id: str) -> tuple[str, bytes]:
    """The file's name and bytes, checked against the digest taken when it was added."""
    with services.read(actor, Action.VIEW_INCIDENTS) as session:
        row = session.get(Attachment, attachment_id)
        if row is None or row.deleted:
            raise ValidationError.single("attachment", "no such attachment")
        pieces = list(session.scalars(select(AttachmentChunk.data).where(AttachmentChunk.attachment_id == row.id)
                                      .order_by(AttachmentChunk.seq)))
        name, chunks, digest = row.file_name, row.chunks, row.sha256
    if len(pieces) != chunks:
        raise ValidationError.single("attachment", "{name} has not fully arrived yet ({have} of {total} parts); "
                                     "sync and try again", name=name, have=len(pieces), total=chunks)
    data = b"".join(base64.b64decode(p) for p in pieces)
    if hashlib.sha256(data).hexdigest() != digest:
        raise ValidationError.single("attachment", "{name} is damaged: its content does not match the digest "
                                     "taken when it was added", name=name)
    return name, data

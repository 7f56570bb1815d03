"""Attachments of any record (photos, scanned faxes): kept in the database so they sync, in base64 chunks; a
size limit (an office rule) refuses big files with the reason.

A kind of record takes attachments once it is registered as an owner, with the actions that guard it:

    ATTACHMENTS = attachments.register_owner(Incident, see=Action.VIEW_INCIDENTS, edit=Action.EDIT_INCIDENT,
                                             missing=("incident", "no such incident"))

Whoever may see the owner may list and open its files; whoever may edit it may add one.
"""

import base64
import hashlib
import mimetypes
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duty_desk.domain.audit_actions import AuditAction
from duty_desk.domain.roles import Action
from duty_desk.domain.validation import ValidationError
from duty_desk.services import audit, office_rules
from duty_desk.services.context import Actor, Services, require
from duty_desk.services.permission import by_kind, internal
from duty_desk.storage.base import SyncedBase
from duty_desk.storage.models import Attachment, AttachmentChunk

# 64 KiB of bytes a chunk (87 KB of base64): a 20 MB file is 320 rows, and a pulled page of a thousand rows
# stays under 90 MB.
CHUNK_BYTES = 64 * 1024
MB = 1024 * 1024
NAME_LIMIT = 255
DEFAULT_NAME = "attachment"
# Control characters, and the invisible ones that reorder what is shown (exe.jpg shown as gpj.exe).
_INVISIBLE = re.compile(r"[\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_UNSAFE = re.compile(r'[<>:"|?*]')  # Windows cannot save a name with them
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(10)), *(f"LPT{n}" for n in range(10))}


@dataclass(frozen=True)
class OwnerKind:
    """A kind of record that accepts attachments: stored as its model's table name."""

    model: type[SyncedBase]
    see: Action  # to list and open its attachments
    edit: Action  # to add one
    missing: tuple[str, str]  # (field, message) when the owner does not exist

    @property
    def name(self) -> str:
        return str(self.model.__tablename__)


_OWNERS: dict[str, OwnerKind] = {}


@internal  # a registration at import, not a use case
def register_owner(model: type[SyncedBase], *, see: Action, edit: Action, missing: tuple[str, str]) -> OwnerKind:
    kind = OwnerKind(model, see, edit, missing)
    if _OWNERS.setdefault(kind.name, kind) != kind:
        raise RuntimeError(f"{kind.name} is already registered as an attachment owner, with other actions")
    return kind


@internal
def owner_kinds() -> dict[str, OwnerKind]:
    """Every registered kind by its stored name (for checks over all of them, such as a sync policy's)."""
    return dict(_OWNERS)


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    owner_kind: str
    owner_id: str
    file_name: str
    media_type: str
    size: int
    added_by: str
    added_at: datetime
    complete: bool  # every chunk is here (a sync may still be bringing the rest)


@internal
def safe_name(file_name: str) -> str:
    """A name any workstation can save the file under and open it by: the last part of a path only; no control
    or direction-changing characters, none Windows forbids, no leading or trailing dots or blanks (no `..`,
    no hidden file), no device name (CON, NUL, COM1…); the extension kept, also when the name is cut to length;
    "attachment" when nothing is left."""
    name = _UNSAFE.sub("_", _INVISIBLE.sub("", file_name.replace("\\", "/").rsplit("/", 1)[-1]))
    name = name.strip().rstrip(". ")
    if name.startswith("."):
        name = DEFAULT_NAME + "." + name.lstrip(". ")  # .pdf -> attachment.pdf
    if not name.strip(". "):
        return DEFAULT_NAME
    stem, dot, ext = name.rpartition(".") if "." in name else (name, "", "")
    if stem.split(".")[0].strip().upper() in _RESERVED:
        stem = "_" + stem
    keep = len(dot + ext) if len(dot + ext) <= 16 else 0
    stem = stem[:NAME_LIMIT - keep] if keep else (stem + dot + ext)[:NAME_LIMIT]
    return stem + (dot + ext if keep else "")


@internal
def checked_name(file_name: str, size: int, limit_mb: int) -> str:
    """The name it is kept under (safe_name), or ValidationError with the reason: asked before a big file is
    read."""
    name = safe_name(file_name)
    if not size:
        raise ValidationError.single("attachment", "the file {name} is empty", name=name)
    if size > limit_mb * MB:
        raise ValidationError.single("attachment", "{name} is {size} MB; attachments may be at most {limit} MB",
                                     name=name, size=f"{size / MB:.1f}", limit=limit_mb)
    return name


def _registered(kind: OwnerKind) -> OwnerKind:
    if _OWNERS.get(kind.name) != kind:  # a hand-made OwnerKind would bring its own, weaker, actions
        raise RuntimeError(f"{kind.name} is not registered as an attachment owner")
    return kind


@by_kind
def add(services: Services, actor: Actor, kind: OwnerKind, owner_id: str, file_name: str, content: bytes) -> str:
    """Keep a file with the record; refused whole, with the reason, when empty or over the office's limit."""
    require(actor, _registered(kind).edit)  # before the file is looked at
    name = checked_name(file_name, len(content), office_rules.number(services, actor, office_rules.ATTACHMENT_LIMIT))
    pieces = [content[i:i + CHUNK_BYTES] for i in range(0, len(content), CHUNK_BYTES)]
    with services.write(actor, _registered(kind).edit) as session:
        owner = session.get(kind.model, owner_id)
        if owner is None or owner.deleted:
            raise ValidationError.single(*kind.missing)
        row = Attachment(owner_kind=kind.name, owner_id=owner_id, file_name=name,
                         media_type=mimetypes.guess_type(name)[0] or "application/octet-stream", size=len(content),
                         sha256=hashlib.sha256(content).hexdigest(), chunks=len(pieces), added_by=actor.display_name)
        session.add(row)
        session.flush()
        session.add_all(AttachmentChunk(attachment_id=row.id, seq=n, data=base64.b64encode(piece).decode("ascii"))
                        for n, piece in enumerate(pieces))
        audit.record(session, actor, AuditAction.ADD_ATTACHMENT, Attachment.__tablename__, row.id,
                     after=audit.snapshot(row))
        return row.id


@internal
def infos(session: Session, kind: OwnerKind, owner_id: str) -> list[AttachmentInfo]:
    """One record's attachments, oldest first, in a session whose caller has checked `kind.see` (a record's
    own view, such as an incident's timeline, lists them with the rest)."""
    arrived = select(func.count()).where(AttachmentChunk.attachment_id == Attachment.id).scalar_subquery()
    query = (select(Attachment, arrived)
             .where(Attachment.owner_kind == kind.name, Attachment.owner_id == owner_id, Attachment.deleted.is_(False))
             .order_by(Attachment.created_at, Attachment.id))
    return [AttachmentInfo(a.id, a.owner_kind, a.owner_id, a.file_name, a.media_type, a.size, a.added_by,
                           a.created_at, complete=count == a.chunks) for a, count in session.execute(query)]


@by_kind
def list_for(services: Services, actor: Actor, kind: OwnerKind, owner_id: str) -> list[AttachmentInfo]:
    """Oldest first."""
    require(actor, _registered(kind).see)
    with services.read(actor, kind.see) as session:
        return infos(session, kind, owner_id)


@by_kind
def content(services: Services, actor: Actor, kind: OwnerKind, attachment_id: str) -> tuple[str, bytes]:
    """The file's name and bytes, checked against the digest taken when it was added. Only an attachment of
    `kind` is handed out, so the action checked is the one that guards its owner."""
    require(actor, _registered(kind).see)
    with services.read(actor, kind.see) as session:
        row = session.get(Attachment, attachment_id)
        if row is None or row.deleted or row.owner_kind != kind.name:
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

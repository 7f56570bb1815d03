"""Declarative bases. Every table that syncs derives from SyncedBase and so carries the sync columns."""

from datetime import datetime
from enum import StrEnum
from typing import ClassVar

from sqlalchemy import BigInteger, Boolean, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from duty_desk.domain.ids import uuid7
from duty_desk.domain.timefmt import utcnow
from duty_desk.storage.types import UTCDateTime, rules

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class PushRule(StrEnum):
    """Which workstations the server takes a kind's changes from (`server add-workstation --manages ...`)."""

    ANY = "any"  # every workstation, as the services on it decide
    MANAGES_ACCOUNTS = "accounts"  # only one registered to manage accounts
    MANAGES_RULES = "rules"  # only one registered to manage the office's rules
    SERVER_ONLY = "server"  # made by the server itself; a workstation may change only the kind's open fields


# What `--manages` may name: the rules that are a workstation's capability.
CAPABILITIES = (PushRule.MANAGES_ACCOUNTS, PushRule.MANAGES_RULES)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class SyncedBase(Base):
    """A row that every workstation and the server hold a copy of.

    Ids are made locally (UUIDv7); rows are tombstoned (`deleted`), never removed. `hlc`, `origin_site` and
    `updated_at` are stamped at flush by the session (see storage.session), so no caller can forget them.
    """

    __abstract__ = True
    # History by nature (log entries, audit): inserted once, never edited, so they can never conflict.
    __append_only__: ClassVar[bool] = False
    # Who may push changes of this kind; the server enforces it (sync.server writes it into synced_tables).
    __push__: ClassVar[PushRule] = PushRule.ANY
    # Fields of an existing row any workstation may change whatever __push__ says.
    __push_open__: ClassVar[frozenset[str]] = frozenset()
    # Fields of an existing row its own user may change from any workstation with a proof of the password:
    # the op's `proof` must hash (SHA-256) to the verifier kept as the last '$' part of __verifier__'s value.
    __push_proof__: ClassVar[frozenset[str]] = frozenset()
    __verifier__: ClassVar[str | None] = None

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    hlc: Mapped[int] = mapped_column(BigInteger, default=0, info=rules(stamp=True))
    origin_site: Mapped[str] = mapped_column(String(36), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    server_version: Mapped[int | None] = mapped_column(BigInteger, default=None)


# Bookkeeping columns of every synced row: set on insert or by the server, never merged or audited as data.
SYNC_COLUMNS = frozenset({"id", "created_at", "origin_site", "hlc", "updated_at", "server_version"})
# Never shown in audit entries or conflict views.
SECRET_COLUMNS = frozenset({"password_hash", "password_history"})


def verifier_of(stored: str) -> str:
    """The password verifier in a stored hash ('scrypt$N$r$p$salt$digest$verifier'), or '' if it has none."""
    parts = stored.split("$")
    return parts[6] if len(parts) == 7 else ""


def model_of(table_name: str) -> type[SyncedBase]:
    for model in synced_models():
        if model.__tablename__ == table_name:
            return model
    raise KeyError(table_name)


def synced_models() -> list[type[SyncedBase]]:
    """Every concrete synced model (import duty_desk.storage.models first so all are registered)."""
    return sorted(
        (m.class_ for m in Base.registry.mappers if issubclass(m.class_, SyncedBase)),
        key=lambda cls: cls.__tablename__,
    )

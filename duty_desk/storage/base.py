"""Declarative bases. Every table that syncs derives from SyncedBase and so carries the sync columns."""

from datetime import datetime
from typing import ClassVar

from sqlalchemy import BigInteger, Boolean, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from duty_desk.domain.ids import uuid7
from duty_desk.domain.timefmt import utcnow
from duty_desk.storage.types import UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


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

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    hlc: Mapped[int] = mapped_column(BigInteger, default=0)
    origin_site: Mapped[str] = mapped_column(String(36), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    server_version: Mapped[int | None] = mapped_column(BigInteger, default=None)


# Bookkeeping columns of every synced row: set on insert or by the server, never merged or audited as data.
SYNC_COLUMNS = frozenset({"id", "created_at", "origin_site", "hlc", "updated_at", "server_version"})
# Never shown in audit entries or conflict views.
SECRET_COLUMNS = frozenset({"password_hash", "password_history"})


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

"""Column types that behave the same on SQLite and PostgreSQL."""

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import DateTime, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

E = TypeVar("E", bound=StrEnum)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, hands back aware UTC: SQLite keeps no zone, so the convention is explicit."""

    impl = DateTime
    cache_ok = True
    # The years any record of the duty room can fall in (a roster is planned up to 2199): the server refuses
    # others, 'infinity' and year 1 included.
    EARLIEST_YEAR, LATEST_YEAR = 2000, 2199

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise RuntimeError("naive datetime given; times must be timezone-aware")  # a programming error
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        stored: datetime = value
        return stored.replace(tzinfo=UTC)


class UnknownValue(str):
    """A stored value outside this version's enum (a newer version's, or stored badly by an older one): read and
    shown as it is, never raised; it equals no member, so no rule mistakes it for a known state."""

    @property
    def value(self) -> str:
        return str(self)


class StrEnumType(TypeDecorator[E]):
    """A StrEnum stored as its value string: the columns stay text, so no data or server schema changes."""

    impl = String
    cache_ok = True

    def __init__(self, enum: type[E], length: int = 20) -> None:
        super().__init__(length)
        self.enum = enum

    def process_bind_param(self, value: E | str | None, dialect: Dialect) -> str | None:
        # A value outside the enum is a programming error; the services check input before it gets here. One read
        # as unknown is written back as it was stored (the record's other fields may still change).
        if value is None or isinstance(value, UnknownValue):
            return value
        return self.enum(value).value

    def process_result_value(self, value: Any, dialect: Dialect) -> E | None:
        if value is None:
            return None
        member = self.enum._value2member_map_.get(value)
        return member if member is not None else UnknownValue(value)  # type: ignore[return-value]

    def coerce_compared_value(self, op: Any, value: Any) -> Any:
        """Compared with a member, the enum; with any other text (a LIKE pattern), plain text."""
        return self if isinstance(value, str) and value in self.enum._value2member_map_ else String()


# Texts the app sets no limit of its own for (a follow-up report, a reason): a few pages.
FREE_TEXT = 20_000


@dataclass(frozen=True)
class ValueRules:
    """What a column may hold beyond its type, declared on the column (`info=rules(...)`). The server's checks
    of pushed rows are generated from these and from the column types (sync.server_checks)."""

    max_length: int | None = None  # characters, for Text columns (String(n) says its own)
    enum: type[StrEnum] | None = None  # for plain String columns holding an enum's values
    blank: bool = False  # '' allowed besides the enum's values
    json: str | None = None  # JSON in text: "object", or "any" value
    minimum: int | None = None
    maximum: int | None = None
    stamp: bool = False  # an hlc: not negative, not ahead of the server's clock


def rules(**declared: Any) -> dict[str, ValueRules]:
    return {"rules": ValueRules(**declared)}


def rules_of(info: dict[str, Any]) -> ValueRules:
    found = info.get("rules", ValueRules())
    assert isinstance(found, ValueRules)
    return found

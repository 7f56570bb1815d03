"""Times are stored in UTC and shown in China Standard Time."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

BEIJING = ZoneInfo("Asia/Shanghai")


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """SQLite hands back naive datetimes: they are UTC by convention."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def beijing(value: datetime) -> datetime:
    return as_utc(value).astimezone(BEIJING)


def format_beijing(value: datetime | None) -> str:
    return "" if value is None else beijing(value).strftime("%Y-%m-%d %H:%M")


def format_stored(value: str) -> str:
    """A time as the audit trail keeps it (ISO text) in Beijing time; anything else as it is."""
    try:
        return format_beijing(datetime.fromisoformat(value))
    except ValueError:
        return value

"""The checks every time an officer records obeys: a real date, not in the future, and in a possible order."""

from datetime import datetime, timedelta

from duty_desk.domain.timefmt import BEIJING, as_utc
from duty_desk.domain.validation import FieldError

# Workstations' clocks drift apart by a few minutes between syncs; a time further ahead than this is a typo.
CLOCK_DRIFT = timedelta(minutes=5)
# A fixed floor, not a distance before now: an old incident must stay editable for good. Year 1 and 1900 are what
# blank or defaulted dates become (programs' and spreadsheets' day zero); the office's electronic duty records
# begin well after 2000, so any earlier time is a slip, not history.
EARLIEST_YEAR = 2000
_EARLIEST = datetime(EARLIEST_YEAR, 1, 1, tzinfo=BEIJING)  # the year as the office counts it


def time_error(value: datetime, now: datetime, future: FieldError) -> FieldError | None:
    """`future` is the field's refusal of a time ahead of now, e.g. 'the report cannot have been received in the
    future'; a time before the floor is refused for the same field."""
    at = as_utc(value)
    if at < _EARLIEST:
        return FieldError.of(future.field, "a time before {year} cannot be right; check the date",
                             year=EARLIEST_YEAR)
    return future if at > as_utc(now) + CLOCK_DRIFT else None


def in_order(earlier: datetime, later: datetime) -> bool:
    """`later` is not before `earlier` as the screens show it, to the minute: a time typed as 14:03 for a call
    stamped 14:03:27 is the same minute, not before it."""
    return as_utc(later) >= as_utc(earlier).replace(second=0, microsecond=0)

"""CSV cells a spreadsheet reads as text, never as a formula (CSV injection), and read back exactly.

A cell starting with = + - @ (or their full-width forms, after any blanks), a tab or a carriage return is
written with a leading apostrophe, which Excel and WPS take as "text follows". Phone numbers such as
"+86 10 6512 3456" are left alone: they hold no function.
"""

import csv
import io
import re
from collections.abc import Iterable, Sequence

_FORMULA = ("=", "+", "-", "@", "＝", "＋", "－", "＠")  # full-width too: Chinese input methods type them
_BLANKS = " \t\r\n"
_NUMBER = re.compile(r"[+-]?[\d\s().-]*\d[\d\s().-]*")
_GUARDED = (*_FORMULA, *_BLANKS, "'")  # what may follow the guard's apostrophe


def _formula(value: str) -> bool:
    """Starts like a formula, leading blanks aside (a spreadsheet may trim them), and is no phone number. A
    leading tab or carriage return is guarded whatever follows."""
    if value.startswith(("\t", "\r")):
        return True
    return value.lstrip(_BLANKS).startswith(_FORMULA) and not _NUMBER.fullmatch(value)


def guard(value: str) -> str:
    """The cell as written. A value that already starts with an apostrophe before a trigger gets one more, so
    `unguard` gives every value back."""
    if _formula(value):
        return "'" + value
    if value.startswith("'") and value[1:2] in _GUARDED:
        return "'" + value
    return value


def unguard(value: str) -> str:
    """The value a guarded cell holds; an apostrophe a person typed before ordinary text is kept."""
    if value.startswith("'") and value[1:2] in _GUARDED:
        return value[1:]
    return value


def guard_row(values: list[str]) -> list[str]:
    return [guard(v) for v in values]


def guarded_csv(header: Sequence[str], rows: Iterable[list[str]]) -> str:
    """A CSV file's text: the header, then each row with its cells guarded."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(guard_row(row) for row in rows)
    return text.getvalue()

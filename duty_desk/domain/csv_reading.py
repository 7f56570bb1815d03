"""A CSV read strictly: a stray or unclosed quote, or a cell far longer than any real one, refuses the file with
the line (and column) where it is, rather than swallowing the rows after it into one cell."""

import csv
import io
from collections.abc import Iterator
from typing import NamedTuple

from duty_desk.domain.validation import ValidationError

MAX_CELL = 10_000  # characters; the longest field of any record (notes) holds 2,000
# The csv module's own limit (131,072) would stop a long cell with no line or column; ours says where it is.
# The whole file is bounded by bytes before it is read, so the module's limit can go.
csv.field_size_limit(2**31 - 1)


class Record(NamedTuple):
    line: int  # as a text editor numbers it, where the record starts (a quoted cell may span lines)
    cells: list[str]


def csv_records(text: str, error: type[ValidationError] = ValidationError) -> Iterator[Record]:
    """Every record of `text` (header included) with its line; raises `error` (field "file") at the first fault."""
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), strict=True)
    start = 1
    header: list[str] = []
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            reason = str(exc)
            if "end of data" in reason:
                raise error.single("file", "line {line}: a quote opened here is never closed", line=start) from exc
            if "expected after" in reason:
                raise error.single("file", "line {line}: a stray quote (a quote inside a cell is written twice: "
                                   "\"\")", line=start) from exc
            raise error.single("file", "line {line}: not valid CSV ({reason})", line=start, reason=reason) from exc
        for number, cell in enumerate(cells, start=1):
            if len(cell) > MAX_CELL:
                name = header[number - 1].strip() if number <= len(header) and start > 1 else ""
                raise error.single("file", "line {line}, column {column}: a cell of {length} characters; a cell "
                                   "holds at most {limit}", line=start,
                                   column=f"{number} ({name})" if name else number, length=len(cell),
                                   limit=MAX_CELL)
        if not header:
            header = cells
        yield Record(start, cells)
        start = reader.line_num + 1

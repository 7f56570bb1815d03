"""The kinds of record the search box finds, each declared once; storage.search_index makes its triggers and
queries from these declarations, so a new capability becomes searchable by registering its kind:

    register(SearchKind(
        kind="visit", code=2, action=Action.VIEW_VISITS, table="visits", time="arrived_at",
        fields=(Field("visitor"), Field("purpose")),
        children=(Child("visit_notes", parent="visit_id", field=Field("notes", "{r}.text")),),
    ))

Each row of the table and of its child tables is one index row (its fields joined by a newline), so adding a
child row indexes that row alone. SQL in the declarations names the row as `{r}` (the triggers put OLD or NEW
there); every table needs a text primary key `id` and a `deleted` flag (synced tables have both).
"""

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from duty_desk.domain.roles import Action

MAX_CHILDREN = 15  # a kind's sources are numbered code * 16 + 0 (its own table), + 1.. (its child tables)


@dataclass(frozen=True)
class Field:
    """A searched text: its name (the snippet says where it matched) and its SQL over the row `{r}`."""
    name: str
    sql: str = ""

    def over(self, row: str) -> str:
        return "coalesce(" + (self.sql or "{r}." + self.name).replace("{r}", row) + ", '')"


@dataclass(frozen=True)
class Child:
    """Rows that belong to a record (follow-ups): `parent` holds the record's id; their texts are one field."""
    table: str
    parent: str
    field: Field
    order: str = "received_at"  # the order the field's texts are shown in


@dataclass(frozen=True)
class SearchKind:
    kind: str  # how a hit is named: (kind, record id)
    code: int  # stored in the index rows; never reuse one
    action: Action  # who may see this kind's hits
    table: str
    time: str  # newest first by this column (a UTCDateTime)
    fields: tuple[Field, ...]
    children: tuple[Child, ...] = ()
    hidden: str = ""  # SQL over `{r}`: records left out unless asked for (drills)
    extra: tuple[str, ...] = ()  # more columns a hit carries (the incident's number)

    def sources(self) -> Iterator[tuple[int, str]]:
        """(source code, table) of the kind's own table and its child tables."""
        yield self.code * (MAX_CHILDREN + 1), self.table
        for n, child in enumerate(self.children, start=1):
            yield self.code * (MAX_CHILDREN + 1) + n, child.table


_KINDS: dict[str, SearchKind] = {}


def register(kind: SearchKind) -> SearchKind:
    if len(kind.children) > MAX_CHILDREN:
        raise RuntimeError(f"{kind.kind}: at most {MAX_CHILDREN} child tables")
    taken = {k.code for k in _KINDS.values() if k.kind != kind.kind}
    if kind.code in taken or kind.code < 1:
        raise RuntimeError(f"{kind.kind}: search code {kind.code} is taken or invalid")
    _KINDS[kind.kind] = kind
    return kind


def unregister(name: str) -> None:
    _KINDS.pop(name, None)


@contextmanager
def registered(kind: SearchKind) -> Iterator[SearchKind]:
    """A kind registered for a while (tests)."""
    register(kind)
    try:
        yield kind
    finally:
        unregister(kind.kind)


def kinds() -> tuple[SearchKind, ...]:
    return tuple(sorted(_KINDS.values(), key=lambda k: k.code))


def fingerprint() -> str:
    """Changes with any declaration: the index is rebuilt when it does."""
    return hashlib.sha1(repr(kinds()).encode()).hexdigest()[:12]

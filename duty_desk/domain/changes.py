"""What a piece of work changed: the (record kind, id) pairs its committed transactions wrote.

A record kind is the table's name. Sessions note every synced row they flush; the write transaction
(`Services.write`) and a sync pull hand what they committed to the recording the caller opened, so an
operation learns what its work changed without any service function returning it.
"""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ChangeSet:
    records: frozenset[tuple[str, str]] = field(default_factory=frozenset)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(kind for kind, _id in self.records)

    def ids(self, kind: str) -> frozenset[str]:
        return frozenset(row_id for k, row_id in self.records if k == kind)

    def touches(self, kinds: Iterable[str]) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def __bool__(self) -> bool:
        return bool(self.records)

    def __or__(self, other: "ChangeSet") -> "ChangeSet":
        return ChangeSet(self.records | other.records)


_recording: ContextVar[set[tuple[str, str]] | None] = ContextVar("changes_recording", default=None)


@contextmanager
def recording() -> Iterator[set[tuple[str, str]]]:
    """Collect what committed inside the block; the set is complete when the block ends.

    Work in a pool thread opens its own recording, so jobs reusing a thread never see each other's changes."""
    collected: set[tuple[str, str]] = set()
    token = _recording.set(collected)
    try:
        yield collected
    finally:
        _recording.reset(token)


def committed(records: Iterable[tuple[str, str]]) -> None:
    """A transaction committed these records: add them to the open recording, if any."""
    current = _recording.get()
    if current is not None:
        current.update(records)

"""The UI's one path to the services (Anki's QueryOp/CollectionOp): reads and writes run off the GUI thread.

    ctx.ops.query(self, lambda: directory.search_people(services, actor, text), self._show, self._refused)
    ctx.ops.write(self, lambda: directory.save_person(services, actor, data), self._saved, self._refused)

Work runs in the pool; its result, or a `Failure` with the reason in the interface language, comes back on the
GUI thread. A query supersedes the owner's earlier query of the same key (only the newest answer is delivered)
and an owner destroyed meanwhile gets nothing. A write's committed records are announced once on
`DataBus.changed` (a `ChangeSet` of record kinds and ids), before `on_done`; panels refresh only for the kinds
they show.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject

from duty_desk.domain.changes import ChangeSet, recording
from duty_desk.ui.background import Background, DataBus
from duty_desk.ui.forms_support import refusal_text

T = TypeVar("T")


@dataclass(frozen=True)
class Failure:
    error: Exception
    text: str  # why, in the interface language


class Operations(QObject):
    def __init__(self, background: Background, bus: DataBus) -> None:
        super().__init__()
        self.background = background
        self.bus = bus
        self._latest: dict[tuple[int, str], int] = {}  # (owner, key) -> the newest query's number
        self._watched: set[int] = set()  # owners whose destruction clears their entries
        self._number = 0

    def query(self, owner: QObject, work: Callable[[], T], on_done: Callable[[T], object],
              on_error: Callable[[Failure], object] | None = None, key: str = "") -> None:
        """Read: `on_done(result)` unless a newer query of `owner` with the same `key` was asked meanwhile."""
        slot = (id(owner), key)
        if slot[0] not in self._watched:
            self._watched.add(slot[0])
            owner.destroyed.connect(lambda *_: self._forget(slot[0]))
        self._number += 1
        number = self._latest[slot] = self._number

        def current() -> bool:
            return self._latest.get(slot) == number and shiboken6.isValid(owner)

        def done(result: T) -> None:
            if current():
                on_done(result)

        def failed(exc: Exception) -> None:
            if current():
                self._fail(exc, on_error)

        self.background.run(work, done, failed)

    def cancel(self, owner: QObject, key: str = "") -> None:
        """The answer to `owner`'s pending query of `key` is no longer wanted (e.g. nothing is selected now)."""
        self._latest.pop((id(owner), key), None)

    def write(self, owner: QObject, work: Callable[[], T], on_done: Callable[[T], object] | None = None,
              on_error: Callable[[Failure], object] | None = None) -> None:
        """Write: every write is delivered; what it committed is announced on the bus even if `owner` is gone."""

        def recorded() -> tuple[T, ChangeSet]:
            with recording() as records:
                result = work()
            return result, ChangeSet(frozenset(records))

        def done(answer: tuple[T, ChangeSet]) -> None:
            result, changes = answer
            if changes:
                self.bus.changed.emit(changes)
            if on_done is not None and shiboken6.isValid(owner):
                on_done(result)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(owner):
                self._fail(exc, on_error)

        self.background.run(recorded, done, failed)

    def _fail(self, exc: Exception, on_error: Callable[[Failure], object] | None) -> None:
        if on_error is None:
            raise exc  # nobody expects it: a defect, not a refusal; let Qt report it
        on_error(Failure(exc, refusal_text(exc)))

    def _forget(self, owner: int) -> None:
        self._watched.discard(owner)
        for slot in [s for s in self._latest if s[0] == owner]:
            del self._latest[slot]

"""Slow work off the GUI thread, and the one signal panels refresh from. The UI uses both through
`ui.operations.Operations` (ctx.ops)."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class DataBus(QObject):
    """`changed(ChangeSet)` after any write or sync: panels showing one of its record kinds reload themselves."""

    changed = Signal(object)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # delivered to the GUI thread, shown there
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class Background(QObject):
    """Run `work()` in the pool; `on_done(result)` or `on_error(exc)` runs on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._relays: set[_Relay] = set()

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[Exception], None] | None = None) -> None:
        relay = _Relay()  # lives on the GUI thread, so its signals are queued back to it
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            callback(value)  # whether its owner is still there is the operation's to judge

        relay.done.connect(lambda result: finish(on_done, result))
        relay.failed.connect(lambda exc: finish(on_error or _unhandled, exc))
        self.pool.start(_Job(work, relay))

    def wait(self, msecs: int = 10000) -> bool:
        return self.pool.waitForDone(msecs)

    def undelivered(self) -> int:
        """Jobs whose result has not reached the GUI thread yet (running, queued, or posted back)."""
        return len(self._relays)


def _unhandled(exc: Exception) -> None:
    raise exc


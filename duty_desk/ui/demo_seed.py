"""The first `--demo` start fills the demo folder with a progress bar, off the GUI thread; a start after one cut
short finishes it (services.demo is idempotent)."""

import threading

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog

from duty_desk.services import demo
from duty_desk.services.context import Services

_PARTS: dict[str, str] = {  # what the officer waits for, in words
    "accounts": str(QT_TRANSLATE_NOOP("DemoSeed", "Creating the demo accounts…")),
    "directory": str(QT_TRANSLATE_NOOP("DemoSeed", "Filling the contacts directory…")),
    "incidents": str(QT_TRANSLATE_NOOP("DemoSeed", "Registering demo incidents…")),
    "roster": str(QT_TRANSLATE_NOOP("DemoSeed", "Drawing up the duty roster…")),
    "instructions": str(QT_TRANSLATE_NOOP("DemoSeed", "Recording leaders' instructions and their tasks…")),
    "escalations": str(QT_TRANSLATE_NOOP("DemoSeed", "Escalating demo incidents to the leaders…")),
    "leader_reports": str(QT_TRANSLATE_NOOP("DemoSeed", "Keeping the leaders' whereabouts and written reports…")),
}
_GENERIC = str(QT_TRANSLATE_NOOP("DemoSeed", "Preparing the demo data…"))


class _Relay(QObject):
    part = Signal(str)
    done = Signal(object)  # None, or the exception that stopped the seed


def seed_with_progress(services: Services) -> Exception | None:
    """Seed while a progress dialog says which part is being made; returns what stopped it, if anything."""
    shares = dict(demo.PARTS)
    dialog = QProgressDialog(QCoreApplication.translate("DemoSeed", _GENERIC), "", 0, sum(shares.values()))
    dialog.setWindowTitle(QCoreApplication.translate("DemoSeed", "Duty Desk demo"))
    dialog.setCancelButton(None)  # nothing to cancel into: an interrupted seed is finished at the next start
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setMinimumWidth(420)
    relay, loop, outcome = _Relay(), QEventLoop(), []
    done_before = [0]

    def show_part(part: str) -> None:
        dialog.setLabelText(QCoreApplication.translate("DemoSeed", _PARTS.get(part, _GENERIC)))
        dialog.setValue(done_before[0])
        done_before[0] += shares.get(part, 0)

    def finished(error: object) -> None:
        outcome.append(error)
        loop.quit()

    relay.part.connect(show_part)  # queued: the relay lives on the GUI thread, the seed runs on another
    relay.done.connect(finished)

    def work() -> None:
        try:
            demo.seed(services, relay.part.emit)
        except Exception as exc:  # shown by the caller, in words
            relay.done.emit(exc)
        else:
            relay.done.emit(None)

    dialog.show()
    threading.Thread(target=work, name="demo-seed", daemon=True).start()
    loop.exec()
    dialog.close()
    error = outcome[0]
    return error if isinstance(error, Exception) else None

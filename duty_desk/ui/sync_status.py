"""Background sync: every few seconds and on F5, off the GUI thread, with its state for the status bar."""

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from duty_desk.domain.timefmt import format_beijing, utcnow
from duty_desk.services import sync
from duty_desk.services.sync import SyncReport, SyncStatus
from duty_desk.ui.context import UiContext
from duty_desk.ui.operations import Failure


class SyncRunner(QObject):
    """Runs one sync at a time; `state_changed(text, tooltip, level)` with level 'ok', 'offline' or 'warn'."""

    state_changed = Signal(str, str, str)

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.running = False
        self.offline_since: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(int(ctx.settings.get("sync_interval_s")) * 1000)
        self.timer.timeout.connect(self.sync_now)

    def start(self) -> None:
        self.timer.start()
        self.sync_now()

    def sync_now(self) -> None:
        if self.running:
            return
        self.running = True
        services, actor = self.ctx.services, self.ctx.actor

        def run() -> tuple[SyncReport, SyncStatus] | None:
            """One write: what the pull changed goes to the panels showing it (DataBus.changed)."""
            if sync.target(services, actor) is None:
                return None
            report = sync.run_sync(services, actor)
            return report, sync.status(services, actor)

        self.ctx.ops.write(self, run, self._done, self._failed)

    def _done(self, answer: tuple[SyncReport, SyncStatus] | None) -> None:
        self.running = False
        if answer is None:
            self.state_changed.emit(self.tr("Offline — no server configured"),
                                    self.tr("Work is kept on this workstation. An administrator can link it to "
                                            "the server with 'duty-desk connect'."), "offline")
            return
        report, status = answer
        self.offline_since = None
        when = format_beijing(utcnow())[-5:]
        text = self.tr("Online · synced {time}").format(time=when)
        level = "ok"
        if status.open_conflicts:
            text = self.tr("%n conflicts · synced {time}", "", status.open_conflicts).format(time=when)
            level = "warn"
        if status.rejected:
            text += self.tr(" · %n refused", "", status.rejected)
            level = "warn"
        if status.set_aside:
            text += self.tr(" · %n set aside", "", status.set_aside)
            level = "warn"
        if report.clock_suspect:
            text += self.tr(" · clock {minutes:+d} min off").format(minutes=round(report.clock_offset_ms / 60000))
            level = "warn"
        if report.waiting:
            text = self.tr("Waiting · this version is too old for the server: upgrade Duty Desk")
            level = "warn"
        tip = self.tr("Sent {pushed}, received {pulled} changes in {seconds:.1f} s.").format(
            pushed=report.pushed, pulled=report.pulled, seconds=report.seconds)
        self.state_changed.emit(text, tip, level)

    def _failed(self, failure: Failure) -> None:
        self.running = False
        if self.offline_since is None:
            self.offline_since = utcnow()
        since, services, actor = self.offline_since, self.ctx.services, self.ctx.actor
        self.ctx.ops.query(self, lambda: sync.status(services, actor).pending,
                           lambda waiting: self._offline(since, waiting, failure.error), key="status")

    def _offline(self, since: datetime, waiting: int, exc: Exception) -> None:
        text = self.tr("Offline since {time} · %n changes waiting", "", waiting).format(
            time=format_beijing(since)[-5:])
        self.state_changed.emit(text, self.tr("The server cannot be reached: {reason}. Work goes on here and is "
                                              "sent when the link returns.").format(reason=exc), "offline")

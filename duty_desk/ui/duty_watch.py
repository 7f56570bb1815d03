"""Who is on duty now and next, kept fresh for the status bar and the Overview: every minute (a handoff can
come at any time) and whenever the roster changes here or by sync."""

from PySide6.QtCore import QObject, QTimer, Signal

from duty_desk.domain.changes import ChangeSet
from duty_desk.domain.roles import Action
from duty_desk.services import record_kinds, roster
from duty_desk.services.errors import StorageError
from duty_desk.services.roster import DutyRow
from duty_desk.ui.context import UiContext
from duty_desk.ui.operations import Failure


class DutyWatcher(QObject):
    changed = Signal(object, object)  # list[DutyRow] now, list[DutyRow] next

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.timer = QTimer(self, interval=60_000)
        self.timer.timeout.connect(self.check)
        ctx.bus.changed.connect(self._on_changed)

    def start(self) -> None:
        if self.ctx.actor.may(Action.VIEW_ROSTER):
            self.timer.start()
            self.check()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(record_kinds.ROSTER | record_kinds.DIRECTORY):
            self.check()

    def check(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        # Skipped once the window is closed. A busy database only delays the next look.
        self.ctx.ops.query(self, lambda: roster.on_duty(services, actor), self._arrived, self._not_now)

    def _not_now(self, failure: Failure) -> None:
        if not isinstance(failure.error, StorageError):
            raise failure.error

    def _arrived(self, found: tuple[list[DutyRow], list[DutyRow]]) -> None:
        self.changed.emit(*found)

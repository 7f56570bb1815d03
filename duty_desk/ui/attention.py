"""What needs the officer now: overdue and due-soon reporting clocks, watched off the GUI thread.

It feeds the banner, the badge on the rail, the Overview card and one desktop notification per clock that
falls overdue; never a modal dialog that would steal the keyboard in the middle of typing."""

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from duty_desk.domain.changes import ChangeSet
from duty_desk.domain.roles import Action
from duty_desk.domain.timefmt import utcnow
from duty_desk.services import incident_list, record_kinds, rules
from duty_desk.services.incident_list import Attention
from duty_desk.ui import incident_labels as L
from duty_desk.ui.context import UiContext


class AttentionWatcher(QObject):
    changed = Signal(object)  # Attention

    def __init__(self, ctx: UiContext, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.latest = Attention([], [])
        self._notified: set[tuple[str, str]] = set()
        self.tray = QSystemTrayIcon(icon, self) if QSystemTrayIcon.isSystemTrayAvailable() else None
        if self.tray is not None:
            self.tray.show()
        self.timer = QTimer(self, interval=30_000)
        self.timer.timeout.connect(self.check)
        ctx.bus.changed.connect(self._on_changed)

    def start(self) -> None:
        if self.ctx.actor.may(Action.VIEW_INCIDENTS):
            self.timer.start()
            self.check()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(record_kinds.INCIDENTS):
            self.check()

    def check(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.query(
            self, lambda: incident_list.attention(services, actor, rules.load_profile(services), utcnow()),
            self._arrived)

    def _arrived(self, attention: Attention) -> None:
        self.latest = attention
        self.changed.emit(attention)
        for view, clock in attention.overdue:
            key = (view.id, clock.kind.value)
            if key in self._notified:
                continue
            self._notified.add(key)
            if self.tray is not None:  # one desktop notification per clock that falls overdue
                self.tray.showMessage(self.tr("Reporting deadline overdue"), self.tr("{number}: {what}").format(
                    number=view.number, what=L.clock_text(clock.kind, clock.state(utcnow(), 0),
                                                          clock.seconds_left(utcnow()))),
                    QSystemTrayIcon.MessageIcon.Warning, 15_000)

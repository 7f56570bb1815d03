"""What needs the officer now, from every attention source the actor may see, watched off the GUI thread.

It feeds the banner, the badges on the rail, the Overview card and one desktop notification per deadline that
falls overdue; never a modal dialog that would steal the keyboard in the middle of typing."""

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from duty_desk.domain.changes import ChangeSet
from duty_desk.domain.deadline import DeadlineState
from duty_desk.domain.timefmt import utcnow
from duty_desk.services import attention
from duty_desk.services.attention import AttentionItem
from duty_desk.ui import incident_labels as L
from duty_desk.ui.context import UiContext
from duty_desk.ui.panel_registry import describer


def due_text(item: AttentionItem, now: datetime) -> str:
    """What is due, as the source's panel words it, or plainly: '✖ overdue 12 min' / '▲ due in 4 min'."""
    describe = describer(item.source)
    if describe is not None:
        return describe(item, now)
    left = item.deadline.seconds_left(now)
    if item.deadline.state(now) is DeadlineState.OVERDUE:
        return QCoreApplication.translate("AttentionWatcher", "✖ overdue {time}").format(time=L.duration(left))
    return QCoreApplication.translate("AttentionWatcher", "▲ due in {time}").format(time=L.duration(left))


def item_text(item: AttentionItem, now: datetime) -> str:
    """One line for the banner, the Overview and a notification: '[DRILL] 2026-0012 化工厂… — ✖ … overdue 12 min'."""
    drill = QCoreApplication.translate("OverviewPanel", "[DRILL] ") if item.drill else ""
    return f"{drill}{item.title} — {due_text(item, now)}"


class AttentionWatcher(QObject):
    changed = Signal(object)  # list[AttentionItem], overdue first
    fell_overdue = Signal(object)  # AttentionItem: once per deadline, for the desktop notification

    def __init__(self, ctx: UiContext, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.latest: list[AttentionItem] = []
        self._notified: set[tuple[str, str, str]] = set()
        self.tray = QSystemTrayIcon(icon, self) if QSystemTrayIcon.isSystemTrayAvailable() else None
        if self.tray is not None:
            self.tray.show()
            self.fell_overdue.connect(self._notify)
        self.timer = QTimer(self, interval=30_000)
        self.timer.timeout.connect(self.check)
        ctx.bus.changed.connect(self._on_changed)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def _on_changed(self, _changes: ChangeSet) -> None:
        self.check()  # any capability's change may start or stop one of its deadlines

    def check(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.query(self, lambda: attention.gather(services, actor, utcnow()), self._arrived)

    def _arrived(self, items: list[AttentionItem]) -> None:
        self.latest = items
        self.changed.emit(items)
        now = utcnow()
        for item in items:
            if item.deadline.state(now) is DeadlineState.OVERDUE and item.key not in self._notified:
                self._notified.add(item.key)
                self.fell_overdue.emit(item)

    def _notify(self, item: AttentionItem) -> None:
        assert self.tray is not None
        self.tray.showMessage(self.tr("Deadline overdue"), item_text(item, utcnow()),
                              QSystemTrayIcon.MessageIcon.Warning, 15_000)

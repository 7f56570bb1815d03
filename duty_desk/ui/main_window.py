"""The main window: navigation rail, the panels, menus and the status bar."""

from PySide6.QtCore import QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from duty_desk.domain.changes import ChangeSet
from duty_desk.domain.deadline import DeadlineState
from duty_desk.domain.roles import Action
from duty_desk.domain.timefmt import format_beijing, utcnow
from duty_desk.paths import resource
from duty_desk.services import office_rules, record_kinds
from duty_desk.services.attention import AttentionItem
from duty_desk.services.roster import DutyRow
from duty_desk.ui import capabilities, panel_registry  # noqa: F401 -- capabilities: imported to register
from duty_desk.ui.attention import AttentionWatcher, item_text
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.about import show_about, show_help
from duty_desk.ui.dialogs.audit_viewer import AuditViewer
from duty_desk.ui.dialogs.conflicts import ConflictsDialog
from duty_desk.ui.dialogs.deadline_rules import DeadlineRulesDialog
from duty_desk.ui.dialogs.escalation_policies import EscalationPoliciesDialog
from duty_desk.ui.dialogs.settings import SettingsDialog
from duty_desk.ui.duty_watch import DutyWatcher
from duty_desk.ui.labels import role_name
from duty_desk.ui.panels.base import Panel
from duty_desk.ui.roster_labels import on_duty_line
from duty_desk.ui.screen_lock import IdleWatcher, ScreenLock
from duty_desk.ui.sync_status import SyncRunner
from duty_desk.ui.widgets import literal


def icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", f"{name}.svg")))


class MainWindow(QMainWindow):
    language_changed = Signal()
    log_out = Signal()  # the person logged in leaves; the login comes back for whoever is next

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        title = self.tr("Duty Desk")
        self.setWindowTitle(title + (self.tr(" — DEMO DATA") if ctx.demo else ""))
        self.setWindowIcon(icon("app"))
        self.ui_state = QSettings(str(ctx.data_dir / "window.ini"), QSettings.Format.IniFormat)
        self.specs = panel_registry.visible(ctx.actor)  # the panels this role may use, in rail order
        self.panels: list[Panel] = [spec.factory(ctx) for spec in self.specs]
        self.attention_items: list[AttentionItem] = []
        self.shortcuts: list[QAction] = []  # those the screen lock turned off

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        self.banner = QPushButton()  # a flat strip across the top: click opens the first overdue record
        self.banner.setAccessibleName(self.tr("Needs attention"))
        self.banner.setStyleSheet("QPushButton { background-color: #c62828; color: white; font-weight: bold; "
                                  "border: none; padding: 6px; text-align: left; }")
        self.banner.hide()
        self.rail = QListWidget()
        self.banner.clicked.connect(self._open_first_overdue)
        self.rail.setAccessibleName(self.tr("Panels"))
        self.rail.setIconSize(QSize(22, 22))
        self.rail.setSpacing(2)
        self.stack = QStackedWidget()
        for panel, spec in zip(self.panels, self.specs, strict=True):
            item = QListWidgetItem(icon(spec.icon), panel.title)
            item.setSizeHint(QSize(0, 40))
            self.rail.addItem(item)
            self.stack.addWidget(panel)
            panel.record_requested.connect(self.open_record)
        widest = max(self.rail.fontMetrics().horizontalAdvance(p.title) for p in self.panels)
        self.rail.setFixedWidth(max(170, widest + 22 + 40))  # icon, spacing and frame
        self.rail.currentRowChanged.connect(self.show_panel)
        row.addWidget(self.rail)
        right = QVBoxLayout()
        right.addWidget(self.banner)
        self.cover = QStackedWidget()  # the panels, or the screen lock in their place
        self.cover.addWidget(self.stack)
        right.addWidget(self.cover, 1)
        row.addLayout(right, 1)
        self.setCentralWidget(central)
        self.attention = AttentionWatcher(ctx, icon("app"), self)
        self.attention.changed.connect(self._show_attention)
        self.duty_watch = DutyWatcher(ctx, self)
        self.duty_watch.changed.connect(self._show_on_duty)
        for panel in self.panels:
            self.attention.changed.connect(panel.show_attention)
            self.duty_watch.changed.connect(panel.show_on_duty)
        self._make_status_bar()
        self._make_menus()
        self._restore()
        self.lock = ScreenLock(ctx)
        self.cover.addWidget(self.lock)
        self.lock.unlocked.connect(self.unlock_screen)
        self.idle = IdleWatcher(self.lock_screen, self)
        self._read_idle_lock()
        ctx.bus.changed.connect(self._rules_changed)
        self.sync_runner.start()
        self.attention.start()
        self.duty_watch.start()

    def _read_idle_lock(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.query(self, lambda: office_rules.number(services, actor, office_rules.IDLE_LOCK),
                           self._idle_lock_read, key="idle_lock")

    def _idle_lock_read(self, minutes: int) -> None:
        if not self.locked:  # unlocking starts the count again, with the interval set here
            self.idle.start(minutes)

    def _rules_changed(self, changes: ChangeSet) -> None:
        """The office's idle lock, changed here in Settings or arrived by sync, applies at once."""
        if changes.touches(record_kinds.RULES):
            self._read_idle_lock()

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        log_out = QAction(self.tr("&Log out and switch user"), self)
        log_out.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        log_out.triggered.connect(self.log_out.emit)
        file_menu.addAction(log_out)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view = bar.addMenu(self.tr("&View"))
        for i, panel in enumerate(self.panels):
            action = QAction(literal(panel.title), self)
            if i < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, n=i: self.rail.setCurrentRow(n))
            view.addAction(action)
        view.addSeparator()
        steps = ((self.tr("Next panel"), "Ctrl+PgDown", 1), (self.tr("Previous panel"), "Ctrl+PgUp", -1))
        for text, key, step in steps:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _=False, s=step: self.rail.setCurrentRow(
                (self.rail.currentRow() + s) % len(self.panels)))
            view.addAction(action)
        find = QAction(self.tr("&Find in panel"), self)
        find.setShortcut(QKeySequence("Ctrl+F"))
        find.triggered.connect(lambda: self.current_panel().focus_search())
        view.addAction(find)

        tools = bar.addMenu(self.tr("&Tools"))
        audit_action = QAction(self.tr("&Audit trail…"), self)
        audit_action.setEnabled(self.ctx.actor.may(Action.VIEW_AUDIT))
        audit_action.setVisible(audit_action.isEnabled())  # a role sees only the actions it may use
        audit_action.triggered.connect(lambda: AuditViewer(self.ctx, self).exec())
        tools.addAction(audit_action)
        sync_now = QAction(self.tr("S&ync now"), self)
        sync_now.setShortcut(QKeySequence("F5"))
        sync_now.triggered.connect(lambda: self.sync_runner.sync_now())
        tools.addAction(sync_now)
        conflicts = QAction(self.tr("&Conflicts and refused changes…"), self)
        conflicts.triggered.connect(self.open_conflicts)
        tools.addAction(conflicts)
        tools.addSeparator()
        deadlines = QAction(self.tr("Reporting &deadlines…"), self)
        deadlines.setEnabled(self.ctx.actor.may(Action.EDIT_SETTINGS))
        deadlines.setVisible(deadlines.isEnabled())
        deadlines.triggered.connect(lambda: DeadlineRulesDialog(self.ctx, self).exec())
        tools.addAction(deadlines)
        policies = QAction(self.tr("&Escalation steps…"), self)
        policies.setEnabled(self.ctx.actor.may(Action.MANAGE_ESCALATION_POLICIES))
        policies.setVisible(policies.isEnabled())
        policies.triggered.connect(lambda: EscalationPoliciesDialog(self.ctx, self).exec())
        tools.addAction(policies)
        settings = QAction(self.tr("&Settings…"), self)
        settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.triggered.connect(self.open_settings)
        tools.addAction(settings)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_action = QAction(self.tr("Keyboard &help"), self)
        help_action.setShortcut(QKeySequence("F1"))
        help_action.triggered.connect(lambda: show_help(self, self.current_panel(), self.current_panel().title))
        help_menu.addAction(help_action)
        about = QAction(self.tr("&About Duty Desk"), self)
        about.triggered.connect(lambda: show_about(self))
        help_menu.addAction(about)

    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        actor = self.ctx.actor
        self.user_label = QLabel(self.tr("{name} · {role}").format(name=actor.display_name,
                                                                    role=role_name(actor.role)))
        self.duty_label = QLabel(self.tr("On duty: …"))
        self.duty_label.setAccessibleName(self.tr("On duty now and next"))
        self.duty_label.setVisible(actor.may(Action.VIEW_ROSTER))
        self.link_label = QToolButton()
        self.link_label.setAutoRaise(True)
        self.link_label.setAccessibleName(self.tr("Server link"))
        self.link_label.clicked.connect(self.open_conflicts)
        self.clock_label = QLabel()
        for widget in (self.user_label, self.duty_label, self.link_label, self.clock_label):
            widget.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(widget)
        self.sync_runner = SyncRunner(self.ctx, self)
        self.sync_runner.state_changed.connect(self._show_link)
        self._tick()
        self.clock = QTimer(self, interval=1000)
        self.clock.timeout.connect(self._tick)
        self.clock.start()

    def _show_link(self, text: str, tooltip: str, level: str) -> None:
        colours = {"ok": "#2e7d32", "warn": "#e65100", "offline": "palette(window-text)"}
        marks = {"ok": "●", "warn": "▲", "offline": "○"}  # shape as well as colour
        self.link_label.setText(f"{marks[level]} {text}")
        self.link_label.setToolTip(tooltip)
        self.link_label.setStyleSheet(f"color: {colours[level]};")

    def _show_attention(self, items: list[AttentionItem]) -> None:
        self.attention_items = items
        now = utcnow()
        overdue = [item for item in items if item.deadline.state(now) is DeadlineState.OVERDUE]
        for row, (panel, spec) in enumerate(zip(self.panels, self.specs, strict=True)):
            # The badge counts what the banner counts, overdue deadlines; the due-soon ones are in its tooltip.
            late = sum(1 for item in overdue if item.source in spec.badge_sources)
            soon = sum(1 for item in items if item.source in spec.badge_sources) - late
            rail = self.rail.item(row)
            rail.setText(self.tr("{title} ({count})").format(title=panel.title, count=late) if late else panel.title)
            rail.setToolTip(self.tr("%n deadline(s) overdue", "", late) + "\n" + self.tr("%n due soon", "", soon)
                            if late or soon else "")
        if overdue:
            self.banner.setText(self.tr("✖ %n deadline(s) overdue — {first}", "", len(overdue))
                                .format(first=item_text(overdue[0], now)))
            self.banner.show()
        else:
            self.banner.hide()

    def _open_first_overdue(self) -> None:
        if self.attention_items:  # overdue first: the one the banner names
            first = self.attention_items[0]
            self.open_record(first.record_kind, first.record_id)

    def open_record(self, kind: str, record_id: str) -> bool:
        """Show a record in the first panel that opens its kind; False when none this role sees does."""
        row = panel_registry.index_opening(self.specs, kind)
        if row is None:
            return False
        self.rail.setCurrentRow(row)
        self.panels[row].open_record(kind, record_id)
        return True

    def _show_on_duty(self, now: list[DutyRow], upcoming: list[DutyRow]) -> None:
        self.duty_label.setText(on_duty_line(now, upcoming, short=True))
        self.duty_label.setToolTip(on_duty_line(now, upcoming))

    def open_conflicts(self) -> None:
        ConflictsDialog(self.ctx, self).exec()

    def _tick(self) -> None:
        self.clock_label.setText(self.tr("Beijing {time}").format(time=format_beijing(utcnow())))

    def lock_screen(self) -> None:
        """The panels are covered; the rail (its badges), banner and status bar stay in sight, taking no input."""
        if self.locked:
            return
        self.cover.setCurrentWidget(self.lock)
        for part in (self.rail, self.banner, self.menuBar()):
            part.setEnabled(False)
        self.shortcuts = [a for a in self.findChildren(QAction) if a.isEnabled()]  # Ctrl+1… must not reach a panel
        for action in self.shortcuts:
            action.setEnabled(False)
        self.lock.password.setFocus()

    def unlock_screen(self) -> None:
        for part in (self.rail, self.banner, self.menuBar()):
            part.setEnabled(True)
        for action in self.shortcuts:
            action.setEnabled(True)
        self.cover.setCurrentWidget(self.stack)
        self.idle.timer.start()

    @property
    def locked(self) -> bool:
        return self.cover.currentWidget() is self.lock

    def current_panel(self) -> Panel:
        return self.panels[self.stack.currentIndex()]

    def show_panel(self, index: int) -> None:
        if 0 <= index < len(self.panels):
            self.stack.setCurrentIndex(index)
            self.panels[index].refresh()

    def open_settings(self) -> None:
        before = self.ctx.settings.get("language")
        if not SettingsDialog(self.ctx, self).exec():
            return
        self.sync_runner.timer.setInterval(int(self.ctx.settings.get("sync_interval_s")) * 1000)
        if self.ctx.settings.get("language") != before:
            self.language_changed.emit()

    def _restore(self) -> None:
        geometry = self.ui_state.value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 760)
        keys = [spec.key for spec in self.specs]
        last = str(self.ui_state.value("panel", "") or "")  # a panel this role may not see: the first one
        self.rail.setCurrentRow(keys.index(last) if last in keys else 0)

    def searches(self) -> dict[str, str]:
        """Each panel's search text, by panel key: kept across a change of language."""
        return {spec.key: panel.search.text() for spec, panel in zip(self.specs, self.panels, strict=True)
                if panel.search is not None and panel.search.text()}

    def restore_searches(self, texts: dict[str, str]) -> None:
        for spec, panel in zip(self.specs, self.panels, strict=True):
            if panel.search is not None and spec.key in texts:
                panel.search.setText(texts[spec.key])

    def save_state(self) -> None:
        self.ui_state.setValue("geometry", self.saveGeometry())
        self.ui_state.setValue("panel", self.specs[self.rail.currentRow()].key)
        self.ui_state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sync_runner.timer.stop()
        self.attention.timer.stop()
        self.duty_watch.timer.stop()
        self.save_state()
        self.ctx.background.wait(5000)
        super().closeEvent(event)

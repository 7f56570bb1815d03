"""Overview: what needs attention now, and the state of this workstation."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from duty_desk.domain import vocabulary as V
from duty_desk.domain.changes import ChangeSet
from duty_desk.domain.deadline import DeadlineState
from duty_desk.domain.roles import Action
from duty_desk.domain.timefmt import format_beijing, utcnow
from duty_desk.services import directory, escalations, record_kinds, supervision, sync, whereabouts
from duty_desk.services.attention import AttentionItem
from duty_desk.services.escalations import EscalationCounts
from duty_desk.services.roster import DutyRow
from duty_desk.services.supervision import SupervisionCounts
from duty_desk.services.whereabouts import BoardRow
from duty_desk.ui import roster_labels as R
from duty_desk.ui.attention import item_text
from duty_desk.ui.context import UiContext
from duty_desk.ui.i18n import language
from duty_desk.ui.labels import role_name
from duty_desk.ui.panel_registry import PanelSpec, register, shortcut
from duty_desk.ui.panels.base import Panel

COLOUR = {DeadlineState.OVERDUE: "#c62828", DeadlineState.DUE_SOON: "#e65100"}


class Card(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.column = layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{title}</b>")
        layout.addWidget(heading)
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        self.setAccessibleName(title)


class OverviewPanel(Panel):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Overview"), parent)
        grid = QGridLayout()
        self.attention = Card(self.tr("Needs attention now"))
        self.duty = Card(self.tr("On duty"))
        self.directory = Card(self.tr("Directory"))
        self.workstation = Card(self.tr("This workstation"))
        grid.addWidget(self.attention, 0, 0, 1, 2)
        grid.addWidget(self.duty, 1, 0)
        grid.addWidget(self.directory, 1, 1)
        grid.addWidget(self.workstation, 2, 0, 1, 2)
        self.chain = Card(self.tr("Escalations & instructions"))  # 呈报 → 批示 → 督办, counted
        self.away = Card(self.tr("Away today"))  # the leaders' whereabouts board: who is away, who acts for them
        for column, card in enumerate((self.chain, self.away)):
            card.setVisible(ctx.actor.may(Action.VIEW_ESCALATIONS))
            grid.addWidget(card, 3, column)
        self.body.addLayout(grid)
        self.body.addStretch(1)
        self.attention.text.setText(self.tr("Checking what needs attention…"))
        self.items = QListWidget()  # one line per item; a click or Enter opens its record
        self.items.setAccessibleName(self.tr("Needs attention now"))
        self.items.setWordWrap(True)
        self.items.hide()
        self.items.itemClicked.connect(self._open)
        self.items.itemActivated.connect(self._open)
        self.attention.column.addWidget(self.items)
        self.duty.text.setText(self.tr("Looking up who is on duty…"))
        # A card the role may not read is not shown at all, rather than waiting for ever (the auditor's overview).
        self.duty.setVisible(ctx.actor.may(Action.VIEW_ROSTER))
        self.directory.setVisible(ctx.actor.may(Action.VIEW_DIRECTORY))
        services, actor = ctx.services, ctx.actor
        ctx.ops.query(self, lambda: sync.target(services, actor), self._show_link, key="link")
        ctx.bus.changed.connect(self._on_changed)  # a bound slot: disconnected when the panel goes

    def _show_link(self, link: tuple[str, str] | None) -> None:
        actor = self.ctx.actor
        server = self.tr("Server: {url} as workstation {name}; the status bar shows the link.").format(
            url=link[0], name=link[1]) if link else self.tr(
            "Server: none configured; everything is kept on this workstation.")
        self.workstation.text.setText(self.tr("Logged in as {name}, {role}.\nData folder: {folder}\n{server}")
                                      .format(name=actor.display_name, role=role_name(actor.role),
                                              folder=self.ctx.data_dir, server=server))

    def show_attention(self, items: list[AttentionItem]) -> None:
        self.items.clear()
        self.items.setVisible(bool(items))
        self.attention.text.setVisible(not items)
        if not items:
            self.attention.text.setText(self.tr("Nothing needs attention: nothing is overdue or due within "
                                                "minutes."))
            return
        now = utcnow()
        for item in items:
            row = QListWidgetItem(item_text(item, now))
            row.setData(Qt.ItemDataRole.UserRole, (item.record_kind, item.record_id))
            row.setForeground(QBrush(QColor(COLOUR.get(item.deadline.state(now), "#e65100"))))
            self.items.addItem(row)
        self.items.setFixedHeight(min(len(items), 8) * (self.items.sizeHintForRow(0) + 2) + 6)

    def _open(self, row: QListWidgetItem) -> None:
        kind, record_id = row.data(Qt.ItemDataRole.UserRole)
        self.record_requested.emit(kind, record_id)

    def show_on_duty(self, now: list[DutyRow], upcoming: list[DutyRow]) -> None:
        if not now and not upcoming:
            self.duty.text.setText(self.tr("Nobody is rostered for now or the next two days. Draw up the roster "
                                           "in Duty roster ({key}).").format(key=shortcut(self.ctx.actor, "roster")))
            return
        lines = [self.tr("Now: {names}").format(names=R.names(now) if now else self.tr("nobody — a gap!"))]
        if upcoming:
            lines.append(self.tr("From {at}: {names}").format(at=format_beijing(upcoming[0].duty.starts_at),
                                                              names=R.names(upcoming)))
        phones = [f"{r.person_name} {r.phone}" for r in now if r.phone]
        if phones:
            lines.append(self.tr("Phones: {phones}").format(phones=R.join(phones)))
        self.duty.text.setText("\n".join(lines))

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(record_kinds.DIRECTORY | record_kinds.WHEREABOUTS | record_kinds.ESCALATIONS
                           | record_kinds.SUPERVISION):
            self.refresh()

    def refresh(self) -> None:
        if self.ctx.actor.may(Action.VIEW_ESCALATIONS):
            services, actor = self.ctx.services, self.ctx.actor
            self.ctx.ops.query(self, lambda: whereabouts.away_today(services, actor), self._show_away, key="away")
            self.ctx.ops.query(self, lambda: (escalations.counts(services, actor, utcnow()),
                                              supervision.counts(services, actor, utcnow())),
                               self._show_chain, key="chain")
        if not self.ctx.actor.may(Action.VIEW_DIRECTORY):
            return
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.query(self, lambda: directory.counts(services, actor), self._show, key="directory")

    def _show(self, snap: directory.DirectoryCounts) -> None:
        if snap.people == 0 and snap.organisations == 0:
            self.directory.text.setText(self.tr("The directory is empty. Open Directory ({key}) to add people "
                                                "or import a CSV file.").format(
                key=shortcut(self.ctx.actor, "directory")))
            return
        self.directory.text.setText(self.tr("{orgs} organisations, {people} people, of whom {leaders} leaders.")
                                    .format(orgs=snap.organisations, people=snap.people, leaders=snap.leaders))


    def _show_chain(self, counts: tuple[EscalationCounts, SupervisionCounts]) -> None:
        up, tasks = counts
        self.chain.text.setText("\n".join((
            self.tr("%n escalation(s) in progress", "", up.in_progress)
            + (self.tr(", %n step(s) overdue", "", up.overdue_steps) if up.overdue_steps else ""),
            self.tr("%n instruction(s) awaiting tasks", "", tasks.awaiting_tasks),
            self.tr("%n supervision task(s) open", "", tasks.open_tasks)
            + (self.tr(", %n overdue", "", tasks.overdue_tasks) if tasks.overdue_tasks else ""))))

    def _show_away(self, rows: list[BoardRow]) -> None:
        lines = [self.tr("{name} ({title}): {where}, {acting} acting").format(
            name=r.name, title=r.title, where=V.label(r.status, language()), acting=r.acting_name) if r.acting_name
            else self.tr("{name} ({title}): {where}").format(name=r.name, title=r.title,
                                                            where=V.label(r.status, language())) for r in rows]
        self.away.text.setText("\n".join(lines) if lines else self.tr("Every leader on the board is in the "
                                                                      "office today."))


register(PanelSpec("overview", 10, "overview", OverviewPanel))

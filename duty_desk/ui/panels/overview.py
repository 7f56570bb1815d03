"""Overview: what needs attention now, and the state of this workstation."""

from dataclasses import dataclass

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from duty_desk.domain.changes import ChangeSet
from duty_desk.domain.roles import Action
from duty_desk.domain.timefmt import format_beijing, utcnow
from duty_desk.services import directory, record_kinds, sync
from duty_desk.services.context import Actor, Services
from duty_desk.services.incident_list import Attention
from duty_desk.services.roster import DutyRow
from duty_desk.ui import incident_labels as L
from duty_desk.ui import roster_labels as R
from duty_desk.ui.context import UiContext
from duty_desk.ui.labels import role_name
from duty_desk.ui.panels.base import Panel


@dataclass(frozen=True)
class Snapshot:
    organisations: int
    people: int
    leaders: int


def _snapshot(services: Services, actor: Actor) -> Snapshot:
    orgs = directory.organisations(services, actor)
    people = directory.search_people(services, actor, limit=100_000)
    return Snapshot(len(orgs), len(people), sum(1 for p in people if p.data.is_leader))


class Card(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
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
        self.body.addLayout(grid)
        self.body.addStretch(1)
        self.attention.text.setText(self.tr("Checking the reporting deadlines…"))
        self.duty.text.setText(self.tr("Looking up who is on duty…"))
        services = ctx.services
        ctx.ops.query(self, lambda: sync.target(services), self._show_link, key="link")
        ctx.bus.changed.connect(self._on_changed)  # a bound slot: disconnected when the panel goes

    def _show_link(self, link: tuple[str, str] | None) -> None:
        actor = self.ctx.actor
        server = self.tr("Server: {url} as workstation {name}; the status bar shows the link.").format(
            url=link[0], name=link[1]) if link else self.tr(
            "Server: none configured; everything is kept on this workstation.")
        self.workstation.text.setText(self.tr("Logged in as {name} ({role}).\nData folder: {folder}\n{server}")
                                      .format(name=actor.display_name, role=role_name(actor.role),
                                              folder=self.ctx.data_dir, server=server))

    def show_attention(self, attention: Attention) -> None:
        if not attention.overdue and not attention.due_soon:
            self.attention.text.setText(self.tr("Nothing needs attention: no reporting deadline is overdue or due "
                                                "within minutes."))
            self.attention.text.setStyleSheet("")
            return
        now = utcnow()
        lines = []
        for view, clock in attention.overdue + attention.due_soon:
            drill = self.tr("[DRILL] ") if view.data.drill else ""
            what = L.clock_text(clock.kind, clock.state(now, 5), clock.seconds_left(now))
            lines.append(f"{drill}{view.number}  {what}  — {view.data.summary[:40]}")
        self.attention.text.setText("\n".join(lines))
        self.attention.text.setStyleSheet("color: #c62828;" if attention.overdue else "color: #e65100;")

    def show_on_duty(self, now: list[DutyRow], upcoming: list[DutyRow]) -> None:
        if not now and not upcoming:
            self.duty.text.setText(self.tr("Nobody is rostered for now or the next two days. Draw up the roster "
                                           "in Duty roster (Ctrl+2)."))
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
        if changes.touches(record_kinds.DIRECTORY):
            self.refresh()

    def refresh(self) -> None:
        if not self.ctx.actor.may(Action.VIEW_DIRECTORY):
            return
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.query(self, lambda: _snapshot(services, actor), self._show, key="directory")

    def _show(self, snap: Snapshot) -> None:
        if snap.people == 0 and snap.organisations == 0:
            self.directory.text.setText(self.tr("The directory is empty. Open Directory (Ctrl+7) to add people "
                                                "or import a CSV file."))
            return
        self.directory.text.setText(self.tr("{orgs} organisations, {people} people, of whom {leaders} leaders.")
                                    .format(orgs=snap.organisations, people=snap.people, leaders=snap.leaders))

"""Duty roster: a week or a month at a time, who is on duty now and next, and the roster's actions."""

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from duty_desk.domain.changes import ChangeSet
from duty_desk.domain.roles import Action
from duty_desk.domain.roster import CalendarDay, DayKind, Position, SignKind, calendar_day
from duty_desk.domain.timefmt import beijing, utcnow
from duty_desk.services import record_kinds, roster, roster_export
from duty_desk.services.roster import DutyRow
from duty_desk.ui import roster_labels as RL
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.coverage import CoverageDialog
from duty_desk.ui.dialogs.roster_changes import DutyChangeDialog, LeaveDialog, SwapsDialog
from duty_desk.ui.dialogs.rotation import RotationDialog
from duty_desk.ui.i18n import is_chinese
from duty_desk.ui.operations import Failure
from duty_desk.ui.panel_registry import PanelSpec, register
from duty_desk.ui.panels.base import EmptyState, Panel
from duty_desk.ui.panels.roster_grid import WholeNames, set_names
from duty_desk.ui.widgets import key_text, write_file

OFFDAY = QColor("#f3f0e6")  # weekends and holidays, with their name in the header too
_DUTY_IDS = Qt.ItemDataRole.UserRole



class RosterPanel(Panel):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Duty roster"), parent)
        self.anchor = beijing(utcnow()).date()
        self.rows: list[DutyRow] = []
        draw = self.add_primary(self.tr("Draw up roster…"), "Ctrl+N")
        draw.setEnabled(ctx.actor.may(Action.MANAGE_ROSTER))
        draw.clicked.connect(self.draw_up)
        controls = QHBoxLayout()
        self.view = QComboBox()
        self.view.addItem(self.tr("Week"), "week")
        self.view.addItem(self.tr("Month"), "month")
        self.view.setAccessibleName(self.tr("View"))
        self.view.currentIndexChanged.connect(self.refresh)
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Person"))
        self.person.addItem(self.tr("Everyone"), "")
        self.person.currentIndexChanged.connect(self._fill)
        buttons = []
        for text, key, step in ((self.tr("◀ Earlier"), "Alt+Left", -1), (self.tr("Today"), "Alt+Home", 0),
                                (self.tr("Later ▶"), "Alt+Right", 1)):
            button = QPushButton(f"{text}  {key_text(key)}")
            button.setShortcut(QKeySequence(key))
            button.setAccessibleName(text)
            button.clicked.connect(lambda _=False, s=step: self.step(s))
            buttons.append(button)
        self.period = QLabel()
        self.period.setStyleSheet("font-weight: bold;")
        for widget in (self.view, *buttons, self.period):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.person)
        self.body.addLayout(controls)

        self.grid = QTableWidget()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setWordWrap(True)
        self.grid.setItemDelegate(WholeNames(self.grid))
        self.grid.setAccessibleName(self.tr("Roster"))
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # the days share the width
        self.empty = EmptyState(self.tr("No duties in this period. An administrator draws up the roster with "
                                        "Ctrl+N; pick a pattern, the people and the days."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.empty)
        self.notes = QLabel()  # once for the whole period, not in every cell
        self.notes.setWordWrap(True)
        self.notes.setAccessibleName(self.tr("Notes on the period"))
        self.body.addWidget(self.notes)
        self.body.addWidget(self.stack, 1)

        actions = QHBoxLayout()
        self.on_duty = QLabel()
        self.on_duty.setWordWrap(True)
        self.on_duty.setAccessibleName(self.tr("On duty now and next"))
        actions.addWidget(self.on_duty, 1)
        may_manage, may_sign = ctx.actor.may(Action.MANAGE_ROSTER), ctx.actor.may(Action.SIGN_DUTY)
        for text, key, slot, allowed in ((self.tr("Replace…"), "Ctrl+R", self.replace, may_manage),
                                         (self.tr("Sign in (接班)"), "Ctrl+Shift+I", self.sign_in, may_sign),
                                         (self.tr("Sign out (交班)"), "Ctrl+Shift+O", self.sign_out, may_sign),
                                         (self.tr("Export…"), "Ctrl+E", self.export, True)):
            button = QPushButton(f"{text}  {key_text(key)}")
            button.setShortcut(QKeySequence(key))
            button.setAccessibleName(text)
            button.setEnabled(allowed)
            button.clicked.connect(slot)
            actions.addWidget(button)
        self.body.addLayout(actions)
        changes = QHBoxLayout()
        changes.addStretch(1)
        for text, slot, allowed in ((self.tr("Add…"), self.add_person, may_manage),
                                    (self.tr("Take off…"), self.remove, may_manage),
                                    (self.tr("Leave…"), self.leave, may_manage),
                                    (self.tr("Ask to swap…"), self.ask_swap, ctx.actor.may(Action.REQUEST_SWAP)),
                                    (self.tr("Swap requests…"), self.swaps, ctx.actor.may(Action.APPROVE_SWAP)),
                                    (self.tr("Coverage…"), self.coverage, True)):
            button = QPushButton(text)
            button.setAccessibleName(text)
            button.setEnabled(allowed)
            button.clicked.connect(slot)
            changes.addWidget(button)
        self.body.addLayout(changes)
        ctx.bus.changed.connect(self._on_changed)

    # -- the period shown ---------------------------------------------------------------------------------
    def _range(self) -> tuple[date, date]:
        if self.view.currentData() == "week":
            first = self.anchor - timedelta(days=self.anchor.weekday())
            return first, first + timedelta(days=6)
        first = self.anchor.replace(day=1)
        return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)

    def step(self, step: int) -> None:
        if step == 0:
            self.anchor = beijing(utcnow()).date()
        elif self.view.currentData() == "week":
            self.anchor += timedelta(days=7 * step)
        else:
            month = self.anchor.replace(day=1)
            self.anchor = (month + timedelta(days=32)).replace(day=1) if step > 0 else \
                (month - timedelta(days=1)).replace(day=1)
        self.refresh()

    def refresh(self) -> None:
        if not self.ctx.actor.may(Action.VIEW_ROSTER):
            return
        first, last = self._range()
        start, end = roster.day_range(first, last)
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.query(self, lambda: (roster.duties(services, actor, start, end), roster.on_duty(services, actor)),
                           self._arrived, self._refused)

    def _arrived(self, found: tuple[list[DutyRow], tuple[list[DutyRow], list[DutyRow]]]) -> None:
        rows, on_duty = found
        first, last = self._range()
        self.rows = [r for r in rows if first <= r.duty.day <= last]
        self.on_duty.setText(RL.on_duty_line(*on_duty))
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Everyone"), "")
        for name, pid in sorted({(r.person_name, r.duty.person_id) for r in self.rows}):
            self.person.addItem(name, pid)
        self.person.setCurrentIndex(max(0, self.person.findData(chosen)))
        self.person.blockSignals(False)
        self._fill()

    def _fill(self) -> None:
        first, last = self._range()
        self.period.setText(f"{first.isoformat()} – {last.isoformat()}")
        days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
        calendar = {d: calendar_day(d) for d in days}
        who = self.person.currentData()
        shown = [r for r in self.rows if not who or r.duty.person_id == who]
        self.stack.setCurrentWidget(self.grid if self.rows else self.empty)
        self._note(calendar, shown)
        if self.view.currentData() == "week":
            self._fill_week(days, calendar, shown)
        else:
            self._fill_month(days, calendar, shown)

    def _day_title(self, day: CalendarDay) -> str:
        weekday = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                   self.tr("Sun"))[day.day.weekday()]
        note = ""
        if day.kind is DayKind.HOLIDAY:
            note = self.tr("holiday")
        elif day.kind is DayKind.WORKDAY and day.day.weekday() >= 5:
            note = self.tr("make-up working day")
        today = "● " if day.day == beijing(utcnow()).date() else ""
        return f"{today}{day.day:%m-%d} {weekday}" + (f"\n{note}" if note else "")

    def _note(self, calendar: dict[date, CalendarDay], shown: list[DutyRow]) -> None:
        years = sorted({d.year for d, c in calendar.items() if not c.known})
        notes = [self.tr("China's holidays for {years} are not announced yet: those days are shown as ordinary "
                         "working days and weekends.").format(years=", ".join(str(y) for y in years))] if years else []
        if any(r.signed for r in shown):
            notes.append(self.tr("{signed_in} signed in (接班) · {signed_out} signed out (交班)").format(
                signed_in=RL.SIGNED_IN, signed_out=RL.SIGNED_OUT))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

    def _cell(self, rows: list[DutyRow], text: str, offday: bool) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setData(_DUTY_IDS, [r.id for r in rows])
        set_names(item, [RL.signed_name(r) for r in rows])
        item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if offday:
            item.setBackground(QBrush(OFFDAY))
        return item

    def _fill_week(self, days: list[date], calendar: dict[date, CalendarDay], shown: list[DutyRow]) -> None:
        positions = [p for p in RL.ORDER if any(r.duty.position is p for r in self.rows)] or [Position.LEADER,
                                                                                           Position.OFFICER]
        self.grid.clear()
        self.grid.setRowCount(len(positions))
        self.grid.setColumnCount(len(days))
        self.grid.setHorizontalHeaderLabels([self._day_title(calendar[d]) for d in days])
        self.grid.setVerticalHeaderLabels([RL.position(p) for p in positions])
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for c, day in enumerate(days):
            for r, p in enumerate(positions):
                here = [x for x in shown if x.duty.day == day and x.duty.position is p]
                self.grid.setItem(r, c, self._cell(here, "\n".join(RL.signed_name(x) for x in here),
                                                   calendar[day].kind is not DayKind.WORKDAY))

    def _fill_month(self, days: list[date], calendar: dict[date, CalendarDay], shown: list[DutyRow]) -> None:
        lead = days[0].weekday()
        weeks = (lead + len(days) + 6) // 7
        self.grid.clear()
        self.grid.setRowCount(weeks)
        self.grid.setColumnCount(7)
        self.grid.setHorizontalHeaderLabels([self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
                                             self.tr("Fri"), self.tr("Sat"), self.tr("Sun")])
        self.grid.setVerticalHeaderLabels([""] * weeks)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # a wall calendar
        for n, day in enumerate(days):
            here = [x for x in shown if x.duty.day == day]
            lines = [self._day_title(calendar[day]).replace("\n", " · ")]
            for p in RL.ORDER:
                people = [RL.signed_name(x) for x in here if x.duty.position is p]
                if people:
                    lines.append(self.tr("{position}: {names}").format(position=RL.position(p),
                                                                       names=RL.join(people)))
            self.grid.setItem((lead + n) // 7, (lead + n) % 7,
                              self._cell(here, "\n".join(lines), calendar[day].kind is not DayKind.WORKDAY))

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(record_kinds.ROSTER | record_kinds.DIRECTORY):  # duties show people's names
            self.refresh()

    def _refused(self, failure: Failure) -> None:
        QMessageBox.warning(self, self.tr("Not done"), failure.text)

    # -- actions -----------------------------------------------------------------------------------------
    def _chosen(self) -> list[DutyRow]:
        item = self.grid.currentItem()
        ids = item.data(_DUTY_IDS) if item is not None else None
        return [r for r in self.rows if r.id in (ids or [])]

    def _pick_duty(self, title: str) -> DutyRow | None:
        chosen = self._chosen()
        if not chosen:
            QMessageBox.information(self, title, self.tr("Select a day's duty in the grid first."))
            return None
        if len(chosen) == 1:
            return chosen[0]
        labels = [f"{RL.position(r.duty.position)} {r.person_name} ({r.duty.day})" for r in chosen]
        label, ok = QInputDialog.getItem(self, title, self.tr("Which duty?"), labels, 0, False)
        return chosen[labels.index(label)] if ok else None

    def _act(self, work: Callable[[], object], done: Callable[[], None] | None = None) -> None:
        self.ctx.ops.write(self, work, lambda _: done and done(),
                           lambda failure: QMessageBox.warning(self, self.tr("Not changed"), failure.text))

    def replace(self) -> None:
        """Someone else takes the duty, all of it or a part."""
        self._change_duty(self.tr("Replace on duty"), roster.replace_person)

    def add_person(self) -> None:
        """One more person on that shift and position, all of it or a part."""
        self._change_duty(self.tr("Add to the shift"), roster.add_to_shift)

    def _change_duty(self, title: str, change: Callable[..., object]) -> None:
        duty = self._pick_duty(title)
        if duty is not None:
            services, actor = self.ctx.services, self.ctx.actor
            DutyChangeDialog(self.ctx, title, duty, lambda person, lo, hi: change(
                services, actor, duty.id, person, lo, hi), self).exec()

    def remove(self) -> None:
        duty = self._pick_duty(self.tr("Take off duty"))
        if duty is None:
            return
        question = self.tr("Take {name} off the duty of {day}? The coverage report will show any gap it leaves.") \
            .format(name=duty.person_name, day=duty.duty.day)
        if QMessageBox.question(self, self.tr("Take off duty"), question) == QMessageBox.StandardButton.Yes:
            services, actor = self.ctx.services, self.ctx.actor
            self._act(lambda: roster.remove_duty(services, actor, duty.id))

    def sign_in(self) -> None:
        self.sign(SignKind.SIGN_IN)

    def sign_out(self) -> None:
        self.sign(SignKind.SIGN_OUT)

    def sign(self, kind: SignKind) -> None:
        title = self.tr("Sign in") if kind == "sign_in" else self.tr("Sign out")
        duty = self._pick_duty(title)
        if duty is not None:
            services, actor = self.ctx.services, self.ctx.actor
            self._act(lambda: roster.sign(services, actor, duty.id, kind), lambda: self.notify(
                self.tr("{what} recorded for {name}.").format(what=title, name=duty.person_name)))

    def leave(self) -> None:
        LeaveDialog(self.ctx, self).exec()

    def coverage(self) -> None:
        CoverageDialog(self.ctx, self._range(), self).exec()

    def swaps(self) -> None:
        SwapsDialog(self.ctx, self).exec()

    def ask_swap(self) -> None:
        """The selected duty for another person's, decided later by a shift leader."""
        mine = self._pick_duty(self.tr("Ask to swap"))
        if mine is None:
            return
        others = [r for r in self.rows if r.duty.person_id != mine.duty.person_id]
        labels = [f"{r.duty.day} {RL.position(r.duty.position)} {r.person_name}" for r in others]
        label, ok = QInputDialog.getItem(self, self.tr("Ask to swap"), self.tr(
            "Swap {name}'s duty on {day} with:").format(name=mine.person_name, day=mine.duty.day), labels, 0, False)
        if ok and label in labels:
            other = others[labels.index(label)]
            services, actor = self.ctx.services, self.ctx.actor
            self._act(lambda: roster.request_swap(services, actor, mine.id, other.id), lambda: self.notify(
                self.tr("Swap asked for; a shift leader decides it under Swap requests.")))

    def draw_up(self) -> None:
        RotationDialog(self.ctx, self._range(), self).exec()

    def export(self) -> None:
        first, last = self._range()
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the roster"), f"roster-{first.isoformat()}.pdf",
            self.tr("Printed roster (*.pdf);;Calendar (*.ics);;CSV (*.csv)"))
        if not name:
            return
        fmt = Path(name).suffix.lstrip(".").lower()  # the file's own ending, else the filter chosen
        if fmt not in roster_export.FORMATS:
            fmt = next((f for f in roster_export.FORMATS if f"*.{f}" in chosen), "pdf")
        services, actor, chinese = self.ctx.services, self.ctx.actor, is_chinese()
        self.ctx.ops.query(self, lambda: roster_export.export(services, actor, first, last, fmt, chinese),
                           lambda data: self._write(name, data), self._refused, key="export")

    def _write(self, name: str, data: bytes) -> None:
        if write_file(self, name, data):
            self.notify(self.tr("Saved {file}.").format(file=name))


register(PanelSpec("roster", 20, "roster", RosterPanel, Action.VIEW_ROSTER))

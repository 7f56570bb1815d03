"""Changes to the roster beside the grid: leave and unavailability, and the shift leader's swap decisions."""

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duty_desk.domain.timefmt import BEIJING, format_beijing
from duty_desk.services import directory, roster
from duty_desk.services.directory import PersonRow
from duty_desk.services.roster import DutyRow, SwapView
from duty_desk.ui import roster_labels as RL
from duty_desk.ui.context import UiContext
from duty_desk.ui.operations import Failure


def _aware(edit: QDateTimeEdit) -> datetime:
    value = edit.dateTime()
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=BEIJING)


def _qt(value: datetime) -> QDateTime:
    local = value.astimezone(BEIJING)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


class _WhoAndWhen(QDialog):
    """A person picked from the directory and a time from-until; `work` is what saving does."""

    def __init__(self, ctx: UiContext, title: str, starts: QDateTime, ends: QDateTime,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.person = QComboBox()
        self.person.setEditable(True)  # type-ahead by name
        services, actor = ctx.services, ctx.actor
        ctx.ops.query(self, lambda: directory.search_people(services, actor, limit=100_000), self._people,
                      self._refused)
        self.starts, self.ends = QDateTimeEdit(starts), QDateTimeEdit(ends)
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setCalendarPopup(True)
        for label, widget in ((self.tr("&Person"), self.person), (self.tr("&From"), self.starts),
                              (self.tr("&Until"), self.ends)):
            self.add_row(label, widget)

    def _people(self, people: list[PersonRow]) -> None:
        typed = self.person.currentText()
        for p in people:
            self.person.addItem(f"{p.data.name}  {p.data.title}".strip(), p.id)
        if typed:
            self.person.setCurrentIndex(self.person.findText(typed))

    def _refused(self, failure: Failure) -> None:
        self.error.setText(failure.text)

    def add_row(self, label: str, widget: QWidget) -> None:
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        self.form.addRow(caption, widget)

    def finish(self) -> None:
        """The error line and the buttons, after any rows a subclass adds."""
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)

    def work(self, person_id: str, starts: datetime, ends: datetime) -> Callable[[], object]:
        """What saving does, made on the GUI thread (it reads the form) and run off it."""
        raise NotImplementedError

    def save(self) -> None:
        person_id = self.person.currentData()
        if self.person.findText(self.person.currentText()) < 0 or not person_id:
            self.error.setText(self.tr("Choose a person from the list."))
            return
        self.ctx.ops.write(self, self.work(person_id, _aware(self.starts), _aware(self.ends)),
                           lambda _: self.accept(), self._refused)


class DutyChangeDialog(_WhoAndWhen):
    """Who takes a duty (or joins it), for all of it or a part: `change(person_id, from, until)` is the change."""

    def __init__(self, ctx: UiContext, title: str, duty: DutyRow,
                 change: Callable[[str, datetime, datetime], object], parent: QWidget | None = None) -> None:
        start, end = _qt(duty.duty.starts_at), _qt(duty.duty.ends_at)
        super().__init__(ctx, title, start, end, parent)
        self.change = change
        self.form.insertRow(0, QLabel(self.tr("{position} {name}, {start} – {end}").format(
            position=RL.position(duty.duty.position), name=duty.person_name,
            start=format_beijing(duty.duty.starts_at), end=format_beijing(duty.duty.ends_at))))
        for edit in (self.starts, self.ends):
            edit.setMinimumDateTime(start)
            edit.setMaximumDateTime(end)
        self.finish()

    def work(self, person_id: str, starts: datetime, ends: datetime) -> Callable[[], object]:
        change = self.change
        return lambda: change(person_id, starts, ends)


class LeaveDialog(_WhoAndWhen):
    """Leave or unavailability: the roster's checks keep the person off duty for that time."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        now = QDateTime.currentDateTime()
        super().__init__(ctx, self.tr("Leave or unavailability"), now, now.addDays(1), parent)
        self.reason = QLineEdit()
        self.add_row(self.tr("&Reason"), self.reason)
        self.finish()

    def work(self, person_id: str, starts: datetime, ends: datetime) -> Callable[[], object]:
        services, actor, reason = self.ctx.services, self.ctx.actor, self.reason.text()
        return lambda: roster.add_absence(services, actor, person_id, starts, ends, reason)


class SwapsDialog(QDialog):
    """Swap requests waiting for a decision; approving changes both duties, checked like any change."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Swap requests"))
        self.resize(720, 360)
        column = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Swap requests"))
        column.addWidget(self.list, 1)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        column.addWidget(self.error)
        row = QHBoxLayout()
        for text, approve in ((self.tr("&Approve"), True), (self.tr("&Refuse"), False)):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, a=approve: self.decide(a))
            row.addWidget(button)
        row.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        column.addLayout(row)
        self.load()

    def load(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.query(self, lambda: roster.pending_swaps(services, actor), self._show, self._refused)

    def _show(self, swaps: list[SwapView]) -> None:
        self.list.clear()
        for s in swaps:
            text = self.tr("{a} ({a_position}, {a_day}) ⇄ {b} ({b_position}, {b_day}) — asked by {who}: {why}").format(
                a=s.a.person_name, a_position=RL.position(s.a.duty.position), a_day=format_beijing(s.a.duty.starts_at),
                b=s.b.person_name, b_position=RL.position(s.b.duty.position), b_day=format_beijing(s.b.duty.starts_at),
                who=s.requested_by, why=s.reason or "—")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.list.addItem(item)
        if not self.list.count():
            self.list.addItem(self.tr("No swap requests are waiting."))
        self.list.setCurrentRow(0)

    def decide(self, approve: bool) -> None:
        item = self.list.currentItem()
        swap_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not swap_id:
            return
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.write(self, lambda: roster.decide_swap(services, actor, swap_id, approve), self._decided,
                           self._refused)

    def _decided(self, _: object) -> None:
        self.error.clear()
        self.load()

    def _refused(self, failure: Failure) -> None:
        self.error.setText(failure.text)

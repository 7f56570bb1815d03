"""Drawing up the roster: a shift pattern, the days, who rotates through each position (working days and
weekends/holidays apart), a preview with every problem, then save."""

from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from duty_desk.domain.roster import Pattern, Position, RotationLists
from duty_desk.domain.timefmt import format_beijing
from duty_desk.services import directory, roster
from duty_desk.services.directory import PersonRow
from duty_desk.services.roster import Preview
from duty_desk.ui import roster_labels as RL
from duty_desk.ui.context import UiContext
from duty_desk.ui.operations import Failure


class PatternDialog(QDialog):
    """A new shift pattern: 24-hour duty from a handoff time, or day and night shifts."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: str | None = None
        self.setWindowTitle(self.tr("New shift pattern"))
        form = QFormLayout(self)
        self.name = QLineEdit(self.tr("24-hour duty"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("24-hour duty"), "24h")
        self.kind.addItem(self.tr("Day and night shifts"), "day_night")
        self.handoff = QTimeEdit(QTime(8, 30))
        self.handoff.setDisplayFormat("HH:mm")
        self.officers = QSpinBox()
        self.officers.setRange(1, 20)
        self.officers.setValue(2)
        self.leader = QCheckBox(self.tr("A leader in charge of each shift (带班领导)"))
        self.leader.setChecked(True)
        self.sg = QCheckBox(self.tr("A duty secretary-general (值班秘书长)"))
        for label, widget in ((self.tr("&Name"), self.name), (self.tr("&Kind"), self.kind),
                              (self.tr("&Handoff"), self.handoff), (self.tr("Duty &officers"), self.officers)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(caption, widget)
        form.addRow(self.leader)
        form.addRow(self.sg)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        t = self.handoff.time()
        services, actor = self.ctx.services, self.ctx.actor
        values = (self.name.text(), self.kind.currentData(), time(t.hour(), t.minute()), self.officers.value(),
                  self.leader.isChecked(), self.sg.isChecked())
        self.ctx.ops.write(self, lambda: roster.save_pattern(services, actor, *values), self._saved,
                           lambda failure: self.error.setText(failure.text))

    def _saved(self, pattern_id: str) -> None:
        self.saved = pattern_id
        self.accept()


class RotationDialog(QDialog):
    def __init__(self, ctx: UiContext, days: tuple[date, date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Draw up the roster"))
        self.resize(900, 640)
        self.people: list[PersonRow] = []  # read off the GUI thread; the lists fill when they come
        self.patterns: list[tuple[str, Pattern]] = []
        self.save_button: QPushButton  # made with the buttons below; the inputs above disable it when changed
        outer = QVBoxLayout(self)
        top = QFormLayout()
        row = QHBoxLayout()
        self.pattern = QComboBox()
        self.pattern.setAccessibleName(self.tr("Shift pattern"))
        self.pattern.currentIndexChanged.connect(self._pattern_changed)
        new = QPushButton(self.tr("New pattern…"))
        new.clicked.connect(self.new_pattern)
        row.addWidget(self.pattern, 1)
        row.addWidget(new)
        top.addRow(self.tr("Shift pattern"), row)
        dates = QHBoxLayout()
        self.first, self.last = (QDateEdit(QDate(d.year, d.month, d.day)) for d in days)
        for edit, name in ((self.first, self.tr("First day")), (self.last, self.tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._stale)
            dates.addWidget(edit)
        top.addRow(self.tr("Days"), dates)
        outer.addLayout(top)
        outer.addWidget(QLabel(self.tr("Tick who rotates through each position, in turn as listed. Leave the "
                                       "weekends and holidays list empty to use the working-day list every day.")))
        self.tabs = QTabWidget()
        self.lists: dict[Position, tuple[QListWidget, QListWidget, QSpinBox]] = {}
        for position in RL.ORDER:
            page = QWidget()
            columns = QHBoxLayout(page)
            work, off = self._people_list(self.tr("Working days")), self._people_list(self.tr("Weekends and holidays"))
            offset = QSpinBox()
            offset.setRange(0, 99)
            offset.setAccessibleName(self.tr("Start with person number"))
            offset.valueChanged.connect(self._stale)
            for caption, widget in ((self.tr("Working days"), work), (self.tr("Weekends and holidays"), off)):
                box = QVBoxLayout()
                box.addWidget(QLabel(caption))
                box.addWidget(widget)
                columns.addLayout(box)
            side = QVBoxLayout()
            side.addWidget(QLabel(self.tr("Start offset")))
            side.addWidget(offset)
            side.addStretch(1)
            columns.addLayout(side)
            self.lists[position] = (work, off, offset)
            self.tabs.addTab(page, RL.position(position))
        outer.addWidget(self.tabs, 1)
        self.outcome = QPlainTextEdit()  # a long list of problems scrolls instead of squeezing the lists
        self.outcome.setReadOnly(True)
        self.outcome.setMaximumHeight(150)
        self.outcome.setAccessibleName(self.tr("Preview"))
        outer.addWidget(self.outcome)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = buttons.addButton(self.tr("Preview"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(self.tr("Save roster"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        services, actor = ctx.services, ctx.actor
        ctx.ops.query(self, lambda: directory.search_people(services, actor, limit=100_000), self._people,
                      self._refused, key="people")
        self._load_patterns()

    def _stale(self, *_changed: object) -> None:
        """The plan changed since its preview: preview it again before saving."""
        self.save_button.setEnabled(False)

    def _people_list(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setAccessibleName(name)
        widget.itemChanged.connect(self._stale)
        return widget

    def _people(self, people: list[PersonRow]) -> None:
        self.people = people
        for work, off, _offset in self.lists.values():
            for widget in (work, off):
                for p in people:
                    item = QListWidgetItem(f"{p.data.name}  {p.data.title}".strip())
                    item.setData(Qt.ItemDataRole.UserRole, p.id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                    widget.addItem(item)

    def _refused(self, failure: Failure) -> None:
        self.outcome.setPlainText(failure.text)
        self.outcome.setStyleSheet("color: #c62828;")

    def _load_patterns(self, select: str | None = None) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.query(self, lambda: roster.patterns(services, actor), lambda found: self._patterns(found, select),
                           self._refused, key="patterns")

    def _patterns(self, patterns: list[tuple[str, Pattern]], select: str | None) -> None:
        self.patterns = patterns
        self.pattern.clear()
        for pattern_id, p in self.patterns:
            self.pattern.addItem(p.name, pattern_id)
        if select is not None:
            self.pattern.setCurrentIndex(self.pattern.findData(select))
        if not self.patterns:
            self.outcome.setPlainText(self.tr("There is no shift pattern yet: make one with New pattern…"))

    def _pattern_changed(self) -> None:
        index = self.pattern.currentIndex()
        needs = self.patterns[index][1].needs() if 0 <= index < len(self.patterns) else {}
        for n, position in enumerate(RL.ORDER):
            self.tabs.setTabEnabled(n, position in needs)
        self.save_button.setEnabled(False)

    def new_pattern(self) -> None:
        dialog = PatternDialog(self.ctx, self)
        if dialog.exec() and dialog.saved:
            self._load_patterns(dialog.saved)

    def _chosen(self) -> tuple[str, date, date, dict[Position, RotationLists]] | None:
        pattern_id = self.pattern.currentData()
        if not pattern_id:
            self.outcome.setPlainText(self.tr("Choose or make a shift pattern first."))
            return None

        def ticked(widget: QListWidget) -> list[str]:
            return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                    if widget.item(i).checkState() == Qt.CheckState.Checked]

        lists = {p: RotationLists(ticked(w), ticked(o), s.value()) for p, (w, o, s) in self.lists.items()
                 if ticked(w)}
        needs = next(p for i, p in self.patterns if i == pattern_id).needs()
        unlisted = [p for p in RL.ORDER if needs.get(p) and p not in lists]
        if unlisted:
            self.outcome.setPlainText(self.tr("Tick at least one person for {position}, on the working days list.")
                                      .format(position=RL.position(unlisted[0])))
            return None
        return pattern_id, self.first.date().toPython(), self.last.date().toPython(), lists  # type: ignore[return-value]

    def preview(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.query(self, lambda: roster.preview(services, actor, *chosen), self._previewed, self._refused,
                           key="preview")

    def _previewed(self, plan: Preview) -> None:
        names = {p.id: p.data.name for p in self.people}
        lines = [self.tr("%n duties would be drawn up.", "", len(plan.duties))]
        if plan.beyond_calendar:
            lines.append(self.tr("China's holidays for {years} are not announced yet: those days are taken as "
                                 "ordinary working days and weekends.").format(
                years=", ".join(str(y) for y in plan.beyond_calendar)))
        kinds = {"overlap": self.tr("{person}: two duties at once ({at})"),
                 "rest": self.tr("{person}: less than the minimum rest before the duty at {at}"),
                 "leave": self.tr("{person}: on leave at {at}")}
        lines += [kinds[p.kind].format(person=names.get(p.person_id, p.person_id), at=format_beijing(p.at))
                  for p in plan.problems[:30]]
        self.outcome.setPlainText("\n".join(lines))
        self.outcome.setStyleSheet("color: #c62828;" if plan.problems else "")
        self.save_button.setEnabled(not plan.problems and bool(plan.duties))

    def save(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        question = self.tr("Save the roster from {first} to {last}? Duties of this pattern already on those days "
                           "are replaced.").format(first=chosen[1], last=chosen[2])
        if QMessageBox.question(self, self.tr("Save roster"), question) != QMessageBox.StandardButton.Yes:
            return
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.write(self, lambda: roster.save_rotation(services, actor, *chosen), self._saved, self._refused)

    def _saved(self, count: int) -> None:
        self.outcome.setPlainText(self.tr("%n duties saved.", "", count))
        self.accept()

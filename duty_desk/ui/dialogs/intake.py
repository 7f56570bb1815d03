"""Register an incident, keyboard first, in the order a phone call brings the facts:
who is calling, what happened, where, when, how bad. Ctrl+Enter saves; Esc asks before throwing typing away."""

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, QTimer, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from duty_desk.domain.incident_views import IncidentView
from duty_desk.domain.incidents import Category, Severity, Source
from duty_desk.domain.intake import CASUALTIES, IncidentData
from duty_desk.domain.places import district_code
from duty_desk.domain.timefmt import BEIJING, format_beijing, utcnow
from duty_desk.services import directory, incident_calls, incidents
from duty_desk.ui import incident_labels as L
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.editor_base import EditorDialog
from duty_desk.ui.forms_support import plain
from duty_desk.ui.i18n import language
from duty_desk.ui.labels import districts

# China keeps UTC+8 all year; a fixed offset needs no time-zone database on the workstation.
_BEIJING_QT = QTimeZone.fromSecondsAheadOfUtc(8 * 3600)


def to_qt(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()), _BEIJING_QT)


def from_qt(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), BEIJING)


class _DateTimeEdit(QDateTimeEdit):
    """Tab leaves the field (Qt would step through its date and time parts); arrows and typing edit it."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


def beijing_edit(value: datetime) -> QDateTimeEdit:
    """A date-time field that shows and takes Beijing time whatever the computer's own time zone."""
    edit = _DateTimeEdit()
    edit.setTimeZone(_BEIJING_QT)
    edit.setDateTime(to_qt(value))
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    return edit


def _text(multiline: bool, name: str) -> QLineEdit | QPlainTextEdit:
    widget: QLineEdit | QPlainTextEdit
    if multiline:
        widget = QPlainTextEdit()
        widget.setTabChangesFocus(True)
        widget.setMaximumHeight(72)
    else:
        widget = QLineEdit()
    widget.setAccessibleName(name)
    return widget


class IntakeDialog(EditorDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: tuple[str, str] | None = None
        self.added_to: str | None = None  # the incident this call was added to as a follow-up
        self.setWindowTitle(self.tr("Register incident"))
        self.resize(800, 760)
        outer = QVBoxLayout(self)
        self.form_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        form = QFormLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        w: dict[str, QWidget] = {}
        self.widgets = w

        def add(key: str, label: str, widget: QWidget) -> None:
            caption = QLabel(label)
            caption.setBuddy(widget)
            if not widget.accessibleName():
                widget.setAccessibleName(plain(label))
            form.addRow(caption, widget)
            w[key] = widget

        self.source = QComboBox()
        for src in Source:
            self.source.addItem(L.source(src), src)
        add("source", self.tr("S&ource"), self.source)
        self.received = beijing_edit(utcnow())
        add("received_at", self.tr("&Received *"), self.received)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("The caller is looked up in the directory"))
        self.phone.editingFinished.connect(self._recognise_caller)
        add("reporter_phone", self.tr("Caller's &phone"), self.phone)
        self.caller = QLabel()
        form.addRow("", self.caller)
        add("reporter_name", self.tr("Caller's &name"), _text(False, self.tr("Caller's name")))
        add("reporter_title", self.tr("Caller's &title"), _text(False, self.tr("Caller's title")))
        add("reporter_unit", self.tr("Caller's &unit"), _text(False, self.tr("Caller's unit")))
        add("summary", self.tr("&What happened *"), _text(True, self.tr("What happened")))
        self.category = QComboBox()
        self.category.addItem(L.category(None), None)
        for cat in Category:
            self.category.addItem(L.category(cat), cat)
        add("category", self.tr("&Category"), self.category)
        self.district = QComboBox()
        self.district.setEditable(True)  # type-ahead over the district names
        self.district.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.district.addItem("", "")
        for code, name in districts():
            self.district.addItem(name, code)
        add("district_code", self.tr("&District"), self.district)
        self._add_offer(form)
        add("address", self.tr("&Address"), _text(False, self.tr("Address")))
        occurred = QWidget()
        row = QHBoxLayout(occurred)
        row.setContentsMargins(0, 0, 0, 0)
        self.occurred_known = QCheckBox(self.tr("known"))
        self.occurred = beijing_edit(utcnow())
        self.occurred.setEnabled(False)
        self.occurred_known.toggled.connect(self.occurred.setEnabled)
        row.addWidget(self.occurred_known)
        row.addWidget(self.occurred, 1)
        add("occurred_at", self.tr("Happened at"), occurred)
        self.severity = QComboBox()
        for level in (Severity.UNASSESSED, Severity.I, Severity.II, Severity.III, Severity.IV):
            self.severity.addItem(L.severity(level), level)
        add("severity", self.tr("&Severity"), self.severity)
        people = QWidget()
        row = QHBoxLayout(people)
        row.setContentsMargins(0, 0, 0, 0)
        self.casualties: dict[str, QSpinBox] = {}
        names = {"dead": self.tr("dead"), "injured": self.tr("injured"), "missing": self.tr("missing"),
                 "trapped": self.tr("trapped")}
        for key in CASUALTIES:
            box = QSpinBox()
            box.setRange(0, 1_000_000)
            box.setAccessibleName(names[key])
            row.addWidget(QLabel(names[key]))
            row.addWidget(box)
            self.casualties[key] = box
            w[key] = box
        form.addRow(self.tr("Casualties"), people)
        for key, label in (("scope", self.tr("Scope")), ("losses", self.tr("&Losses")), ("trend", self.tr("Trend")),
                           ("measures", self.tr("Leaders on site, &measures taken")),
                           ("commander", self.tr("On-site commander, contact")), ("requests", self.tr("Re&quests")),
                           ("notified", self.tr("Already notified"))):
            add(key, label, _text(key in ("measures", "requests"), plain(label)))
        self.drill = QCheckBox(self.tr("This is a drill (演练): printed with a watermark, never counted"))
        add("drill", self.tr("Dr&ill"), self.drill)
        self._dup_timer = QTimer(self, singleShot=True, interval=600)
        self._dup_timer.timeout.connect(self._look_for_duplicates)
        summary = w["summary"]
        assert isinstance(summary, QPlainTextEdit)
        summary.textChanged.connect(self._dup_timer.start)
        self.district.currentTextChanged.connect(lambda _t: self._dup_timer.start())
        self.add_save_row(outer)
        self.install_editor_keys()
        self.source.setFocus()

    def _add_offer(self, form: QFormLayout) -> None:
        """Possible duplicates (same district, within two hours, a similar account), looked up as the officer
        types: offered right under the district, where the officer is typing, and hidden until found.
        Choosing one adds this call to it as a follow-up; a separate incident is registered linked to it."""
        self.offer = QFrame()
        self.offer.setObjectName("duplicateOffer")
        self.offer.setStyleSheet("#duplicateOffer { border: 1px solid #e65100; border-radius: 4px; }")
        column = QVBoxLayout(self.offer)
        heading = QLabel(self.tr("Possibly registered already. Choose it to add this call to it as a follow-up "
                                 "report (续报) instead of registering a new incident."))
        heading.setWordWrap(True)
        heading.setStyleSheet("color: #e65100;")
        column.addWidget(heading)
        row = QHBoxLayout()
        self.duplicate = QComboBox()
        self.duplicate.addItem(self.tr("No: a new incident"), None)
        caption = QLabel(self.tr("Sam&e incident as"))
        caption.setBuddy(self.duplicate)
        self.duplicate.setAccessibleName(plain(caption.text()))
        row.addWidget(caption)
        row.addWidget(self.duplicate, 1)
        column.addLayout(row)
        self.separate = QCheckBox(self.tr("A separate incident: register it, lin&ked to the one chosen"))
        self.separate.setEnabled(False)
        self.duplicate.currentIndexChanged.connect(
            lambda _i: self.separate.setEnabled(self.duplicate.currentData() is not None))
        column.addWidget(self.separate)
        self.offer.setVisible(False)
        form.addRow(self.offer)
        self.widgets["duplicate_of"] = self.duplicate

    def _recognise_caller(self) -> None:
        """Known numbers fill the caller's name, title and unit (only into empty fields)."""
        phone = self.phone.text().strip()
        digits = "".join(ch for ch in phone if ch.isdigit())
        if len(digits) < 5:
            return
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.query(self, lambda: directory.search_people(services, actor, digits, limit=2), self._recognised,
                           key="caller")

    def _recognised(self, people: list[directory.PersonRow]) -> None:
        if len(people) != 1:
            self.caller.setText(self.tr("Not in the directory.") if not people else
                                self.tr("Several people have this number; type the name."))
            return
        person = people[0]
        self.caller.setText(self.tr("Recognised: {name}, {title}, {unit}").format(
            name=person.data.name, title=person.data.title, unit=person.organisation))
        for key, value in (("reporter_name", person.data.name), ("reporter_title", person.data.title),
                           ("reporter_unit", person.organisation)):
            edit = self.widgets[key]
            if isinstance(edit, QLineEdit) and not edit.text():
                edit.setText(value)

    def _look_for_duplicates(self) -> None:
        try:
            data = self.collect()
        except ValueError:
            return
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.query(self, lambda: incidents.possible_duplicates(services, actor, data), self._duplicates,
                           key="duplicates")

    def _duplicates(self, found: list[IncidentView]) -> None:
        chosen = self.duplicate.currentData()
        while self.duplicate.count() > 1:
            self.duplicate.removeItem(1)
        for view in found:
            self.duplicate.addItem(self.tr("{number} ({time}): {summary}").format(
                number=view.number, time=format_beijing(view.data.received_at)[-5:], summary=view.data.summary[:30]),
                view.id)
        self.duplicate.setCurrentIndex(max(0, self.duplicate.findData(chosen)))
        self.offer.setVisible(bool(found))
        if found:  # laid out first, then brought into view if the form was scrolled; the focus stays put
            QTimer.singleShot(0, lambda: self.form_area.ensureWidgetVisible(self.offer))

    def _value(self, key: str) -> str:
        widget = self.widgets[key]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def collect(self) -> IncidentData:
        typed = self.district.currentText().strip()
        found = self.district.findText(typed)
        # Chinese or English name or code all do; anything else goes through as typed, so the check names it.
        district = self.district.itemData(found) if found >= 0 else (district_code(typed) or typed)
        return IncidentData(
            received_at=from_qt(self.received.dateTime()), source=Source(self.source.currentData()),
            summary=self._value("summary"), reporter_unit=self._value("reporter_unit"),
            reporter_name=self._value("reporter_name"), reporter_title=self._value("reporter_title"),
            reporter_phone=self.phone.text(),
            occurred_at=from_qt(self.occurred.dateTime()) if self.occurred_known.isChecked() else None,
            district_code=district or "", address=self._value("address"),
            category=Category(self.category.currentData()) if self.category.currentData() else None,
            severity=Severity(self.severity.currentData()), scope=self._value("scope"),
            losses=self._value("losses"), trend=self._value("trend"), measures=self._value("measures"),
            commander=self._value("commander"), requests=self._value("requests"), notified=self._value("notified"),
            drill=self.drill.isChecked(), **{k: box.value() for k, box in self.casualties.items()})

    def try_save(self) -> None:
        names = {key: (w.accessibleName() or key) for key, w in self.widgets.items()}
        services, actor, data, same_as = self.ctx.services, self.ctx.actor, self.collect(), self.duplicate.currentData()
        separate, lang = self.separate.isChecked(), language()

        def save() -> tuple[str, str]:
            if same_as is not None and not separate:  # one incident: its clocks run once
                return incident_calls.add_call_to(services, actor, same_as, data, lang)
            return incidents.register(services, actor, data, duplicate_of=same_as)

        self.save_with(save, self.widgets, self.errors, names, self._saved)

    def _saved(self, saved: tuple[str, str]) -> None:
        self.saved = saved
        if self.duplicate.currentData() == saved[0]:
            self.added_to = saved[0]

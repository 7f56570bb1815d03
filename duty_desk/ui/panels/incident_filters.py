"""The incident list's filter row: status, severity, district, category, a date range and the drills."""

from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duty_desk.domain.incident_query import IncidentQuery
from duty_desk.domain.incidents import Category, Severity, Status
from duty_desk.domain.places import DISTRICTS
from duty_desk.domain.timefmt import BEIJING
from duty_desk.domain.validation import ValidationError
from duty_desk.ui import incident_labels as L
from duty_desk.ui.i18n import field_message, is_chinese

_ANY_DAY = QDate(2000, 1, 1)  # the date edits' minimum, shown as "any"
_OPEN = f"{Status.NEW} {Status.HANDLING}"  # several values in one item, space-separated
_SERIOUS = f"{Severity.I} {Severity.II}"


def _day_start(day: QDate) -> datetime:
    return datetime(day.year(), day.month(), day.day(), tzinfo=BEIJING)


class IncidentFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        column.addLayout(row)
        # Item data are plain strings (Qt hands Python objects back as copies that findData cannot match).
        self.status = self._combo(self.tr("Status"), [
            (self.tr("Any status"), ""), (self.tr("Open"), _OPEN), *[(L.status(s), s.value) for s in Status]])
        self.severity = self._combo(self.tr("Severity"), [
            (self.tr("Any severity"), ""), (self.tr("I and II"), _SERIOUS),
            *[(L.severity(s), s.value) for s in Severity]])
        chinese = is_chinese()
        self.district = self._combo(self.tr("District"), [
            (self.tr("Any district"), ""), *[(zh if chinese else en, code) for code, zh, en in DISTRICTS]])
        self.category = self._combo(self.tr("Category"), [
            (self.tr("Any category"), ""), *[(L.category(c), c.value) for c in Category]])
        self.date_from = self._date(self.tr("Received from"))
        self.date_to = self._date(self.tr("Received until"))
        self.drills = QCheckBox(self.tr("Show drills"))
        self.drills.toggled.connect(self.changed)
        self.clear = QPushButton(self.tr("Clear filters"))
        self.clear.setAccessibleName(self.tr("Clear filters"))
        self.clear.clicked.connect(self.reset)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setAccessibleName(self.tr("Filter problem"))
        for widget in (self.status, self.severity, self.district, self.category, self.date_from, QLabel("–"),
                       self.date_to, self.drills, self.clear):
            row.addWidget(widget)
        row.addStretch(1)
        self.error.hide()
        column.addWidget(self.error)  # its own line, so a long reason is never cut

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        # Narrow at rest (the row fits a 1280-pixel window); the open list shows whole names.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(len(items[0][0]) + 1)  # the "any …" item whole
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(_ANY_DAY)
        edit.setSpecialValueText(self.tr("any day"))
        edit.setDate(_ANY_DAY)
        edit.setAccessibleName(name)
        edit.setToolTip(name)
        edit.dateChanged.connect(self.changed)
        return edit

    def active(self) -> bool:
        """Whether any filter hides incidents (the drills aside, which are hidden by default)."""
        return (any(c.currentIndex() != 0 for c in (self.status, self.severity, self.district, self.category))
                or self.date_from.date() != _ANY_DAY or self.date_to.date() != _ANY_DAY)

    def reset(self) -> None:
        widgets = (self.status, self.severity, self.district, self.category, self.date_from, self.date_to, self.drills)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in (self.status, self.severity, self.district, self.category):
            combo.setCurrentIndex(0)
        self.date_from.setDate(_ANY_DAY)
        self.date_to.setDate(_ANY_DAY)
        self.drills.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self.changed.emit()

    def applied_to(self, query: IncidentQuery) -> IncidentQuery | None:
        """The query with these filters, or None (the reason shown beside the row) when they make no sense."""
        start, end = self.date_from.date(), self.date_to.date()
        candidate = replace(
            query, statuses=frozenset(Status(v) for v in self.status.currentData().split()),
            severities=frozenset(Severity(v) for v in self.severity.currentData().split()),
            district_code=self.district.currentData(),
            category=Category(self.category.currentData()) if self.category.currentData() else None,
            received_from=_day_start(start) if start != _ANY_DAY else None,
            received_to=_day_start(end) + timedelta(days=1) if end != _ANY_DAY else None,  # the whole last day
            include_drills=self.drills.isChecked())
        try:
            checked = candidate.checked()
        except ValidationError as exc:
            self.error.setText(field_message(exc.errors[0]))
            self.error.show()
            self.date_to.setStyleSheet("QDateEdit { border: 2px solid #c62828; }")
            return None
        self.error.clear()
        self.error.hide()
        self.date_to.setStyleSheet("")
        return checked

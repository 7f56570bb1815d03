"""The roster's coverage for a period: every stretch a required position is short, and each person's duties,
nights and weekend or holiday duties, to show the balance."""

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from duty_desk.domain.roster import Coverage
from duty_desk.domain.timefmt import format_beijing
from duty_desk.services import roster
from duty_desk.services.context import Actor, Services
from duty_desk.ui import roster_labels as RL
from duty_desk.ui.context import UiContext
from duty_desk.ui.operations import Failure
from duty_desk.ui.widgets import record_table


def _reports(services: Services, actor: Actor, first: date, last: date) -> list[tuple[str, Coverage, dict[str, str]]]:
    out = []
    for pattern_id, pattern in roster.patterns(services, actor):
        report = roster.coverage(services, actor, pattern_id, first, last)
        out.append((pattern.name, report, roster.names(services, actor, set(report.balance))))
    return out


class CoverageDialog(QDialog):
    def __init__(self, ctx: UiContext, days: tuple[date, date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coverage {first} – {last}").format(first=days[0], last=days[1]))
        self.resize(760, 520)
        column = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Working out the coverage…"))
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        self.gaps = record_table([self.tr("Pattern"), self.tr("From"), self.tr("Until"), self.tr("Position"),
                                  self.tr("Missing")], self.tr("Gaps"))
        column.addWidget(self.gaps, 1)
        self.balance = record_table([self.tr("Person"), self.tr("Duties"), self.tr("Nights"),
                                     self.tr("Weekends and holidays")], self.tr("Balance"))
        column.addWidget(self.balance, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        services, actor = ctx.services, ctx.actor
        ctx.ops.query(self, lambda: _reports(services, actor, *days), self._show, self._refused)

    def _refused(self, failure: Failure) -> None:
        self.summary.setText(failure.text)

    def _show(self, reports: list[tuple[str, Coverage, dict[str, str]]]) -> None:
        gaps = [(name, g) for name, report, _ in reports for g in report.gaps]
        self.summary.setText(self.tr("No hour is uncovered in this period.") if not gaps else
                             self.tr("%n stretch(es) with a required position uncovered.", "", len(gaps)))
        self.summary.setStyleSheet("color: #c62828;" if gaps else "color: #2e7d32;")
        self.gaps.setRowCount(len(gaps))
        for r, (name, g) in enumerate(gaps):
            for c, text in enumerate((name, format_beijing(g.starts_at), format_beijing(g.ends_at),
                                      RL.position(g.position), str(g.missing))):
                self.gaps.setItem(r, c, QTableWidgetItem(text))
        rows = sorted((names.get(p, p), b) for _, report, names in reports for p, b in report.balance.items())
        self.balance.setRowCount(len(rows))
        for r, (person, b) in enumerate(rows):
            for c, text in enumerate((person, str(b.duties), str(b.nights), str(b.offdays))):
                self.balance.setItem(r, c, QTableWidgetItem(text))
        self.balance.resizeColumnsToContents()
        self.gaps.resizeColumnsToContents()

"""The page of written reports to leaders (呈报单): drafts first, then the sent ones. Enter opens a draft to edit,
Ctrl+P prints (or saves as PDF) through the print preview, Ctrl+Shift+R records it as sent (asking first: it
cannot be edited afterwards), Ctrl+Shift+K starts a correction of a sent one. Drafts are started from an
incident (Incidents → Write to leaders…)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from duty_desk.domain.leader_reports import addressees_text
from duty_desk.domain.roles import Action
from duty_desk.domain.timefmt import format_beijing
from duty_desk.services import leader_report_print, leader_reports, record_kinds
from duty_desk.services.leader_reports import ReportView
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.leader_report_editor import open_report_editor
from duty_desk.ui.i18n import language
from duty_desk.ui.operations import Failure
from duty_desk.ui.panels.tabs import PanelTab
from duty_desk.ui.print_preview import preview_pdf
from duty_desk.ui.widgets import confirmed, record_table

LEADER_REPORT = "leader_reports"


class LeaderReportTab(PanelTab):
    kinds = record_kinds.LEADER_REPORTS | record_kinds.WHEREABOUTS | record_kinds.DIRECTORY
    opens = frozenset({LEADER_REPORT})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.views: list[ReportView] = []
        self.search = ""
        self.wanted: str | None = None  # a report to select once loaded (opened from elsewhere)
        row = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        for text, key, slot, action in ((self.tr("Open…"), "Return", self.open_selected, Action.ESCALATE),
                                        (self.tr("Print…"), "Ctrl+P", self.print_selected, Action.VIEW_ESCALATIONS),
                                        (self.tr("Record as sent…"), "Ctrl+Shift+R", self.send, Action.ESCALATE),
                                        (self.tr("Correct…"), "Ctrl+Shift+K", self.correct, Action.ESCALATE)):
            button = QPushButton(f"{text}  {QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)}")
            if key != "Return":  # Enter on the table opens (itemActivated), never a window-wide key
                button.setShortcut(QKeySequence(key))
            button.setAccessibleName(text)
            button.clicked.connect(slot)
            button.setEnabled(ctx.actor.may(action))
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.table = record_table([self.tr("Number"), self.tr("Title"), self.tr("Incident"), self.tr("To"),
                                   self.tr("State")], self.tr("Written reports"))
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        self.body.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.body.addWidget(self.message)

    def title(self) -> str:
        return self.tr("Written reports")

    def refresh(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.query(self, lambda: leader_reports.reports(services, actor), self._show, self._refused)

    def set_search(self, text: str) -> None:
        self.search = text.strip().lower()
        self._show(self.views)

    def open_record(self, kind: str, record_id: str) -> None:
        self.wanted = record_id
        self.refresh()

    def _show(self, views: list[ReportView]) -> None:
        self.views = views
        lang = language()
        shown = [v for v in views if not self.search or self.search in
                 f"{v.number} {v.text.title} {v.incident_number} {addressees_text(v.addressees, lang)}".lower()]
        current = self._selected()
        keep = self.wanted or (current.id if current else None)
        self.table.setRowCount(len(shown))
        for n, view in enumerate(shown):
            state = (self.tr("Sent {at} by {name}").format(at=format_beijing(view.sent_at), name=view.sent_by)
                     if view.sent_at else self.tr("Draft"))
            if view.corrects:
                state = self.tr("{state}; corrects {number}").format(state=state, number=view.corrects)
            cells = (view.number, view.text.title, view.incident_number, addressees_text(view.addressees, lang), state)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, view.id)
                self.table.setItem(n, column, item)
            if view.id == keep:
                self.table.selectRow(n)
        self.wanted = None
        self.table.resizeColumnToContents(0)
        self.message.setText("" if views else self.tr(
            "No written reports yet. Draft one from an incident: Incidents → Write to leaders…"))
        if shown and self.table.currentRow() < 0:
            self.table.selectRow(0)

    def _refused(self, failure: Failure) -> None:
        self.message.setText(failure.text)

    def _selected(self) -> ReportView | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        report_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((v for v in self.views if v.id == report_id), None)

    def open_selected(self) -> None:
        view = self._selected()
        if view is None:
            return
        if view.sent or not self.ctx.actor.may(Action.ESCALATE):
            self.print_selected()  # a sent one is read, never edited
            return
        open_report_editor(self, self.ctx, view.id, self._refused)

    def print_selected(self) -> None:
        if (view := self._selected()) is None:
            return
        services, actor, lang, report_id = self.ctx.services, self.ctx.actor, language(), view.id
        preview_pdf(self, self.ctx, lambda: leader_report_print.leader_report(services, actor, report_id, lang).pdf,
                    self.tr("Print written report {number}").format(number=view.number))

    def send(self) -> None:
        view = self._selected()
        if view is None:
            return
        if view.sent:
            self.notify(self.tr("{number} has already been sent.").format(number=view.number))
            return
        if not confirmed(self, self.tr("Record as sent"), self.tr(
                "Record {number} as sent to {to} now? It stops the incident's written-report clock and cannot be "
                "edited afterwards.").format(number=view.number, to=addressees_text(view.addressees, language()))):
            return
        services, actor, report_id = self.ctx.services, self.ctx.actor, view.id
        self.ctx.ops.write(self, lambda: leader_reports.send(services, actor, report_id),
                           lambda _id: self.notify(self.tr("{number} recorded as sent.").format(
                               number=view.number)), self._refused)

    def correct(self) -> None:
        view = self._selected()
        if view is None or not view.sent:
            self.notify(self.tr("Only a sent report is corrected; edit a draft with Enter."))
            return
        services, actor, report_id = self.ctx.services, self.ctx.actor, view.id
        self.ctx.ops.write(self, lambda: leader_reports.correct(services, actor, report_id),
                           lambda new_id: open_report_editor(self, self.ctx, new_id, self._refused), self._refused)

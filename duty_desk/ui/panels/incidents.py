"""Incidents: the list with its deadline clocks, one incident's timeline beside it, and its actions."""

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duty_desk.domain import vocabulary as V
from duty_desk.domain.changes import ChangeSet
from duty_desk.domain.deadlines import Profile, parse_profile
from duty_desk.domain.incident_views import TimelineEvent, TimelineKind
from duty_desk.domain.incidents import ReportKind, Source, Status
from duty_desk.domain.roles import Action
from duty_desk.domain.timefmt import format_beijing, utcnow
from duty_desk.services import escalations, files, incident_csv, incidents, leader_reports, record_kinds, rules
from duty_desk.services.attention import AttentionItem
from duty_desk.services.incident_attention import INCIDENT, SOURCE
from duty_desk.services.incident_report import incident_report
from duty_desk.services.incident_search import SearchHit, search_incidents
from duty_desk.ui import incident_labels as L
from duty_desk.ui import panel_registry
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.incident_actions import FollowUpDialog, ReportMadeDialog
from duty_desk.ui.dialogs.incident_edit import IncidentEditDialog
from duty_desk.ui.dialogs.intake import IntakeDialog
from duty_desk.ui.dialogs.leader_report_editor import open_report_editor
from duty_desk.ui.dialogs.severity import SeverityDialog
from duty_desk.ui.i18n import language
from duty_desk.ui.models.incident_model import DEADLINE, IncidentModel
from duty_desk.ui.operations import Failure
from duty_desk.ui.panels.attachments import AttachmentsBox
from duty_desk.ui.panels.base import EmptyState, Panel
from duty_desk.ui.panels.incident_filters import IncidentFilters
from duty_desk.ui.print_preview import preview_pdf
from duty_desk.ui.widgets import key_text, write_file

HEADER_KEY = "incidents/header"  # column widths and sort, kept in window.ini
MIN_COLUMN = 48  # px: a squeezed column still shows its first characters
GIVE_WAY = (5, 4, 2, 3)  # district, status, severity, deadline; never the number or the time received


def _mark(hit: SearchHit) -> str:
    """The matching text with each match in 【】: a highlight that survives a monochrome printout."""
    out, last = [], 0
    for start, end in hit.spans:
        out += [hit.snippet[last:start], "【", hit.snippet[start:end], "】"]
        last = end
    return "".join(out) + hit.snippet[last:]


class IncidentsPanel(Panel):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Incidents"), parent)
        self.profile: Profile = parse_profile(rules.default_text())  # the office's, once refresh() has read it
        may_register = ctx.actor.may(Action.REGISTER_INCIDENT)
        add = self.add_primary(self.tr("Register incident"), "Ctrl+N")
        add.clicked.connect(self.register)
        add.setEnabled(may_register)
        search = self.add_search(self.tr("Search summary, place, caller, follow-ups (any Chinese from 1 character)…"))
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.refresh)
        search.textChanged.connect(lambda _t: self._search_timer.start())
        export = QPushButton(self.tr("Export CSV…  {key}").format(key=key_text("Ctrl+E")))
        export.setShortcut(QKeySequence("Ctrl+E"))
        export.setAccessibleName(self.tr("Export the list as CSV"))
        export.clicked.connect(self.export_csv)
        self.header.insertWidget(2, export)
        self.filters = IncidentFilters()
        self.filters.changed.connect(self._filter)
        self.body.addWidget(self.filters)

        self.model = IncidentModel(ctx.ops, ctx.services, ctx.actor, self.profile, self)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self.notify)
        self._reselect: str | bool | None = False  # after a reload: the incident to select again, once loaded
        self._opening: str | None = None  # open_record's incident, until its page has arrived
        self._opening_alone = False  # the list was narrowed to it, not being on the first page
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(DEADLINE, Qt.SortOrder.AscendingOrder)  # most urgent first
        self._ui_state = QSettings(str(ctx.data_dir / "window.ini"), QSettings.Format.IniFormat)
        self._widths_restored = header.restoreState(self._ui_state.value(HEADER_KEY, b""))  # type: ignore[arg-type]
        self.model.set_sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        # Only now: restoring a saved sort emits the signal, before the panel has anything to reload into.
        header.sortIndicatorChanged.connect(self._sort)
        header.sectionResized.connect(lambda *_: self._save_header())
        self.table.setAccessibleName(self.tr("Incidents"))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self._empty_text = self.tr("No incidents registered. When a report comes in, press Ctrl+N and take it "
                                   "down as the caller speaks.")
        self.empty = EmptyState(self._empty_text)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        side = QWidget()
        column = QVBoxLayout(side)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        column.addWidget(self.heading)
        self.clocks = QLabel()
        self.clocks.setWordWrap(True)
        column.addWidget(self.clocks)
        self.events = QListWidget()
        self.events.setWordWrap(True)
        self.events.setAccessibleName(self.tr("Timeline"))
        self._shown_events: list[TimelineEvent] = []
        column.addWidget(self.events, 1)
        self.attachments = AttachmentsBox(ctx, incidents.ATTACHMENTS)
        self.attachments.saved.connect(self.notify)
        column.addWidget(self.attachments)
        actions = QGridLayout()
        self.buttons: list[QPushButton] = []
        edit, view, escalate = Action.EDIT_INCIDENT, Action.VIEW_INCIDENTS, Action.ESCALATE
        for n, (text, key, slot, needs) in enumerate((
                (self.tr("Follow-up…"), "Ctrl+U", self.follow_up, edit),
                (self.tr("Report made…"), "Ctrl+R", self.report_made, edit),
                (self.tr("Severity…"), "Ctrl+L", self.change_severity, edit),
                (self.tr("Close / reopen…"), "Ctrl+Shift+C", self.close_or_reopen, edit),
                (self.tr("Correct…"), "F2", self.correct, edit),
                (self.tr("Correct follow-up…"), "Ctrl+Shift+U", self.correct_follow_up, edit),
                # To the leaders: the escalations panel shows the escalation and the written report.
                (self.tr("Escalate"), "Ctrl+Shift+E", self.escalate, escalate),
                (self.tr("Write to leaders…"), "Ctrl+Shift+W", self.leader_report, escalate),
                (self.tr("Save as PDF…"), "Ctrl+Shift+S", self.save_pdf, view),
                (self.tr("Print…"), "Ctrl+P", self.print_report, view))):
            button = QPushButton(f"{text}  {key_text(key)}")
            button.setShortcut(QKeySequence(key))
            button.setAccessibleName(text)
            button.clicked.connect(slot)
            button.setEnabled(ctx.actor.may(needs))
            actions.addWidget(button, n // 2, n % 2)
            self.buttons.append(button)
        column.addLayout(actions)
        splitter = QSplitter()
        splitter.addWidget(self.stack)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 3)
        self.body.addWidget(splitter, 1)
        self.ticker = QTimer(self, interval=30_000)  # countdowns move on by themselves
        self.ticker.timeout.connect(self._tick)
        self.ticker.start()
        ctx.bus.changed.connect(self._on_changed)

    def refresh(self) -> None:
        """The rules in force and the whole list, or a search's hits (newest first, the match shown in 【】)."""
        text = self.search.text().strip() if self.search else ""
        services, actor, drills = self.ctx.services, self.ctx.actor, self.model.query.include_drills

        def read() -> tuple[Profile, list[SearchHit] | None]:
            hits = search_incidents(services, actor, text, include_drills=drills) if text else None
            return rules.load_profile(services, actor), hits

        self.ctx.ops.query(self, read, self._found, self._no_report, key="list")

    def _found(self, answer: tuple[Profile, list[SearchHit] | None]) -> None:
        self.profile, hits = answer
        self.model.profile = self.profile  # the rules may have changed
        if hits is None:
            self.model.query, self.model.marked = replace(self.model.query, only=None), {}
            self._reload()
            return
        self.model.query = replace(self.model.query, only=tuple(h.incident_id for h in hits))
        self.model.marked = {h.incident_id: _mark(h) for h in hits}
        self._reload()
        if not hits:
            self.empty.setText(self.tr("Nothing found for “{text}”. Try fewer or shorter words.").format(
                text=self.search.text() if self.search else ""))

    def _reload(self) -> None:
        self._reselect = self._selected_id() if self._reselect is False else self._reselect
        self.empty.setText(self.tr("No incident matches these filters. Change them, or show everything with "
                                   "Clear filters.") if self.filters.active() else self._empty_text)
        self.model.reload()

    def _loaded(self) -> None:
        """A page arrived; after a reload, the first one shows the list and selects the incident again."""
        if self._reselect is False:
            return
        selected, self._reselect = self._reselect, False
        self.stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty)
        if not self._widths_restored and self.model.rowCount():  # once; then the officer's widths are kept
            self._fit_columns()
            self._widths_restored = True
        rows = [r.view.id for r in self.model.rows]
        self.table.selectRow(rows.index(selected) if selected in rows else 0)
        self._show_selected()
        self._opened()

    def _fit_columns(self) -> None:
        """Each column as wide as its contents, but together at most 70% of the list: the summary (last,
        stretching) always shows what happened. The number and the time received stay whole; district, status,
        severity and then the deadline give way in that order (elided: the detail beside the list is whole)."""
        self.table.resizeColumnsToContents()
        over = sum(self.table.columnWidth(c) for c in range(self.model.columnCount() - 1)) - \
            int(self.table.viewport().width() * 0.68)  # a little under: a scroll bar may yet take its place
        for c in GIVE_WAY:
            if over <= 0:
                break
            width = self.table.columnWidth(c)
            narrower = max(MIN_COLUMN, width - over)
            self.table.setColumnWidth(c, narrower)
            over -= width - narrower

    def open_record(self, kind: str, record_id: str) -> None:
        """Select one incident (named by the banner or the Overview). When the search or the filters hide it,
        they are cleared and drills shown (the incident may be one); failing that, the list shows it alone.
        The list is read off the GUI thread: the incident is selected once its page has arrived."""
        ids = [r.view.id for r in self.model.rows]
        searching = bool(self.search and self.search.text().strip())  # its hits may not have arrived yet
        if record_id in ids and self._opening is None and not searching:
            self.table.selectRow(ids.index(record_id))
            self.table.setFocus()
            return
        if self.search is not None:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self._search_timer.stop()
        self.filters.blockSignals(True)
        self.filters.reset()
        self.filters.drills.setChecked(True)
        self.filters.blockSignals(False)
        self._opening, self._opening_alone = record_id, False
        self._reselect = record_id
        query = self.filters.applied_to(self.model.query)
        if query is not None:
            self.model.query = query
        self.refresh()  # supersedes a search still running

    def _opened(self) -> None:
        """A reload's first page arrived while an incident was being opened: select it, or show it alone."""
        record_id = self._opening
        if record_id is None:
            return
        ids = [r.view.id for r in self.model.rows]
        if record_id in ids:
            self._opening = None
            self.table.selectRow(ids.index(record_id))
            self.table.setFocus()
        elif not self._opening_alone:  # beyond the first page in this order: until the next search or filter
            self._opening_alone = True
            self.model.query = replace(self.model.query, only=(record_id,))
            self._reselect = record_id
            self._reload()
        else:
            self._opening = None  # gone, or not the actor's to see

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(record_kinds.INCIDENTS):
            self.refresh()

    def _filter(self) -> None:
        query = self.filters.applied_to(self.model.query)
        if query is not None:
            self.model.query = query
            self.refresh()

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        self.model.set_sort(column, order)
        header = self.table.horizontalHeader()
        shown = self.model.sort_column()
        if column != shown or (column == DEADLINE and order != Qt.SortOrder.AscendingOrder):  # not that way
            header.blockSignals(True)
            header.setSortIndicator(shown, Qt.SortOrder.DescendingOrder if self.model.query.descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
        self._save_header()
        self._reload()

    def _save_header(self) -> None:
        self._ui_state.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

    def _tick(self) -> None:
        self.model.tick()
        self._show_selected()

    def _selected_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()].view.id

    def _show_selected(self) -> None:
        incident_id = self._selected_id()
        self.events.clear()
        for button in self.buttons:
            button.setVisible(incident_id is not None)
        self.attachments.show_for(incident_id)
        if incident_id is None:
            self.heading.setText(self.tr("Select an incident to see its clocks and timeline."))
            self.clocks.clear()
            self.ctx.ops.cancel(self, "timeline")
            return
        row = next(r for r in self.model.rows if r.view.id == incident_id)
        d = row.view.data
        drill = self.tr("[DRILL] ") if d.drill else ""  # as the list marks it
        self.heading.setText(f"<b>{drill}{row.view.number}</b> · {L.severity(d.severity)} · {L.status(row.view.status)}"
                             f"<br>{d.summary}")
        now = utcnow()
        lines = [L.clock_line(c, now) for c in row.clocks]
        self.clocks.setText("<br>".join(lines) if lines else self.tr(
            "A further report of {number}: its reporting deadlines are that incident's.").format(
            number=row.duplicate_of) if row.duplicate_of else self.tr("No reporting deadlines for this incident."))
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.query(self, lambda: incidents.timeline(services, actor, incident_id), self._timeline,
                           self._no_report, key="timeline")

    def _timeline(self, events: list[TimelineEvent]) -> None:
        self.events.clear()
        self._shown_events = events  # by row: the follow-up Ctrl+Shift+U corrects
        for event in events:
            self.events.addItem(f"{format_beijing(event.at)}  {V.event_name(event, language())}  {self._said(event)}"
                                f"  — {event.by}")

    def _said(self, event: TimelineEvent) -> str:
        """What the event says, in words: a change's fields, a report's kind and means, a follow-up's source."""
        if event.words is not None:
            return event.words(language())
        if event.kind is TimelineKind.CHANGE:
            return L.change_text(event.changes)
        if event.kind is TimelineKind.REPORT_MADE:
            return L.report_made_text(event.report_kind, event.text, event.source)
        if event.kind is TimelineKind.INTAKE or event.source not in set(Source):
            return event.text
        return event.text + self._came_from(event)

    def _came_from(self, event: TimelineEvent) -> str:
        """A follow-up's source and reporter, e.g. ' (fax, from 王磊)'."""
        if event.reporter:
            return self.tr(" ({source}, from {reporter})").format(source=L.source(Source(event.source)),
                                                                 reporter=event.reporter)
        return self.tr(" ({source})").format(source=L.source(Source(event.source)))

    # -- actions -----------------------------------------------------------------------------------------
    def register(self) -> None:
        dialog = IntakeDialog(self.ctx, self)
        if dialog.exec() and dialog.added_to is not None:  # the call went to an incident already registered
            self.open_record(INCIDENT, dialog.added_to)

    def follow_up(self) -> None:
        if (incident_id := self._selected_id()) is not None:
            FollowUpDialog(self.ctx, incident_id, self).exec()

    def correct(self) -> None:
        """F2: put right what was recorded wrongly (the caller, the times, the place, the account…)."""
        if (incident_id := self._selected_id()) is not None:
            IncidentEditDialog(self.ctx, next(r.view for r in self.model.rows if r.view.id == incident_id),
                               self).exec()

    def correct_follow_up(self) -> None:
        """Ctrl+Shift+U on the follow-up selected in the timeline: a new entry that corrects it."""
        incident_id, row = self._selected_id(), self.events.currentRow()
        event = self._shown_events[row] if 0 <= row < len(self._shown_events) else None
        if incident_id is None or event is None or event.kind not in (TimelineKind.FOLLOW_UP, TimelineKind.FINAL):
            self.notify(self.tr("Select the follow-up report to correct in the timeline first."))
            self.events.setFocus()
            return
        FollowUpDialog(self.ctx, incident_id, self, correcting=event).exec()

    def escalate(self) -> None:
        """Start the incident's escalation policy and show it on the escalations page."""
        if (incident_id := self._selected_id()) is None or not self.ctx.actor.may(Action.ESCALATE):
            return
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.write(self, lambda: escalations.start(services, actor, incident_id),
                           lambda escalation_id: self.record_requested.emit(escalations.ESCALATION, escalation_id),
                           lambda failure: self.notify(failure.text))

    def report_made(self) -> None:
        if (incident_id := self._selected_id()) is not None:
            ReportMadeDialog(self.ctx, incident_id, self).exec()

    def change_severity(self) -> None:
        incident_id = self._selected_id()
        if incident_id is not None:
            SeverityDialog(self.ctx, next(r.view for r in self.model.rows if r.view.id == incident_id), self).exec()

    def close_or_reopen(self) -> None:
        incident_id = self._selected_id()
        if incident_id is None:
            return
        current = next(r.view.status for r in self.model.rows if r.view.id == incident_id)
        closing = current is not Status.CLOSED
        prompt = self.tr("Reason for closing:") if closing else self.tr("Reason for reopening:")
        reason, ok = QInputDialog.getText(self, self.tr("Close incident") if closing else self.tr("Reopen incident"),
                                          prompt)
        if ok:
            target = Status.CLOSED if closing else Status.HANDLING
            services, actor = self.ctx.services, self.ctx.actor
            self._act(lambda: incidents.set_status(services, actor, incident_id, target, reason))

    def _build_pdf(self, then: Callable[[bytes, str], None]) -> None:
        """The report, in the interface language, is built off the GUI thread; `then(pdf, number)` runs back on
        it."""
        incident_id = self._selected_id()
        if incident_id is None:
            return
        services, actor, lang = self.ctx.services, self.ctx.actor, language()
        self.ctx.ops.query(self, lambda: incident_report(services, actor, incident_id, lang),
                           lambda printout: then(printout.pdf, printout.number), self._no_report, key="report")

    def _no_report(self, failure: Failure) -> None:
        QMessageBox.warning(self, self.tr("No report"), failure.text)

    def save_pdf(self) -> None:
        self._build_pdf(self._save_pdf)

    def _save_pdf(self, pdf: bytes, number: str) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save incident report"), f"{number}.pdf",
                                              self.tr("PDF files (*.pdf)"))
        if name and write_file(self, name, pdf):
            self.notify(self.tr("Saved {file}.").format(file=name))

    def print_report(self) -> None:
        if (incident_id := self._selected_id()) is None:
            return
        services, actor, lang = self.ctx.services, self.ctx.actor, language()
        preview_pdf(self, self.ctx, lambda: incident_report(services, actor, incident_id, lang).pdf,
                    self.tr("Print incident report"))

    def leader_report(self) -> None:
        """A 呈报单 drafted from the selected incident's facts and follow-ups, opened to edit."""
        if (incident_id := self._selected_id()) is None or not self.ctx.actor.may(Action.ESCALATE):
            return
        services, actor, lang = self.ctx.services, self.ctx.actor, language()
        self.ctx.ops.write(self, lambda: leader_reports.draft(services, actor, incident_id, lang),
                           lambda report_id: open_report_editor(self, self.ctx, report_id, self._no_report),
                           self._no_report)

    def export_csv(self) -> None:
        """The list as shown: its filters, search and order."""
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export incidents"), "incidents.csv",
                                              self.tr("CSV files (*.csv)"))
        if not name:
            return
        services, actor, query, profile = self.ctx.services, self.ctx.actor, self.model.query, self.profile

        def export() -> int:
            views = incident_csv.all_incidents(services, actor, query, profile)
            files.write_atomic(Path(name), incident_csv.incidents_csv(views).encode("utf-8-sig"))  # BOM: Excel
            return len(views)

        self.ctx.ops.query(self, export, lambda n: self.notify(self.tr("Exported %n incidents.", "", n)),
                           self._no_report, key="export")

    def _act(self, work: Callable[[], object]) -> None:
        self.ctx.ops.write(self, work, None,
                           lambda failure: QMessageBox.warning(self, self.tr("Not changed"), failure.text))


def _clock_text(item: AttentionItem, now: datetime) -> str:
    assert isinstance(item.subject, ReportKind)
    return L.clock_text(item.subject, item.deadline.state(now), item.deadline.seconds_left(now))


panel_registry.register(panel_registry.PanelSpec(
    "incidents", 40, "incidents", IncidentsPanel, Action.VIEW_INCIDENTS, badge_sources=(SOURCE,),
    describe=_clock_text, opens=frozenset({INCIDENT})))

"""The page of escalations in progress: the step due now, a countdown, whom to inform with all their phones, and
keys for the attempt (Enter), going on at once (Ctrl+G) and, for a shift leader, marking a step not needed
(Ctrl+D). The countdown ticks without asking the database; a change to escalations reloads the list."""

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QTableWidgetItem, QWidget

from duty_desk.domain import escalation as E
from duty_desk.domain import vocabulary as V
from duty_desk.domain.incidents import Severity
from duty_desk.domain.roles import Action
from duty_desk.domain.timefmt import format_beijing, utcnow
from duty_desk.services import escalations, record_kinds
from duty_desk.services.escalations import Contact, EscalationRow
from duty_desk.ui import escalation_labels as L
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.escalation_attempt import AttemptDialog
from duty_desk.ui.i18n import language
from duty_desk.ui.operations import Failure
from duty_desk.ui.panels.tabs import PanelTab
from duty_desk.ui.widgets import record_table


def countdown(due: datetime | None, now: datetime) -> str:
    """-0:05 once five minutes past; 1:02:03 with an hour or more to go."""
    if due is None:
        return ""
    seconds = int((due - now).total_seconds())
    sign, seconds = ("-" if seconds < 0 else ""), abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}" if hours else f"{sign}{minutes}:{secs:02d}"


class EscalationTab(PanelTab):
    kinds = record_kinds.ESCALATIONS
    opens = frozenset({escalations.ESCALATION})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[EscalationRow] = []
        self.search = ""
        self._wanted: str | None = None  # a record to select once the list is in
        self.table = record_table([self.tr("Incident"), self.tr("Severity"), self.tr("Step"), self.tr("Inform"),
                                   self.tr("Due in")], self.tr("Escalations in progress"))
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.body.addWidget(self.table, 1)
        self.contacts = QLabel()
        self.contacts.setWordWrap(True)
        self.contacts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.contacts)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.body.addWidget(self.error)
        keys = QHBoxLayout()
        self.attempt_button = QPushButton(self.tr("Record &attempt… (Enter)"))
        self.go_on_button = QPushButton(self.tr("&Go on to the next step (Ctrl+G)"))
        self.not_needed_button = QPushButton(self.tr("&Not needed… (Ctrl+D)"))
        self.not_needed_button.setVisible(ctx.actor.may(Action.DECIDE_ESCALATION_STEP))
        for button, slot in ((self.attempt_button, self.record_attempt), (self.go_on_button, self.go_on),
                             (self.not_needed_button, self.not_needed)):
            button.clicked.connect(slot)
            keys.addWidget(button)
        keys.addStretch(1)
        self.body.addLayout(keys)
        for key, slot in (("Return", self.record_attempt), ("Enter", self.record_attempt), ("Ctrl+G", self.go_on),
                          ("Ctrl+D", self.not_needed)):
            shortcut = QShortcut(QKeySequence(key), self.table, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.ticker = QTimer(self)
        self.ticker.timeout.connect(self._tick)
        self.ticker.start(1000)
        self._buttons()

    def title(self) -> str:
        return self.tr("Escalations")

    def refresh(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.query(self, lambda: escalations.in_progress(services, actor), self._show, self._refused)

    def set_search(self, text: str) -> None:
        self.search = text.strip()
        self._fill()

    def open_record(self, kind: str, record_id: str) -> None:
        self._wanted = record_id
        self._select(record_id)

    def _refused(self, failure: Failure) -> None:
        self.error.setText(failure.text)

    def _show(self, rows: list[EscalationRow]) -> None:
        selected = self.selected()
        self.rows = rows
        self._fill()
        self._select(self._wanted or (selected.id if selected else None))

    def _visible(self) -> list[EscalationRow]:
        words = self.search.split()
        return [r for r in self.rows if all(w in f"{r.number} {r.summary} {L.whom_name(r.whom)}" for w in words)]

    def _fill(self) -> None:
        now = utcnow()
        shown = self._visible()
        self.table.setRowCount(len(shown))
        for i, row in enumerate(shown):
            # After an unanswered attempt the row says what to do now, not only which step it is.
            words = (self.tr("{n} of {total}: {step} (call again)") if row.due_kind is E.DueKind.REMINDER
                     else self.tr("{n} of {total}: {step}"))
            step = words.format(n=row.step_no, total=row.steps, step=L.step_name(row.step))
            values = (f"{row.number} {row.summary[:30]}", V.word(row.severity, Severity, language()), step,
                      L.whom_name(row.whom) or self.tr("nobody to inform"), countdown(row.due, now))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(i, column, item)
        self._tick()
        self.table.resizeColumnsToContents()  # the incident and the step read whole; the countdown takes the rest
        if shown and not self.table.selectedItems():
            self.table.selectRow(0)
        self._buttons()
        if not shown:  # say why the list is empty and what to do
            self.contacts.setText(self.tr("Nothing in progress matches the search.") if self.rows else self.tr(
                "No escalation in progress. Escalate an incident from Incidents with Ctrl+Shift+E; the levels the "
                "office chose (I and II by default) start on registration."))

    def _tick(self) -> None:
        """The countdown column only, from what is loaded."""
        now = utcnow()
        for i in range(self.table.rowCount()):
            row = self._row_at(i)
            item = self.table.item(i, 4)
            if row is None or item is None:
                continue
            item.setText(countdown(row.due, now))
            late = row.due is not None and row.due < now
            item.setForeground(Qt.GlobalColor.red if late else self.table.palette().text().color())
            item.setToolTip(self.tr("Due {at}").format(at=format_beijing(row.due)) if row.due else "")

    def _row_at(self, index: int) -> EscalationRow | None:
        item = self.table.item(index, 0)
        wanted = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((r for r in self.rows if r.id == wanted), None)

    def _select(self, record_id: str | None) -> None:
        for i in range(self.table.rowCount()):
            row = self._row_at(i)
            if row is not None and row.id == record_id:
                self.table.selectRow(i)
                self._wanted = None
                return

    def selected(self) -> EscalationRow | None:
        items = self.table.selectedItems()
        return self._row_at(items[0].row()) if items else None

    def _phone_line(self, contact: Contact) -> str:
        kinds = {"office": self.tr("office"), "mobile": self.tr("mobile"), "secure": self.tr("secure line"),
                 "duty": self.tr("duty phone")}
        phones = "  ".join(f"{kinds[kind]} {number}" for kind, number in L.phones(contact))
        return f"{contact.name} {contact.title}: {phones or self.tr('no phone in the directory')}"

    def _show_selected(self) -> None:
        row = self.selected()
        self._buttons()
        if row is None or row.whom is None:
            self.contacts.setText("")
            return
        lines = [self._phone_line(row.whom.reached)]
        if row.whom.reached.id != row.whom.named.id:
            lines.append(self.tr("Acting for: {line}").format(line=self._phone_line(row.whom.named)))
        self.contacts.setText("\n".join(lines))

    def _buttons(self) -> None:
        chosen = self.selected() is not None
        may = self.ctx.actor.may(Action.ESCALATE)
        self.attempt_button.setEnabled(chosen and may)
        self.go_on_button.setEnabled(chosen and may)
        self.not_needed_button.setEnabled(chosen)

    def record_attempt(self) -> None:
        row = self.selected()
        if row is None or not self.ctx.actor.may(Action.ESCALATE):
            return
        dialog = AttemptDialog(self.ctx, row, self)
        dialog.exec()
        dialog.deleteLater()
        self.table.setFocus()  # back on the list: the next Enter is the next attempt

    def go_on(self) -> None:
        row = self.selected()
        if row is None or row.step is None or not self.ctx.actor.may(Action.ESCALATE):
            return
        services, actor, key = self.ctx.services, self.ctx.actor, row.step.key
        self.ctx.ops.write(self, lambda: escalations.go_on(services, actor, row.id, key), None, self._refused)

    def not_needed(self) -> None:
        row = self.selected()
        if row is None or row.step is None or not self.ctx.actor.may(Action.DECIDE_ESCALATION_STEP):
            return
        reason, ok = QInputDialog.getText(self, self.tr("Step not needed"), self.tr(
            "Why is step {n} ({step}) not needed?").format(n=row.step_no, step=L.step_name(row.step)))
        if not ok:
            return
        services, actor, key = self.ctx.services, self.ctx.actor, row.step.key
        self.ctx.ops.write(self, lambda: escalations.mark_not_needed(services, actor, row.id, key, reason), None,
                           self._refused)

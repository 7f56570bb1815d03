"""The page of the leaders' whereabouts board (领导去向): every municipal and rostered leader with where they are
today, the dates, where to reach them and who acts for them. Ctrl+N records an entry for the selected leader,
Enter changes the selected leader's entry, Ctrl+Shift+E ends it (they are back)."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from duty_desk.domain import vocabulary as V
from duty_desk.domain.roles import Action
from duty_desk.domain.timefmt import beijing, utcnow
from duty_desk.domain.whereabouts import Whereabouts, WhereaboutsData
from duty_desk.services import record_kinds, whereabouts
from duty_desk.services.whereabouts import BoardRow
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.whereabouts_editor import WhereaboutsDialog
from duty_desk.ui.i18n import language
from duty_desk.ui.operations import Failure
from duty_desk.ui.panels.tabs import PanelTab
from duty_desk.ui.widgets import confirmed, record_table


class WhereaboutsTab(PanelTab):
    kinds = record_kinds.WHEREABOUTS | record_kinds.DIRECTORY | record_kinds.ROSTER

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[BoardRow] = []
        self.search = ""
        buttons = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        for text, key, slot in ((self.tr("Record whereabouts…"), "Ctrl+N", self.record),
                                (self.tr("Change…"), "Return", self.edit),
                                (self.tr("Back (end the entry)"), "Ctrl+Shift+E", self.end)):
            button = QPushButton(f"{text}  {QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)}")
            if key != "Return":  # Enter on the table opens the entry (itemActivated), never a window-wide key
                button.setShortcut(QKeySequence(key))
            button.setAccessibleName(text)
            button.clicked.connect(slot)
            button.setEnabled(ctx.actor.may(Action.KEEP_WHEREABOUTS))
            buttons.addWidget(button)
            self.buttons.append(button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.table = record_table([self.tr("Leader"), self.tr("Title"), self.tr("Today"), self.tr("Dates"),
                                   self.tr("Where"), self.tr("How to reach them"), self.tr("Acting for them")],
                                  self.tr("Leaders' whereabouts"))
        self.table.itemActivated.connect(lambda _item: self.edit())
        self.body.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.body.addWidget(self.message)

    def title(self) -> str:
        return self.tr("Leaders' whereabouts")

    def refresh(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.query(self, lambda: whereabouts.board(services, actor), self._show, self._refused)

    def set_search(self, text: str) -> None:
        self.search = text.strip().lower()
        self._show(self.rows)

    def _show(self, rows: list[BoardRow]) -> None:
        self.rows = rows
        shown = [r for r in rows if not self.search or self.search in f"{r.name} {r.title} {r.acting_name}".lower()]
        self.table.setRowCount(len(shown))
        for n, row in enumerate(shown):
            dates = f"{row.first_day} – {row.last_day}" if row.first_day else ""
            cells = (row.name, row.title, V.label(row.status, language()), dates, row.place, row.reach_at,
                     row.acting_name)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.person_id)
                self.table.setItem(n, column, item)
        self.table.resizeColumnsToContents()
        if not rows:
            self.message.setText(self.tr("No leaders in the directory yet. Mark municipal leaders as leaders in "
                                         "Directory, or roster a leader in charge."))
        else:
            self.message.setText(self.tr("{away} of {count} leaders away today.").format(
                away=sum(r.away for r in rows), count=len(rows)))
        if shown and self.table.currentRow() < 0:
            self.table.selectRow(0)

    def _refused(self, failure: Failure) -> None:
        self.message.setText(failure.text)

    def _selected(self) -> BoardRow | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        person = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((r for r in self.rows if r.person_id == person), None)

    def _open(self, data: WhereaboutsData, entry_id: str | None) -> None:
        WhereaboutsDialog(self.ctx, self.rows, data, entry_id, self).exec()

    def record(self) -> None:
        if not self.rows:
            return
        row = self._selected() or self.rows[0]
        today = beijing(utcnow()).date()
        self._open(WhereaboutsData(row.person_id, Whereabouts.AWAY, today, today + timedelta(days=1)), None)

    def edit(self) -> None:
        row = self._selected()
        if row is None or not self.ctx.actor.may(Action.KEEP_WHEREABOUTS):
            return
        if row.entry_id is None:
            self.record()
            return
        entry_id, services, actor = row.entry_id, self.ctx.services, self.ctx.actor
        self.ctx.ops.query(self, lambda: whereabouts.entry(services, actor, entry_id),
                           lambda data: self._open(data, entry_id), self._refused, key="entry")

    def end(self) -> None:
        row = self._selected()
        if row is None or row.entry_id is None:
            return
        if not confirmed(self, self.tr("Back in the office?"),
                         self.tr("End {name}'s entry now?").format(name=row.name)):
            return
        entry_id, services, actor = row.entry_id, self.ctx.services, self.ctx.actor
        self.ctx.ops.write(self, lambda: whereabouts.end_entry(services, actor, entry_id), None, self._refused)

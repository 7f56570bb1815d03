"""Conflicts (two workstations edited the same field) and changes the server refused."""

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from duty_desk.domain.roles import Action
from duty_desk.domain.timefmt import format_beijing
from duty_desk.domain.validation import ValidationError
from duty_desk.services import sync
from duty_desk.services.errors import PermissionDenied
from duty_desk.services.sync import ConflictView, RejectedView, SetAsideView
from duty_desk.ui.context import UiContext
from duty_desk.ui.i18n import field_message
from duty_desk.ui.labels import field_label, record_kind, record_label
from duty_desk.ui.operations import Failure
from duty_desk.ui.panels.base import EmptyState
from duty_desk.ui.widgets import record_table

CELL_CHARS = 60


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return QCoreApplication.translate("ConflictsDialog", "yes") if value else \
            QCoreApplication.translate("ConflictsDialog", "no")
    return str(value)


def _listing(table: QTableWidget, empty: str) -> QStackedWidget:
    """The table, or in its place a sentence saying there is nothing (never a blank grid)."""
    stack = QStackedWidget()
    stack.addWidget(table)
    stack.addWidget(EmptyState(empty))
    return stack


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    stack = table.parentWidget()
    if isinstance(stack, QStackedWidget):
        stack.setCurrentIndex(0 if rows else 1)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for col, text in enumerate(values):
            table.setItem(r, col, _cell(text))
    table.resizeColumnsToContents()


def _cell(text: str) -> QTableWidgetItem:
    """One line in the table (a long note or a whole rule file would swamp it); the whole text as its tooltip."""
    first = text.split("\n", 1)[0]
    short = first if len(first) <= CELL_CHARS and first == text else first[:CELL_CHARS].rstrip() + "…"
    item = QTableWidgetItem(short)
    if short != text:
        item.setToolTip(text)
    return item


class ConflictsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[ConflictView] = []
        self.setWindowTitle(self.tr("Conflicts and refused changes"))
        self.resize(1100, 560)
        layout = QVBoxLayout(self)
        tabs = QTabWidget()
        layout.addWidget(tabs, 1)

        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(QLabel(self.tr(
            "Two workstations changed the same field before either saw the other's change. The value shown in "
            "the app is the provisional winner; both are kept here until a shift leader or administrator decides.")))
        headers = [self.tr("Record"), self.tr("Field"), self.tr("Value in use"), self.tr("By, when, where"),
                   self.tr("Other value"), self.tr("By, when, where")]
        self.conflicts = record_table(headers, self.tr("Conflicts"))
        box.addWidget(_listing(self.conflicts, self.tr("No conflicts: no two workstations have changed the same "
                                                       "field.")), 1)
        buttons = QHBoxLayout()
        self.may = may = ctx.actor.may(Action.RESOLVE_CONFLICTS)
        for text, slot in ((self.tr("Keep the value in use"), self.keep), (self.tr("Use the other value"), self.other),
                           (self.tr("Enter a new value…"), self.new_value)):
            button = QPushButton(text)
            button.setEnabled(may)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.typed = button  # only for a field that takes a typed value
        self.conflicts.itemSelectionChanged.connect(self._selected)
        buttons.addStretch(1)
        if not may:
            buttons.addWidget(QLabel(self.tr("Only a shift leader or an administrator can resolve conflicts.")))
        box.addLayout(buttons)
        tabs.addTab(page, self.tr("Conflicts"))

        self.refused = record_table([self.tr("Refused at"), self.tr("Record"), self.tr("By"),
                                     self.tr("Server's reason")], self.tr("Refused changes"))
        tabs.addTab(_listing(self.refused, self.tr("No refused changes: the server has taken every change from "
                                                   "this workstation.")), self.tr("Refused changes"))
        self.set_aside = record_table([self.tr("Set aside at"), self.tr("Record"), self.tr("Reason"),
                                       self.tr("As received")], self.tr("Rows set aside"))
        self.sees_set_aside = ctx.actor.may(Action.MANAGE_SERVER_LINK)
        if self.sees_set_aside:  # raw rows of any kind: for the administrator of the server link only
            page = QWidget()
            box = QVBoxLayout(page)
            box.addWidget(QLabel(self.tr(
                "Rows from the server this workstation could not read or store. Sync went on past them; a later "
                "good version of the same record replaces each one. Upgrading Duty Desk may make them readable.")))
            box.addWidget(_listing(self.set_aside, self.tr("No rows set aside: every row from the server could be "
                                                           "read and stored.")), 1)
            tabs.addTab(page, self.tr("Set aside"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.load()

    def load(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        sees = self.sees_set_aside
        self.ctx.ops.query(self, lambda: (sync.conflicts(services, actor), sync.rejected(services, actor),
                                          sync.set_aside(services, actor) if sees else []), self._show)

    def _show(self, found: tuple[list[ConflictView], list[RejectedView], list[SetAsideView]]) -> None:
        self.items, refused, set_aside = found
        _fill(self.conflicts, [
            (f"{record_label(c.record_table, c.record_label)} ({record_kind(c.record_table)})",
             field_label(c.field), _shown(c.kept),
             f"{c.kept_actor or '?'} · {format_beijing(c.kept_at) or '?'} · {c.kept_site}", _shown(c.lost),
             f"{c.lost_actor or '?'} · {format_beijing(c.lost_at) or '?'} · {c.lost_site}") for c in self.items])
        if self.items:
            self.conflicts.selectRow(0)
        _fill(self.refused, [(format_beijing(op.rejected_at),
                              f"{record_label(op.table_name, op.record_label)} ({record_kind(op.table_name)})",
                              op.actor, op.reason) for op in refused])
        _fill(self.set_aside, [(format_beijing(row.set_aside_at), f"{record_kind(row.table_name)} {row.row_id}",
                                row.reason, row.data) for row in set_aside])

    def _selected(self) -> None:
        conflict = self._current()
        self.typed.setEnabled(self.may and conflict is not None and not conflict.choose_only
                              and isinstance(conflict.kept, str))

    def _current(self) -> ConflictView | None:
        row = self.conflicts.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _resolve(self, value: Any = None, side: str | None = None) -> None:
        conflict = self._current()
        if conflict is None:
            return
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.write(self, lambda: sync.resolve_conflict(services, actor, conflict.id, value, side),
                           lambda _: self.load(), self._refused)

    def _refused(self, failure: Failure) -> None:
        exc = failure.error
        if isinstance(exc, ValidationError):
            QMessageBox.warning(self, self.tr("Cannot resolve"), field_message(exc.errors[0]))
        elif isinstance(exc, PermissionDenied):
            QMessageBox.warning(self, self.tr("Cannot resolve"), self.tr(
                "Only an administrator can resolve conflicts about accounts or the office's rules."))
        else:
            QMessageBox.warning(self, self.tr("Cannot resolve"), failure.text)
        self.load()

    def keep(self) -> None:
        self._resolve(side="kept")

    def other(self) -> None:
        self._resolve(side="lost")

    def new_value(self) -> None:
        conflict = self._current()
        if conflict is None or not self.typed.isEnabled():  # a field whose value is chosen, never typed
            return
        text, ok = QInputDialog.getText(self, self.tr("New value"),
                                        self.tr("New value for {field}:").format(field=field_label(conflict.field)),
                                        text=conflict.kept)
        if ok:
            self._resolve(text)

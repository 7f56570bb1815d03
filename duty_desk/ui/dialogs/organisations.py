"""The organisations of the directory: list with member counts; add, edit, remove."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duty_desk.domain.roles import Action
from duty_desk.domain.validation import format_phone
from duty_desk.services import directory
from duty_desk.services.directory import OrgRow
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.org_editor import OrgEditorDialog
from duty_desk.ui.labels import district_label, org_kind_name
from duty_desk.ui.widgets import confirm_and_remove, record_table


class OrganisationsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[OrgRow] = []
        self.setWindowTitle(self.tr("Organisations"))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        self.table = record_table([self.tr("Name"), self.tr("Kind"), self.tr("District"), self.tr("Duty phone"),
                                   self.tr("People")], self.tr("Organisations"))
        self.table.setSortingEnabled(True)
        if ctx.actor.may(Action.EDIT_DIRECTORY):
            self.table.doubleClicked.connect(self.edit)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        for text, key, slot in ((self.tr("Add…"), "Ctrl+N", self.add), (self.tr("Edit…"), "F2", self.edit),
                                (self.tr("Remove"), "Del", self.remove)):
            button = QPushButton(f"{text}  {QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)}")
            button.setShortcut(QKeySequence(key))
            button.clicked.connect(slot)
            button.setEnabled(ctx.actor.may(Action.EDIT_DIRECTORY))
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.load()

    def load(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.query(self, lambda: directory.organisations(services, actor), self._show)

    def _show(self, rows: list[OrgRow]) -> None:
        self.rows = rows
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.rows))
        for r, org in enumerate(self.rows):
            values = (org.data.name, org_kind_name(org.data.kind), district_label(org.data.district_code),
                      format_phone(org.data.duty_phone or org.data.phone), str(org.people))
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, org.id)
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()

    def _selected(self) -> OrgRow | None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            return None
        org_id = item.data(Qt.ItemDataRole.UserRole)
        return next((o for o in self.rows if o.id == org_id), None)

    def add(self) -> None:
        if OrgEditorDialog(self.ctx, None, self).exec():
            self.load()

    def edit(self) -> None:
        org = self._selected()
        if org is not None and OrgEditorDialog(self.ctx, org, self).exec():
            self.load()

    def remove(self) -> None:
        org = self._selected()
        if org is None:
            return
        services, actor = self.ctx.services, self.ctx.actor
        confirm_and_remove(self, self.ctx.ops, self.tr("Remove organisation"), org.data.name,
                           lambda: directory.delete_org(services, actor, org.id), self.load)

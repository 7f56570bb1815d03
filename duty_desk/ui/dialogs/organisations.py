"""The organisations of the directory: list with member counts; add, edit, remove."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duty_desk.domain.pinyin import sort_key
from duty_desk.domain.roles import Action
from duty_desk.domain.validation import format_phone
from duty_desk.services import directory
from duty_desk.services.directory import OrgRow
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.org_editor import OrgEditorDialog
from duty_desk.ui.labels import district_label, org_kind_name
from duty_desk.ui.widgets import confirm_and_remove, key_text, record_table

_SORT = Qt.ItemDataRole.UserRole + 1


class _Item(QTableWidgetItem):
    """Sorts by its key: names by pinyin as a Chinese reader expects, member counts as numbers."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return bool(self.data(_SORT) < other.data(_SORT))


class OrganisationsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[OrgRow] = []
        self.setWindowTitle(self.tr("Organisations"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, pinyin initials or phone…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search organisations"))
        clear = QAction(self.search)  # Esc empties the box first, as in the panels; then it closes the dialog
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(lambda: self.search.clear() if self.search.text() else self.reject())
        self.search.addAction(clear)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.load)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        layout.addWidget(self.search)
        self.table = record_table([self.tr("Name"), self.tr("Kind"), self.tr("District"), self.tr("Duty phone"),
                                   self.tr("People")], self.tr("Organisations"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # opens A→Z; then in the order the officer picks
        self.table.horizontalHeader().setStretchLastSection(False)
        # The district's long names give way (elided) so that name, kind, duty phone and count show whole.
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if ctx.actor.may(Action.EDIT_DIRECTORY):
            self.table.doubleClicked.connect(self.edit)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        for text, key, slot in ((self.tr("Add…"), "Ctrl+N", self.add), (self.tr("Edit…"), "F2", self.edit),
                                (self.tr("Remove"), "Del", self.remove)):
            button = QPushButton(f"{text}  {key_text(key)}")
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
        text = self.search.text()
        self.ctx.ops.query(self, lambda: directory.organisations(services, actor, text), self._show)

    def _show(self, rows: list[OrgRow]) -> None:
        self.rows = rows
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.rows))
        for r, org in enumerate(self.rows):
            values = (org.data.name, org_kind_name(org.data.kind), district_label(org.data.district_code),
                      format_phone(org.data.duty_phone or org.data.phone), str(org.people))
            keys = (sort_key(org.data.name), *values[1:4], org.people)
            for c, (text, key) in enumerate(zip(values, keys, strict=True)):
                item = _Item(text)
                item.setData(Qt.ItemDataRole.UserRole, org.id)
                item.setData(_SORT, key)
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

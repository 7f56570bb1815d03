"""Table model over directory search results: rows are cached as fetched, data() never queries."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from duty_desk.domain.validation import format_phone
from duty_desk.services.directory import PersonRow

Index = QModelIndex | QPersistentModelIndex
PHONES = {"mobile", "office_phone", "secure_phone"}


class PeopleModel(QAbstractTableModel):
    COLUMNS = ("name", "title", "organisation", "office", "mobile", "office_phone", "secure_phone")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PersonRow] = []

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Title"), self.tr("Organisation"), self.tr("Office"),
                self.tr("Mobile"), self.tr("Office phone"), self.tr("Secure line"))

    def set_rows(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "organisation":
                return row.organisation
            value = getattr(row.data, column)
            if column == "name" and row.data.is_leader:
                return f"★ {value}"
            return format_phone(value) if column in PHONES else value
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def row_at(self, row: int) -> PersonRow:
        return self.rows[row]

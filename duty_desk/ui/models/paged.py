"""A table model that fetches its rows a page at a time as the view scrolls (canFetchMore/fetchMore) and
keeps them, so data() never runs a query."""

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
PAGE = 200


class PagedModel(QAbstractTableModel, Generic[Row]):
    """Subclasses give `headers()` and `fetch_page(offset, limit)`, and answer data() from `self.rows`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self._more = True

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def fetch_page(self, offset: int, limit: int) -> list[Row]:
        raise NotImplementedError

    def reload(self) -> None:
        self.beginResetModel()
        self.rows, self._more = [], True
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        page = self.fetch_page(len(self.rows), PAGE)
        self._more = len(page) == PAGE
        if page:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)  # last row inclusive
            self.rows.extend(page)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

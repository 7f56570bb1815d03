"""A table model that fetches its rows a page at a time as the view scrolls (canFetchMore/fetchMore) and
keeps them, so data() never runs a query. Pages are read off the GUI thread; `loaded` says one arrived."""

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from duty_desk.ui.operations import Failure, Operations

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
PAGE = 200


class PagedModel(QAbstractTableModel, Generic[Row]):
    """Subclasses give `headers()` and `page(offset, limit)`, and answer data() from `self.rows`."""

    loaded = Signal()  # a page arrived (the first after reload() included)
    failed = Signal(str)  # why a page could not be read, in the interface language

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.rows: list[Row] = []
        self._more = True
        self._fetching = False

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def page(self, offset: int, limit: int) -> Callable[[], list[Row]]:
        """The read of one page, made on the GUI thread (from the filters as they are now), run off it."""
        raise NotImplementedError

    def reload(self) -> None:
        """Start again from the first page; a page still on its way for the old rows is dropped."""
        self.beginResetModel()
        self.rows, self._more, self._fetching = [], True, False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: Index) -> None:
        if self._fetching or not self._more:
            return
        self._fetching = True
        self.ops.query(self, self.page(len(self.rows), PAGE), self._arrived, self._failed, key="page")

    def _arrived(self, page: list[Row]) -> None:
        self._fetching = False
        self._more = len(page) == PAGE
        if page:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)  # last row inclusive
            self.rows.extend(page)
            self.endInsertRows()
        self.loaded.emit()

    def _failed(self, failure: Failure) -> None:
        self._fetching, self._more = False, False
        self.failed.emit(failure.text)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

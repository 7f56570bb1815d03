"""The roster grid's cells keep each name whole: a wrapped cell breaks between names, never inside one (CJK text
may otherwise break between any two characters: 罗建 / 平)."""

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableWidgetItem

WORD_JOINER = "\u2060"  # Unicode's "no break here" (UAX #14 class WJ), invisible
NAMES = Qt.ItemDataRole.UserRole + 1  # the names a cell shows, each to be kept on one line


def unbroken(name: str) -> str:
    """`name` as one unbreakable unit: a joiner between its characters, its spaces non-breaking."""
    return WORD_JOINER.join(name.replace(" ", "\u00a0"))


def set_names(item: QTableWidgetItem, names: Sequence[str]) -> None:
    item.setData(NAMES, list(names))


class WholeNames(QStyledItemDelegate):
    """Shows a cell's text with its names glued; the item's own text (copied, read out, tested) stays plain."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        for name in sorted(index.data(NAMES) or [], key=len, reverse=True):  # longest first: 王磊 inside 王磊磊
            option.text = option.text.replace(name, unbroken(name))

"""One entry of the leaders' whereabouts board: who, where, from which day to which, how to reach them and who
acts for them meanwhile. Ctrl+Enter saves, Esc cancels (asking first if something was typed)."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from duty_desk.domain import vocabulary as V
from duty_desk.domain.whereabouts import Whereabouts, WhereaboutsData
from duty_desk.services import whereabouts
from duty_desk.services.whereabouts import BoardRow
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.editor_base import EditorDialog
from duty_desk.ui.forms_support import plain
from duty_desk.ui.i18n import language


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class WhereaboutsDialog(EditorDialog):
    def __init__(self, ctx: UiContext, leaders: list[BoardRow], data: WhereaboutsData,
                 entry_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.entry_id = ctx, entry_id
        self.setWindowTitle(self.tr("Leader's whereabouts") if entry_id is None
                            else self.tr("Change the leader's whereabouts"))
        self.resize(520, 0)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.leader, self.acting = QComboBox(), QComboBox()
        self.acting.addItem(self.tr("— nobody named —"), None)
        for row in leaders:
            self.leader.addItem(f"{row.name}  {row.title}", row.person_id)
            self.acting.addItem(f"{row.name}  {row.title}", row.person_id)
        self.leader.setCurrentIndex(max(self.leader.findData(data.person_id), 0))
        self.acting.setCurrentIndex(max(self.acting.findData(data.acting_person_id), 0))
        self.status = QComboBox()
        for status in Whereabouts:
            self.status.addItem(V.label(status, language()), status)
        self.status.setCurrentIndex(self.status.findData(data.status))
        self.first, self.last = QDateEdit(_qdate(data.first_day)), QDateEdit(_qdate(data.last_day))
        for edit in (self.first, self.last):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
        self.place, self.reach = QLineEdit(data.place), QLineEdit(data.reach_at)
        self.note = QLineEdit(data.note)
        self.fields: dict[str, QWidget] = {"person_id": self.leader, "status": self.status, "first_day": self.first,
                                           "last_day": self.last, "place": self.place, "reach_at": self.reach,
                                           "acting_person_id": self.acting, "note": self.note}
        for key, label in (("person_id", self.tr("&Leader *")), ("status", self.tr("&Whereabouts *")),
                           ("first_day", self.tr("&From *")), ("last_day", self.tr("&Until (included) *")),
                           ("place", self.tr("W&here")), ("reach_at", self.tr("How to &reach them")),
                           ("acting_person_id", self.tr("&Acting for them")), ("note", self.tr("&Note"))):
            caption = QLabel(label)
            caption.setBuddy(self.fields[key])
            self.fields[key].setAccessibleName(plain(label))
            self.form.addRow(caption, self.fields[key])
        self.add_save_row(layout)
        self.install_editor_keys()
        (self.status if entry_id is None and data.person_id else self.leader).setFocus()

    def data(self) -> WhereaboutsData:
        return WhereaboutsData(self.leader.currentData(), Whereabouts(self.status.currentData()),
                               _day(self.first.date()), _day(self.last.date()), self.place.text(), self.reach.text(),
                               self.acting.currentData(), self.note.text())

    def try_save(self) -> None:
        data, entry_id, services, actor = self.data(), self.entry_id, self.ctx.services, self.ctx.actor
        self.save_with(lambda: whereabouts.save_entry(services, actor, data, entry_id), self.fields, self.errors,
                       {k: w.accessibleName() for k, w in self.fields.items()})

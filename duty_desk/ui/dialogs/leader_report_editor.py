"""A written report to a leader (呈报单) being drafted: its title, the report, the proposed handling (拟办意见) and
the leaders it goes to, each shown with where they are and who acts for them. Ctrl+Enter saves, Esc cancels
(asking first if something was typed); Space ticks a leader in the list."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from duty_desk.domain import vocabulary as V
from duty_desk.domain.leader_reports import ReportText
from duty_desk.services import leader_reports, whereabouts
from duty_desk.services.leader_reports import ReportView
from duty_desk.services.whereabouts import BoardRow
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.editor_base import EditorDialog
from duty_desk.ui.forms_support import plain
from duty_desk.ui.i18n import language
from duty_desk.ui.operations import Failure


class LeaderReportDialog(EditorDialog):
    def __init__(self, ctx: UiContext, view: ReportView, leaders: list[BoardRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.view = ctx, view
        self.setWindowTitle(self.tr("Written report {number}").format(number=view.number))
        self.resize(720, 640)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Incident {number}; the leaders' whereabouts decide who receives it for an "
                                        "absent leader.").format(number=view.incident_number)))
        form = QFormLayout()
        layout.addLayout(form)
        self.title_edit = QLineEdit(view.text.title)
        self.body_edit = QPlainTextEdit(view.text.body)
        self.proposal = QPlainTextEdit(view.text.proposal)
        self.proposal.setMaximumHeight(90)
        for edit in (self.body_edit, self.proposal):
            edit.setTabChangesFocus(True)
        self.leaders = QListWidget()
        self.leaders.setMaximumHeight(150)
        for row in leaders:
            where = V.label(row.status, language())
            text = self.tr("{name}  {title} — {where}, {acting} acting").format(
                name=row.name, title=row.title, where=where, acting=row.acting_name) if row.acting_name else \
                f"{row.name}  {row.title} — {where}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = row.person_id in view.text.addressee_ids
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.leaders.addItem(item)
        if self.leaders.count():
            self.leaders.setCurrentRow(0)
        self.fields: dict[str, QWidget] = {"title": self.title_edit, "addressee_ids": self.leaders,
                                           "body": self.body_edit, "proposal": self.proposal}
        for key, label in (("title", self.tr("&Title *")), ("addressee_ids", self.tr("To the l&eaders *")),
                           ("body", self.tr("&Report *")), ("proposal", self.tr("&Proposed handling"))):
            caption = QLabel(label)
            caption.setBuddy(self.fields[key])
            self.fields[key].setAccessibleName(plain(label))
            form.addRow(caption, self.fields[key])
        self.add_save_row(layout)
        self.install_editor_keys()
        self.title_edit.setFocus()

    def addressees(self) -> tuple[str, ...]:
        items = (self.leaders.item(i) for i in range(self.leaders.count()))
        return tuple(i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked)

    def _snapshot(self) -> list[object]:
        return [*super()._snapshot(), self.addressees()]  # a ticked leader counts as typed

    def try_save(self) -> None:
        text = ReportText(self.title_edit.text(), self.body_edit.toPlainText(), self.proposal.toPlainText(),
                          self.addressees())
        report_id, services, actor = self.view.id, self.ctx.services, self.ctx.actor
        self.save_with(lambda: leader_reports.save(services, actor, report_id, text), self.fields, self.errors,
                       {k: w.accessibleName() for k, w in self.fields.items()})


def open_report_editor(parent: QWidget, ctx: UiContext, report_id: str,
                       refused: Callable[[Failure], object] | None = None) -> None:
    """Load the draft and the leaders off the GUI thread, then open the editor on them."""
    services, actor = ctx.services, ctx.actor

    def load() -> tuple[ReportView, list[BoardRow]]:
        return leader_reports.get(services, actor, report_id), whereabouts.board(services, actor)

    def show(loaded: tuple[ReportView, list[BoardRow]]) -> None:
        LeaderReportDialog(ctx, *loaded, parent=parent).exec()

    ctx.ops.query(parent, load, show, refused, key="leader_report_editor")

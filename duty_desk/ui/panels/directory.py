"""Directory (通讯录): search-as-you-type over people, details beside the list, editors, CSV import/export."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QWidget,
)

from duty_desk.domain.changes import ChangeSet
from duty_desk.domain.roles import Action
from duty_desk.domain.validation import format_phone
from duty_desk.services import directory, record_kinds
from duty_desk.services.directory import OrgRow, PersonRow
from duty_desk.services.directory_csv import ImportReport, RowError, export_csv, import_csv
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.organisations import OrganisationsDialog
from duty_desk.ui.dialogs.person_editor import PersonEditorDialog
from duty_desk.ui.i18n import field_message
from duty_desk.ui.models.people_model import PeopleModel
from duty_desk.ui.operations import Failure
from duty_desk.ui.panel_registry import PanelSpec, register
from duty_desk.ui.panels.base import EmptyState, Panel
from duty_desk.ui.widgets import confirm_and_remove, key_text


def row_reason(error: RowError) -> str:
    """Every problem of one CSV row, each sentence translated whole, in the interface language."""
    parts = [QCoreApplication.translate("Validation", "{field}: {message}").format(
        field=p.field, message=field_message(p)) if p.field else field_message(p) for p in error.problems]
    return QCoreApplication.translate("Validation", "; ").join(parts)


class DirectoryPanel(Panel):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Directory"), parent)
        self.can_edit = ctx.actor.may(Action.EDIT_DIRECTORY)
        search = self.add_search(self.tr("Name, pinyin initials, title, organisation or phone…"))
        add = self.add_primary(self.tr("Add person"), "Ctrl+N")
        add.clicked.connect(self.add_person)
        add.setEnabled(self.can_edit)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.refresh)
        search.textChanged.connect(lambda _t: self._timer.start())
        search.returnPressed.connect(self._focus_table)

        self.model = PeopleModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order: leaders first
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("People in the directory"))
        self.table.doubleClicked.connect(self.edit_person)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        self.empty = EmptyState("")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.details = QWidget()
        self.details.setMinimumWidth(260)
        self.details_form = QFormLayout(self.details)
        splitter = QSplitter()
        splitter.addWidget(self.stack)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.body.addWidget(splitter, 1)

        actions = QHBoxLayout()
        self.count_label = QLabel()
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        for text, key, slot, enabled in (
            (self.tr("Edit…"), "F2", self.edit_person, self.can_edit),
            (self.tr("Remove"), "Del", self.remove_person, self.can_edit),
            (self.tr("Organisations…"), "Ctrl+Shift+O", self.organisations, True),
            (self.tr("Import CSV…"), "Ctrl+I", self.import_csv, ctx.actor.may(Action.IMPORT_DIRECTORY)),
            (self.tr("Export CSV…"), "Ctrl+E", self.export_csv, ctx.actor.may(Action.EXPORT_DIRECTORY)),
        ):
            button = QPushButton(f"{text}  {key_text(key)}")
            button.setShortcut(QKeySequence(key))
            button.setAccessibleName(text)
            button.setEnabled(enabled)
            button.clicked.connect(slot)
            actions.addWidget(button)
        self.body.addLayout(actions)
        ctx.bus.changed.connect(self._on_changed)

    # -- loading -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        text = self.search.text() if self.search else ""
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.query(self, lambda: directory.search_people(services, actor, text), self._loaded,
                           self._failed, key="list")

    def _failed(self, failure: Failure) -> None:
        self.notify(failure.text)

    def _loaded(self, rows: list[PersonRow]) -> None:
        self.model.set_rows(rows)
        text = self.search.text().strip() if self.search else ""
        if rows:
            self.stack.setCurrentWidget(self.table)
            self.table.resizeColumnsToContents()
            self.table.selectRow(0)
        else:
            self.empty.setText(
                self.tr("No one matches “{text}”. Try pinyin initials (e.g. zw), part of a phone number, "
                        "or an organisation.").format(text=text) if text else
                self.tr("The directory is empty. Add a person with Ctrl+N or import a CSV file with Ctrl+I."))
            self.stack.setCurrentWidget(self.empty)
        self.count_label.setText(self.tr("%n people", "", len(rows)))
        self._show_details()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(record_kinds.DIRECTORY):
            self.refresh()

    def _focus_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()

    def _selected(self) -> PersonRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or self.stack.currentWidget() is not self.table:
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _show_details(self) -> None:
        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        person = self._selected()
        if person is None:
            self.details_form.addRow(QLabel(self.tr("Select a person to see their details.")))
            return
        d = person.data
        rows = ((self.tr("Name"), d.name + (self.tr(" (leader)") if d.is_leader else "")),
                (self.tr("Title"), d.title), (self.tr("Organisation"), person.organisation),
                (self.tr("Office"), d.office), (self.tr("Mobile"), d.mobile),
                (self.tr("Office phone"), d.office_phone), (self.tr("Secure line"), d.secure_phone),
                (self.tr("Notes"), d.notes))
        phones = {self.tr("Mobile"), self.tr("Office phone"), self.tr("Secure line")}
        for label, value in rows:
            if value:
                field = QLabel(format_phone(value) if label in phones else value)
                field.setWordWrap(True)
                field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.details_form.addRow(label, field)

    # -- actions -----------------------------------------------------------------------------------------
    def add_person(self) -> None:
        self._with_orgs(lambda orgs: PersonEditorDialog(self.ctx, orgs, None, self).exec())

    def _with_orgs(self, then: Callable[[list[OrgRow]], object]) -> None:
        """The editor's organisation list, read off the GUI thread first."""
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.query(self, lambda: directory.organisations(services, actor), then, self._failed, key="orgs")

    def edit_person(self) -> None:
        person = self._selected()
        if person is None or not self.can_edit:
            return
        self._with_orgs(lambda orgs: PersonEditorDialog(self.ctx, orgs, person, self).exec())

    def remove_person(self) -> None:
        person = self._selected()
        if person is None:
            return
        services, actor = self.ctx.services, self.ctx.actor
        confirm_and_remove(self, self.ctx.ops, self.tr("Remove person"), person.data.name,
                           lambda: directory.delete_person(services, actor, person.id))

    def organisations(self) -> None:
        OrganisationsDialog(self.ctx, self).exec()

    def import_csv(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import directory"), "", self.tr("CSV files (*.csv)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Check every row first (dry run); import only when all are good and the officer confirms."""
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.query(self, lambda: import_csv(services, actor, path, dry_run=True),
                           lambda report: self._checked(path, report), self._import_failed, key="import")

    def _checked(self, path: Path, report: ImportReport) -> None:
        if not report.ok:
            lines = "\n".join(self.tr("Line {line}: {reason}").format(line=e.line, reason=row_reason(e))
                              for e in report.errors[:30])
            QMessageBox.warning(self, self.tr("Nothing imported"),
                                self.tr("{count} rows need correcting; nothing was imported.\n\n{lines}")
                                .format(count=len(report.errors), lines=lines))
            return
        answer = QMessageBox.question(
            self, self.tr("Import directory"),
            self.tr("Import {new} new and {updated} changed records ({same} unchanged)?")
            .format(new=report.created, updated=report.updated, same=report.unchanged))
        if answer != QMessageBox.StandardButton.Yes:
            return
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.write(self, lambda: import_csv(services, actor, path), self._imported, self._import_failed)

    def _imported(self, report: ImportReport) -> None:
        self.notify(self.tr("Imported {new} new and {updated} changed records.")
                    .format(new=report.created, updated=report.updated))

    def _import_failed(self, failure: Failure) -> None:
        QMessageBox.warning(self, self.tr("Cannot import"), failure.text)

    def export_csv(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export directory"), "directory.csv",
                                              self.tr("CSV files (*.csv)"))
        if not name:
            return
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.ops.query(
            self, lambda: export_csv(services, actor, Path(name)),
            lambda rows: self.notify(self.tr("Exported {rows} rows to {file}.").format(rows=rows, file=name)),
            self._export_failed, key="export")

    def _export_failed(self, failure: Failure) -> None:
        QMessageBox.warning(self, self.tr("Cannot export"), failure.text)


register(PanelSpec("directory", 70, "directory", DirectoryPanel, Action.VIEW_DIRECTORY))

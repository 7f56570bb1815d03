"""Add or edit a person in the directory."""

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from duty_desk.domain.directory import PersonData
from duty_desk.domain.validation import ValidationError
from duty_desk.services import directory
from duty_desk.services.directory import OrgRow, PersonRow
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.editor_base import EditorDialog
from duty_desk.ui.forms.ui_person_editor import Ui_PersonEditor


class PersonEditorDialog(EditorDialog):
    def __init__(self, ctx: UiContext, orgs: list[OrgRow], person: PersonRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person = person
        self.saved_id: str | None = None
        self.ui = ui = Ui_PersonEditor()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("Add person"))
        ui.organisationCombo.addItem(self.tr("(none)"), None)
        for org in orgs:
            ui.organisationCombo.addItem(org.data.name, org.id)
        ui.organisationCombo.setInsertPolicy(ui.organisationCombo.InsertPolicy.NoInsert)
        if person is not None:
            d = person.data
            ui.nameEdit.setText(d.name)
            ui.titleEdit.setText(d.title)
            ui.organisationCombo.setCurrentIndex(max(0, ui.organisationCombo.findData(d.organisation_id)))
            ui.officeEdit.setText(d.office)
            ui.mobileEdit.setText(d.mobile)
            ui.officePhoneEdit.setText(d.office_phone)
            ui.securePhoneEdit.setText(d.secure_phone)
            ui.leaderCheck.setChecked(d.is_leader)
            ui.notesEdit.setPlainText(d.notes)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.try_save)
        ui.buttonBox.rejected.connect(self.reject)
        self.install_editor_keys()
        ui.nameEdit.setFocus()

    def _fields(self) -> tuple[dict[str, QWidget], dict[str, str]]:
        ui = self.ui
        widgets: dict[str, QWidget] = {
            "name": ui.nameEdit, "title": ui.titleEdit, "organisation_id": ui.organisationCombo,
            "office": ui.officeEdit, "mobile": ui.mobileEdit, "office_phone": ui.officePhoneEdit,
            "secure_phone": ui.securePhoneEdit, "notes": ui.notesEdit,
        }
        names = {"name": self.tr("Name"), "title": self.tr("Title"), "organisation_id": self.tr("Organisation"),
                 "office": self.tr("Office"), "mobile": self.tr("Mobile"), "office_phone": self.tr("Office phone"),
                 "secure_phone": self.tr("Secure line"), "notes": self.tr("Notes")}
        return widgets, names

    def try_save(self) -> None:
        ui = self.ui
        combo = ui.organisationCombo
        # The chosen item itself (names can repeat after offline edits); typed text is looked up by name.
        org_index = combo.currentIndex() if combo.currentText() == combo.itemText(combo.currentIndex()) \
            else combo.findText(combo.currentText())
        data = PersonData(
            name=ui.nameEdit.text(), title=ui.titleEdit.text(),
            organisation_id=ui.organisationCombo.itemData(org_index) if org_index >= 0 else None,
            office=ui.officeEdit.text(), mobile=ui.mobileEdit.text(), office_phone=ui.officePhoneEdit.text(),
            secure_phone=ui.securePhoneEdit.text(), is_leader=ui.leaderCheck.isChecked(),
            notes=ui.notesEdit.toPlainText(),
        )
        widgets, names = self._fields()
        services, actor, person_id = self.ctx.services, self.ctx.actor, self.person.id if self.person else None

        def save() -> str:
            if org_index < 0:
                raise ValidationError.single("organisation_id", "that organisation no longer exists")
            return directory.save_person(services, actor, data, person_id)

        self.save_with(save, widgets, ui.errorLabel, names, self._saved)

    def _saved(self, person_id: str) -> None:
        self.saved_id = person_id

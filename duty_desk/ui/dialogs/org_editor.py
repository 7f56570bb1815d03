"""Add or edit an organisation."""

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from duty_desk.domain.directory import OrgData, OrgKind
from duty_desk.services import directory
from duty_desk.services.directory import OrgRow
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.editor_base import EditorDialog
from duty_desk.ui.forms.ui_org_editor import Ui_OrgEditor
from duty_desk.ui.labels import districts, org_kind_name


class OrgEditorDialog(EditorDialog):
    def __init__(self, ctx: UiContext, org: OrgRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.org = org
        self.ui = ui = Ui_OrgEditor()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Edit organisation") if org else self.tr("Add organisation"))
        for kind in OrgKind:
            ui.kindCombo.addItem(org_kind_name(kind), kind)
        ui.districtCombo.addItem(self.tr("(municipal level)"), "")
        for code, name in districts():
            ui.districtCombo.addItem(name, code)
        if org is not None:
            d = org.data
            ui.nameEdit.setText(d.name)
            ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(d.kind))
            ui.districtCombo.setCurrentIndex(max(0, ui.districtCombo.findData(d.district_code)))
            ui.phoneEdit.setText(d.phone)
            ui.dutyPhoneEdit.setText(d.duty_phone)
            ui.addressEdit.setText(d.address)
            ui.notesEdit.setPlainText(d.notes)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.try_save)
        ui.buttonBox.rejected.connect(self.reject)
        self.install_editor_keys()
        ui.nameEdit.setFocus()

    def try_save(self) -> None:
        ui = self.ui
        data = OrgData(ui.nameEdit.text(), OrgKind(ui.kindCombo.currentData()), ui.districtCombo.currentData(),
                       ui.phoneEdit.text(), ui.dutyPhoneEdit.text(), ui.addressEdit.text(), ui.notesEdit.toPlainText())
        widgets: dict[str, QWidget] = {"name": ui.nameEdit, "district_code": ui.districtCombo, "phone": ui.phoneEdit,
                                       "duty_phone": ui.dutyPhoneEdit, "address": ui.addressEdit, "notes": ui.notesEdit}
        names = {"name": self.tr("Name"), "district_code": self.tr("District"), "phone": self.tr("Switchboard"),
                 "duty_phone": self.tr("Duty phone"), "address": self.tr("Address"), "notes": self.tr("Notes")}
        services, actor, org_id = self.ctx.services, self.ctx.actor, self.org.id if self.org else None
        self.save_with(lambda: directory.save_org(services, actor, data, org_id), widgets, ui.errorLabel, names)

"""The login dialog, and the first administrator's dialog on a workstation with no accounts."""

from PySide6.QtWidgets import QDialog, QWidget

from duty_desk.domain.timefmt import format_beijing
from duty_desk.domain.validation import ValidationError
from duty_desk.services import accounts
from duty_desk.services.context import Actor, Services
from duty_desk.services.errors import AccountDisabled, AccountLocked, AuthenticationFailed, PasswordChangeRequired
from duty_desk.ui.dialogs.change_password import ChangePasswordDialog
from duty_desk.ui.forms.ui_first_admin import Ui_FirstAdminDialog
from duty_desk.ui.forms.ui_login import Ui_LoginDialog
from duty_desk.ui.forms_support import show_errors
from duty_desk.ui.i18n import field_message


class LoginDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None, hint: str = "") -> None:
        super().__init__(parent)
        self.services = services
        self.actor: Actor | None = None
        self.change: ChangePasswordDialog | None = None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.setStyleSheet("color: #c62828;")
        if hint:
            self.ui.headingLabel.setText(hint)
        self.ui.buttonBox.accepted.connect(self._try_login)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.usernameEdit.setFocus()

    def _try_login(self) -> None:
        name = self.ui.usernameEdit.text().strip()
        try:
            self.actor = accounts.authenticate(self.services, name, self.ui.passwordEdit.text())
        except AccountLocked as exc:
            self.ui.errorLabel.setText(self.tr("Too many failed attempts: this account is locked until {time}.")
                                       .format(time=format_beijing(exc.until)))
        except AuthenticationFailed:
            self.ui.errorLabel.setText(self.tr("Wrong user name or password. Check Caps Lock and try again."))
            self.ui.passwordEdit.selectAll()
            self.ui.passwordEdit.setFocus()
        except ValidationError as exc:  # the account cannot log in here (its role is unknown to this version)
            self.ui.errorLabel.setText(field_message(exc.errors[0]))
        except AccountDisabled:
            self.ui.errorLabel.setText(self.tr("This account is disabled. Ask the system administrator."))
        except PasswordChangeRequired as asked:
            self._change_first(asked)
        else:
            self.accept()

    def _change_first(self, asked: PasswordChangeRequired) -> None:
        self.change = ChangePasswordDialog(self.services, asked, self)
        self.change.finished.connect(self._changed)
        self.change.open()  # window-modal over this dialog, no nested event loop

    def _changed(self) -> None:
        if self.change is not None and self.change.actor is not None:
            self.actor = self.change.actor
            self.accept()
            return
        self.ui.passwordEdit.clear()  # given up: still logged out, and the window stays closed
        self.ui.errorLabel.setText(self.tr("The password was not changed, so you are not logged in."))
        self.ui.passwordEdit.setFocus()


class FirstAdminDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor: Actor | None = None
        self.ui = Ui_FirstAdminDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.accepted.connect(self._create)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _create(self) -> None:
        ui = self.ui
        fields = {"username": ui.usernameEdit, "display_name": ui.displayNameEdit, "password": ui.passwordEdit}
        names = {"username": self.tr("User name"), "display_name": self.tr("Full name"),
                 "password": self.tr("Password")}
        try:
            if ui.passwordEdit.text() != ui.repeatEdit.text():
                raise ValidationError.single("password", "the two passwords differ")
            self.actor = accounts.create_first_admin(self.services, ui.usernameEdit.text().strip(),
                                                     ui.displayNameEdit.text(), ui.passwordEdit.text())
        except ValidationError as exc:
            show_errors(exc, fields, ui.errorLabel, names)
        else:
            self.accept()

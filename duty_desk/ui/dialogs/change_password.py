"""The new password asked for twice at login, when the old one must be changed first (an initial or reset one,
or expired): nothing opens until it is changed. Esc gives up, and the person stays logged out."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from duty_desk.domain.validation import ValidationError
from duty_desk.services import accounts
from duty_desk.services.context import Actor, Services
from duty_desk.services.errors import PasswordChangeRequired
from duty_desk.ui.forms_support import show_errors


class ChangePasswordDialog(QDialog):
    """Before the main window, like the login itself (which also runs its check on the GUI thread)."""

    def __init__(self, services: Services, asked: PasswordChangeRequired, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.limited = asked.actor  # may change its own password, nothing else
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Change your password"))
        self.setMinimumWidth(460)  # the policy's sentences on one or two lines each
        layout = QVBoxLayout(self)
        why = (self.tr("Your password has expired. Choose a new one to continue.") if asked.expired else
               self.tr("Your password was set by an administrator. Choose your own to continue."))
        heading = QLabel(why)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for edit, label, name in ((self.password, self.tr("&New password"), self.tr("New password")),
                                  (self.repeat, self.tr("&Repeat it"), self.tr("Repeat the new password"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
            buddy = QLabel(label)
            buddy.setBuddy(edit)
            form.addRow(buddy, edit)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._change)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.password.setFocus()

    def _change(self) -> None:
        new = self.password.text()
        try:
            if new != self.repeat.text():
                raise ValidationError.single("password", "the two passwords differ")
            name = self.limited.username
            accounts.change_password(self.services, self.limited, name, new)
            self.actor = accounts.authenticate(self.services, name, new)
        except ValidationError as exc:
            show_errors(exc, {"password": self.password}, self.error, {"password": self.tr("New password")})
            self.password.selectAll()
            self.adjustSize()  # every rule broken, each line whole
        else:
            self.accept()

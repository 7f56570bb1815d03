"""The login dialog and the first administrator's dialog, driven from the keyboard."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from ui_support import ADMIN_PASSWORD, ADMIN_USER, Workstation, activate, type_text

from duty_desk.domain.roles import Action, Role
from duty_desk.domain.validation import PasswordPolicy
from duty_desk.services import accounts
from duty_desk.ui.dialogs.change_password import ChangePasswordDialog
from duty_desk.ui.dialogs.login import FirstAdminDialog, LoginDialog

WRONG = "Wrong user name or password"
LOCKED = "Too many failed attempts"


def _login_dialog(qtbot: QtBot, ws: Workstation) -> LoginDialog:
    dialog = LoginDialog(ws.services)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    return dialog


def _type_login(qtbot: QtBot, dialog: LoginDialog, username: str, password: str) -> None:
    """As an officer would: user name, Tab, password, Enter (the dialog's default button)."""
    ui = dialog.ui
    ui.usernameEdit.clear()
    ui.passwordEdit.clear()
    ui.usernameEdit.setFocus()
    qtbot.keyClicks(ui.usernameEdit, username)
    qtbot.keyClick(ui.usernameEdit, Qt.Key.Key_Tab)
    assert ui.passwordEdit.hasFocus(), "Tab from the user name must go to the password"
    qtbot.keyClicks(ui.passwordEdit, password)
    qtbot.keyClick(ui.passwordEdit, Qt.Key.Key_Return)


def test_wrong_password_shows_error_and_keeps_dialog_open(qtbot: QtBot, admin_ws: Workstation) -> None:
    dialog = _login_dialog(qtbot, admin_ws)
    _type_login(qtbot, dialog, ADMIN_USER, "not-the-password")
    assert WRONG in dialog.ui.errorLabel.text()
    assert dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected  # not accepted
    assert dialog.actor is None
    assert dialog.ui.passwordEdit.hasFocus(), "the password field is ready for another try"
    assert dialog.ui.passwordEdit.selectedText() == "not-the-password"


def test_right_password_accepts_and_sets_actor(qtbot: QtBot, admin_ws: Workstation) -> None:
    dialog = _login_dialog(qtbot, admin_ws)
    _type_login(qtbot, dialog, ADMIN_USER, "wrong-once-only")
    assert WRONG in dialog.ui.errorLabel.text()
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        _type_login(qtbot, dialog, ADMIN_USER, ADMIN_PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert dialog.actor is not None
    assert dialog.actor.username == ADMIN_USER


def test_five_wrong_passwords_lock_the_account(qtbot: QtBot, admin_ws: Workstation) -> None:
    dialog = _login_dialog(qtbot, admin_ws)
    for attempt in range(1, PasswordPolicy().lockout_threshold):
        _type_login(qtbot, dialog, ADMIN_USER, f"wrong-password-{attempt}")
        assert WRONG in dialog.ui.errorLabel.text(), f"attempt {attempt}"
    _type_login(qtbot, dialog, ADMIN_USER, "wrong-password-5")
    assert LOCKED in dialog.ui.errorLabel.text()
    assert "locked until" in dialog.ui.errorLabel.text()
    assert dialog.isVisible()
    # While locked even the right password is refused, and says so.
    dialog.ui.errorLabel.clear()
    _type_login(qtbot, dialog, ADMIN_USER, ADMIN_PASSWORD)
    assert LOCKED in dialog.ui.errorLabel.text()
    assert dialog.actor is None
    assert dialog.isVisible()


def test_cancel_with_escape_rejects(qtbot: QtBot, admin_ws: Workstation) -> None:
    dialog = _login_dialog(qtbot, admin_ws)
    with qtbot.waitSignal(dialog.rejected, timeout=3000):
        qtbot.keyClick(dialog.ui.usernameEdit, Qt.Key.Key_Escape)
    assert dialog.actor is None


# -- a password that must be changed first (issue 11: initial passwords are changed at the first login) -------

INITIAL = "Initial-pass-9"


def _new_officer(ws: Workstation) -> None:
    admin = ws.login(ADMIN_USER, ADMIN_PASSWORD)
    accounts.create_user(ws.services, admin, "lina", "李娜", Role.DUTY_OFFICER, INITIAL)


def _asked(qtbot: QtBot, dialog: LoginDialog) -> ChangePasswordDialog:
    qtbot.waitUntil(lambda: dialog.change is not None and dialog.change.isVisible(), timeout=3000)
    assert dialog.change is not None
    activate(qtbot, dialog.change)
    return dialog.change


def _first_login(qtbot: QtBot, ws: Workstation) -> tuple[LoginDialog, ChangePasswordDialog]:
    """A new officer logs in with the initial password: the change is asked for."""
    _new_officer(ws)
    dialog = _login_dialog(qtbot, ws)
    _type_login(qtbot, dialog, "lina", INITIAL)
    return dialog, _asked(qtbot, dialog)


def test_an_initial_password_is_changed_before_anything_opens(qtbot: QtBot, admin_ws: Workstation) -> None:
    dialog, change = _first_login(qtbot, admin_ws)
    assert dialog.actor is None
    qtbot.keyClicks(change.password, "Own-secret-2026")
    qtbot.keyClick(change.password, Qt.Key.Key_Tab)
    assert change.repeat.hasFocus()
    qtbot.keyClicks(change.repeat, "Own-secret-2O26")  # a slip: refused, the dialog stays
    qtbot.keyClick(change.repeat, Qt.Key.Key_Return)
    assert "differ" in change.error.text() and change.isVisible()
    change.repeat.clear()
    qtbot.keyClicks(change.repeat, "Own-secret-2026")
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        qtbot.keyClick(change.repeat, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.username == "lina"
    assert dialog.actor.may(Action.VIEW_INCIDENTS)
    assert admin_ws.login("lina", "Own-secret-2026").username == "lina"


def test_every_broken_rule_is_shown_whole(qtbot: QtBot, admin_ws: Workstation) -> None:
    """Enter on the empty form: the rules broken are listed, and the dialog grows so each line can be read."""
    _dialog, change = _first_login(qtbot, admin_ws)
    qtbot.keyClick(change.password, Qt.Key.Key_Return)
    assert change.error.text().count("\n") >= 1 and change.isVisible()
    qtbot.waitUntil(lambda: change.error.height() >= change.error.heightForWidth(change.error.width()), timeout=3000)


def test_escape_at_the_change_stays_logged_out(qtbot: QtBot, admin_ws: Workstation) -> None:
    dialog, change = _first_login(qtbot, admin_ws)
    qtbot.keyClick(change.password, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not change.isVisible(), timeout=3000)
    assert dialog.actor is None and dialog.isVisible()  # no main window: login() returns only an accepted actor
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "not logged in" in dialog.ui.errorLabel.text()


def test_a_disabled_account_is_told_so(qtbot: QtBot, admin_ws: Workstation) -> None:
    _new_officer(admin_ws)
    admin = admin_ws.login(ADMIN_USER, ADMIN_PASSWORD)
    accounts.set_enabled(admin_ws.services, admin, "lina", False)
    dialog = _login_dialog(qtbot, admin_ws)
    _type_login(qtbot, dialog, "lina", INITIAL)
    assert "disabled" in dialog.ui.errorLabel.text() and dialog.actor is None


# -- first administrator -------------------------------------------------------------------------------------


def _first_admin_dialog(qtbot: QtBot, ws: Workstation) -> FirstAdminDialog:
    dialog = FirstAdminDialog(ws.services)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    return dialog


def _fill_first_admin(qtbot: QtBot, dialog: FirstAdminDialog, username: str, display: str, password: str,
                      repeat: str) -> None:
    """Type each field and Tab on, in the form's tab order; Enter submits."""
    ui = dialog.ui
    for edit in (ui.usernameEdit, ui.displayNameEdit, ui.passwordEdit, ui.repeatEdit):
        edit.clear()
    ui.usernameEdit.setFocus()
    for edit, text in ((ui.usernameEdit, username), (ui.displayNameEdit, display), (ui.passwordEdit, password),
                       (ui.repeatEdit, repeat)):
        assert edit.hasFocus(), f"tab order should reach {edit.objectName()}"
        type_text(qtbot, edit, text)
        if edit is not ui.repeatEdit:
            qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.keyClick(ui.repeatEdit, Qt.Key.Key_Return)


def test_first_admin_mismatched_passwords(qtbot: QtBot, empty_ws: Workstation) -> None:
    dialog = _first_admin_dialog(qtbot, empty_ws)
    _fill_first_admin(qtbot, dialog, "chief", "值班主任", "Long-enough-password", "Long-enough-passw0rd")
    text = dialog.ui.errorLabel.text()
    assert "Password" in text and "differ" in text
    assert dialog.ui.passwordEdit.property("invalid") is True
    assert dialog.ui.passwordEdit.hasFocus(), "focus goes to the bad field"
    assert dialog.isVisible() and dialog.actor is None
    assert not accounts.has_users(empty_ws.services)
    # What was typed is kept.
    assert dialog.ui.usernameEdit.text() == "chief"
    assert dialog.ui.displayNameEdit.text() == "值班主任"


def test_first_admin_short_password(qtbot: QtBot, empty_ws: Workstation) -> None:
    dialog = _first_admin_dialog(qtbot, empty_ws)
    _fill_first_admin(qtbot, dialog, "chief", "值班主任", "short", "short")
    text = dialog.ui.errorLabel.text()
    assert "Password" in text and "at least 10 characters" in text
    assert dialog.ui.passwordEdit.property("invalid") is True
    assert dialog.ui.usernameEdit.property("invalid") is not True
    assert dialog.isVisible() and dialog.actor is None
    assert not accounts.has_users(empty_ws.services)


def test_first_admin_reports_every_bad_field(qtbot: QtBot, empty_ws: Workstation) -> None:
    dialog = _first_admin_dialog(qtbot, empty_ws)
    _fill_first_admin(qtbot, dialog, "x", "", "short", "short")
    text = dialog.ui.errorLabel.text()
    assert "User name" in text and "Full name" in text and "Password" in text
    for edit in (dialog.ui.usernameEdit, dialog.ui.displayNameEdit, dialog.ui.passwordEdit):
        assert edit.property("invalid") is True, edit.objectName()
    assert dialog.ui.usernameEdit.hasFocus()


def test_first_admin_valid_is_created(qtbot: QtBot, empty_ws: Workstation) -> None:
    dialog = _first_admin_dialog(qtbot, empty_ws)
    _fill_first_admin(qtbot, dialog, "chief", "mismatch", "Long-enough-password", "Other-long-password")
    assert dialog.ui.passwordEdit.property("invalid") is True
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        _fill_first_admin(qtbot, dialog, "chief", "值班主任", "Long-enough-password", "Long-enough-password")
    assert dialog.actor is not None and dialog.actor.username == "chief"
    assert accounts.has_users(empty_ws.services)
    assert empty_ws.login("chief", "Long-enough-password").display_name == "值班主任"

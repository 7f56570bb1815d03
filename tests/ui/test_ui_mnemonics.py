"""Keyboard first: every Alt+letter in a form or menu goes to exactly one place, in both languages."""

from collections import Counter

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot
from ui_support import Workstation

from duty_desk.services import directory
from duty_desk.ui import i18n
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.login import FirstAdminDialog, LoginDialog
from duty_desk.ui.dialogs.org_editor import OrgEditorDialog
from duty_desk.ui.dialogs.person_editor import PersonEditorDialog
from duty_desk.ui.dialogs.settings import SettingsDialog
from duty_desk.ui.main_window import MainWindow

LANGUAGES = ("en", "zh_CN")
FORMS = ("login", "first_admin", "person_editor", "org_editor", "settings")


def mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


def form_mnemonics(form: QWidget) -> list[tuple[str, str]]:
    """(Alt+key, text) of the labels with a buddy and the buttons of a form.

    The dialog's own button box is left out: whether Qt gives OK/Cancel an access key depends on the desktop.
    """
    found = []
    labels = [w.text() for w in form.findChildren(QLabel) if w.buddy() is not None]
    buttons = [w.text() for w in form.findChildren(QAbstractButton) if not isinstance(w.parent(), QDialogButtonBox)]
    for text in labels + buttons:
        if key := mnemonic(text):
            found.append((key, text))
    return found


def clashes(found: list[tuple[str, str]]) -> dict[str, list[str]]:
    counts = Counter(key for key, _ in found)
    return {key: [t for k, t in found if k == key] for key, n in counts.items() if n > 1}


def make_form(name: str, ws: Workstation, ctx: UiContext) -> QWidget:
    if name == "login":
        return LoginDialog(ws.services)
    if name == "first_admin":
        return FirstAdminDialog(ws.services)
    if name == "person_editor":
        return PersonEditorDialog(ctx, directory.organisations(ctx.services, ctx.actor))
    if name == "org_editor":
        return OrgEditorDialog(ctx)
    return SettingsDialog(ctx)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", FORMS)
def test_form_access_keys_are_unique(qtbot: QtBot, demo_ws: Workstation, demo_ctx: UiContext, name: str,
                                     lang: str) -> None:
    i18n.install(lang)
    form = make_form(name, demo_ws, demo_ctx)
    qtbot.addWidget(form)
    found = form_mnemonics(form)
    assert found or name == "settings", "a form whose fields cannot be reached with Alt+key"
    assert clashes(found) == {}
    if name == "person_editor":
        # The form's own fields each have one; a field without a key is reachable only by Tab.
        labels = [w for w in form.findChildren(QLabel) if w.buddy() is not None]
        assert all(mnemonic(label.text()) for label in labels), [label.text() for label in labels]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_menu_access_keys_are_unique(qtbot: QtBot, demo_ctx: UiContext, lang: str) -> None:
    i18n.install(lang)
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    bar = [(mnemonic(a.text()), a.text()) for a in window.menuBar().actions()]
    assert all(key for key, _ in bar), bar
    assert clashes(bar) == {}
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        items = [(key, a.text()) for a in menu.actions() if (key := mnemonic(a.text()))]
        assert clashes(items) == {}, action.text()

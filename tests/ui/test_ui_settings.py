"""The settings dialog: this workstation's own settings for everyone; the office's rules changed by an
administrator only (saved through the services, audited), shown read-only to the others."""

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from ui_support import Shots, Workstation, activate, click_save, settle

from duty_desk.services import office_rules
from duty_desk.services.office_rules import ATTACHMENT_LIMIT, MIN_REST
from duty_desk.ui import i18n
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.settings import SettingsDialog

RULES_NOTE = "Only the system administrator can change the office's rules."


def _dialog(qtbot: QtBot, ctx: UiContext) -> SettingsDialog:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    settle(ctx)  # the office's rules are read off the GUI thread
    return dialog


def _rule_edits(ws: Workstation) -> int:
    conn = sqlite3.connect(ws.db.path)
    try:
        return int(conn.execute("SELECT count(*) FROM audit_log WHERE action = 'edit_office_rule'").fetchone()[0])
    finally:
        conn.close()


def test_an_administrator_changes_the_offices_rules(qtbot: QtBot, demo_ws: Workstation, demo_ctx: UiContext,
                                                    shots: Shots) -> None:
    dialog = _dialog(qtbot, demo_ctx)
    assert dialog.min_rest.isEnabled() and dialog.min_rest.value() == 12 and dialog.attachment_limit.value() == 20
    shots.save(dialog, "en-settings-admin")
    dialog.min_rest.setValue(10)
    dialog.attachment_limit.setValue(30)
    dialog.interval.setValue(60)
    click_save(dialog)
    settle(dialog.ctx)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    services, admin = demo_ctx.services, demo_ctx.actor
    assert (office_rules.number(services, admin, MIN_REST), office_rules.number(services, admin, ATTACHMENT_LIMIT)) \
        == (10, 30)
    assert demo_ctx.settings.get("sync_interval_s") == 60 and _rule_edits(demo_ws) == 2
    again = _dialog(qtbot, demo_ctx)  # only the language changed: no rule is written again
    again.language.setCurrentIndex(again.language.findData("en"))
    click_save(again)
    settle(demo_ctx)
    assert again.result() == SettingsDialog.DialogCode.Accepted and _rule_edits(demo_ws) == 2


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_ctrl_enter_saves_as_in_every_form(qtbot: QtBot, demo_ctx: UiContext, key: Qt.Key) -> None:
    dialog = _dialog(qtbot, demo_ctx)
    dialog.min_rest.setFocus()
    qtbot.keyClick(dialog.min_rest, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.min_rest, key, Qt.KeyboardModifier.ControlModifier)
    settle(demo_ctx)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert office_rules.number(demo_ctx.services, demo_ctx.actor, MIN_REST) == 13


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_an_officer_sees_the_rules_but_cannot_change_them(qtbot: QtBot, demo_ws: Workstation, shots: Shots,
                                                          lang: str) -> None:
    i18n.install(lang)
    ctx = demo_ws.context(demo_ws.login("officer", "On-duty-2026"))
    dialog = _dialog(qtbot, ctx)
    assert not dialog.min_rest.isEnabled() and not dialog.attachment_limit.isEnabled()
    assert dialog.min_rest.value() == 12
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert (RULES_NOTE in texts) == (lang == "en") and (lang == "en" or any("管理员" in t for t in texts))
    shots.save(dialog, f"{lang}-settings-officer")
    dialog.interval.setValue(30)  # the workstation's own settings are still theirs
    click_save(dialog)
    settle(dialog.ctx)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted and ctx.settings.get("sync_interval_s") == 30
    assert _rule_edits(demo_ws) == 0

"""The idle screen lock (issue 11, item 4): after the office's idle time the panels are covered and the password
is asked again; alerts still show, nothing under the lock takes input, wrong passwords count towards the
lockout. The rule's value is made short here (window.idle.start_ms) so the test does not wait minutes."""

import sqlite3

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_support import DEMO_PASSWORD, Shots, activate, ctrl, settle

from duty_desk.services import office_rules
from duty_desk.ui import i18n
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.settings import SettingsDialog
from duty_desk.ui.main_window import MainWindow

SHORT_MS = 150


def _locked_window(qtbot: QtBot, ctx: UiContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    activate(qtbot, window)
    settle(ctx)
    assert window.idle.timer.isActive() and window.idle.timer.interval() == 15 * 60_000  # the default rule
    window.idle.start_ms(SHORT_MS)
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    return window


def _trail(ctx: UiContext) -> list[str]:
    conn = sqlite3.connect(ctx.services.db.path)
    try:
        return [a for (a,) in conn.execute("SELECT action FROM audit_log ORDER BY seq")]
    finally:
        conn.close()


def test_idle_locks_and_only_the_password_unlocks(qtbot: QtBot, demo_ctx: UiContext) -> None:
    window = _locked_window(qtbot, demo_ctx)
    lock = window.lock
    # Alerts still show: the rail with its badges, the banner's place and the status bar stay in sight.
    assert window.rail.isVisible() and window.statusBar().isVisible()
    assert window.cover.currentWidget() is lock and not window.stack.isVisible()
    # Nothing under the lock takes input: the rail, menus and shortcuts are off.
    assert not window.rail.isEnabled() and not window.menuBar().isEnabled()
    ctrl(qtbot, window, Qt.Key.Key_2)
    assert window.locked
    assert lock.password.hasFocus()
    qtbot.keyClicks(lock.password, "Wrong-password-1")
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    settle(demo_ctx)
    assert "Wrong password" in lock.error.text() and window.locked
    assert _trail(demo_ctx)[-1] == "reauthenticate_failed"  # counts towards the lockout
    lock.password.clear()
    qtbot.keyClicks(lock.password, DEMO_PASSWORD)
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    settle(demo_ctx)
    assert not window.locked and window.rail.isEnabled() and window.menuBar().isEnabled()
    assert window.stack.isVisible() and window.stack.currentIndex() == window.rail.currentRow()
    assert _trail(demo_ctx)[-1] == "reauthenticate"
    assert window.idle.timer.isActive()


def test_the_idle_time_is_an_office_rule_in_the_settings(qtbot: QtBot, demo_ctx: UiContext) -> None:
    settings = SettingsDialog(demo_ctx)
    qtbot.addWidget(settings)
    activate(qtbot, settings)
    settle(demo_ctx)
    assert settings.idle_lock.isEnabled() and settings.idle_lock.value() == 15
    settings.idle_lock.setValue(5)
    settings.save()
    settle(demo_ctx)
    assert office_rules.stored_number(demo_ctx.services, office_rules.IDLE_LOCK) == 5


def test_a_new_idle_time_applies_to_the_open_window(qtbot: QtBot, demo_ctx: UiContext) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    activate(qtbot, window)
    settle(demo_ctx)
    settings = SettingsDialog(demo_ctx, window)
    activate(qtbot, settings)
    settle(demo_ctx)
    settings.idle_lock.setValue(2)
    settings.save()
    qtbot.waitUntil(lambda: window.idle.timer.interval() == 2 * 60_000, timeout=5000)
    assert window.idle.timer.isActive()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_screenshot_of_the_lock(qtbot: QtBot, demo_ctx: UiContext, shots: Shots, lang: str) -> None:
    i18n.install(lang)
    window = _locked_window(qtbot, demo_ctx)
    shots.save(window, f"{lang}-screen-lock")

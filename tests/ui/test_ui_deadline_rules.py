"""The reporting-deadline editor, a form per level with the office's rule file behind it: saved for every
workstation by keyboard; a bad value refused beside its field with nothing saved; a file this version cannot read
explained (the default applies here meanwhile)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui_support import Shots, activate, settle

from duty_desk.domain.incidents import Severity
from duty_desk.services import office_rules, rules
from duty_desk.ui import i18n
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.deadline_rules import DeadlineRulesDialog


def _dialog(qtbot: QtBot, ctx: UiContext) -> DeadlineRulesDialog:
    dialog = DeadlineRulesDialog(ctx)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    settle(ctx)  # the rule file is read off the GUI thread
    return dialog


def _type(qtbot: QtBot, dialog: DeadlineRulesDialog, widget: object, text: str) -> None:
    """Tab to the field as an officer would, select what is there, type over it."""
    for _ in range(40):
        if dialog.focusWidget() is widget or (dialog.focusWidget() is not None
                                              and dialog.focusWidget().parent() is widget):
            break
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    focused = dialog.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused, text)


def _ctrl_enter(qtbot: QtBot, dialog: DeadlineRulesDialog) -> None:
    focused = dialog.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_the_form_shows_the_rules_in_force_and_saves_a_change_by_keyboard(qtbot: QtBot, demo_ctx: UiContext) -> None:
    dialog = _dialog(qtbot, demo_ctx)
    assert dialog.errors.text() == ""
    assert dialog.phone["III"].value() == 30 and dialog.written["IV"].value() == 360
    assert dialog.phone["IV"].text() == "not required" and dialog.times.text() == "08:00, 17:00"
    _type(qtbot, dialog, dialog.phone["III"], "20")
    _ctrl_enter(qtbot, dialog)
    settle(demo_ctx)
    assert dialog.result() == DeadlineRulesDialog.DialogCode.Accepted
    profile = rules.load_profile(demo_ctx.services, demo_ctx.actor)
    assert profile.rule(Severity.III).telephone_minutes == 20
    assert profile.rule(Severity.IV).telephone_minutes is None  # what was not touched stays as it was
    # the office's, synced
    assert office_rules.text(demo_ctx.services, demo_ctx.actor, office_rules.DEADLINES) is not None


def test_a_bad_value_is_refused_beside_its_field_and_nothing_is_saved(qtbot: QtBot, demo_ctx: UiContext) -> None:
    dialog = _dialog(qtbot, demo_ctx)
    _type(qtbot, dialog, dialog.phone["III"], "90")  # after the written report's 60 minutes
    _type(qtbot, dialog, dialog.times, "8h, 17:00")
    _ctrl_enter(qtbot, dialog)
    settle(demo_ctx)
    assert dialog.isVisible() and dialog.result() != DeadlineRulesDialog.DialogCode.Accepted
    said = dialog.errors.text()
    assert "Ⅲ" in said.splitlines()[0] or "III" in said  # the field is named in words, not levels.III.…
    assert "levels." not in said and "follow_up_times" not in said
    assert dialog.phone["III"].property("invalid") and dialog.times.property("invalid")
    assert office_rules.text(demo_ctx.services, demo_ctx.actor, office_rules.DEADLINES) is None


def test_plain_enter_saves_nothing_and_esc_after_a_change_asks_first(qtbot: QtBot, demo_ctx: UiContext,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def answer_no(_parent: object, title: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    dialog = _dialog(qtbot, demo_ctx)
    _type(qtbot, dialog, dialog.written["I"], "45")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    settle(demo_ctx)
    assert dialog.isVisible() and office_rules.text(demo_ctx.services, demo_ctx.actor, office_rules.DEADLINES) is None
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()  # No, the default: back to the form


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_file_this_version_cannot_read_is_explained(qtbot: QtBot, demo_ctx: UiContext, shots: Shots,
                                                     lang: str) -> None:
    i18n.install(lang)
    newer = "[future]\nescalate_to = \"mayor\"\n" + rules.default_text()
    office_rules.set_text(demo_ctx.services, demo_ctx.actor, office_rules.DEADLINES, newer)
    dialog = _dialog(qtbot, demo_ctx)
    heading = dialog.errors.text().splitlines()[0]
    assert ("cannot read the office's rule file" in heading) == (lang == "en") and heading
    assert "future" in dialog.errors.text()  # the reason names what this version does not know
    assert dialog.written["III"].value() == 60  # the default in force, shown in the form
    shots.save(dialog, f"{lang}-deadline-rules-unreadable")

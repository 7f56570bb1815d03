"""The reporting-deadline editor: the office's file shown and saved for every workstation; a file this version
cannot read is explained (the default applies here meanwhile), and a bad edit is refused with its reasons."""

import pytest
from pytestqt.qtbot import QtBot
from ui_support import Shots, activate, click_save, settle

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


def test_a_bad_edit_is_refused_and_a_good_one_saved_for_the_office(qtbot: QtBot, demo_ctx: UiContext) -> None:
    dialog = _dialog(qtbot, demo_ctx)
    assert dialog.errors.text() == "" and "telephone_minutes = 30" in dialog.text.toPlainText()
    default = dialog.text.toPlainText()
    dialog.text.setPlainText(default.replace("written_minutes = 360", "written_minutes = -1"))
    click_save(dialog)
    settle(demo_ctx)
    assert dialog.errors.text().startswith("Not saved:") and dialog.isVisible()
    dialog.text.setPlainText(default.replace("telephone_minutes = 30", "telephone_minutes = 20"))
    click_save(dialog)
    settle(demo_ctx)
    assert dialog.result() == DeadlineRulesDialog.DialogCode.Accepted
    assert rules.load_profile(demo_ctx.services, demo_ctx.actor).rule(Severity.III).telephone_minutes == 20
    # the office's, synced
    assert office_rules.text(demo_ctx.services, demo_ctx.actor, office_rules.DEADLINES) is not None


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
    shots.save(dialog, f"{lang}-deadline-rules-unreadable")

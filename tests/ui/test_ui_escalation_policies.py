"""The system administrator edits the escalation steps in the window: the office's policy shown, a bad step
refused with its reason and nothing saved, a good one saved for every workstation; officers have no such menu."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot
from ui_support import Workstation, activate, ctrl, settle

from duty_desk.domain.incidents import Severity
from duty_desk.services import escalation_policies
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.escalation_policies import EscalationPoliciesDialog
from duty_desk.ui.main_window import MainWindow


def _dialog(qtbot: QtBot, ctx: UiContext) -> EscalationPoliciesDialog:
    dialog = EscalationPoliciesDialog(ctx)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    settle(ctx)  # read off the GUI thread
    return dialog


def _first_minutes(ctx: UiContext) -> int:
    policies = escalation_policies.policies(ctx.services, ctx.actor)
    return next(p for p in policies.policies if Severity.I in p.severities).steps[0].minutes


def test_a_bad_step_is_refused_and_a_good_one_saved(qtbot: QtBot, demo_ctx: UiContext) -> None:
    dialog = _dialog(qtbot, demo_ctx)
    shown = dialog.text.toPlainText()
    assert '{ position = "leader", minutes = 10 }' in shown and dialog.text.hasFocus()
    dialog.text.setPlainText(shown.replace('{ position = "leader", minutes = 10 }',
                                           '{ position = "leader", minutes = 0 }', 1))
    ctrl(qtbot, dialog.text, Qt.Key.Key_Return)
    settle(demo_ctx)
    assert dialog.isVisible() and dialog.errors.text().startswith("Not saved:")
    assert "policy[1].steps[1].minutes: must be a whole number of minutes" in dialog.errors.text()
    assert _first_minutes(demo_ctx) == 10  # nothing written
    # The demo's shift pattern has no duty secretary-general: a step naming that position is refused until
    # the roster has one, so this office's steps leave it out.
    own = "\n".join(line for line in shown.splitlines() if "secretary_general" not in line)
    dialog.text.setPlainText(own.replace('{ position = "leader", minutes = 10 }',
                                         '{ position = "leader", minutes = 12 }', 1))
    ctrl(qtbot, dialog.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert _first_minutes(demo_ctx) == 12


def test_the_menu_is_the_system_administrators(qtbot: QtBot, demo_ctx: UiContext, demo_ws: Workstation) -> None:
    officer_ctx = demo_ws.context(demo_ws.login("officer", "On-duty-2026"))
    for ctx, shown in ((demo_ctx, True), (officer_ctx, False)):
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        [action] = [a for a in window.findChildren(QAction) if a.text() == "&Escalation steps…"]
        assert action.isVisible() is shown and action.isEnabled() is shown

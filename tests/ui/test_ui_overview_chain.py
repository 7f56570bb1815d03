"""The Overview counts the escalation chain (呈报 → 批示 → 督办) and the banner words its items in the panel's
terms: a department's feedback overdue, not a bare name."""

from datetime import timedelta

from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot
from ui_support import activate, settle

from duty_desk.domain.deadline import Deadline
from duty_desk.domain.escalation import DueKind
from duty_desk.domain.timefmt import utcnow
from duty_desk.services import escalation_attention, escalations, supervision, supervision_attention
from duty_desk.services.attention import AttentionItem
from duty_desk.ui.attention import item_text
from duty_desk.ui.context import UiContext
from duty_desk.ui.main_window import MainWindow
from duty_desk.ui.panels.escalations import EscalationsPanel
from duty_desk.ui.panels.overview import OverviewPanel


def test_the_overview_counts_escalations_instructions_and_tasks(qtbot: QtBot, demo_ctx: UiContext) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    activate(qtbot, window)
    [overview] = [p for p in window.panels if isinstance(p, OverviewPanel)]
    overview.refresh()
    settle(demo_ctx)
    now = utcnow()
    up = escalations.counts(demo_ctx.services, demo_ctx.actor, now)
    tasks = supervision.counts(demo_ctx.services, demo_ctx.actor, now)
    assert tasks.open_tasks > 0 and tasks.awaiting_tasks > 0  # the demo has some of each
    text = overview.chain.text.text()
    assert f"{up.in_progress} escalation" in text and f"{tasks.open_tasks} supervision task" in text
    assert f"{tasks.awaiting_tasks} instruction" in text
    assert overview.chain.isVisible()


def test_the_banner_says_what_of_the_chain_is_due(qtbot: QtBot, demo_ctx: UiContext) -> None:
    MainWindow(demo_ctx).deleteLater()  # the panels registered, as in the window
    now = utcnow()
    late = Deadline(now - timedelta(minutes=12), timedelta(minutes=5))
    task = AttentionItem(supervision_attention.SOURCE, supervision_attention.TASK, "t", "北京市交通委员会", late)
    again = AttentionItem(escalation_attention.SOURCE, escalations.ESCALATION, "e", "2026-AB12-0001 泥石流", late,
                          subject=DueKind.REMINDER)
    step = AttentionItem(escalation_attention.SOURCE, escalations.ESCALATION, "e", "2026-AB12-0001 泥石流", late,
                         subject=DueKind.STEP)
    assert item_text(task, now) == "北京市交通委员会 — ✖ feedback overdue 12 min"
    assert item_text(again, now).endswith("✖ call again: overdue 12 min")
    assert item_text(step, now).endswith("✖ escalation step overdue 12 min")


def test_ctrl_digit_to_the_escalations_panel_puts_the_keys_on_its_list(qtbot: QtBot, demo_ctx: UiContext) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    activate(qtbot, window)
    [index] = [i for i, p in enumerate(window.panels) if isinstance(p, EscalationsPanel)]
    window.rail.setCurrentRow(index)
    panel = window.panels[index]
    assert isinstance(panel, EscalationsPanel)

    def on_its_list() -> bool:
        focused = QApplication.focusWidget()
        return isinstance(focused, QAbstractItemView) and panel.tabs.currentWidget().isAncestorOf(focused)

    qtbot.waitUntil(on_its_list)
    panel.tabs.setCurrentIndex(1)  # the next page: its own list
    qtbot.waitUntil(on_its_list)

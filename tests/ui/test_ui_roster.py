"""The roster panel driven from the keyboard: week and month views, the period moved, a person picked, a duty
replaced and signed; the roster drawn up in the dialog with its preview; the export written."""

from datetime import timedelta
from pathlib import Path

import pytest
from account_support import add_and_log_in
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QPushButton, QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from ui_support import Shots, Workstation, activate, cell, ctrl, settle

from duty_desk.domain.changes import ChangeSet
from duty_desk.domain.roles import Role
from duty_desk.domain.roster import Position, SignKind, calendar_day
from duty_desk.domain.timefmt import beijing, utcnow
from duty_desk.services import audit, roster
from duty_desk.ui import i18n
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.coverage import CoverageDialog
from duty_desk.ui.dialogs.roster_changes import DutyChangeDialog, LeaveDialog, SwapsDialog
from duty_desk.ui.dialogs.rotation import RotationDialog
from duty_desk.ui.main_window import MainWindow
from duty_desk.ui.panels.roster import RosterPanel

# A week clear of the demo roster (this month and the next), Monday to Sunday.
_LATER = beijing(utcnow()).date() + timedelta(days=75)
FIRST = _LATER - timedelta(days=_LATER.weekday())
LAST = FIRST + timedelta(days=6)


def _panel(qtbot: QtBot, ctx: UiContext) -> RosterPanel:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    activate(qtbot, window)
    ctrl(qtbot, window, Qt.Key.Key_2)
    panel = window.current_panel()
    assert isinstance(panel, RosterPanel)
    qtbot.waitUntil(lambda: bool(panel.rows), timeout=5000)
    return panel


def test_the_week_shows_leaders_and_officers_and_the_month_every_day(qtbot: QtBot, demo_ctx: UiContext) -> None:
    panel = _panel(qtbot, demo_ctx)
    assert panel.grid.columnCount() == 7
    labels = [panel.grid.verticalHeaderItem(r).text() for r in range(panel.grid.rowCount())]
    assert labels == ["Leader in charge", "Duty officers"]
    assert "On duty:" in panel.on_duty.text() and "Leader in charge" in panel.on_duty.text()
    assert "On duty:" in panel.window().duty_label.text()  # type: ignore[attr-defined]
    week = panel.period.text()
    qtbot.keyClick(panel, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: panel.period.text() != week)
    qtbot.keyClick(panel, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: panel.period.text() == week)
    panel.view.setCurrentIndex(panel.view.findData("month"))
    qtbot.waitUntil(lambda: panel.grid.rowCount() >= 4)
    cells = [panel.grid.item(r, c) for r in range(panel.grid.rowCount()) for c in range(7)]
    texts = [c.text() for c in cells if c is not None]
    assert len(texts) in (28, 29, 30, 31) and all("Leader in charge:" in t for t in texts)
    name = panel.person.itemText(1)
    panel.person.setCurrentIndex(1)  # one person's duties only
    filled = [c for c in (panel.grid.item(r, k) for r in range(panel.grid.rowCount()) for k in range(7))
              if c is not None and c.data(Qt.ItemDataRole.UserRole)]
    assert filled and all(name in c.text() for c in filled)
    assert len(filled) < len(texts)  # nobody is on duty every day


def _shown_lines(text: str, font: QFont, width: int) -> list[str]:
    """How an item view lays out a wrapped cell: its text broken into lines of `width` pixels."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_month_view_never_breaks_a_name(qtbot: QtBot, demo_ctx: UiContext, shots: Shots, lang: str) -> None:
    i18n.install(lang)
    panel = _panel(qtbot, demo_ctx)
    panel.window().resize(1280, 720)
    panel.view.setCurrentIndex(panel.view.findData("month"))
    qtbot.waitUntil(lambda: panel.grid.rowCount() >= 4)
    settle(demo_ctx)
    margin = 2 * (panel.grid.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, panel.grid) + 1)
    checked = 0
    for r in range(panel.grid.rowCount()):
        for c in range(7):
            item = panel.grid.item(r, c)
            if item is None or not item.data(Qt.ItemDataRole.UserRole):
                continue
            index = panel.grid.indexFromItem(item)
            option = QStyleOptionViewItem()
            panel.grid.itemDelegate().initStyleOption(option, index)  # type: ignore[attr-defined]
            lines = [line.replace("\u2060", "").replace("\u00a0", " ") for paragraph in option.text.split("\n")
                     for line in _shown_lines(paragraph, option.font, panel.grid.visualRect(index).width() - margin)]
            for row in panel.rows:
                if row.id in item.data(Qt.ItemDataRole.UserRole):
                    assert any(row.person_name in line for line in lines), (row.person_name, lines)
                    checked += 1
    assert checked > 40  # a month of leaders and officers
    shots.save(panel.window(), f"{lang}-roster-month-1280")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_month_beyond_the_holiday_data_says_so_once(qtbot: QtBot, demo_ctx: UiContext, shots: Shots,
                                                      lang: str) -> None:
    i18n.install(lang)
    panel = _panel(qtbot, demo_ctx)
    panel.view.setCurrentIndex(panel.view.findData("month"))
    qtbot.waitUntil(lambda: panel.grid.rowCount() >= 4)
    for _month in range(36):  # on to the first month China's holidays are not announced for
        if not calendar_day(panel.anchor.replace(day=1)).known:
            break
        period = panel.period.text()
        qtbot.keyClick(panel, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda p=period: panel.period.text() != p)  # type: ignore[misc]
    settle(demo_ctx)
    texts = [cell(panel.grid, r, c).text() for r in range(panel.grid.rowCount()) for c in range(7)
             if panel.grid.item(r, c) is not None]
    assert len(texts) >= 28 and not any("announced" in t for t in texts)
    assert panel.notes.isVisible() and str(panel.anchor.year) in panel.notes.text()
    shots.save(panel.window(), f"{lang}-roster-month-beyond-the-holidays")
    if lang == "en":  # (the Chinese sentence comes with the regenerated translations)
        assert "not announced" in panel.notes.text()


def test_signing_in_and_out_marks_the_duty_on_the_grid(qtbot: QtBot, demo_ws: Workstation, demo_ctx: UiContext,
                                                        shots: Shots, monkeypatch: pytest.MonkeyPatch) -> None:
    services, admin = demo_ctx.services, demo_ctx.actor
    now, _next = roster.on_duty(services, admin)
    duty = next(r for r in now if r.duty.position is Position.OFFICER)
    person = add_and_log_in(services, admin, "onduty", duty.person_name, Role.DUTY_OFFICER, "Taking-over-7")
    ctx = demo_ws.context(person)
    panel = _panel(qtbot, ctx)
    panel.anchor = duty.duty.day  # the week the duty began in (a night's may have begun yesterday)
    panel.refresh()
    settle(ctx)
    row = [panel.grid.verticalHeaderItem(r).text() for r in range(panel.grid.rowCount())].index("Duty officers")
    column = duty.duty.day.weekday()
    assert "✓" not in cell(panel.grid, row, column).text()
    panel.grid.setCurrentCell(row, column)
    others = [r for r in panel._chosen() if r.id != duty.id]
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *_a, **_k: (  # "Which duty?": one's own
        next(i for i in items if duty.person_name in i), True))
    qtbot.keyClick(panel, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: f"{duty.person_name} ✓" in cell(panel.grid, row, column).text(), timeout=5000)
    assert "✓✓" not in cell(panel.grid, row, column).text()
    assert all(f"{r.person_name} ✓" not in cell(panel.grid, row, column).text() for r in others)
    assert panel.notes.isVisible() and "signed in (接班)" in panel.notes.text()
    shots.save(panel.window(), "en-roster-week-signed-in")
    # The 交班 written on another workstation arrives by sync: the grid shows it once the change is announced.
    event = roster.sign(services, person, duty.id, SignKind.SIGN_OUT)
    ctx.bus.changed.emit(ChangeSet(frozenset({("roster_sign_events", event)})))
    qtbot.waitUntil(lambda: f"{duty.person_name} ✓✓" in cell(panel.grid, row, column).text(), timeout=5000)


def test_a_duty_is_replaced_from_the_grid_and_only_its_person_signs_in(
        qtbot: QtBot, demo_ctx: UiContext, auditor_ctx: UiContext, no_blocking_dialogs: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    panel = _panel(qtbot, demo_ctx)
    column = next(c for c in range(7) if cell(panel.grid, 0, c).data(Qt.ItemDataRole.UserRole))
    panel.grid.setCurrentCell(0, column)  # the leader in charge that day
    [duty] = panel._chosen()
    def choose(dialog: DutyChangeDialog) -> int:  # the officer types the name, keeps the whole duty, saves
        settle(demo_ctx)  # the directory's people are read off the GUI thread
        dialog.person.setCurrentIndex(dialog.person.findText("马文涛", Qt.MatchFlag.MatchStartsWith))
        dialog.save()
        return 1

    monkeypatch.setattr(DutyChangeDialog, "exec", choose)
    qtbot.keyClick(panel, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "马文涛" in cell(panel.grid, 0, column).text(), timeout=5000)
    panel.grid.setCurrentCell(0, column)
    sign_in = next(b for b in panel.findChildren(QPushButton) if b.accessibleName() == "Sign in (接班)")
    assert sign_in.shortcut().toString() == "Ctrl+Shift+I"
    sign_in.click()  # the administrator is not 马文涛: refused, saying what was refused and why
    settle(demo_ctx)
    assert no_blocking_dialogs[-1] == ("warning Not changed: You may not sign in or out of this duty: only the "
                                       "person on a duty signs in or out of it")
    actions = [e.action for e in audit.entries(auditor_ctx.services, auditor_ctx.actor, 20)]
    assert "replace_on_duty" in actions and "sign_in" not in actions, no_blocking_dialogs
    assert duty.duty.position is Position.LEADER


def test_the_rotation_dialog_previews_refuses_and_saves(qtbot: QtBot, demo_ctx: UiContext, shots: Shots,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    [(pattern_id, _)] = roster.patterns(demo_ctx.services, demo_ctx.actor)
    dialog = RotationDialog(demo_ctx, (FIRST, LAST))
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    settle(demo_ctx)  # patterns and people are read off the GUI thread
    assert dialog.pattern.currentData() == pattern_id
    work, _off, _offset = dialog.lists[Position.OFFICER]
    leaders, _, _ = dialog.lists[Position.LEADER]
    names = [work.item(i).text().split()[0] for i in range(work.count())]
    for who, widget in (("李娜", work), ("罗建平", leaders)):  # one officer (of two needed) and one leader
        widget.item(names.index(who)).setCheckState(Qt.CheckState.Checked)
    dialog.preview_button.click()
    settle(demo_ctx)
    assert not dialog.save_button.isEnabled() and "rest" in dialog.outcome.toPlainText()
    if not calendar_day(FIRST).known:  # beyond the holiday data: said so
        assert str(FIRST.year) in dialog.outcome.toPlainText() and "not announced" in dialog.outcome.toPlainText()
    shots.save(dialog, "en-rotation-problems")
    for who in ("王磊", "赵敏", "刘洋"):
        work.item(names.index(who)).setCheckState(Qt.CheckState.Checked)
    for who in ("张伟", "陈思源"):
        leaders.item(names.index(who)).setCheckState(Qt.CheckState.Checked)
    dialog.preview_button.click()
    settle(demo_ctx)
    assert dialog.save_button.isEnabled(), dialog.outcome.toPlainText()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    dialog.save_button.click()
    settle(demo_ctx)
    start, end = roster.day_range(FIRST, LAST)
    days = {r.duty.day for r in roster.duties(demo_ctx.services, demo_ctx.actor, start, end)}
    assert days >= {FIRST + timedelta(days=n) for n in range(7)}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_screenshots_of_the_roster(qtbot: QtBot, demo_ctx: UiContext, shots: Shots, lang: str) -> None:
    i18n.install(lang)
    panel = _panel(qtbot, demo_ctx)
    shots.save(panel.window(), f"{lang}-roster-week")
    panel.view.setCurrentIndex(panel.view.findData("month"))
    qtbot.waitUntil(lambda: panel.grid.rowCount() >= 4)
    shots.save(panel.window(), f"{lang}-roster-month")


def test_the_export_writes_the_printed_roster(qtbot: QtBot, demo_ctx: UiContext, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    panel = _panel(qtbot, demo_ctx)
    target = tmp_path / "roster.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    qtbot.keyClick(panel, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(target.exists, timeout=10000)
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_a_swap_is_asked_from_the_grid_and_approved_in_the_list(qtbot: QtBot, demo_ws: Workstation,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    officer = demo_ws.context(demo_ws.login("officer", "On-duty-2026"))  # 李娜, on the demo roster
    leader = demo_ws.context(demo_ws.login("leader", "Lead-shift-2026"))
    panel = _panel(qtbot, officer)
    column = next(c for c in range(7) if "李娜" in cell(panel.grid, 1, c).text())
    panel.grid.setCurrentCell(1, column)  # a day 李娜 is one of the duty officers
    [mine] = [r for r in panel._chosen() if r.person_name == "李娜"]

    def pick(_p: object, _t: str, _l: str, items: list[str], *_a: object, **_k: object) -> tuple[str, bool]:
        """Her own duty that day, then another duty officer's (a leader's would make the leader a party)."""
        own = [i for i in items if "李娜" in i]
        return (own or [i for i in items if "Duty officers" in i])[0], True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    panel.ask_swap()
    settle(officer)
    [pending] = roster.pending_swaps(officer.services, officer.actor)
    assert pending.a.id == mine.id
    dialog = SwapsDialog(leader, panel)
    qtbot.addWidget(dialog)
    settle(leader)
    assert dialog.list.count() == 1 and mine.person_name in dialog.list.item(0).text()
    dialog.decide(approve=False)  # refused: nobody's duty changes
    settle(leader)
    assert roster.pending_swaps(leader.services, leader.actor) == []
    assert dialog.list.item(0).data(Qt.ItemDataRole.UserRole) is None  # "No swap requests are waiting."


def test_leave_is_entered_and_bad_times_are_refused_in_the_form(qtbot: QtBot, demo_ctx: UiContext,
                                                                auditor_ctx: UiContext) -> None:
    dialog = LeaveDialog(demo_ctx)
    qtbot.addWidget(dialog)
    settle(demo_ctx)
    dialog.person.setCurrentIndex(dialog.person.findText("李娜", Qt.MatchFlag.MatchStartsWith))
    dialog.ends.setDateTime(dialog.starts.dateTime().addSecs(-3600))
    dialog.save()
    settle(demo_ctx)
    assert dialog.error.text() == "the end is before the start"
    dialog.ends.setDateTime(dialog.starts.dateTime().addDays(2))
    dialog.reason.setText("年假")
    dialog.save()
    settle(demo_ctx)
    actions = [e.action for e in audit.entries(auditor_ctx.services, auditor_ctx.actor, 5)]
    assert actions[0] == "add_absence"


def test_part_of_a_duty_is_handed_over_in_the_form(qtbot: QtBot, demo_ctx: UiContext, shots: Shots) -> None:
    panel = _panel(qtbot, demo_ctx)
    column = next(c for c in range(7) if cell(panel.grid, 0, c).data(Qt.ItemDataRole.UserRole))
    panel.grid.setCurrentCell(0, column)
    [duty] = panel._chosen()
    dialog = DutyChangeDialog(demo_ctx, "Replace", duty, lambda person, lo, hi: roster.replace_person(
        demo_ctx.services, demo_ctx.actor, duty.id, person, lo, hi))
    qtbot.addWidget(dialog)
    settle(demo_ctx)
    dialog.person.setCurrentIndex(dialog.person.findText("马文涛", Qt.MatchFlag.MatchStartsWith))
    dialog.starts.setDateTime(dialog.starts.dateTime().addSecs(6 * 3600))  # from 14:30
    dialog.ends.setDateTime(dialog.starts.dateTime().addSecs(-3600))  # ends before it starts
    dialog.save()
    settle(demo_ctx)
    assert dialog.error.text() == "the time must lie within the duty and end after it starts"
    shots.save(dialog, "en-roster-replace-error")
    dialog.ends.setDateTime(dialog.starts.dateTime().addSecs(4 * 3600))  # until 18:30
    dialog.save()
    settle(demo_ctx)
    pieces = [r for r in roster.duties(demo_ctx.services, demo_ctx.actor, duty.duty.starts_at, duty.duty.ends_at)
              if r.duty.day == duty.duty.day and r.duty.position is Position.LEADER]
    assert sorted(r.person_name for r in pieces) == sorted([duty.person_name, "马文涛", duty.person_name])


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_coverage_of_the_month_shows_its_gap_and_the_balance(qtbot: QtBot, demo_ctx: UiContext, shots: Shots,
                                                                lang: str) -> None:
    i18n.install(lang)
    first = beijing(utcnow()).date().replace(day=1)  # the demo roster starts on the 1st at 08:30
    dialog = CoverageDialog(demo_ctx, (first, first + timedelta(days=27)))
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.balance.rowCount() > 0, timeout=5000)
    # Before the first handoff nobody is rostered: the small hours of the 1st are the only gap, per position.
    assert dialog.gaps.rowCount() == 2
    assert {cell(dialog.gaps, r, 1).text() for r in range(2)} == {f"{first.isoformat()} 00:00"}
    people = {cell(dialog.balance, r, 0).text() for r in range(dialog.balance.rowCount())}
    assert {"李娜", "王磊", "罗建平"} <= people
    shots.save(dialog, f"{lang}-roster-coverage")

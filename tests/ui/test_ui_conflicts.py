"""The conflicts dialog: a roster duty changed on two workstations offline shows both people by name, a person
can be chosen but not typed, and choosing closes the conflict."""

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QInputDialog, QLabel, QPushButton, QTableWidget, QTabWidget
from pytestqt.qtbot import QtBot
from sync_rows import record_conflict, record_refusal
from ui_support import Shots, Workstation

from duty_desk.domain.timefmt import utcnow
from duty_desk.services import directory, incident_list, roster, sync
from duty_desk.storage.models import RosterDuty
from duty_desk.sync import pulled
from duty_desk.ui import i18n
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.conflicts import ConflictsDialog


@pytest.fixture
def conflict(demo_ws: Workstation, demo_ctx: UiContext) -> tuple[RosterDuty, str, str]:
    """Today's first duty, kept with its own person; another workstation had put someone else on it."""
    now = utcnow()
    rows = roster.duties(demo_ctx.services, demo_ctx.actor, now, now + timedelta(days=1))
    duty, other = rows[0], next(r for r in rows if r.person_name != rows[0].person_name)
    with demo_ws.db.session() as session:
        row, theirs = session.get(RosterDuty, duty.id), session.get(RosterDuty, other.id)
        assert row is not None and theirs is not None
        their_person = theirs.person_id
        session.expunge(row)
    record_conflict(demo_ctx.services, "roster_duties", duty.id, "person_id", row.person_id, their_person,
                    lost_ms_before=60_000)
    return row, duty.person_name, other.person_name


def _cell(dialog: ConflictsDialog, column: int) -> str:
    item = dialog.conflicts.item(0, column)
    assert item is not None
    return item.text()


def _button(dialog: ConflictsDialog, text: str) -> QPushButton:
    [button] = [b for b in dialog.findChildren(QPushButton) if b.text() == text]
    return button


def test_both_people_are_named_and_one_is_chosen(qtbot: QtBot, demo_ws: Workstation, demo_ctx: UiContext,
                                                 shots: Shots, conflict: tuple[RosterDuty, str, str]) -> None:
    duty, kept, lost = conflict
    dialog = ConflictsDialog(demo_ctx)
    qtbot.addWidget(dialog)
    demo_ws.settle()
    dialog.show()
    cells = [_cell(dialog, c) for c in range(dialog.conflicts.columnCount())]
    assert cells[0].startswith(f"{duty.day} {duty.shift}") and cells[2] == kept and cells[4] == lost
    assert duty.person_id not in " ".join(cells)  # names, never ids
    shots.save(dialog, "en-conflicts")

    assert not _button(dialog, "Enter a new value…").isEnabled()  # a person is chosen, not typed
    _button(dialog, "Use the other value").click()
    demo_ws.settle()
    assert dialog.conflicts.rowCount() == 0 and sync.conflicts(demo_ctx.services, demo_ctx.actor) == []
    [row] = [r for r in roster.duties(demo_ctx.services, demo_ctx.actor, duty.starts_at, duty.ends_at)
             if r.id == duty.id]
    assert row.person_name == lost


def test_the_dialog_in_chinese(qtbot: QtBot, demo_ws: Workstation, demo_ctx: UiContext, shots: Shots,
                               conflict: tuple[RosterDuty, str, str]) -> None:
    i18n.install("zh_CN")
    dialog = ConflictsDialog(demo_ctx)
    qtbot.addWidget(dialog)
    demo_ws.settle()
    dialog.show()
    assert dialog.windowTitle() != "Conflicts and refused changes"
    assert _cell(dialog, 2) == conflict[1]
    shots.save(dialog, "zh_CN-conflicts")


def test_a_text_field_takes_a_new_value_typed_in(qtbot: QtBot, demo_ws: Workstation, demo_ctx: UiContext,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    person = directory.search_people(demo_ctx.services, demo_ctx.actor, "张伟")[0]
    record_conflict(demo_ctx.services, "people", person.id, "title", person.data.title, "处长")
    dialog = ConflictsDialog(demo_ctx)
    qtbot.addWidget(dialog)
    demo_ws.settle()
    dialog.show()
    typed = _button(dialog, "Enter a new value…")
    assert typed.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("应急处处长", True))
    typed.click()
    demo_ws.settle()
    assert dialog.conflicts.rowCount() == 0
    assert directory.search_people(demo_ctx.services, demo_ctx.actor, "张伟")[0].data.title == "应急处处长"


def test_a_long_value_shows_one_line_and_the_whole_text_as_its_tooltip(qtbot: QtBot, demo_ws: Workstation,
                                                                        demo_ctx: UiContext) -> None:
    person = directory.search_people(demo_ctx.services, demo_ctx.actor, "张伟")[0]
    notes = "第一行：" + "很长的备注" * 30 + "\n第二行"
    record_conflict(demo_ctx.services, "people", person.id, "notes", notes, "短")
    dialog = ConflictsDialog(demo_ctx)
    qtbot.addWidget(dialog)
    demo_ws.settle()
    kept, lost = dialog.conflicts.item(0, 2), dialog.conflicts.item(0, 4)
    assert kept is not None and lost is not None
    assert kept.text().endswith("…") and "\n" not in kept.text() and kept.toolTip() == notes
    assert (lost.text(), lost.toolTip()) == ("短", "")


def _cells(table: QTableWidget) -> str:
    return " ".join(item.text() + item.toolTip() for r in range(table.rowCount())
                    for c in range(table.columnCount()) if (item := table.item(r, c)) is not None)


def test_reception_sees_no_incident_in_either_tab(qtbot: QtBot, demo_ws: Workstation, demo_ctx: UiContext) -> None:
    """A conflict and a refused change on an incident: the administrator sees both named, reception neither."""
    [row] = incident_list.list_incidents(demo_ctx.services, demo_ctx.actor, limit=1)
    record_conflict(demo_ctx.services, "incidents", row.id, "summary", row.data.summary, "另一站的警情摘要")
    record_refusal(demo_ctx.services, "incidents", row.id, {"id": row.id}, "refused by the server")
    admin = ConflictsDialog(demo_ctx)
    qtbot.addWidget(admin)
    demo_ws.settle()  # read off the GUI thread
    assert row.number in _cells(admin.conflicts) and "另一站的警情摘要" in _cells(admin.conflicts)
    assert row.number in _cells(admin.refused)

    reception = ConflictsDialog(demo_ws.context(demo_ws.login("reception", "Front-desk-2026")))
    qtbot.addWidget(reception)
    reception.show()
    demo_ws.settle()
    assert (reception.conflicts.rowCount(), reception.refused.rowCount()) == (0, 0)
    assert row.number not in _cells(reception.conflicts) + _cells(reception.refused)


def _set_aside_row(ws: Workstation) -> None:
    """A person row as the pull left it: its created_at no calendar holds."""
    with ws.db.transaction() as session:
        pulled.set_aside(session, 42, "people", {"id": "01900000-0000-7000-8000-0000000000dd", "name": "张伟",
                                                 "created_at": "infinity"},
                         "created_at: 'infinity' is not a time")


def test_rows_set_aside_are_shown_to_the_administrator_with_the_reason(qtbot: QtBot, demo_ws: Workstation,
                                                                       demo_ctx: UiContext, shots: Shots) -> None:
    _set_aside_row(demo_ws)
    dialog = ConflictsDialog(demo_ctx)
    qtbot.addWidget(dialog)
    demo_ws.settle()
    dialog.show()
    [tabs] = dialog.findChildren(QTabWidget)
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Conflicts", "Refused changes", "Set aside"]
    tabs.setCurrentIndex(2)
    items = [dialog.set_aside.item(0, c) for c in range(dialog.set_aside.columnCount())]
    cells = [item.text() if item else "" for item in items]
    assert "0000000000dd" in cells[1] and cells[2] == "created_at: 'infinity' is not a time"
    assert "张伟" in cells[3] and items[3] is not None and '"created_at": "infinity"' in items[3].toolTip()
    shots.save(dialog, "en-set-aside")


def test_rows_set_aside_are_not_shown_to_a_shift_leader(qtbot: QtBot, demo_ws: Workstation) -> None:
    _set_aside_row(demo_ws)
    dialog = ConflictsDialog(demo_ws.context(demo_ws.login("leader", "Lead-shift-2026")))
    qtbot.addWidget(dialog)
    demo_ws.settle()
    [tabs] = dialog.findChildren(QTabWidget)
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Conflicts", "Refused changes"]
    assert dialog.set_aside.rowCount() == 0


def test_an_empty_view_says_there_is_nothing(qtbot: QtBot, demo_ws: Workstation, demo_ctx: UiContext) -> None:
    dialog = ConflictsDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    demo_ws.settle()
    assert not dialog.conflicts.isVisible()
    said = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert any(text.startswith("No conflicts") for text in said), said
    record_conflict(demo_ctx.services, "people", "p-1", "name", "甲", "乙", lost_ms_before=1000)
    dialog.load()
    demo_ws.settle()
    assert dialog.conflicts.isVisible() and dialog.conflicts.rowCount() == 1

"""The audit trail viewer: paged loading, filtering, and the chain check before and after tampering."""

import sqlite3
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot
from ui_support import Workstation, activate

from duty_desk.services import directory
from duty_desk.ui import i18n
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.audit_viewer import AuditViewer
from duty_desk.ui.models.paged import PAGE

INTACT = "The audit trail is intact"
TAMPERED = "The audit trail was tampered with"


def _sql(ws: Workstation, query: str, *params: object) -> list[tuple[Any, ...]]:
    """Plain sqlite3 on the database file, bypassing the application (as someone tampering would)."""
    conn = sqlite3.connect(ws.db.path)
    try:
        rows = conn.execute(query, params).fetchall()
        conn.commit()
        return rows
    finally:
        conn.close()


def _entries(ws: Workstation) -> int:
    return int(_sql(ws, "SELECT count(*) FROM audit_log")[0][0])


@pytest.fixture
def busy_ctx(demo_ws: Workstation, demo_ctx: UiContext, auditor_ctx: UiContext) -> UiContext:
    """The demo workstation after a busy shift: well over one page of audit entries; its audit administrator
    reads them."""
    person = directory.search_people(demo_ctx.services, demo_ctx.actor, "张伟")[0]
    for n in range(55):
        data = replace(person.data, notes=f"电话核实 {n}")
        directory.save_person(demo_ctx.services, demo_ctx.actor, data, person.id)
    total = _entries(demo_ws)
    assert total > PAGE
    return auditor_ctx


@pytest.fixture
def viewer(qtbot: QtBot, busy_ctx: UiContext, demo_ws: Workstation) -> AuditViewer:
    dialog = AuditViewer(busy_ctx)
    qtbot.addWidget(dialog)
    demo_ws.settle()  # the first page is read off the GUI thread
    return dialog


def test_first_page_then_more_on_demand(qtbot: QtBot, viewer: AuditViewer, demo_ws: Workstation) -> None:
    total = _entries(demo_ws)
    model = viewer.model
    assert model.rowCount() == PAGE == 200
    assert model.columnCount() == 7
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert not model.canFetchMore(QModelIndex()), "one page at a time: the next is on its way"
    demo_ws.settle()
    assert model.rowCount() == min(total, 2 * PAGE)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        demo_ws.settle()
    assert model.rowCount() == total
    assert not model.canFetchMore(QModelIndex()), "a short page means the end of the trail"
    # Newest first: the last notes edit is at the top.
    assert model.index(0, 2).data() == "Person edited"  # in words, not the stored code
    assert "电话核实 54" in model.index(0, 5).data()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Time"


def test_scrolling_to_the_end_fetches_the_next_page(qtbot: QtBot, viewer: AuditViewer,
                                                     demo_ws: Workstation) -> None:
    activate(qtbot, viewer)
    assert viewer.model.rowCount() == PAGE
    viewer.view.setFocus()
    total = _entries(demo_ws)
    while viewer.model.rowCount() < total:  # each Ctrl+End at the bottom brings the next page
        shown = viewer.model.rowCount()
        qtbot.keyClick(viewer.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: viewer.model.rowCount() > shown)  # noqa: B023 -- waited for within the iteration
    assert viewer.model.rowCount() == total


def test_filter_narrows_the_trail(qtbot: QtBot, viewer: AuditViewer, demo_ws: Workstation) -> None:
    activate(qtbot, viewer)
    expected = int(_sql(demo_ws, "SELECT count(*) FROM audit_log WHERE action LIKE '%create_org%'")[0][0])
    assert 0 < expected < PAGE
    viewer.filter.setFocus()
    qtbot.keyClicks(viewer.filter, "create_org")
    qtbot.waitUntil(lambda: viewer.model.rowCount() == expected)
    assert {viewer.model.index(r, 2).data() for r in range(expected)} == {"Organisation added"}
    assert not viewer.model.canFetchMore(QModelIndex())


@pytest.mark.parametrize(("lang", "typed", "shown"), [("en", "organisation add", "Organisation added"),
                                                      ("zh_CN", "新增单位", "新增单位")])
def test_the_trail_is_filtered_by_the_words_it_shows(qtbot: QtBot, viewer: AuditViewer, demo_ws: Workstation,
                                                     lang: str, typed: str, shown: str) -> None:
    i18n.install(lang)
    try:
        expected = int(_sql(demo_ws, "SELECT count(*) FROM audit_log WHERE action = 'create_org'")[0][0])
        viewer.model.set_filter(typed)
        demo_ws.settle()
        assert viewer.model.rowCount() == expected > 0
        assert {viewer.model.index(r, 2).data() for r in range(expected)} == {shown}
    finally:
        i18n.install("en")


def test_verify_reports_an_intact_trail(qtbot: QtBot, viewer: AuditViewer) -> None:
    activate(qtbot, viewer)
    viewer.verify_button.setFocus()
    qtbot.keyClick(viewer.verify_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: INTACT in viewer.verdict.text())
    assert viewer.verify_button.isEnabled()


def test_verify_reports_tampering(qtbot: QtBot, viewer: AuditViewer, demo_ws: Workstation) -> None:
    activate(qtbot, viewer)
    viewer.verify_button.setFocus()
    qtbot.keyClick(viewer.verify_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: INTACT in viewer.verdict.text())
    _sql(demo_ws, "UPDATE audit_log SET after = replace(after, '电话核实 10', '电话核实 99') "
                  "WHERE after LIKE '%电话核实 10%'")
    qtbot.keyClick(viewer.verify_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: TAMPERED in viewer.verdict.text())
    assert "its content was changed after it was written" in viewer.verdict.text()
    assert viewer.verify_button.isEnabled()


def test_the_verdict_and_its_notes_are_in_chinese(qtbot: QtBot, viewer: AuditViewer, demo_ws: Workstation) -> None:
    """The findings and the notes on how far the check reached are the same as `audit verify`'s, translated."""
    i18n.install("zh_CN")
    activate(qtbot, viewer)
    _sql(demo_ws, "UPDATE audit_log SET after = replace(after, '电话核实 10', '电话核实 99') "
                  "WHERE after LIKE '%电话核实 10%'")
    viewer.verify_button.setFocus()
    qtbot.keyClick(viewer.verify_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "写入后内容被修改" in viewer.verdict.text())
    assert "未连接服务器：仅做本地校验" in viewer.verdict.text()  # this workstation is not linked
    assert "审计记录" in viewer.verdict.toolTip() and "audit entry" not in viewer.verdict.text()


def test_verify_reports_removed_entries(qtbot: QtBot, viewer: AuditViewer, demo_ws: Workstation) -> None:
    activate(qtbot, viewer)
    _sql(demo_ws, "DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")
    viewer.verify()
    qtbot.waitUntil(lambda: TAMPERED in viewer.verdict.text())
    assert "removed" in viewer.verdict.text()

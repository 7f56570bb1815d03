"""The incident intake form driven with the keyboard alone, and the list with its clocks."""

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QPoint, QRect, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot
from ui_support import Shots, activate, ctrl, focused, incidents_panel, settle, type_text

from duty_desk.domain.incident_views import IncidentView, TimelineKind
from duty_desk.domain.incidents import Severity, Source, Status
from duty_desk.domain.places import district_name
from duty_desk.services import attention, incident_attention, incident_list, incidents, office_rules
from duty_desk.ui import i18n
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.intake import IntakeDialog


def _tab(qtbot: QtBot, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def test_a_call_is_taken_down_with_the_keyboard_only(qtbot: QtBot, demo_ctx: UiContext) -> None:
    dialog = IntakeDialog(demo_ctx)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.source  # a phone call: first how it came in
    _tab(qtbot, 2)  # received time (now) stays; on to the caller's phone
    assert QApplication.focusWidget() is dialog.phone
    type_text(qtbot, dialog.phone, "13900000006")
    _tab(qtbot)  # leaving the field looks the caller up in the directory
    qtbot.waitUntil(lambda: dialog.widgets["reporter_name"].text() != "", timeout=5000)  # type: ignore[attr-defined]
    assert dialog.widgets["reporter_name"].text() == "罗建平"  # type: ignore[attr-defined]
    _tab(qtbot, 3)  # name, title and unit were filled in; on to what happened
    assert QApplication.focusWidget() is dialog.widgets["summary"]
    type_text(qtbot, focused(), "朝阳区一商场起火，现场浓烟")
    _tab(qtbot, 2)  # category: left as not yet known; on to the district
    type_text(qtbot, focused(), "朝阳区")
    ctrl(qtbot, dialog, Qt.Key.Key_Return)  # Ctrl+Enter saves
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=5000)
    assert dialog.saved is not None
    view = incidents.get(demo_ctx.services, demo_ctx.actor, dialog.saved[0])
    assert view.data.summary == "朝阳区一商场起火，现场浓烟"
    assert view.data.district_code == "110105" and view.data.reporter_name == "罗建平"
    assert view.data.severity is Severity.UNASSESSED


def test_an_empty_call_is_refused_with_the_field_marked_and_the_form_kept(qtbot: QtBot,
                                                                          demo_ctx: UiContext) -> None:
    dialog = IntakeDialog(demo_ctx)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    type_text(qtbot, dialog.phone, "12")
    ctrl(qtbot, dialog, Qt.Key.Key_Return)
    settle(demo_ctx)
    assert dialog.saved is None and dialog.isVisible()
    assert dialog.widgets["summary"].property("invalid") is True
    assert dialog.phone.property("invalid") is True and dialog.phone.text() == "12"


def test_the_list_shows_the_demo_incidents_with_an_overdue_clock(qtbot: QtBot, demo_ctx: UiContext) -> None:
    panel = incidents_panel(qtbot, demo_ctx)
    texts = [panel.model.data(panel.model.index(r, 3)) for r in range(panel.model.rowCount())]
    assert any("overdue" in t for t in texts), texts[:5]
    assert not any("[DRILL]" in str(panel.model.data(panel.model.index(r, 6)))
                   for r in range(panel.model.rowCount()))
    panel.filters.drills.setChecked(True)
    settle(demo_ctx)
    assert any("[DRILL]" in str(panel.model.data(panel.model.index(r, 6))) for r in range(panel.model.rowCount()))
    # Marked in the first column too, and in the detail's header, not only inside the summary.
    drill = next(r for r in range(panel.model.rowCount())
                 if "[DRILL]" in str(panel.model.data(panel.model.index(r, 6))))
    assert str(panel.model.data(panel.model.index(drill, 0))).startswith("[DRILL] ")
    panel.table.selectRow(drill)
    settle(demo_ctx)
    assert "[DRILL]" in panel.heading.text()


def _type_a_second_call_about(qtbot: QtBot, dialog: IntakeDialog, earlier: IncidentView) -> None:
    """The officer takes the call with the keyboard: what happened, then where; the offer comes up as they type."""
    activate(qtbot, dialog)
    _tab(qtbot, 2)  # how it came in (a phone call) and when (now) stay; on to the caller's phone
    type_text(qtbot, focused(), "13900000006")
    _tab(qtbot)  # leaving the field looks the caller up in the directory
    qtbot.waitUntil(lambda: dialog.widgets["reporter_name"].text() != "", timeout=5000)  # type: ignore[attr-defined]
    _tab(qtbot, 3)  # the caller's name, title and unit were filled in; on to what happened
    type_text(qtbot, focused(), earlier.data.summary[:12])
    _tab(qtbot, 2)  # category: left as not yet known; on to the district
    district = focused()
    type_text(qtbot, district, district_name(earlier.data.district_code))
    qtbot.waitUntil(dialog.offer.isVisible, timeout=5000)
    assert focused() is district  # the offer never takes the keyboard from the officer
    assert dialog.duplicate.itemData(1) == earlier.id and earlier.number in dialog.duplicate.itemText(1)
    # Where the officer is typing: right under the district, and in view without scrolling.
    viewport = dialog.form_area.viewport()
    top_left = dialog.offer.mapTo(viewport, QPoint(0, 0))
    assert viewport.rect().contains(QRect(top_left, dialog.offer.size())), (top_left, viewport.size())
    assert dialog.form_area.verticalScrollBar().value() == 0
    assert dialog.district.mapTo(viewport, QPoint(0, 0)).y() < top_left.y()
    assert top_left.y() < dialog.widgets["address"].mapTo(viewport, QPoint(0, 0)).y()
    _tab(qtbot)  # from the district straight into the offer
    assert focused() is dialog.duplicate
    qtbot.keyClick(dialog.duplicate, Qt.Key.Key_Down)  # the incident offered
    assert dialog.duplicate.currentData() == earlier.id


def _incident_clocks(ctx: UiContext) -> list[str]:
    return [i.record_id for i in attention.gather(ctx.services, ctx.actor) if i.source == incident_attention.SOURCE]


def test_the_same_incident_chosen_in_the_offer_gets_the_call_as_a_follow_up(
        qtbot: QtBot, demo_ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = incidents_panel(qtbot, demo_ctx)
    earlier = incident_list.list_incidents(demo_ctx.services, demo_ctx.actor, limit=1)[0]  # minutes old, still open
    before = len(incident_list.list_incidents(demo_ctx.services, demo_ctx.actor, limit=10_000))
    clocks_before = _incident_clocks(demo_ctx)
    shown: list[IntakeDialog] = []

    def take_the_call(dialog: IntakeDialog) -> int:  # the modal form, driven with the keyboard as it runs
        shown.append(dialog)
        _type_a_second_call_about(qtbot, dialog, earlier)
        ctrl(qtbot, dialog, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.saved is not None, timeout=5000)
        return dialog.result()

    monkeypatch.setattr(IntakeDialog, "exec", take_the_call)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_End)  # the officer was looking at another incident
    ctrl(qtbot, panel, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    settle(demo_ctx)
    assert not shown[0].isVisible()  # the form closed
    assert panel._selected_id() == earlier.id  # and the panel shows the incident the call was added to
    assert len(incident_list.list_incidents(demo_ctx.services, demo_ctx.actor, limit=10_000)) == before
    follow_ups = [e for e in incidents.timeline(demo_ctx.services, demo_ctx.actor, earlier.id)
                  if e.kind is TimelineKind.FOLLOW_UP]
    assert follow_ups[-1].text.startswith(earlier.data.summary[:12])
    assert follow_ups[-1].reporter.startswith("罗建平") and follow_ups[-1].source == Source.PHONE.value
    assert sorted(_incident_clocks(demo_ctx)) == sorted(clocks_before)  # no second set of clocks


@pytest.mark.parametrize("lang", ["en", "zh_CN"])  # the offer in view in both languages' layouts
def test_an_officer_who_insists_registers_a_separate_incident_linked_and_counted_once(
        qtbot: QtBot, demo_ctx: UiContext, shots: Shots, lang: str) -> None:
    i18n.install(lang)
    earlier = incident_list.list_incidents(demo_ctx.services, demo_ctx.actor, limit=1)[0]
    clocks_before = _incident_clocks(demo_ctx)
    dialog = IntakeDialog(demo_ctx)
    qtbot.addWidget(dialog)
    _type_a_second_call_about(qtbot, dialog, earlier)
    shots.save(dialog, f"{lang}-intake-duplicate-offer")
    _tab(qtbot)
    assert focused() is dialog.separate and dialog.separate.isEnabled()
    qtbot.keyClick(dialog.separate, Qt.Key.Key_Space)
    ctrl(qtbot, dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=5000)
    assert dialog.saved is not None and dialog.saved[0] != earlier.id and dialog.added_to is None
    events = incidents.timeline(demo_ctx.services, demo_ctx.actor, dialog.saved[0])
    assert ("duplicate_of", earlier.number) in [c for e in events for c in e.changes]
    assert sorted(_incident_clocks(demo_ctx)) == sorted(clocks_before)  # its clocks count through the other's


def test_save_as_pdf_writes_the_selected_incident_report(qtbot: QtBot, demo_ctx: UiContext, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    panel = incidents_panel(qtbot, demo_ctx)
    number = panel.model.rows[0].view.number
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    panel.save_pdf()
    qtbot.waitUntil(target.exists, timeout=10000)
    text = "".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert number in text and "Incident information report" in text


def test_search_from_one_chinese_character_shows_the_matches_marked(qtbot: QtBot, demo_ctx: UiContext) -> None:
    panel = incidents_panel(qtbot, demo_ctx)
    assert panel.search is not None
    everything = panel.model.rowCount()
    ctrl(qtbot, panel.window(), Qt.Key.Key_F)
    type_text(qtbot, panel.search, "燃")
    qtbot.waitUntil(lambda: 0 < panel.model.rowCount() < everything, timeout=5000)
    shown = [str(panel.model.data(panel.model.index(r, 6))) for r in range(panel.model.rowCount())]
    assert all("【燃】" in text for text in shown), shown
    panel.search.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == everything, timeout=5000)


def test_the_most_urgent_come_first_and_a_header_click_sorts(qtbot: QtBot, demo_ctx: UiContext) -> None:
    panel = incidents_panel(qtbot, demo_ctx)
    assert "overdue" in panel.model.data(panel.model.index(0, 3))  # the overdue clock heads the list
    statuses = [r.view.status for r in panel.model.rows]
    assert Status.CLOSED not in statuses[:statuses.index(Status.CLOSED)] and statuses[-1] is Status.CLOSED
    header = panel.table.horizontalHeader()
    header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)  # as a click on "Received" does
    settle(demo_ctx)
    received = [r.view.data.received_at for r in panel.model.rows]
    assert len(received) == len(statuses) and received == sorted(received, reverse=True)
    header.setSortIndicator(6, Qt.SortOrder.AscendingOrder)  # the summary does not sort: the indicator goes back
    settle(demo_ctx)
    assert header.sortIndicatorSection() == 1
    assert [r.view.data.received_at for r in panel.model.rows] == received


def test_a_sort_kept_from_the_last_session_is_restored_without_an_error(qtbot: QtBot,
                                                                        demo_ctx: UiContext) -> None:
    first = incidents_panel(qtbot, demo_ctx)
    first.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    first._save_header()
    settle(demo_ctx)
    again = incidents_panel(qtbot, demo_ctx)  # the next login: the saved header brings its sort back
    assert again.table.horizontalHeader().sortIndicatorSection() == 1
    received = [r.view.data.received_at for r in again.model.rows]
    assert received == sorted(received, reverse=True)


def test_the_filters_narrow_the_list_and_a_bad_range_is_refused(qtbot: QtBot, demo_ctx: UiContext) -> None:
    panel = incidents_panel(qtbot, demo_ctx)
    everything = panel.model.rowCount()
    filters = panel.filters
    filters.status.setCurrentIndex(filters.status.findData("closed"))
    settle(demo_ctx)
    assert 0 < panel.model.rowCount() < everything
    assert {r.view.status for r in panel.model.rows} == {Status.CLOSED}
    filters.district.setCurrentIndex(filters.district.findData("110105"))
    settle(demo_ctx)
    assert {r.view.data.district_code for r in panel.model.rows} <= {"110105"}
    shown = panel.model.rowCount()
    filters.date_from.setDate(QDate(2026, 12, 5))
    filters.date_to.setDate(QDate(2026, 12, 1))  # before the start
    settle(demo_ctx)
    assert filters.error.text() and panel.model.rowCount() == shown  # refused, the list as it was
    filters.date_to.setDate(QDate(2000, 1, 1))  # "any day" again: from a day with nothing yet
    settle(demo_ctx)
    assert panel.stack.currentWidget() is panel.empty and "filters" in panel.empty.text()
    filters.clear.click()
    settle(demo_ctx)
    assert filters.error.text() == "" and panel.model.rowCount() == everything


def test_a_scan_is_attached_listed_and_a_big_one_refused_with_the_reason(
        qtbot: QtBot, demo_ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = incidents_panel(qtbot, demo_ctx)
    box = panel.attachments
    assert box.list.count() == 1 and box.list.item(0).data(Qt.ItemDataRole.UserRole) is None  # the empty note
    scan = tmp_path / "传真件.png"
    scan.write_bytes(b"\x89PNG" + bytes(5000))
    box.attach_path(scan)
    settle(demo_ctx)  # saved, and the panel reloaded for the attachment it changed
    assert box.list.item(0).data(Qt.ItemDataRole.UserRole) is not None
    assert "传真件.png (5 KB)" in box.list.item(0).text()
    assert any("传真件.png" in panel.events.item(n).text() for n in range(panel.events.count()))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    settle(demo_ctx)
    office_rules.set_numbers(demo_ctx.services, demo_ctx.actor, {office_rules.ATTACHMENT_LIMIT: 1})
    big = tmp_path / "big.tif"
    big.write_bytes(bytes(1024 * 1024 + 1))
    box.attach_path(big)
    settle(demo_ctx)
    assert warnings == ["big.tif is 1.0 MB; attachments may be at most 1 MB"]
    assert box.list.count() == 1


def test_an_attachment_is_opened_from_a_private_copy_and_saved_where_asked(
        qtbot: QtBot, demo_ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = incidents_panel(qtbot, demo_ctx)
    box = panel.attachments
    content = b"%PDF-1.4 scanned fax " + bytes(range(256)) * 40
    scan = tmp_path / "来文.pdf"
    scan.write_bytes(content)
    box.attach_path(scan)
    settle(demo_ctx)  # saved, and the panel reloaded for the attachment it changed
    assert box.list.item(0).data(Qt.ItemDataRole.UserRole) is not None

    opened: list[Path] = []

    def open_url(url: QUrl) -> bool:
        opened.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    box.open(box.list.item(0))
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert opened[0].name == "来文.pdf" and opened[0].parent != tmp_path and opened[0].read_bytes() == content

    target = tmp_path / "copy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window = panel.window()
    assert isinstance(window, QMainWindow)
    box.save.click()
    qtbot.waitUntil(lambda: "Saved" in window.statusBar().currentMessage(), timeout=5000)
    assert target.read_bytes() == content and str(target) in window.statusBar().currentMessage()

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    nowhere = tmp_path / "no such folder" / "copy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(nowhere), ""))
    box.save.click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert warnings == [f"Cannot write {nowhere}: No such file or directory"] and not nowhere.exists()


@pytest.mark.parametrize("width", [1280, 1600])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_summary_is_in_sight_at_the_default_widths(qtbot: QtBot, demo_ctx: UiContext, width: int,
                                                       lang: str, shots: Shots) -> None:
    i18n.install(lang)
    panel = incidents_panel(qtbot, demo_ctx, (width, 720 if width == 1280 else 900))
    header, view = panel.table.horizontalHeader(), panel.table.viewport().width()
    summary = panel.model.columnCount() - 1
    assert header.sectionViewportPosition(summary) <= view * 0.7  # 30% of the list or more shows what happened
    assert all(header.sectionSize(c) >= 40 for c in range(summary))
    shots.save(panel.window(), f"{lang}-incidents-{width}")

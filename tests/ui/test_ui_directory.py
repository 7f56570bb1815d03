"""The directory panel on demo data: search-as-you-type, the person editor, removing, from the keyboard."""

import re
import threading
from collections.abc import Callable
from typing import Any

import pytest
from pypinyin import Style, lazy_pinyin
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from ui_support import CTRL, Shots, Workstation, activate, cell, ctrl, settle, type_text

from duty_desk.domain import pinyin
from duty_desk.services import directory
from duty_desk.services.directory import PersonRow
from duty_desk.ui import i18n
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.organisations import OrganisationsDialog
from duty_desk.ui.dialogs.person_editor import PersonEditorDialog
from duty_desk.ui.main_window import MainWindow
from duty_desk.ui.panels.directory import DirectoryPanel

DEMO_PEOPLE = 109
Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def initials(name: str) -> str:
    return "".join(s[0] for s in lazy_pinyin(name, style=Style.NORMAL) if s)


def names(panel: DirectoryPanel) -> list[str]:
    return [r.data.name for r in panel.model.rows]


@pytest.fixture
def window(qtbot: QtBot, demo_ctx: UiContext) -> MainWindow:
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    activate(qtbot, win)
    return win


@pytest.fixture
def panel(qtbot: QtBot, window: MainWindow) -> DirectoryPanel:
    """The directory panel, opened with Ctrl+7, its first load done."""
    ctrl(qtbot, window, Qt.Key.Key_7)
    found = window.current_panel()
    assert isinstance(found, DirectoryPanel)
    qtbot.waitUntil(lambda: found.model.rowCount() == DEMO_PEOPLE)
    return found


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Callable[[QMessageBox.StandardButton], list[str]]:
    """Answer QMessageBox.question with the given button, recording each question asked."""

    def answer(button: QMessageBox.StandardButton) -> list[str]:
        asked: list[str] = []

        def fake(_parent: Any, title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
            asked.append(f"{title}: {text}")
            return button

        monkeypatch.setattr(QMessageBox, "question", fake)
        return asked

    return answer


def search(qtbot: QtBot, window: MainWindow, panel: DirectoryPanel, text: str) -> None:
    """Ctrl+F, then type over whatever was searched before."""
    ctrl(qtbot, window, Qt.Key.Key_F)
    assert panel.search is not None and panel.search.hasFocus()
    qtbot.keyClick(panel.search, Qt.Key.Key_Backspace)
    type_text(qtbot, panel.search, text)


# -- search-as-you-type --------------------------------------------------------------------------------------


def test_pinyin_initials_narrow_the_list(qtbot: QtBot, window: MainWindow, panel: DirectoryPanel) -> None:
    expected = directory.search_people(panel.ctx.services, panel.ctx.actor, "zw")
    assert 0 < len(expected) < DEMO_PEOPLE
    search(qtbot, window, panel, "zw")
    qtbot.waitUntil(lambda: panel.model.rowCount() == len(expected))
    found = names(panel)
    assert found == [p.data.name for p in expected]
    assert "张伟" in found
    for name in found:
        assert "zw" in initials(name), f"{name} ({initials(name)}) does not match zw"
    assert panel.stack.currentWidget() is panel.table
    assert panel.count_label.text() == f"{len(expected)} people"


def test_full_pinyin_and_characters_find_the_same_person(qtbot: QtBot, window: MainWindow,
                                                        panel: DirectoryPanel) -> None:
    search(qtbot, window, panel, "zhangwei")
    qtbot.waitUntil(lambda: "张伟" in names(panel) and panel.model.rowCount() < DEMO_PEOPLE)
    search(qtbot, window, panel, "张伟")
    qtbot.waitUntil(lambda: names(panel) == ["张伟"])


def test_a_phone_fragment_finds_the_person(qtbot: QtBot, window: MainWindow, panel: DirectoryPanel) -> None:
    services, actor = panel.ctx.services, panel.ctx.actor
    everyone = directory.search_people(services, actor)
    person, fragment = next((p, p.data.mobile[-6:]) for p in everyone
                            if p.data.mobile and len(directory.search_people(services, actor, p.data.mobile[-6:])) == 1)
    search(qtbot, window, panel, fragment)
    qtbot.waitUntil(lambda: names(panel) == [person.data.name])
    # The details beside the list show the number grouped for reading.
    qtbot.waitUntil(lambda: panel.details_form.rowCount() > 1)
    shown = [label.text() for label in panel.details.findChildren(QLabel)]
    mobile = person.data.mobile
    assert f"{mobile[:3]} {mobile[3:7]} {mobile[7:]}" in shown


def test_no_match_shows_the_empty_state_with_the_query(qtbot: QtBot, window: MainWindow,
                                                       panel: DirectoryPanel) -> None:
    search(qtbot, window, panel, "qqzzxx")
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.empty)
    assert panel.model.rowCount() == 0
    text = panel.empty.text()
    assert "qqzzxx" in text
    assert "pinyin initials" in text  # and says what to try instead
    assert panel.empty.isVisible()
    assert panel.count_label.text() == "0 people"
    # Clearing the search brings everyone back.
    search(qtbot, window, panel, "")
    qtbot.waitUntil(lambda: panel.model.rowCount() == DEMO_PEOPLE)
    assert panel.stack.currentWidget() is panel.table


def test_esc_in_the_search_clears_it(qtbot: QtBot, window: MainWindow, panel: DirectoryPanel) -> None:
    search(qtbot, window, panel, "zw")
    qtbot.waitUntil(lambda: 0 < panel.model.rowCount() < DEMO_PEOPLE)
    assert panel.search is not None
    qtbot.keyClick(panel.search, Qt.Key.Key_Escape)
    assert panel.search.text() == "" and panel.search.hasFocus()
    qtbot.waitUntil(lambda: panel.model.rowCount() == DEMO_PEOPLE)


def test_enter_in_the_search_moves_to_the_results(qtbot: QtBot, window: MainWindow, panel: DirectoryPanel) -> None:
    search(qtbot, window, panel, "zw")
    qtbot.waitUntil(lambda: 0 < panel.model.rowCount() < DEMO_PEOPLE)
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert panel.table.hasFocus()
    assert panel.table.currentIndex().row() == 0


def test_empty_directory_says_how_to_fill_it(qtbot: QtBot, admin_ctx: UiContext) -> None:
    win = MainWindow(admin_ctx)
    qtbot.addWidget(win)
    activate(qtbot, win)
    ctrl(qtbot, win, Qt.Key.Key_7)
    panel = win.current_panel()
    assert isinstance(panel, DirectoryPanel)
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.empty)
    assert "Ctrl+N" in panel.empty.text() and "Ctrl+I" in panel.empty.text()


# -- opening the editor from the panel -----------------------------------------------------------------------


@pytest.fixture
def editors(monkeypatch: pytest.MonkeyPatch) -> list[PersonEditorDialog]:
    """Person editors the panel opens; exec() returns at once instead of blocking."""
    opened: list[PersonEditorDialog] = []

    def fake_exec(self: PersonEditorDialog) -> int:
        opened.append(self)
        return 0

    monkeypatch.setattr(PersonEditorDialog, "exec", fake_exec)
    return opened


def test_ctrl_n_opens_an_empty_person_editor(qtbot: QtBot, window: MainWindow, panel: DirectoryPanel,
                                             editors: list[PersonEditorDialog]) -> None:
    ctrl(qtbot, window, Qt.Key.Key_F)  # focus in the search box, as when a call comes in
    ctrl(qtbot, window, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: len(editors) == 1)  # a button's shortcut "animates" its click for 100 ms
    dialog = editors[0]
    assert dialog.windowTitle() == "Add person"
    assert dialog.person is None
    assert dialog.ui.nameEdit.text() == ""
    orgs = directory.organisations(panel.ctx.services, panel.ctx.actor)
    assert dialog.ui.organisationCombo.count() == len(orgs) + 1  # "(none)" first
    assert dialog.ui.organisationCombo.currentData() is None


def test_f2_edits_the_selected_person(qtbot: QtBot, window: MainWindow, panel: DirectoryPanel,
                                      editors: list[PersonEditorDialog]) -> None:
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    selected = panel.model.row_at(panel.proxy.mapToSource(panel.table.currentIndex()).row())
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: len(editors) == 1)
    dialog = editors[0]
    assert dialog.windowTitle() == "Edit person"
    assert dialog.ui.nameEdit.text() == selected.data.name
    assert dialog.ui.organisationCombo.currentData() == selected.data.organisation_id
    assert dialog.ui.mobileEdit.text() == selected.data.mobile


def test_delete_removes_the_selected_person_after_asking(qtbot: QtBot, window: MainWindow, panel: DirectoryPanel,
                                                         questions: Callable[..., list[str]]) -> None:
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    victim = panel.model.row_at(panel.proxy.mapToSource(panel.table.currentIndex()).row())
    asked = questions(No)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert victim.data.name in asked[0]
    panel.ctx.background.wait()
    QApplication.processEvents()
    assert panel.model.rowCount() == DEMO_PEOPLE  # "No" keeps them
    asked = questions(Yes)
    panel.table.setFocus()  # the shortcut's click focused the button
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(asked) == 1)
    qtbot.waitUntil(lambda: panel.model.rowCount() == DEMO_PEOPLE - 1)
    assert victim.id not in {r.id for r in panel.model.rows}


# -- the person editor itself --------------------------------------------------------------------------------


@pytest.fixture
def editor(qtbot: QtBot, demo_ctx: UiContext) -> PersonEditorDialog:
    orgs = directory.organisations(demo_ctx.services, demo_ctx.actor)
    dialog = PersonEditorDialog(demo_ctx, orgs)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    return dialog


def tab_to(qtbot: QtBot, dialog: PersonEditorDialog, target: Any) -> None:
    """Press Tab until the keyboard focus is on `target` (the form's tab order)."""
    for _ in range(12):
        if target.hasFocus():
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()}")


def saved_people(ctx: UiContext, name: str) -> list[PersonRow]:
    return [p for p in directory.search_people(ctx.services, ctx.actor, name) if p.data.name == name]


def test_bad_mobile_keeps_the_editor_open(qtbot: QtBot, editor: PersonEditorDialog, demo_ctx: UiContext) -> None:
    ui = editor.ui
    assert ui.nameEdit.hasFocus()
    type_text(qtbot, ui.nameEdit, "测试员")
    tab_to(qtbot, editor, ui.mobileEdit)
    qtbot.keyClicks(ui.mobileEdit, "12345678")
    with qtbot.assertNotEmitted(demo_ctx.bus.changed):
        qtbot.keyClick(ui.mobileEdit, Qt.Key.Key_Return, CTRL)
        settle(demo_ctx)
    assert editor.isVisible()
    assert editor.saved_id is None
    assert ui.mobileEdit.property("invalid") is True
    assert ui.nameEdit.property("invalid") is not True
    text = ui.errorLabel.text()
    assert text.startswith("Mobile: ")
    assert "11 digits" in text
    assert ui.mobileEdit.hasFocus(), "focus goes to the field to correct"
    assert ui.mobileEdit.text() == "12345678", "what was typed is kept"
    assert saved_people(demo_ctx, "测试员") == []


def test_several_bad_fields_are_all_named(qtbot: QtBot, editor: PersonEditorDialog) -> None:
    ui = editor.ui
    tab_to(qtbot, editor, ui.mobileEdit)
    qtbot.keyClicks(ui.mobileEdit, "12345678")
    qtbot.keyClick(ui.mobileEdit, Qt.Key.Key_Tab)
    qtbot.keyClicks(ui.officePhoneEdit, "12")
    qtbot.keyClick(ui.officePhoneEdit, Qt.Key.Key_Return, CTRL)
    settle(editor.ctx)
    lines = ui.errorLabel.text().splitlines()
    assert [line.split(":")[0] for line in lines] == ["Name", "Mobile", "Office phone"]
    for w in (ui.nameEdit, ui.mobileEdit, ui.officePhoneEdit):
        assert w.property("invalid") is True, w.objectName()
    assert ui.nameEdit.hasFocus()
    # Correcting some fields clears their marks on the next try; the one still wrong keeps its mark.
    type_text(qtbot, ui.nameEdit, "测试员")
    ui.mobileEdit.setText("13912340000")
    qtbot.keyClick(ui.nameEdit, Qt.Key.Key_Return, CTRL)
    settle(editor.ctx)
    assert ui.errorLabel.text().startswith("Office phone: ")
    assert ui.nameEdit.property("invalid") is False
    assert ui.mobileEdit.property("invalid") is False
    assert ui.officePhoneEdit.property("invalid") is True
    assert ui.officePhoneEdit.hasFocus()
    ui.officePhoneEdit.clear()
    with qtbot.waitSignal(editor.accepted, timeout=3000):
        qtbot.keyClick(ui.officePhoneEdit, Qt.Key.Key_Return, CTRL)


def test_valid_person_saved_with_ctrl_enter_appears_in_the_directory(
        qtbot: QtBot, window: MainWindow, panel: DirectoryPanel, demo_ctx: UiContext) -> None:
    orgs = directory.organisations(demo_ctx.services, demo_ctx.actor)
    dialog = PersonEditorDialog(demo_ctx, orgs, None, window)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    ui = dialog.ui
    type_text(qtbot, ui.nameEdit, "测试员")
    qtbot.keyClick(ui.nameEdit, Qt.Key.Key_Tab)
    type_text(qtbot, ui.titleEdit, "值班员")
    qtbot.keyClick(ui.titleEdit, Qt.Key.Key_Tab)
    assert ui.organisationCombo.hasFocus()
    combo_text = ui.organisationCombo.lineEdit()
    assert combo_text is not None, "the organisation can be typed (an editable combo)"
    type_text(qtbot, combo_text, "北京市应急管理局")
    tab_to(qtbot, dialog, ui.mobileEdit)
    qtbot.keyClicks(ui.mobileEdit, "139 1234 5678")
    qtbot.keyClick(ui.mobileEdit, Qt.Key.Key_Tab)
    qtbot.keyClicks(ui.officePhoneEdit, "010-6519 2233")
    tab_to(qtbot, dialog, ui.leaderCheck)
    qtbot.keyClick(ui.leaderCheck, Qt.Key.Key_Space)
    assert ui.leaderCheck.isChecked()
    with qtbot.waitSignal(demo_ctx.bus.changed, timeout=3000) as changed:
        qtbot.keyClick(ui.leaderCheck, Qt.Key.Key_Enter, CTRL | Qt.KeyboardModifier.KeypadModifier)
    settle(demo_ctx)
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    assert dialog.saved_id
    assert changed.args[0].ids("people") == {dialog.saved_id}  # what the save changed, by kind and id
    qtbot.waitUntil(lambda: "测试员" in names(panel))
    assert panel.model.rowCount() == DEMO_PEOPLE + 1
    [saved] = saved_people(demo_ctx, "测试员")
    org = next(o for o in orgs if o.data.name == "北京市应急管理局")
    assert saved.id == dialog.saved_id
    assert saved.data.organisation_id == org.id
    assert saved.data.title == "值班员"
    assert saved.data.mobile == "13912345678"
    assert saved.data.office_phone == "01065192233"
    assert saved.data.is_leader
    row = names(panel).index("测试员")
    shown = panel.model.index(row, 0).data()
    assert shown == "★ 测试员", "leaders are starred"


def test_unknown_organisation_typed_in_the_combo_is_refused(qtbot: QtBot, editor: PersonEditorDialog,
                                                            demo_ctx: UiContext) -> None:
    ui = editor.ui
    type_text(qtbot, ui.nameEdit, "测试员")
    ui.organisationCombo.setFocus()
    combo_text = ui.organisationCombo.lineEdit()
    assert combo_text is not None
    type_text(qtbot, combo_text, "不存在的单位")
    qtbot.keyClick(ui.nameEdit, Qt.Key.Key_Return, CTRL)
    settle(demo_ctx)
    assert editor.isVisible()
    assert ui.organisationCombo.property("invalid") is True
    assert ui.errorLabel.text().startswith("Organisation: ")
    assert saved_people(demo_ctx, "测试员") == []


def test_escape_after_typing_asks_before_discarding(qtbot: QtBot, editor: PersonEditorDialog,
                                                    questions: Callable[..., list[str]]) -> None:
    type_text(qtbot, editor.ui.nameEdit, "测试员")
    asked = questions(No)
    qtbot.keyClick(editor.ui.nameEdit, Qt.Key.Key_Escape)
    assert len(asked) == 1 and "Discard" in asked[0]
    assert editor.isVisible(), "No keeps the form and what was typed"
    assert editor.ui.nameEdit.text() == "测试员"
    asked = questions(Yes)
    with qtbot.waitSignal(editor.rejected, timeout=3000):
        qtbot.keyClick(editor.ui.nameEdit, Qt.Key.Key_Escape)
    assert len(asked) == 1
    assert not editor.isVisible()


def test_escape_on_an_untouched_form_closes_without_asking(qtbot: QtBot, editor: PersonEditorDialog,
                                                           questions: Callable[..., list[str]]) -> None:
    asked = questions(No)
    with qtbot.waitSignal(editor.rejected, timeout=3000):
        qtbot.keyClick(editor.ui.nameEdit, Qt.Key.Key_Escape)
    assert asked == []


def test_escape_after_ticking_leader_asks_before_discarding(qtbot: QtBot, editor: PersonEditorDialog,
                                                            questions: Callable[..., list[str]]) -> None:
    tab_to(qtbot, editor, editor.ui.leaderCheck)
    qtbot.keyClick(editor.ui.leaderCheck, Qt.Key.Key_Space)
    assert editor.ui.leaderCheck.isChecked()
    asked = questions(No)
    qtbot.keyClick(editor.ui.leaderCheck, Qt.Key.Key_Escape)
    assert len(asked) == 1
    assert editor.isVisible()


def test_a_slow_earlier_search_does_not_overwrite_a_newer_one(qtbot: QtBot, window: MainWindow,
                                                             panel: DirectoryPanel,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    real = directory.search_people

    def search_people(services: Any, actor: Any, text: str = "", *args: Any) -> list[PersonRow]:
        if text == "z":
            release.wait(5)  # e.g. a busy disk: the first, broader query takes longer
        return real(services, actor, text, *args)

    monkeypatch.setattr(directory, "search_people", search_people)
    assert panel.search is not None
    for typed in ("z", "zw"):  # the officer pauses after "z", then types "w"
        panel.search.setText(typed)
        panel._timer.stop()  # instead of waiting out the 200 ms debounce ...
        panel.refresh()  # ... run the search it would start
    qtbot.waitUntil(lambda: 0 < panel.model.rowCount() < DEMO_PEOPLE)
    narrowed = names(panel)
    release.set()  # the query for "z" finishes last
    panel.ctx.background.wait()
    qtbot.wait(50)
    assert panel.search.text() == "zw"
    assert names(panel) == narrowed, "the list no longer matches what is in the search box"


# -- personal data -------------------------------------------------------------------------------------------


def test_reception_sees_mobiles_masked_and_may_not_export(qtbot: QtBot, demo_ws: Workstation) -> None:
    ctx = demo_ws.context(demo_ws.login("reception", "Front-desk-2026"))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    activate(qtbot, win)
    ctrl(qtbot, win, Qt.Key.Key_4)  # reception's fourth panel: overview, roster, visitors, directory
    found = win.current_panel()
    assert isinstance(found, DirectoryPanel)
    qtbot.waitUntil(lambda: found.model.rowCount() == DEMO_PEOPLE)
    mobiles = [r.data.mobile for r in found.model.rows if r.data.mobile]
    assert mobiles and all("****" in m for m in mobiles)
    found.table.setFocus()
    qtbot.keyClick(found.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: found.details_form.rowCount() > 1)
    shown = " ".join(label.text() for label in found.details.findChildren(QLabel))
    assert "****" in shown and re.search(r"1[3-9]\d{9}", shown.replace(" ", "")) is None  # no whole mobile
    export = next(b for b in found.findChildren(QPushButton) if b.accessibleName() == "Export CSV…")
    assert not export.isEnabled()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_organisations_open_a_to_z_are_searched_and_show_the_whole_duty_phone(
        qtbot: QtBot, demo_ctx: UiContext, shots: Shots, lang: str) -> None:
    i18n.install(lang)
    dialog = OrganisationsDialog(demo_ctx)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    settle(demo_ctx)
    table = dialog.table
    names = [cell(table, r, 0).text() for r in range(table.rowCount())]
    assert len(names) == 49 and names == sorted(names, key=pinyin.sort_key)  # A→Z as a Chinese reader orders
    assert table.horizontalHeader().sortIndicatorOrder() is Qt.SortOrder.AscendingOrder
    phone = 3
    assert table.columnWidth(phone) >= table.sizeHintForColumn(phone)
    assert table.columnViewportPosition(phone) + table.columnWidth(phone) <= table.viewport().width()
    shots.save(dialog, f"{lang}-organisations-a-to-z")
    assert dialog.search.hasFocus()
    qtbot.keyClicks(dialog.search, "gaj")  # pinyin initials of 公安局
    qtbot.waitUntil(lambda: table.rowCount() < 49, timeout=3000)
    settle(demo_ctx)
    found = [cell(table, r, 0).text() for r in range(table.rowCount())]
    assert found and all("公安" in n for n in found), found
    qtbot.keyClick(dialog.search, Qt.Key.Key_Escape)  # the first Esc clears the search; the dialog stays
    qtbot.waitUntil(lambda: table.rowCount() == 49, timeout=3000)
    assert dialog.isVisible()

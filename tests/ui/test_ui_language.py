"""The interface language: the whole window is built in Chinese or English, and rebuilt when it changes."""

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QMessageBox, QTreeView
from pytestqt.qtbot import QtBot
from ui_support import activate, ctrl, has_cjk, settle

from duty_desk.domain.changes import ChangeSet
from duty_desk.domain.directory import OrgKind
from duty_desk.domain.roles import Role
from duty_desk.domain.validation import FieldError
from duty_desk.services import directory
from duty_desk.services.context import Actor, Services
from duty_desk.ui import i18n
from duty_desk.ui.app import Controller
from duty_desk.ui.context import UiContext
from duty_desk.ui.dialogs.about import show_help
from duty_desk.ui.dialogs.settings import SettingsDialog
from duty_desk.ui.labels import org_kind_name, role_name
from duty_desk.ui.main_window import MainWindow
from duty_desk.ui.panels.directory import DirectoryPanel
from duty_desk.ui.qt_strings import qt_words


def rail_texts(window: MainWindow) -> list[str]:
    return [window.rail.item(i).text() for i in range(window.rail.count())]


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def build(qtbot: QtBot, ctx: UiContext, language: str) -> MainWindow:
    assert i18n.install(language) == language
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def controller(demo_ctx: UiContext) -> Iterator[Controller]:
    """The app's controller. Its windows are not qtbot's: the last one is closed here, the older ones were
    deleted by relanguage()."""
    control = Controller(demo_ctx)
    yield control
    settle(demo_ctx)
    if control.window is not None:
        control.window.close()
    settle(demo_ctx)


def test_chinese_window_differs_from_english(qtbot: QtBot, demo_ctx: UiContext) -> None:
    english = build(qtbot, demo_ctx, "en")
    en_rail, en_menus = rail_texts(english), menu_titles(english)
    assert en_rail[0] == "Overview" and en_menus[0] == "&File"
    assert not any(has_cjk(t) for t in en_rail + en_menus)

    chinese = build(qtbot, demo_ctx, "zh_CN")
    zh_rail, zh_menus = rail_texts(chinese), menu_titles(chinese)
    for text in zh_rail + zh_menus:
        assert has_cjk(text), f"not translated: {text!r}"
    assert all(zh != en for zh, en in zip(zh_rail, en_rail, strict=True))
    assert all(zh != en for zh, en in zip(zh_menus, en_menus, strict=True))
    assert has_cjk(chinese.windowTitle())
    assert has_cjk(chinese.clock_label.text())
    for panel in chinese.panels:
        assert has_cjk(panel.title)
        if panel.search is not None:
            assert has_cjk(panel.search.placeholderText()) or not panel.search.isEnabled()


def test_chinese_menus_keep_their_access_keys(qtbot: QtBot, demo_ctx: UiContext) -> None:
    chinese = build(qtbot, demo_ctx, "zh_CN")
    for title in menu_titles(chinese):
        assert "&" in title, f"menu {title!r} cannot be opened with Alt+key"


def test_chinese_directory_texts(qtbot: QtBot, demo_ctx: UiContext) -> None:
    window = build(qtbot, demo_ctx, "zh_CN")
    activate(qtbot, window)
    window.rail.setCurrentRow(6)
    panel = window.current_panel()
    assert isinstance(panel, DirectoryPanel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 109)
    headers = panel.model.headers()
    assert all(has_cjk(h) for h in headers), headers
    assert has_cjk(panel.count_label.text()) and "109" in panel.count_label.text()
    assert panel.primary is not None and has_cjk(panel.primary.text())
    # The empty state quotes what was searched, in a Chinese sentence.
    assert panel.search is not None
    panel.search.setText("qqzzxx")
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.empty)
    assert "qqzzxx" in panel.empty.text() and has_cjk(panel.empty.text())


def test_validation_messages_are_translated_whole_then_filled(qapp: object) -> None:
    i18n.install("zh_CN")
    message = i18n.field_message(FieldError.of("name", "at most {limit} characters", limit=50))
    assert has_cjk(message) and "50" in message
    message = i18n.field_message(FieldError.of("organisation_id", "{org} still has {count} people; move or "
                                               "remove them first", org="北京市公安局", count=3))
    assert has_cjk(message) and "北京市公安局" in message and "3" in message


def test_relanguage_rebuilds_the_window(qtbot: QtBot, demo_ctx: UiContext, controller: Controller) -> None:
    first = controller.show()
    qtbot.waitExposed(first)
    en_rail = rail_texts(first)
    first.rail.setCurrentRow(6)
    demo_ctx.settings.set("language", "zh_CN")
    controller.relanguage()
    second = controller.window
    assert second is not None and second is not first
    assert not first.isVisible()
    assert second.isVisible()
    zh_rail = rail_texts(second)
    assert all(has_cjk(t) for t in zh_rail), zh_rail
    assert zh_rail != en_rail
    assert second.stack.currentIndex() == 6, "the officer stays on the panel they were using"
    assert i18n.is_chinese()
    # And back again.
    demo_ctx.settings.set("language", "en")
    controller.relanguage()
    third = controller.window
    assert third is not None and third is not second
    assert rail_texts(third) == en_rail
    settle(demo_ctx)


def test_relanguage_keeps_each_panels_search(qtbot: QtBot, demo_ctx: UiContext, controller: Controller) -> None:
    first = controller.show()
    qtbot.waitExposed(first)
    typed = {}
    for index, panel in enumerate(first.panels):
        if panel.search is not None and panel.search.isEnabled():
            first.rail.setCurrentRow(index)
            panel.focus_search()
            qtbot.keyClicks(panel.search, f"road {index}")
            typed[index] = f"road {index}"
    assert len(typed) >= 2  # incidents and the directory at least
    demo_ctx.settings.set("language", "zh_CN")
    controller.relanguage()
    second = controller.window
    assert second is not None and second is not first
    kept = {i: p.search.text() for i, p in enumerate(second.panels) if p.search is not None and p.search.text()}
    assert kept == typed
    settle(demo_ctx)


def test_settings_dialog_switches_the_language(qtbot: QtBot, demo_ctx: UiContext, controller: Controller,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def choose_chinese(dialog: SettingsDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
        dialog.save()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", choose_chinese)
    first = controller.show()
    activate(qtbot, first)
    settle(demo_ctx)  # see test_relanguage_while_a_panel_is_loading for why
    ctrl(qtbot, first, Qt.Key.Key_Comma)  # Ctrl+, opens the settings
    second = controller.window
    assert second is not None and second is not first, "Ctrl+, then Save rebuilt the window"
    assert all(has_cjk(t) for t in rail_texts(second))
    assert demo_ctx.settings.get("language") == "zh_CN"
    settle(demo_ctx)


def test_role_and_kind_names_are_translated(qtbot: QtBot, demo_ctx: UiContext) -> None:
    i18n.install("zh_CN")
    for role in Role:
        assert has_cjk(role_name(role)), role
    for kind in OrgKind:
        assert has_cjk(org_kind_name(kind)), kind
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    assert "Administrator" not in window.user_label.text()
    assert has_cjk(window.user_label.text().split("·")[-1])


def test_shortcuts_read_as_their_keycaps_in_chinese(qtbot: QtBot, demo_ctx: UiContext) -> None:
    window = build(qtbot, demo_ctx, "zh_CN")
    texts = [b.text() for panel in window.panels for b in panel.findChildren(QAbstractButton)]
    assert any(t.endswith("Alt+Left") for t in texts)  # the roster's "earlier"
    assert not [t for t in texts if "方向" in t or "向左" in t]  # Qt's native text: 'Alt+左方向'


def test_qts_own_file_dialog_speaks_chinese(qtbot: QtBot, demo_ctx: UiContext, tmp_path: Path) -> None:
    folder = tmp_path / "files"
    (folder / "sub").mkdir(parents=True)
    build(qtbot, demo_ctx, "zh_CN")
    assert all(has_cjk(word) for word in qt_words())
    dialog = QFileDialog(None, "", str(folder), "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert len(labels) == 3 and all(has_cjk(text) for text in labels), labels  # '&Look in:' in Qt 6.11
    [view] = dialog.findChildren(QTreeView)
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 1)  # read by the model's own thread
    assert model.index(0, 2, view.rootIndex()).data() == "文件夹"


def test_keyboard_help_is_translated(qtbot: QtBot, demo_ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *_a: shown.append(title + text))
    window = build(qtbot, demo_ctx, "zh_CN")
    show_help(window)
    assert len(shown) == 1 and has_cjk(shown[0])


def test_directory_change_after_relanguage_is_harmless(qtbot: QtBot, demo_ctx: UiContext,
                                                       controller: Controller) -> None:
    first = controller.show()
    qtbot.waitExposed(first)
    settle(demo_ctx)
    controller.relanguage()
    settle(demo_ctx)
    demo_ctx.bus.changed.emit(ChangeSet(frozenset({("people", "x")})))  # e.g. a person saved in the new window
    settle(demo_ctx)


def test_relanguage_while_a_panel_is_loading(qtbot: QtBot, demo_ctx: UiContext, controller: Controller,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    slow = directory.counts

    def counts(services: Services, actor: Actor) -> directory.DirectoryCounts:
        release.wait(5)  # a large directory: the Overview's count takes a while
        return slow(services, actor)

    monkeypatch.setattr(directory, "counts", counts)
    controller.show()  # the Overview starts counting
    demo_ctx.settings.set("language", "zh_CN")
    controller.relanguage()  # the officer switches language meanwhile
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    settle(demo_ctx)

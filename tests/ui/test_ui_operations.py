"""ctx.ops: work off the GUI thread, only the newest answer of a query delivered, errors in the interface
language, a write's changes announced by kind and id, and only the panels showing those kinds refreshed."""

import threading

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from ui_support import GuiThreadSql, has_cjk, settle

from duty_desk.domain.changes import ChangeSet
from duty_desk.domain.directory import PersonData
from duty_desk.domain.validation import ValidationError
from duty_desk.services import directory, incidents
from duty_desk.services.errors import PermissionDenied
from duty_desk.ui import i18n
from duty_desk.ui.context import UiContext
from duty_desk.ui.forms_support import refusal_text
from duty_desk.ui.main_window import MainWindow
from duty_desk.ui.operations import Failure
from duty_desk.ui.panels.directory import DirectoryPanel
from duty_desk.ui.panels.incidents import IncidentsPanel
from duty_desk.ui.panels.roster import RosterPanel


def test_a_newer_query_supersedes_an_older_one_that_finishes_last(qtbot: QtBot, demo_ctx: UiContext) -> None:
    owner = QObject()
    release = threading.Event()
    threads: list[threading.Thread] = []
    delivered: list[str] = []

    def slow() -> str:
        threads.append(threading.current_thread())
        release.wait(5)
        return "first"

    def fast() -> str:
        threads.append(threading.current_thread())
        return "second"

    demo_ctx.ops.query(owner, slow, delivered.append)
    demo_ctx.ops.query(owner, fast, delivered.append)
    qtbot.waitUntil(lambda: delivered == ["second"])  # the second is in; the first still waits
    release.set()  # the first finishes last
    settle(demo_ctx)
    assert delivered == ["second"]
    assert threading.main_thread() not in threads  # both ran off the GUI thread


def test_queries_of_other_keys_or_owners_are_all_delivered(demo_ctx: UiContext) -> None:
    one, two = QObject(), QObject()
    delivered: list[str] = []
    demo_ctx.ops.query(one, lambda: "list", delivered.append, key="list")
    demo_ctx.ops.query(one, lambda: "timeline", delivered.append, key="timeline")
    demo_ctx.ops.query(two, lambda: "other", delivered.append, key="list")
    settle(demo_ctx)
    assert sorted(delivered) == ["list", "other", "timeline"]


def test_an_owner_destroyed_meanwhile_gets_nothing(qtbot: QtBot, demo_ctx: UiContext) -> None:
    owner = QWidget()
    release = threading.Event()
    delivered: list[object] = []
    demo_ctx.ops.query(owner, lambda: release.wait(5), delivered.append, delivered.append)
    demo_ctx.ops.write(owner, lambda: release.wait(5), delivered.append, delivered.append)
    shiboken6.delete(owner)  # e.g. the window rebuilt in another language meanwhile
    release.set()
    settle(demo_ctx)
    assert delivered == []


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_refusal_comes_back_in_the_interface_language(demo_ctx: UiContext, lang: str) -> None:
    i18n.install(lang)
    owner = QObject()
    failures: list[Failure] = []

    def refused() -> None:
        raise PermissionDenied("reception", "edit_directory")

    demo_ctx.ops.write(owner, refused, None, failures.append)
    demo_ctx.ops.query(owner, lambda: directory.save_person(demo_ctx.services, demo_ctx.actor, PersonData(name="")),
                       lambda _saved: None, failures.append)
    settle(demo_ctx)
    denied, invalid = sorted(failures, key=lambda f: isinstance(f.error, ValidationError))
    assert isinstance(denied.error, PermissionDenied) and isinstance(invalid.error, ValidationError)
    for failure in failures:
        assert failure.text == refusal_text(failure.error) and failure.text != str(failure.error)
        assert has_cjk(failure.text) == (lang == "zh_CN")


def test_a_write_announces_the_kinds_and_ids_it_changed(qtbot: QtBot, demo_ctx: UiContext) -> None:
    owner = QObject()
    saved: list[str] = []
    with qtbot.waitSignal(demo_ctx.bus.changed, timeout=5000) as changed:
        demo_ctx.ops.write(owner, lambda: directory.save_person(demo_ctx.services, demo_ctx.actor,
                                                                PersonData(name="测试员")), saved.append)
    settle(demo_ctx)
    [changes] = changed.args
    assert isinstance(changes, ChangeSet)
    assert changes.kinds == {"people", "audit_log"} and changes.ids("people") == set(saved)
    with qtbot.assertNotEmitted(demo_ctx.bus.changed):  # a read changes nothing: nobody refreshes
        demo_ctx.ops.write(owner, lambda: directory.organisations(demo_ctx.services, demo_ctx.actor))
        settle(demo_ctx)


def test_only_the_panels_showing_a_changed_kind_refresh(qtbot: QtBot, demo_ctx: UiContext,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    panels = {type(p): p for p in window.panels}
    window.rail.setCurrentRow(window.panels.index(panels[IncidentsPanel]))
    settle(demo_ctx)
    refreshed: list[str] = []
    for kind in (IncidentsPanel, DirectoryPanel, RosterPanel):
        monkeypatch.setattr(panels[kind], "refresh", lambda name=kind.__name__: refreshed.append(name))
    shown = panels[IncidentsPanel]
    assert isinstance(shown, IncidentsPanel)
    view = shown.model.rows[0].view
    demo_ctx.ops.write(window, lambda: incidents.update(demo_ctx.services, demo_ctx.actor, view.id,
                                                        summary=view.data.summary + "（更正）"))
    settle(demo_ctx)
    assert refreshed == ["IncidentsPanel"]  # not the directory, not the roster
    refreshed.clear()
    demo_ctx.ops.write(window, lambda: directory.save_person(demo_ctx.services, demo_ctx.actor,
                                                             PersonData(name="测试员")))
    settle(demo_ctx)
    assert sorted(refreshed) == ["DirectoryPanel", "RosterPanel"]  # the roster shows people's names


def test_the_hook_fails_sql_the_ui_runs_on_the_gui_thread(qtbot: QtBot, demo_ctx: UiContext,
                                                          gui_thread_sql: GuiThreadSql) -> None:
    window = MainWindow(demo_ctx)  # logging in and opening the window may query; from now on the UI may not
    qtbot.addWidget(window)
    settle(demo_ctx)
    panel = next(p for p in window.panels if isinstance(p, IncidentsPanel))
    read_a_page = panel.model.page(0, 10)  # the UI's own read, run here on the GUI thread instead of in ctx.ops
    with pytest.raises(AssertionError, match="SQL on the GUI thread"):
        read_a_page()
    assert gui_thread_sql.caught
    gui_thread_sql.caught.clear()  # caught as it should be: not this test's failure
    with gui_thread_sql.allowed():
        assert read_a_page()
    assert incidents.get(demo_ctx.services, demo_ctx.actor, panel.model.rows[0].view.id)  # a test's own check

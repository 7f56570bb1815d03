"""GUI test fixtures: an offscreen QApplication made the way the app makes it, real workstation folders.

Every workstation is a real SQLite data folder under tmp_path. Demo data is seeded once per session into a
template folder and copied for each test that needs it (seeding takes seconds; copying milliseconds).
"""

import os
from pathlib import Path

# Offscreen, before anything creates the QApplication. The config file gives the plugin a 1920x1080 screen like the
# duty room's: its default 800x800 screen is narrower than the main window, so restored geometry would be clamped.
# (The platform string is split at ':', so a Windows drive letter rules the config file out there.)
os.environ["QT_QPA_PLATFORM"] = ("offscreen" if os.name == "nt" else
                                 f"offscreen:configfile={Path(__file__).resolve().with_name('offscreen.json')}")

import shutil
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from sqlalchemy.engine import Engine
from ui_support import ADMIN_PASSWORD, ADMIN_USER, DEMO_PASSWORD, DEMO_USER, GuiThreadSql, Shots, Workstation

from duty_desk.services import accounts, demo
from duty_desk.services.context import Services
from duty_desk.storage.database import open_database
from duty_desk.ui import i18n
from duty_desk.ui.app import make_app
from duty_desk.ui.context import UiContext
from duty_desk.ui.main_window import MainWindow


@pytest.fixture(scope="session")
def qapp() -> QApplication:
    """Overrides pytest-qt's qapp: the application as Duty Desk makes it, with the bundled CJK font."""
    return make_app(["duty-desk-tests"])


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """Every test starts (and leaves) the application in English; language tests switch explicitly."""
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A message box or file dialog nobody drives would block the run forever: answer them all with No/Cancel.

    Tests that expect one patch it again (a later monkeypatch wins). This fixture is set up first and torn down
    last, so it also covers widgets pytest-qt closes at teardown (e.g. an editor asking to discard changes).
    """
    shown: list[str] = []

    def answer(kind: str, result: object) -> Callable[..., object]:
        def fake(_parent: object, title: str = "", text: str = "", *_args: object, **_kw: object) -> object:
            shown.append(f"{kind} {title}: {text}")
            return result

        return fake

    no = QMessageBox.StandardButton.No
    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, answer(kind, no))
    monkeypatch.setattr(QMessageBox, "about", answer("about", None))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer("open", ("", "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer("save", ("", "")))
    return shown


@pytest.fixture(autouse=True)
def gui_thread_sql(monkeypatch: pytest.MonkeyPatch) -> Iterator[GuiThreadSql]:
    guard = GuiThreadSql()
    opening = MainWindow.__init__

    def open_window(window: MainWindow, *args: Any, **kwargs: Any) -> None:
        opening(window, *args, **kwargs)
        guard.armed = True

    monkeypatch.setattr(MainWindow, "__init__", open_window)
    event.listen(Engine, "before_cursor_execute", guard.check)
    yield guard
    event.remove(Engine, "before_cursor_execute", guard.check)
    assert not guard.caught, f"SQL ran on the GUI thread: {guard.caught}"  # even where an exception was swallowed


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo-template")
    db = open_database(folder)
    try:
        demo.seed(Services(db))
    finally:
        db.dispose()  # closes every connection, so a copy of the folder (WAL files included) is consistent
    return folder


@pytest.fixture
def open_workstation(qtbot: QtBot) -> Iterator[Callable[[Path], Workstation]]:
    """Open a data folder; at teardown background work is drained before the database is closed.

    Depends on qtbot, so this teardown runs before pytest-qt closes the test's widgets.
    """
    opened: list[Workstation] = []

    def open_(folder: Path) -> Workstation:
        db = open_database(folder)
        ws = Workstation(folder, db, Services(db))
        opened.append(ws)
        return ws

    yield open_
    for ws in opened:
        ws.settle()
    for ws in opened:
        ws.db.dispose()


@pytest.fixture
def empty_ws(tmp_path: Path, open_workstation: Callable[[Path], Workstation]) -> Workstation:
    """A brand-new workstation: no accounts yet."""
    return open_workstation(tmp_path / "empty")


@pytest.fixture
def admin_ws(tmp_path: Path, open_workstation: Callable[[Path], Workstation]) -> Workstation:
    """A workstation with only its first administrator, and an empty directory."""
    ws = open_workstation(tmp_path / "admin")
    accounts.create_first_admin(ws.services, ADMIN_USER, "系统管理员", ADMIN_PASSWORD)
    return ws


@pytest.fixture
def demo_ws(tmp_path: Path, demo_template: Path, open_workstation: Callable[[Path], Workstation]) -> Workstation:
    """A copy of the seeded demo workstation (7 accounts, 49 organisations, 109 people)."""
    folder = tmp_path / "demo"
    shutil.copytree(demo_template, folder)
    return open_workstation(folder)


@pytest.fixture
def demo_ctx(demo_ws: Workstation) -> UiContext:
    """The demo administrator logged in on the demo workstation."""
    return demo_ws.context(demo_ws.login(DEMO_USER, DEMO_PASSWORD))


@pytest.fixture
def auditor_ctx(demo_ws: Workstation) -> UiContext:
    """The demo audit administrator: since the split (三员分立) the administrator who reads the trail."""
    password = next(p for name, _, _, p in demo.DEMO_ACCOUNTS if name == "auditor")
    return demo_ws.context(demo_ws.login("auditor", password))


@pytest.fixture
def admin_ctx(admin_ws: Workstation) -> UiContext:
    return admin_ws.context(admin_ws.login(ADMIN_USER, ADMIN_PASSWORD))


@pytest.fixture
def shots() -> Shots:
    return Shots()

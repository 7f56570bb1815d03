"""Helpers shared by the GUI tests (fixtures live in conftest.py)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before a QApplication exists

import re
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTableWidget, QTableWidgetItem, QWidget
from pytestqt.qtbot import QtBot

import duty_desk.ui
from duty_desk.services import accounts, demo
from duty_desk.services.context import Actor, Services
from duty_desk.settings import SettingsStore
from duty_desk.storage.database import Database
from duty_desk.ui.background import Background, DataBus
from duty_desk.ui.context import UiContext

if TYPE_CHECKING:
    from duty_desk.ui.panels.incidents import IncidentsPanel

ADMIN_USER = "admin"
ADMIN_PASSWORD = "Office-key-2026"
DEMO_USER, _DEMO_DISPLAY, _DEMO_ROLE, DEMO_PASSWORD = demo.DEMO_ACCOUNTS[0]
SHOTS_ENV = "DUTY_DESK_SCREENSHOTS"
CTRL = Qt.KeyboardModifier.ControlModifier


def has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@dataclass
class Workstation:
    """One workstation's data folder, its open database and the services over it."""

    data_dir: Path
    db: Database
    services: Services
    contexts: list[UiContext] = field(default_factory=list)

    def login(self, username: str, password: str) -> Actor:
        return accounts.authenticate(self.services, username, password)

    def context(self, actor: Actor, demo_mode: bool = False) -> UiContext:
        ctx = UiContext(self.services, actor, SettingsStore(self.data_dir), self.data_dir, DataBus(), Background(),
                        demo=demo_mode)
        self.contexts.append(ctx)
        return ctx

    def settle(self) -> None:
        settle(*self.contexts)


def settle(*contexts: UiContext) -> None:
    """Let background work finish and deliver its results to the GUI thread, and the work those results start
    in turn (a write's change reloads the panels showing it)."""
    for _round in range(20):
        for ctx in contexts:
            ctx.background.wait(10000)
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        if not any(ctx.background.undelivered() for ctx in contexts):
            return


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Show a top-level widget and make it the active window, so keyboard shortcuts reach it."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.raise_()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=3000)


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def click_save(dialog: QWidget) -> None:
    """Press the dialog's Save button, as a mouse would."""
    [box] = dialog.findChildren(QDialogButtonBox)
    button = box.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    button.click()


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type as an officer does: ASCII key by key, Chinese through the input method (each phrase committed whole).

    QTest can simulate keys only for ASCII characters; on a real keyboard Chinese comes from an IME as well.
    """
    for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)


def ctrl(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    """Ctrl+key, sent where the keyboard focus is (as a real key press would be)."""
    qtbot.keyClick(QApplication.focusWidget() or widget, key, CTRL)


class Shots:
    """Saves PNGs into $DUTY_DESK_SCREENSHOTS when it is set; grabs (and checks) the widget either way."""

    def __init__(self) -> None:
        env = os.environ.get(SHOTS_ENV, "").strip()
        self.folder = Path(env) if env else None
        if self.folder is not None:
            self.folder.mkdir(parents=True, exist_ok=True)

    def save(self, widget: QWidget, name: str) -> Path | None:
        QCoreApplication.processEvents()
        pixmap = widget.grab()
        assert not pixmap.isNull() and pixmap.width() > 0, f"could not grab {name}"
        if self.folder is None:
            return None
        path = self.folder / (re.sub(r"[^A-Za-z0-9_.-]+", "-", name) + ".png")
        assert pixmap.save(str(path), "PNG"), f"could not write {path}"
        return path


UI_PACKAGE = str(Path(duty_desk.ui.__file__).resolve().parent)
TESTS = str(Path(__file__).resolve().parent)  # this file lives in tests/ itself


def _asked_by_the_ui() -> bool:
    """Whether the innermost caller outside services, storage, SQLAlchemy and the standard library is UI code.
    A test's own service call (to set up or check the database) is not the application's; a panel's is."""
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename
        if name.startswith(UI_PACKAGE):
            return True
        if name.startswith(TESTS):
            return False
        frame = frame.f_back  # type: ignore[assignment]
    return False


class GuiThreadSql:
    """Fails any SQL statement the UI issues on the GUI thread once a main window is open (all of it belongs
    in ctx.ops). Logging in and opening the first window may query; `allowed()` lets a test's setup do more."""

    def __init__(self) -> None:
        self.armed = False
        self._allowed = 0
        self.caught: list[str] = []

    def check(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if (self.armed and not self._allowed and threading.current_thread() is threading.main_thread()
                and _asked_by_the_ui()):
            self.caught.append(statement)
            raise AssertionError(f"SQL on the GUI thread while the main window is open: {statement[:200]}")

    @contextmanager
    def allowed(self) -> Iterator[None]:
        self._allowed += 1
        try:
            yield
        finally:
            self._allowed -= 1


def incidents_panel(qtbot: QtBot, ctx: UiContext, size: tuple[int, int] | None = None) -> "IncidentsPanel":
    """A main window (of `size`, when given) opened on Incidents with Ctrl+4, its list and the selected
    incident's detail loaded."""
    from duty_desk.ui.main_window import MainWindow  # here: most helpers need no window
    from duty_desk.ui.panels.incidents import IncidentsPanel  # the class itself, at run time

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    activate(qtbot, window)
    ctrl(qtbot, window, Qt.Key.Key_4)
    panel = window.current_panel()
    assert isinstance(panel, IncidentsPanel)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    settle(ctx)  # the selected incident's timeline and attachments too
    return panel


W = TypeVar("W", bound=QWidget)


class WhenModal(Generic[W]):
    """Once a modal `kind` is up (its exec() holds the test until it closes), `act` on it; `seen` lists what came
    up. Watches until the first one, or until `stop()`."""

    def __init__(self, kind: type[W], act: Callable[[W], None]) -> None:
        self.seen: list[W] = []
        self.stopped = False
        self.kind, self.act = kind, act
        QTimer.singleShot(0, lambda: self._poll(500))

    def _poll(self, tries: int) -> None:
        if self.stopped:
            return
        widget = QApplication.activeModalWidget()
        if isinstance(widget, self.kind) and widget.isVisible():
            self.seen.append(widget)
            self.act(widget)
        elif tries:
            QTimer.singleShot(10, lambda: self._poll(tries - 1))

    def stop(self) -> None:
        self.stopped = True

"""Every role in the real main window: only the panels and actions it may use, and not one refused call.

Each demo role logs in on a copy of the demo workstation after an officer left the window on Incidents, visits
every panel it sees, presses every enabled button there and triggers every enabled menu action (a dialog opened
is shown, let load and closed). A refusal is any PermissionDenied the services make, caught or not.
"""

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QDialog, QInputDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot
from ui_support import Workstation, activate, settle

from duty_desk.domain.roles import Role
from duty_desk.services import demo, errors
from duty_desk.ui.context import UiContext
from duty_desk.ui.main_window import MainWindow
from duty_desk.ui.panels.overview import OverviewPanel

PASSWORDS = {role: (name, password) for name, _display, role, password in demo.DEMO_ACCOUNTS}
SKIPPED_ACTIONS = {"&Quit", "&Log out and switch user"}  # they end the session the test is walking through


@pytest.fixture
def refusals(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every PermissionDenied a service makes, whether or not the UI catches it."""
    made: list[str] = []
    opening = errors.PermissionDenied.__init__

    def record(self: errors.PermissionDenied, *args: object, **kwargs: object) -> None:
        made.append(repr(args))
        opening(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(errors.PermissionDenied, "__init__", record)
    yield made


@pytest.fixture
def dialogs_load_and_close(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A dialog opened from a menu or a button is shown, its loading finished, and cancelled."""
    opened: list[str] = []

    def exec_(dialog: QDialog) -> int:
        opened.append(type(dialog).__name__)
        dialog.show()
        for ctx in _contexts:
            settle(ctx)
        dialog.reject()
        return 0

    def open_(dialog: QDialog) -> None:  # a window-modal one, as Print's preview: its actions leave with it
        exec_(dialog)
        dialog.setParent(None)

    monkeypatch.setattr(QDialog, "exec", exec_)
    monkeypatch.setattr(QPrintPreviewDialog, "open", open_)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a, **_k: ("", False))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("", False))
    return opened


_contexts: list[UiContext] = []


def _role_window(qtbot: QtBot, ws: Workstation, role: Role) -> tuple[MainWindow, UiContext]:
    # The officer before them left the window on Incidents.
    officer = ws.context(ws.login(*PASSWORDS[Role.DUTY_OFFICER]))
    first = MainWindow(officer)
    qtbot.addWidget(first)
    first.rail.setCurrentRow([s.key for s in first.specs].index("incidents"))
    settle(officer)
    first.close()
    ctx = ws.context(ws.login(*PASSWORDS[role]))
    _contexts[:] = [ctx]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    activate(qtbot, window)
    return window, ctx


def _enabled_buttons(widget: QWidget) -> list[QAbstractButton]:
    return [b for b in widget.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()]


def _select_first_rows(panel: QWidget) -> None:
    for view in panel.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() > 0:
            view.setCurrentIndex(model.index(0, 0))


@pytest.mark.parametrize("role", list(Role))
def test_each_role_sees_only_what_it_may_and_nothing_is_refused(
        qtbot: QtBot, demo_ws: Workstation, role: Role, refusals: list[str], dialogs_load_and_close: list[str],
        capsys: pytest.CaptureFixture[str]) -> None:
    if role not in PASSWORDS:
        pytest.skip(f"no demo account has the role {role}")
    window, ctx = _role_window(qtbot, demo_ws, role)
    settle(ctx)
    keys = [s.key for s in window.specs]
    assert keys[window.rail.currentRow()] == ("incidents" if "incidents" in keys else "overview")
    assert window.current_panel() is window.panels[window.rail.currentRow()]
    for index, panel in enumerate(window.panels):
        window.rail.setCurrentRow(index)
        settle(ctx)
        assert panel.isVisible()
        _select_first_rows(panel)  # actions on a selected record are enabled only then
        settle(ctx)
        for button in _enabled_buttons(panel):
            button.click()
            settle(ctx)
    window.rail.setCurrentRow(0)
    shown = [a for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()
             if a.isVisible() and not a.isSeparator()]
    assert all(a.isEnabled() for a in shown), [a.text() for a in shown if not a.isEnabled()]  # none it may not use
    for action in window.findChildren(QAction):
        if action.isEnabled() and action.isVisible() and action.menu() is None and action.text() not in SKIPPED_ACTIONS:
            action.trigger()
            settle(ctx)
    overview = window.panels[0]
    assert isinstance(overview, OverviewPanel)
    assert overview.attention.text.text() != overview.tr("Checking what needs attention…") or overview.items.count()
    assert refusals == [], f"{role}: refused calls {refusals}"
    err = capsys.readouterr().err
    assert "PermissionDenied" not in err and "Traceback" not in err, err

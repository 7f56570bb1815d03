"""What needs attention, in the window: the banner, the rail badges, the Overview card and the notifications
read every attention source the role may see, and each item opens its record; the panels a role sees."""

from datetime import datetime, timedelta

import pytest
from account_support import add_and_log_in
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot
from ui_support import ADMIN_PASSWORD, ADMIN_USER, Workstation, activate, ctrl

from duty_desk.domain.deadline import Deadline
from duty_desk.domain.incidents import Severity, Source
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.roles import Action, Role
from duty_desk.domain.timefmt import utcnow
from duty_desk.services import attention, incidents
from duty_desk.services.attention import AttentionItem, AttentionSource
from duty_desk.services.context import Actor, Services
from duty_desk.services.incident_attention import INCIDENT
from duty_desk.ui import panel_registry
from duty_desk.ui.context import UiContext
from duty_desk.ui.main_window import MainWindow
from duty_desk.ui.panel_registry import PanelSpec
from duty_desk.ui.panels.base import Panel
from duty_desk.ui.panels.directory import DirectoryPanel
from duty_desk.ui.panels.incidents import IncidentsPanel
from duty_desk.ui.panels.overview import OverviewPanel

SUMMARY = "化工厂泄漏事件"


def _window(qtbot: QtBot, ctx: UiContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    activate(qtbot, window)
    return window


def _login(ws: Workstation, username: str, role: Role) -> UiContext:
    admin = ws.login(ADMIN_USER, ADMIN_PASSWORD)
    return ws.context(add_and_log_in(ws.services, admin, username, username.title(), role, "user-password-1"))


@pytest.fixture
def overdue(admin_ws: Workstation) -> tuple[str, str]:
    """A level I incident received an hour ago, nothing reported: its telephone report is 45 minutes overdue.
    Returns (id, number)."""
    admin = admin_ws.login(ADMIN_USER, ADMIN_PASSWORD)
    data = IncidentData(received_at=utcnow() - timedelta(hours=1), source=Source.PHONE, summary=SUMMARY,
                        severity=Severity.I)
    incident_id, _ = incidents.register(admin_ws.services, admin, data)
    return incident_id, incidents.get(admin_ws.services, admin, incident_id).number


def _overview(window: MainWindow) -> OverviewPanel:
    [overview] = [p for p in window.panels if isinstance(p, OverviewPanel)]
    return overview


def _rail_texts(window: MainWindow) -> list[str]:
    return [window.rail.item(i).text() for i in range(window.rail.count())]


def test_reception_sees_neither_the_incidents_panel_nor_any_incident_attention(
        qtbot: QtBot, admin_ws: Workstation, overdue: tuple[str, str]) -> None:
    window = _window(qtbot, _login(admin_ws, "desk", Role.RECEPTION))
    assert not any(isinstance(p, IncidentsPanel) for p in window.panels)
    # Overview, roster, visitors, directory.
    assert window.rail.count() == window.stack.count() == len(window.panels) == 4
    assert not any(t.startswith("Incidents") for t in _rail_texts(window))
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert isinstance(view, QMenu)
    shortcuts = {a.shortcut().toString(): a.iconText() for a in view.actions() if not a.isSeparator()}
    assert "Incidents" not in shortcuts.values()
    assert shortcuts["Ctrl+4"] == "Directory"  # Ctrl+digits follow the panels this role sees
    ctrl(qtbot, window, Qt.Key.Key_4)
    assert isinstance(window.current_panel(), DirectoryPanel)
    overview = _overview(window)
    qtbot.waitUntil(lambda: "Nothing needs attention" in overview.attention.text.text(), timeout=5000)
    assert window.attention.latest == []
    assert not window.banner.isVisible()
    assert overdue[1] not in " ".join(_rail_texts(window))
    assert not window.open_record(INCIDENT, overdue[0])  # no panel reception sees opens an incident


def test_an_officer_sees_an_overdue_incident_everywhere_and_the_overview_item_opens_it(
        qtbot: QtBot, admin_ws: Workstation, overdue: tuple[str, str]) -> None:
    incident_id, number = overdue
    window = _window(qtbot, _login(admin_ws, "officer", Role.DUTY_OFFICER))
    qtbot.waitUntil(window.banner.isVisible, timeout=5000)
    assert number in window.banner.text() and "overdue" in window.banner.text()
    # Telephone and written reports overdue; the daily follow-up too when 08:00 or 17:00 fell in the last 30 min.
    assert {"Incidents (2)", "Incidents (3)"} & set(_rail_texts(window))
    overview = _overview(window)
    assert overview.items.isVisible() and overview.items.count() >= 1
    first = overview.items.item(0)
    assert number in first.text() and SUMMARY in first.text() and "Telephone report overdue" in first.text()
    rect = overview.items.visualItemRect(first)
    qtbot.mouseClick(overview.items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    panel = window.current_panel()
    assert isinstance(panel, IncidentsPanel)
    qtbot.waitUntil(lambda: panel.table.currentIndex().data(Qt.ItemDataRole.UserRole) == incident_id,
                    timeout=5000)  # the list is read off the GUI thread
    assert number in panel.heading.text()


def test_the_banner_opens_the_incident_even_when_a_search_hides_it(
        qtbot: QtBot, admin_ws: Workstation, overdue: tuple[str, str]) -> None:
    incident_id, _ = overdue
    window = _window(qtbot, _login(admin_ws, "officer", Role.DUTY_OFFICER))
    [panel] = [p for p in window.panels if isinstance(p, IncidentsPanel)]
    window.rail.setCurrentRow(window.panels.index(panel))
    assert panel.search is not None
    panel.search.setText("找不到的字")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=5000)
    window.rail.setCurrentRow(0)
    qtbot.waitUntil(window.banner.isVisible, timeout=5000)
    qtbot.mouseClick(window.banner, Qt.MouseButton.LeftButton)
    assert window.current_panel() is panel
    assert panel.search.text() == ""
    qtbot.waitUntil(lambda: panel.table.currentIndex().data(Qt.ItemDataRole.UserRole) == incident_id,
                    timeout=5000)


def test_an_overview_item_opens_a_drill_the_list_hides(qtbot: QtBot, admin_ws: Workstation) -> None:
    admin = admin_ws.login(ADMIN_USER, ADMIN_PASSWORD)
    data = IncidentData(received_at=utcnow() - timedelta(hours=1), source=Source.PHONE, summary="演练：化工厂泄漏",
                        severity=Severity.II, drill=True)
    drill_id, _ = incidents.register(admin_ws.services, admin, data)
    window = _window(qtbot, _login(admin_ws, "officer", Role.DUTY_OFFICER))
    overview = _overview(window)
    qtbot.waitUntil(lambda: overview.items.count() > 0, timeout=5000)
    assert overview.items.item(0).text().startswith("[DRILL] ")
    [panel] = [p for p in window.panels if isinstance(p, IncidentsPanel)]
    assert not panel.filters.drills.isChecked()  # drills are hidden from the list by default
    overview.items.setCurrentRow(0)
    qtbot.keyClick(overview.items, Qt.Key.Key_Return)
    assert window.current_panel() is panel and panel.filters.drills.isChecked()
    qtbot.waitUntil(lambda: panel.table.currentIndex().data(Qt.ItemDataRole.UserRole) == drill_id, timeout=5000)


class VisitsPanel(Panel):
    """What a later capability's panel would be: it opens its own records."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "Visits (test)", parent)
        self.opened: list[tuple[str, str]] = []

    def open_record(self, kind: str, record_id: str) -> None:
        self.opened.append((kind, record_id))


def _visits(_services: Services, _actor: Actor, now: datetime) -> list[AttentionItem]:
    """Five hours overdue: ahead of any incident's clock."""
    return [AttentionItem("visits", "visit", "v-1", "访客 张三", Deadline(now - timedelta(hours=5),
                                                                       timedelta(minutes=10)))]


@pytest.fixture
def visits_capability(monkeypatch: pytest.MonkeyPatch) -> None:
    """A second source and its panel, registered the way a capability would, and removed afterwards."""
    monkeypatch.setitem(attention.SOURCES, "visits", AttentionSource("visits", Action.VIEW_ROSTER, _visits))
    monkeypatch.setitem(panel_registry.PANELS, "visits_test", PanelSpec(
        "visits_test", 65, "visitors", VisitsPanel, Action.VIEW_ROSTER, badge_sources=("visits",),
        opens=frozenset({"visit"})))


def test_a_registered_source_shows_everywhere_and_opens_its_record(
        qtbot: QtBot, admin_ws: Workstation, overdue: tuple[str, str], visits_capability: None) -> None:
    for role in (Role.RECEPTION, Role.DUTY_OFFICER):  # reception too: the source needs only the roster
        window = MainWindow(_login(admin_ws, role.value, role))
        notified: list[AttentionItem] = []
        window.attention.fell_overdue.connect(notified.append)  # before the first check's answer comes back
        qtbot.addWidget(window)
        activate(qtbot, window)
        [visits] = [p for p in window.panels if isinstance(p, VisitsPanel)]
        row = window.panels.index(visits)
        qtbot.waitUntil(window.banner.isVisible, timeout=5000)
        assert window.rail.item(row).text() == "Visits (test) (1)"
        assert "访客 张三" in window.banner.text() and "overdue 5 h" in window.banner.text()
        overview = _overview(window)
        assert "访客 张三" in overview.items.item(0).text()
        qtbot.waitUntil(lambda: bool(notified))  # noqa: B023 -- waited for within the iteration
        assert notified[0].record_id == "v-1"
        assert (role is Role.RECEPTION) == (overview.items.count() == 1)  # the officer sees the incident too
        overview.items.setCurrentRow(0)
        overview.items.setFocus()
        qtbot.keyClick(overview.items, Qt.Key.Key_Return)
        assert window.current_panel() is visits
        assert visits.opened == [("visit", "v-1")]
        window.close()


def test_a_saved_panel_the_role_may_not_see_falls_back_to_the_first(
        qtbot: QtBot, admin_ws: Workstation) -> None:
    admin_ctx = admin_ws.context(admin_ws.login(ADMIN_USER, ADMIN_PASSWORD))
    first = _window(qtbot, admin_ctx)
    [panel] = [p for p in first.panels if isinstance(p, IncidentsPanel)]
    first.rail.setCurrentRow(first.panels.index(panel))
    first.close()  # saves "incidents" as the last panel
    second = MainWindow(_login(admin_ws, "desk", Role.RECEPTION))
    qtbot.addWidget(second)
    assert second.rail.currentRow() == 0 and isinstance(second.current_panel(), OverviewPanel)
    third = MainWindow(admin_ws.context(admin_ws.login(ADMIN_USER, ADMIN_PASSWORD)))
    qtbot.addWidget(third)
    assert isinstance(third.current_panel(), IncidentsPanel)  # a role that may see it gets it back


def test_the_rail_badge_counts_what_the_banner_counts_and_its_tooltip_says_so(
        qtbot: QtBot, admin_ws: Workstation, overdue: tuple[str, str]) -> None:
    admin = admin_ws.login(ADMIN_USER, ADMIN_PASSWORD)
    soon = IncidentData(received_at=utcnow() - timedelta(minutes=12), source=Source.PHONE, summary="井盖缺失",
                        severity=Severity.I)  # its telephone report is due in 3 minutes: amber
    incidents.register(admin_ws.services, admin, soon)
    window = _window(qtbot, _login(admin_ws, "officer", Role.DUTY_OFFICER))
    qtbot.waitUntil(window.banner.isVisible, timeout=5000)
    [panel] = [p for p in window.panels if isinstance(p, IncidentsPanel)]
    item = window.rail.item(window.panels.index(panel))
    late = int(item.text().rsplit("(", 1)[1].rstrip(")"))
    assert f"✖ {late} deadlines overdue" in window.banner.text()  # the same number, the same thing
    assert item.toolTip() == f"{late} deadlines overdue\n1 due soon"

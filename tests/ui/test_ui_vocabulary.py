"""Screens and printouts say the same thing: every label of the vocabulary, in both languages, as the incidents
panel shows it (a real widget) and as the PDF the same panel saves prints it (read back with pypdf)."""

import io
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from ui_support import activate, ctrl

from duty_desk.domain import vocabulary as V
from duty_desk.domain.incident_views import TimelineKind
from duty_desk.domain.incidents import Category, ReportKind, Severity, Source, Status
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.roles import Role
from duty_desk.domain.roster import Duty, Position
from duty_desk.domain.timefmt import utcnow
from duty_desk.reports.roster_report import RosterEntry
from duty_desk.services import incidents, roster_export
from duty_desk.services.context import Actor, Services
from duty_desk.ui import i18n
from duty_desk.ui import incident_labels as L
from duty_desk.ui import roster_labels as RL
from duty_desk.ui.context import UiContext
from duty_desk.ui.labels import role_name
from duty_desk.ui.main_window import MainWindow
from duty_desk.ui.panels.incidents import IncidentsPanel

FOLLOW_UPS = 23  # past 十: 续报二十三
LANGUAGES = ("en", "zh_CN")


def squash(text: str) -> str:
    """Text without its white space: PDF extraction breaks lines (and Chinese needs no spaces) where it will."""
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> str:
    return squash("".join(page.extract_text() for page in PdfReader(str(path)).pages))


def every_value(services: Services, actor: Actor) -> str:
    """An incident whose history passes through every severity, category, source, status and report kind, with
    23 follow-ups (every source) and a final report."""
    start = utcnow() - timedelta(hours=30)
    incident_id, _ = incidents.register(services, actor, IncidentData(
        received_at=start, source=Source.PHONE, summary="某地发生险情", reporter_unit="某区值班室",
        severity=Severity.UNASSESSED))
    for value in [*Severity, *Category, *Source]:
        field = {Severity: "severity", Category: "category", Source: "source"}[type(value)]
        incidents.update(services, actor, incident_id, reason="verified", **{field: value})  # lowering needs one
    incidents.update(services, actor, incident_id, drill=True)
    incidents.update(services, actor, incident_id, drill=False)
    for status in (Status.HANDLING, Status.CLOSED, Status.HANDLING):  # closed, then reopened
        incidents.set_status(services, actor, incident_id, status, "verified" if status is Status.CLOSED else "")
    sources = list(Source)
    for n in range(FOLLOW_UPS):
        incidents.add_follow_up(services, actor, incident_id, f"第{n + 1}次续报", start + timedelta(minutes=n + 1),
                                sources[n % len(sources)], reporter="王磊" if n % 2 else "")
    incidents.add_follow_up(services, actor, incident_id, "处置完毕", start + timedelta(hours=2), Source.FAX,
                            final=True)
    for n, kind in enumerate(ReportKind):
        for how in Source:
            incidents.record_report(services, actor, incident_id, kind, start + timedelta(minutes=10 * n + 1),
                                    "市政府总值班室", how.value)
    return incident_id


def expected_labels(changes: list[tuple[tuple[str, str], ...]]) -> list[str]:
    """Each label and sentence, as the screen's own label functions say it in the installed language."""
    labels = [L.severity(v) for v in Severity] + [L.category(v) for v in Category] + [L.source(v) for v in Source]
    # An incident's history never goes back to 'new' (the status machine reopens to 'handling'): that label is
    # the list's alone (test_ui_incidents).
    labels += [L.status(v) for v in Status if v is not Status.NEW] + [L.report(v) for v in ReportKind]
    labels += [L.event(TimelineKind.FOLLOW_UP, n) for n in range(1, FOLLOW_UPS + 1)] + [L.event(TimelineKind.FINAL)]
    labels += [L.change_text(c) for c in changes]  # 'Severity: II Serious', 'Drill: yes' …
    labels += [role_name(r) for r in (Role.DUTY_OFFICER, Role.SHIFT_LEADER)]  # the signature lines
    return labels


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_label_on_screen_equals_the_printout(qtbot: QtBot, admin_ctx: UiContext, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    i18n.install(language)
    incident_id = every_value(admin_ctx.services, admin_ctx.actor)
    events = incidents.timeline(admin_ctx.services, admin_ctx.actor, incident_id)
    window = MainWindow(admin_ctx)
    qtbot.addWidget(window)
    activate(qtbot, window)
    ctrl(qtbot, window, Qt.Key.Key_4)
    panel = window.current_panel()
    assert isinstance(panel, IncidentsPanel)
    qtbot.waitUntil(lambda: panel.events.count() == len(events), timeout=10000)
    screen = squash(panel.heading.text() + "".join(panel.events.item(n).text() for n in range(panel.events.count())))
    target = tmp_path / f"report-{language}.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    panel.save_pdf()
    qtbot.waitUntil(target.exists, timeout=10000)
    printed = pdf_text(target)

    labels = expected_labels([e.changes for e in events if e.kind == "change"])
    roles = labels[-2:]
    assert ("二十三" if language == "zh_CN" else "23") in L.event(TimelineKind.FOLLOW_UP, FOLLOW_UPS)
    on_screen = [label for label in labels if squash(label) in screen]
    in_print = [label for label in labels if squash(label) in printed]
    assert on_screen == [label for label in labels if label not in roles]  # the screen has no signature lines
    assert in_print == labels
    for label in labels:  # in the interface language, never the other one
        assert bool(re.search(r"[\u4e00-\u9fff]", label)) == (language == "zh_CN"), label


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_printed_roster_names_positions_and_shifts_as_the_screen(qapp: object, language: str) -> None:
    i18n.install(language)
    day, at = date(2026, 12, 1), datetime(2026, 12, 1, 0, 30, tzinfo=UTC)
    rows = [(Position.LEADER, "day", "罗建平"), (Position.SECRETARY_GENERAL, "day", "周敏"),
            (Position.OFFICER, "day", "李娜"), (Position.OFFICER, "night", "王磊")]
    entries = [RosterEntry(f"d{n}", Duty(f"p{n}", position, day, shift, at, at + timedelta(hours=12)), name, "")
               for n, (position, shift, name) in enumerate(rows)]
    pdf = roster_export.to_pdf(entries, day, day, chinese=language == "zh_CN")
    printed = squash("".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))
    for position in Position:
        assert squash(RL.position(position)) in printed, position
    for shift in ("day", "night"):  # two shifts that day: each name says its shift
        assert squash(V.shift(shift, i18n.language())) in printed, shift

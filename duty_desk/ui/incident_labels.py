"""Words and colours for incident values in the interface language. The words come from domain.vocabulary,
which the printouts share; colour always comes with text or a symbol (monochrome printers, colour blindness)."""

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from duty_desk.domain import vocabulary as V
from duty_desk.domain.deadline import DeadlineState
from duty_desk.domain.deadlines import Clock
from duty_desk.domain.incident_views import TimelineKind
from duty_desk.domain.incidents import Category, ReportKind, Severity, Source, Status
from duty_desk.domain.timefmt import format_beijing
from duty_desk.ui.i18n import language


def _t(text: object) -> str:
    return QCoreApplication.translate("IncidentLabels", str(text))


# The warning colours: red, orange, yellow, blue.
SEVERITY_COLOUR = {Severity.I: "#c62828", Severity.II: "#e65100", Severity.III: "#9a7400", Severity.IV: "#1565c0",
                   Severity.UNASSESSED: "#757575"}
CLOCK_COLOUR = {DeadlineState.OVERDUE: "#c62828", DeadlineState.DUE_SOON: "#e65100", DeadlineState.PENDING: "",
                DeadlineState.DONE: "#2e7d32"}


def severity(value: Severity) -> str:
    return V.label(value, language())


def category(value: Category | None) -> str:
    return V.label(value, language()) if value else V.sentence("not_known", language())


def source(value: Source) -> str:
    return V.label(value, language())


def status(value: Status) -> str:
    return V.label(value, language())


def report(value: ReportKind) -> str:
    return V.label(value, language())


def event(kind: TimelineKind, number: int | None = None) -> str:
    """A timeline event's name, e.g. '续报十二' / 'Follow-up report 12'."""
    return V.event(kind, language(), number)


def duration(seconds: float) -> str:
    """'12 min', '2 h 5 min' in the interface language."""
    minutes = int(abs(seconds)) // 60
    hours, mins = divmod(minutes, 60)
    if hours and mins:
        return _t(QT_TRANSLATE_NOOP("IncidentLabels", "{hours} h {minutes} min")).format(hours=hours, minutes=mins)
    if hours:
        return _t(QT_TRANSLATE_NOOP("IncidentLabels", "{hours} h")).format(hours=hours)
    return _t(QT_TRANSLATE_NOOP("IncidentLabels", "{minutes} min")).format(minutes=mins)


def clock_text(kind: ReportKind, state: DeadlineState, seconds_left: float) -> str:
    """E.g. '▲ Written report due in 4 min' / '✖ Telephone report overdue 12 min' / '✔ Telephone report made'."""
    what = report(kind)
    if state is DeadlineState.DONE:
        return _t(QT_TRANSLATE_NOOP("IncidentLabels", "✔ {what} made")).format(what=what)
    if state is DeadlineState.OVERDUE:
        return _t(QT_TRANSLATE_NOOP("IncidentLabels", "✖ {what} overdue {time}")).format(
            what=what, time=duration(seconds_left))
    mark = "▲" if state is DeadlineState.DUE_SOON else "○"  # shapes the bundled font has
    return _t(QT_TRANSLATE_NOOP("IncidentLabels", "{mark} {what} due in {time}")).format(
        mark=mark, what=what, time=duration(seconds_left))


def clock_line(clock: Clock, now: datetime) -> str:
    """A clock in the incident's detail: a report made says when it was made, its deadline beside it, labelled."""
    text = clock_text(clock.kind, clock.state(now), clock.seconds_left(now))
    due = format_beijing(clock.due)
    if clock.done_at is not None:
        return _t(QT_TRANSLATE_NOOP("IncidentLabels", "{clock} at {made} (deadline {due})")).format(
            clock=text, made=format_beijing(clock.done_at), due=due)
    return _t(QT_TRANSLATE_NOOP("IncidentLabels", "{clock} (deadline {due})")).format(clock=text, due=due)


def change_text(changes: Sequence[tuple[str, str]]) -> str:
    """E.g. 'Severity: II Serious; Status: Closed'."""
    return V.change_text(changes, language())


def report_made_text(kind: str, to_whom: str, how: str) -> str:
    """E.g. 'Telephone report to 市政府总值班室 (Phone)'."""
    return V.report_made_text(kind, to_whom, how, language())

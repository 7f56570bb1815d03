"""Words and colours for incident values; colour always comes with text or a symbol (monochrome printers,
colour blindness)."""

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from duty_desk.domain.deadline import DeadlineState
from duty_desk.domain.incidents import Category, ReportKind, Severity, Source, Status
from duty_desk.domain.places import district_name
from duty_desk.domain.timefmt import format_stored
from duty_desk.ui.i18n import is_chinese


def _t(text: object) -> str:
    return QCoreApplication.translate("IncidentLabels", str(text))


SEVERITY = {
    Severity.I: QT_TRANSLATE_NOOP("IncidentLabels", "I Especially serious"),
    Severity.II: QT_TRANSLATE_NOOP("IncidentLabels", "II Serious"),
    Severity.III: QT_TRANSLATE_NOOP("IncidentLabels", "III Relatively serious"),
    Severity.IV: QT_TRANSLATE_NOOP("IncidentLabels", "IV Ordinary"),
    Severity.UNASSESSED: QT_TRANSLATE_NOOP("IncidentLabels", "Not yet assessed"),
}
# The warning colours: red, orange, yellow, blue.
SEVERITY_COLOUR = {Severity.I: "#c62828", Severity.II: "#e65100", Severity.III: "#9a7400", Severity.IV: "#1565c0",
                   Severity.UNASSESSED: "#757575"}
CATEGORY = {
    Category.NATURAL_DISASTER: QT_TRANSLATE_NOOP("IncidentLabels", "Natural disaster"),
    Category.ACCIDENT: QT_TRANSLATE_NOOP("IncidentLabels", "Accident"),
    Category.PUBLIC_HEALTH: QT_TRANSLATE_NOOP("IncidentLabels", "Public health"),
    Category.SOCIAL_SECURITY: QT_TRANSLATE_NOOP("IncidentLabels", "Social security"),
}
SOURCE = {
    Source.PHONE: QT_TRANSLATE_NOOP("IncidentLabels", "Phone"),
    Source.FAX: QT_TRANSLATE_NOOP("IncidentLabels", "Fax"),
    Source.SECURE_LINE: QT_TRANSLATE_NOOP("IncidentLabels", "Secure line"),
    Source.SYSTEM: QT_TRANSLATE_NOOP("IncidentLabels", "System push"),
    Source.WALK_IN: QT_TRANSLATE_NOOP("IncidentLabels", "Walk-in"),
    Source.MEDIA: QT_TRANSLATE_NOOP("IncidentLabels", "Media / online"),
}
STATUS = {
    Status.NEW: QT_TRANSLATE_NOOP("IncidentLabels", "New"),
    Status.HANDLING: QT_TRANSLATE_NOOP("IncidentLabels", "Being handled"),
    Status.CLOSED: QT_TRANSLATE_NOOP("IncidentLabels", "Closed"),
}
REPORT = {
    ReportKind.TELEPHONE: QT_TRANSLATE_NOOP("IncidentLabels", "Telephone report"),
    ReportKind.WRITTEN: QT_TRANSLATE_NOOP("IncidentLabels", "Written report"),
    ReportKind.FOLLOW_UP: QT_TRANSLATE_NOOP("IncidentLabels", "Follow-up report"),
}
# The fields a change in the timeline may name.
FIELDS = {
    "received_at": QT_TRANSLATE_NOOP("IncidentLabels", "Received"),
    "source": QT_TRANSLATE_NOOP("IncidentLabels", "Source"),
    "reporter_unit": QT_TRANSLATE_NOOP("IncidentLabels", "Reporting unit"),
    "reporter_name": QT_TRANSLATE_NOOP("IncidentLabels", "Reporter"),
    "reporter_title": QT_TRANSLATE_NOOP("IncidentLabels", "Reporter's title"),
    "reporter_phone": QT_TRANSLATE_NOOP("IncidentLabels", "Reporter's phone"),
    "occurred_at": QT_TRANSLATE_NOOP("IncidentLabels", "Occurred"),
    "district_code": QT_TRANSLATE_NOOP("IncidentLabels", "District"),
    "address": QT_TRANSLATE_NOOP("IncidentLabels", "Address"),
    "category": QT_TRANSLATE_NOOP("IncidentLabels", "Category"),
    "severity": QT_TRANSLATE_NOOP("IncidentLabels", "Severity"),
    "summary": QT_TRANSLATE_NOOP("IncidentLabels", "What happened"),
    "scope": QT_TRANSLATE_NOOP("IncidentLabels", "Scope"),
    "dead": QT_TRANSLATE_NOOP("IncidentLabels", "Dead"),
    "injured": QT_TRANSLATE_NOOP("IncidentLabels", "Injured"),
    "missing": QT_TRANSLATE_NOOP("IncidentLabels", "Missing"),
    "trapped": QT_TRANSLATE_NOOP("IncidentLabels", "Trapped"),
    "losses": QT_TRANSLATE_NOOP("IncidentLabels", "Property losses"),
    "trend": QT_TRANSLATE_NOOP("IncidentLabels", "Trend"),
    "measures": QT_TRANSLATE_NOOP("IncidentLabels", "Measures taken"),
    "commander": QT_TRANSLATE_NOOP("IncidentLabels", "On-site commander"),
    "requests": QT_TRANSLATE_NOOP("IncidentLabels", "Requests"),
    "notified": QT_TRANSLATE_NOOP("IncidentLabels", "Already notified"),
    "drill": QT_TRANSLATE_NOOP("IncidentLabels", "Drill"),
    "status": QT_TRANSLATE_NOOP("IncidentLabels", "Status"),
    "status_reason": QT_TRANSLATE_NOOP("IncidentLabels", "Reason"),
    "duplicate_of": QT_TRANSLATE_NOOP("IncidentLabels", "Further report of"),
}
CLOCK_COLOUR = {DeadlineState.OVERDUE: "#c62828", DeadlineState.DUE_SOON: "#e65100", DeadlineState.PENDING: "",
                DeadlineState.DONE: "#2e7d32"}


def severity(value: Severity) -> str:
    return _t(SEVERITY[value])


def category(value: Category | None) -> str:
    return _t(CATEGORY[value]) if value else _t(QT_TRANSLATE_NOOP("IncidentLabels", "Not yet known"))


def source(value: Source) -> str:
    return _t(SOURCE[value])


def status(value: Status) -> str:
    return _t(STATUS[value])


def report(value: ReportKind) -> str:
    return _t(REPORT[value])


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


def _value(key: str, value: str) -> str:
    vocabulary = {"source": (Source, source), "category": (Category, category), "severity": (Severity, severity),
                  "status": (Status, status)}
    if key in vocabulary:
        kind, word = vocabulary[key]
        return word(kind(value)) if value in set(kind) else value  # type: ignore[operator]
    if key == "district_code" and value:
        return district_name(value, is_chinese())
    if key == "drill":
        return _t(QT_TRANSLATE_NOOP("IncidentLabels", "yes")) if value == "True" else _t(
            QT_TRANSLATE_NOOP("IncidentLabels", "no"))
    return format_stored(value) if key.endswith("_at") and value else value


def change_text(changes: Sequence[tuple[str, str]]) -> str:
    """E.g. 'Severity: II Serious; Status: Closed'."""
    one = _t(QT_TRANSLATE_NOOP("IncidentLabels", "{field}: {value}"))
    parts = [one.format(field=_t(FIELDS[k]) if k in FIELDS else k, value=_value(k, v)) for k, v in changes]
    return _t(QT_TRANSLATE_NOOP("IncidentLabels", "; ")).join(parts)


def report_made_text(kind: str, to_whom: str, how: str) -> str:
    """E.g. 'Telephone report to 市政府总值班室 (Phone)'."""
    return _t(QT_TRANSLATE_NOOP("IncidentLabels", "{report} to {to} ({how})")).format(
        report=report(ReportKind(kind)) if kind in set(ReportKind) else kind, to=to_whom,
        how=source(Source(how)) if how in set(Source) else how)

"""Words for the roster: positions (from domain.vocabulary, shared with the printed roster), and one line
saying who is on duty now and who is next."""

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from duty_desk.domain import vocabulary as V
from duty_desk.domain.roster import Position, SignKind
from duty_desk.domain.timefmt import beijing
from duty_desk.services.roster import DutyRow
from duty_desk.ui.i18n import language

ORDER = V.POSITION_ORDER
SIGNED_IN, SIGNED_OUT = "✓", "✓✓"  # marks after a name on the grid: taken over (接班), handed over (交班)


def _t(text: object) -> str:
    return QCoreApplication.translate("RosterLabels", str(text))


def position(value: Position) -> str:
    return V.label(value, language())


def signed_name(row: DutyRow) -> str:
    """The name, marked once its person signed in or out of the duty."""
    mark = SIGNED_OUT if SignKind.SIGN_OUT in row.signed else SIGNED_IN if SignKind.SIGN_IN in row.signed else ""
    return f"{row.person_name} {mark}" if mark else row.person_name


def join(people: Sequence[str]) -> str:
    """Names in a list: '李娜、王磊' in Chinese, 'Li Na, Wang Lei' in English."""
    return V.sentence("names_joined", language()).join(people)


def names(rows: Sequence[DutyRow]) -> str:
    """'Leader in charge 罗建平 · Duty officers 李娜, 王磊', positions in rank order."""
    parts = []
    for p in ORDER:
        people = [r.person_name for r in rows if r.duty.position is p]
        if people:
            parts.append(_t(QT_TRANSLATE_NOOP("RosterLabels", "{position} {names}")).format(
                position=position(p), names=join(people)))
    return " · ".join(parts)


def _people(rows: Sequence[DutyRow]) -> str:
    """Names only, by position in rank order: '罗建平 · 王磊, 李娜'."""
    return " · ".join(join([r.person_name for r in rows if r.duty.position is p]) for p in ORDER
                      if any(r.duty.position is p for r in rows))


def on_duty_line(now: Sequence[DutyRow], upcoming: Sequence[DutyRow], short: bool = False) -> str:
    """Who is on duty now and who takes over next; `short` names only (the status bar)."""
    if not now and not upcoming:
        return _t(QT_TRANSLATE_NOOP("RosterLabels", "On duty: nobody rostered"))
    say = _people if short else names
    current = say(now) if now else _t(QT_TRANSLATE_NOOP("RosterLabels", "nobody"))
    if not upcoming:
        return _t(QT_TRANSLATE_NOOP("RosterLabels", "On duty: {now}")).format(now=current)
    at = beijing(upcoming[0].duty.starts_at).strftime("%H:%M")
    return _t(QT_TRANSLATE_NOOP("RosterLabels", "On duty: {now} — from {at}: {next}")).format(
        now=current, at=at, next=say(upcoming))

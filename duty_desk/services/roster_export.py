"""The roster for a range of days as CSV, ICS (one event per duty, for calendar programs) or the printed PDF:
one reader for the command line and the app."""

from datetime import date, datetime, timedelta

import icalendar

from duty_desk.domain.csv_cells import guarded_csv
from duty_desk.domain.roles import Action
from duty_desk.domain.roster import calendar_day
from duty_desk.domain.timefmt import as_utc, format_beijing, utcnow
from duty_desk.domain.validation import ValidationError
from duty_desk.domain.vocabulary import Language, label
from duty_desk.reports.roster_report import RosterEntry, roster_pdf
from duty_desk.services import roster
from duty_desk.services.context import Actor, Services
from duty_desk.services.permission import internal, requires

FORMATS = ("pdf", "ics", "csv")
CSV_COLUMNS = ("day", "shift", "position", "person", "phone", "starts", "ends")


@requires(Action.VIEW_ROSTER)
def entries(services: Services, actor: Actor, first: date, last: date) -> list[RosterEntry]:
    """The duties opening on those days."""
    start, end = roster.day_range(first, last)  # refuses too long a range
    rows = roster.duties(services, actor, start, end + timedelta(days=1))
    return [RosterEntry(r.id, r.duty, r.person_name, r.phone) for r in rows if first <= r.duty.day <= last]


@internal
def to_csv(found: list[RosterEntry]) -> str:
    return guarded_csv(CSV_COLUMNS, ([e.duty.day.isoformat(), e.duty.shift, e.duty.position.value, e.name, e.phone,
                                      format_beijing(e.duty.starts_at), format_beijing(e.duty.ends_at)]
                                     for e in found))


@internal
def to_ics(found: list[RosterEntry], now: datetime | None = None) -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Duty Desk//值班表//ZH")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "值班表")
    stamp = now or utcnow()
    for e in found:
        event = icalendar.Event()
        role = label(e.duty.position, Language.ZH)
        event.add("uid", f"{e.id}@duty-desk")  # a replaced person updates the event, never adds one
        event.add("dtstamp", stamp)
        event.add("dtstart", as_utc(e.duty.starts_at))
        event.add("dtend", as_utc(e.duty.ends_at))
        event.add("summary", f"{role}：{e.name}")
        event.add("description", f"{role} {e.name} {e.phone}".strip())
        event.add("categories", [e.duty.position.value])
        cal.add_component(event)
    return bytes(cal.to_ical())


@internal
def to_pdf(found: list[RosterEntry], first: date, last: date, chinese: bool = True) -> bytes:
    calendar = {first + timedelta(days=n): calendar_day(first + timedelta(days=n))
                for n in range((last - first).days + 1)}
    title = "总值班室值班表" if chinese else "Duty roster"
    return roster_pdf(title, first, last, found, calendar, utcnow(), Language.ZH if chinese else Language.EN)


@requires(Action.VIEW_ROSTER)
def export(services: Services, actor: Actor, first: date, last: date, fmt: str, chinese: bool = True) -> bytes:
    if fmt not in FORMATS:
        raise ValidationError.single("format", "the format is pdf, ics or csv")
    found = entries(services, actor, first, last)
    if fmt == "csv":
        return to_csv(found).encode("utf-8-sig")  # the BOM is for Excel
    if fmt == "ics":
        return to_ics(found)
    return to_pdf(found, first, last, chinese)

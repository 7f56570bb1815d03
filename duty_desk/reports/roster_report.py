"""The duty roster (值班表) as a PDF: one row a day with its leader in charge and duty officers, the day's kind
(holidays and make-up working days named), then the contact phones of everyone on it, and signature lines."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from duty_desk.domain import vocabulary as V
from duty_desk.domain.roster import CalendarDay, DayKind, Duty, Position
from duty_desk.domain.timefmt import format_beijing
from duty_desk.domain.vocabulary import Language
from duty_desk.reports import layout
from duty_desk.reports.layout import Furniture, para

WEEKDAYS = ("一", "二", "三", "四", "五", "六", "日")
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
HOLIDAYS = {"New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明节",
            "Labour Day": "劳动节", "Dragon Boat Festival": "端午节", "National Day": "国庆节",
            "Mid-autumn Festival": "中秋节", "Anti-Fascist 70th Day": "抗战胜利纪念日"}


@dataclass(frozen=True)
class RosterEntry:
    id: str  # the duty's: stays when its person is replaced
    duty: Duty
    name: str
    phone: str


OFFDAY_GREY = colors.HexColor("#F2F2F2")


def _period(first: date, last: date, chinese: bool) -> str:
    if (first.year, first.month) == (last.year, last.month) and first.day == 1 and (last + timedelta(days=1)).day == 1:
        return f"{first.year}年{first.month}月" if chinese else first.strftime("%B %Y")
    return f"{first.isoformat()} 至 {last.isoformat()}" if chinese else f"{first.isoformat()} to {last.isoformat()}"


def _day_note(day: CalendarDay, chinese: bool) -> str:
    if day.kind is DayKind.HOLIDAY:
        return HOLIDAYS.get(day.name, day.name) if chinese else day.name
    if day.kind is DayKind.WORKDAY and day.day.weekday() >= 5:
        return "调休上班" if chinese else "Make-up working day"
    if not day.known:
        return "（节假日未公布）" if chinese else "(holidays not yet announced)"
    return ""


def _who(entry: RosterEntry, with_shift: bool, language: Language) -> str:
    """A name, with its shift when the day has several: '李娜（白班）' / 'Li Na (day)'."""
    if not with_shift:
        return entry.name
    shift = V.shift(entry.duty.shift, language)
    return f"{entry.name}（{shift}）" if language is Language.ZH else f"{entry.name} ({shift})"


def roster_pdf(title: str, first: date, last: date, entries: Sequence[RosterEntry],
               calendar: dict[date, CalendarDay], printed_at: datetime, language: Language = Language.ZH) -> bytes:
    st = layout.styles()
    body = st["small"]
    chinese = language is Language.ZH
    positions = [p for p in V.POSITION_ORDER if any(e.duty.position is p for e in entries)] or [Position.LEADER,
                                                                                                 Position.OFFICER]
    head = ["日期", "星期", "备注"] if chinese else ["Date", "Day", "Note"]
    head += [V.label(p, language) for p in positions]
    rows: list[list[Flowable]] = [[para(h, body) for h in head]]
    day = first
    while day <= last:
        todays = [e for e in entries if e.duty.day == day]
        cells = [day.isoformat(), (WEEKDAYS if chinese else WEEKDAYS_EN)[day.weekday()],
                 _day_note(calendar[day], chinese)]
        for p in positions:
            several = len({x.duty.shift for x in todays}) > 1
            names = [_who(e, several, language) for e in todays if e.duty.position is p]
            cells.append(V.sentence("names_joined", language).join(names))
        rows.append([para(c, body) for c in cells])
        day += timedelta(days=1)
    page = landscape(A4)
    width = layout.frame_width(page)
    fixed = [26 * mm, 14 * mm, 32 * mm]
    rest = (width - sum(fixed)) / len(positions)
    table = layout.grid_table(rows, [*fixed, *[rest] * len(positions)])
    for n in range((last - first).days + 1):  # weekends and holidays shaded, so they stand out in print
        if calendar[first + timedelta(days=n)].kind is not DayKind.WORKDAY:
            table.setStyle([("BACKGROUND", (0, n + 1), (-1, n + 1), OFFDAY_GREY)])
    story: list[Flowable] = [*layout.title_block(title, _period(first, last, chinese)), table]
    phones = sorted({(e.name, e.phone) for e in entries})
    if phones:
        story += layout.heading("联系电话" if chinese else "Contact phones")
        per_row = 4
        grid = [[para(f"{n}  {p}", body) for n, p in phones[i:i + per_row]] for i in range(0, len(phones), per_row)]
        for r in grid:
            r += [para("", body)] * (per_row - len(r))
        story.append(layout.grid_table(grid, [width / per_row] * per_row, header=False))
    signatures = (["制表：", "审核（带班领导）："] if chinese else ["Drawn up by:", "Approved (leader in charge):"])
    story.append(KeepTogether([layout.signature_block(signatures, width, chinese)]))
    header = ((f"{first.isoformat()} 至 {last.isoformat()}", f"打印时间：{format_beijing(printed_at)}") if chinese
              else (f"{first.isoformat()} to {last.isoformat()}", f"Printed {format_beijing(printed_at)}"))
    return layout.render(story, Furniture(header=header, chinese=chinese), title=title, pagesize=page)

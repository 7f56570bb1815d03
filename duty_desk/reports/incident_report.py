"""The incident information report (突发事件信息报告) as a PDF: every field, the follow-ups (续报一, 续报二 …) and
the final report (终报), the reports made upward, the history of changes and the signature lines (DOMAIN.md)."""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from duty_desk.domain.incident_views import IncidentView, TimelineEvent, TimelineKind
from duty_desk.domain.incidents import Category, ReportKind, Severity, Source, Status
from duty_desk.domain.places import district_name
from duty_desk.domain.timefmt import format_beijing, format_stored
from duty_desk.domain.validation import format_phone
from duty_desk.reports import layout
from duty_desk.reports.layout import DRILL_PREFIX, DRILL_WATERMARK, Furniture, para

TITLE = ("突发事件信息报告", "Incident information report")
LABELS: dict[str, tuple[str, str]] = {
    "received_at": ("接报时间", "Received"), "source": ("信息来源", "Source"),
    "reporter_unit": ("报告单位", "Reporting unit"), "reporter_name": ("报告人", "Reporter"),
    "reporter_title": ("职务", "Title"), "reporter_phone": ("联系电话", "Phone"),
    "occurred_at": ("事发时间", "Occurred"), "category": ("事件类别", "Category"),
    "place": ("事发地点", "Place"), "severity": ("事件级别", "Severity"), "status": ("状态", "Status"),
    "taken_by": ("接报人", "Taken by"), "summary": ("事件简要情况", "What happened"),
    "scope": ("影响范围", "Scope"), "casualties": ("人员伤亡", "Casualties"),
    "losses": ("财产损失", "Property losses"), "trend": ("发展趋势", "Trend"),
    "measures": ("领导到位情况及已采取措施", "Leaders on site and measures taken"),
    "commander": ("现场指挥及联系方式", "On-site commander and contact"),
    "requests": ("建议/请求", "Suggestions / requests"), "notified": ("已通报单位", "Already notified"),
    # only in the history of changes
    "district_code": ("区", "District"), "address": ("地址", "Address"), "dead": ("死亡", "Dead"),
    "injured": ("受伤", "Injured"), "missing": ("失踪", "Missing"), "trapped": ("被困", "Trapped"),
    "status_reason": ("状态说明", "Reason"), "drill": ("演练", "Drill"),
}
SOURCES = {Source.PHONE: ("电话", "Phone"), Source.FAX: ("传真", "Fax"),
           Source.SECURE_LINE: ("保密专线", "Secure line"), Source.SYSTEM: ("系统推送", "System push"),
           Source.WALK_IN: ("来人报告", "Walk-in"), Source.MEDIA: ("媒体/网络", "Media / online")}
CATEGORIES = {Category.NATURAL_DISASTER: ("自然灾害", "Natural disaster"), Category.ACCIDENT: ("事故灾难", "Accident"),
              Category.PUBLIC_HEALTH: ("公共卫生事件", "Public health"),
              Category.SOCIAL_SECURITY: ("社会安全事件", "Social security")}
SEVERITIES = {Severity.I: ("I 特别重大", "I (particularly serious)"), Severity.II: ("II 重大", "II (serious)"),
              Severity.III: ("III 较大", "III (relatively serious)"), Severity.IV: ("IV 一般", "IV (ordinary)"),
              Severity.UNASSESSED: ("未定级", "Not yet assessed")}
STATUSES = {Status.NEW: ("新接报", "New"), Status.HANDLING: ("处置中", "Being handled"),
            Status.CLOSED: ("已办结", "Closed")}
REPORT_KINDS = {ReportKind.TELEPHONE: ("电话报告", "Telephone report"),
                ReportKind.WRITTEN: ("书面报告", "Written report"), ReportKind.FOLLOW_UP: ("续报", "Follow-up")}
_VALUES: dict[str, dict[Any, tuple[str, str]]] = {"source": SOURCES, "category": CATEGORIES,
                                                  "severity": SEVERITIES, "status": STATUSES}
DIGITS = "零一二三四五六七八九"
PIECE_LINES = 5  # a long text goes into rows of this many lines, so the table can break between pages
PAD = 6  # reportlab's default cell padding, left and right
LABEL_W, VALUE_W = 32 * mm, 53 * mm  # label, value, label, value: 170 mm, the A4 frame


def chinese_numeral(n: int) -> str:
    """1 -> 一, 10 -> 十, 15 -> 十五, 21 -> 二十一, 105 -> 一百零五 (follow-ups are numbered this way)."""
    if n < 10:
        return DIGITS[n]
    if n < 20:
        return "十" + (DIGITS[n - 10] if n > 10 else "")
    if n < 100:
        return DIGITS[n // 10] + "十" + (DIGITS[n % 10] if n % 10 else "")
    if n < 1000:
        hundreds, rest = DIGITS[n // 100] + "百", n % 100
        if rest == 0:
            return hundreds
        return hundreds + ("零" + DIGITS[rest] if rest < 10 else "一" * (rest < 20) + chinese_numeral(rest))
    return str(n)


def _pick(pair: tuple[str, str], chinese: bool) -> str:
    return pair[0] if chinese else pair[1]


def _pieces(text: str, style: ParagraphStyle, width: float) -> list[Flowable]:
    """A long text as consecutive pieces of a few lines each, so the table can break between pages inside it."""
    rest = para(text, style)
    pieces: list[Flowable] = []
    while rest.wrap(width, 1e9)[1] > PIECE_LINES * style.leading + 1:
        parts = rest.split(width, PIECE_LINES * style.leading + 1)
        if len(parts) < 2:
            break
        pieces.append(parts[0])
        rest = parts[1]
    return [*pieces, rest]


class _Form:
    """The field table: short fields two to a row, long ones across the row, label column shaded."""

    def __init__(self, chinese: bool) -> None:
        self.st = layout.styles()
        self.label = self.st["body" if chinese else "latin"]
        self.rows: list[list[Any]] = []
        self.commands: list[tuple[Any, ...]] = [("BOX", (0, 0), (-1, -1), 0.8, layout.RULE),
                                                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                ("LINEAFTER", (0, 0), (0, -1), 0.5, layout.RULE),
                                                layout.font_command()]

    def _start(self) -> int:
        r = len(self.rows)
        self.commands.append(("LINEABOVE", (0, r), (-1, r), 0.5, layout.RULE))
        self.commands.append(("BACKGROUND", (0, r), (0, r), layout.LABEL_GREY))
        return r

    def pair(self, left: tuple[str, str], right: tuple[str, str]) -> None:
        r = self._start()
        self.commands += [("BACKGROUND", (2, r), (2, r), layout.LABEL_GREY),
                          ("LINEAFTER", (1, r), (2, r), 0.5, layout.RULE)]
        body = self.st["body"]
        self.rows.append([para(left[0], self.label), para(left[1], body), para(right[0], self.label),
                          para(right[1], body)])

    def wide(self, label: str, value: str) -> None:
        pieces = _pieces(value, self.st["body"], 2 * VALUE_W + LABEL_W - 2 * PAD)
        for i, piece in enumerate(pieces):
            r = self._start() if i == 0 else len(self.rows)
            self.commands += [("SPAN", (1, r), (3, r)), ("BACKGROUND", (0, r), (0, r), layout.LABEL_GREY)]
            if i:  # the text goes on: no gap between its pieces
                self.commands.append(("TOPPADDING", (0, r), (-1, r), 0))
            if i < len(pieces) - 1:
                self.commands.append(("BOTTOMPADDING", (0, r), (-1, r), 0))
            self.rows.append([para(label if i == 0 else "", self.label), piece, "", ""])

    def table(self) -> Table:
        table = Table(self.rows, colWidths=[LABEL_W, VALUE_W, LABEL_W, VALUE_W])
        table.setStyle(TableStyle(self.commands))
        return table


def _fields(view: IncidentView, chinese: bool) -> Table:
    d = view.data

    def lab(key: str) -> str:
        return _pick(LABELS[key], chinese)

    place = " ".join(p for p in (district_name(d.district_code, chinese) if d.district_code else "", d.address) if p)
    casualties = (f"死亡 {d.dead} 人，受伤 {d.injured} 人，失踪 {d.missing} 人，被困 {d.trapped} 人" if chinese else
                  f"dead {d.dead}, injured {d.injured}, missing {d.missing}, trapped {d.trapped}")
    form = _Form(chinese)
    form.pair((lab("received_at"), format_beijing(d.received_at)), (lab("source"), _pick(SOURCES[d.source], chinese)))
    form.wide(lab("reporter_unit"), d.reporter_unit)
    form.pair((lab("reporter_name"), d.reporter_name), (lab("reporter_title"), d.reporter_title))
    form.pair((lab("reporter_phone"), format_phone(d.reporter_phone)), (lab("taken_by"), view.taken_by))
    category = _pick(CATEGORIES[d.category], chinese) if d.category else ""
    form.pair((lab("occurred_at"), format_beijing(d.occurred_at)), (lab("category"), category))
    form.wide(lab("place"), place)
    form.pair((lab("severity"), _pick(SEVERITIES[d.severity], chinese)),
              (lab("status"), _pick(STATUSES[view.status], chinese)))
    if view.status_reason:  # the reason for closing may be long: a row of its own
        form.wide(lab("status_reason"), view.status_reason)
    form.wide(lab("summary"), d.summary)
    form.wide(lab("scope"), d.scope)
    form.wide(lab("casualties"), casualties)
    for key in ("losses", "trend", "measures", "commander", "requests", "notified"):
        form.wide(lab(key), getattr(d, key))
    return form.table()


def _follow_ups(events: Sequence[TimelineEvent], chinese: bool) -> list[Flowable]:
    st = layout.styles()
    out: list[Flowable] = []
    for e in events:
        if e.kind is TimelineKind.FOLLOW_UP:
            name = f"续报{chinese_numeral(e.number)}" if chinese else f"Follow-up report {e.number}"
        elif e.kind is TimelineKind.FINAL:
            name = "终报" if chinese else "Final report"
        else:
            continue
        parts = [name, format_beijing(e.at)]
        if e.source in set(Source):
            parts.append(("来源：" if chinese else "via ") + _pick(SOURCES[Source(e.source)], chinese))
        if e.reporter:
            parts.append(("报告人：" if chinese else "from ") + e.reporter)
        parts.append(f"接报人：{e.by}" if chinese else f"taken by {e.by}")
        out += [*layout.heading("　　".join(parts) if chinese else ", ".join(parts)), para(e.text, st["body"])]
    return out


def _report_made(e: TimelineEvent, chinese: bool) -> list[str]:
    """Kind, to whom, how."""
    kind = _pick(REPORT_KINDS[ReportKind(e.report_kind)], chinese) if e.report_kind in set(ReportKind) else ""
    how = _pick(SOURCES[Source(e.source)], chinese) if e.source in set(Source) else e.source
    return [kind, e.text, how]


def _change_value(key: str, value: str, chinese: bool) -> str:
    names = _VALUES.get(key, {})
    if value in names:
        return _pick(names[value], chinese)
    if key == "district_code" and value:
        return district_name(value, chinese)
    return format_stored(value) if key.endswith("_at") and value else value


def _change_text(changes: Sequence[tuple[str, str]], chinese: bool) -> str:
    """Field names and values in words, cut if very long."""
    parts = []
    for key, value in changes:
        label = _pick(LABELS[key], chinese) if key in LABELS else key
        parts.append(f"{label}{'：' if chinese else ': '}{_change_value(key, value, chinese)}")
    joined = ("；" if chinese else "; ").join(parts)
    return joined if len(joined) <= 300 else joined[:299] + "…"


def _history(events: Sequence[TimelineEvent], chinese: bool, kind: TimelineKind) -> list[Flowable]:
    st = layout.styles()
    chosen = [e for e in events if e.kind == kind]
    if not chosen:
        return []
    if kind is TimelineKind.ATTACHMENT:
        heading = "附件" if chinese else "Attachments"
        head = ["时间", "文件", "添加人"] if chinese else ["Time", "File", "Added by"]
        widths = [32 * mm, 110 * mm, 28 * mm]
        rows = [[format_beijing(e.at), e.text, e.by] for e in chosen]
    elif kind is TimelineKind.REPORT_MADE:
        heading = "报送情况" if chinese else "Reports made"
        head = ["时间", "报送类别", "报送对象", "方式", "经办人"] if chinese else ["Time", "Kind", "To", "How", "By"]
        widths = [32 * mm, 28 * mm, 60 * mm, 22 * mm, 28 * mm]
        rows = [[format_beijing(e.at), *_report_made(e, chinese), e.by] for e in chosen]
    else:
        heading = "变更记录" if chinese else "History of changes"
        head = ["时间", "变更内容", "操作人"] if chinese else ["Time", "Change", "By"]
        widths = [32 * mm, 110 * mm, 28 * mm]
        rows = [[format_beijing(e.at), _change_text(e.changes, chinese), e.by] for e in chosen]
    cells = [[para(str(c), st["small"]) for c in row] for row in [head, *rows]]
    return [*layout.heading(heading), layout.grid_table(cells, widths)]


def incident_report_pdf(view: IncidentView, events: Sequence[TimelineEvent], printed_at: datetime,
                        chinese: bool = True) -> bytes:
    """The printable report; `events` is the incident's timeline (services.incidents.timeline), oldest first."""
    drill = view.data.drill
    title = (DRILL_PREFIX if drill else "") + TITLE[0]
    subtitle = ("[DRILL] " if drill and not chinese else "") + TITLE[1]
    header = ((f"编号：{view.number}", f"打印时间：{format_beijing(printed_at)}") if chinese else
              (f"No. {view.number}", f"Printed {format_beijing(printed_at)}"))
    signatures = (["值班员（签字）：", "带班领导（签字）：", "日期："] if chinese else
                  ["Duty officer (signature):", "Shift leader (signature):", "Date:"])
    story: list[Flowable] = [*layout.title_block(title, subtitle), _fields(view, chinese)]
    story += _follow_ups(events, chinese)
    story += _history(events, chinese, TimelineKind.REPORT_MADE)
    story += _history(events, chinese, TimelineKind.ATTACHMENT)
    story += _history(events, chinese, TimelineKind.CHANGE)
    story.append(KeepTogether([layout.signature_block(signatures, layout.frame_width(), chinese)]))
    furniture = Furniture(header=header, chinese=chinese, watermark=DRILL_WATERMARK if drill else "")
    return layout.render(story, furniture, title=f"{title} {view.number}")

"""The incident information report (突发事件信息报告) as a PDF: every field, the follow-ups (续报一, 续报二 …) and
the final report (终报), the reports made upward, the history of changes and the signature lines (DOMAIN.md)."""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from duty_desk.domain import vocabulary as V
from duty_desk.domain.incident_views import IncidentView, TimelineEvent, TimelineKind
from duty_desk.domain.incidents import ReportKind, Source
from duty_desk.domain.places import district_name
from duty_desk.domain.roles import Role
from duty_desk.domain.timefmt import format_beijing
from duty_desk.domain.validation import format_phone
from duty_desk.domain.vocabulary import Language
from duty_desk.reports import layout
from duty_desk.reports.layout import DRILL_PREFIX, DRILL_WATERMARK, Furniture, para

# The printout's own words (the vocabulary it shares with the screens is in domain.vocabulary), (English, Chinese).
WORDS: dict[str, V.Term] = {
    "title": ("Incident information report", "突发事件信息报告"),
    "number": ("No. {number}", "编号：{number}"), "printed": ("Printed {at}", "打印时间：{at}"),
    "via": ("via {source}", "来源：{source}"), "from": ("from {reporter}", "报告人：{reporter}"),
    "taken_by": ("taken by {name}", "接报人：{name}"), "heading_joined": (", ", "　　"),
    "reports_made": ("Reports made", "报送情况"), "attachments": ("Attachments", "附件"),
    "changes": ("History of changes", "变更记录"), "date": ("Date:", "日期："),
    "time": ("Time", "时间"), "file": ("File", "文件"), "added_by": ("Added by", "添加人"),
    "kind": ("Kind", "报送类别"), "to": ("To", "报送对象"), "how": ("How", "方式"), "by": ("By", "经办人"),
    "change": ("Change", "变更内容"), "changed_by": ("By", "操作人"), "what": ("What was done", "情况"),
}
PIECE_LINES = 5  # a long text goes into rows of this many lines, so the table can break between pages
PAD = 6  # reportlab's default cell padding, left and right
LABEL_W, VALUE_W = 32 * mm, 53 * mm  # label, value, label, value: 170 mm, the A4 frame


def _w(key: str, language: Language, **values: object) -> str:
    return V.pick(WORDS[key], language).format(**values)


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

    def __init__(self, language: Language) -> None:
        self.st = layout.styles()
        self.label = self.st["body" if language is Language.ZH else "latin"]
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


def _fields(view: IncidentView, language: Language) -> Table:
    d = view.data

    def lab(key: str) -> str:
        return V.field(key, language)

    district = district_name(d.district_code, language is Language.ZH) if d.district_code else ""
    place = " ".join(p for p in (district, d.address) if p)
    casualties = V.sentence("casualties", language, dead=d.dead, injured=d.injured, missing=d.missing,
                            trapped=d.trapped)
    form = _Form(language)
    form.pair((lab("received_at"), format_beijing(d.received_at)), (lab("source"), V.label(d.source, language)))
    form.wide(lab("reporter_unit"), d.reporter_unit)
    form.pair((lab("reporter_name"), d.reporter_name), (lab("reporter_title"), d.reporter_title))
    form.pair((lab("reporter_phone"), format_phone(d.reporter_phone)), (lab("taken_by"), view.taken_by))
    category = V.label(d.category, language) if d.category else ""
    form.pair((lab("occurred_at"), format_beijing(d.occurred_at)), (lab("category"), category))
    form.wide(lab("place"), place)
    form.pair((lab("severity"), V.label(d.severity, language)), (lab("status"), V.label(view.status, language)))
    if view.status_reason:  # the reason for closing may be long: a row of its own
        form.wide(lab("status_reason"), view.status_reason)
    form.wide(lab("summary"), d.summary)
    form.wide(lab("scope"), d.scope)
    form.wide(lab("casualties"), casualties)
    for key in ("losses", "trend", "measures", "commander", "requests", "notified"):
        form.wide(lab(key), getattr(d, key))
    return form.table()


def _follow_ups(events: Sequence[TimelineEvent], language: Language) -> list[Flowable]:
    st = layout.styles()
    out: list[Flowable] = []
    for e in events:
        if e.kind not in (TimelineKind.FOLLOW_UP, TimelineKind.FINAL):
            continue
        parts = [V.event_name(e, language), format_beijing(e.at)]  # a correction beside the one it corrects
        if e.source in set(Source):
            parts.append(_w("via", language, source=V.label(Source(e.source), language)))
        if e.reporter:
            parts.append(_w("from", language, reporter=e.reporter))
        parts.append(_w("taken_by", language, name=e.by))
        out += [*layout.heading(_w("heading_joined", language).join(parts)), para(e.text, st["body"])]
    return out


def _change_text(changes: Sequence[tuple[str, str]], language: Language) -> str:
    """As the screen says it, cut if very long."""
    text = V.change_text(changes, language)
    return text if len(text) <= 300 else text[:299] + "…"


def _history(events: Sequence[TimelineEvent], language: Language, kind: TimelineKind) -> list[Flowable]:
    st = layout.styles()
    chosen = [e for e in events if e.kind == kind]
    if not chosen:
        return []
    if kind is TimelineKind.ATTACHMENT:
        heading, head = "attachments", ["time", "file", "added_by"]
        widths = [32 * mm, 110 * mm, 28 * mm]
        rows = [[format_beijing(e.at), e.text, e.by] for e in chosen]
    elif kind is TimelineKind.REPORT_MADE:
        heading, head = "reports_made", ["time", "kind", "to", "how", "by"]
        widths = [32 * mm, 28 * mm, 60 * mm, 22 * mm, 28 * mm]
        rows = [[format_beijing(e.at), V.word(e.report_kind, ReportKind, language), e.text,
                 V.word(e.source, Source, language), e.by] for e in chosen]
    else:
        heading, head = "changes", ["time", "change", "changed_by"]
        widths = [32 * mm, 110 * mm, 28 * mm]
        rows = [[format_beijing(e.at), _change_text(e.changes, language), e.by] for e in chosen]
    cells = [[para(str(c), st["small"]) for c in row] for row in [[_w(h, language) for h in head], *rows]]
    return [*layout.heading(_w(heading, language)), layout.grid_table(cells, widths)]


def _added(events: Sequence[TimelineEvent], language: Language) -> list[Flowable]:
    """What other capabilities added to the timeline (escalation attempts, instructions): a section per kind, in
    their own words."""
    st = layout.styles()
    story: list[Flowable] = []
    for kind in dict.fromkeys(e.kind for e in events if e.words is not None):  # in order of first appearance
        rows = [[format_beijing(e.at), e.words(language), e.by] for e in events if e.kind == kind and e.words]
        cells = [[para(str(c), st["small"]) for c in row]
                 for row in [[_w(h, language) for h in ("time", "what", "by")], *rows]]
        story += [*layout.heading(V.event(kind, language)), layout.grid_table(cells, [32 * mm, 110 * mm, 28 * mm])]
    return story


def incident_report_pdf(view: IncidentView, events: Sequence[TimelineEvent], printed_at: datetime,
                        language: Language = Language.ZH) -> bytes:
    """The printable report; `events` is the incident's timeline (services.incidents.timeline), oldest first."""
    drill = view.data.drill
    chinese = language is Language.ZH
    title = (DRILL_PREFIX if drill else "") + _w("title", Language.ZH)  # the Chinese title heads either language
    subtitle = "" if chinese else ("[DRILL] " if drill else "") + _w("title", Language.EN)  # English under it
    header = (_w("number", language, number=view.number), _w("printed", language, at=format_beijing(printed_at)))
    signatures = [V.sentence("signature", language, role=V.label(role, language))
                  for role in (Role.DUTY_OFFICER, Role.SHIFT_LEADER)] + [_w("date", language)]
    story: list[Flowable] = [*layout.title_block(title, subtitle), _fields(view, language)]
    story += _follow_ups(events, language)
    story += _history(events, language, TimelineKind.REPORT_MADE)
    story += _history(events, language, TimelineKind.ATTACHMENT)
    story += _history(events, language, TimelineKind.CHANGE)
    story += _added(events, language)
    story.append(KeepTogether([layout.signature_block(signatures, layout.frame_width(), chinese)]))
    furniture = Furniture(header=header, chinese=chinese, watermark=DRILL_WATERMARK if drill else "")
    return layout.render(story, furniture, title=f"{title} {view.number}")

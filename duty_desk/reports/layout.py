"""Page furniture every printout shares (UI.md "Printouts"): A4 pages in the CJK font, document number and date
at top right, "第 1 页 共 3 页" at the foot of every page, the drill watermark, the title block and signature lines."""

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib import textsplit as _textsplit
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import paragraph as _paragraph

from duty_desk.reports.fonts import register_fonts

MARGIN = 20 * mm
TOP_MARGIN = 26 * mm  # room for the number and date above the text
BOTTOM_MARGIN = 20 * mm  # room for the page number
BODY_SIZE = 12
LABEL_GREY = colors.HexColor("#EEEEEE")
RULE = colors.HexColor("#555555")
DRILL_WATERMARK = "演练 DRILL"
DRILL_PREFIX = "【演练】"

# reportlab's CJK line breaking keeps Japanese closing punctuation off the start of a line (it hangs in the margin
# instead), but not Chinese full-width punctuation: without this a line may begin with "，" or "；". Its two line
# breakers read these module globals when they run.
_CHINESE_CANNOT_START = "，；：！？”’》〉）」』】…—%"
for _module in (_textsplit, _paragraph):
    _module.ALL_CANNOT_START += "".join(c for c in _CHINESE_CANNOT_START if c not in _module.ALL_CANNOT_START)


@dataclass(frozen=True)
class Furniture:
    """What is drawn on every page around the story."""

    header: tuple[str, ...] = ()  # lines at top right: document number, date
    chinese: bool = True
    watermark: str = ""  # e.g. DRILL_WATERMARK; empty for none


def page_label(page: int, total: int, chinese: bool = True) -> str:
    return f"第 {page} 页 共 {total} 页" if chinese else f"Page {page} of {total}"


def styles() -> dict[str, ParagraphStyle]:
    """Body 12 pt, title 20 pt, all in the bundled CJK font with CJK line breaking (no spaces needed)."""
    font = register_fonts()
    body = ParagraphStyle("body", fontName=font, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.45, wordWrap="CJK")
    return {
        "body": body,
        "latin": ParagraphStyle("latin", body, wordWrap=None),  # English labels: break between words only
        "title": ParagraphStyle("title", body, fontSize=20, leading=28, alignment=TA_CENTER),
        "subtitle": ParagraphStyle("subtitle", body, fontSize=12, leading=16, alignment=TA_CENTER,
                                   textColor=colors.HexColor("#444444")),
        "heading": ParagraphStyle("heading", body, fontSize=14, leading=20, spaceBefore=12, spaceAfter=4),
        "small": ParagraphStyle("small", body, fontSize=10, leading=14),
    }


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """Plain text (never markup) as a paragraph; line breaks kept."""
    return Paragraph(escape(text).replace("\r\n", "\n").replace("\n", "<br/>"), style)


def font_command() -> tuple[Any, ...]:
    """For a table style: plain-string cells (even empty ones) in the CJK font, not reportlab's Helvetica."""
    return ("FONT", (0, 0), (-1, -1), register_fonts(), BODY_SIZE)


def heading(text: str) -> list[Flowable]:
    """A section heading that starts a new page rather than sit alone at the foot of one (what follows may
    still break across pages: keepWithNext would push a whole long section over and leave a gap)."""
    return [CondPageBreak(72), para(text, styles()["heading"])]


def title_block(title: str, subtitle: str = "") -> list[Flowable]:
    st = styles()
    block: list[Flowable] = [para(title, st["title"])]
    if subtitle:
        block.append(para(subtitle, st["subtitle"]))
    block.append(Spacer(1, 6 * mm))
    return block


def signature_block(labels: Sequence[str], width: float, chinese: bool = True) -> Table:
    """Labels two to a row, each followed by a ruled blank to sign on."""
    style = styles()["body" if chinese else "latin"]
    pairs = [(labels[i], labels[i + 1] if i + 1 < len(labels) else "") for i in range(0, len(labels), 2)]
    rows = [[para(left, style), "", para(right, style), ""] for left, right in pairs]
    label_w = min(max(stringWidth(label, register_fonts(), BODY_SIZE) for label in labels) + 24, width * 0.3)
    line_w = width / 2 - label_w
    table = Table(rows, colWidths=[label_w, line_w, label_w, line_w], rowHeights=[32] * len(rows))
    commands: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), font_command(),
                                       ("LEFTPADDING", (2, 0), (2, -1), 12)]
    for r, (_, right) in enumerate(pairs):
        commands.append(("LINEBELOW", (1, r), (1, r), 0.6, colors.black))
        if right:
            commands.append(("LINEBELOW", (3, r), (3, r), 0.6, colors.black))
    table.setStyle(TableStyle(commands))
    table.spaceBefore = 10 * mm
    return table


def grid_table(rows: list[list[Any]], widths: Sequence[float], header: bool = True) -> Table:
    """A ruled table (header row shaded) that repeats its header row on each page it flows onto."""
    table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0)
    commands: list[tuple[Any, ...]] = [("GRID", (0, 0), (-1, -1), 0.5, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       font_command()]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), LABEL_GREY))
    table.setStyle(TableStyle(commands))
    return table


def _numbered_canvas(font: str, chinese: bool) -> type[Canvas]:
    """A canvas that holds its pages until the end, so each can say how many there are."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                width, _ = self._pagesize
                self.setFont(font, 10)
                self.setFillColor(colors.black)
                self.drawCentredString(width / 2, 10 * mm, page_label(number, total, chinese))
                super().showPage()
            super().save()

    return NumberedCanvas


def _draw_header(furniture: Furniture, font: str) -> Any:
    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setFont(font, 10)
        y = height - 12 * mm
        for line in furniture.header:
            canvas.drawRightString(width - MARGIN, y, line)
            y -= 14
        canvas.restoreState()

    return draw


def _draw_watermark(furniture: Furniture, font: str) -> Any:
    """Drawn over the page's content, light and translucent, so shaded cells cannot hide it."""

    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        if not furniture.watermark:
            return
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.55, 0.55, 0.55))
        canvas.setFillAlpha(0.22)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(55 if height > width else 35)
        canvas.setFont(font, 96)
        canvas.drawCentredString(0, -32, furniture.watermark)
        canvas.restoreState()

    return draw


def frame_width(pagesize: tuple[float, float] = A4) -> float:
    return float(pagesize[0] - 2 * MARGIN)


def render(story: list[Flowable], furniture: Furniture, *, title: str = "",
           pagesize: tuple[float, float] = A4) -> bytes:
    """Lay the story out on as many pages as it needs and return the PDF."""
    font = register_fonts()
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP_MARGIN,
                          bottomMargin=BOTTOM_MARGIN, title=title, author="Duty Desk", creator="Duty Desk",
                          initialFontName=font, initialFontSize=BODY_SIZE)  # so no Helvetica is referenced
    frame = Frame(MARGIN, BOTTOM_MARGIN, frame_width(pagesize), pagesize[1] - TOP_MARGIN - BOTTOM_MARGIN,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=_draw_header(furniture, font),
                                       onPageEnd=_draw_watermark(furniture, font), pagesize=pagesize)])
    doc.build(story, canvasmaker=_numbered_canvas(font, furniture.chinese))
    return out.getvalue()

"""The written report to a leader (呈报单 / 值班信息专报) as an A4 PDF: number and date, to whom (an absent
leader's acting one beside them), the title, the report, the proposed handling (拟办意见), a box for the leader's
instruction (领导批示) and the signature lines."""

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from duty_desk.domain import vocabulary as V
from duty_desk.domain.leader_reports import Addressee, ReportText, addressees_text
from duty_desk.domain.roles import Role
from duty_desk.domain.timefmt import format_beijing
from duty_desk.domain.vocabulary import Language
from duty_desk.reports import layout
from duty_desk.reports.layout import DRILL_PREFIX, DRILL_WATERMARK, LABEL_GREY, RULE, Furniture, para

WORDS: dict[str, V.Term] = {
    "title": ("Written report to the leaders", "值班信息专报"),
    "number": ("No. {number}", "编号：{number}"), "printed": ("Printed {at}", "打印时间：{at}"),
    "to": ("To", "呈报"), "subject": ("Subject", "标题"), "incident": ("Incident", "事件编号"),
    "drafted": ("Drafted by", "拟稿人"), "sent": ("Sent", "报送时间"), "not_sent": ("Not sent yet", "尚未报送"),
    "report": ("Report", "报告内容"), "proposal": ("Proposed handling", "拟办意见"),
    "instruction": ("Leader's instruction", "领导批示"), "corrects": ("Corrects", "更正"),
    "sent_at": ("{at} by {name}", "{at}（{name}）"), "date": ("Date:", "日期："),
}
INSTRUCTION_HEIGHT = 60 * mm  # room for a leader to write by hand


def _w(key: str, language: Language, **values: object) -> str:
    return V.pick(WORDS[key], language).format(**values)


def _boxed(rows: list[list[Flowable]], heights: list[float | None] | None = None) -> Table:
    """Label on the left, shaded; the text on the right."""
    table = Table(rows, colWidths=[32 * mm, layout.frame_width() - 32 * mm], rowHeights=heights)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (0, -1), LABEL_GREY), layout.font_command()]))
    return table


def leader_report_pdf(number: str, text: ReportText, addressees: list[Addressee], incident_number: str,
                      drafted_by: str, sent: tuple[datetime, str] | None, corrects: str, drill: bool,
                      printed_at: datetime, language: Language = Language.ZH) -> bytes:
    chinese = language is Language.ZH
    st = layout.styles()
    label = st["body" if chinese else "latin"]
    title = (DRILL_PREFIX if drill else "") + _w("title", Language.ZH)  # the Chinese title heads either language
    subtitle = "" if chinese else ("[DRILL] " if drill else "") + _w("title", Language.EN)
    header = (_w("number", language, number=number), _w("printed", language, at=format_beijing(printed_at)))
    sent_text = _w("sent_at", language, at=format_beijing(sent[0]), name=sent[1]) if sent else _w("not_sent",
                                                                                                   language)
    facts = [("to", addressees_text(addressees, language)), ("subject", text.title),
             ("incident", incident_number), ("drafted", drafted_by), ("sent", sent_text)]
    if corrects:
        facts.append(("corrects", corrects))
    story: list[Flowable] = [*layout.title_block(title, subtitle),
                             _boxed([[para(_w(k, language), label), para(v, st["body"])] for k, v in facts])]
    story += [*layout.heading(_w("report", language)), *[para(p, st["body"]) for p in text.body.split("\n")]]
    story.append(Spacer(1, 6 * mm))
    story.append(KeepTogether([_boxed(
        [[para(_w("proposal", language), label), para(text.proposal, st["body"])],
         [para(_w("instruction", language), label), para("", st["body"])]],
        [None, INSTRUCTION_HEIGHT])]))
    signatures = [V.sentence("signature", language, role=V.label(role, language))
                  for role in (Role.DUTY_OFFICER, Role.SHIFT_LEADER)] + [_w("date", language)]
    story.append(KeepTogether([layout.signature_block(signatures, layout.frame_width(), chinese)]))
    furniture = Furniture(header=header, chinese=chinese, watermark=DRILL_WATERMARK if drill else "")
    return layout.render(story, furniture, title=f"{title} {number}")

"""The supervision notice (督办通知单), one per task, and the implementation report (批示落实情况报告), one per
instruction summarising every task's feedback for the leaders. The services gather the data; this lays it out."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from duty_desk.domain import vocabulary as V
from duty_desk.domain.roles import Role
from duty_desk.domain.supervision import ReplyKind, TaskState
from duty_desk.domain.timefmt import format_beijing
from duty_desk.domain.vocabulary import Language
from duty_desk.reports import layout
from duty_desk.reports.layout import Furniture, para

WORDS: dict[str, V.Term] = {
    "notice": ("Supervision notice", "督办通知单"),
    "report": ("Report on the implementation of a leader's instruction", "批示落实情况报告"),
    "number": ("No. {number}", "编号：{number}"), "printed": ("Printed {at}", "打印时间：{at}"),
    "department": ("To", "承办单位"), "contact": ("Contact", "联系人及电话"),
    "leader": ("Instruction by", "批示领导"), "given": ("Given", "批示时间"), "channel": ("Received", "批示方式"),
    "subject": ("Matter", "事由"), "incident": ("Incident", "关联事件"),
    "text": ("Instruction", "批示内容"), "task_text": ("To be done", "督办事项"),
    "handle_by": ("Handle by", "办理时限"), "feedback_by": ("Report back by", "反馈时限"),
    "issued": ("Issued", "交办时间"), "issued_by": ("Issued by", "交办人"), "state": ("State", "办理状态"),
    "ask": ("Please handle this as the leader instructed and report back in writing to the duty room of the "
            "General Office by {due}.", "请按领导批示要求抓紧办理，并于{due}前将办理情况书面反馈市政府总值班室。"),
    "corrected": ("Earlier record (corrected)", "原记录（已更正）"),
    "tasks": ("Implementation", "落实情况"), "feedback": ("Feedback", "反馈情况"),
    "chases": ("Chases", "催办次数"), "none_yet": ("No feedback yet", "尚未反馈"),
    "no_tasks": ("No supervision task has been issued from this instruction yet.", "该批示尚未交办督办事项。"),
    "summary": ("{tasks} units supervised: {closed} closed, {feedback} reported back, {open} still handling, "
                "{overdue} overdue.", "共督办{tasks}个单位：已办结{closed}个，已反馈待审核{feedback}个，"
                "办理中{open}个，逾期{overdue}个。"),
    "received_by": ("Received by (signature):", "签收人（签字）："), "date": ("Date:", "日期："),
    "returned": ("Returned: {reason}", "退回：{reason}"), "overdue": (" (overdue)", "（逾期）"),
}
LABEL_W = 34 * mm


@dataclass(frozen=True)
class InstructionSheet:
    """The instruction as printed: who, when, how, the words; corrected records before it."""

    code: str
    leader: str
    given_at: datetime
    channel: V.Term
    text: str
    subject: str
    incident_number: str
    earlier: tuple[tuple[datetime, str], ...] = ()  # (given, text) of each record it corrects


@dataclass(frozen=True)
class TaskSheet:
    code: str
    department: str
    contact: str
    issued_at: datetime
    issued_by: str
    handle_by: datetime
    feedback_by: datetime
    text: str
    state: TaskState
    overdue: bool
    replies: tuple[tuple[ReplyKind, datetime, str, str], ...] = ()  # kind, at, person, text
    chases: int = 0
    returned: tuple[str, ...] = ()  # the reasons it was sent back for more


def _w(key: str, language: Language, **values: object) -> str:
    return V.pick(WORDS[key], language).format(**values)


def _form(rows: Sequence[tuple[str, str]], language: Language) -> Table:
    """Label and value, the label column shaded."""
    st = layout.styles()
    label = st["body" if language is Language.ZH else "latin"]
    table = Table([[para(k, label), para(v, st["body"])] for k, v in rows],
                  colWidths=[LABEL_W, layout.frame_width() - LABEL_W])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, layout.RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (0, -1), layout.LABEL_GREY), layout.font_command()]))
    return table


def _instruction_rows(sheet: InstructionSheet, language: Language) -> list[tuple[str, str]]:
    rows = [(_w("leader", language), sheet.leader), (_w("given", language), format_beijing(sheet.given_at)),
            (_w("channel", language), V.pick(sheet.channel, language))]
    rows += [(_w("subject", language), sheet.subject)] if sheet.subject else []
    rows += [(_w("incident", language), sheet.incident_number)] if sheet.incident_number else []
    rows.append((_w("text", language), sheet.text))
    rows += [(_w("corrected", language), f"{format_beijing(at)} {text}") for at, text in sheet.earlier]
    return rows


def _render(title_key: str, code: str, printed_at: datetime, language: Language, story: list[Flowable],
            signatures: list[str]) -> bytes:
    chinese = language is Language.ZH
    title = _w(title_key, Language.ZH)  # the Chinese title heads either language, the English under it
    head = [*layout.title_block(title, "" if chinese else _w(title_key, Language.EN))]
    story = [*head, *story, KeepTogether([layout.signature_block(signatures, layout.frame_width(), chinese)])]
    header = (_w("number", language, number=code), _w("printed", language, at=format_beijing(printed_at)))
    return layout.render(story, Furniture(header=header, chinese=chinese), title=f"{title} {code}")


def _signature(role: Role, language: Language) -> str:
    return V.sentence("signature", language, role=V.label(role, language))


def notice_pdf(instruction: InstructionSheet, task: TaskSheet, printed_at: datetime,
               language: Language = Language.ZH) -> bytes:
    """The notice the department receives: what the leader instructed, what it is to do, by when."""
    st = layout.styles()
    rows = [(_w("department", language), task.department), (_w("contact", language), task.contact),
            *_instruction_rows(instruction, language)]
    if task.text != instruction.text:
        rows.append((_w("task_text", language), task.text))
    rows += [(_w("handle_by", language), format_beijing(task.handle_by)),
             (_w("feedback_by", language), format_beijing(task.feedback_by)),
             (_w("issued", language), format_beijing(task.issued_at)), (_w("issued_by", language), task.issued_by)]
    indent = "　　" if language is Language.ZH else ""  # a Chinese paragraph starts two characters in
    ask = _w("ask", language, due=format_beijing(task.feedback_by))
    story: list[Flowable] = [_form(rows, language), para("\n" + indent + ask, st["body"])]
    signatures = [_signature(Role.DUTY_OFFICER, language), _signature(Role.SHIFT_LEADER, language),
                  _w("received_by", language), _w("date", language)]
    return _render("notice", task.code, printed_at, language, story, signatures)


def _feedback(task: TaskSheet, language: Language) -> str:
    said = [f"{format_beijing(at)} {person} {text}".strip() for kind, at, person, text in task.replies
            if kind is ReplyKind.FEEDBACK]
    said += [_w("returned", language, reason=reason) for reason in task.returned]
    return "\n".join(said) or _w("none_yet", language)


def implementation_pdf(instruction: InstructionSheet, tasks: Sequence[TaskSheet], printed_at: datetime,
                       language: Language = Language.ZH) -> bytes:
    """Every task of the instruction with its state and what the department reported."""
    st = layout.styles()
    story: list[Flowable] = [_form(_instruction_rows(instruction, language), language)]
    story += layout.heading(_w("tasks", language))
    if not tasks:
        story.append(para(_w("no_tasks", language), st["body"]))
    else:
        closed = sum(t.state is TaskState.CLOSED for t in tasks)
        waiting = sum(t.state is TaskState.FEEDBACK for t in tasks)
        story.append(para(_w("summary", language, tasks=len(tasks), closed=closed, feedback=waiting,
                             open=len(tasks) - closed - waiting, overdue=sum(t.overdue for t in tasks)), st["body"]))
        head = [_w(k, language) for k in ("department", "state", "feedback_by", "feedback", "chases")]
        cells = [[para(c, st["small"]) for c in head]]
        for t in tasks:
            state = V.label(t.state, language) + (_w("overdue", language) if t.overdue else "")
            cells.append([para(c, st["small"]) for c in (t.department, state, format_beijing(t.feedback_by),
                                                         _feedback(t, language), str(t.chases))])
        story.append(layout.grid_table(cells, [32 * mm, 22 * mm, 28 * mm, 70 * mm, 18 * mm]))
    signatures = [_signature(Role.DUTY_OFFICER, language), _signature(Role.SHIFT_LEADER, language),
                  _w("date", language)]
    return _render("report", instruction.code, printed_at, language, story, signatures)

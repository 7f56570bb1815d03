"""Leaders' instructions (批示) and the supervision of what departments do with them (督办): how an instruction
came in, a task's states and the steps between them, and how a chase (催办) went. No Qt, no SQL."""

from datetime import datetime, timedelta
from enum import StrEnum

from duty_desk.domain.deadline import Deadline
from duty_desk.domain.validation import FieldError
from duty_desk.domain.workflow import StateMachine, Transition

Term = tuple[str, str]  # (English, Chinese), as domain.vocabulary keeps them
TEXT_LIMIT = 4_000  # an instruction, a feedback report or a reason: a page of text
SUBJECT_LIMIT = 200


class Channel(StrEnum):
    """How the instruction reached the duty room."""

    PHONE = "phone"
    ON_REPORT = "on_report"  # written on the 呈报单: the scanned sheet is attached
    IN_PERSON = "in_person"
    SECURE_LINE = "secure_line"
    ON_DOCUMENT = "on_document"


class TaskState(StrEnum):
    ISSUED = "issued"
    RECEIVED = "received"  # the department acknowledged it
    FEEDBACK = "feedback"  # its feedback report came in: waiting for a shift leader
    RETURNED = "returned"  # sent back for more, with a reason
    CLOSED = "closed"


class ChaseMeans(StrEnum):
    PHONE = "phone"
    SECURE_PHONE = "secure_phone"
    FAX = "fax"
    WRITTEN = "written"
    IN_PERSON = "in_person"


class ChaseOutcome(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    BUSY = "busy"
    MESSAGE = "message"  # left a message
    LINE_FAILED = "line_failed"


class ReplyKind(StrEnum):
    RECEIPT = "receipt"
    FEEDBACK = "feedback"


def _reason_given(reason: str) -> FieldError | None:
    return None if reason.strip() else FieldError.of("reason", "say what more is needed")


OPEN = frozenset({TaskState.ISSUED, TaskState.RECEIVED, TaskState.RETURNED})  # the department still owes a report
RECEIVE, FEEDBACK, CLOSE, RETURN = "receive", "feedback", "close", "return"
TASK_FLOW = StateMachine(TaskState, TaskState.ISSUED, (
    Transition(RECEIVE, frozenset({TaskState.ISSUED}), TaskState.RECEIVED),
    Transition(FEEDBACK, OPEN, TaskState.FEEDBACK),
    Transition(CLOSE, frozenset({TaskState.FEEDBACK}), TaskState.CLOSED),
    Transition(RETURN, frozenset({TaskState.FEEDBACK}), TaskState.RETURNED, guard=_reason_given),
), field="state")


def feedback_deadline(state: TaskState, feedback_by: datetime, soon: timedelta) -> Deadline:
    """The report the duty room waits for: due until the feedback is in (again, after a return)."""
    return Deadline(feedback_by, soon, None if state in OPEN else feedback_by)


TERMS: dict[type[StrEnum], dict[StrEnum, Term]] = {
    Channel: {Channel.PHONE: ("By phone", "电话"), Channel.ON_REPORT: ("Written on the report", "呈报单批示"),
              Channel.IN_PERSON: ("In person", "当面"), Channel.SECURE_LINE: ("Secure line", "保密电话"),
              Channel.ON_DOCUMENT: ("On a document", "文件批示")},
    TaskState: {TaskState.ISSUED: ("Issued", "已交办"), TaskState.RECEIVED: ("Received", "已签收"),
                TaskState.FEEDBACK: ("Feedback received", "已反馈"), TaskState.RETURNED: ("Returned", "已退回"),
                TaskState.CLOSED: ("Closed", "已办结")},
    ChaseMeans: {ChaseMeans.PHONE: ("Phone", "电话"), ChaseMeans.SECURE_PHONE: ("Secure phone", "保密电话"),
                 ChaseMeans.FAX: ("Fax", "传真"), ChaseMeans.WRITTEN: ("Written notice", "书面"),
                 ChaseMeans.IN_PERSON: ("In person", "当面")},
    ChaseOutcome: {ChaseOutcome.REACHED: ("Reached", "已联系上"), ChaseOutcome.NO_ANSWER: ("No answer", "无人接听"),
                   ChaseOutcome.BUSY: ("Busy", "占线"), ChaseOutcome.MESSAGE: ("Left a message", "已留言"),
                   ChaseOutcome.LINE_FAILED: ("Line failed", "线路故障")},
    ReplyKind: {ReplyKind.RECEIPT: ("Receipt", "签收"), ReplyKind.FEEDBACK: ("Feedback", "反馈")},
}


def code_of(record_id: str) -> str:
    """How a task or an instruction is named on paper and on the command line: the random tail of its UUIDv7 id
    (the head is its time, shared by tasks issued together)."""
    return record_id[-8:].upper()

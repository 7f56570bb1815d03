"""The supervision task list as text for the command line: CSV (formula cells guarded), or aligned lines."""

from datetime import datetime

from duty_desk.domain.csv_cells import guarded_csv
from duty_desk.domain.deadline import DeadlineState
from duty_desk.domain.supervision import code_of
from duty_desk.domain.timefmt import format_beijing
from duty_desk.domain.vocabulary import Language, label
from duty_desk.services.permission import internal
from duty_desk.services.supervision import TaskView

COLUMNS = ("code", "department", "state", "handle_by", "feedback_by", "deadline", "contact", "instruction")
_DEADLINE = {DeadlineState.OVERDUE: "overdue", DeadlineState.DUE_SOON: "due soon", DeadlineState.PENDING: "",
             DeadlineState.DONE: ""}


def _row(view: TaskView, now: datetime) -> list[str]:
    return [code_of(view.id), view.department, label(view.state, Language.EN), format_beijing(view.handle_by),
            format_beijing(view.feedback_by), _DEADLINE[view.deadline.state(now)],
            " ".join(p for p in (view.contact_name, view.contact_phone) if p), code_of(view.instruction_id)]


@internal
def tasks_csv(views: list[TaskView], now: datetime) -> str:
    return guarded_csv(COLUMNS, (_row(view, now) for view in views))


@internal
def tasks_text(views: list[TaskView], now: datetime) -> str:
    """One line a task, the most urgent first; the code is what `report supervision-notice` takes."""
    lines = ["  ".join(cell for cell in _row(view, now)[:6] if cell) for view in views]
    return "\n".join(lines) + ("\n" if lines else "no supervision tasks\n")

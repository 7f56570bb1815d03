"""Escalations in progress as CSV (`duty-desk escalation list --format csv`), each cell guarded against formulas."""

from datetime import datetime

from duty_desk.domain import escalation as E
from duty_desk.domain import vocabulary as V
from duty_desk.domain.csv_cells import guarded_csv
from duty_desk.domain.roster import Position
from duty_desk.domain.timefmt import format_beijing
from duty_desk.services.escalations import EscalationRow
from duty_desk.services.permission import internal

HEADER = ("incident", "summary", "severity", "step", "of", "whom", "acting", "office_phone", "mobile",
          "secure_phone", "duty_phone", "due", "due_kind", "overdue")


def _step(row: EscalationRow, language: V.Language) -> str:
    if row.step is None:
        return ""
    if row.step.target is E.Target.POSITION:
        return V.word(row.step.ref, Position, language)
    return V.label(row.step.target, language)


@internal  # formats rows its caller read through escalations.in_progress (checked there)
def cells(row: EscalationRow, now: datetime, language: V.Language = V.Language.ZH) -> list[str]:
    named = row.whom.named if row.whom else None
    reached = row.whom.reached if row.whom else None
    acting = reached.name if reached and named and reached.id != named.id else ""
    phones = reached or named
    return [row.number, row.summary, row.severity, f"{row.step_no} {_step(row, language)}".strip(), str(row.steps),
            named.name if named else "", acting, phones.office_phone if phones else "",
            phones.mobile if phones else "", phones.secure_phone if phones else "", phones.duty_phone if phones else "",
            format_beijing(row.due) if row.due else "", row.due_kind.value,
            "yes" if row.due is not None and row.due < now else "no"]


@internal
def escalations_csv(rows: list[EscalationRow], now: datetime) -> str:
    return guarded_csv(HEADER, (cells(row, now) for row in rows))

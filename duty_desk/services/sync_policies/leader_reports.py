"""Written reports to leaders: seen by whoever escalates; a draft named by its number and title. A sending is
history by nature (append-only): never in conflict, but a refused one is shown."""

from sqlalchemy.orm import Session

from duty_desk.domain.roles import Action
from duty_desk.services import leader_reports
from duty_desk.services.sync_policy import SyncPolicy, declare
from duty_desk.storage.models import LeaderReport, LeaderReportSending


def _number(session: Session, report_id: str) -> str:
    row = session.get(LeaderReport, report_id)
    return row.number if row is not None else report_id[:8]


declare(
    SyncPolicy(LeaderReport, Action.VIEW_ESCALATIONS, Action.RESOLVE_CONFLICTS,
               lambda _s, row: f"{row.number} {row.title}",
               # The number is given once; the addressees are ids, who drafted it is not typed.
               chosen=frozenset({"number", "addressee_ids", "drafted_by"}), validator=leader_reports.check_stored),
    SyncPolicy(LeaderReportSending, Action.VIEW_ESCALATIONS, Action.RESOLVE_CONFLICTS,
               lambda s, row: _number(s, row.report_id)),
)

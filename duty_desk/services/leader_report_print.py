"""The 呈报单's printout, one service for the panel, the command line and the tests: it checks the actor may see
written reports and gathers the report and its incident; reports.leader_report only lays them out."""

from datetime import datetime

from duty_desk.domain.roles import Action
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.vocabulary import Language
from duty_desk.reports.leader_report import leader_report_pdf
from duty_desk.services import incidents, leader_reports
from duty_desk.services.context import Actor, Services, require
from duty_desk.services.incident_report import Printout
from duty_desk.services.leader_reports import ReportView
from duty_desk.services.permission import requires


def _printout(services: Services, actor: Actor, view: ReportView, language: Language,
              printed_at: datetime | None) -> Printout:
    drill = incidents.get(services, actor, view.incident_id).data.drill
    sent = (view.sent_at, view.sent_by) if view.sent_at is not None else None
    pdf = leader_report_pdf(view.number, view.text, view.addressees, view.incident_number, view.drafted_by, sent,
                            view.corrects, drill, printed_at or utcnow(), language)
    return Printout(pdf, view.number)


@requires(Action.VIEW_ESCALATIONS)
def leader_report(services: Services, actor: Actor, report_id: str, language: Language,
                  printed_at: datetime | None = None) -> Printout:
    """The 呈报单 in `language`, as sent (or as the draft stands), stamped as printed at `printed_at`."""
    require(actor, Action.VIEW_ESCALATIONS)
    return _printout(services, actor, leader_reports.get(services, actor, report_id), language, printed_at)


@requires(Action.VIEW_ESCALATIONS)
def leader_report_by_number(services: Services, actor: Actor, number: str, language: Language,
                            printed_at: datetime | None = None) -> Printout:
    """The same, for the report numbered so (as the command line names it)."""
    require(actor, Action.VIEW_ESCALATIONS)
    return _printout(services, actor, leader_reports.find_by_number(services, actor, number), language, printed_at)

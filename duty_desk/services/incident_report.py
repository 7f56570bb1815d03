"""The incident information report, one service for the panel, the command line and the tests: it checks the
actor may read incidents and gathers the incident and its timeline; reports.incident_report only lays them out."""

from dataclasses import dataclass
from datetime import datetime

from duty_desk.domain.roles import Action
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.vocabulary import Language
from duty_desk.reports.incident_report import incident_report_pdf
from duty_desk.services import incidents
from duty_desk.services.context import Actor, Services, require
from duty_desk.services.permission import requires


@dataclass(frozen=True)
class Printout:
    pdf: bytes
    number: str  # the incident's, to name the file by


@requires(Action.VIEW_INCIDENTS)
def incident_report(services: Services, actor: Actor, incident_id: str, language: Language,
                    printed_at: datetime | None = None) -> Printout:
    """The report in `language`, stamped as printed at `printed_at` (now by default)."""
    require(actor, Action.VIEW_INCIDENTS)
    view = incidents.get(services, actor, incident_id)
    events = incidents.timeline(services, actor, incident_id)
    return Printout(incident_report_pdf(view, events, printed_at or utcnow(), language), view.number)


@requires(Action.VIEW_INCIDENTS)
def incident_report_by_number(services: Services, actor: Actor, number: str, language: Language,
                              printed_at: datetime | None = None) -> Printout:
    """The same, for the incident numbered so (as the command line names it)."""
    require(actor, Action.VIEW_INCIDENTS)
    return incident_report(services, actor, incidents.find_by_number(services, actor, number).id, language,
                           printed_at)

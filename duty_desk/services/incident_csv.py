"""The incident list as CSV (number, received, severity, status, district, summary): one writer for the
command line and the app."""


from duty_desk.domain.csv_cells import guarded_csv
from duty_desk.domain.deadlines import Profile
from duty_desk.domain.incident_query import IncidentQuery
from duty_desk.domain.incident_views import IncidentView
from duty_desk.domain.places import district_name
from duty_desk.domain.roles import Action
from duty_desk.domain.timefmt import format_beijing
from duty_desk.services import incident_list
from duty_desk.services.context import Actor, Services
from duty_desk.services.permission import internal, requires

COLUMNS = ("number", "received", "severity", "status", "district", "summary")
PAGE = 500


@requires(Action.VIEW_INCIDENTS)
def all_incidents(services: Services, actor: Actor, query: IncidentQuery,
                  profile: Profile | None = None) -> list[IncidentView]:
    """Every incident the query keeps, in its order, read a page at a time."""
    views: list[IncidentView] = []
    while True:
        page = incident_list.list_incidents(services, actor, query, limit=PAGE, offset=len(views), profile=profile)
        views += page
        if len(page) < PAGE:
            return views


@internal
def incidents_csv(views: list[IncidentView]) -> str:
    return guarded_csv(COLUMNS, ([v.number, format_beijing(v.data.received_at), v.data.severity.value,
                                  v.status.value, district_name(v.data.district_code) if v.data.district_code else "",
                                  v.data.summary] for v in views))

"""The incident list as CSV (number, received, severity, status, district, summary): one writer for the
command line and the app."""

import csv
import io

from duty_desk.domain.incident_views import IncidentView
from duty_desk.domain.places import district_name
from duty_desk.domain.timefmt import format_beijing
from duty_desk.services import incidents
from duty_desk.services.context import Actor, Services

COLUMNS = ("number", "received", "severity", "status", "district", "summary")
PAGE = 500


def all_incidents(services: Services, actor: Actor, include_drills: bool = False) -> list[IncidentView]:
    """Every incident, newest first, read a page at a time."""
    views: list[IncidentView] = []
    while True:
        page = incidents.list_incidents(services, actor, include_drills=include_drills, limit=PAGE,
                                        offset=len(views))
        views += page
        if len(page) < PAGE:
            return views


def incidents_csv(views: list[IncidentView]) -> str:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(COLUMNS)
    for v in views:
        writer.writerow([v.number, format_beijing(v.data.received_at), v.data.severity.value, v.status.value,
                         district_name(v.data.district_code) if v.data.district_code else "", v.data.summary])
    return text.getvalue()

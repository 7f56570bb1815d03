"""Reception receives visitors: logged in as reception, no incident text reaches them by any shared mechanism."""

from collections.abc import Callable
from datetime import timedelta

import pytest
from sync_rows import record_conflict, record_refusal

from duty_desk.domain.incident_query import IncidentQuery
from duty_desk.domain.incidents import Severity, Source
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.roles import Role
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.vocabulary import Language
from duty_desk.services import attachments, attention, incident_csv, incident_report, incidents, search, sync
from duty_desk.services.context import Actor, Services
from duty_desk.services.errors import PermissionDenied

SECRET = "化工厂氯气泄漏疏散群众"  # the incident's account: it must appear nowhere reception can look
FOLLOW_UP = "下风向三公里内学校停课"


def test_reception_finds_no_incident_text_anywhere(services: Services, admin: Actor,
                                                   make_user: Callable[[str, Role], Actor]) -> None:
    # An overdue incident with a follow-up, an attachment, a sync conflict and a refused change.
    incident_id, _ = incidents.register(services, admin, IncidentData(
        received_at=utcnow() - timedelta(hours=2), source=Source.PHONE, summary=SECRET, severity=Severity.II))
    incidents.add_follow_up(services, admin, incident_id, FOLLOW_UP, utcnow(), Source.PHONE)
    attachments.add(services, admin, incidents.ATTACHMENTS, incident_id, f"{SECRET}.jpg", b"photo")
    record_conflict(services, "incidents", incident_id, "summary", SECRET, FOLLOW_UP)
    record_refusal(services, "incidents", incident_id, {"id": incident_id, "summary": SECRET}, "refused")
    # The officer sees all of it, so the checks below can fail.
    officer = make_user("officer", Role.DUTY_OFFICER)
    assert SECRET in repr(search.search(services, officer, SECRET[:4]))
    assert incident_id in repr(attention.gather(services, officer))

    desk = make_user("desk", Role.RECEPTION)
    seen = [sync.conflicts(services, desk), sync.rejected(services, desk),
            search.search(services, desk, SECRET[:4]), search.search(services, desk, FOLLOW_UP[:3]),
            attention.gather(services, desk)]
    assert seen == [[], [], [], [], []]
    status = sync.status(services, desk)
    assert (status.open_conflicts, status.rejected) == (0, 0)
    for refused in (lambda: incident_csv.all_incidents(services, desk, IncidentQuery()),
                    lambda: incident_report.incident_report(services, desk, incident_id, Language.ZH),
                    lambda: attachments.list_for(services, desk, incidents.ATTACHMENTS, incident_id),
                    lambda: incidents.timeline(services, desk, incident_id)):
        with pytest.raises(PermissionDenied):
            refused()

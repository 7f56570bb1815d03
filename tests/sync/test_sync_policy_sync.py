"""A real conflict on an incident between two workstations: each role sees it as the incident's sync policy says."""

from typing import Any

import pytest
from account_support import add_and_log_in
from sync_support import Server, admin_of

from duty_desk.domain.incidents import Source
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.roles import Role
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.validation import ValidationError
from duty_desk.services import accounts, incidents, sync
from duty_desk.services.errors import PermissionDenied


def test_an_incident_conflict_is_hidden_from_reception_and_resolved_by_the_editors_rules(
        make_site: Any, pg_server: Server) -> None:
    a, b = make_site("a"), make_site("b")
    admin_a = admin_of(a)
    for name, role in (("front", Role.RECEPTION), ("leader", Role.SHIFT_LEADER)):
        add_and_log_in(a.services, admin_a, name, name.title(), role, "long-password-9")
    incident_id, number = incidents.register(a.services, admin_a, IncidentData(
        received_at=utcnow(), source=Source.PHONE, summary="丰台区仓库起火", district_code="110106"))
    a.sync()
    b.sync()
    admin_b = admin_of(b)
    incidents.update(a.services, admin_a, incident_id, summary="丰台区仓库起火，火势较大")  # both offline
    incidents.update(b.services, admin_b, incident_id, summary="丰台区仓库起火，已有三人被困")
    for site in (a, b, a, b):
        site.sync()

    front = accounts.authenticate(b.services, "front", "long-password-9")
    seen = repr((sync.conflicts(b.services, front), sync.rejected(b.services, front),
                 sync.status(b.services, front)))
    assert "丰台区" not in seen and number not in seen and sync.status(b.services, front).open_conflicts == 0

    leader = accounts.authenticate(b.services, "leader", "long-password-9")
    assert sync.status(b.services, leader).open_conflicts == 1
    [view] = sync.conflicts(b.services, leader)
    assert view.record_label.startswith(f"{number} 丰台区仓库起火，") and view.field == "summary"
    assert {view.kept, view.lost} == {"丰台区仓库起火，火势较大", "丰台区仓库起火，已有三人被困"}
    with pytest.raises(PermissionDenied):
        sync.resolve_conflict(b.services, front, view.id, side="lost")
    with pytest.raises(ValidationError) as refused:
        sync.resolve_conflict(b.services, leader, view.id, "")
    assert refused.value.errors[0].field == "summary"
    sync.resolve_conflict(b.services, leader, view.id, "丰台区仓库起火，火势较大，三人被困")
    for site in (b, a):
        site.sync()
    assert incidents.get(a.services, admin_a, incident_id).data.summary == "丰台区仓库起火，火势较大，三人被困"
    assert sync.conflicts(a.services, admin_a) == []  # closed on both

"""Workflow states travel as events: two offline transitions of one incident both survive and fold the same way
on every workstation and on the server."""

from typing import Any

import pytest
from sqlalchemy import func, select
from sync_compare import server_snapshot, snapshot
from sync_support import Server, admin_of

from duty_desk.domain.incidents import Severity, Source, Status
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.validation import ValidationError
from duty_desk.services import incidents
from duty_desk.storage.models import OutboxOp, SyncConflict, WorkflowEvent


def test_two_offline_status_changes_both_survive_and_fold_the_same_everywhere(make_site: Any,
                                                                                pg_server: Server) -> None:
    a, b = make_site("a"), make_site("b")
    actor_a = admin_of(a)
    incident_id, _ = incidents.register(a.services, actor_a, IncidentData(
        received_at=utcnow(), source=Source.PHONE, summary="朝阳区一仓库冒烟", district_code="110105",
        severity=Severity.IV))
    a.sync()
    b.sync()
    actor_b = admin_of(b)
    # Both offline: a closes it as a false alarm; a moment later b, who has not heard, starts handling it.
    incidents.set_status(a.services, actor_a, incident_id, Status.CLOSED, "经核实为误报")
    incidents.set_status(b.services, actor_b, incident_id, Status.HANDLING)
    for site in (a, b, a, b, a):
        site.sync()
    for site, actor in ((a, actor_a), (b, actor_b)):
        with site.db.session() as session:
            moves = session.execute(select(WorkflowEvent.transition, WorkflowEvent.actor)
                                    .where(WorkflowEvent.record_id == incident_id)
                                    .order_by(WorkflowEvent.hlc)).all()
            assert session.scalar(select(func.count()).select_from(OutboxOp)) == 0
            # The server saw both edit the cached status; the fold decided it, so no person is asked to.
            assert session.scalar(select(func.count()).select_from(SyncConflict).where(
                SyncConflict.record_id == incident_id, SyncConflict.resolved.is_(False))) == 0
            decided = session.scalar(select(func.count()).select_from(SyncConflict).where(
                SyncConflict.record_id == incident_id, SyncConflict.resolved_by == "workflow"))
        assert decided >= 1  # the conflict was there, and was closed by the fold
        assert [tuple(m) for m in moves] == [("close", actor_a.display_name), ("handle", actor_b.display_name)]
        view = incidents.get(site.services, actor, incident_id)
        # The close came first by the clocks: b's "start handling" no longer applied to a closed incident.
        assert (view.status, view.status_reason) == (Status.CLOSED, "经核实为误报")
        status_changes = [dict(e.changes) for e in incidents.timeline(site.services, actor, incident_id)
                          if "status" in dict(e.changes)]
        assert status_changes == [{"status": "closed", "status_reason": "经核实为误报"}]
        with pytest.raises(ValidationError) as refused:
            incidents.set_status(site.services, actor, incident_id, Status.CLOSED, "再次办结")
        assert refused.value.errors[0].reason == "the incident already has that status"
    assert snapshot(a.db.engine) == snapshot(b.db.engine) == server_snapshot(pg_server.admin_url)

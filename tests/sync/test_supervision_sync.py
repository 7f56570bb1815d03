"""Supervision tasks across workstations: two shift leaders, offline, one closing a task and the other returning
it, fold to one state the same way everywhere with both events kept; instructions, replies and chases recorded on
both sides all arrive."""

from typing import Any

from account_support import add_and_log_in
from sqlalchemy import func, select
from supervision_support import instruction, office, tasks
from sync_compare import server_snapshot, snapshot
from sync_support import Server, admin_of

from duty_desk.domain.roles import Role
from duty_desk.domain.supervision import ChaseMeans, ChaseOutcome, TaskState
from duty_desk.domain.timefmt import utcnow
from duty_desk.services import accounts, instructions, supervision
from duty_desk.storage.models import OutboxOp, SupervisionChase, SyncConflict, WorkflowEvent

PASSWORD = "Lead-shift-2026"


def test_close_and_return_offline_fold_to_one_state_with_both_events_kept(make_site: Any,
                                                                           pg_server: Server) -> None:
    a, b = make_site("a"), make_site("b")
    admin = admin_of(a)
    luo = add_and_log_in(a.services, admin, "luo", "罗建平", Role.SHIFT_LEADER, PASSWORD)
    add_and_log_in(a.services, admin, "chen", "陈立", Role.SHIFT_LEADER, PASSWORD)
    place = office(a.services, luo)
    instruction_id = instruction(a.services, luo, place)
    water, district = tasks(a.services, luo, place, instruction_id)
    supervision.record_feedback(a.services, luo, water, "积水已排除。", utcnow(), "李工")
    a.sync()
    b.sync()
    chen_b = accounts.authenticate(b.services, "chen", PASSWORD)
    # Offline: on a, 罗建平 closes the task; a moment later on b, 陈立, who has not heard, returns it for more.
    supervision.close_task(a.services, luo, water, "同意办结")
    supervision.return_task(b.services, chen_b, water, "请补充交通恢复情况")
    # Meanwhile both chase the district: both attempts are kept.
    supervision.record_chase(a.services, luo, district, utcnow(), ChaseMeans.PHONE, "张科长", ChaseOutcome.BUSY)
    supervision.record_chase(b.services, chen_b, district, utcnow(), ChaseMeans.FAX, "张科长",
                             ChaseOutcome.REACHED)
    for site in (a, b, a, b, a):
        site.sync()
    for site, actor in ((a, luo), (b, chen_b)):
        detail = supervision.detail(site.services, actor, water)
        # The close came first by the clocks: the return no longer applied to a closed task.
        assert detail.task.state is TaskState.CLOSED and detail.task.state_reason == "同意办结"
        assert [s.to_state for s in detail.steps] == [TaskState.FEEDBACK, TaskState.CLOSED]
        assert detail.events == 3  # feedback, close and the superseded return: all kept
        assert len(supervision.detail(site.services, actor, district).chases) == 2
        assert instructions.get(site.services, actor, instruction_id).tasks == 2
        with site.db.session() as session:
            assert session.scalar(select(func.count()).select_from(OutboxOp)) == 0
            assert session.scalar(select(func.count()).select_from(SyncConflict).where(
                SyncConflict.record_id == water, SyncConflict.resolved.is_(False))) == 0
            transitions = session.scalars(select(WorkflowEvent.transition).where(
                WorkflowEvent.record_id == water).order_by(WorkflowEvent.hlc)).all()
            assert list(transitions) == ["feedback", "close", "return"]
            assert session.scalar(select(func.count()).select_from(SupervisionChase)) == 2
    assert snapshot(a.db.engine) == snapshot(b.db.engine) == server_snapshot(pg_server.admin_url)

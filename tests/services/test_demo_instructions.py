"""The demo has instructions with tasks in each state, one awaiting its tasks, and a correction; seeding again
adds nothing."""

from pathlib import Path

from duty_desk.domain.deadline import DeadlineState
from duty_desk.domain.supervision import TaskState
from duty_desk.domain.timefmt import utcnow
from duty_desk.services import accounts, demo, instructions, supervision
from duty_desk.services.context import Services
from duty_desk.storage.database import open_database


def test_demo_instructions_cover_every_task_state(tmp_path: Path) -> None:
    db = open_database(tmp_path / "demo")
    try:
        services = Services(db)
        demo.seed(services)
        officer = accounts.authenticate(services, "officer", "On-duty-2026")
        now = utcnow()
        listed = supervision.tasks(services, officer, now)
        assert {t.state for t in listed} == set(TaskState)
        assert listed[0].deadline.state(now) is DeadlineState.OVERDUE
        assert {t.deadline.state(now) for t in listed} >= {DeadlineState.DUE_SOON, DeadlineState.PENDING}
        items = instructions.list_instructions(services, officer)
        assert items[0].tasks == 0 and any(i.earlier for i in items) and len(items) == 3
        demo.seed(services)
        assert len(supervision.tasks(services, officer, now)) == len(listed)
    finally:
        db.dispose()

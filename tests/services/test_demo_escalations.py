"""The demo has escalations in each state, and seeding again adds none."""

from pathlib import Path

from duty_desk.domain import escalation as E
from duty_desk.domain.timefmt import utcnow
from duty_desk.services import accounts, demo, escalations
from duty_desk.services.context import Services
from duty_desk.storage.database import open_database


def test_demo_escalations_are_in_each_state(tmp_path: Path) -> None:
    db = open_database(tmp_path / "demo")
    try:
        services = Services(db)
        demo.seed(services)
        officer = accounts.authenticate(services, "officer", "On-duty-2026")
        rows = escalations.in_progress(services, officer, utcnow(), limit=None)
        assert len(rows) >= 2
        assert {r.due_kind for r in rows} == {E.DueKind.STEP, E.DueKind.REMINDER}  # one unanswered call
        assert all(r.whom is not None for r in rows)  # the leader on duty, with phones
        demo.seed(services)
        assert len(escalations.in_progress(services, officer, utcnow(), limit=None)) == len(rows)
    finally:
        db.dispose()

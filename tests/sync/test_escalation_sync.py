"""Two workstations record attempts on the same step offline: both attempts are kept everywhere, and the step is
done once, by the earliest reach, on every workstation."""

from datetime import timedelta
from typing import Any

from escalation_support import duty, pattern, people, register
from sqlalchemy import select
from sync_compare import server_snapshot, snapshot
from sync_support import Server, admin_of

from duty_desk.domain import escalation as E
from duty_desk.domain.roster import Position
from duty_desk.domain.timefmt import utcnow
from duty_desk.services import escalations
from duty_desk.storage.models import EscalationAttempt


def test_two_offline_reaches_of_one_step_keep_both_and_the_earliest_counts(make_site: Any,
                                                                             pg_server: Server) -> None:
    a, b = make_site("a"), make_site("b")
    actor_a = admin_of(a)
    wang, chen = people(a.services, "王带班", "陈秘书长")
    shift = pattern(a.services)
    duty(a.services, shift, wang, Position.LEADER, utcnow() - timedelta(hours=2))
    duty(a.services, shift, chen, Position.SECRETARY_GENERAL, utcnow() - timedelta(hours=2))
    register(a.services, actor_a, utcnow() - timedelta(minutes=9))
    a.sync()
    b.sync()
    actor_b = admin_of(b)
    row = escalations.in_progress(b.services, actor_b)[0]
    assert row.step is not None and row.step_no == 1
    early, late = utcnow() - timedelta(minutes=6), utcnow() - timedelta(minutes=2)
    # Both offline: b reached the leader six minutes ago, a (who had not heard) reached him again later.
    escalations.record_attempt(a.services, actor_a, row.id, row.step.key, E.Outcome.REACHED, E.Means.PHONE, at=late)
    escalations.record_attempt(b.services, actor_b, row.id, row.step.key, E.Outcome.REACHED, E.Means.IN_PERSON,
                               at=early)
    for site in (a, b, a, b):
        site.sync()
    for site, actor in ((a, actor_a), (b, actor_b)):
        with site.db.session() as session:
            kept = sorted((x.means, x.outcome) for x in session.scalars(select(EscalationAttempt).where(
                EscalationAttempt.kind == E.AttemptKind.ATTEMPT)))
        assert kept == sorted([(E.Means.PHONE, E.Outcome.REACHED), (E.Means.IN_PERSON, E.Outcome.REACHED)])
        now = escalations.in_progress(site.services, actor)[0]
        assert now.step_no == 2 and now.due == early + timedelta(minutes=15)  # from the earliest reach
        detail = escalations.detail(site.services, actor, row.id)
        assert [s.state for s in detail.progress.steps][:2] == [E.StepState.DONE, E.StepState.OPEN]
        assert detail.progress.steps[0].ended_at == early
    assert snapshot(a.db.engine) == snapshot(b.db.engine) == server_snapshot(pg_server.admin_url)

"""Escalating an incident: the steps in order and in time, whom each reaches at the moment of the attempt (the
roster's handoff, an absent leader's stand-in), skips, reminders, re-planning, going on at once, and roles."""

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from escalation_support import duty, last_handoff, pattern, people, register
from sqlalchemy import func, select

from duty_desk.domain import escalation as E
from duty_desk.domain.deadline import DeadlineState
from duty_desk.domain.incidents import Category, Severity, Status
from duty_desk.domain.roles import Role
from duty_desk.domain.roster import Position
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.validation import ValidationError
from duty_desk.domain.vocabulary import Language
from duty_desk.domain.whereabouts import Whereabouts
from duty_desk.services import attention, escalation_policies, escalations, incidents
from duty_desk.services.context import Actor, Services
from duty_desk.services.errors import PermissionDenied
from duty_desk.storage.models import EscalationAttempt, LeaderWhereabouts

MakeUser = Callable[[str, Role], Actor]


@pytest.fixture
def officer(make_user: MakeUser) -> Actor:
    return make_user("officer", Role.DUTY_OFFICER)


def _only(services: Services, actor: Actor) -> escalations.EscalationRow:
    rows = escalations.in_progress(services, actor)
    assert len(rows) == 1
    return rows[0]


def _attempts(services: Services) -> list[EscalationAttempt]:
    with services.db.session() as session:
        return list(session.scalars(select(EscalationAttempt).order_by(EscalationAttempt.at, EscalationAttempt.id)))


def test_the_shipped_default_is_the_issue_s() -> None:
    leader, secretary = Position.LEADER.value, Position.SECRETARY_GENERAL.value
    plan = {level: [(s.target, s.ref, s.minutes) for s in E.DEFAULT.plan(level, Category.ACCIDENT)]
            for level in E.LEVELS}
    assert plan[Severity.I] == plan[Severity.II] == [(E.Target.POSITION, leader, 10),
                                                     (E.Target.POSITION, secretary, 15), (E.Target.IN_CHARGE, "", 30)]
    assert plan[Severity.III] == [(E.Target.POSITION, leader, 30), (E.Target.POSITION, secretary, 30)]
    assert plan[Severity.IV] == [(E.Target.POSITION, leader, 120)]


def test_a_step_waiting_across_the_handoff_reaches_the_leader_on_duty_at_the_attempt(
        services: Services, officer: Actor) -> None:
    handoff = last_handoff()
    wang, zhao = people(services, "王带班", "赵带班")
    shift = pattern(services)
    duty(services, shift, wang, Position.LEADER, handoff - timedelta(hours=24))
    duty(services, shift, zhao, Position.LEADER, handoff)
    incident_id = register(services, officer, handoff - timedelta(minutes=5), Severity.IV)  # IV: by the officer
    assert escalations.in_progress(services, officer) == []
    escalations.start(services, officer, incident_id)
    row = _only(services, officer)
    assert row.whom is not None and row.whom.named.name == "赵带班"  # the leader on duty now is shown
    assert row.whom.named.mobile == "13910000001"  # all the phones, unmasked for an officer
    assert row.step is not None and row.step.key == "position:leader"
    escalations.record_attempt(services, officer, row.id, row.step.key, E.Outcome.REACHED, E.Means.PHONE)
    reached = _attempts(services)[-1]
    assert (reached.named_name, reached.reached_name, reached.outcome) == ("赵带班", "赵带班", E.Outcome.REACHED)
    assert escalations.in_progress(services, officer) == []  # IV has one step: done


def test_an_attempt_dated_before_the_handoff_records_the_leader_then(services: Services, officer: Actor) -> None:
    handoff = last_handoff()
    wang, zhao, chen = people(services, "王带班", "赵带班", "陈秘书长")
    shift = pattern(services)
    duty(services, shift, wang, Position.LEADER, handoff - timedelta(hours=24))
    duty(services, shift, zhao, Position.LEADER, handoff)
    duty(services, shift, chen, Position.SECRETARY_GENERAL, handoff - timedelta(hours=24), hours=48)
    register(services, officer, handoff - timedelta(minutes=20))  # I: starts on registration
    row = _only(services, officer)
    assert row.step_no == 1 and row.steps == 3
    assert row.due == handoff - timedelta(minutes=10)  # within 10 min of the start: overdue now
    assert row.whom is not None and row.whom.named.name == "赵带班"
    assert row.step is not None
    escalations.record_attempt(services, officer, row.id, row.step.key, E.Outcome.NO_ANSWER, E.Means.PHONE,
                               at=handoff - timedelta(minutes=15))
    assert _attempts(services)[-1].named_name == "王带班"  # who was actually called then
    escalations.record_attempt(services, officer, row.id, row.step.key, E.Outcome.REACHED, E.Means.PHONE,
                               at=handoff + timedelta(minutes=2))
    assert _attempts(services)[-1].named_name == "赵带班"
    row = _only(services, officer)
    assert row.step_no == 2 and row.due == handoff + timedelta(minutes=17)  # 15 min after the reach
    assert row.whom is not None and row.whom.named.name == "陈秘书长"


def test_a_position_with_nobody_on_duty_is_skipped_and_the_skip_recorded(services: Services, officer: Actor,
                                                                        admin: Actor) -> None:
    wang, vice = people(services, "王带班", "刘副市长")
    shift = pattern(services)
    duty(services, shift, wang, Position.LEADER, utcnow() - timedelta(hours=2))
    text = E.to_text(E.DEFAULT, {}).replace("[in_charge]", '[in_charge]\naccident = "刘副市长"')
    escalation_policies.save_policy_text(services, admin, text)
    register(services, officer, utcnow() - timedelta(minutes=1))
    row = _only(services, officer)
    assert row.step is not None
    escalations.record_attempt(services, officer, row.id, row.step.key, E.Outcome.REACHED, E.Means.PHONE)
    row = _only(services, officer)  # no secretary-general on duty: step 2 skipped, step 3 due now
    assert row.step_no == 3 and row.whom is not None and row.whom.named.name == "刘副市长"
    skip = _attempts(services)[-1]
    assert (skip.kind, skip.step_no, skip.step_key) == (E.AttemptKind.SKIP, 2, "position:secretary_general")
    detail = escalations.detail(services, officer, row.id)
    assert [s.state for s in detail.progress.steps] == [E.StepState.DONE, E.StepState.SKIPPED, E.StepState.OPEN]
    assert vice == row.whom.named.id


def test_an_unanswered_step_reminds_again_after_the_interval(services: Services, officer: Actor) -> None:
    wang, = people(services, "王带班")
    duty(services, pattern(services), wang, Position.LEADER, utcnow() - timedelta(hours=2))
    incident_id = register(services, officer, utcnow() - timedelta(minutes=1), Severity.III)
    assert escalations.in_progress(services, officer) == []  # III does not start on registration by default
    escalations.start(services, officer, incident_id)
    row = _only(services, officer)  # the leader within 30 min
    assert row.step is not None and row.due_kind is E.DueKind.STEP
    called = utcnow()  # after the start: an attempt dated before its minute is refused
    escalations.record_attempt(services, officer, row.id, row.step.key, E.Outcome.NO_ANSWER, E.Means.PHONE,
                               at=called)
    row = _only(services, officer)
    assert row.step_no == 1 and row.due_kind is E.DueKind.REMINDER
    assert row.due is not None and abs((row.due - (called + timedelta(minutes=5))).total_seconds()) < 1
    items = [i for i in attention.gather(services, officer, called + timedelta(minutes=6))
             if i.source == "escalation_steps"]
    assert [(i.record_id, i.subject) for i in items] == [(row.id, E.DueKind.REMINDER)]
    assert escalations.counts(services, officer, called + timedelta(minutes=6)) == escalations.EscalationCounts(1, 0)
    assert escalations.counts(services, officer, called + timedelta(minutes=31)).overdue_steps == 0  # still a reminder
    assert items[0].deadline.state(called + timedelta(minutes=6)) is DeadlineState.OVERDUE
    assert items[0].deadline.state(called + timedelta(minutes=1)) is DeadlineState.DUE_SOON


def test_a_severity_change_re_plans_what_is_not_done_and_keeps_what_was(services: Services, officer: Actor) -> None:
    wang, chen = people(services, "王带班", "陈秘书长")
    shift = pattern(services)
    duty(services, shift, wang, Position.LEADER, utcnow() - timedelta(hours=2))
    duty(services, shift, chen, Position.SECRETARY_GENERAL, utcnow() - timedelta(hours=2))
    incident_id = register(services, officer, utcnow() - timedelta(minutes=3), Severity.III)
    escalations.start(services, officer, incident_id)
    row = _only(services, officer)
    assert row.steps == 2
    assert row.step is not None
    reached_at = utcnow()
    escalations.record_attempt(services, officer, row.id, row.step.key, E.Outcome.REACHED, E.Means.PHONE,
                               at=reached_at)
    assert _only(services, officer).due == reached_at + timedelta(minutes=30)  # III: 30 min of that
    incidents.update(services, officer, incident_id, severity=Severity.I)
    row = _only(services, officer)  # I: three steps; the leader's reach kept; the secretary-general within 15
    assert (row.step_no, row.steps, row.due) == (2, 3, reached_at + timedelta(minutes=15))
    detail = escalations.detail(services, officer, row.id)
    assert detail.progress.steps[0].state is E.StepState.DONE


def test_an_officer_may_go_on_at_once_and_only_a_shift_leader_marks_a_step_not_needed(
        services: Services, officer: Actor, make_user: MakeUser) -> None:
    wang, chen = people(services, "王带班", "陈秘书长")
    shift = pattern(services)
    duty(services, shift, wang, Position.LEADER, utcnow() - timedelta(hours=2))
    duty(services, shift, chen, Position.SECRETARY_GENERAL, utcnow() - timedelta(hours=2))
    register(services, officer, utcnow() - timedelta(minutes=1))
    row = _only(services, officer)
    assert row.step is not None
    escalations.go_on(services, officer, row.id, row.step.key)
    row = _only(services, officer)
    assert row.step_no == 2 and row.whom is not None and row.whom.named.name == "陈秘书长"
    assert row.step is not None
    with pytest.raises(PermissionDenied):
        escalations.mark_not_needed(services, officer, row.id, row.step.key, "领导已在现场")
    leader = make_user("leader", Role.SHIFT_LEADER)
    with pytest.raises(ValidationError) as refused:
        escalations.mark_not_needed(services, leader, row.id, row.step.key, " ")
    assert refused.value.errors[0].field == "reason"
    escalations.mark_not_needed(services, leader, row.id, row.step.key, "秘书长已在现场指挥")
    # No leader in charge is named for the category: step 3 is skipped, and the escalation has ended its steps.
    assert escalations.in_progress(services, leader) == []
    detail = escalations.detail(services, leader, row.id)
    assert [s.state for s in detail.progress.steps] == [E.StepState.PASSED, E.StepState.NOT_NEEDED,
                                                        E.StepState.SKIPPED]
    assert detail.state is E.EscalationState.COMPLETE
    with pytest.raises(ValidationError) as stale:  # the officer's screen still showed step 2
        escalations.go_on(services, officer, row.id, "position:secretary_general")
    assert stale.value.errors[0].field == "escalation"


def test_a_step_to_an_absent_leader_reaches_the_acting_one_and_records_both(services: Services,
                                                                            officer: Actor) -> None:
    wang, li = people(services, "王带班", "李代岗")
    duty(services, pattern(services), wang, Position.LEADER, utcnow() - timedelta(hours=2))
    with services.db.session() as session:
        session.add(LeaderWhereabouts(person_id=wang, status=Whereabouts.AWAY, starts_at=utcnow() - timedelta(hours=1),
                                      ends_at=utcnow() + timedelta(days=1), acting_person_id=li))
        session.commit()
    incident_id = register(services, officer, utcnow() - timedelta(minutes=1), Severity.IV)
    escalations.start(services, officer, incident_id)
    row = _only(services, officer)
    assert row.whom is not None and (row.whom.named.name, row.whom.reached.name) == ("王带班", "李代岗")
    assert row.step is not None
    escalations.record_attempt(services, officer, row.id, row.step.key, E.Outcome.REACHED, E.Means.SECURE_PHONE)
    attempt = _attempts(services)[-1]
    assert (attempt.named_id, attempt.reached_id) == (wang, li)
    said = [e.words(Language.ZH) for e in incidents.timeline(services, officer, incident_id) if e.words]
    assert said[-1] == "第 1 步，李代岗（代王带班）：已联系上（保密电话）"
    said_en = [e.words(Language.EN) for e in incidents.timeline(services, officer, incident_id) if e.words]
    assert said_en[-1] == "Step 1, 李代岗, acting for 王带班: Reached (Secure phone)"


def test_bad_input_is_refused_by_field_and_nothing_saved(services: Services, officer: Actor) -> None:
    wang, = people(services, "王带班")
    duty(services, pattern(services), wang, Position.LEADER, utcnow() - timedelta(hours=2))
    incident_id = register(services, officer, utcnow() - timedelta(minutes=10), Severity.IV)
    escalations.start(services, officer, incident_id)
    with pytest.raises(ValidationError) as twice:
        escalations.start(services, officer, incident_id)
    assert twice.value.errors[0].field == "incident"
    row = _only(services, officer)
    assert row.step is not None
    for at in (utcnow() - timedelta(hours=1), utcnow() + timedelta(hours=1), datetime(1900, 1, 1)):
        with pytest.raises(ValidationError) as refused:
            escalations.record_attempt(services, officer, row.id, row.step.key, E.Outcome.BUSY, E.Means.PHONE, at=at)
        assert refused.value.errors[0].field == "at"
    assert _attempts(services) == []
    incidents.set_status(services, officer, incident_id, Status.CLOSED, "已处置完毕")
    assert escalations.in_progress(services, officer) == []  # ended with the incident
    with pytest.raises(ValidationError) as closed:
        escalations.start(services, officer, incident_id)
    assert closed.value.errors[0].field == "incident"


def test_reception_sees_none_of_it(services: Services, officer: Actor, make_user: MakeUser) -> None:
    wang, = people(services, "王带班")
    duty(services, pattern(services), wang, Position.LEADER, utcnow() - timedelta(hours=2))
    register(services, officer, utcnow() - timedelta(minutes=30))
    assert escalations.in_progress(services, officer) != []
    reception = make_user("reception", Role.RECEPTION)
    for call in (lambda: escalations.in_progress(services, reception),
                 lambda: escalations.counts(services, reception),
                 lambda: escalation_policies.policies(services, reception)):
        with pytest.raises(PermissionDenied):
            call()
    assert [i for i in attention.gather(services, reception) if i.source == "escalation_steps"] == []
    assert [i.source for i in attention.gather(services, officer)].count("escalation_steps") == 1


def test_policies_are_refused_by_the_field_at_fault(services: Services, admin: Actor) -> None:
    pattern(services, secretary_general=False)
    people(services, "刘副市长")
    good = E.to_text(E.DEFAULT, {})
    cases = {
        good.replace("{ position = \"leader\", minutes = 120 },", ""): "policy[3].steps",
        good.replace("minutes = 10 }", "minutes = 0 }"): "policy[1].steps[1].minutes",
        good.replace("minutes = 120 }", "minutes = -5 }"): "policy[3].steps[1].minutes",
        good: "policy[1].steps[2].position",  # no shift pattern has a secretary-general
        good.replace("[in_charge]", '[in_charge]\naccident = "无此人"'): "in_charge.accident",
    }
    for text, field in cases.items():
        with pytest.raises(ValidationError) as refused:
            escalation_policies.save_policy_text(services, admin, text)
        assert field in [e.field for e in refused.value.errors], text
    assert escalation_policies.policies(services, admin) == E.DEFAULT  # nothing saved
    text = good.replace('"secretary_general"', '"leader"').replace("[in_charge]", '[in_charge]\naccident = "刘副市长"')
    saved = escalation_policies.save_policy_text(services, admin, text)
    assert escalation_policies.policies(services, admin) == saved
    assert 'accident = "刘副市长"' in escalation_policies.policy_text(services, admin)  # by name, stored by id
    with services.db.session() as session:
        assert session.scalar(select(func.count()).select_from(EscalationAttempt)) == 0

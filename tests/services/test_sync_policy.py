"""Sync policies: every synced kind has one; conflicts and refused changes are shown and resolved as the kind's
policy says. Conflicts and refused changes are written here as the sync client writes them (tests/sync makes
real ones between two workstations against PostgreSQL)."""

from collections.abc import Callable
from datetime import time

import pytest
from sync_rows import record_conflict, record_refusal

import duty_desk.storage.models  # noqa: F401  (every model registered)
from duty_desk.domain.directory import PersonData
from duty_desk.domain.incidents import Source
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.roles import Action, Role
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.validation import ValidationError
from duty_desk.services import accounts, directory, incidents, office_rules, roster, sync, sync_policy
from duty_desk.services.context import Actor, Services
from duty_desk.services.errors import PermissionDenied
from duty_desk.storage.base import PushRule, synced_models

SUMMARY = "朝阳区某小区发生燃气泄漏"
KEPT_SUMMARY = "朝阳区某小区燃气泄漏已疏散"


def test_every_synced_model_has_a_policy_with_real_actions_and_fields() -> None:
    declared = sync_policy.policies()
    for model in synced_models():
        policy = declared.get(model.__tablename__)
        assert policy is not None, f"{model.__name__} has no sync policy: declare one in services/sync_policies"
        assert policy.model is model
        assert isinstance(policy.view, Action) and isinstance(policy.resolve, Action)
        assert policy.chosen <= set(model.__table__.c.keys()), policy.chosen - set(model.__table__.c.keys())
    assert set(declared) == {m.__tablename__ for m in synced_models()}  # none for a table that does not sync


def test_what_only_an_administrator_decides_only_a_managing_workstation_pushes() -> None:
    # The services check the role on the workstation; the server can only check the workstation. A kind whose
    # changes need an account or rules administrator must not be one the server takes from any workstation.
    for table, policy in sync_policy.policies().items():
        if policy.resolve in (Action.MANAGE_USERS, Action.EDIT_SETTINGS):
            assert policy.push is not PushRule.ANY, f"{table}: declare __push__ on its model"
        assert policy.model.__push_open__ <= set(policy.model.__table__.c.keys()), table
        assert policy.model.__push_proof__ <= set(policy.model.__table__.c.keys()), table
    assert sync_policy.policy_of("users").push is PushRule.MANAGES_ACCOUNTS  # type: ignore[union-attr]
    assert sync_policy.policy_of("office_rules").push is PushRule.MANAGES_RULES  # type: ignore[union-attr]
    assert sync_policy.policy_of("sync_conflicts").push is PushRule.SERVER_ONLY  # type: ignore[union-attr]


def test_a_second_policy_for_a_kind_isrecord_refusal() -> None:
    [policy] = [p for p in sync_policy.policies().values() if p.table == "incidents"]
    with pytest.raises(RuntimeError, match="two sync policies for incidents"):
        sync_policy.declare(policy)


def _incident(services: Services, admin: Actor) -> tuple[str, str]:
    return incidents.register(services, admin, IncidentData(received_at=utcnow(), source=Source.PHONE,
                                                            summary=SUMMARY, district_code="110105"))


def _everything(services: Services, actor: Actor) -> str:
    """All a person sees in the conflicts view, both tabs, and the status bar's counts."""
    status = sync.status(services, actor)
    return repr((sync.conflicts(services, actor), sync.rejected(services, actor), status.open_conflicts,
                 status.rejected))


def test_reception_sees_no_incident_in_conflicts_refused_changes_or_counts(
        services: Services, admin: Actor, make_user: Callable[[str, Role], Actor]) -> None:
    incident_id, number = _incident(services, admin)
    follow_up = incidents.add_follow_up(services, admin, incident_id, "燃气公司已到场处置", utcnow(), Source.PHONE)
    record_conflict(services, "incidents", incident_id, "summary", KEPT_SUMMARY, SUMMARY)
    record_refusal(services, "incident_follow_ups", follow_up, {"id": follow_up, "incident_id": incident_id,
                                                          "text": "燃气公司已到场处置"}, "refused by the server")
    record_refusal(services, "incidents", "gone-0001", {"id": "gone-0001", "number": "2026-GONE-0001",
                                                  "summary": "已被服务器拒绝的警情"}, "refused by the server")
    person = directory.save_person(services, admin, PersonData(name="张伟", title="科长", mobile="13900000001"))
    record_conflict(services, "people", person, "mobile", "13900000001", "13900000002")  # personal data
    pattern = roster.save_pattern(services, admin, "总值班室", "24h", time(8, 30))
    record_conflict(services, "roster_patterns", pattern, "officers", 2, 3)
    reception = make_user("front", Role.RECEPTION)

    seen = _everything(services, reception)
    for text in (SUMMARY, KEPT_SUMMARY, number, "燃气公司", "已被服务器拒绝", incident_id, follow_up, "1390000000"):
        assert text not in seen
    [view] = sync.conflicts(services, reception)  # what reception may read it still sees
    assert (view.record_label, view.kept, view.lost) == ("总值班室", 2, 3)
    assert sync.rejected(services, reception) == []
    assert (sync.status(services, reception).open_conflicts, sync.status(services, reception).rejected) == (1, 0)

    leader = make_user("leader", Role.SHIFT_LEADER)
    labels = {v.record_label for v in sync.conflicts(services, leader)}
    assert labels == {"张伟", "总值班室", f"{number} {SUMMARY}"}  # an incident by its number and summary
    refused = {(r.table_name, r.record_label) for r in sync.rejected(services, leader)}
    assert refused == {("incident_follow_ups", number),  # a follow-up by its incident
                       ("incidents", "2026-GONE-0001 已被服务器拒绝的警情")}  # one no longer here, as it was sent
    assert (sync.status(services, leader).open_conflicts, sync.status(services, leader).rejected) == (3, 2)
    with pytest.raises(PermissionDenied):
        sync.resolve_conflict(services, reception, view.id, side="lost")


def test_an_office_rule_and_an_account_are_an_administrators(
        services: Services, admin: Actor, make_user: Callable[[str, Role], Actor]) -> None:
    office_rules.set_numbers(services, admin, {office_rules.MIN_REST: 12})
    rule = record_conflict(services, "office_rules", office_rules.rule_id("min_rest_hours"), "value", "12", "8")
    leader = make_user("leader", Role.SHIFT_LEADER)
    user = record_conflict(services, "users", leader.user_id, "display_name", "Leader", "带班领导")
    assert sync.conflicts(services, leader) == [] and sync.status(services, leader).open_conflicts == 0
    for conflict_id in (rule, user):
        with pytest.raises(PermissionDenied):
            sync.resolve_conflict(services, leader, conflict_id, side="lost")

    views = {v.id: v for v in sync.conflicts(services, admin)}
    assert (views[rule].record_label, views[rule].kept, views[rule].lost) == ("min_rest_hours", 12, 8)  # decoded
    assert views[rule].choose_only and not views[user].choose_only
    with pytest.raises(ValidationError) as typed_rule:
        sync.resolve_conflict(services, admin, rule, "10")
    assert typed_rule.value.errors[0].field == "value"
    sync.resolve_conflict(services, admin, rule, side="lost")
    assert office_rules.number(services, admin, office_rules.MIN_REST) == 8

    with pytest.raises(ValidationError) as blank:  # the account editor's own rule
        sync.resolve_conflict(services, admin, user, "   ")
    assert blank.value.errors[0].field == "display_name"
    sync.resolve_conflict(services, admin, user, "带班领导 王")
    assert {u.username: u.display_name for u in accounts.list_users(services, admin)}["leader"] == "带班领导 王"


def test_an_incident_takes_typed_text_through_its_own_editors_rules(
        services: Services, admin: Actor, make_user: Callable[[str, Role], Actor]) -> None:
    incident_id, _ = _incident(services, admin)
    summary = record_conflict(services, "incidents", incident_id, "summary", KEPT_SUMMARY, SUMMARY)
    district = record_conflict(services, "incidents", incident_id, "district_code", "110105", "110108")
    severity = record_conflict(services, "incidents", incident_id, "severity", "unassessed", "III")
    leader = make_user("leader", Role.SHIFT_LEADER)
    views = {v.id: v for v in sync.conflicts(services, leader)}
    assert views[severity].choose_only and not views[summary].choose_only
    with pytest.raises(ValidationError) as chosen:  # an encoded value: one of the two, never typed
        sync.resolve_conflict(services, leader, severity, "very bad")
    assert chosen.value.errors[0].field == "severity"
    for conflict_id, typed, field in ((summary, "  ", "summary"), (summary, "x" * 5000, "summary"),
                                      (district, "999999", "district_code")):
        with pytest.raises(ValidationError) as refused:
            sync.resolve_conflict(services, leader, conflict_id, typed)
        assert refused.value.errors[0].field == field
    assert len(sync.conflicts(services, leader)) == 3  # nothing was resolved by a refused value
    sync.resolve_conflict(services, leader, summary, "  朝阳区燃气泄漏，已疏散居民 ")  # kept trimmed
    sync.resolve_conflict(services, leader, district, "110108")
    row = incidents.get(services, leader, incident_id)
    assert (row.data.summary, row.data.district_code) == ("朝阳区燃气泄漏，已疏散居民", "110108")
    assert [v.id for v in sync.conflicts(services, leader)] == [severity]


def test_a_kind_without_a_policy_is_shown_to_no_one(services: Services, admin: Actor) -> None:
    conflict_id = record_conflict(services, "no_such_records", "x" * 36, "name", "a", "b")
    assert sync.conflicts(services, admin) == [] and sync.status(services, admin).open_conflicts == 0
    with pytest.raises(PermissionDenied):
        sync.resolve_conflict(services, admin, conflict_id, side="kept")

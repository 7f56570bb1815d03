"""The office's rules travel like any record: set on one workstation, followed on every other; set differently
on two while their link is down, one value wins everywhere and the other is kept as a conflict."""

import json
from datetime import date, time
from typing import Any

import pytest
from account_support import add_and_log_in
from sqlalchemy import select
from sync_compare import server_snapshot, snapshot
from sync_support import Server, admin_of

from duty_desk.domain import roster as R
from duty_desk.domain.directory import PersonData
from duty_desk.domain.roles import Role
from duty_desk.services import accounts, directory, office_rules, roster, sync
from duty_desk.services.errors import PermissionDenied
from duty_desk.services.office_rules import MIN_REST
from duty_desk.storage.models import SyncConflict


def test_a_rule_set_here_is_followed_there(make_site: Any, pg_server: Server) -> None:
    a, b = make_site("a"), make_site("b")
    admin_a = admin_of(a)
    person = directory.save_person(a.services, admin_a, PersonData(name="张伟", mobile="13900000001"))
    pattern = roster.save_pattern(a.services, admin_a, "值班", "24h", time(8, 30), officers=1, leader=False)
    alone = {R.Position.OFFICER: R.RotationLists([person])}  # 24 hours on, then 24 more: no rest at all
    office_rules.set_numbers(a.services, admin_a, {MIN_REST: 0})
    a.sync()
    b.sync()
    admin_b = admin_of(b)
    assert office_rules.number(b.services, admin_b, MIN_REST) == 0
    plan = roster.preview(b.services, admin_b, pattern, date(2026, 3, 2), date(2026, 3, 3), alone)
    assert plan.problems == []  # b checks by the office's rule, not by a default of its own


def test_set_differently_offline_one_value_everywhere_and_a_conflict(make_site: Any, pg_server: Server) -> None:
    a, b = make_site("a"), make_site("b")
    admin_a = admin_of(a)
    add_and_log_in(a.services, admin_a, "leader1", "值班长", Role.SHIFT_LEADER, "leader-password-1")
    a.sync()
    b.sync()
    admin_b = admin_of(b)
    leader = accounts.authenticate(b.services, "leader1", "leader-password-1")
    office_rules.set_numbers(a.services, admin_a, {MIN_REST: 8})  # neither has set the rule before
    office_rules.set_numbers(b.services, admin_b, {MIN_REST: 16})
    for site in (a, b, a, b):
        site.sync()
    values = {office_rules.number(site.services, actor, MIN_REST) for site, actor in ((a, admin_a), (b, admin_b))}
    assert len(values) == 1 and values <= {8, 16}
    for site, actor in ((a, admin_a), (b, admin_b)):
        with site.db.session() as session:
            [conflict] = session.scalars(select(SyncConflict)).all()
            assert (conflict.record_table, conflict.field) == ("office_rules", "value")
            assert {json.loads(json.loads(conflict.kept_value)), json.loads(json.loads(conflict.lost_value))} == {8, 16}
        [view] = sync.conflicts(site.services, actor)
        assert view.record_label == "min_rest_hours" and view.choose_only  # encoded: chosen, never typed
        assert {view.kept, view.lost} == {8, 16}  # the rule's own values, decoded
    # The office's rules are an administrator's: a shift leader, who resolves other conflicts, neither sees this
    # one nor may decide it.
    assert sync.conflicts(b.services, leader) == []
    with pytest.raises(PermissionDenied):
        sync.resolve_conflict(b.services, leader, view.id, side="lost")
    b.sync()
    a.sync()
    assert snapshot(a.db.engine) == snapshot(b.db.engine) == server_snapshot(pg_server.admin_url)

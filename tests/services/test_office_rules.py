"""The office's rules on a real database: defaults until an administrator sets them, every value checked, all or
none saved, audited once per real change, refused to other roles."""

from collections.abc import Callable
from typing import Any

import pytest

from duty_desk.domain.roles import Role
from duty_desk.domain.validation import ValidationError
from duty_desk.services import office_rules
from duty_desk.services.context import Actor, Services
from duty_desk.services.errors import PermissionDenied
from duty_desk.services.office_rules import ATTACHMENT_LIMIT, MIN_REST

Sql = Callable[..., list[tuple[Any, ...]]]


def _edits(sql: Sql) -> int:
    return int(sql("SELECT count(*) FROM audit_log WHERE action = 'edit_office_rule'")[0][0])


def test_defaults_until_set_then_the_set_value(services: Services, admin: Actor, sql: Sql) -> None:
    assert (office_rules.number(services, admin, MIN_REST),
            office_rules.number(services, admin, ATTACHMENT_LIMIT)) == (12, 20)
    office_rules.set_numbers(services, admin, {MIN_REST: 8, ATTACHMENT_LIMIT: 50})
    assert (office_rules.number(services, admin, MIN_REST),
            office_rules.number(services, admin, ATTACHMENT_LIMIT)) == (8, 50)
    assert _edits(sql) == 2
    office_rules.set_numbers(services, admin, {MIN_REST: 8, ATTACHMENT_LIMIT: 40})  # one of them changed
    assert _edits(sql) == 3
    # One row per rule, its id the same on every workstation.
    assert sql("SELECT id, name FROM office_rules ORDER BY name") == [
        (office_rules.rule_id("attachment_limit_mb"), "attachment_limit_mb"),
        (office_rules.rule_id("min_rest_hours"), "min_rest_hours")]


def test_values_out_of_range_are_refused_together_and_nothing_is_saved(services: Services, admin: Actor,
                                                                       sql: Sql) -> None:
    with pytest.raises(ValidationError) as caught:
        office_rules.set_numbers(services, admin, {MIN_REST: 49, ATTACHMENT_LIMIT: 0})
    assert {(e.field, e.reason) for e in caught.value.errors} == {
        ("min_rest_hours", "must be between 0 and 48"), ("attachment_limit_mb", "must be between 1 and 100")}
    assert sql("SELECT count(*) FROM office_rules") == [(0,)] and _edits(sql) == 0


@pytest.mark.parametrize("role", [Role.SHIFT_LEADER, Role.DUTY_OFFICER, Role.RECEPTION])
def test_only_an_administrator_changes_them(services: Services, admin: Actor,
                                            make_user: Callable[[str, Role], Actor], role: Role) -> None:
    with pytest.raises(PermissionDenied):
        office_rules.set_numbers(services, make_user("someone", role), {MIN_REST: 0})
    assert office_rules.number(services, admin, MIN_REST) == 12


def test_a_stored_value_beyond_this_versions_range_is_brought_within_it(services: Services, admin: Actor,
                                                                        sql: Sql) -> None:
    office_rules.set_numbers(services, admin, {ATTACHMENT_LIMIT: 100})
    sql("UPDATE office_rules SET value = '500' WHERE name = 'attachment_limit_mb'")  # as a newer version might
    assert office_rules.number(services, admin, ATTACHMENT_LIMIT) == 100

"""The office's password policy (issue 11, "Passwords"): every rule refused by name, set by the security
administrator alone, applied from the synced office rule; the forced change of initial, reset and expired
passwords; the last five not used again; the raised scrypt cost."""

import dataclasses
import json
from collections.abc import Callable
from datetime import timedelta

import pytest
from account_support import INITIAL_PASSWORD

from duty_desk.domain.roles import Action, Role
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.validation import PasswordPolicy, ValidationError
from duty_desk.services import accounts, password_policy, passwords
from duty_desk.services.context import Actor, Services
from duty_desk.services.errors import PasswordChangeRequired, PermissionDenied

MakeUser = Callable[[str, Role], Actor]
USER_PASSWORD = "user-password-1"


def _reasons(err: ValidationError) -> list[str]:
    return [e.reason for e in err.errors]


@pytest.mark.parametrize(("password", "reason"), [
    ("aaaaaaaaaa", "password must mix at least 3 of upper case, lower case, digits and symbols"),  # the finding
    ("Abc-45678", "password must be at least 10 characters long"),
    ("abcdefghij12", "password must mix at least 3 of upper case, lower case, digits and symbols"),
    ("Li.Qiang-ADMIN-7", "password must not contain the user name"),  # either name, in any case
    (" Abc-456789", "password must not start or end with a space"),
])
def test_each_rule_is_refused_by_name(services: Services, admin: Actor, password: str, reason: str) -> None:
    for attempt in (lambda: accounts.create_user(services, admin, "li.qiang", "李强", Role.SYSTEM_ADMIN, password),
                    lambda: accounts.change_password(services, admin, "admin", password)):
        with pytest.raises(ValidationError) as info:
            attempt()
        assert reason in _reasons(info.value)
        assert {e.field for e in info.value.errors} == {"password"}


def test_every_broken_rule_is_named_at_once(services: Services, admin: Actor) -> None:
    with pytest.raises(ValidationError) as info:
        accounts.change_password(services, admin, "admin", "admin")
    assert len(info.value.errors) == 3  # too short, one kind of character, the user name


def test_three_kinds_of_four_pass(services: Services, admin: Actor) -> None:
    for i, good in enumerate(("Abcdefghi1", "abcdefgh-1", "ABCDEFGH-1", "Abcdefgh-!")):
        accounts.create_user(services, admin, f"user{i}", "某人", Role.DUTY_OFFICER, good)


def test_first_administrator_obeys_the_policy(services: Services) -> None:
    with pytest.raises(ValidationError, match="user name"):
        accounts.create_first_admin(services, "admin", "管理员", "Admin-password-1")
    assert not accounts.has_users(services)


def test_initial_password_must_be_changed_at_first_login(services: Services, admin: Actor) -> None:
    accounts.create_user(services, admin, "li.qiang", "李强", Role.DUTY_OFFICER, INITIAL_PASSWORD)
    with pytest.raises(PasswordChangeRequired) as asked:
        accounts.authenticate(services, "li.qiang", INITIAL_PASSWORD)
    limited = asked.value.actor
    assert not asked.value.expired
    assert not any(limited.may(a) for a in Action)  # nothing but its own password, until it is changed
    with pytest.raises(PermissionDenied):
        password_policy.password_policy(services, limited)
    with pytest.raises(ValidationError, match="last 5"):  # the initial one is not kept
        accounts.change_password(services, limited, "li.qiang", INITIAL_PASSWORD)
    accounts.change_password(services, limited, "li.qiang", USER_PASSWORD)
    officer = accounts.authenticate(services, "li.qiang", USER_PASSWORD)
    assert officer.may(Action.VIEW_INCIDENTS)


def test_the_last_five_are_not_used_again(services: Services, make_user: MakeUser) -> None:
    officer = make_user("li.qiang", Role.DUTY_OFFICER)
    used = [USER_PASSWORD] + [f"Password-{i}x" for i in range(4)]
    for new in used[1:]:
        accounts.change_password(services, officer, "li.qiang", new)
    for old in used:  # the current one and the four before it
        with pytest.raises(ValidationError) as info:
            accounts.change_password(services, officer, "li.qiang", old)
        assert _reasons(info.value) == ["password must differ from the last 5 passwords"]
    accounts.change_password(services, officer, "li.qiang", "Password-4x")
    accounts.change_password(services, officer, "li.qiang", USER_PASSWORD)  # six back: allowed again


def test_expired_password_forces_a_change(services: Services, make_user: MakeUser,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    make_user("li.qiang", Role.DUTY_OFFICER)
    later = utcnow() + timedelta(days=90)
    monkeypatch.setattr(password_policy, "utcnow", lambda: later)
    with pytest.raises(PasswordChangeRequired) as asked:
        accounts.authenticate(services, "li.qiang", USER_PASSWORD)
    assert asked.value.expired
    accounts.change_password(services, asked.value.actor, "li.qiang", "Renewed-pass-1")
    assert accounts.authenticate(services, "li.qiang", "Renewed-pass-1").username == "li.qiang"


def test_security_administrator_sets_the_policy(services: Services, admin: Actor, make_user: MakeUser) -> None:
    security = make_user("anquan", Role.SECURITY_ADMIN)
    system = make_user("xitong", Role.SYSTEM_ADMIN)
    assert accounts_policy(services, security) == PasswordPolicy()
    stricter = dataclasses.replace(PasswordPolicy(), min_length=14, min_classes=4, max_age_days=30, history=3,
                                   lockout_threshold=3)
    with pytest.raises(PermissionDenied):
        password_policy.set_password_policy(services, system, stricter)
    password_policy.set_password_policy(services, security, stricter)
    assert accounts_policy(services, system) == stricter
    with pytest.raises(ValidationError) as info:
        accounts.change_password(services, system, "xitong", "abcdefgh-123")
    assert _reasons(info.value) == ["password must be at least 14 characters long",
                                    "password must mix at least 4 of upper case, lower case, digits and symbols"]


def accounts_policy(services: Services, actor: Actor) -> PasswordPolicy:
    return password_policy.password_policy(services, actor)


def test_a_policy_out_of_bounds_is_refused_naming_each_setting(services: Services, make_user: MakeUser) -> None:
    security = make_user("anquan", Role.SECURITY_ADMIN)
    weak = dataclasses.replace(PasswordPolicy(), min_length=6, lockout_threshold=100)
    with pytest.raises(ValidationError) as info:
        password_policy.set_password_policy(services, security, weak)
    assert {e.field: e.reason for e in info.value.errors} == {
        "min_length": "must be between 10 and 64", "lockout_threshold": "must be between 3 and 10"}
    assert accounts_policy(services, security) == PasswordPolicy()


def test_a_stored_policy_from_elsewhere_is_read_safely(services: Services, make_user: MakeUser,
                                                       sql: Callable[..., list[tuple[object, ...]]]) -> None:
    """A policy that arrived by sync (a newer version's) never weakens the bounds nor stops a login."""
    security = make_user("anquan", Role.SECURITY_ADMIN)
    password_policy.set_password_policy(services, security, PasswordPolicy())
    sql("UPDATE office_rules SET value = ? WHERE name = 'password_policy'",
        json.dumps({"min_length": 4, "history": "x", "future_rule": 1}))
    assert accounts_policy(services, security) == dataclasses.replace(PasswordPolicy(), min_length=10)


def test_policy_changes_are_audited(services: Services, make_user: MakeUser,
                                    sql: Callable[..., list[tuple[object, ...]]]) -> None:
    security = make_user("anquan", Role.SECURITY_ADMIN)
    password_policy.set_password_policy(services, security, dataclasses.replace(PasswordPolicy(), history=8))
    rows = sql("SELECT actor_name, after FROM audit_log WHERE action = 'edit_office_rule'")
    assert [(name, json.loads(json.loads(str(after))["value"])["history"]) for name, after in rows] == [
        ("anquan", 8)]


# --- scrypt cost ---------------------------------------------------------------------------------------------

def test_production_cost_is_the_raised_one() -> None:
    assert passwords.Cost(2**17, 8, 1) == passwords.PRODUCTION


def test_production_hash_uses_it(production_scrypt: None) -> None:
    stored = passwords.hash_password("Abcdefgh-123")
    assert stored.split("$")[1:4] == [str(2**17), "8", "1"]
    assert passwords.check_password("Abcdefgh-123", stored)


def test_old_hash_verifies_and_is_upgraded_at_login(services: Services, make_user: MakeUser,
                                                    sql: Callable[..., list[tuple[object, ...]]]) -> None:
    make_user("li.qiang", Role.DUTY_OFFICER)
    passwords.use_cost(passwords.Cost(2**14, 8, 1))  # the cost before this change; cheap cost restored after
    try:
        assert passwords.needs_upgrade(str(sql("SELECT password_hash FROM users WHERE username='li.qiang'")[0][0]))
        accounts.authenticate(services, "li.qiang", USER_PASSWORD)
        stored = str(sql("SELECT password_hash FROM users WHERE username='li.qiang'")[0][0])
        assert stored.split("$")[1] == str(2**14)
        assert accounts.authenticate(services, "li.qiang", USER_PASSWORD).username == "li.qiang"
    finally:
        passwords.use_cost(passwords.Cost(2**8, 8, 1))


def test_a_hostile_stored_cost_is_not_computed() -> None:
    assert not passwords.check_password("x", "scrypt$1073741824$8$1$AAAA$AAAA")
    assert not passwords.check_password("x", "scrypt$1000$8$1$AAAA$AAAA")  # not a power of two

"""Disabling accounts, changing roles, unlocking, and the lockout counted from the audit trail (issue 11,
"Passwords": attempts on a locked account were not audited; the lockout was local and undone by `user passwd`)."""

import dataclasses
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from duty_desk.domain.roles import Role
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.validation import PasswordPolicy, ValidationError
from duty_desk.services import accounts, lockout, password_policy
from duty_desk.services.context import Actor, Services
from duty_desk.services.errors import (
    AccountDisabled,
    AccountLocked,
    AuthenticationFailed,
    PasswordChangeRequired,
    PermissionDenied,
)

MakeUser = Callable[[str, Role], Actor]
Sql = Callable[..., list[tuple[Any, ...]]]
USER_PASSWORD = "user-password-1"
WRONG = "Wrong-password-1"


def _trail(sql: Sql, name: str) -> list[str]:
    return [a for (a,) in sql("SELECT action FROM audit_log WHERE actor_name = ? ORDER BY at, seq", name)]


def _fail(services: Services, name: str, times: int) -> None:
    for _ in range(times):
        with pytest.raises(AuthenticationFailed):
            accounts.authenticate(services, name, WRONG)


# --- disabling -----------------------------------------------------------------------------------------------

def test_a_disabled_account_cannot_log_in(services: Services, admin: Actor, make_user: MakeUser,
                                          sql: Sql) -> None:
    system = make_user("xitong", Role.SYSTEM_ADMIN)
    make_user("li.qiang", Role.DUTY_OFFICER)
    accounts.set_enabled(services, system, "li.qiang", False)
    with pytest.raises(AccountDisabled):
        accounts.authenticate(services, "li.qiang", USER_PASSWORD)
    with pytest.raises(AuthenticationFailed):  # a wrong password says no more than for anyone
        accounts.authenticate(services, "li.qiang", WRONG)
    accounts.set_enabled(services, system, "li.qiang", True)
    assert accounts.authenticate(services, "li.qiang", USER_PASSWORD).username == "li.qiang"
    assert [a for (a,) in sql("SELECT action FROM audit_log WHERE actor_name = 'xitong' AND entity = 'users' "
                              "AND action LIKE '%able_user' ORDER BY seq")] == ["disable_user", "enable_user"]
    assert "login_disabled" in _trail(sql, "li.qiang")


def test_disabling_is_the_system_administrators(services: Services, make_user: MakeUser) -> None:
    security = make_user("anquan", Role.SECURITY_ADMIN)
    system = make_user("xitong", Role.SYSTEM_ADMIN)
    with pytest.raises(PermissionDenied):
        accounts.set_enabled(services, security, "xitong", False)
    with pytest.raises(ValidationError, match="your own"):
        accounts.set_enabled(services, system, "xitong", False)


# --- roles ---------------------------------------------------------------------------------------------------

def test_roles_are_the_security_administrators(services: Services, make_user: MakeUser, sql: Sql) -> None:
    security = make_user("anquan", Role.SECURITY_ADMIN)
    system = make_user("xitong", Role.SYSTEM_ADMIN)
    make_user("li.qiang", Role.DUTY_OFFICER)
    with pytest.raises(PermissionDenied):
        accounts.set_role(services, system, "li.qiang", Role.SHIFT_LEADER)
    with pytest.raises(ValidationError, match="your own"):
        accounts.set_role(services, security, "anquan", Role.SYSTEM_ADMIN)
    with pytest.raises(ValidationError, match="combined administrator"):
        accounts.set_role(services, security, "li.qiang", Role.ADMIN)
    accounts.set_role(services, security, "li.qiang", Role.SHIFT_LEADER)
    assert accounts.authenticate(services, "li.qiang", USER_PASSWORD).role is Role.SHIFT_LEADER
    (before, after), = sql("SELECT before, after FROM audit_log WHERE action = 'change_role'")
    assert "duty_officer" in before and "shift_leader" in after


def test_no_administrator_takes_over_or_shuts_out_another_alone(services: Services, admin: Actor,
                                                                make_user: MakeUser) -> None:
    """Separation of duties: the system administrator resets passwords and disables accounts, but not an
    administrator's; an administrator's password is the security administrator's to reset."""
    system = make_user("xitong", Role.SYSTEM_ADMIN)
    security = make_user("anquan", Role.SECURITY_ADMIN)
    make_user("shenji", Role.AUDIT_ADMIN)
    make_user("li.qiang", Role.DUTY_OFFICER)
    for target in ("anquan", "shenji"):
        with pytest.raises(PermissionDenied):
            accounts.change_password(services, system, target, "Taken-over-2026")
        with pytest.raises(PermissionDenied):
            accounts.set_enabled(services, system, target, False)
    accounts.change_password(services, system, "li.qiang", "Reset-by-system-1")  # an officer's: the system's
    with pytest.raises(PermissionDenied):
        accounts.change_password(services, security, "li.qiang", "Reset-by-security-1")
    accounts.change_password(services, security, "shenji", "Reset-by-security-2")
    with pytest.raises(PasswordChangeRequired):
        accounts.authenticate(services, "shenji", "Reset-by-security-2")
    accounts.set_enabled(services, admin, "shenji", False)  # today's combined administrator holds both
    with pytest.raises(AccountDisabled):
        accounts.authenticate(services, "shenji", "Reset-by-security-2")


def test_the_combined_role_is_never_given_to_a_new_account(services: Services, admin: Actor) -> None:
    with pytest.raises(ValidationError, match="combined administrator"):
        accounts.create_user(services, admin, "mallory", "Mallory", Role.ADMIN, "Mallory-pass-1x")


# --- lockout -------------------------------------------------------------------------------------------------

def test_failures_lockouts_and_attempts_while_locked_are_audited(services: Services, make_user: MakeUser,
                                                                 sql: Sql) -> None:
    make_user("li.qiang", Role.DUTY_OFFICER)
    _fail(services, "li.qiang", 4)
    with pytest.raises(AccountLocked):
        accounts.authenticate(services, "li.qiang", WRONG)
    with pytest.raises(AccountLocked):  # the right password, while locked: refused, and in the trail
        accounts.authenticate(services, "li.qiang", USER_PASSWORD)
    assert _trail(sql, "li.qiang")[-7:] == ["login", *["login_failed"] * 5, "account_locked",
                                            "login_while_locked"][-7:]
    assert _trail(sql, "li.qiang").count("login_while_locked") == 1


def test_nothing_local_undoes_the_lockout(services: Services, make_user: MakeUser, sql: Sql) -> None:
    """The old per-workstation counter table is gone: the lockout is read from the (chained) trail."""
    make_user("li.qiang", Role.DUTY_OFFICER)
    _fail(services, "li.qiang", 4)
    with pytest.raises(AccountLocked):
        accounts.authenticate(services, "li.qiang", WRONG)
    assert not sql("SELECT name FROM sqlite_master WHERE name = 'login_lockouts'")
    with pytest.raises(AccountLocked):
        accounts.authenticate(services, "li.qiang", USER_PASSWORD)


def test_only_the_security_administrator_unlocks(services: Services, make_user: MakeUser) -> None:
    security = make_user("anquan", Role.SECURITY_ADMIN)
    system = make_user("xitong", Role.SYSTEM_ADMIN)
    make_user("li.qiang", Role.DUTY_OFFICER)
    _fail(services, "li.qiang", 4)
    with pytest.raises(AccountLocked):
        accounts.authenticate(services, "li.qiang", WRONG)
    with pytest.raises(PermissionDenied):
        accounts.unlock(services, system, "li.qiang")
    listed = {u.username: u for u in accounts.list_users(services, security)}
    assert listed["li.qiang"].locked_until is not None and listed["xitong"].locked_until is None
    accounts.unlock(services, security, "li.qiang")
    assert accounts.authenticate(services, "li.qiang", USER_PASSWORD).username == "li.qiang"


def test_the_threshold_is_the_policys(services: Services, make_user: MakeUser) -> None:
    security = make_user("anquan", Role.SECURITY_ADMIN)
    make_user("li.qiang", Role.DUTY_OFFICER)
    password_policy.set_password_policy(services, security,
                                        dataclasses.replace(PasswordPolicy(), lockout_threshold=3))
    _fail(services, "li.qiang", 2)
    with pytest.raises(AccountLocked):
        accounts.authenticate(services, "li.qiang", WRONG)


def test_failures_outside_the_window_do_not_count(services: Services, make_user: MakeUser,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    make_user("li.qiang", Role.DUTY_OFFICER)
    _fail(services, "li.qiang", 4)
    later = utcnow() + timedelta(minutes=16)
    monkeypatch.setattr(lockout, "utcnow", lambda: later)
    _fail(services, "li.qiang", 1)  # the fifth, but the four are older than the 15-minute window
    assert accounts.authenticate(services, "li.qiang", USER_PASSWORD).username == "li.qiang"


def test_an_unknown_name_locks_too(services: Services, admin: Actor) -> None:
    _fail(services, "nobody", 4)
    with pytest.raises(AccountLocked):
        accounts.authenticate(services, "nobody", WRONG)


def test_a_password_typed_as_the_user_name_never_reaches_the_trail(services: Services, admin: Actor,
                                                                     sql: Sql) -> None:
    _fail(services, "Secret-typed-2026", 1)
    _fail(services, "admin", 1)
    trail = " ".join(" ".join(map(str, row)) for row in sql("SELECT * FROM audit_log"))
    assert "Secret-typed" not in trail
    assert _trail(sql, "?S…17") == ["login_failed"] and _trail(sql, "admin")[-1] == "login_failed"


def test_list_shows_role_state_and_password_age(services: Services, admin: Actor, make_user: MakeUser) -> None:
    security = make_user("anquan", Role.SECURITY_ADMIN)
    accounts.create_user(services, admin, "new.one", "新人", Role.RECEPTION, "Initial-pass-9")
    listed = {u.username: u for u in accounts.list_users(services, security)}
    assert (listed["new.one"].role, listed["new.one"].active, listed["new.one"].must_change) == (
        Role.RECEPTION, True, True)
    assert listed["anquan"].must_change is False and listed["anquan"].password_changed_at is not None

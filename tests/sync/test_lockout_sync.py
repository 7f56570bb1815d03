"""Issue 11, "Passwords": the lockout was per workstation. Failed logins are audit entries, entries sync, and the
lockout is counted from them: failures on two workstations add up, and a disabled account, a role and an unlock
reach every workstation — against a real PostgreSQL."""

from typing import Any

import pytest
from account_support import add_and_log_in
from sync_support import admin_of

from duty_desk.domain.roles import Role
from duty_desk.services import accounts
from duty_desk.services.errors import AccountDisabled, AccountLocked, AuthenticationFailed

PASSWORD = "Officer-pass-1"
WRONG = "Wrong-password-1"


def _fail(site: Any, times: int) -> None:
    for _ in range(times):
        with pytest.raises(AuthenticationFailed):
            accounts.authenticate(site.services, "lina", WRONG)


def test_failures_on_two_workstations_add_up(make_site: Any) -> None:
    a, b = make_site("a"), make_site("b")
    admin = admin_of(a)
    security = add_and_log_in(a.services, admin, "anquan", "安全管理员", Role.SECURITY_ADMIN, "Security-pass-1")
    add_and_log_in(a.services, admin, "lina", "李娜", Role.DUTY_OFFICER, PASSWORD)
    a.sync()
    b.sync()
    _fail(a, 3)
    _fail(b, 2)  # five in all, but neither workstation has seen five yet
    a.sync()
    b.sync()
    a.sync()
    for site in (a, b):  # the right password is refused on both, and the attempt is in each trail
        with pytest.raises(AccountLocked):
            accounts.authenticate(site.services, "lina", PASSWORD)
    accounts.unlock(a.services, security, "lina")
    a.sync()
    b.sync()
    assert accounts.authenticate(b.services, "lina", PASSWORD).username == "lina"


def test_a_disabled_account_logs_in_nowhere_after_sync(make_site: Any) -> None:
    a, b = make_site("a"), make_site("b")
    admin = admin_of(a)
    add_and_log_in(a.services, admin, "xitong", "系统管理员", Role.SYSTEM_ADMIN, "System-pass-1")
    add_and_log_in(a.services, admin, "lina", "李娜", Role.DUTY_OFFICER, PASSWORD)
    a.sync()
    b.sync()
    assert accounts.authenticate(b.services, "lina", PASSWORD).username == "lina"
    accounts.set_enabled(a.services, accounts.authenticate(a.services, "xitong", "System-pass-1"), "lina", False)
    a.sync()
    b.sync()
    with pytest.raises(AccountDisabled):
        accounts.authenticate(b.services, "lina", PASSWORD)

"""Accounts: first administrator, user creation rules, login with lockout, password changes."""

import base64
import dataclasses
import hashlib
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from account_support import INITIAL_PASSWORD, first_login

from duty_desk.domain.roles import Action, Role
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.validation import ValidationError
from duty_desk.services import accounts, lockout
from duty_desk.services.context import Actor, Services
from duty_desk.services.errors import AccountLocked, AuthenticationFailed, PermissionDenied

ADMIN_PASSWORD = "Office-key-2026"
USER_PASSWORD = "user-password-1"
NEW_PASSWORD = "A-brand-new-secret"

MakeUser = Callable[[str, Role], Actor]
Sql = Callable[..., list[tuple[Any, ...]]]


def _fields(err: ValidationError) -> set[str]:
    return {e.field for e in err.errors}


def _fail(services: Services, username: str, times: int) -> None:
    for _ in range(times):
        with pytest.raises(AuthenticationFailed):
            accounts.authenticate(services, username, "wrong-password-x")


# --- first administrator -------------------------------------------------------------------------------------

def test_first_admin_only_once(services: Services) -> None:
    assert accounts.has_users(services) is False
    first = accounts.create_first_admin(services, "admin", "系统管理员", ADMIN_PASSWORD)
    assert first.role is Role.ADMIN
    assert first.username == "admin"
    assert accounts.has_users(services) is True
    with pytest.raises(ValidationError) as info:
        accounts.create_first_admin(services, "admin2", "另一个管理员", ADMIN_PASSWORD)
    assert _fields(info.value) == {"username"}
    assert [u.username for u in accounts.list_users(services, first)] == ["admin"]


def test_first_admin_with_weak_password_saves_nothing(services: Services) -> None:
    with pytest.raises(ValidationError) as info:
        accounts.create_first_admin(services, "admin", "系统管理员", "short")
    assert _fields(info.value) == {"password"}
    assert accounts.has_users(services) is False


# --- creating users ------------------------------------------------------------------------------------------

def test_create_user_then_log_in(services: Services, admin: Actor) -> None:
    info = accounts.create_user(services, admin, "zhang.wei", " 张伟 ", Role.DUTY_OFFICER, INITIAL_PASSWORD)
    assert (info.username, info.display_name, info.role, info.active) == (
        "zhang.wei", "张伟", Role.DUTY_OFFICER, True)
    actor = first_login(services, "zhang.wei", INITIAL_PASSWORD, USER_PASSWORD)
    assert (actor.username, actor.display_name, actor.role) == ("zhang.wei", "张伟", Role.DUTY_OFFICER)
    assert actor.user_id and actor.user_id != admin.user_id


def test_duplicate_user_name_is_refused(services: Services, admin: Actor) -> None:
    accounts.create_user(services, admin, "zhang.wei", "张伟", Role.DUTY_OFFICER, USER_PASSWORD)
    with pytest.raises(ValidationError) as info:
        accounts.create_user(services, admin, "zhang.wei", "另一个张伟", Role.RECEPTION, USER_PASSWORD)
    assert _fields(info.value) == {"username"}
    assert "zhang.wei" in str(info.value)


def test_password_of_nine_characters_is_refused(services: Services, admin: Actor) -> None:
    with pytest.raises(ValidationError) as info:
        accounts.create_user(services, admin, "li.qiang", "李强", Role.DUTY_OFFICER, "Abc-45678")
    assert _fields(info.value) == {"password"}
    accounts.create_user(services, admin, "li.qiang", "李强", Role.DUTY_OFFICER, "Abc-4567890")


@pytest.mark.parametrize("username", ["张伟", "x", "with space", ""])
def test_bad_user_name_is_refused(services: Services, admin: Actor, username: str) -> None:
    with pytest.raises(ValidationError) as info:
        accounts.create_user(services, admin, username, "某人", Role.DUTY_OFFICER, USER_PASSWORD)
    assert _fields(info.value) == {"username"}


def test_every_bad_field_is_reported_together(services: Services, admin: Actor) -> None:
    with pytest.raises(ValidationError) as info:
        accounts.create_user(services, admin, "a b", "  ", Role.DUTY_OFFICER, "short")
    assert _fields(info.value) == {"username", "display_name", "password"}
    assert [u.username for u in accounts.list_users(services, admin)] == ["admin"]


# --- logging in ----------------------------------------------------------------------------------------------

def test_wrong_password_and_unknown_user_fail_the_same_way(services: Services, admin: Actor) -> None:
    with pytest.raises(AuthenticationFailed) as wrong:
        accounts.authenticate(services, "admin", "not-the-password")
    with pytest.raises(AuthenticationFailed) as unknown:
        accounts.authenticate(services, "nobody", ADMIN_PASSWORD)
    assert str(wrong.value) == str(unknown.value)


def test_password_is_case_sensitive(services: Services, admin: Actor) -> None:
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(services, "admin", ADMIN_PASSWORD.upper())


def test_five_failures_lock_the_account_even_against_the_right_password(
        services: Services, admin: Actor) -> None:
    _fail(services, "admin", 4)
    start = utcnow()
    with pytest.raises(AccountLocked) as info:
        accounts.authenticate(services, "admin", "wrong-password-x")
    until = info.value.until
    # Locked for five minutes from the fifth failure.
    assert start + timedelta(minutes=5) - timedelta(seconds=5) <= until <= utcnow() + timedelta(minutes=5)
    with pytest.raises(AccountLocked):
        accounts.authenticate(services, "admin", ADMIN_PASSWORD)


def test_lock_passes_after_five_minutes(services: Services, admin: Actor,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _fail(services, "admin", 4)
    with pytest.raises(AccountLocked):
        accounts.authenticate(services, "admin", "wrong-password-x")
    real = utcnow()
    monkeypatch.setattr(lockout, "utcnow", lambda: real + timedelta(minutes=4))
    with pytest.raises(AccountLocked):
        accounts.authenticate(services, "admin", ADMIN_PASSWORD)
    monkeypatch.setattr(lockout, "utcnow", lambda: real + timedelta(minutes=5, seconds=5))
    actor = accounts.authenticate(services, "admin", ADMIN_PASSWORD)
    assert actor.user_id == admin.user_id


def test_successful_login_resets_the_failure_count(services: Services, admin: Actor) -> None:
    _fail(services, "admin", 4)
    accounts.authenticate(services, "admin", ADMIN_PASSWORD)
    _fail(services, "admin", 4)  # four more: would be nine in a row without the reset
    assert accounts.authenticate(services, "admin", ADMIN_PASSWORD).username == "admin"


def test_lock_is_per_user(services: Services, admin: Actor, make_user: MakeUser) -> None:
    make_user("li.qiang", Role.DUTY_OFFICER)
    _fail(services, "admin", 4)
    with pytest.raises(AccountLocked):
        accounts.authenticate(services, "admin", "wrong-password-x")
    assert accounts.authenticate(services, "li.qiang", USER_PASSWORD).username == "li.qiang"


# --- passwords -----------------------------------------------------------------------------------------------

def test_change_own_password(services: Services, make_user: MakeUser) -> None:
    officer = make_user("li.qiang", Role.DUTY_OFFICER)
    accounts.change_password(services, officer, "li.qiang", NEW_PASSWORD)
    assert accounts.authenticate(services, "li.qiang", NEW_PASSWORD).user_id == officer.user_id
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(services, "li.qiang", USER_PASSWORD)


def _proofs(sql: Sql) -> list[tuple[Any, ...]]:
    return sql("SELECT verifier, proof FROM sync_proofs")


def test_ones_own_change_keeps_the_old_passwords_key_for_the_server_and_nobody_elses_does(
        services: Services, admin: Actor, make_user: MakeUser, sql: Sql) -> None:
    officer = make_user("li.qiang", Role.DUTY_OFFICER)
    sql("DELETE FROM sync_proofs")  # the first change's, answered
    [(old_hash,)] = sql("SELECT password_hash FROM users WHERE username = 'li.qiang'")
    accounts.change_password(services, officer, "li.qiang", NEW_PASSWORD)
    [(new_hash,)] = sql("SELECT password_hash FROM users WHERE username = 'li.qiang'")
    [(verifier, proof)] = _proofs(sql)
    assert verifier == new_hash.split("$")[6] and hashlib.sha256(bytes.fromhex(proof)).hexdigest() == \
        old_hash.split("$")[6]
    accounts.change_password(services, admin, "li.qiang", "reset-by-admin-1")  # another's: no proof to give
    accounts.change_password(services, officer, "li.qiang", "third-password-1")  # a stale key proves nothing
    assert len(_proofs(sql)) == 1


def test_a_hash_from_before_verifiers_still_logs_in_and_gets_one_when_next_set(
        services: Services, make_user: MakeUser, sql: Sql) -> None:
    make_user("li.qiang", Role.DUTY_OFFICER)
    sql("DELETE FROM sync_proofs")  # the first change's, answered
    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(USER_PASSWORD.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    legacy = "$".join(["scrypt", str(2**14), "8", "1", base64.b64encode(salt).decode(),
                       base64.b64encode(digest).decode()])
    sql("UPDATE users SET password_hash = ? WHERE username = 'li.qiang'", legacy)
    officer = accounts.authenticate(services, "li.qiang", USER_PASSWORD)
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(services, "li.qiang", "wrong-password-x")
    accounts.change_password(services, officer, "li.qiang", NEW_PASSWORD)
    assert _proofs(sql) == []  # no verifier on the server to prove against
    [(stored,)] = sql("SELECT password_hash FROM users WHERE username = 'li.qiang'")
    assert len(stored.split("$")) == 7


def test_admin_changes_someone_elses_password(services: Services, admin: Actor, make_user: MakeUser) -> None:
    make_user("li.qiang", Role.DUTY_OFFICER)
    accounts.change_password(services, admin, "li.qiang", NEW_PASSWORD)
    # A reset password is the administrator's, not its owner's: changed at the next login.
    assert first_login(services, "li.qiang", NEW_PASSWORD, "Owners-own-2026").username == "li.qiang"


def test_admin_password_reset_does_not_unlock_the_account(services: Services, admin: Actor,
                                                          make_user: MakeUser) -> None:
    """Finding: the lockout was undone by `user passwd`. Only the security administrator unlocks."""
    make_user("li.qiang", Role.DUTY_OFFICER)
    _fail(services, "li.qiang", 4)
    with pytest.raises(AccountLocked):
        accounts.authenticate(services, "li.qiang", "wrong-password-x")
    accounts.change_password(services, admin, "li.qiang", NEW_PASSWORD)
    with pytest.raises(AccountLocked):
        accounts.authenticate(services, "li.qiang", NEW_PASSWORD)


def test_duty_officer_cannot_change_someone_elses_password(services: Services, make_user: MakeUser) -> None:
    officer = make_user("li.qiang", Role.DUTY_OFFICER)
    with pytest.raises(PermissionDenied):
        accounts.change_password(services, officer, "admin", NEW_PASSWORD)
    assert accounts.authenticate(services, "admin", ADMIN_PASSWORD).username == "admin"


def test_weak_new_password_is_refused(services: Services, admin: Actor) -> None:
    with pytest.raises(ValidationError) as info:
        accounts.change_password(services, admin, "admin", "Abc-45678")
    assert _fields(info.value) == {"password"}
    accounts.authenticate(services, "admin", ADMIN_PASSWORD)


def test_changing_the_password_of_an_unknown_user(services: Services, admin: Actor) -> None:
    with pytest.raises(ValidationError) as info:
        accounts.change_password(services, admin, "nobody", NEW_PASSWORD)
    assert _fields(info.value) == {"username"}


def test_reauthenticate(services: Services, make_user: MakeUser) -> None:
    officer = make_user("li.qiang", Role.DUTY_OFFICER)
    accounts.reauthenticate(services, officer, USER_PASSWORD)
    with pytest.raises(AuthenticationFailed):
        accounts.reauthenticate(services, officer, "wrong-password-x")


def test_password_is_stored_only_as_a_scrypt_hash(services: Services, admin: Actor, sql: Sql) -> None:
    accounts.create_user(services, admin, "li.qiang", "李强", Role.DUTY_OFFICER, USER_PASSWORD)
    accounts.create_user(services, admin, "wang.fang", "王芳", Role.DUTY_OFFICER, USER_PASSWORD)
    accounts.change_password(services, admin, "wang.fang", NEW_PASSWORD)  # the old one goes to the history
    hashes: dict[str, str] = dict(sql("SELECT username, password_hash FROM users"))
    for stored in hashes.values():
        assert USER_PASSWORD not in stored and ADMIN_PASSWORD not in stored
    stored = hashes["li.qiang"]
    scheme, n, r, p, salt_b64, digest_b64, verifier = stored.split("$")
    assert scheme == "scrypt"
    salt, digest = base64.b64decode(salt_b64), base64.b64decode(digest_b64)
    assert int(n) >= 2**8 and len(salt) >= 16 and len(digest) >= 32  # the tests' cheap cost (tests/conftest.py)
    # Recompute with the standard library from the stored parameters: it is really scrypt of this password,
    # whose second half (the password's key, never stored) the verifier is the SHA-256 of.
    again = hashlib.scrypt(USER_PASSWORD.encode(), salt=salt, n=int(n), r=int(r), p=int(p), dklen=2 * len(digest))
    assert again[:len(digest)] == digest and hashlib.sha256(again[len(digest):]).hexdigest() == verifier
    assert again[len(digest):].hex() not in stored
    # Same password, different salt: the two hashes differ.
    assert hashes["li.qiang"] != hashes["wang.fang"]
    # And no trace of the password anywhere in the file's audit trail.
    assert not sql("SELECT seq FROM audit_log WHERE before LIKE ? OR after LIKE ? OR after LIKE '%scrypt$%'",
                   f"%{USER_PASSWORD}%", f"%{USER_PASSWORD}%")
    assert USER_PASSWORD not in sql("SELECT password_history FROM users WHERE username = 'wang.fang'")[0][0]


def test_list_users_needs_the_view_accounts_permission(services: Services, admin: Actor,
                                                      make_user: MakeUser) -> None:
    officer = make_user("li.qiang", Role.DUTY_OFFICER)
    make_user("wang.fang", Role.RECEPTION)
    with pytest.raises(PermissionDenied):
        accounts.list_users(services, officer)
    users = accounts.list_users(services, admin)
    assert [(u.username, u.role) for u in users] == [
        ("admin", Role.ADMIN), ("li.qiang", Role.DUTY_OFFICER), ("wang.fang", Role.RECEPTION)]


def test_the_setup_actor_exists_only_while_there_is_no_account(services: Services) -> None:
    setup = accounts.setup_actor(services)  # a new workstation, linked before the office's accounts arrive
    assert (setup.username, setup.user_id) == (accounts.SETUP, "")
    # It links the workstation and syncs, nothing else: no accounts, rules or records.
    assert setup.may(Action.MANAGE_SERVER_LINK) and setup.may(Action.SYNC)
    assert not any(setup.may(a) for a in (Action.MANAGE_USERS, Action.EDIT_SETTINGS, Action.VIEW_INCIDENTS))
    with pytest.raises(PermissionDenied):
        accounts.create_user(services, setup, "mallory", "Mallory", Role.ADMIN, "long-password-9")
    with pytest.raises(TypeError):
        dataclasses.replace(setup, scope=None)  # widening it breaks the seal
    accounts.create_first_admin(services, "admin", "管理员", "long-password-1")
    with pytest.raises(ValidationError, match="log in"):
        accounts.setup_actor(services)

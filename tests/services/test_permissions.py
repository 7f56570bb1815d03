"""Who may do what, checked through the services themselves for every role.

The matrix below is the product rule, written out on purpose rather than read from domain.roles: a change to
the roles table in the code has to be made here too, deliberately.
"""

import sqlite3
from collections.abc import Callable, Iterator
from itertools import count
from pathlib import Path

import pytest

from duty_desk.domain.directory import OrgData, PersonData
from duty_desk.domain.roles import PERMISSIONS, Action, Role
from duty_desk.services import accounts, audit, directory
from duty_desk.services.context import CONSOLE, Actor, Services
from duty_desk.services.errors import PermissionDenied
from duty_desk.storage.database import open_database

PASSWORD = "role-password-1"
DIRECTORY_VIEW = {"organisations", "search_people"}
DIRECTORY_EDIT = {"save_org", "save_person", "delete_person", "delete_org"}
SELF_SERVICE = {"change_own_password"}
USER_ADMIN = {"create_user", "list_users", "change_others_password"}
AUDIT_VIEW = {"audit_entries"}
ALL_OPERATIONS = DIRECTORY_VIEW | DIRECTORY_EDIT | SELF_SERVICE | USER_ADMIN | AUDIT_VIEW

EXPECTED: dict[Role, set[str]] = {
    Role.ADMIN: ALL_OPERATIONS,
    Role.SHIFT_LEADER: DIRECTORY_VIEW | DIRECTORY_EDIT | AUDIT_VIEW | SELF_SERVICE,
    Role.DUTY_OFFICER: DIRECTORY_VIEW | DIRECTORY_EDIT | SELF_SERVICE,
    Role.RECEPTION: DIRECTORY_VIEW | SELF_SERVICE,
}

# Reception receives visitors; incidents are the duty officers' work.
INCIDENT_WORK = {Action.VIEW_INCIDENTS, Action.REGISTER_INCIDENT, Action.EDIT_INCIDENT}
# Everyone sees the roster; officers ask for swaps and sign in and out; shift leaders approve swaps; only the
# administrator draws the roster up and changes it.
DUTY_WORK = {Action.VIEW_ROSTER, Action.REQUEST_SWAP, Action.SIGN_DUTY}
EXPECTED_ACTIONS: dict[Role, set[Action]] = {
    Role.ADMIN: set(Action),
    Role.SHIFT_LEADER: {Action.VIEW_DIRECTORY, Action.EDIT_DIRECTORY, Action.IMPORT_DIRECTORY, Action.VIEW_AUDIT,
                        Action.RESOLVE_CONFLICTS, Action.APPROVE_SWAP, *INCIDENT_WORK, *DUTY_WORK},
    Role.DUTY_OFFICER: {Action.VIEW_DIRECTORY, Action.EDIT_DIRECTORY, *INCIDENT_WORK, *DUTY_WORK},
    # Reception registers visitors and so reads their identity numbers (DOMAIN.md: masked except to roles
    # that need them).
    Role.RECEPTION: {Action.VIEW_DIRECTORY, Action.VIEW_PERSONAL_DATA, Action.VIEW_ROSTER},
}


class World:
    """One database with a user of every role, shared by the module (password hashing is slow)."""

    def __init__(self, data: Path) -> None:
        self.db = open_database(data)
        self.services = Services(self.db)
        self.admin = accounts.create_first_admin(self.services, "admin", "管理员", PASSWORD)
        accounts.create_user(self.services, self.admin, "target", "被改密码的人", Role.DUTY_OFFICER, PASSWORD)
        self.actors: dict[Role, Actor] = {Role.ADMIN: self.admin}
        for role in Role:
            if role is not Role.ADMIN:
                name = role.value.replace("_", "-")
                accounts.create_user(self.services, self.admin, name, name, role, PASSWORD)
                self.actors[role] = accounts.authenticate(self.services, name, PASSWORD)
        self._n = count()

    def unique(self, prefix: str) -> str:
        return f"{prefix}{next(self._n)}"

    def audit_count(self) -> int:
        conn = sqlite3.connect(self.db.path)
        try:
            return int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])
        finally:
            conn.close()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    w = World(tmp_path_factory.mktemp("permissions"))
    yield w
    w.db.dispose()


def _operation(world: World, name: str, actor: Actor) -> Callable[[], object]:
    s = world.services
    if name == "create_user":
        return lambda: accounts.create_user(s, actor, world.unique("u"), "新用户", Role.RECEPTION, PASSWORD)
    if name == "list_users":
        return lambda: accounts.list_users(s, actor)
    if name == "change_others_password":
        return lambda: accounts.change_password(s, actor, "target", PASSWORD)
    if name == "change_own_password":
        return lambda: accounts.change_password(s, actor, actor.username, PASSWORD)
    if name == "save_org":
        return lambda: directory.save_org(s, actor, OrgData(world.unique("单位")))
    if name == "save_person":
        return lambda: directory.save_person(s, actor, PersonData("张伟", mobile="13800138000"))
    if name == "delete_person":
        person_id = directory.save_person(s, CONSOLE, PersonData("待删除"))
        return lambda: directory.delete_person(s, actor, person_id)
    if name == "delete_org":
        org_id = directory.save_org(s, CONSOLE, OrgData(world.unique("待删除单位")))
        return lambda: directory.delete_org(s, actor, org_id)
    if name == "organisations":
        return lambda: directory.organisations(s, actor)
    if name == "search_people":
        return lambda: directory.search_people(s, actor, "张")
    if name == "audit_entries":
        return lambda: audit.entries(s, actor, limit=10)
    raise AssertionError(name)


@pytest.mark.parametrize("operation", sorted(ALL_OPERATIONS))
@pytest.mark.parametrize("role", list(Role))
def test_service_permissions(world: World, role: Role, operation: str) -> None:
    run = _operation(world, operation, world.actors[role])
    before = world.audit_count()
    if operation in EXPECTED[role]:
        run()
    else:
        with pytest.raises(PermissionDenied) as info:
            run()
        assert info.value.role == role.value
        assert world.audit_count() == before  # a refused write leaves no trace but the refusal


def test_matrix_covers_every_role() -> None:
    assert set(EXPECTED) == set(Role) == set(EXPECTED_ACTIONS)


@pytest.mark.parametrize("role", list(Role))
def test_roles_table(role: Role) -> None:
    assert set(PERMISSIONS[role]) == EXPECTED_ACTIONS[role]

"""Who may do what, checked through the services themselves for every role.

The tables below are the product rule, written out on purpose rather than read from the code: a change to the
roles table or to what a service function requires has to be made here too, deliberately. Every public function
of every module in duty_desk.services must carry a declaration (duty_desk/services/permission.py) and be listed
here; each is then called with every role's logged-in actor, and the roles without its action are refused before
the function touches a single argument.
"""

import contextlib
import dataclasses
import importlib
import inspect
import pkgutil
import sqlite3
from collections.abc import Callable, Iterator
from itertools import count
from pathlib import Path
from types import ModuleType
from typing import Any, NoReturn

import pytest
from account_support import add_and_log_in

import duty_desk
import duty_desk.services
from duty_desk.domain.directory import OrgData, PersonData
from duty_desk.domain.roles import PERMISSIONS, Action, Role
from duty_desk.services import accounts, attachments, audit, directory, directory_csv
from duty_desk.services.context import Actor, Services
from duty_desk.services.errors import PermissionDenied
from duty_desk.services.permission import Access, permission_of, requires
from duty_desk.storage.database import open_database

PASSWORD = "role-password-1"
# The mechanism itself, not use cases: the checks (context.require, the decorators) and the errors they raise.
MACHINERY = {"context", "permission", "errors"}

Mark = Action | Access
DECLARED: dict[str, dict[Mark, set[str]]] = {
    "accounts": {Access.SELF_SERVICE: {"authenticate", "reauthenticate", "create_first_admin", "change_password",
                                       "has_users", "setup_actor"},
                 Access.INTERNAL: {"check_stored", "add_user"},
                 Action.MANAGE_USERS: {"create_user", "set_enabled"}, Action.VIEW_ACCOUNTS: {"list_users"},
                 Action.MANAGE_ROLES: {"set_role"}, Action.MANAGE_LOCKOUTS: {"unlock"}},
    # The owner kind's own actions (an incident's: VIEW_INCIDENTS and EDIT_INCIDENT): tests/services/test_attachments.
    "attachments": {Access.BY_KIND: {"list_for", "content", "add"},
                    Access.INTERNAL: {"checked_name", "infos", "register_owner", "owner_kinds", "safe_name"}},
    "audit": {Action.VIEW_AUDIT: {"entries", "check_trail"}, Action.EXPORT_AUDIT: {"export_trail"},
              Access.INTERNAL: {"snapshot", "entry_hash", "record", "verify"}},
    "audit_chain": {Access.INTERNAL: {"canonical", "content_hash", "account_digest", "account_digest_before_policy"}},
    "audit_check": {Access.INTERNAL: {"check"}},
    "audit_key": {Access.INTERNAL: {"load", "forget_cached", "verifier", "signed"}},
    # Only into an empty or demo folder; it logs in as the demo accounts it made.
    "attention": {Access.SELF_SERVICE: {"gather"}, Access.INTERNAL: {"register"}},
    "demo": {Access.SELF_SERVICE: {"seed", "needs_seed"}},
    "demo_directory": {Access.INTERNAL: {"fictional_name", "mobile", "organisations"}},
    "demo_incidents": {Access.INTERNAL: {"seed_incidents"}},
    "demo_escalations": {Access.INTERNAL: {"seed_escalations"}},
    "demo_instructions": {Access.INTERNAL: {"seed_instructions"}},
    "demo_roster": {Access.INTERNAL: {"seed_roster"}},
    "demo_leader_reports": {Access.INTERNAL: {"seed_leader_reports"}},
    "directory": {Action.VIEW_DIRECTORY: {"organisations", "search_people", "counts"},
                  Action.EDIT_DIRECTORY: {"save_org", "save_person", "delete_org", "delete_person"},
                  Access.INTERNAL: {"check_stored", "save_org_in", "save_person_in", "is_leader"}},
    "directory_csv": {Action.EXPORT_DIRECTORY: {"export_csv"}, Action.IMPORT_DIRECTORY: {"import_csv"}},
    "incident_csv": {Action.VIEW_INCIDENTS: {"all_incidents"}, Access.INTERNAL: {"incidents_csv"}},
    "files": {Access.INTERNAL: {"read_bounded", "read_text", "write_atomic"}},
    "incident_attention": {Action.VIEW_INCIDENTS: {"reporting_clocks"}},
    "incident_calls": {Action.EDIT_INCIDENT: {"add_call_to"}, Access.INTERNAL: {"follow_up_text"}},
    "incident_list": {Action.VIEW_INCIDENTS: {"list_incidents", "list_with_clocks"},
                      Access.INTERNAL: {"reports_made"}},
    "incident_report": {Action.VIEW_INCIDENTS: {"incident_report", "incident_report_by_number"}},
    "incident_search": {Action.VIEW_INCIDENTS: {"search_incidents"}, Access.INTERNAL: {"match_spans", "best_snippet"}},
    "incidents": {Action.VIEW_INCIDENTS: {"get", "find_by_number", "possible_duplicates", "deadline_clocks",
                                          "timeline"},
                  Action.REGISTER_INCIDENT: {"register"},
                  Action.EDIT_INCIDENT: {"link_duplicate", "update", "set_status", "add_follow_up", "record_report",
                                          "correct"},
                  Access.INTERNAL: {"view_of", "live_incident", "check_stored", "add_timeline_source",
                                   "add_report_made", "add_write_hook"}},
    "lockout": {Access.INTERNAL: {"locked_until", "locked_until_now", "lock_now", "record_failure"}},
    "office_rules": {Action.VIEW_RULES: {"number", "text"}, Action.EDIT_SETTINGS: {"set_numbers", "set_text"},
                     Access.INTERNAL: {"rule_id", "stored_number", "stored_value", "put", "stored_in"}},
    "password_policy": {Action.VIEW_RULES: {"password_policy"}, Action.SET_PASSWORD_POLICY: {"set_password_policy"},
                        Access.INTERNAL: {"policy_of", "check_new_password", "recent_hashes", "remember", "expired"}},
    "passwords": {Access.INTERNAL: {"hash_password", "hashed", "check_password", "password_key", "proves", "use_cost",
                                  "needs_upgrade", "dummy_check"}},
    "roster": {Action.VIEW_ROSTER: {"patterns", "names", "preview", "pending_swaps", "duties", "on_duty",
                                    "coverage"},
               Action.MANAGE_ROSTER: {"save_pattern", "save_rotation", "replace_person", "add_to_shift",
                                      "remove_duty", "add_absence"},
               Action.REQUEST_SWAP: {"request_swap"}, Action.APPROVE_SWAP: {"decide_swap"},
               Action.SIGN_DUTY: {"sign"},
               Access.INTERNAL: {"check_stored", "min_rest_hours", "pattern_of", "live_duties", "day_range",
                                 "new_problems", "problem_error"}},
    "roster_export": {Action.VIEW_ROSTER: {"entries", "export"}, Access.INTERNAL: {"to_csv", "to_ics", "to_pdf"}},
    "roster_import": {Action.MANAGE_ROSTER: {"import_roster"}},
    "rules": {Action.VIEW_RULES: {"rule_text", "load_profile"}, Action.EDIT_SETTINGS: {"save_rules"},
              Access.INTERNAL: {"default_text"}},
    # Conflicts and refused changes: each record kind's sync policy says who sees them (test_sync_policy).
    "search": {Access.SELF_SERVICE: {"search"}, Access.INTERNAL: {"fold", "parse_query"}},
    "sync": {Action.SYNC: {"target", "run_sync", "status", "conflicts", "rejected"}, Access.INTERNAL: {"audit_heads"},
             Action.MANAGE_SERVER_LINK: {"connect", "disconnect", "set_aside"},
             Action.RESOLVE_CONFLICTS: {"resolve_conflict"}},
    "sync_policy": {Access.INTERNAL: {"as_synced", "declare", "policies", "policy_of", "visible_tables", "label_of"}},
    "whereabouts": {Access.INTERNAL: {"stand_in", "check_stored"},
                    Action.VIEW_ESCALATIONS: {"board", "away_today", "entry"},
                    Action.KEEP_WHEREABOUTS: {"save_entry", "end_entry"}},
    "leader_reports": {Action.VIEW_ESCALATIONS: {"get", "find_by_number", "reports"},
                       Action.ESCALATE: {"draft", "correct", "save", "send"}, Access.INTERNAL: {"check_stored"}},
    "leader_report_print": {Action.VIEW_ESCALATIONS: {"leader_report", "leader_report_by_number"}},
    "escalation_policies": {Action.VIEW_ESCALATIONS: {"policies"},
                            Action.MANAGE_ESCALATION_POLICIES: {"policy_text", "save_policy_text"},
                            Access.INTERNAL: {"policies_in"}},
    "escalations": {Action.VIEW_ESCALATIONS: {"in_progress", "counts", "due_by", "due_soon_minutes", "detail",
                                              "of_incident"},
                    Action.ESCALATE: {"start", "record_attempt", "go_on"},
                    Action.DECIDE_ESCALATION_STEP: {"mark_not_needed"},
                    Access.INTERNAL: {"refold_arrived"}},
    "escalation_attention": {Action.VIEW_ESCALATIONS: {"escalation_steps"}},
    "escalation_csv": {Access.INTERNAL: {"cells", "escalations_csv"}},
    "workflow": {Access.INTERNAL: {"state_of", "history", "step"}},
    "workstation": {Access.SELF_SERVICE: {"open_workstation"}},
    # Leaders' instructions (批示) and supervision tasks (督办); a shift leader alone closes or returns a task.
    "instructions": {Action.RECORD_INSTRUCTION: {"record"}, Action.VIEW_ESCALATIONS: {"list_instructions", "get"},
                     Access.INTERNAL: {"items", "live_instruction", "words"}},
    "supervision": {Action.SUPERVISE: {"issue", "record_receipt", "record_feedback", "record_chase"},
                    Action.CLOSE_SUPERVISION: {"close_task", "return_task"},
                    Action.VIEW_ESCALATIONS: {"tasks", "detail", "counts", "choices"},
                    Access.INTERNAL: {"due_soon", "task_rows"}},
    "supervision_attention": {Action.VIEW_ESCALATIONS: {"open_tasks"}},
    "supervision_csv": {Access.INTERNAL: {"tasks_csv", "tasks_text"}},
    "supervision_report": {Action.VIEW_ESCALATIONS: {"notice", "implementation", "find"}},
}

# Reception receives visitors; incidents are the duty officers' work.
INCIDENT_WORK = {Action.VIEW_INCIDENTS, Action.REGISTER_INCIDENT, Action.EDIT_INCIDENT}
# Everyone sees the roster; officers ask for swaps and sign in and out; shift leaders approve swaps; only the
# administrator draws the roster up and changes it.
DUTY_WORK = {Action.VIEW_ROSTER, Action.REQUEST_SWAP, Action.SIGN_DUTY}
# Every workstation syncs whoever is logged in, and everyone works by the office's rules (only an administrator
# changes them).
EVERYONE = {Action.VIEW_RULES, Action.SYNC}
# The escalation chain's daily work; the shift leader alone decides a step is not needed and closes a task.
ESCALATION_WORK = {Action.VIEW_ESCALATIONS, Action.ESCALATE, Action.RECORD_INSTRUCTION, Action.SUPERVISE,
                   Action.KEEP_WHEREABOUTS}
# Today's administrators: system and security administrator at once; the audit trail is not theirs.
EXPECTED_ACTIONS: dict[Role, set[Action]] = {
    Role.ADMIN: set(Action) - {Action.VIEW_AUDIT, Action.EXPORT_AUDIT},
    Role.SHIFT_LEADER: {Action.VIEW_DIRECTORY, Action.EDIT_DIRECTORY, Action.VIEW_PERSONAL_DATA,
                        Action.IMPORT_DIRECTORY, Action.VIEW_AUDIT, Action.RESOLVE_CONFLICTS, Action.APPROVE_SWAP,
                        Action.DECIDE_ESCALATION_STEP, Action.CLOSE_SUPERVISION, *INCIDENT_WORK, *DUTY_WORK,
                        *ESCALATION_WORK, *EVERYONE},
    # Officers and shift leaders phone people: mobiles and secure lines unmasked.
    Role.DUTY_OFFICER: {Action.VIEW_DIRECTORY, Action.EDIT_DIRECTORY, Action.VIEW_PERSONAL_DATA, *INCIDENT_WORK,
                        *DUTY_WORK, *ESCALATION_WORK, *EVERYONE},
    # Reception reaches a host at the office phone: mobiles, secure lines and duty phones are masked for it.
    Role.RECEPTION: {Action.VIEW_DIRECTORY, Action.VIEW_ROSTER, *EVERYONE},
    # Separation of duties: none of the three administrators holds another's part.
    Role.SECURITY_ADMIN: {Action.VIEW_ACCOUNTS, Action.MANAGE_ROLES, Action.MANAGE_LOCKOUTS,
                          Action.SET_PASSWORD_POLICY, *EVERYONE},
    Role.AUDIT_ADMIN: {Action.VIEW_AUDIT, Action.EXPORT_AUDIT, *EVERYONE},
    Role.SYSTEM_ADMIN: set(Action) - {Action.MANAGE_ROLES, Action.MANAGE_LOCKOUTS, Action.SET_PASSWORD_POLICY,
                                      Action.VIEW_AUDIT, Action.EXPORT_AUDIT},
}


def _service_modules() -> list[ModuleType]:
    names = [m.name for m in pkgutil.iter_modules(duty_desk.services.__path__) if m.name not in MACHINERY]
    return [importlib.import_module(f"duty_desk.services.{name}") for name in names]


def _public_functions() -> list[tuple[str, str, Callable[..., Any]]]:
    return [(module.__name__.rsplit(".", 1)[1], name, fn)
            for module in _service_modules()
            for name, fn in inspect.getmembers(module, inspect.isfunction)
            if fn.__module__ == module.__name__ and not name.startswith("_")]


FUNCTIONS = _public_functions()
CHECKED = [(f"{module}.{name}", fn) for module, name, fn in FUNCTIONS
           if "actor" in inspect.signature(fn).parameters and permission_of(fn) is not Access.INTERNAL]


def test_every_public_service_function_is_declared() -> None:
    undeclared = [f"{module}.{name}" for module, name, fn in FUNCTIONS if permission_of(fn) is None]
    assert undeclared == [], "declare each with @requires(Action...), @self_service or @internal"


def test_declarations_are_the_product_table() -> None:
    found: dict[str, dict[Mark, set[str]]] = {}
    for module, name, fn in FUNCTIONS:
        mark = permission_of(fn)
        assert mark is not None
        found.setdefault(module, {}).setdefault(mark, set()).add(name)
    assert found == DECLARED


class Poisoned(Exception):
    """A service body touched an argument: it ran, so the decorator let the actor through."""


class Poison:
    """Stands for every argument but the actor: any use of it raises Poisoned."""

    def __getattr__(self, name: str) -> NoReturn:
        raise Poisoned(name)

    def __repr__(self) -> str:
        return "<poison>"


def _poisoned(name: str) -> Callable[..., NoReturn]:
    def touched(*_args: object) -> NoReturn:
        raise Poisoned(name)

    return touched


for _dunder in ("__bool__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__", "__iter__",
                "__len__", "__getitem__", "__contains__", "__str__", "__format__", "__int__", "__index__",
                "__add__", "__radd__", "__sub__", "__rsub__", "__fspath__", "__enter__"):
    setattr(Poison, _dunder, _poisoned(_dunder))


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
                self.actors[role] = add_and_log_in(self.services, self.admin, name, name, role, PASSWORD)
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


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize(("name", "fn"), CHECKED, ids=[name for name, _ in CHECKED])
def test_every_function_refuses_every_role_without_its_action(world: World, role: Role, name: str,
                                                              fn: Callable[..., Any]) -> None:
    actor = world.actors[role]
    arguments = {p: (actor if p == "actor" else Poison()) for p in inspect.signature(fn).parameters
                 if inspect.signature(fn).parameters[p].kind is not inspect.Parameter.VAR_KEYWORD}
    mark = permission_of(fn)
    if mark is Access.BY_KIND:
        _check_every_kind(role, name, fn, arguments)
    elif mark is Access.SELF_SERVICE or mark in EXPECTED_ACTIONS[role]:
        with contextlib.suppress(Poisoned):  # the body ran: the actor was let through
            fn(**arguments)
    else:
        with pytest.raises(PermissionDenied) as info:
            fn(**arguments)  # refused before any argument is touched
        assert info.value.role == role.value


# Which of its kind's actions each by-kind function needs.
BY_KIND_ACTION: dict[str, Callable[[attachments.OwnerKind], Action]] = {
    "attachments.add": lambda kind: kind.edit, "attachments.list_for": lambda kind: kind.see,
    "attachments.content": lambda kind: kind.see}


def _check_every_kind(role: Role, name: str, fn: Callable[..., Any], arguments: dict[str, Any]) -> None:
    kinds = attachments.owner_kinds().values()
    assert kinds, "no record kind registered"
    for kind in kinds:
        if BY_KIND_ACTION[name](kind) in EXPECTED_ACTIONS[role]:
            with contextlib.suppress(Poisoned):
                fn(**{**arguments, "kind": kind})
        else:
            with pytest.raises(PermissionDenied):
                fn(**{**arguments, "kind": kind})


def test_an_actor_is_made_only_by_authentication(world: World) -> None:
    with pytest.raises(TypeError, match="logging in"):
        Actor("forged", "forged", "Forged", Role.ADMIN)
    officer = world.actors[Role.DUTY_OFFICER]
    with pytest.raises(TypeError, match="logging in"):
        dataclasses.replace(officer, role=Role.ADMIN)  # a copy with another role is no actor either
    with pytest.raises(TypeError, match="logging in"):
        Actor(officer.user_id, officer.username, officer.display_name, Role.ADMIN, officer.seal)
    assert dataclasses.replace(officer) == officer  # an unchanged copy is the same person


def test_a_service_refuses_a_look_alike(world: World) -> None:
    @dataclasses.dataclass(frozen=True)
    class FakeActor:
        user_id: str = "x"
        username: str = "x"
        display_name: str = "x"
        role: Role = Role.ADMIN

        def may(self, _action: Action) -> bool:
            return True

    before = world.audit_count()
    with pytest.raises(TypeError, match="not an authenticated Actor"):
        directory.save_org(world.services, FakeActor(), OrgData("假单位"))  # type: ignore[arg-type]
    assert world.audit_count() == before


def test_only_accounts_issues_actors() -> None:
    root = Path(duty_desk.__file__).parent
    tests = Path(__file__).parents[1]
    holders = {p.relative_to(root.parent).as_posix() for folder in (root, tests) for p in folder.rglob("*.py")
               if p != Path(__file__) and "_issue_actor" in p.read_text(encoding="utf-8")}
    assert holders == {"duty_desk/services/context.py", "duty_desk/services/accounts.py"}


def test_a_declared_function_needs_an_actor_parameter() -> None:
    def no_actor(services: Services) -> None:
        raise AssertionError("never called")

    with pytest.raises(TypeError, match="no 'actor' parameter"):
        requires(Action.VIEW_ROSTER)(no_actor)


# Real calls with real arguments: refused writes leave no trace, allowed ones go through.
DIRECTORY_VIEW = {"organisations", "search_people"}
DIRECTORY_EDIT = {"save_org", "save_person", "delete_person", "delete_org"}
SELF_SERVICE = {"change_own_password"}
DIRECTORY_ADMIN = {"delete_leader", "export_directory"}
USER_ADMIN = {"create_user", "change_others_password"}
ACCOUNTS_VIEW = {"list_users"}
ROLE_ADMIN = {"create_administrator"}  # an account made with one of the three administrators' roles
AUDIT_VIEW = {"audit_entries", "check_trail"}
AUDIT_EXPORT = {"export_trail"}
ALL_OPERATIONS = (DIRECTORY_VIEW | DIRECTORY_EDIT | DIRECTORY_ADMIN | SELF_SERVICE | USER_ADMIN | ACCOUNTS_VIEW
                  | ROLE_ADMIN | AUDIT_VIEW | AUDIT_EXPORT)

EXPECTED: dict[Role, set[str]] = {
    Role.ADMIN: ALL_OPERATIONS - AUDIT_VIEW - AUDIT_EXPORT,
    Role.SHIFT_LEADER: DIRECTORY_VIEW | DIRECTORY_EDIT | AUDIT_VIEW | SELF_SERVICE,
    Role.DUTY_OFFICER: DIRECTORY_VIEW | DIRECTORY_EDIT | SELF_SERVICE,
    Role.RECEPTION: DIRECTORY_VIEW | SELF_SERVICE,
    Role.SYSTEM_ADMIN: DIRECTORY_VIEW | DIRECTORY_EDIT | DIRECTORY_ADMIN | USER_ADMIN | ACCOUNTS_VIEW | SELF_SERVICE,
    Role.SECURITY_ADMIN: ACCOUNTS_VIEW | SELF_SERVICE,
    Role.AUDIT_ADMIN: AUDIT_VIEW | AUDIT_EXPORT | SELF_SERVICE,
}


def _operation(world: World, name: str, actor: Actor) -> Callable[[], object]:
    s = world.services
    if name == "create_user":
        return lambda: accounts.create_user(s, actor, world.unique("u"), "新用户", Role.RECEPTION, PASSWORD)
    if name == "create_administrator":
        return lambda: accounts.create_user(s, actor, world.unique("a"), "新管理员", Role.AUDIT_ADMIN, PASSWORD)
    if name == "list_users":
        return lambda: accounts.list_users(s, actor)
    if name == "change_others_password":
        return lambda: accounts.change_password(s, actor, "target", f"Fresh-pass-{world.unique('')}")
    if name == "change_own_password":  # a new one each time: the last five are not used again
        return lambda: accounts.change_password(s, actor, actor.username, f"Fresh-pass-{world.unique('')}")
    if name == "save_org":
        return lambda: directory.save_org(s, actor, OrgData(world.unique("单位")))
    if name == "save_person":
        return lambda: directory.save_person(s, actor, PersonData("张伟", mobile="13800138000"))
    if name == "delete_person":
        person_id = directory.save_person(s, world.admin, PersonData("待删除"))
        return lambda: directory.delete_person(s, actor, person_id)
    if name == "delete_org":
        org_id = directory.save_org(s, world.admin, OrgData(world.unique("待删除单位")))
        return lambda: directory.delete_org(s, actor, org_id)
    if name == "delete_leader":
        leader_id = directory.save_person(s, world.admin, PersonData("待删除领导", title="副市长", is_leader=True))
        return lambda: directory.delete_person(s, actor, leader_id)
    if name == "export_directory":
        return lambda: directory_csv.export_csv(s, actor, world.db.path.parent / f"{world.unique('export')}.csv")
    if name == "organisations":
        return lambda: directory.organisations(s, actor)
    if name == "search_people":
        return lambda: directory.search_people(s, actor, "张")
    if name == "audit_entries":
        return lambda: audit.entries(s, actor, limit=10)
    if name == "check_trail":
        return lambda: audit.check_trail(s, actor)
    if name == "export_trail":
        return lambda: audit.export_trail(s, actor, world.db.path.parent / f"{world.unique('audit')}.csv")
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


# Separation of duties (三员分立): each administrator's own part, and what any two of them share, written out.
PARTS: dict[Role, set[Action]] = {
    Role.SYSTEM_ADMIN: {Action.MANAGE_USERS, Action.MANAGE_SERVER_LINK, Action.EDIT_SETTINGS},
    Role.SECURITY_ADMIN: {Action.MANAGE_ROLES, Action.MANAGE_LOCKOUTS, Action.SET_PASSWORD_POLICY},
    Role.AUDIT_ADMIN: {Action.VIEW_AUDIT, Action.EXPORT_AUDIT},
}
SHARED: dict[frozenset[Role], set[Action]] = {
    frozenset({Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN}): {Action.VIEW_ACCOUNTS, Action.VIEW_RULES, Action.SYNC},
    frozenset({Role.SYSTEM_ADMIN, Role.AUDIT_ADMIN}): {Action.VIEW_RULES, Action.SYNC},
    frozenset({Role.SECURITY_ADMIN, Role.AUDIT_ADMIN}): {Action.VIEW_RULES, Action.SYNC},
}


@pytest.mark.parametrize("pair", list(SHARED), ids=lambda pair: "+".join(sorted(pair)))
def test_no_action_belongs_to_two_of_the_three_administrators(pair: frozenset[Role]) -> None:
    first, second = sorted(pair)
    assert set(PERMISSIONS[first] & PERMISSIONS[second]) == SHARED[pair]
    assert not PERMISSIONS[first] & PARTS[second] and not PERMISSIONS[second] & PARTS[first]
    assert PARTS[first] <= PERMISSIONS[first] and PARTS[second] <= PERMISSIONS[second]


def test_todays_administrator_is_system_and_security_administrator_never_auditor() -> None:
    assert PERMISSIONS[Role.ADMIN] == PERMISSIONS[Role.SYSTEM_ADMIN] | PERMISSIONS[Role.SECURITY_ADMIN]
    assert not PERMISSIONS[Role.ADMIN] & PARTS[Role.AUDIT_ADMIN]


def test_matrix_covers_every_role() -> None:
    assert set(EXPECTED) == set(Role) == set(EXPECTED_ACTIONS)


@pytest.mark.parametrize("role", list(Role))
def test_roles_table(role: Role) -> None:
    assert set(PERMISSIONS[role]) == EXPECTED_ACTIONS[role]

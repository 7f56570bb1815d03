"""Attacks on the server's authorisation, made as a thief holding one plain workstation's login would make them:
psycopg and nothing but sync_hello, sync_push and sync_pull. The office's own workstations manage accounts and
rules (`server add-workstation --manages accounts,rules`); the attacker's login manages nothing."""

import time
import uuid
from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from account_support import add_and_log_in
from psycopg.types.json import Jsonb
from sqlalchemy import select
from sync_support import Server, Site, admin_of

from duty_desk.domain.directory import PersonData
from duty_desk.domain.hlc import pack
from duty_desk.domain.roles import Role
from duty_desk.services import accounts, directory, office_rules
from duty_desk.services import sync as sync_service
from duty_desk.services.errors import AuthenticationFailed
from duty_desk.services.passwords import hash_password
from duty_desk.storage.models import OutboxOp, PasswordProof
from duty_desk.sync import client
from duty_desk.sync.wire import merged_fields, synced_tables

ADMIN_PASSWORD = "long-password-1"  # sync_support.admin_of's
ADMIN2_PASSWORD = "second-admin-pw-2"
OFFICER_PASSWORD = "officer-password-3"


class Attacker:
    """A plain workstation's login, used by hand."""

    def __init__(self, pg_server: Server) -> None:
        role, password = pg_server.add(manages=())
        self.conn = psycopg.connect(pg_server.url, user=role, password=password, autocommit=True)
        self.site = str(uuid.uuid4())
        hello = self.conn.execute("SELECT duty_sync.sync_hello(%s, %s)",
                                  (self.site, int(time.time() * 1000))).fetchone()
        assert hello is not None
        self.schema = int(hello[0]["min_schema"])

    def rows(self, table: str) -> dict[str, dict[str, Any]]:
        """The newest copy of every row of `table` the change log holds."""
        out: dict[str, dict[str, Any]] = {}
        for _seq, tbl, data in self.conn.execute("SELECT seq, tbl, data FROM duty_sync.sync_pull(0, 100000)"):
            if tbl == table:
                out[data["id"]] = data
        return out

    def push(self, table: str, row: dict[str, Any], changed: list[str], base: int | None,
             **extra: Any) -> dict[str, Any]:
        op = {"op_id": str(uuid.uuid4()), "table": table, "row_id": row["id"], "row": row, "changed": changed,
              "base": base, "hlc": pack(int(time.time() * 1000), 0), "actor": "mallory", "schema": self.schema,
              **extra}
        answer = self.conn.execute("SELECT duty_sync.sync_push(%s, %s)", (self.site, Jsonb([op]))).fetchone()
        assert answer is not None
        [result] = answer[0]
        return dict(result)

    def close(self) -> None:
        self.conn.close()


@pytest.fixture
def office(make_site: Callable[..., Site]) -> Site:
    """The office's managing workstation: two administrators and an officer, all on the server."""
    a = make_site("a")
    admin = admin_of(a)
    add_and_log_in(a.services, admin, "admin2", "第二管理员", Role.SECURITY_ADMIN, ADMIN2_PASSWORD)
    add_and_log_in(a.services, admin, "lina", "李娜", Role.DUTY_OFFICER, OFFICER_PASSWORD)
    directory.save_person(a.services, admin, PersonData("张伟", "主任"))
    directory.save_person(a.services, admin, PersonData("王芳", "副主任"))
    report = a.sync()
    assert report.rejected == 0
    return a


@pytest.fixture
def attacker(pg_server: Server) -> Any:
    thief = Attacker(pg_server)
    yield thief
    thief.close()


def _user(attacker: Attacker, username: str) -> dict[str, Any]:
    [row] = [r for r in attacker.rows("users").values() if r["username"] == username]
    return row


def _refused(answer: dict[str, Any], *words: str) -> None:
    assert answer["status"] == "rejected", answer
    assert all(word in answer["reason"] for word in words), answer["reason"]


def test_a_pushed_administrator_with_a_chosen_hash_is_refused(office: Site, attacker: Attacker,
                                                              pg_server: Server) -> None:
    template = _user(attacker, "lina")
    mallory = {**template, "id": str(uuid.uuid4()), "username": "mallory", "display_name": "Mallory",
               "role": "admin", "password_hash": hash_password("mallory-pass-1"), "server_version": None}
    answer = attacker.push("users", mallory, merged_fields(synced_tables()["users"]), None)
    _refused(answer, "manages accounts")
    assert pg_server.query("SELECT count(*) FROM public.users WHERE username = 'mallory'") == [(0,)]
    office.sync()
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(office.services, "mallory", "mallory-pass-1")


def test_another_administrators_password_is_not_replaced_even_with_a_high_base_or_a_made_up_proof(
        office: Site, attacker: Attacker, pg_server: Server) -> None:
    row = _user(attacker, "admin2")
    stolen = {**row, "password_hash": hash_password("attacker-pass-1")}
    _refused(attacker.push("users", stolen, ["password_hash"], 10**17), "password")
    _refused(attacker.push("users", stolen, ["password_hash"], 10**17, proof="00" * 32), "proof")
    _refused(attacker.push("users", stolen, ["password_hash"], 10**17, proof="not hex"), "proof")
    assert pg_server.query("SELECT password_hash FROM public.users WHERE username = 'admin2'") == [
        (row["password_hash"],)]
    office.sync()
    accounts.authenticate(office.services, "admin2", ADMIN2_PASSWORD)  # still the real one
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(office.services, "admin2", "attacker-pass-1")


def test_an_administrator_is_neither_demoted_nor_disabled(office: Site, attacker: Attacker,
                                                          pg_server: Server) -> None:
    row = _user(attacker, "admin2")
    _refused(attacker.push("users", {**row, "role": "reception", "active": False}, ["role", "active"],
                           row["server_version"]), "manages accounts")
    # One field at a time, and hidden behind a genuine-looking password change, neither gets through.
    _refused(attacker.push("users", {**row, "active": False}, ["active"], row["server_version"]), "accounts")
    _refused(attacker.push("users", {**row, "role": "reception", "password_hash": hash_password("x-pass-12345")},
                           ["role", "password_hash"], row["server_version"], proof="00" * 32), "accounts")
    assert pg_server.query("SELECT role, active FROM public.users WHERE username = 'admin2'") == [
        ("security_admin", True)]
    office.sync()
    assert accounts.authenticate(office.services, "admin2", ADMIN2_PASSWORD).role is Role.SECURITY_ADMIN


def test_people_are_any_workstations_records_but_accounts_are_not_tombstoned(
        office: Site, attacker: Attacker, pg_server: Server) -> None:
    # The directory is every workstation's to edit, so a plain workstation's tombstone of a person is its own
    # legitimate kind of change (a reception desk's officer deletes a contact): it is applied, logged under the
    # pushing site, and any workstation can restore the record (the README's trust boundary says so).
    people = attacker.rows("people")
    for person in people.values():
        assert attacker.push("people", {**person, "deleted": True}, ["deleted"], person["server_version"])[
            "status"] == "applied"
    assert pg_server.query("SELECT DISTINCT site FROM duty_sync.change_log c WHERE c.tbl = 'people' "
                           "AND (c.data->>'deleted')::boolean") == [(attacker.site,)]
    # Accounts are not: a tombstoned user could no longer log in anywhere.
    for user in attacker.rows("users").values():
        _refused(attacker.push("users", {**user, "deleted": True}, ["deleted"], user["server_version"]),
                 "manages accounts")
    assert pg_server.query("SELECT count(*) FROM public.users WHERE deleted") == [(0,)]


def test_open_conflicts_are_not_closed_rewritten_reopened_deleted_or_forged(
        office: Site, make_site: Callable[..., Site], attacker: Attacker, pg_server: Server) -> None:
    b = make_site("b")
    b.sync()
    admin_a, admin_b = admin_of(office), admin_of(b)
    accounts.change_password(office.services, admin_a, "lina", "changed-on-a-1")
    accounts.change_password(b.services, admin_b, "lina", "changed-on-b-1")
    [zhang] = [p for p in directory.search_people(office.services, admin_a) if p.data.name == "张伟"]
    directory.save_person(office.services, admin_a, PersonData("张伟", "主任（一号机）"), zhang.id)
    directory.save_person(b.services, admin_b, PersonData("张伟", "主任（二号机）"), zhang.id)
    for site in (office, b, office):
        assert site.sync().rejected == 0
    conflicts = {c["record_table"]: c for c in attacker.rows("sync_conflicts").values()}
    assert set(conflicts) == {"users", "people"} and not any(c["resolved"] for c in conflicts.values())
    account, person = conflicts["users"], conflicts["people"]

    def close(conflict: dict[str, Any]) -> dict[str, Any]:
        return attacker.push("sync_conflicts", {**conflict, "resolved": True, "resolved_by": "mallory"},
                             ["resolved", "resolved_by"], conflict["server_version"])

    _refused(close(account), "accounts")  # deciding an account's conflict is deciding the account
    _refused(attacker.push("sync_conflicts", {**person, "kept_value": '"伪造"'}, ["kept_value"],
                           person["server_version"]), "server")
    _refused(attacker.push("sync_conflicts", {**person, "deleted": True}, ["deleted"], person["server_version"]),
             "server")
    forged = {**person, "id": str(uuid.uuid4()), "server_version": None}
    _refused(attacker.push("sync_conflicts", forged, merged_fields(synced_tables()["sync_conflicts"]), None),
             "server")
    # A directory conflict is the directory's: any workstation may close it (as it may edit the person), once.
    assert close(person)["status"] == "applied"
    reopened = {**person, "resolved": False, "resolved_by": ""}
    _refused(attacker.push("sync_conflicts", reopened, ["resolved", "resolved_by"], person["server_version"]),
             "reopen")
    # (A password's conflict is one per field it changed: the hash, its history, when it was changed.)
    assert sorted(pg_server.query("SELECT DISTINCT record_table, resolved, deleted FROM public.sync_conflicts")) == [
        ("people", True, False), ("users", False, False)]


# --- what the office's own workstations still do ------------------------------------------------------------

def test_a_users_own_password_change_from_a_plain_workstation_carries_its_proof_and_is_taken(
        office: Site, make_site: Callable[..., Site], pg_server: Server) -> None:
    desk = make_site("desk", manages=())
    desk.sync()
    lina = accounts.authenticate(desk.services, "lina", OFFICER_PASSWORD)
    accounts.change_password(desk.services, lina, "lina", "Li-new-pass-4")
    with desk.db.session() as session:
        [(proof,)] = session.execute(select(PasswordProof.proof)).all()
        [op] = session.scalars(select(OutboxOp).where(OutboxOp.table_name == "users"))
        [wire], _ = client.wire_ops([op], {p.verifier: p.proof for p in session.scalars(select(PasswordProof))})
    assert wire["proof"] == proof and proof not in op.new_row  # beside the row, never synced in it
    report = desk.sync()
    assert report.rejected == 0
    with desk.db.session() as session:
        assert session.scalars(select(PasswordProof)).all() == []  # answered: gone
    assert pg_server.query("SELECT count(*) FROM duty_sync.change_log WHERE data::text LIKE %s",
                           (f"%{proof}%",)) == [(0,)]
    office.sync()
    accounts.authenticate(office.services, "lina", "Li-new-pass-4")
    # The same session's second change holds the first password's key, which proves nothing any more.
    accounts.change_password(desk.services, lina, "lina", "Li-newer-pass-5")
    assert desk.sync().rejected == 1
    accounts.authenticate(desk.services, "lina", "Li-new-pass-4")  # back to the server's


def test_account_and_rule_changes_from_a_plain_workstation_come_back_refused_with_the_reason(
        office: Site, make_site: Callable[..., Site]) -> None:
    desk = make_site("desk", manages=())
    desk.sync()
    admin = admin_of(desk)
    accounts.create_user(desk.services, admin, "zhao", "赵", Role.RECEPTION, "Desk-password-6")
    accounts.change_password(desk.services, admin, "lina", "set-by-admin-7")  # another's
    office_rules.set_numbers(desk.services, admin, {office_rules.MIN_REST: 8})
    report = desk.sync()
    assert report.rejected == 3
    reasons = {view.table_name: view.reason for view in sync_service.rejected(desk.services, admin)}
    assert set(reasons) == {"users", "office_rules"}
    assert "manages accounts" in reasons["users"] and "manages rules" in reasons["office_rules"]
    # Each falls back to the server's: no new account, lina's own password, the rule's default.
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(desk.services, "zhao", "Desk-password-6")
    accounts.authenticate(desk.services, "lina", OFFICER_PASSWORD)
    assert office_rules.number(desk.services, admin, office_rules.MIN_REST) == office_rules.MIN_REST.default
    office.sync()
    assert [u.username for u in accounts.list_users(office.services, admin_of(office))] == ["admin", "admin2",
                                                                                            "lina"]

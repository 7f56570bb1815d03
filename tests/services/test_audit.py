"""The audit trail: one entry per write in the same transaction, hash-chained so tampering shows."""

import json
import threading
from collections.abc import Callable
from itertools import pairwise
from typing import Any

import pytest

from duty_desk.domain.directory import OrgData, PersonData
from duty_desk.domain.roles import Role
from duty_desk.domain.validation import ValidationError
from duty_desk.services import accounts, audit, directory
from duty_desk.services.context import Actor, Services
from duty_desk.services.errors import AuthenticationFailed
from duty_desk.storage.database import Database, open_database
from duty_desk.storage.models import Organisation

ADMIN_PASSWORD = "Office-key-2026"
USER_PASSWORD = "user-password-1"
Sql = Callable[..., list[tuple[Any, ...]]]


def _count(sql: Sql) -> int:
    return int(sql("SELECT count(*) FROM audit_log")[0][0])


def _last(sql: Sql) -> tuple[Any, ...]:
    return sql("SELECT seq, action, entity, entity_id, actor_name, before, after FROM audit_log "
               "ORDER BY seq DESC LIMIT 1")[0]


def _fill(services: Services, admin: Actor) -> list[str]:
    """A few writes of different kinds; returns the ids written."""
    org = directory.save_org(services, admin, OrgData("市应急管理局"))
    person = directory.save_person(services, admin, PersonData("张伟", title="处长", organisation_id=org))
    directory.save_person(services, admin, PersonData("张伟", title="副处长", organisation_id=org), person)
    accounts.create_user(services, admin, "li.qiang", "李强", Role.DUTY_OFFICER, USER_PASSWORD)
    return [org, person]


# --- one entry per write -------------------------------------------------------------------------------------

def _failed_login(services: Services) -> None:
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(services, "admin", "wrong-password")


def _write_ops(services: Services, admin: Actor) -> dict[str, Callable[[], object]]:
    org = directory.save_org(services, admin, OrgData("市公安局"))
    empty_org = directory.save_org(services, admin, OrgData("空单位"))
    person = directory.save_person(services, admin, PersonData("王芳", organisation_id=org))
    return {
        "create_user": lambda: accounts.create_user(services, admin, "li.qiang", "李强", Role.RECEPTION,
                                                    USER_PASSWORD),
        "change_password": lambda: accounts.change_password(services, admin, "admin", "Another-password-1"),
        "login": lambda: accounts.authenticate(services, "admin", ADMIN_PASSWORD),
        "login_failed": lambda: _failed_login(services),
        "create_org": lambda: directory.save_org(services, admin, OrgData("市卫健委")),
        "update_org": lambda: directory.save_org(services, admin, OrgData("市公安局", phone="110"), org),
        "create_person": lambda: directory.save_person(services, admin, PersonData("李强")),
        "update_person": lambda: directory.save_person(services, admin,
                                                       PersonData("王芳", title="科长", organisation_id=org),
                                                       person),
        "delete_person": lambda: directory.delete_person(services, admin, person),
        "delete_org": lambda: directory.delete_org(services, admin, empty_org),
    }


WRITES = ["create_user", "change_password", "login", "login_failed", "create_org", "update_org",
          "create_person", "update_person", "delete_person", "delete_org"]


@pytest.mark.parametrize("name", WRITES)
def test_every_write_appends_exactly_one_entry(services: Services, admin: Actor, sql: Sql, name: str) -> None:
    op = _write_ops(services, admin)[name]
    before = _count(sql)
    op()
    assert _count(sql) == before + 1
    assert _last(sql)[1] == name
    assert audit.verify_trail(services, admin) is None


@pytest.mark.parametrize("name", WRITES)
def test_every_write_saves_the_clock_past_every_stamp(services: Services, admin: Actor, sql: Sql,
                                                      name: str) -> None:
    """The clock kept in site_meta must cover every hlc handed out, or a restart could hand one out again."""
    _write_ops(services, admin)[name]()
    saved = int(sql("SELECT value FROM site_meta WHERE key = 'hlc'")[0][0])
    highest = max(sql(f"SELECT coalesce(max(hlc), 0) FROM {t}")[0][0]
                  for t in ("users", "organisations", "people", "audit_log"))
    assert saved >= highest


def test_failed_writes_append_nothing(services: Services, admin: Actor, sql: Sql) -> None:
    org = directory.save_org(services, admin, OrgData("市应急管理局"))
    directory.save_person(services, admin, PersonData("张伟", organisation_id=org))
    before = _count(sql)
    with pytest.raises(ValidationError):  # refused inside the transaction: duplicate name
        directory.save_org(services, admin, OrgData("市应急管理局"))
    with pytest.raises(ValidationError):  # still has people
        directory.delete_org(services, admin, org)
    with pytest.raises(ValidationError):  # duplicate user
        accounts.create_user(services, admin, "admin", "又一个", Role.ADMIN, USER_PASSWORD)
    with pytest.raises(ValidationError):  # refused before the transaction: bad phone
        directory.save_person(services, admin, PersonData("李强", mobile="1380013800"))
    assert _count(sql) == before
    assert sql("SELECT count(*) FROM organisations") == [(1,)]
    assert audit.verify_trail(services, admin) is None


@pytest.mark.parametrize("flush", [True, False], ids=["flushed", "pending"])
def test_write_without_audit_is_refused_and_rolled_back(services: Services, admin: Actor, sql: Sql,
                                                        flush: bool) -> None:
    """A service body that changes a synced row but records no audit entry must fail, and save nothing.

    "pending": the row is only added to the session, as most service code does; it reaches the database at
    commit, so the check has to see it too.
    """
    before = _count(sql)
    with pytest.raises(RuntimeError, match="audit"), services.write(admin, None) as session:
        session.add(Organisation(name="偷偷写入", kind="other"))
        if flush:
            session.flush()
    assert sql("SELECT count(*) FROM organisations WHERE name = '偷偷写入'") == [(0,)]
    assert _count(sql) == before


# --- the entries' content ------------------------------------------------------------------------------------

def test_edit_entry_holds_only_the_changed_fields(services: Services, admin: Actor, sql: Sql) -> None:
    org = directory.save_org(services, admin, OrgData("市应急管理局"))
    person = directory.save_person(services, admin, PersonData("张伟", title="处长", organisation_id=org,
                                                               mobile="13800138000"))
    directory.save_person(services, admin, PersonData("张伟", title="副处长", organisation_id=org,
                                                      mobile="13800138000"), person)
    _seq, action, entity, entity_id, actor_name, before, after = _last(sql)
    assert (action, entity, entity_id, actor_name) == ("update_person", "people", person, "admin")
    assert json.loads(before) == {"title": "处长"}
    assert json.loads(after) == {"title": "副处长"}


def test_create_entry_holds_the_new_record(services: Services, admin: Actor, sql: Sql) -> None:
    org = directory.save_org(services, admin, OrgData("市应急管理局", phone="010-65192233"))
    _seq, action, entity, entity_id, _actor, before, after = _last(sql)
    assert (action, entity, entity_id, before) == ("create_org", "organisations", org, "")
    assert json.loads(after)["name"] == "市应急管理局"
    assert json.loads(after)["phone"] == "01065192233"


def test_password_hash_is_masked_in_the_trail(services: Services, admin: Actor, sql: Sql) -> None:
    accounts.create_user(services, admin, "li.qiang", "李强", Role.DUTY_OFFICER, USER_PASSWORD)
    stored_hash = sql("SELECT password_hash FROM users WHERE username = 'li.qiang'")[0][0]
    after = json.loads(_last(sql)[6])
    assert after["username"] == "li.qiang"
    assert after["password_hash"] == "***"
    for before_text, after_text in sql("SELECT before, after FROM audit_log"):
        assert stored_hash not in before_text + after_text
        assert USER_PASSWORD not in before_text + after_text


def test_entries_newest_first_and_filtered(services: Services, admin: Actor) -> None:
    _fill(services, admin)
    page = audit.entries(services, admin, limit=100)
    assert [e.seq for e in page] == sorted((e.seq for e in page), reverse=True)
    assert page[0].action == "create_user"
    people = audit.entries(services, admin, limit=100, text="person")
    assert {e.action for e in people} == {"create_person", "update_person"}
    assert len(audit.entries(services, admin, limit=2)) == 2


# --- the chain -----------------------------------------------------------------------------------------------

def test_chain_links_each_entry_to_the_one_before(services: Services, admin: Actor, sql: Sql) -> None:
    _fill(services, admin)
    rows = sql("SELECT seq, prev_hash, hash FROM audit_log ORDER BY seq")
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    for (_, _, prev), (_, link, _) in pairwise(rows):
        assert link == prev
    assert len({r[2] for r in rows}) == len(rows)
    assert audit.verify_trail(services, admin) is None


@pytest.mark.parametrize("column", ["after", "before", "actor_name", "action", "entity_id", "at"])
def test_changing_an_entry_is_found(services: Services, admin: Actor, sql: Sql, column: str) -> None:
    _fill(services, admin)
    target = 4  # the person update: it has both before and after
    entry_id, original = sql(f"SELECT id, {column} FROM audit_log WHERE seq = ?", target)[0]
    forged = original.replace("副处长", "局长") if column == "after" else (
        original.replace("2", "1", 1) if column == "at" else original + "x")
    assert forged != original
    sql(f"UPDATE audit_log SET {column} = ? WHERE seq = ?", forged, target)
    problem = audit.verify_trail(services, admin)
    assert problem is not None
    assert problem.seq == target
    assert problem.entry_id == entry_id
    assert f"#{target}" in str(problem)


def test_changing_a_prev_hash_is_found(services: Services, admin: Actor, sql: Sql) -> None:
    _fill(services, admin)
    sql("UPDATE audit_log SET prev_hash = ? WHERE seq = 3", "f" * 64)
    problem = audit.verify_trail(services, admin)
    assert problem is not None
    assert problem.seq == 3


def test_deleting_a_middle_entry_is_found(services: Services, admin: Actor, sql: Sql) -> None:
    _fill(services, admin)
    sql("DELETE FROM audit_log WHERE seq = 3")
    problem = audit.verify_trail(services, admin)
    assert problem is not None
    assert problem.seq == 3


def test_deleting_the_last_entry_is_found(services: Services, admin: Actor, sql: Sql) -> None:
    _fill(services, admin)
    last = sql("SELECT max(seq) FROM audit_log")[0][0]
    sql("DELETE FROM audit_log WHERE seq = ?", last)
    problem = audit.verify_trail(services, admin)
    assert problem is not None
    assert problem.seq == last


def test_deleting_every_entry_is_found(services: Services, admin: Actor, sql: Sql) -> None:
    _fill(services, admin)
    sql("DELETE FROM audit_log")
    assert audit.verify_trail(services, admin) is not None


def test_rewriting_an_entry_with_a_fresh_hash_breaks_the_next_link(services: Services, admin: Actor,
                                                                   sql: Sql) -> None:
    """A forger who also fixes the entry's own hash is caught by the entry after it."""
    _fill(services, admin)
    sql("UPDATE audit_log SET hash = ? WHERE seq = 2", "e" * 64)
    problem = audit.verify_trail(services, admin)
    assert problem is not None
    assert problem.seq in (2, 3)


def test_writes_after_tampering_do_not_hide_it(services: Services, admin: Actor, sql: Sql) -> None:
    _fill(services, admin)
    sql("UPDATE audit_log SET after = '{}' WHERE seq = 2")
    directory.save_org(services, admin, OrgData("后来的单位"))
    problem = audit.verify_trail(services, admin)
    assert problem is not None
    assert problem.seq == 2


def test_two_programs_writing_at_once_keep_one_unbroken_chain(db: Database, admin: Actor, sql: Sql) -> None:
    """Two processes on one workstation (say the window and the CLI) each read the chain's head in their
    own transaction; the write lock taken at BEGIN keeps them from both appending after the same entry."""
    other = open_database(db.path.parent)
    errors: list[BaseException] = []

    def writer(database: Database, prefix: str) -> None:
        try:
            for i in range(15):
                directory.save_org(Services(database), admin, OrgData(f"{prefix}{i}"))
        except BaseException as exc:  # reported to the main thread below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(d, p)) for d, p in ((db, "甲"), (other, "乙"))]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        other.dispose()
    assert errors == []
    seqs = [r[0] for r in sql("SELECT seq FROM audit_log ORDER BY seq")]
    assert seqs == list(range(1, 32))  # the first administrator, then 2 x 15 organisations
    assert audit.verify_trail(Services(db), admin) is None

"""The audit trail: one entry per write in the same transaction, hash-chained so tampering shows."""

import csv
import io
import json
import re
import stat
import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import keyring
import pytest
from account_support import add_and_log_in, first_login
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from keyring.backends import fail
from sqlalchemy import select

from duty_desk.domain.directory import OrgData, PersonData
from duty_desk.domain.roles import Role
from duty_desk.domain.timefmt import beijing, utcnow
from duty_desk.domain.validation import ValidationError
from duty_desk.services import accounts, audit, audit_key, directory
from duty_desk.services.audit_chain import GENESIS
from duty_desk.services.context import Actor, Services
from duty_desk.services.errors import AuthenticationFailed, PermissionDenied
from duty_desk.storage.database import Database, open_database
from duty_desk.storage.models import AuditEntry, AuditKey, Organisation

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
def test_every_write_appends_exactly_one_entry(services: Services, admin: Actor, sql: Sql, name: str,
                                               auditor: Actor) -> None:
    op = _write_ops(services, admin)[name]
    before = _count(sql)
    op()
    assert _count(sql) == before + 1
    assert _last(sql)[1] == name
    assert audit.check_trail(services, auditor).problem is None


@pytest.mark.parametrize("name", WRITES)
def test_every_write_saves_the_clock_past_every_stamp(services: Services, admin: Actor, sql: Sql,
                                                      name: str) -> None:
    """The clock kept in site_meta must cover every hlc handed out, or a restart could hand one out again."""
    _write_ops(services, admin)[name]()
    saved = int(sql("SELECT value FROM site_meta WHERE key = 'hlc'")[0][0])
    highest = max(sql(f"SELECT coalesce(max(hlc), 0) FROM {t}")[0][0]
                  for t in ("users", "organisations", "people", "audit_log"))
    assert saved >= highest


def test_failed_writes_append_nothing(services: Services, admin: Actor, sql: Sql, auditor: Actor) -> None:
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
    assert audit.check_trail(services, auditor).problem is None


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


def test_entries_newest_first_and_filtered(services: Services, admin: Actor, auditor: Actor) -> None:
    _fill(services, admin)
    page = audit.entries(services, auditor, limit=100)
    assert [e.seq for e in page] == sorted((e.seq for e in page), reverse=True)
    assert page[0].action == "create_user"
    people = audit.entries(services, auditor, limit=100, text="person")
    assert {e.action for e in people} == {"create_person", "update_person"}
    assert len(audit.entries(services, auditor, limit=2)) == 2


# --- the chain -----------------------------------------------------------------------------------------------

def test_chain_links_each_entry_to_the_one_before(services: Services, admin: Actor, sql: Sql, auditor: Actor) -> None:
    _fill(services, admin)
    rows = sql("SELECT seq, prev_hash, hash FROM audit_log ORDER BY seq")
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    for (_, _, prev), (_, link, _) in pairwise(rows):
        assert link == prev
    assert len({r[2] for r in rows}) == len(rows)
    assert audit.check_trail(services, auditor).problem is None


@pytest.mark.parametrize("column", ["after", "before", "actor_name", "action", "entity_id", "at"])
def test_changing_an_entry_is_found(services: Services, admin: Actor, sql: Sql, column: str, auditor: Actor) -> None:
    _fill(services, admin)
    # The person update: it has both before and after.
    [(target,)] = sql("SELECT seq FROM audit_log WHERE action = 'update_person'")
    entry_id, original = sql(f"SELECT id, {column} FROM audit_log WHERE seq = ?", target)[0]
    forged = original.replace("副处长", "局长") if column == "after" else (
        original.replace("2", "1", 1) if column == "at" else original + "x")
    assert forged != original
    sql(f"UPDATE audit_log SET {column} = ? WHERE seq = ?", forged, target)
    problem = audit.check_trail(services, auditor).problem
    assert problem is not None
    assert problem.seq == target
    assert problem.entry_id == entry_id
    assert f"#{target}" in str(problem)


def test_changing_a_prev_hash_is_found(services: Services, admin: Actor, sql: Sql, auditor: Actor) -> None:
    _fill(services, admin)
    sql("UPDATE audit_log SET prev_hash = ? WHERE seq = 3", "f" * 64)
    problem = audit.check_trail(services, auditor).problem
    assert problem is not None
    assert problem.seq == 3


def test_deleting_a_middle_entry_is_found(services: Services, admin: Actor, sql: Sql, auditor: Actor) -> None:
    _fill(services, admin)
    sql("DELETE FROM audit_log WHERE seq = 3")
    problem = audit.check_trail(services, auditor).problem
    assert problem is not None
    assert problem.seq == 3


def test_deleting_the_last_entry_is_found(services: Services, admin: Actor, sql: Sql, auditor: Actor) -> None:
    _fill(services, admin)
    last = sql("SELECT max(seq) FROM audit_log")[0][0]
    sql("DELETE FROM audit_log WHERE seq = ?", last)
    problem = audit.check_trail(services, auditor).problem
    assert problem is not None
    assert problem.seq == last


def test_deleting_every_entry_is_found(services: Services, admin: Actor, sql: Sql, auditor: Actor) -> None:
    _fill(services, admin)
    sql("DELETE FROM audit_log")
    assert audit.check_trail(services, auditor).problem is not None


def test_rewriting_an_entry_with_a_fresh_hash_breaks_the_next_link(services: Services, admin: Actor,
                                                                   sql: Sql, auditor: Actor) -> None:
    """A forger who also fixes the entry's own hash is caught by the entry after it."""
    _fill(services, admin)
    sql("UPDATE audit_log SET hash = ? WHERE seq = 2", "e" * 64)
    problem = audit.check_trail(services, auditor).problem
    assert problem is not None
    assert problem.seq in (2, 3)


def test_writes_after_tampering_do_not_hide_it(services: Services, admin: Actor, sql: Sql, auditor: Actor) -> None:
    _fill(services, admin)
    sql("UPDATE audit_log SET after = '{}' WHERE seq = 2")
    directory.save_org(services, admin, OrgData("后来的单位"))
    problem = audit.check_trail(services, auditor).problem
    assert problem is not None
    assert problem.seq == 2


def test_two_programs_writing_at_once_keep_one_unbroken_chain(db: Database, admin: Actor, sql: Sql,
                                                              auditor: Actor) -> None:
    """Two processes on one workstation (say the window and the CLI) each read the chain's head in their
    own transaction; the write lock taken at BEGIN keeps them from both appending after the same entry."""
    [(before,)] = sql("SELECT count(*) FROM audit_log")
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
    assert seqs == list(range(1, before + 31))  # 2 x 15 organisations after the accounts' entries
    assert audit.check_trail(Services(db), auditor).problem is None


# --- a keyed trail: tampering with file access alone -----------------------------------------------------------

def _rechain(db: Database, sql: Sql, edit: Callable[[AuditEntry], None] | None = None, upto: int | None = None,
             append: bool = False) -> None:
    """What an attacker with the file does: change entries (or add one), then rebuild every stored hash, link
    and the head row with the published algorithm, so the plain chain holds again."""
    with db.session() as session:
        rows = list(session.scalars(select(AuditEntry).where(AuditEntry.origin_site == db.site_id)
                                    .order_by(AuditEntry.seq)))
        if upto is not None:
            rows = rows[:upto]
        session.expunge_all()
    if append:
        last = rows[-1]
        rows.append(AuditEntry(id="forged-entry", seq=last.seq + 1, hlc=last.hlc, at=last.at, actor_id=last.actor_id,
                               actor_name="admin", action="create_org", entity="organisations", entity_id="x",
                               before="", after='{"name":"伪造"}', origin_site=db.site_id, state_digest="",
                               signature=last.signature))
    prev = GENESIS
    for e in rows:
        if edit is not None:
            edit(e)
        e.prev_hash = prev
        e.hash = audit.entry_hash(e)
        prev = e.hash
    sql("DELETE FROM audit_log WHERE origin_site = ?", db.site_id)
    for e in rows:
        sql("INSERT INTO audit_log (id, created_at, updated_at, hlc, origin_site, deleted, seq, at, actor_id, "
            "actor_name, action, entity, entity_id, before, after, prev_hash, hash, state_digest, signature) "
            "VALUES (?, '2026-12-01 00:00:00.000000', '2026-12-01 00:00:00.000000', ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?)", e.id, e.hlc, e.origin_site, e.seq, e.at.strftime("%Y-%m-%d %H:%M:%S.%f"),
            e.actor_id, e.actor_name, e.action, e.entity, e.entity_id, e.before, e.after, e.prev_hash, e.hash,
            e.state_digest, e.signature)
    sql("UPDATE site_meta SET value = ? WHERE key = 'audit_head'", f"{rows[-1].seq}:{rows[-1].hash}")


def _auditor(services: Services, admin: Actor) -> Actor:
    return add_and_log_in(services, admin, "auditor", "审计员", Role.AUDIT_ADMIN, USER_PASSWORD)


def _problems(services: Services, actor: Actor) -> list[str]:
    return [str(p) for p in audit.check_trail(services, actor).problems]


def test_an_untouched_keyed_trail_is_intact(services: Services, admin: Actor, auditor: Actor) -> None:
    _fill(services, admin)
    result = audit.check_trail(services, auditor)
    assert result.problems == []
    assert any("not linked" in note for note in result.notes)


def test_an_edited_and_rechained_trail_is_found(db: Database, services: Services, admin: Actor, sql: Sql,
                                                auditor: Actor) -> None:
    _fill(services, admin)

    [edited] = [seq for seq, after in sql("SELECT seq, after FROM audit_log") if '"处长"' in after]

    def edit(e: AuditEntry) -> None:
        if e.seq == edited:
            e.after = e.after.replace("处长", "局长")

    _rechain(db, sql, edit)
    problem = audit.check_trail(services, auditor).problem
    assert problem is not None and problem.seq == edited
    assert "not signed" in problem.reason


def test_stored_hashes_rebuilt_unchanged_content_is_intact(db: Database, services: Services, admin: Actor,
                                                           sql: Sql, auditor: Actor) -> None:
    """The control for the test above: rebuilding the same hashes changes nothing, so it is the edit that shows."""
    _fill(services, admin)
    _rechain(db, sql)
    assert audit.check_trail(services, auditor).problem is None


def test_a_forged_entry_is_found(db: Database, services: Services, admin: Actor, sql: Sql, auditor: Actor) -> None:
    _fill(services, admin)
    last = sql("SELECT max(seq) FROM audit_log")[0][0]
    _rechain(db, sql, append=True)
    problem = audit.check_trail(services, auditor).problem
    assert problem is not None and problem.seq == last + 1 and problem.entry_id == "forged-entry"


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A headless start: no OS keyring at all (the tests' own backend otherwise stands in for one)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]  # keyring's classes are untyped
    yield
    keyring.set_keyring(previous)


@pytest.fixture(params=["keyring", "no-keyring"])
def keyring_kind(request: pytest.FixtureRequest) -> bool:
    request.getfixturevalue("memory_keyring" if request.param == "keyring" else "no_keyring")
    return bool(request.param == "keyring")


def test_truncation_with_the_head_row_is_found(keyring_kind: bool, db: Database, services: Services, admin: Actor,
                                               sql: Sql, auditor: Actor) -> None:
    """`DELETE FROM audit_log WHERE seq > N` and the head row rebuilt (or deleted): the head kept outside the
    database (keyring, or the key file's folder without one) still says how far the trail went."""
    _fill(services, admin)
    directory.save_org(services, admin, OrgData("最后的单位"))
    last = sql("SELECT max(seq) FROM audit_log")[0][0]
    _rechain(db, sql, upto=last - 2)
    problems = _problems(services, auditor)
    assert problems and f"kept head is #{last}" in problems[0]
    sql("DELETE FROM site_meta WHERE key = 'audit_head'")
    assert f"kept head is #{last}" in _problems(services, auditor)[0]
    assert (db.path.parent / audit_key.KEY_FILE).exists() is not keyring_kind


def test_wiping_the_trail_is_found(services: Services, admin: Actor, sql: Sql, auditor: Actor) -> None:
    _fill(services, admin)
    sql("DELETE FROM audit_log")
    sql("DELETE FROM site_meta WHERE key = 'audit_head'")
    problems = _problems(services, auditor)
    assert any("wiped" in p for p in problems)


def test_a_key_published_by_someone_else_is_found(db: Database, services: Services, admin: Actor,
                                                  sql: Sql, auditor: Actor) -> None:
    """A forger's own key row, and the whole trail re-signed with it: not the key this workstation holds."""
    _fill(services, admin)
    forger = Ed25519PrivateKey.generate()

    def resign(e: AuditEntry) -> None:
        e.signature = ""

    _rechain(db, sql, resign)
    for seq, digest in sql("SELECT seq, hash FROM audit_log"):
        sql("UPDATE audit_log SET signature = ? WHERE seq = ?", forger.sign(bytes.fromhex(digest)).hex(), seq)
    sql("UPDATE audit_keys SET public_key = ?", forger.public_key().public_bytes_raw().hex())
    assert any("not the one in its keyring" in p for p in _problems(services, auditor))


# --- security state changed behind the services ----------------------------------------------------------------

@pytest.mark.parametrize("change", [
    "UPDATE users SET role = 'admin' WHERE username = 'li.qiang'",
    "UPDATE users SET must_change = 1 - must_change WHERE username = 'li.qiang'",  # a forced change skipped
    "UPDATE users SET password_changed_at = '2030-01-01 00:00:00.000000' WHERE username = 'li.qiang'",  # no expiry
    "UPDATE users SET active = 0 WHERE username = 'admin'",
    "UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE username = 'admin') "
    "WHERE username = 'li.qiang'",
], ids=["role", "must-change", "password-age", "active", "password-hash"])
def test_an_account_changed_behind_the_services_is_found(services: Services, admin: Actor, sql: Sql,
                                                         change: str, auditor: Actor) -> None:
    _fill(services, admin)
    assert audit.check_trail(services, auditor).problem is None
    sql(change)
    problems = _problems(services, auditor)
    assert any("changed outside Duty Desk" in p for p in problems)


def test_an_account_made_behind_the_services_is_found(services: Services, admin: Actor, sql: Sql,
                                                      auditor: Actor) -> None:
    _fill(services, admin)
    sql("INSERT INTO users (id, created_at, updated_at, hlc, origin_site, deleted, username, display_name, role, "
        "password_hash, active, must_change, password_history) SELECT 'mallory-id', created_at, updated_at, hlc, "
        "origin_site, 0, 'mallory', 'Mallory', 'admin', password_hash, 1, 0, '[]' FROM users WHERE username = 'admin'")
    assert any("mallory has no audit entry" in p for p in _problems(services, auditor))


def test_audited_account_changes_keep_the_trail_intact(services: Services, admin: Actor, auditor: Actor) -> None:
    _fill(services, admin)
    accounts.change_password(services, admin, "li.qiang", "another-password-2")
    first_login(services, "li.qiang", "another-password-2", "own-password-3")
    assert audit.check_trail(services, auditor).problems == []


# --- the key ---------------------------------------------------------------------------------------------------

def test_the_key_goes_to_the_keyring_when_there_is_one(db: Database, memory_keyring: Any) -> None:
    audit_key.forget_cached()
    services = Services(db)
    admin = accounts.create_first_admin(services, "admin", "管理员", ADMIN_PASSWORD)
    auditor = _auditor(services, admin)
    stored = memory_keyring.store[(audit_key.SERVICE, db.site_id)]
    assert not (db.path.parent / audit_key.KEY_FILE).exists()
    with db.session() as session:
        published = session.scalars(select(AuditKey)).one()
    assert Ed25519PrivateKey.from_private_bytes(bytes.fromhex(stored)).public_key().public_bytes_raw().hex() \
        == published.public_key
    assert published.origin_site == db.site_id and published.from_seq == 1
    assert not any("no OS keyring" in n for n in audit.check_trail(services, auditor).notes)


def test_without_a_keyring_the_key_file_is_private_and_verify_says_it_is_weaker(no_keyring: None, db: Database,
                                                                                services: Services,
                                                                                admin: Actor, auditor: Actor) -> None:
    key_file = db.path.parent / audit_key.KEY_FILE
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert any("no OS keyring" in n for n in audit.check_trail(services, auditor).notes)


def test_a_lost_key_is_replaced_and_the_change_is_noted(db: Database, memory_keyring: Any) -> None:
    audit_key.forget_cached()
    services = Services(db)
    admin = accounts.create_first_admin(services, "admin", "管理员", ADMIN_PASSWORD)
    auditor = _auditor(services, admin)
    memory_keyring.store.clear()  # a new OS profile
    audit_key.forget_cached()
    assert any("not in its keyring" in n for n in audit.check_trail(services, auditor).notes)
    directory.save_org(services, admin, OrgData("新钥匙之后"))
    result = audit.check_trail(services, auditor)
    assert result.problems == []
    assert any("changed its audit key 1 time" in n for n in result.notes)


# --- retention and export ----------------------------------------------------------------------------------------

def test_the_audit_administrator_exports_the_trail(tmp_path: Path, services: Services, admin: Actor,
                                                   make_user: Callable[[str, Role], Actor], sql: Sql) -> None:
    _fill(services, admin)
    auditor = make_user("shen.ji", Role.AUDIT_ADMIN)
    before = _count(sql)
    out = tmp_path / "trail.csv"
    assert audit.export_trail(services, auditor, out) == before
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert tuple(rows[0]) == audit.EXPORT_HEADER and len(rows) == before + 1
    assert any("副处长" in cell for row in rows for cell in row)
    assert _last(sql)[1] == "export_audit"
    assert audit.check_trail(services, auditor).problem is None
    assert list(tmp_path.glob(".trail.csv.*")) == []


def test_export_by_days_in_beijing_time(tmp_path: Path, services: Services, admin: Actor,
                                        make_user: Callable[[str, Role], Actor]) -> None:
    _fill(services, admin)
    auditor = make_user("shen.ji", Role.AUDIT_ADMIN)
    today = beijing(utcnow()).date()
    assert audit.export_trail(services, auditor, tmp_path / "a.csv", since=today, until=today) > 0
    assert audit.export_trail(services, auditor, tmp_path / "b.csv", until=today - timedelta(days=1)) == 0
    assert audit.export_trail(services, auditor, tmp_path / "c.csv", since=today + timedelta(days=1)) == 0


def test_a_failed_export_leaves_the_earlier_one_whole(tmp_path: Path, services: Services, admin: Actor,
                                                      make_user: Callable[[str, Role], Actor],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(services, admin)
    auditor = make_user("shen.ji", Role.AUDIT_ADMIN)
    out = tmp_path / "trail.csv"
    audit.export_trail(services, auditor, out)
    good = out.read_bytes()
    class HalfWriter:
        def __init__(self, fh: Any) -> None:
            self.fh = fh

        def writerows(self, rows: Any) -> None:
            self.fh.write("workstation,seq\n")
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(csv, "writer", HalfWriter)
    with pytest.raises(ValidationError, match="No space left"):
        audit.export_trail(services, auditor, out)
    assert out.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "trail.csv"]


def test_only_the_audit_roles_export(tmp_path: Path, services: Services, admin: Actor,
                                     make_user: Callable[[str, Role], Actor]) -> None:
    leader = make_user("lao.wang", Role.SHIFT_LEADER)
    with pytest.raises(PermissionDenied):
        audit.export_trail(services, leader, tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()


def test_nothing_in_the_product_deletes_audit_entries() -> None:
    """Retention (at least 180 days, Cybersecurity Law art. 21): entries are never purged, by any code."""
    root = Path(audit.__file__).resolve().parents[1]
    offenders = [str(p.relative_to(root)) for p in root.rglob("*") if p.suffix in (".py", ".sql")
                 and re.search(r"DELETE\s+FROM\s+(public\.)?audit_log|delete\(AuditEntry\)|TRUNCATE[^;]*audit_log",
                               p.read_text(encoding="utf-8"), re.IGNORECASE)]
    assert offenders == []


def test_a_removed_key_row_with_the_signatures_stripped_is_found(db: Database, services: Services, admin: Actor,
                                                                 sql: Sql, auditor: Actor) -> None:
    """Made to look like a trail from before keys: the key this workstation holds says otherwise."""
    _fill(services, admin)
    sql("DELETE FROM audit_keys")
    sql("UPDATE audit_log SET signature = ''")
    assert any("none is published" in p for p in _problems(services, auditor))

"""What the server refuses, and what a workstation may not do, never stops sync or leaks a secret."""

from typing import Any

import psycopg
import pytest
from account_support import add_and_log_in
from psycopg.types.json import Jsonb
from sqlalchemy import func, select, update
from sync_support import Server, Site, admin_of, trail_intact

from duty_desk.domain.directory import OrgData, PersonData
from duty_desk.domain.roles import Role
from duty_desk.domain.validation import ValidationError
from duty_desk.services import accounts, directory
from duty_desk.services import sync as sync_service
from duty_desk.services.errors import AuthenticationFailed, PermissionDenied
from duty_desk.storage.models import Organisation, OutboxOp, Person, RejectedOp, SyncConflict, User
from duty_desk.sync import client


def _count(site: Site, model: Any) -> int:
    with site.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_refused_parent_takes_its_queued_children_out_and_sync_goes_on(make_site: Any,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = make_site("a"), make_site("b")
    admin_of(a)
    with a.db.transaction() as session:  # written behind the services' back: too long for the server
        org = Organisation(name="单" * 150, kind="other")
        session.add(org)
    with a.db.transaction() as session:
        session.add(Person(name="张伟", organisation_id=org.id))
    monkeypatch.setattr(client, "PUSH_BATCH", 1)  # the parent and the child go in different batches
    report = a.sync()
    assert report.rejected >= 1
    assert _count(a, Organisation) == 0 and _count(a, Person) == 0 and _count(a, OutboxOp) == 0
    with a.db.session() as session:
        refused = {r.table_name for r in session.scalars(select(RejectedOp))}
    assert refused == {"organisations", "people"}
    directory.save_org(a.services, admin_of(a), OrgData("北京市水务局"))
    a.sync()
    b.sync()
    assert [o.data.name for o in directory.organisations(b.services, admin_of(b))] == ["北京市水务局"]


def test_control_characters_are_refused_at_the_door_and_a_nul_that_slipped_in_does_not_block(
        make_site: Any) -> None:
    a, b = make_site("a"), make_site("b")
    admin = admin_of(a)
    with pytest.raises(ValidationError) as info:
        directory.save_person(a.services, admin, PersonData("张\x00伟"))
    assert info.value.errors[0].field == "name"
    pid = directory.save_person(a.services, admin, PersonData("张伟"))
    a.sync()
    with a.db.transaction() as session:
        session.execute(update(Person).where(Person.id == pid).values(notes="bad\x00byte"))
    directory.save_person(a.services, admin, PersonData("李娜"))
    report = a.sync()
    assert report.rejected == 1 and _count(a, OutboxOp) == 0
    b.sync()
    assert {p.data.name for p in directory.search_people(b.services, admin_of(b))} == {"张伟", "李娜"}


def test_account_conflicts_are_for_administrators_and_hashes_stay_hidden(make_site: Any) -> None:
    a, b = make_site("a"), make_site("b")
    admin = admin_of(a)
    add_and_log_in(a.services, admin, "leader", "带班领导", Role.SHIFT_LEADER, "long-password-5")
    a.sync()
    b.sync()
    accounts.change_password(a.services, admin, "admin", "New-password-aaa")
    accounts.change_password(b.services, admin_of(b), "admin", "New-password-bbb")
    for _ in range(2):
        a.sync()
        b.sync()
    leader = accounts.authenticate(b.services, "leader", "long-password-5")
    assert sync_service.conflicts(b.services, leader) == []
    views = {v.field: v for v in sync_service.conflicts(b.services, _admin_after(b))}
    assert set(views) == {"password_hash", "password_changed_at"}  # the history is the same old hash on both
    assert views["password_hash"].kept == views["password_hash"].lost == "***"
    with b.db.session() as session:
        conflict_id = session.scalars(select(SyncConflict.id).where(SyncConflict.field == "password_hash")).one()
    with pytest.raises(PermissionDenied):
        sync_service.resolve_conflict(b.services, leader, conflict_id, side="lost")
    with pytest.raises(ValidationError):
        sync_service.resolve_conflict(b.services, _admin_after(b), conflict_id, "scrypt$1$1$1$AA==$AA==")
    sync_service.resolve_conflict(b.services, _admin_after(b), conflict_id, side="kept")
    assert "password_hash" not in {v.field for v in sync_service.conflicts(b.services, _admin_after(b))}


def _admin_after(site: Site) -> Any:
    """The administrator whichever password won the conflict."""
    for password in ("New-password-aaa", "New-password-bbb"):
        try:
            return accounts.authenticate(site.services, "admin", password)
        except AuthenticationFailed:
            continue
    raise AssertionError("neither password works")


def test_a_workstation_cannot_push_as_another_site(make_site: Any) -> None:
    a, b = make_site("a"), make_site("b")
    admin_of(a)
    a.sync()
    b.sync()
    with b.connect() as conn, pytest.raises(psycopg.errors.RaiseException, match="not registered"):
        conn.execute("SELECT duty_sync.sync_push(%s, %s)", (a.db.site_id, Jsonb([])))
    with b.connect() as conn, pytest.raises(psycopg.errors.RaiseException, match="another workstation"):
        conn.execute("SELECT duty_sync.sync_hello(%s, 0)", (a.db.site_id,))


def test_a_workstation_newer_than_the_server_waits(make_site: Any, pg_server: Server) -> None:
    a = make_site("a")
    admin_of(a)
    pg_server.query("UPDATE duty_sync.config SET value = '1' WHERE key = 'schema' RETURNING key")
    report = a.sync()
    assert report.waiting > 0 and report.pushed == 0 and "server init" in report.reasons[0]
    assert _count(a, OutboxOp) > 0 and _count(a, User) == 1


def test_refused_disconnect_leaves_the_link_alone(make_site: Any, memory_keyring: Any) -> None:
    a = make_site("a")
    admin = admin_of(a)
    sync_service.connect(a.services, admin, a.url, a.role, a.password)
    officer = add_and_log_in(a.services, admin, "lina", "李娜", Role.DUTY_OFFICER, "long-password-7")
    with pytest.raises(PermissionDenied):
        sync_service.disconnect(a.services, officer)
    assert memory_keyring.store and sync_service.target(a.services, admin) is not None
    assert trail_intact(a)

"""Field-level merge, conflicts, tombstones, replays, rejects and schema waits against the real server."""

import json
from dataclasses import replace
from typing import Any

import psycopg
from account_support import add_and_log_in
from psycopg.types.json import Jsonb
from sqlalchemy import func, select, update
from sync_compare import server_snapshot, snapshot
from sync_support import Server, Site, admin_of, trail_intact

from duty_desk.domain.directory import OrgData, OrgKind, PersonData
from duty_desk.domain.hlc import HybridClock, wall_ms
from duty_desk.domain.roles import Role
from duty_desk.domain.validation import ValidationError
from duty_desk.services import accounts, directory
from duty_desk.services import sync as sync_service
from duty_desk.storage.models import OutboxOp, Person, SyncConflict, User
from duty_desk.sync import client
from duty_desk.sync.wire import changed_fields, schema_version, synced_tables


def _pair(make_site: Any, tag: str = "") -> tuple[Site, Site, str]:
    a, b = make_site(f"a{tag}"), make_site(f"b{tag}")
    admin = admin_of(a)
    org = directory.save_org(a.services, admin, OrgData("北京市应急管理局", OrgKind.MUNICIPAL_DEPARTMENT))
    person = directory.save_person(a.services, admin, PersonData("张伟", "值班主任", org, mobile="13900000001"))
    a.sync()
    b.sync()
    return a, b, person


def _person(site: Site, person_id: str) -> Person:
    with site.db.session() as session:
        p = session.get(Person, person_id)
        assert p is not None
        return p


def _edit(site: Site, person_id: str, **changes: Any) -> None:
    actor = admin_of(site)
    row = next(r for r in directory.search_people(site.services, actor, limit=1000) if r.id == person_id)
    directory.save_person(site.services, actor, replace(row.data, **changes), person_id)


def _converge(*sites: Site) -> None:
    for _ in range(2):
        for site in sites:
            site.sync()


def _open_conflicts(site: Site) -> list[SyncConflict]:
    with site.db.session() as session:
        return list(session.scalars(select(SyncConflict).where(SyncConflict.resolved.is_(False))))


def test_edits_of_different_fields_both_survive(make_site: Any, pg_server: Server) -> None:
    a, b, pid = _pair(make_site)
    _edit(a, pid, title="值班室主任")
    _edit(b, pid, office="总值班室 201")
    _converge(a, b)
    for site in (a, b):
        p = _person(site, pid)
        assert (p.title, p.office) == ("值班室主任", "总值班室 201")
        assert _open_conflicts(site) == []
    assert snapshot(a.db.engine) == snapshot(b.db.engine) == server_snapshot(pg_server.admin_url)


def test_same_field_conflict_is_recorded_with_both_values_on_both_sites(make_site: Any, pg_server: Server) -> None:
    a, b, pid = _pair(make_site)
    _edit(a, pid, title="A 的职务")
    _edit(b, pid, title="B 的职务")
    _converge(a, b)
    titles = {_person(a, pid).title, _person(b, pid).title}
    assert len(titles) == 1  # the same provisional winner everywhere
    for site in (a, b):
        [conflict] = _open_conflicts(site)
        assert conflict.field == "title" and conflict.record_id == pid
        assert {json.loads(conflict.kept_value), json.loads(conflict.lost_value)} == {"A 的职务", "B 的职务"}
        assert json.loads(conflict.kept_value) == _person(site, pid).title
        assert {conflict.kept_site, conflict.lost_site} == {a.db.site_id, b.db.site_id}
    assert snapshot(a.db.engine) == snapshot(b.db.engine) == server_snapshot(pg_server.admin_url)


def test_resolving_a_conflict_syncs_like_an_edit(make_site: Any) -> None:
    a, b, pid = _pair(make_site)
    _edit(a, pid, title="A 的职务")
    _edit(b, pid, title="B 的职务")
    _converge(a, b)
    [view] = sync_service.conflicts(b.services, admin_of(b))
    loser = view.lost
    sync_service.resolve_conflict(b.services, admin_of(b), view.id, loser)
    _converge(a, b)
    for site in (a, b):
        assert _person(site, pid).title == loser
        assert _open_conflicts(site) == []


def test_edit_racing_a_delete_restores_the_record_either_way(make_site: Any) -> None:
    for deleter_first in (True, False):
        a, b, pid = _pair(make_site, str(deleter_first))
        directory.delete_person(a.services, admin_of(a), pid)
        _edit(b, pid, title="仍在岗")
        first, second = (a, b) if deleter_first else (b, a)
        first.sync()
        second.sync()
        _converge(a, b)
        for site in (a, b):
            p = _person(site, pid)
            assert not p.deleted and p.title == "仍在岗"
            assert [c.field for c in _open_conflicts(site) if c.record_id == pid] == ["deleted"]


def test_replaying_a_batch_changes_nothing(make_site: Any, pg_server: Server) -> None:
    a, b, pid = _pair(make_site)
    _edit(a, pid, title="第一次")
    with a.db.session() as session:
        ops = list(session.scalars(select(OutboxOp).order_by(OutboxOp.seq)))
    tables = synced_tables()
    batch = []
    for op in ops:
        row, changed = changed_fields(tables[op.table_name], op.new_row, op.old_row)
        batch.append({"op_id": op.op_id, "table": op.table_name, "row_id": op.row_id, "row": row,
                      "changed": changed, "base": op.base_version, "hlc": op.hlc, "actor": op.actor,
                      "schema": schema_version()})
    a.sync()
    _edit(b, pid, title="第二次")
    b.sync()
    before = server_snapshot(pg_server.admin_url)
    with a.connect() as conn:
        answer = conn.execute("SELECT duty_sync.sync_push(%s, %s)", (a.db.site_id, Jsonb(batch))).fetchone()
    assert answer is not None and [r["status"] for r in answer[0]] == ["applied"] * len(batch)
    assert server_snapshot(pg_server.admin_url) == before
    _converge(a, b)
    assert _person(a, pid).title == "第二次"


def test_a_refused_change_is_kept_visibly_and_nothing_else_is_lost(make_site: Any) -> None:
    a, b, _ = _pair(make_site)
    admin_a, admin_b = admin_of(a), admin_of(b)  # logged in once: each login is an audited change to sync
    accounts.create_user(a.services, admin_a, "lina", "李娜", Role.DUTY_OFFICER, "long-password-2")
    accounts.create_user(b.services, admin_b, "lina", "李娜（另一位）", Role.DUTY_OFFICER,
                         "long-password-3")
    a.sync()
    report = b.sync()
    assert report.rejected == 1
    [rejected] = sync_service.rejected(b.services, admin_b)
    assert rejected.table_name == "users" and "lina" in rejected.reason
    _converge(a, b)
    assert trail_intact(a) and trail_intact(b)
    with b.db.session() as session:
        assert session.scalar(select(func.count()).select_from(OutboxOp)) == 0


def test_an_old_client_waits_and_nothing_is_dropped(make_site: Any, pg_server: Server) -> None:
    a, _b, pid = _pair(make_site)
    pg_server.query("UPDATE duty_sync.config SET value = '999' WHERE key = 'min_schema' RETURNING key")
    _edit(a, pid, title="等待中")
    report = a.sync()
    assert report.waiting > 0 and report.pushed == 0 and "upgrade" in report.reasons[0]
    with a.db.session() as session:
        assert (session.scalar(select(func.count()).select_from(OutboxOp)) or 0) > 0
    pg_server.query("UPDATE duty_sync.config SET value = '0' WHERE key = 'min_schema' RETURNING key")
    assert a.sync().pushed > 0
    rows = pg_server.query("SELECT title FROM people WHERE id = %s", (pid,))
    assert rows == [("等待中",)]


def test_local_pending_edits_stay_on_top_of_pulled_values(make_site: Any) -> None:
    a, b, pid = _pair(make_site)
    _edit(b, pid, title="B 改了职务", office="B 改了办公室")
    b.sync()
    _edit(a, pid, title="A 还没推送")
    with a.connect() as conn:
        client.pull(a.db, conn, client.SyncReport())
    p = _person(a, pid)
    assert p.title == "A 还没推送" and p.office == "B 改了办公室"


def test_bulk_sql_updates_are_captured(make_site: Any) -> None:
    a, b, pid = _pair(make_site)
    with a.db.transaction() as session:
        session.execute(update(Person).values(notes="批量更新"))
    _converge(a, b)
    assert _person(b, pid).notes == "批量更新"


def test_password_hashes_sync_and_passwords_never_leave(make_site: Any, pg_server: Server) -> None:
    a, b, _ = _pair(make_site)
    add_and_log_in(a.services, admin_of(a), "wangfang", "王芳", Role.SHIFT_LEADER, "secret-pass-42")
    _converge(a, b)
    assert accounts.authenticate(b.services, "wangfang", "secret-pass-42").username == "wangfang"
    with psycopg.connect(pg_server.admin_url) as conn:
        dump = json.dumps([list(r) for r in conn.execute("SELECT data FROM duty_sync.change_log").fetchall()])
    assert "secret-pass-42" not in dump and "scrypt$" in dump
    with b.db.session() as session:
        assert str(session.scalar(select(User.password_hash).where(User.username == "wangfang"))).startswith("scrypt$")


def test_a_losing_edit_already_overtaken_by_a_pull_ends_as_the_server_has_it(make_site: Any) -> None:
    """The pull kept our queued value on top; when the server then prefers the other value and logs nothing
    new, the answer itself must bring the row back, or this workstation would keep the loser for ever."""
    a, b, pid = _pair(make_site)
    a.db.clock = HybridClock(a.db.clock.last, wall=lambda: wall_ms() - 2 * 3_600_000)  # a's edits lose on hlc
    _edit(a, pid, office="A 的办公室")
    _edit(b, pid, office="B 的办公室")
    b.sync()
    with a.connect() as conn:
        client.pull(a.db, conn, client.SyncReport())
    assert _person(a, pid).office == "A 的办公室"  # still queued here, so it stays on top
    report = a.sync()
    assert report.conflicts == 1
    assert _person(a, pid).office == _person(b, pid).office == "B 的办公室"


def test_a_new_value_for_a_conflict_obeys_the_directory_rules(make_site: Any) -> None:
    a, b, pid = _pair(make_site)
    _edit(a, pid, mobile="13900000011")
    _edit(b, pid, mobile="13900000022")
    _converge(a, b)
    [view] = sync_service.conflicts(b.services, admin_of(b))
    try:
        sync_service.resolve_conflict(b.services, admin_of(b), view.id, "12345678")
    except ValidationError as exc:
        assert exc.errors[0].field == "mobile"
    else:
        raise AssertionError("a malformed mobile number was accepted")
    assert [c.id for c in sync_service.conflicts(b.services, admin_of(b))] == [view.id]  # still open
    sync_service.resolve_conflict(b.services, admin_of(b), view.id, "13900000033")
    assert _person(b, pid).mobile == "13900000033"

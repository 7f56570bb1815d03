"""Rows a workstation cannot read never stop it: hostile values put straight into the server's tables and change
log by a superuser (as an older server accepted them) are set aside with the reason, the cursor moves on, a
later good version replaces them, and the lists and logins that read stored values survive them."""

import io
import json
import sys
from typing import Any

import pytest
from sqlalchemy import func, select, text, update
from sync_rows import record_conflict
from sync_support import Server, Site, admin_of

from duty_desk import cli
from duty_desk.domain.directory import OrgData, PersonData
from duty_desk.domain.incidents import Source
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.roles import Role
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.validation import ValidationError
from duty_desk.services import accounts, directory, incidents
from duty_desk.services import sync as sync_service
from duty_desk.storage.models import AuditEntry, Incident, Person, SetAsideRow, SyncConflict, User
from duty_desk.storage.types import UnknownValue


def _log(srv: Server, table: str, row_id: str, site: str) -> None:
    """The row as the server's table holds it, appended to the change log as the server itself would."""
    srv.query(f"INSERT INTO duty_sync.change_log (seq, tbl, row_id, site, data) "
              f"SELECT nextval('duty_sync.change_seq'), %s, t.id, %s, to_jsonb(t) FROM public.{table} t "
              "WHERE t.id = %s RETURNING seq", (table, site, row_id))


def _log_data(srv: Server, table: str, data: dict[str, Any], site: str) -> None:
    """A row only the change log holds (one no table of the server could keep)."""
    srv.query("INSERT INTO duty_sync.change_log (seq, tbl, row_id, site, data) "
              "SELECT nextval('duty_sync.change_seq'), %s, %s, %s, %s::jsonb RETURNING seq",
              (table, data["id"], site, json.dumps(data)))


def _set_aside(site: Site) -> dict[str, str]:
    with site.db.session() as session:
        return {row.row_id: row.reason for row in session.scalars(select(SetAsideRow))}


def _count(site: Site, model: Any) -> int:
    with site.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_an_infinite_created_at_is_set_aside_and_every_later_sync_goes_on(
        make_site: Any, pg_server: Server) -> None:
    a, b = make_site("a"), make_site("b")
    admin = admin_of(a)
    bad = directory.save_person(a.services, admin, PersonData("张伟"))
    a.sync()
    pg_server.query("UPDATE public.people SET created_at = 'infinity' WHERE id = %s RETURNING id", (bad,))
    _log(pg_server, "people", bad, a.db.site_id)
    directory.save_person(a.services, admin, PersonData("李娜"))
    a.sync()

    b.sync()  # before: ValueError "Invalid isoformat string: 'infinity'", and so on every sync after
    reader = admin_of(b)  # the person's first version came before the unreadable one, and stays
    assert {p.data.name for p in directory.search_people(b.services, reader)} == {"张伟", "李娜"}
    assert "created_at" in _set_aside(b)[bad] and "'infinity'" in _set_aside(b)[bad]
    [shown] = sync_service.set_aside(b.services, reader)
    assert shown.table_name == "people" and shown.row_id == bad and "张伟" in shown.data
    assert sync_service.status(b.services, reader).set_aside == 1

    directory.save_person(a.services, admin, PersonData("王芳"))  # the cursor went past it: later rows arrive
    a.sync()
    b.sync()
    assert {p.data.name for p in directory.search_people(b.services, reader)} == {"张伟", "李娜", "王芳"}

    pg_server.query("UPDATE public.people SET created_at = now(), title = '处长' WHERE id = %s RETURNING id", (bad,))
    _log(pg_server, "people", bad, a.db.site_id)  # a good version of the same row replaces it
    b.sync()
    assert {p.data.title for p in directory.search_people(b.services, reader)} == {"处长", ""}
    assert _set_aside(b) == {} and sync_service.set_aside(b.services, reader) == []


def test_the_set_aside_list_on_the_command_line(make_site: Any, pg_server: Server, capsys: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = make_site("a"), make_site("b")
    admin = admin_of(a)
    accounts.create_user(a.services, admin, "clerk", "值班员", Role.DUTY_OFFICER, "long-password-3")
    bad = directory.save_person(a.services, admin, PersonData("张伟"))
    a.sync()
    pg_server.query("UPDATE public.people SET updated_at = '-infinity' WHERE id = %s RETURNING id", (bad,))
    _log(pg_server, "people", bad, a.db.site_id)
    b.sync()
    b.close()

    def duty_desk(user: str, password: str) -> tuple[int, str]:
        capsys.readouterr()
        monkeypatch.setattr(sys, "stdin", io.StringIO(f"{password}\n"))
        code = cli.main(["--data-dir", str(b.folder), "--user", user, "--login-stdin", "sync", "set-aside"])
        return code, capsys.readouterr().out

    code, out = duty_desk("admin", "long-password-1")
    assert code == 0 and f"people {bad}: updated_at:" in out and "1 pulled rows set aside" in out
    code, out = duty_desk("clerk", "long-password-3")  # raw rows of any kind: for the server link's administrator
    assert code != 0 and bad not in out


def test_a_role_this_version_does_not_know_neither_breaks_the_user_list_nor_logs_in(
        make_site: Any, pg_server: Server) -> None:
    a, b = make_site("a"), make_site("b")
    admin = admin_of(a)
    accounts.create_user(a.services, admin, "mallory", "马某", Role.SHIFT_LEADER, "long-password-2")
    a.sync()
    [(user_id,)] = pg_server.query("UPDATE public.users SET role = 'root' WHERE username = 'mallory' RETURNING id")
    _log(pg_server, "users", user_id, a.db.site_id)
    b.sync()

    reader = admin_of(b)
    users = {u.username: u for u in accounts.list_users(b.services, reader)}  # before: ValueError 'root'
    assert users["mallory"].role == "root" and isinstance(users["mallory"].role, UnknownValue)
    assert users["admin"].role is Role.ADMIN
    with pytest.raises(ValidationError) as refused:  # before: ValueError from the role, a traceback to the user
        accounts.authenticate(b.services, "mallory", "long-password-2")
    assert refused.value.errors[0].field == "role" and "unknown" in refused.value.errors[0].reason


def test_a_role_stored_badly_before_is_read_too(make_site: Any) -> None:
    a = make_site("a")
    admin = admin_of(a)
    accounts.create_user(a.services, admin, "mallory", "马某", Role.SHIFT_LEADER, "long-password-2")
    with a.db.transaction() as session:  # as an older version left it in this very database
        session.execute(update(User).where(User.username == "mallory").values(role="root"))
    assert [u.role for u in accounts.list_users(a.services, admin)] == [Role.ADMIN, "root"]
    with pytest.raises(ValidationError):
        accounts.authenticate(a.services, "mallory", "long-password-2")


def test_a_conflict_stamped_minus_two_to_the_63_is_set_aside_and_one_stored_before_is_shown(
        make_site: Any, pg_server: Server) -> None:
    a, b = make_site("a"), make_site("b")
    admin = admin_of(a)
    pid = directory.save_person(a.services, admin, PersonData("张伟"))
    a.sync()
    b.sync()
    conflict_id = "01900000-0000-7000-8000-000000000001"
    pg_server.query(
        "INSERT INTO public.sync_conflicts (id, record_table, record_id, field, kept_value, kept_site, kept_actor, "
        "kept_hlc, lost_value, lost_site, lost_actor, lost_hlc, resolved, resolved_by, created_at, updated_at, hlc, "
        "origin_site, deleted, server_version) VALUES (%s, 'people', %s, 'title', '\"处长\"', %s, 'x', "
        "-9223372036854775808, '\"科长\"', %s, 'y', 1, false, '', now(), now(), 1, 'server', false, 1) RETURNING id",
        (conflict_id, pid, a.db.site_id, b.db.site_id))
    _log(pg_server, "sync_conflicts", conflict_id, "server")
    b.sync()
    reader = admin_of(b)
    assert sync_service.conflicts(b.services, reader) == []  # before: "year -2490 is out of range"
    assert "kept_hlc" in _set_aside(b)[conflict_id]

    stored = record_conflict(b.services, "people", pid, "title", "处长", "科长")  # as an older version left it
    with b.db.transaction() as session:
        session.execute(update(SyncConflict).where(SyncConflict.id == stored).values(kept_hlc=-(2**63)))
    [view] = sync_service.conflicts(b.services, reader)
    assert view.kept_at is None and view.lost_at is not None and view.kept == "处长"


def test_another_sites_audit_entry_with_this_sites_next_seq_never_takes_it(
        make_site: Any, pg_server: Server) -> None:
    a, b = make_site("a"), make_site("b")
    admin_of(a)
    a.sync()
    b.sync()
    admin_of(b)  # b's own audit trail begins
    b.sync()
    with b.db.session() as session:
        last = session.scalars(select(AuditEntry).where(AuditEntry.origin_site == b.db.site_id)
                               .order_by(AuditEntry.seq.desc())).first()
        assert last is not None
        forged = {c.name: getattr(last, c.name) for c in AuditEntry.__table__.columns}
    forged.update(id="01900000-0000-7000-8000-0000000000aa", seq=last.seq + 1, action="create_user",
                  created_at=last.created_at.replace(tzinfo=None).isoformat(),
                  updated_at=last.updated_at.replace(tzinfo=None).isoformat(),
                  at=last.at.replace(tzinfo=None).isoformat())
    _log_data(pg_server, "audit_log", forged, a.db.site_id)  # pushed by a, claiming b's origin and next seq
    b.sync()
    admin_of(b)  # before: "UNIQUE constraint failed: audit_log.origin_site, audit_log.seq" on every login
    assert set(_set_aside(b)) == {forged["id"]}  # b's own entries, pulled back, are its own: none set aside
    assert "never wrote" in _set_aside(b)[forged["id"]]
    with b.db.session() as session:
        mine = session.scalars(select(AuditEntry).where(AuditEntry.origin_site == b.db.site_id,
                                                        AuditEntry.seq == last.seq + 1)).one()
    assert mine.id != forged["id"]


def test_a_reference_to_a_record_that_never_came_waits_aside_until_it_comes(
        make_site: Any, pg_server: Server) -> None:
    a, b = make_site("a"), make_site("b")
    admin = admin_of(a)
    pid = directory.save_person(a.services, admin, PersonData("张伟"))
    a.sync()
    missing = "01900000-0000-7000-8000-0000000000cc"
    [(person,)] = pg_server.query("SELECT to_jsonb(p) FROM public.people p WHERE id = %s", (pid,))
    orphan = dict(person, id="01900000-0000-7000-8000-0000000000bb", name="李娜", organisation_id=missing)
    _log_data(pg_server, "people", orphan, a.db.site_id)
    b.sync()  # before: "FOREIGN KEY constraint failed" at the page's commit, on every sync after
    assert "organisation_id" in _set_aside(b)[orphan["id"]] and _count(b, Person) == 1

    oid = directory.save_org(a.services, admin, OrgData("北京市水务局"))
    a.sync()
    [(org,)] = pg_server.query("SELECT to_jsonb(o) FROM public.organisations o WHERE id = %s", (oid,))
    _log_data(pg_server, "organisations", dict(org, id=missing, name="北京市水利局"), a.db.site_id)
    b.sync()  # the parent came: the row set aside is tried again and stored
    assert _set_aside(b) == {} and _count(b, Person) == 2


def test_an_enum_value_this_version_does_not_know_is_set_aside_and_one_stored_is_read(
        make_site: Any, pg_server: Server) -> None:
    a, b = make_site("a"), make_site("b")
    admin = admin_of(a)
    iid, _ = incidents.register(a.services, admin, IncidentData(received_at=utcnow(), source=Source.PHONE,
                                                                summary="水管爆裂", district_code="110101"))
    a.sync()
    pg_server.query("UPDATE public.incidents SET status = 'archived' WHERE id = %s RETURNING id", (iid,))
    _log(pg_server, "incidents", iid, a.db.site_id)
    b.sync()
    assert "'archived' is not a value this version" in _set_aside(b)[iid]

    with a.db.transaction() as session:  # as a newer version left it in this very database
        session.execute(text("UPDATE incidents SET status = 'archived' WHERE id = :id"), {"id": iid})
    with a.db.session() as session:
        incident = session.get(Incident, iid)
        assert incident is not None and incident.status == "archived"
        assert isinstance(incident.status, UnknownValue)  # before: ValueError from the enum
    with a.db.transaction() as session:  # and written back as it was when another field changes
        incident = session.get(Incident, iid)
        assert incident is not None
        incident.summary = "水管爆裂，已关阀"
    with a.db.session() as session:
        assert session.scalar(select(Incident.summary).where(Incident.status == "archived")) == "水管爆裂，已关阀"

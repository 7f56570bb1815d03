"""Audit chains anchored on the server: a workstation login pushes only its own site's entries, each the next of
its chain; the server records every head, and `audit verify` on a linked workstation checks its chains against
them. Against a real PostgreSQL, with the product's own server setup."""

import io
import sys
import time
import uuid
from collections.abc import Callable
from typing import Any

import keyring
import psycopg
import pytest
from account_support import add_and_log_in
from psycopg.types.json import Jsonb
from sync_support import Server, Site, admin_of

from duty_desk import cli
from duty_desk.domain.directory import OrgData
from duty_desk.domain.roles import Role
from duty_desk.services import accounts, audit, audit_key, directory, sync
from duty_desk.services.context import Actor
from duty_desk.storage.models import AuditEntry
from duty_desk.sync.wire import schema_version

MakeSite = Callable[[str], Site]


def _link(site: Site, admin: Actor) -> None:
    sync.connect(site.services, admin, site.url, site.role, site.password)


def _server_row(srv: Server, table: str, site_id: str, where: str = "") -> dict[str, Any]:
    """The site's latest row of `table` as the server holds it (a template for a forged one)."""
    order = "ORDER BY seq DESC" if table == "audit_log" else ""
    rows = srv.query(f"SELECT to_jsonb(t) FROM public.{table} t WHERE origin_site = %s {where} {order} LIMIT 1",
                     (site_id,))
    return dict(rows[0][0])


def _push_as(site: Site, table: str, row: dict[str, Any]) -> dict[str, Any]:
    """What an attacker with this workstation's server login sends: one op straight to sync_push."""
    op = {"op_id": str(uuid.uuid4()), "table": table, "row_id": row["id"], "row": row, "changed": sorted(row),
          "base": 0, "hlc": row["hlc"], "actor": "mallory", "schema": schema_version()}
    with site.connect() as conn:
        conn.execute("SELECT duty_sync.sync_hello(%s, %s)", (site.db.site_id, int(time.time() * 1000)))
        result = conn.execute("SELECT duty_sync.sync_push(%s, %s)", (site.db.site_id, Jsonb([op]))).fetchone()
    assert result is not None
    return dict(result[0][0])


AUDITOR_PASSWORD = "Audit-duty-2026"
_auditors: dict[str, Actor] = {}  # per site: since the split (三员分立) only the audit roles check the trail


def _auditor(site: Site) -> Actor:
    return _auditors[site.db.site_id]


def _two_sites(make_site: MakeSite) -> tuple[Site, Actor, Site, Actor]:
    """Two linked sites with an administrator each, and an audit administrator logged in on both before any
    tampering (a login writes to the trail)."""
    a, b = make_site("a"), make_site("b")
    admin_a = admin_of(a)
    _auditors[a.db.site_id] = add_and_log_in(a.services, admin_a, "auditor", "审计员", Role.AUDIT_ADMIN,
                                             AUDITOR_PASSWORD)
    directory.save_org(a.services, admin_a, OrgData("市应急管理局"))
    a.sync()
    b.sync()
    admin_b = admin_of(b)
    _auditors[b.db.site_id] = accounts.authenticate(b.services, "auditor", AUDITOR_PASSWORD)
    directory.save_org(b.services, admin_b, OrgData("市公安局"))
    b.sync()
    a.sync()
    return a, admin_a, b, admin_b


# --- the server refuses what no honest workstation sends ------------------------------------------------------

def test_an_entry_in_another_sites_name_is_refused(make_site: MakeSite, pg_server: Server) -> None:
    """A's login sends B's next entry: refused, so B's own next entry still lands and every chain holds."""
    a, _admin_a, b, admin_b = _two_sites(make_site)
    forged = _server_row(pg_server, "audit_log", b.db.site_id)
    forged.update(id=str(uuid.uuid4()), seq=forged["seq"] + 1, prev_hash=forged["hash"], action="delete_org")
    answer = _push_as(a, "audit_log", forged)
    assert answer["status"] == "rejected"
    assert "cannot come from" in answer["reason"]
    directory.save_org(b.services, admin_b, OrgData("市卫健委"))
    report = b.sync()
    assert report.rejected == 0
    a.sync()
    assert audit.check_trail(a.services, _auditor(a)).problems == []
    assert audit.check_trail(b.services, _auditor(b)).problems == []


@pytest.mark.parametrize("break_it", ["gap", "link", "replace"])
def test_an_entry_that_does_not_continue_its_chain_is_refused(make_site: MakeSite, pg_server: Server,
                                                              break_it: str) -> None:
    a, _admin_a, _b, _admin_b = _two_sites(make_site)
    forged = _server_row(pg_server, "audit_log", a.db.site_id)
    head = forged["seq"]
    forged.update(id=str(uuid.uuid4()), seq=head + 1, prev_hash=forged["hash"])
    if break_it == "gap":
        forged["seq"] = head + 2
    elif break_it == "link":
        forged["prev_hash"] = "f" * 64
    else:  # another entry numbered like one the server holds
        forged["seq"] = head
    answer = _push_as(a, "audit_log", forged)
    assert answer["status"] == "rejected"
    assert "does not continue its chain" in answer["reason"] or "duplicate key" in answer["reason"]
    assert pg_server.query("SELECT max(seq) FROM duty_sync.audit_heads WHERE site = %s", (a.db.site_id,)) \
        == [(head,)]


def test_an_audit_key_in_another_sites_name_is_refused(make_site: MakeSite, pg_server: Server) -> None:
    a, _admin_a, b, _admin_b = _two_sites(make_site)
    forged = _server_row(pg_server, "audit_keys", b.db.site_id)
    forged.update(id=str(uuid.uuid4()), from_seq=forged["from_seq"] + 50, public_key="ab" * 32)
    answer = _push_as(a, "audit_keys", forged)
    assert answer["status"] == "rejected" and "cannot come from" in answer["reason"]


def test_the_servers_heads_are_append_only(make_site: MakeSite, pg_server: Server) -> None:
    a, _admin_a, b, _admin_b = _two_sites(make_site)
    heads = dict(pg_server.query("SELECT site, max(seq) FROM duty_sync.audit_heads GROUP BY site"))
    with a.db.session() as session:
        local = {site: session.query(AuditEntry).filter_by(origin_site=site).count()
                 for site in (a.db.site_id, b.db.site_id)}
    assert heads == local
    with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
        pg_server.query("DELETE FROM duty_sync.audit_heads")


# --- audit verify against the server's heads ------------------------------------------------------------------

def _drop_kept_head(site: Site) -> None:
    """The attacker also clears what the workstation kept outside its database (or it is a fresh OS profile)."""
    keyring.delete_password(audit_key.SERVICE, f"{site.db.site_id}:head")
    audit_key.forget_cached()


def _sql(site: Site, statement: str, *params: object) -> None:
    with site.db.engine.begin() as conn:
        conn.exec_driver_sql(statement, params)


def _problems(site: Site, admin: Actor) -> list[str]:
    return [str(p) for p in audit.check_trail(site.services, _auditor(site)).problems]


def test_own_truncation_is_found_against_the_server(make_site: MakeSite) -> None:
    a, admin_a, _b, _admin_b = _two_sites(make_site)
    _link(a, admin_a)
    a.sync()
    with a.db.session() as session:
        last = session.query(AuditEntry).filter_by(origin_site=a.db.site_id).count()
    _sql(a, "DELETE FROM audit_log WHERE origin_site = ? AND seq > ?", a.db.site_id, last - 3)
    _sql(a, "DELETE FROM site_meta WHERE key = 'audit_head'")
    _drop_kept_head(a)
    problems = _problems(a, admin_a)
    assert any(f"the server holds this chain up to #{last}" in p for p in problems)


def test_wiping_is_found_against_the_server(make_site: MakeSite) -> None:
    a, admin_a, _b, _admin_b = _two_sites(make_site)
    _link(a, admin_a)
    a.sync()
    _sql(a, "DELETE FROM audit_log")
    _sql(a, "DELETE FROM site_meta WHERE key = 'audit_head'")
    _drop_kept_head(a)
    result = audit.check_trail(a.services, _auditor(a))
    assert any("server holds this chain" in str(p) for p in result.problems)
    assert any("checked against the server's heads as of" in n for n in result.notes)


def test_a_trail_re_signed_with_a_stolen_key_is_found_against_the_server(make_site: MakeSite) -> None:
    """With the signing key itself (root on the workstation), every local check can be satisfied; the heads the
    server recorded as the entries arrived cannot."""
    a, admin_a, _b, _admin_b = _two_sites(make_site)
    _link(a, admin_a)
    a.sync()
    key = audit_key.load(a.db.site_id, a.db.path.parent.resolve(), create=False)
    assert key is not None
    with a.db.session() as session:
        rows = list(session.query(AuditEntry).filter_by(origin_site=a.db.site_id).order_by(AuditEntry.seq))
        session.expunge_all()
    prev = rows[0].prev_hash
    for e in rows:
        if "市应急管理局" in e.after:  # the organisation's entry, whatever its number
            e.after = e.after.replace("市应急管理局", "不存在的单位")
        e.prev_hash = prev
        e.hash = audit.entry_hash(e)
        e.signature = key.sign(e.hash)
        prev = e.hash
        _sql(a, "UPDATE audit_log SET after = ?, prev_hash = ?, hash = ?, signature = ? WHERE id = ?", e.after,
             e.prev_hash, e.hash, e.signature, e.id)
    _sql(a, "UPDATE site_meta SET value = ? WHERE key = 'audit_head'", f"{rows[-1].seq}:{rows[-1].hash}")
    _drop_kept_head(a)
    with a.db.session() as session:
        assert audit.verify(session).problems == []  # every local check is satisfied
    problems = _problems(a, admin_a)
    assert any("differs from the server's record" in p for p in problems)


def test_another_sites_deleted_tail_is_found_only_against_the_server(make_site: MakeSite) -> None:
    a, admin_a, b, admin_b = _two_sites(make_site)
    for name in ("一", "二", "三"):
        directory.save_org(b.services, admin_b, OrgData(f"单位{name}"))
    b.sync()
    a.sync()
    _sql(a, "DELETE FROM audit_log WHERE origin_site = ? AND seq > (SELECT max(seq) - 3 FROM audit_log "
            "WHERE origin_site = ?)", b.db.site_id, b.db.site_id)
    unlinked = audit.check_trail(a.services, _auditor(a))
    assert unlinked.problems == []  # nothing local can tell a missing tail from one not yet written
    assert any("not linked" in n for n in unlinked.notes)
    _link(a, admin_a)
    problems = _problems(a, admin_a)
    assert any(f"…{b.db.site_id[-8:]}" in p and "server holds this chain" in p for p in problems)


def test_entries_not_pulled_yet_are_no_problem(make_site: MakeSite) -> None:
    a, admin_a, b, admin_b = _two_sites(make_site)
    _link(a, admin_a)
    directory.save_org(b.services, admin_b, OrgData("还没拉取的单位"))
    b.sync()
    result = audit.check_trail(a.services, _auditor(a))
    assert result.problems == []
    assert any("not pulled here yet" in n for n in result.notes)


def test_an_unreachable_server_leaves_the_local_checks(make_site: MakeSite, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    a, admin_a, _b, _admin_b = _two_sites(make_site)
    _link(a, admin_a)
    _sql(a, "UPDATE site_meta SET value = 'postgresql://127.0.0.1:9/nothing' WHERE key = 'sync_url'")
    keyring.set_password("duty-desk", f"{a.role}@postgresql://127.0.0.1:9/nothing", a.password)
    result = audit.check_trail(a.services, _auditor(a))
    assert result.problems == []
    assert any("could not be reached" in n for n in result.notes)
    folder = a.folder
    a.close()
    monkeypatch.setattr(sys, "stdin", io.StringIO(AUDITOR_PASSWORD + "\n"))
    code = cli.main(["--data-dir", str(folder), "--user", "auditor", "--login-stdin", "audit", "verify"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "could not be reached" in out and "audit trail intact" in out
    assert "Traceback" not in out + err

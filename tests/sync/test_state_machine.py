"""Randomised proof of convergence: four workstations on real SQLite files and the real PostgreSQL server.

Random inserts, edits and deletes of every kind of record (editable and append-only), with faults: a cut link,
a reply lost after the server committed, replays of old batches, crashes between local commits and halfway
through a pull, and clocks skewed by ±2 hours. After quiescence every table is identical everywhere, every
change is applied or visibly rejected, no edit vanished without a conflict record, and cursors never went back.
"""

import contextlib
import json
import uuid
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from psycopg import sql
from psycopg.types.json import Jsonb
from sqlalchemy import func, select
from sync_compare import server_snapshot, snapshot
from sync_support import Server, Site, trail_intact

from duty_desk.domain.directory import OrgData, OrgKind, PersonData
from duty_desk.domain.hlc import HybridClock, wall_ms
from duty_desk.domain.roles import Role
from duty_desk.domain.validation import ValidationError
from duty_desk.services import accounts, directory
from duty_desk.services.context import Actor
from duty_desk.storage.models import Organisation, OutboxOp, Person, RejectedOp, SetAsideRow, SiteMeta, SyncConflict
from duty_desk.sync import client
from duty_desk.sync.wire import changed_fields, synced_tables

SITES = 4
HOUR_MS = 3_600_000
TEXT_FIELDS = ("title", "office", "notes")
ADMIN_PASSWORD = "long-password-1"


class Workstation(Site):
    def __init__(self, folder: Path, url: str, role: str, password: str, skew_ms: int) -> None:
        self.skew_ms = skew_ms
        super().__init__(folder, url, role, password)
        self._skew()
        self.online = True
        self.cursors: list[int] = []

    def _skew(self) -> None:
        self.db.clock = HybridClock(self.db.clock.last, wall=lambda: wall_ms() + self.skew_ms)

    def reopen(self) -> None:
        super().reopen()
        self._skew()

    def cursor(self) -> int:
        with self.db.session() as session:
            row = session.get(SiteMeta, client.CURSOR)
            return int(row.value) if row else 0


class SyncMachine(RuleBasedStateMachine):
    def __init__(self, admin_url: str, tmp: Path) -> None:
        super().__init__()
        self.tmp = tmp / uuid.uuid4().hex[:8]
        self.db_name = f"dd_sm_{uuid.uuid4().hex[:10]}"
        self.root_url = admin_url
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(self.db_name)))
        p = psycopg.conninfo.conninfo_to_dict(admin_url)
        auth = str(p.get("user", "postgres")) + (f":{p['password']}" if p.get("password") else "")
        self.server = Server(f"postgresql://{auth}@{p.get('host')}:{p.get('port')}/{self.db_name}")
        self.sites: list[Workstation] = []
        self.ops: dict[str, dict[str, Any]] = {}  # op_id -> what the workstation captured
        self.sent: list[tuple[str, list[dict[str, Any]]]] = []
        self.people: list[str] = []
        self.orgs: list[str] = []
        self.admins: list[Actor] = []  # each site's administrator, logged in there
        self.counter = 0

    # -- set-up ------------------------------------------------------------------------------------------
    @initialize(skews=st.lists(st.sampled_from([-2 * HOUR_MS, 0, 0, 2 * HOUR_MS]), min_size=SITES, max_size=SITES))
    def make_sites(self, skews: list[int]) -> None:
        for i, skew in enumerate(skews):
            role, password = self.server.add()
            self.sites.append(Workstation(self.tmp / f"site{i}", self.server.url, role, password, skew))
        first = self.sites[0]
        self.admins.append(accounts.create_first_admin(first.services, "admin", "Administrator", ADMIN_PASSWORD))
        org = directory.save_org(first.services, self.admins[0], OrgData("市应急管理局", OrgKind.MUNICIPAL_DEPARTMENT))
        self.orgs.append(org)
        self.people.append(directory.save_person(first.services, self.admins[0], PersonData("张伟", "值班员", org)))
        self._sync(first)
        for site in self.sites[1:]:
            self._sync(site)
            self.admins.append(accounts.authenticate(site.services, "admin", ADMIN_PASSWORD))

    def teardown(self) -> None:
        try:
            if self.sites:
                self._quiesce_and_check()
        finally:
            for site in self.sites:
                site.close()
            self.server.drop_roles()
            with psycopg.connect(self.root_url, autocommit=True) as conn:
                conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(self.db_name)))

    # -- helpers -----------------------------------------------------------------------------------------
    def _value(self, site: int) -> str:
        self.counter += 1
        return f"s{site}-{self.counter}"

    def _record_outbox(self, site: Workstation) -> None:
        """Remember every change the workstation captured, before a push can remove it from the outbox."""
        tables = synced_tables()
        with site.db.session() as session:
            for op in session.scalars(select(OutboxOp)):
                if op.op_id in self.ops:
                    continue
                row, changed = changed_fields(tables[op.table_name], op.new_row, op.old_row)
                if changed:
                    self.ops[op.op_id] = {"site": site.db.site_id, "table": op.table_name, "row": op.row_id,
                                          "values": {f: row[f] for f in changed}, "seq": op.seq,
                                          "base": op.base_version or 0}

    def _sync(self, site: Workstation) -> None:
        self._record_outbox(site)
        site.sync()
        cursor = site.cursor()
        assert not site.cursors or cursor >= site.cursors[-1], "the pull cursor went back"
        site.cursors.append(cursor)

    def _person(self, site: Workstation, person_id: str) -> Person | None:
        with site.db.session() as session:
            return session.get(Person, person_id)

    # -- edits -------------------------------------------------------------------------------------------
    @rule(s=st.integers(0, SITES - 1), i=st.integers(0, 50))
    def create_person(self, s: int, i: int) -> None:
        site = self.sites[s]
        org = self.orgs[i % len(self.orgs)]
        with site.db.session() as session:
            known = session.get(Organisation, org)
        self.people.append(directory.save_person(site.services, self.admins[s], PersonData(
            f"人员{self._value(s)}", "值班员", org if known and not known.deleted else None)))

    @rule(s=st.integers(0, SITES - 1))
    def create_org(self, s: int) -> None:
        site = self.sites[s]
        self.orgs.append(directory.save_org(site.services, self.admins[s], OrgData(f"单位{self._value(s)}")))

    @rule(s=st.integers(0, SITES - 1), i=st.integers(0, 50), field=st.sampled_from(TEXT_FIELDS))
    def edit_person(self, s: int, i: int, field: str) -> None:
        site = self.sites[s]
        pid = self.people[i % len(self.people)]
        person = self._person(site, pid)
        if person is None or person.deleted:
            return
        data = PersonData(person.name, person.title, person.organisation_id, person.office, person.mobile,
                          person.office_phone, person.secure_phone, person.is_leader, person.notes)
        data = PersonData(**{**data.__dict__, field: self._value(s)})
        directory.save_person(site.services, self.admins[s], data, pid)

    @rule(s=st.integers(0, SITES - 1), i=st.integers(0, 50))
    def delete_person(self, s: int, i: int) -> None:
        site = self.sites[s]
        pid = self.people[i % len(self.people)]
        person = self._person(site, pid)
        if person is not None and not person.deleted:
            directory.delete_person(site.services, self.admins[s], pid)

    @rule(s=st.integers(0, SITES - 1), name=st.sampled_from(["lina", "wangfang", "zhaomin"]))
    def create_user(self, s: int, name: str) -> None:
        """Names are drawn from a small set: two sites creating the same name offline is a refused change."""
        site = self.sites[s]
        with contextlib.suppress(ValidationError):  # the name exists here already
            accounts.create_user(site.services, self.admins[s], name, name, Role.DUTY_OFFICER, "long-password-9")

    # -- links and faults --------------------------------------------------------------------------------
    @rule(s=st.integers(0, SITES - 1))
    def sync(self, s: int) -> None:
        if self.sites[s].online:
            self._sync(self.sites[s])

    @rule(s=st.integers(0, SITES - 1))
    def cut_link(self, s: int) -> None:
        self.sites[s].online = False

    @rule(s=st.integers(0, SITES - 1))
    def restore_link(self, s: int) -> None:
        self.sites[s].online = True

    @rule(s=st.integers(0, SITES - 1))
    def reply_lost_after_commit(self, s: int) -> None:
        """The server commits a batch but the answer never arrives: the outbox keeps it, to be sent again."""
        site = self.sites[s]
        self._record_outbox(site)
        with site.db.session() as session:
            wire, _ = client.wire_ops(list(session.scalars(select(OutboxOp).order_by(OutboxOp.seq).limit(50))))
        if wire:
            with site.connect() as conn:
                conn.execute("SELECT duty_sync.sync_push(%s, %s)", (site.db.site_id, Jsonb(wire)))
            self.sent.append((site.db.site_id, wire))

    @precondition(lambda self: bool(self.sent))
    @rule(i=st.integers(0, 100))
    def replay_old_batch(self, i: int) -> None:
        site_id, wire = self.sent[i % len(self.sent)]
        before = server_snapshot(self.server.admin_url)
        sender = next(site for site in self.sites if site.db.site_id == site_id)
        with sender.connect() as conn:
            conn.execute("SELECT duty_sync.sync_push(%s, %s)", (site_id, Jsonb(wire)))
        assert server_snapshot(self.server.admin_url) == before, "a replayed batch changed the server"

    @rule(s=st.integers(0, SITES - 1))
    def crash_between_local_commits(self, s: int) -> None:
        """Two use cases meant to go together; the process dies after the first commit."""
        site = self.sites[s]
        self.orgs.append(directory.save_org(site.services, self.admins[s], OrgData(f"单位{self._value(s)}")))
        site.reopen()

    @rule(s=st.integers(0, SITES - 1))
    def crash_halfway_through_pull(self, s: int) -> None:
        site = self.sites[s]
        if not site.online:
            return
        with site.connect() as conn:
            client.pull(site.db, conn, client.SyncReport(), page_size=3, max_pages=1)
        site.reopen()
        cursor = site.cursor()
        assert not site.cursors or cursor >= site.cursors[-1]
        site.cursors.append(cursor)

    @invariant()
    def audit_chains_hold(self) -> None:
        for site in self.sites:
            assert trail_intact(site)

    # -- the end -----------------------------------------------------------------------------------------
    def _quiesce_and_check(self) -> None:
        for site in self.sites:
            site.online = True
        for _ in range(2):
            for site in self.sites:
                self._sync(site)
        server = server_snapshot(self.server.admin_url)
        for site in self.sites:
            assert snapshot(site.db.engine) == server, "a workstation differs from the server"
            with site.db.session() as session:
                assert session.scalar(select(func.count()).select_from(OutboxOp)) == 0
                assert session.scalar(select(func.count()).select_from(SetAsideRow)) == 0, "a good row set aside"
        results = {str(op_id): r for op_id, r in self.server.query("SELECT op_id, result FROM duty_sync.applied_ops")}
        rejected: set[str] = set()
        for site in self.sites:
            with site.db.session() as session:
                rejected |= set(session.scalars(select(RejectedOp.op_id)))
        for op_id, op in self.ops.items():
            assert op_id in results, f"a change never reached the server: {op}"
            status = results[op_id]["status"]
            assert status in ("applied", "merged", "conflict", "rejected")
            if status == "rejected":
                assert op_id in rejected, "a refused change is not listed on its workstation"
        self._no_edit_vanished(results)

    def _no_edit_vanished(self, results: dict[str, Any]) -> None:
        """Every text edit is the final value, or kept in a conflict record, or was seen by a later edit."""
        site = self.sites[0]
        with site.db.session() as session:
            people = {p.id: p for p in session.scalars(select(Person))}
            kept: dict[tuple[str, str], set[str]] = {}
            for c in session.scalars(select(SyncConflict)):
                kept.setdefault((c.record_id, c.field), set()).update(
                    {json.dumps(json.loads(c.kept_value)), json.dumps(json.loads(c.lost_value))})
        edits = [(op_id, op) for op_id, op in self.ops.items() if op["table"] == "people"]
        for op_id, op in edits:
            if results[op_id]["status"] == "rejected" or op["row"] not in people:
                continue
            version = int(results[op_id].get("version") or 0)
            for field in TEXT_FIELDS:
                if field not in op["values"]:
                    continue
                value = op["values"][field]
                if getattr(people[op["row"]], field) == value or json.dumps(value) in kept.get((op["row"], field), ()):
                    continue
                superseded = any(
                    other["row"] == op["row"] and field in other["values"] and other_id != op_id and (
                        (other["site"] == op["site"] and other["seq"] > op["seq"]) or other["base"] >= version)
                    for other_id, other in edits)
                assert superseded, f"the edit {field}={value!r} vanished without a conflict record"


@pytest.mark.postgres
@pytest.mark.slow
def test_workstations_converge(pg_admin_url: str, tmp_path: Path) -> None:
    run_state_machine_as_test(
        lambda: SyncMachine(pg_admin_url, tmp_path),  # type: ignore[arg-type]  # hypothesis accepts any factory
        settings=settings(max_examples=12, stateful_step_count=30, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]))

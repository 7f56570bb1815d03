"""The roster travels like every record: drawn up on one workstation, the same slot changed on two while
their link is down leaves a conflict record on both, with both people kept and shown by name."""

import json
from datetime import date, time
from typing import Any

import pytest
from sqlalchemy import select
from sync_compare import server_snapshot, snapshot
from sync_support import Server, admin_of

from duty_desk.domain import roster as R
from duty_desk.domain.directory import PersonData
from duty_desk.domain.validation import ValidationError
from duty_desk.services import directory, roster, sync
from duty_desk.storage.models import SyncConflict


def test_two_workstations_replace_the_same_duty_offline_and_a_conflict_is_kept(make_site: Any,
                                                                               pg_server: Server) -> None:
    a, b = make_site("a"), make_site("b")
    admin_a = admin_of(a)
    ids = {n: directory.save_person(a.services, admin_a, PersonData(name=n, mobile=f"1390000{i:04d}"))
           for i, n in enumerate(["张伟", "李娜", "王磊", "刘洋", "陈静", "赵敏"])}
    pattern = roster.save_pattern(a.services, admin_a, "总值班室", "24h", time(8, 30), officers=1, leader=False)
    lists = {R.Position.OFFICER: R.RotationLists([ids["张伟"], ids["李娜"], ids["王磊"]])}
    roster.save_rotation(a.services, admin_a, pattern, date(2026, 3, 2), date(2026, 3, 8), lists)
    a.sync()
    b.sync()
    admin_b = admin_of(b)
    start, end = roster.day_range(date(2026, 3, 4), date(2026, 3, 4))
    [slot_a] = [r for r in roster.duties(a.services, admin_a, start, end) if r.duty.day == date(2026, 3, 4)]
    [slot_b] = [r for r in roster.duties(b.services, admin_b, start, end) if r.duty.day == date(2026, 3, 4)]
    assert slot_a.id == slot_b.id and slot_a.person_name == slot_b.person_name
    roster.replace_person(a.services, admin_a, slot_a.id, ids["陈静"])  # both offline, each its own choice
    roster.replace_person(b.services, admin_b, slot_b.id, ids["赵敏"])
    for site in (a, b, a, b):
        site.sync()
    names = set()
    for site, actor in ((a, admin_a), (b, admin_b)):
        [row] = [r for r in roster.duties(site.services, actor, start, end) if r.id == slot_a.id]
        names.add(row.person_name)
        with site.db.session() as session:
            [conflict] = [c for c in session.scalars(select(SyncConflict)) if c.record_id == slot_a.id]
            assert conflict.field == "person_id" and conflict.record_table == "roster_duties"
            assert {json.loads(conflict.kept_value), json.loads(conflict.lost_value)} == {ids["陈静"], ids["赵敏"]}
    assert len(names) == 1  # every workstation shows the same provisional winner
    [view] = [c for c in sync.conflicts(a.services, admin_a) if c.record_id == slot_a.id]
    assert view.record_label == "2026-03-04 24h" and {view.kept, view.lost} == {"陈静", "赵敏"}  # names, not ids
    with pytest.raises(ValidationError):  # a person is chosen, never typed as an id
        sync.resolve_conflict(a.services, admin_a, view.id, value=ids["王磊"])
    sync.resolve_conflict(a.services, admin_a, view.id, side="lost")
    [row] = [r for r in roster.duties(a.services, admin_a, start, end) if r.id == slot_a.id]
    assert row.person_name == view.lost
    for site in (a, b):
        site.sync()
    [row] = [r for r in roster.duties(b.services, admin_b, start, end) if r.id == slot_a.id]
    assert row.person_name == view.lost and sync.conflicts(b.services, admin_b) == []  # closed on both
    assert snapshot(a.db.engine) == snapshot(b.db.engine) == server_snapshot(pg_server.admin_url)

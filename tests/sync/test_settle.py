"""The server's replay guard (applied_ops) is let go once workstations have recorded its answers: each op is
marked settled by its own workstation, kept `settled_keep_days` as a record of the verdict, then removed, the
site's mark (`forgotten`) still answering a resend as a replay. A settlement cut short is reported again on the
next run."""

from dataclasses import replace
from typing import Any

import psycopg
import pytest
from psycopg.types.json import Jsonb
from sqlalchemy import select
from sync_support import Server, admin_of

from duty_desk.domain.directory import PersonData
from duty_desk.domain.ids import uuid7
from duty_desk.services import directory
from duty_desk.storage.models import OutboxOp
from duty_desk.sync import client


def _guards(srv: Server, site: str) -> list[tuple[Any, ...]]:
    """(op_id, settled) of a site's ops the server still guards."""
    return srv.query("SELECT op_id, settled_at IS NOT NULL FROM duty_sync.applied_ops WHERE site = %s", (site,))


def _outbox_ids(site: Any) -> list[str]:
    with site.db.session() as session:
        return [op.op_id for op in session.scalars(select(OutboxOp).order_by(OutboxOp.seq))]


def _stale_batch(site: Any) -> list[dict[str, Any]]:
    """The outbox as a second sync process of the same workstation would have read it (or an old backup holds)."""
    with site.db.session() as session:
        wire, _ = client.wire_ops(list(session.scalars(select(OutboxOp).order_by(OutboxOp.seq))))
    return wire


def test_settled_answers_go_after_the_keep_days_and_a_stale_resend_still_changes_nothing(
        make_site: Any, pg_server: Server) -> None:
    a = make_site("a")
    admin = admin_of(a)
    person = directory.save_person(a.services, admin, PersonData(name="旧名", mobile="13900000001"))
    sent, stale = _outbox_ids(a), _stale_batch(a)
    a.sync()
    guards = dict(_guards(pg_server, a.db.site_id))
    assert set(sent) <= set(guards) and set(guards.values()) == {True}  # all settled, kept for now
    [found] = [p for p in directory.search_people(a.services, admin, "旧名")]
    directory.save_person(a.services, admin, replace(found.data, name="新名"), person)
    pg_server.query("UPDATE duty_sync.applied_ops SET settled_at = now() - interval '31 days' RETURNING 1")
    a.sync()  # its settlement removes what was settled more than 30 days ago, and marks the site
    assert not set(sent) & {op_id for op_id, _ in _guards(pg_server, a.db.site_id)}
    [(mark,)] = pg_server.query("SELECT hlc FROM duty_sync.forgotten WHERE site = %s", (a.db.site_id,))
    assert isinstance(mark, int) and mark >= max(op["hlc"] for op in stale)

    with a.connect() as conn:  # the first ops again, from a stale copy: answered as replays
        [(answers,)] = conn.execute("SELECT duty_sync.sync_push(%s, %s)", (a.db.site_id, Jsonb(stale))).fetchall()
    assert {answer["status"] for answer in answers} == {"merged"}
    assert pg_server.query("SELECT name FROM people WHERE id = %s", (person,)) == [("新名",)]  # not brought back

    # A record the server never had is no replay, however low its stamp (a clock set far back): it is applied.
    [insert] = [op for op in stale if op["table"] == "people"]
    fresh = uuid7()
    new_record = {**insert, "op_id": uuid7(), "row_id": fresh, "row": {**insert["row"], "id": fresh, "name": "后来的"}}
    edit = {**new_record, "op_id": uuid7(), "hlc": new_record["hlc"] + 1, "changed": ["name"],
            "row": {**new_record["row"], "name": "又改过的"}}  # and its edit, in the same push
    with a.connect() as conn:
        [(answers,)] = conn.execute("SELECT duty_sync.sync_push(%s, %s)",
                                    (a.db.site_id, Jsonb([new_record, edit]))).fetchall()
    assert [answer["status"] for answer in answers] == ["applied", "applied"]
    assert pg_server.query("SELECT name FROM people WHERE id = %s", (fresh,)) == [("又改过的",)]


def test_a_settlement_cut_short_is_reported_on_the_next_run(make_site: Any, pg_server: Server,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    a = make_site("a")
    admin = admin_of(a)
    directory.save_person(a.services, admin, PersonData(name="张伟", mobile="13900000001"))
    sent = _outbox_ids(a)

    real = client.settle

    def cut(db: Any, conn: psycopg.Connection) -> None:  # the link goes down once the answers are recorded
        with db.session() as session:
            if client.meta_get(session, client.SETTLED, "[]") != "[]":
                raise psycopg.OperationalError("the link went down")
        real(db, conn)

    with monkeypatch.context() as patched:
        patched.setattr(client, "settle", cut)
        with pytest.raises(psycopg.OperationalError):
            a.sync()
    assert _outbox_ids(a) == []  # the answers are recorded here...
    assert {settled for op_id, settled in _guards(pg_server, a.db.site_id) if op_id in sent} == {False}  # not told
    a.sync()
    assert {settled for op_id, settled in _guards(pg_server, a.db.site_id) if op_id in sent} == {True}
    with a.db.session() as session:
        assert client.meta_get(session, client.SETTLED) == "[]"


def test_an_op_with_a_malformed_stamp_is_refused_alone(make_site: Any, pg_server: Server) -> None:
    a = make_site("a")
    admin = admin_of(a)
    directory.save_person(a.services, admin, PersonData(name="张伟", mobile="13900000001"))
    a.sync()
    directory.save_person(a.services, admin, PersonData(name="李娜", mobile="13900000002"))
    [good] = [op for op in _stale_batch(a) if op["table"] == "people"]
    bad = {**good, "op_id": uuid7(), "row_id": uuid7(), "hlc": "soon"}
    bad["row"] = {**good["row"], "id": bad["row_id"], "name": "坏戳"}
    with a.connect() as conn:
        [(answers,)] = conn.execute("SELECT duty_sync.sync_push(%s, %s)", (a.db.site_id, Jsonb([bad, good]))).fetchall()
    assert [answer["status"] for answer in answers] == ["rejected", "applied"]

"""The server's replay guard (applied_ops) is let go once workstations have recorded its answers: each op is
marked settled by its own workstation, kept `settled_keep_days` as a record of the verdict, then removed. A
settlement cut short is reported again on the next run."""

from typing import Any

import psycopg
import pytest
from sync_support import Server, admin_of

from duty_desk.domain.directory import PersonData
from duty_desk.services import directory
from duty_desk.storage.models import OutboxOp
from duty_desk.sync import client


def _guards(srv: Server, site: str) -> list[tuple[object, ...]]:
    """(op_id, settled) of a site's ops the server still guards."""
    return srv.query("SELECT op_id, settled_at IS NOT NULL FROM duty_sync.applied_ops WHERE site = %s", (site,))


def _outbox_ids(site: Any) -> list[str]:
    with site.db.session() as session:
        return [op.op_id for op in session.query(OutboxOp).order_by(OutboxOp.seq)]


def test_answers_recorded_here_are_settled_there_and_go_after_the_keep_days(make_site: Any,
                                                                             pg_server: Server) -> None:
    a = make_site("a")
    admin = admin_of(a)
    for n in range(3):
        directory.save_person(a.services, admin, PersonData(name=f"值班员{n}", mobile=f"1390000000{n}"))
    sent = _outbox_ids(a)
    a.sync()
    guards = dict(_guards(pg_server, a.db.site_id))
    assert set(sent) <= set(guards) and set(guards.values()) == {True}  # all settled, kept for now
    pg_server.query("INSERT INTO duty_sync.config VALUES ('settled_keep_days', '0') RETURNING key")
    directory.save_person(a.services, admin, PersonData(name="新来的", mobile="13900000009"))
    a.sync()  # its settlement removes what was settled before
    assert not set(sent) & {op_id for op_id, _ in _guards(pg_server, a.db.site_id)}
    assert pg_server.query("SELECT count(*) FROM people") == [(4,)]  # the records themselves stay, of course


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

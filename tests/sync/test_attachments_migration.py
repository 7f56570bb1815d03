"""Upgrading to attachments by owner keeps every incident attachment in sync: the server's change log and a
workstation's queued changes move to the new tables, so a new workstation pulling from the start and the
upgraded one pushing what it held both end with every file whole."""

import base64
import hashlib
import os
from pathlib import Path
from typing import Any

import old_schema
import psycopg
from sync_support import Server, Site, admin_of

from duty_desk.services import attachments, incidents
from duty_desk.sync import server


def _server_at_0007_with_a_scan(url: str, incident: dict[str, Any], scratch: Path) -> tuple[str, bytes]:
    """A server of the release before, holding `incident` and a scan another workstation had pushed, in its
    change log as that release logged them. (the scan's attachment id, its bytes)"""
    engine = server.server_engine(url)
    scan = os.urandom(1000)
    try:
        old_schema.upgrade_to(engine, "0007", scratch)
        with psycopg.connect(url, autocommit=True) as plain:
            plain.execute(server.SCHEMA_SQL.read_text(encoding="utf-8"))
        with engine.begin() as conn:
            old_schema.insert(conn, "incidents", **incident)
            attachment = old_schema.insert(conn, "incident_attachments", incident_id=incident["id"],
                                           file_name="现场照片.jpg", media_type="image/jpeg", size=len(scan),
                                           sha256=hashlib.sha256(scan).hexdigest(), chunks=1, added_by="李娜")
            old_schema.insert(conn, "incident_attachment_chunks", attachment_id=attachment["id"], seq=0,
                              data=base64.b64encode(scan).decode("ascii"))
            for table in ("incidents", "incident_attachments", "incident_attachment_chunks"):
                conn.exec_driver_sql(
                    "INSERT INTO duty_sync.change_log (seq, tbl, row_id, site, data) "
                    f"SELECT nextval('duty_sync.change_seq'), '{table}', id, origin_site, to_jsonb(t) FROM {table} t")
            conn.exec_driver_sql("INSERT INTO duty_sync.row_meta VALUES ('incident_attachments', %(id)s, "
                                 "'{\"incident_id\": [2, \"s\", 1, \"\"], \"file_name\": [2, \"s\", 1, \"\"]}')",
                                 {"id": attachment["id"]})
    finally:
        engine.dispose()
    return attachment["id"], scan


def test_server_and_workstation_upgrade_and_every_incident_attachment_arrives(pg_url: str, tmp_path: Path) -> None:
    incident, queued, _, queued_scan = old_schema.workstation_with_a_scan(tmp_path / "a")
    pushed_id, pushed_scan = _server_at_0007_with_a_scan(pg_url, incident, tmp_path)

    srv = Server(pg_url)  # `server init`: the same migrations, then the new tables registered
    sites: list[Site] = []
    try:
        log = srv.query("SELECT tbl, data->>'owner_kind', data ? 'incident_id' FROM duty_sync.change_log "
                        "WHERE row_id = %s", (pushed_id,))
        assert log == [("attachments", "incidents", False)]
        set_by = [2, "s", 1, ""]  # both new fields were set by the write that set the incident
        assert srv.query("SELECT versions->'owner_kind', versions->'owner_id', versions ? 'incident_id' "
                         "FROM duty_sync.row_meta WHERE row_id = %s", (pushed_id,)) == [(set_by, set_by, False)]
        assert not srv.query("SELECT tbl FROM duty_sync.synced_tables WHERE tbl LIKE 'incident_attachment%%'")

        a = Site(tmp_path / "a", srv.url, *srv.add())  # opening it upgrades it
        sites.append(a)
        actor_a = admin_of(a)
        a.sync()
        with a.db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar() == 0
        assert srv.query("SELECT count(*) FROM public.attachment_chunks") == [(3,)]

        b = Site(tmp_path / "b", srv.url, *srv.add())  # a new workstation pulls from the start
        sites.append(b)
        b.sync()
        actor_b = admin_of(b)
        for site, actor in ((a, actor_a), (b, actor_b)):
            found = attachments.list_for(site.services, actor, incidents.ATTACHMENTS, incident["id"])
            assert sorted((i.id, i.complete) for i in found) == sorted([(queued["id"], True), (pushed_id, True)])
            assert attachments.content(site.services, actor, incidents.ATTACHMENTS, queued["id"]) == (
                "传真件.tif", queued_scan)
            assert attachments.content(site.services, actor, incidents.ATTACHMENTS, pushed_id) == (
                "现场照片.jpg", pushed_scan)
    finally:
        for site in sites:
            site.close()
        srv.drop_roles()

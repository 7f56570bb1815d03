"""Incidents travel like every record: intake on one workstation, a follow-up taken offline on another."""

import os
from datetime import timedelta
from typing import Any

from sync_compare import server_snapshot, snapshot
from sync_support import Server, admin_of

from duty_desk.domain.incidents import Category, Severity, Source
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.timefmt import utcnow
from duty_desk.services import attachments, incidents

OF_INCIDENTS = incidents.ATTACHMENTS

def test_intake_here_follow_up_there_offline_both_in_order_after_sync(make_site: Any, pg_server: Server) -> None:
    a, b = make_site("a"), make_site("b")
    actor_a = admin_of(a)  # each log-in is itself an audited, synced record: log in once per site
    received = utcnow() - timedelta(minutes=30)
    incident_id, number = incidents.register(a.services, actor_a, IncidentData(
        received_at=received, source=Source.PHONE, summary="通州区运河东岸发生火情", district_code="110112",
        category=Category.ACCIDENT, severity=Severity.III))
    a.sync()
    b.sync()
    actor_b = admin_of(b)
    # b's link is down while it takes a follow-up; a takes another one meanwhile
    incidents.add_follow_up(b.services, actor_b, incident_id, "火势已控制", received + timedelta(minutes=20),
                            Source.PHONE)
    incidents.add_follow_up(a.services, actor_a, incident_id, "无人员伤亡", received + timedelta(minutes=25),
                            Source.FAX)
    a.sync()
    b.sync()
    a.sync()
    for site, actor in ((a, actor_a), (b, actor_b)):
        events = incidents.timeline(site.services, actor, incident_id)
        assert [(e.kind, e.number, e.text) for e in events] == [
            ("intake", 0, "通州区运河东岸发生火情"), ("follow_up", 1, "火势已控制"), ("follow_up", 2, "无人员伤亡")]
        assert incidents.get(site.services, actor, incident_id).number == number
    assert snapshot(a.db.engine) == snapshot(b.db.engine) == server_snapshot(pg_server.admin_url)


def _faxed(site: Any, actor: Any, summary: str, district: str, name: str, size: int) -> tuple[str, str, bytes]:
    """An incident with a scan of `size` random bytes attached: (incident id, attachment id, the bytes)."""
    incident_id, _ = incidents.register(site.services, actor, IncidentData(
        received_at=utcnow(), source=Source.FAX, summary=summary, district_code=district))
    scan = os.urandom(size)
    return incident_id, attachments.add(site.services, actor, OF_INCIDENTS, incident_id, name, scan), scan


def test_an_attachment_arrives_whole_on_the_other_workstation(make_site: Any, pg_server: Server) -> None:
    a, b = make_site("a"), make_site("b")
    actor_a = admin_of(a)
    incident_id, attachment_id, scan = _faxed(a, actor_a, "海淀区传真报告一起火情", "110108", "传真件.tif",
                                              3 * attachments.CHUNK_BYTES + 1234)  # four chunks, the last short
    a.sync()
    b.sync()
    actor_b = admin_of(b)
    [info] = attachments.list_for(b.services, actor_b, OF_INCIDENTS, incident_id)
    assert (info.id, info.file_name, info.size, info.complete) == (attachment_id, "传真件.tif", len(scan), True)
    assert attachments.content(b.services, actor_b, OF_INCIDENTS, attachment_id) == ("传真件.tif", scan)
    b.sync()  # b's log-in
    a.sync()
    assert snapshot(a.db.engine) == snapshot(b.db.engine) == server_snapshot(pg_server.admin_url)


def test_pull_pages_are_bounded_in_bytes_as_well_as_rows(make_site: Any, pg_server: Server) -> None:
    a, b = make_site("a"), make_site("b")
    actor_a = admin_of(a)
    _, attachment_id, scan = _faxed(a, actor_a, "朝阳区传真报告一起积水", "110105", "积水照片.jpg",
                                    6 * attachments.CHUNK_BYTES)
    a.sync()
    cap = 2 * attachments.CHUNK_BYTES  # a chunk travels as base64 in JSON: about 87 KB, so two to a page
    pg_server.query("INSERT INTO duty_sync.config VALUES ('pull_page_bytes', %s) RETURNING key", (str(cap),))
    sizes = [int(size) for size, in pg_server.query(
        "SELECT octet_length(data::text) FROM duty_sync.change_log ORDER BY seq")]
    page = [int(size) for size, in pg_server.query(
        "SELECT octet_length(data::text) FROM duty_sync.sync_pull(0, 1000)")]
    assert 0 < len(page) < len(sizes) and sum(page[:-1]) < cap <= sum(page)  # stops once the cap is passed
    assert page == sizes[:len(page)]
    pg_server.query("UPDATE duty_sync.config SET value = '0' WHERE key = 'pull_page_bytes' RETURNING key")
    assert len(pg_server.query("SELECT seq FROM duty_sync.sync_pull(0, 1000)")) == 1  # a row, however small the cap

    report = b.sync()  # a page per row now, until the log is read to its end
    assert report.pulled == len(sizes)
    assert attachments.content(b.services, admin_of(b), OF_INCIDENTS, attachment_id) == ("积水照片.jpg", scan)

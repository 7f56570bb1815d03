"""A sync run reports the records it wrote here (SyncReport.changed), as a write transaction does, so the
panels showing those kinds refresh and no others."""

from typing import Any

from sync_support import Server, admin_of

from duty_desk.domain.changes import recording
from duty_desk.domain.directory import PersonData
from duty_desk.services import directory, record_kinds


def test_a_pull_reports_the_kinds_and_ids_it_wrote(make_site: Any, pg_server: Server) -> None:
    a, b = make_site("a"), make_site("b")
    admin_a = admin_of(a)
    person = directory.save_person(a.services, admin_a, PersonData(name="张伟", mobile="13900000001"))
    assert a.sync().pushed
    with recording() as recorded:  # what an operation running the sync would hear of
        pulled = b.sync()
    assert ("people", person) in pulled.changed.records
    assert pulled.changed.ids("people") == {person}
    assert pulled.changed.touches(record_kinds.DIRECTORY) and not pulled.changed.touches(record_kinds.ROSTER)
    assert set(pulled.changed.records) == recorded
    assert not b.sync().changed  # nothing new: nothing to refresh

"""Attachments: kept whole in chunks, read back checked, refused over the limit with nothing saved."""

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from duty_desk.domain.incidents import Source
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.roles import Action, Role
from duty_desk.domain.timefmt import utcnow
from duty_desk.domain.validation import ValidationError
from duty_desk.services import attachments, incidents, office_rules
from duty_desk.services.context import Actor, Services
from duty_desk.services.errors import PermissionDenied
from duty_desk.storage.models import Incident

Sql = Callable[..., list[tuple[Any, ...]]]  # the `sql` fixture: plain sqlite3 on the same file
OF_INCIDENTS = incidents.ATTACHMENTS


@pytest.fixture
def incident(services: Services, admin: Actor) -> str:
    incident_id, _ = incidents.register(services, admin, IncidentData(
        received_at=utcnow(), source=Source.FAX, summary="西城区传真报告一处道路塌陷", district_code="110102"))
    return incident_id


def _rows(sql: Sql) -> tuple[int, int]:
    return (sql("SELECT count(*) FROM attachments")[0][0],
            sql("SELECT count(*) FROM attachment_chunks")[0][0])


def test_a_photo_is_kept_in_chunks_and_read_back_exactly(services: Services, admin: Actor, incident: str,
                                                         sql: Sql) -> None:
    photo = os.urandom(2 * attachments.CHUNK_BYTES + 17)
    attachment_id = attachments.add(services, admin, OF_INCIDENTS, incident, r"C:\扫描\现场照片.jpg", photo)
    assert _rows(sql) == (1, 3)
    [info] = attachments.list_for(services, admin, OF_INCIDENTS, incident)
    assert (info.file_name, info.media_type, info.size, info.complete) == ("现场照片.jpg", "image/jpeg", len(photo),
                                                                         True)
    assert attachments.content(services, admin, OF_INCIDENTS, attachment_id) == ("现场照片.jpg", photo)
    events = incidents.timeline(services, admin, incident)
    assert [e.text for e in events if e.kind == "attachment"] == ["现场照片.jpg (128 KB)"]


@pytest.mark.parametrize(("name", "size", "problem"), [
    ("big.jpg", 2 * 1024 * 1024 + 1, "attachments may be at most {limit} MB"),
    ("empty.png", 0, "the file {name} is empty"),
])
def test_a_bad_file_is_refused_with_the_reason_and_nothing_is_saved(
        services: Services, admin: Actor, incident: str, sql: Sql, name: str, size: int, problem: str) -> None:
    office_rules.set_numbers(services, admin, {office_rules.ATTACHMENT_LIMIT: 2})  # the office's limit
    with pytest.raises(ValidationError) as caught:
        attachments.add(services, admin, OF_INCIDENTS, incident, name, b"x" * size)
    assert caught.value.errors[0].field == "attachment" and problem in caught.value.errors[0].template
    assert _rows(sql) == (0, 0)


@pytest.mark.parametrize(("given", "kept"), [
    ("..", "attachment"), (".", "attachment"), ("  ", "attachment"), ("../../etc/passwd", "passwd"),
    (r"..\..\boot.ini", "boot.ini"), ("a/b/..", "attachment"), ("a\x07b\n.jpg", "ab.jpg"), (".pdf", "attachment.pdf"),
    ("CON", "_CON"), ("nul.txt", "_nul.txt"), ("com1.tar.gz", "_com1.tar.gz"), ("report.pdf. ", "report.pdf"),
    ('what?<now>:"|*.doc', "what__now_____.doc"), ("photo\u202egpj.exe", "photogpj.exe"),
    ("现场照片.jpg", "现场照片.jpg"), ("x" * 300 + ".tiff", "x" * 250 + ".tiff"),
])
def test_an_attachment_is_kept_under_a_name_every_workstation_can_save_and_open(
        services: Services, admin: Actor, incident: str, tmp_path: Path, given: str, kept: str) -> None:
    attachment_id = attachments.add(services, admin, OF_INCIDENTS, incident, given, b"scan")
    name, data = attachments.content(services, admin, OF_INCIDENTS, attachment_id)
    assert name == kept and data == b"scan"
    chosen = tmp_path / "saved"
    chosen.mkdir()
    (chosen / name).write_bytes(data)  # a file of its own in the folder chosen, never beside or above it
    assert [p.name for p in chosen.iterdir()] == [kept]


def test_a_file_still_arriving_or_damaged_is_not_handed_out(services: Services, admin: Actor, incident: str,
                                                            sql: Sql) -> None:
    attachment_id = attachments.add(services, admin, OF_INCIDENTS, incident, "scan.pdf", os.urandom(100_000))
    sql("UPDATE attachment_chunks SET data = 'AAAA' WHERE seq = 0")
    with pytest.raises(ValidationError, match="damaged"):
        attachments.content(services, admin, OF_INCIDENTS, attachment_id)
    sql("DELETE FROM attachment_chunks WHERE seq = 1")  # as if a sync had brought only part of it
    assert not attachments.list_for(services, admin, OF_INCIDENTS, incident)[0].complete
    with pytest.raises(ValidationError) as caught:
        attachments.content(services, admin, OF_INCIDENTS, attachment_id)
    assert caught.value.errors[0].params == (("name", "scan.pdf"), ("have", 1), ("total", 2))


def test_reception_neither_lists_nor_opens_an_incident_attachment(services: Services, admin: Actor, incident: str,
                                                                   make_user: Callable[[str, Role], Actor]) -> None:
    attachment_id = attachments.add(services, admin, OF_INCIDENTS, incident, "现场照片.jpg", b"123")
    reception = make_user("desk", Role.RECEPTION)
    with pytest.raises(PermissionDenied):
        attachments.list_for(services, reception, OF_INCIDENTS, incident)
    with pytest.raises(PermissionDenied):
        attachments.content(services, reception, OF_INCIDENTS, attachment_id)


def test_an_owner_kind_is_the_registered_one_with_its_own_actions(services: Services, admin: Actor,
                                                                  incident: str) -> None:
    weaker = attachments.OwnerKind(Incident, Action.VIEW_ROSTER, Action.VIEW_ROSTER, ("incident", "no such incident"))
    with pytest.raises(RuntimeError, match="not registered"):
        attachments.list_for(services, admin, weaker, incident)
    with pytest.raises(RuntimeError, match="already registered"):
        attachments.register_owner(Incident, see=Action.VIEW_ROSTER, edit=Action.VIEW_ROSTER,
                                   missing=("incident", "no such incident"))
    assert attachments.owner_kinds()["incidents"] is OF_INCIDENTS
    with pytest.raises(ValidationError, match="no such incident"):
        attachments.add(services, admin, OF_INCIDENTS, "no-such-id", "a.jpg", b"123")


def test_only_those_who_edit_incidents_attach(services: Services, incident: str,
                                             make_user: Callable[[str, Role], Actor]) -> None:
    reception = make_user("desk", Role.RECEPTION)
    with pytest.raises(PermissionDenied):
        attachments.add(services, reception, OF_INCIDENTS, incident, "a.jpg", b"123")

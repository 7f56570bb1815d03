"""Services.write records the (kind, id) of every synced row its transaction committed, for the operation that
ran it; a refused or rolled-back write records nothing."""

import pytest

from duty_desk.domain.changes import ChangeSet, recording
from duty_desk.domain.directory import PersonData
from duty_desk.domain.validation import ValidationError
from duty_desk.services import directory
from duty_desk.services.context import Actor, Services


def test_a_write_records_what_it_committed(services: Services, admin: Actor) -> None:
    with recording() as records:
        person = directory.save_person(services, admin, PersonData(name="张伟", mobile="13900000001"))
    changes = ChangeSet(frozenset(records))
    assert changes.ids("people") == {person}
    assert changes.kinds == {"people", "audit_log"}  # the audit entry is written in the same transaction
    with recording() as again:
        directory.save_person(services, admin, PersonData(name="张伟", mobile="13900000002"), person)
    assert ("people", person) in again


def test_a_refused_write_records_nothing(services: Services, admin: Actor) -> None:
    with recording() as records, pytest.raises(ValidationError):
        directory.save_person(services, admin, PersonData(name="", mobile="12"))
    assert records == set()


def test_without_a_recording_a_write_goes_on(services: Services, admin: Actor) -> None:
    directory.save_person(services, admin, PersonData(name="李娜"))
    assert [p.data.name for p in directory.search_people(services, admin, "李娜")] == ["李娜"]

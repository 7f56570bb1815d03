"""The stamping session: every synced row gets hlc, origin and times; append-only rows stay as written."""

import sqlite3
import time
import uuid
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.exc import StatementError

from duty_desk.domain.hlc import unpack
from duty_desk.storage.database import Database
from duty_desk.storage.models import AuditEntry, Organisation
from duty_desk.storage.session import AppendOnlyViolation


def _add_org(db: Database, name: str = "市应急管理局") -> Organisation:
    with db.transaction() as session:
        org = Organisation(name=name, kind="other")
        session.add(org)
    return org


def _audit_row(db: Database) -> AuditEntry:
    with db.transaction() as session:
        entry = AuditEntry(seq=1, at=datetime.now(UTC), actor_id="a", actor_name="a", action="test",
                           entity="x", entity_id="1", prev_hash="0" * 64, hash="f" * 64)
        session.add(entry)
    return entry


def test_new_row_is_stamped(db: Database) -> None:
    before_ms = int(time.time() * 1000)
    start = datetime.now(UTC)
    org = _add_org(db)
    end = datetime.now(UTC)
    with db.session() as session:
        row = session.get(Organisation, org.id)
        assert row is not None
        assert uuid.UUID(row.id).version == 7
        assert row.hlc > 0
        assert unpack(row.hlc)[0] >= before_ms
        assert row.origin_site == db.site_id != ""
        assert row.updated_at.tzinfo is not None
        assert start - timedelta(seconds=1) <= row.updated_at <= end + timedelta(seconds=1)
        assert start - timedelta(seconds=1) <= row.created_at <= end + timedelta(seconds=1)
        assert row.deleted is False


def test_hlc_and_time_are_in_the_file(db: Database) -> None:
    org = _add_org(db)
    conn = sqlite3.connect(db.path)
    try:
        hlc, origin, updated = conn.execute(
            "SELECT hlc, origin_site, updated_at FROM organisations WHERE id = ?", (org.id,)).fetchone()
    finally:
        conn.close()
    assert hlc > 0
    assert origin == db.site_id
    assert updated is not None


def test_rows_from_another_site_keep_their_origin(db: Database) -> None:
    with db.transaction() as session:
        session.add(Organisation(name="远端单位", kind="other", origin_site="other-site"))
    with db.session() as session:
        row = session.scalars(select(Organisation)).one()
        assert row.origin_site == "other-site"


def test_update_increases_hlc_and_updated_at(db: Database) -> None:
    org = _add_org(db)
    first_hlc, first_updated = org.hlc, org.updated_at
    time.sleep(0.002)
    with db.transaction() as session:
        row = session.get(Organisation, org.id)
        assert row is not None
        row.phone = "01065192233"
    with db.session() as session:
        row = session.get(Organisation, org.id)
        assert row is not None
        assert row.hlc > first_hlc
        assert row.updated_at > first_updated
        assert row.created_at == org.created_at


def test_later_rows_get_larger_hlc(db: Database) -> None:
    values = [_add_org(db, f"单位{i}").hlc for i in range(5)]
    assert values == sorted(values)
    assert len(set(values)) == 5


def test_editing_an_audit_entry_is_refused(db: Database) -> None:
    entry = _audit_row(db)
    with pytest.raises(AppendOnlyViolation), db.transaction() as session:
        row = session.get(AuditEntry, entry.id)
        assert row is not None
        row.action = "forged"
    with db.session() as session:
        assert session.get(AuditEntry, entry.id).action == "test"  # type: ignore[union-attr]


def test_deleting_a_synced_row_is_refused(db: Database) -> None:
    org = _add_org(db)
    with pytest.raises(AppendOnlyViolation), db.transaction() as session:
        session.delete(session.get(Organisation, org.id))
    with db.session() as session:
        assert session.get(Organisation, org.id) is not None


def test_deleting_an_audit_entry_is_refused(db: Database) -> None:
    entry = _audit_row(db)
    with pytest.raises(AppendOnlyViolation), db.transaction() as session:
        session.delete(session.get(AuditEntry, entry.id))
    with db.session() as session:
        assert session.get(AuditEntry, entry.id) is not None


def test_tombstone_is_allowed(db: Database) -> None:
    org = _add_org(db)
    with db.transaction() as session:
        row = session.get(Organisation, org.id)
        assert row is not None
        row.deleted = True
    conn = sqlite3.connect(db.path)
    try:
        assert conn.execute("SELECT deleted FROM organisations WHERE id = ?", (org.id,)).fetchone() == (1,)
    finally:
        conn.close()


def test_naive_datetimes_are_refused(db: Database) -> None:
    with pytest.raises((RuntimeError, StatementError), match="naive"), db.transaction() as session:
        session.add(Organisation(name="x", kind="other", created_at=datetime(2024, 1, 1)))


def test_times_come_back_as_the_same_utc_instant(db: Database) -> None:
    beijing = datetime(2024, 3, 1, 16, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
    with db.transaction() as session:
        org = Organisation(name="x", kind="other", created_at=beijing)
        session.add(org)
    with db.session() as session:
        row = session.get(Organisation, org.id)
        assert row is not None
        assert row.created_at == datetime(2024, 3, 1, 8, 30, tzinfo=UTC)
        assert row.created_at.utcoffset() == timedelta(0)

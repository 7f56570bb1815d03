"""Opening the workstation database: folder and file checks, pragmas, locking, site identity."""

import os
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, text

from duty_desk.domain.hlc import unpack
from duty_desk.storage.database import DB_FILENAME, Database, check_data_dir, open_database
from duty_desk.storage.errors import StorageError
from duty_desk.storage.models import Organisation, Person


def test_session_connection_uses_wal_and_full_sync(db: Database) -> None:
    with db.session() as session:
        conn = session.connection()
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_wal_mode_is_recorded_in_the_file(db: Database) -> None:
    conn = sqlite3.connect(db.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        conn.close()


def test_write_transaction_takes_the_write_lock_at_once(db: Database) -> None:
    """BEGIN IMMEDIATE: another writer is shut out before this transaction has written anything."""
    other = sqlite3.connect(db.path, timeout=0, isolation_level=None)
    try:
        with db.transaction(), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # released on commit
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_read_session_does_not_take_the_write_lock(db: Database) -> None:
    other = sqlite3.connect(db.path, timeout=0, isolation_level=None)
    try:
        with db.session() as session:
            session.scalars(select(Organisation)).all()
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
    finally:
        other.close()


def test_transaction_rolls_back_on_error(db: Database) -> None:
    with pytest.raises(ZeroDivisionError), db.transaction() as session:
        session.add(Organisation(name="不该保存", kind="other"))
        session.flush()
        raise ZeroDivisionError
    conn = sqlite3.connect(db.path)
    try:
        assert conn.execute("SELECT count(*) FROM organisations").fetchone() == (0,)
    finally:
        conn.close()


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), db.transaction() as session:
        session.add(Person(name="张伟", organisation_id="no-such-org"))


def test_site_id_is_a_uuid_that_persists_across_reopen(tmp_path: Path) -> None:
    first = open_database(tmp_path)
    site = first.site_id
    first.dispose()
    assert uuid.UUID(site).version == 7
    second = open_database(tmp_path)
    try:
        assert second.site_id == site
    finally:
        second.dispose()


def test_each_data_folder_is_its_own_site(tmp_path: Path) -> None:
    a, b = open_database(tmp_path / "a"), open_database(tmp_path / "b")
    try:
        assert a.site_id != b.site_id
    finally:
        a.dispose()
        b.dispose()


def _add_org_saving_clock(db: Database, name: str) -> None:
    with db.transaction() as session:
        session.add(Organisation(name=name, kind="other"))
        session.flush()
        db.save_clock(session)


def test_clock_is_restored_on_reopen(tmp_path: Path) -> None:
    """A later session never stamps a row older than one already written, even if the wall clock is behind."""
    db = open_database(tmp_path)
    db.clock._wall = lambda: 4_000_000_000_000  # a wall clock far in the future (year 2096)
    _add_org_saving_clock(db, "未来单位")
    db.dispose()

    db = open_database(tmp_path)
    try:
        db.clock._wall = lambda: 1_000  # and now one far in the past
        _add_org_saving_clock(db, "过去单位")
        with db.session() as session:
            rows = {o.name: o.hlc for o in session.scalars(select(Organisation))}
        assert rows["过去单位"] > rows["未来单位"]
        assert unpack(rows["过去单位"])[0] >= 4_000_000_000_000
    finally:
        db.dispose()


def test_a_process_behind_another_never_lowers_the_saved_clock(tmp_path: Path) -> None:
    """The app and a command-line sync share one database: the one whose clock is behind catches up on saving."""
    ahead, behind = open_database(tmp_path), open_database(tmp_path)
    try:
        ahead.clock._wall = lambda: 4_000_000_000_000
        behind.clock._wall = lambda: 1_000
        _add_org_saving_clock(ahead, "先到单位")
        _add_org_saving_clock(behind, "后到单位")
        with behind.session() as session:
            rows = {o.name: o.hlc for o in session.scalars(select(Organisation))}
        assert rows["后到单位"] > rows["先到单位"]
    finally:
        ahead.dispose()
        behind.dispose()
    reopened = open_database(tmp_path)
    try:
        assert unpack(reopened.clock.last)[0] >= 4_000_000_000_000
    finally:
        reopened.dispose()


def test_garbage_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / DB_FILENAME
    garbage = b"this is not a database at all\x00\xff" * 200
    path.write_bytes(garbage)
    with pytest.raises(StorageError) as info:
        open_database(tmp_path)
    message = str(info.value)
    assert str(path) in message
    assert "damaged" in message or "not a Duty Desk database" in message
    assert path.read_bytes() == garbage


def test_damaged_pages_are_refused_and_left_untouched(tmp_path: Path) -> None:
    open_database(tmp_path).dispose()
    path = tmp_path / DB_FILENAME
    raw = bytearray(path.read_bytes())
    page = 4096
    assert len(raw) > 3 * page
    raw[2 * page:3 * page] = b"\xab" * page  # keep the header valid; break a table's page
    path.write_bytes(bytes(raw))
    with pytest.raises(StorageError, match=r"integrity|damaged"):
        open_database(tmp_path)
    assert path.read_bytes() == bytes(raw)


def test_data_folder_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError, match="--data-dir") as info:
        check_data_dir(blocker / "data")
    assert str(blocker / "data") in str(info.value)
    with pytest.raises(StorageError):
        open_database(blocker / "data")
    assert blocker.read_text() == "not a folder"


def test_data_folder_that_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError, match="--data-dir"):
        open_database(blocker)


def test_read_only_data_folder(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("running as root: permission bits do not stop root from writing")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StorageError, match="read-only"):
            open_database(folder)
    finally:
        folder.chmod(0o700)

"""A file that is not this Duty Desk's database is refused before anything touches it: no pragma, no WAL
switch, no copy aside, byte for byte as it was; a newer Duty Desk's database is refused the same way."""

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from old_schema import upgrade_to

from duty_desk.storage import migrate
from duty_desk.storage.database import DB_FILENAME, make_engine, open_database
from duty_desk.storage.errors import StorageError
from duty_desk.storage.file_check import APPLICATION_ID


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(folder: Path, match: str) -> None:
    """Refused with `match`, the file unchanged, nothing left beside it."""
    path = folder / DB_FILENAME
    before = _digest(path) if path.is_file() else None
    listing = sorted(p.name for p in folder.iterdir())
    with pytest.raises(StorageError, match=match) as info:
        open_database(folder)
    assert str(path) in str(info.value)
    if before is not None:
        assert _digest(path) == before
    assert sorted(p.name for p in folder.iterdir()) == listing  # no -wal, -shm or copy aside


def make_old_database(folder: Path, revision: str) -> None:
    """A Duty Desk database of an older release, from before the marker."""
    folder.mkdir(exist_ok=True)
    engine = make_engine(folder / DB_FILENAME)
    try:
        upgrade_to(engine, revision, folder.parent)
    finally:
        engine.dispose()


def _sqlite_file(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


def test_a_file_with_another_programs_customers_table_is_refused_untouched(tmp_path: Path) -> None:
    _sqlite_file(tmp_path / DB_FILENAME, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)",
                 "INSERT INTO customers (name) VALUES ('Acme')")
    _refused(tmp_path, "not a Duty Desk database")


def test_a_file_with_its_own_users_table_is_refused_untouched(tmp_path: Path) -> None:
    _sqlite_file(tmp_path / DB_FILENAME, "CREATE TABLE users (id INTEGER PRIMARY KEY, login TEXT, pw TEXT)")
    _refused(tmp_path, "not a Duty Desk database")
    assert (tmp_path / DB_FILENAME).read_bytes()[18:20] == b"\x01\x01"  # still a rollback-journal file, not WAL


def test_another_programs_alembic_database_is_refused_untouched(tmp_path: Path) -> None:
    _sqlite_file(tmp_path / DB_FILENAME, "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)",
                 "INSERT INTO alembic_version VALUES ('ae1027a6acf')", "CREATE TABLE orders (id INTEGER)")
    _refused(tmp_path, "not a Duty Desk database")


def test_another_programs_wal_database_gets_no_wal_or_shm_files(tmp_path: Path) -> None:
    _sqlite_file(tmp_path / DB_FILENAME, "PRAGMA journal_mode=WAL", "CREATE TABLE customers (id INTEGER)")
    _refused(tmp_path, "not a Duty Desk database")


def test_an_empty_file_and_a_text_file_are_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / DB_FILENAME
    path.write_bytes(b"")
    _refused(tmp_path, r"not a Duty Desk database \(an empty file\)")
    path.write_text("name,phone\nMüller,010-12345678\n")
    _refused(tmp_path, r"not a Duty Desk database \(not an SQLite file\)")


def test_a_folder_in_the_databases_place_is_refused(tmp_path: Path) -> None:
    (tmp_path / DB_FILENAME).mkdir()
    _refused(tmp_path, "a folder")


def test_a_newer_duty_desks_database_is_refused_without_a_copy_aside(tmp_path: Path) -> None:
    open_database(tmp_path).dispose()
    _sqlite_file(tmp_path / DB_FILENAME, "UPDATE alembic_version SET version_num = '0099'")
    for _try in range(2):  # each try left another copy aside before
        _refused(tmp_path, r"made by a newer Duty Desk \(revision 0099\); install that version")


def test_a_new_database_carries_the_marker_in_its_header(tmp_path: Path) -> None:
    open_database(tmp_path).dispose()
    header = (tmp_path / DB_FILENAME).read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID


def test_an_older_duty_desk_database_without_the_marker_opens_and_gets_it(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    make_old_database(folder, "0009")
    path = folder / DB_FILENAME
    assert int.from_bytes(path.read_bytes()[68:72], "big") == 0
    db = open_database(folder)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        assert db.upgrade_backup is not None
    finally:
        db.dispose()
    assert int.from_bytes(path.read_bytes()[68:72], "big") == APPLICATION_ID


def test_the_data_folder_and_every_database_file_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    db = open_database(folder)
    try:
        with db.transaction() as session:  # a -wal and -shm exist while the database is open
            session.connection()
        files = [folder / DB_FILENAME, folder / f"{DB_FILENAME}-wal", folder / f"{DB_FILENAME}-shm"]
        assert all(f.exists() for f in files)
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert {f.name: stat.S_IMODE(f.stat().st_mode) for f in files} == dict.fromkeys((f.name for f in files), 0o600)
    finally:
        db.dispose()


def test_a_copy_set_aside_by_an_upgrade_is_private(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    make_old_database(folder, "0009")
    os.chmod(folder / DB_FILENAME, 0o644)
    db = open_database(folder)
    try:
        assert db.upgrade_backup is not None
        assert stat.S_IMODE(db.upgrade_backup.stat().st_mode) == 0o600
        assert db.tightened == [folder / DB_FILENAME]  # an existing world-readable database is tightened
        assert stat.S_IMODE((folder / DB_FILENAME).stat().st_mode) == 0o600
    finally:
        db.dispose()

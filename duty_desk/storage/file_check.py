"""Is this file a Duty Desk database we may open? Asked read-only, before any pragma, WAL switch or copy.

A Duty Desk database carries its own marker, SQLite's `application_id` (set by migration 0014 in every new and
every upgraded database). A file without it is taken as ours only when it is an older Duty Desk's: a revision of
our own migrations in `alembic_version` and our `site_meta` table. Anything else is another program's file and is
refused untouched; a marked file at a revision we do not know was made by a newer Duty Desk.
"""

import os
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

from duty_desk.storage.errors import StorageError

APPLICATION_ID = 0x4444736B  # "DDsk" in the SQLite header, offset 68
_MAGIC = b"SQLite format 3\x00"
_PRIVATE = 0o600


def _header(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(100)
    except OSError as exc:
        raise StorageError("The database {path} cannot be read ({reason}). Check its permissions.",
                           path=str(path), reason=exc.strerror or str(exc)) from exc


def _other_program(path: Path) -> StorageError:
    return StorageError("{path} is another program's database, not a Duty Desk database. It was left untouched; "
                        "choose another data folder with --data-dir, or move it aside.", path=str(path))


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that writes nothing. Without a -wal file beside it, `immutable` reads the main file alone and
    makes no -wal or -shm; with one, whoever left it was using the database, and read-only mode reads through it."""
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() else "immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)


def _revision_and_tables(path: Path) -> tuple[str | None, set[str]]:
    try:
        with closing(_read_only(path)) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables:
                return None, tables
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return (str(row[0]) if row else None), tables
    except sqlite3.DatabaseError as exc:
        raise StorageError("The database {path} is damaged or is not a Duty Desk database ({reason}). It was "
                           "left untouched; restore it from a backup or move it aside.", path=str(path),
                           reason=str(exc)) from exc


def check_database_file(path: Path, known: set[str]) -> None:
    """Refuse what is not this Duty Desk's database; `known` holds the revisions of our own migrations. A missing
    file passes (it is made new)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StorageError("The database {path} cannot be read ({reason}). Check its permissions.",
                           path=str(path), reason=exc.strerror or str(exc)) from exc
    if not stat.S_ISREG(info.st_mode):
        raise StorageError("{path} is a folder or a device, not a Duty Desk database. It was left untouched; "
                           "choose another data folder with --data-dir, or move it aside.", path=str(path))
    header = _header(path)
    if not header.startswith(_MAGIC) or len(header) < 100:  # a header smashed, or never a database
        raise StorageError("The database {path} is damaged or is not a Duty Desk database ({reason}). It was "
                           "left untouched; restore it from a backup or move it aside.", path=str(path),
                           reason="an empty file" if not header else "not an SQLite file")
    marked = int.from_bytes(header[68:72], "big") == APPLICATION_ID
    if not marked and int.from_bytes(header[68:72], "big") != 0:
        raise _other_program(path)
    revision, tables = _revision_and_tables(path)
    if revision is not None and revision not in known:
        if marked:
            raise StorageError("The database {path} was made by a newer Duty Desk (revision {revision}); install "
                               "that version. It was left untouched.", path=str(path), revision=revision)
        raise _other_program(path)
    if not marked and (revision is None or "site_meta" not in tables):
        raise _other_program(path)


def private_files(path: Path) -> list[Path]:
    """Make the database and its -wal and -shm readable by their owner only (they hold password hashes and
    phone numbers); returns those that were open to others."""
    tightened = []
    for f in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            mode = f.stat().st_mode
        except FileNotFoundError:
            continue
        if stat.S_IMODE(mode) & 0o077:
            try:
                f.chmod(stat.S_IMODE(mode) & _PRIVATE)
            except PermissionError:
                continue  # another account's file: opening it says what is wrong
            tightened.append(f)
    return tightened


def create_private(path: Path) -> None:
    """An empty file only its owner may read, for SQLite to fill (its -wal and -shm take the same mode)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, _PRIVATE))
    path.chmod(_PRIVATE)  # an existing file keeps its mode through os.open

"""Opening the workstation's SQLite database: checks, pragmas, migrations, site identity."""

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from duty_desk.domain.directory import precedence
from duty_desk.domain.hlc import HybridClock
from duty_desk.domain.ids import uuid7
from duty_desk.domain.pinyin import sort_key
from duty_desk.storage import migrate
from duty_desk.storage.errors import StorageError
from duty_desk.storage.file_check import check_database_file, create_private, private_files
from duty_desk.storage.models import SiteMeta
from duty_desk.storage.session import StampingSession

DB_FILENAME = "duty-desk.sqlite3"
IMMEDIATE = "duty_desk_immediate"


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # WAL + synchronous=FULL: a committed record survives a power cut.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()
    # The directory's order, which SQLite cannot know: names by pinyin, titles by protocol.
    dbapi_conn.create_function("pinyin_key", 1, _pinyin_key, deterministic=True)
    dbapi_conn.create_function("precedence", 1, precedence, deterministic=True)


def _pinyin_key(text: str | None) -> str | None:
    return None if text is None else sort_key(text)  # NULL: a person in no organisation


def _on_begin(conn: Connection) -> None:
    # pysqlite's own transaction handling is off (isolation_level=None), so we say BEGIN ourselves: write
    # transactions take the write lock at once, so two processes never both read the same audit head.
    immediate = conn.get_execution_options().get(IMMEDIATE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"isolation_level": None})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def check_data_dir(data_dir: Path) -> None:
    try:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)  # only its owner may look inside
    except OSError as exc:
        raise StorageError("Cannot create the data folder {folder}: {reason}. Choose another folder with "
                           "--data-dir.", folder=str(data_dir), reason=exc.strerror or str(exc)) from exc
    if not os.access(data_dir, os.W_OK | os.X_OK):
        raise StorageError("The data folder {folder} is read-only. Make it writable or choose another folder "
                           "with --data-dir.", folder=str(data_dir))


def check_file(path: Path) -> None:
    """Refuse a file that is not a healthy Duty Desk database, before anything writes to it."""
    check_database_file(path, migrate.known_revisions())
    if not path.exists():
        return
    if not os.access(path, os.R_OK | os.W_OK):
        raise StorageError("The database {path} cannot be read and written. Check its permissions.",
                           path=str(path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError("The database {path} is damaged or is not a Duty Desk database ({reason}). It was "
                           "left untouched; restore it from a backup or move it aside.", path=str(path),
                           reason=str(exc)) from exc
    if result is None or result[0] != "ok":
        raise StorageError("The database {path} failed its integrity check ({reason}). It was left untouched; "
                           "restore it from a backup or move it aside.", path=str(path), reason=str(result))


class Database:
    """One workstation database. Holds the engine, this site's id and its hybrid clock."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = make_engine(path)
        self.clock = HybridClock()
        self.site_id = ""
        self.upgrade_backup: Path | None = None  # the copy made before this open upgraded the schema
        self.tightened: list[Path] = []  # files that were readable by others until this open
        self._factory = sessionmaker(self.engine, class_=StampingSession, expire_on_commit=False)

    def session(self) -> Session:
        return self._factory(info={"site_id": self.site_id, "clock": self.clock})

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error."""
        with self.session() as session, session.begin():
            session.connection(execution_options={IMMEDIATE: True})
            # Under the write lock: another process on this database (the app beside a command-line sync) may
            # have stamped rows with a clock ahead of this one, and a site's stamps must only go up.
            saved = session.get(SiteMeta, "hlc")
            if saved is not None:
                self.clock.observe(int(saved.value))
            yield session

    def load_identity(self) -> None:
        with self.transaction() as session:
            meta = {m.key: m for m in session.scalars(select(SiteMeta))}
            if "site_id" not in meta:
                session.add(SiteMeta(key="site_id", value=uuid7()))
                session.flush()
                meta["site_id"] = session.get(SiteMeta, "site_id")  # type: ignore[assignment]
            self.site_id = meta["site_id"].value
            if "hlc" in meta:
                self.clock.observe(int(meta["hlc"].value))

    def save_clock(self, session: Session) -> None:
        session.merge(SiteMeta(key="hlc", value=str(self.clock.last)))

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(data_dir: Path, upgrade: bool = True) -> Database:
    """Check the folder and file, bring the schema to head (backing up the old file first), load identity."""
    check_data_dir(data_dir)
    path = data_dir / DB_FILENAME
    check_file(path)
    if not path.exists():
        create_private(path)
    tightened = private_files(path)
    db = Database(path)
    db.tightened = tightened
    try:
        if upgrade:
            db.upgrade_backup = migrate.upgrade(db.engine, path)
        elif migrate.current_revision(db.engine) != migrate.head_revision():
            raise StorageError("The database {path} needs an upgrade: run 'duty-desk db upgrade'.",
                               path=str(path))
        db.load_identity()
    except Exception:
        db.dispose()
        raise
    return db

"""Alembic is the only way the schema is made or changed."""

import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from duty_desk.storage import search_index
from duty_desk.storage.capture import install_triggers
from duty_desk.storage.file_check import create_private

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    """Every revision of our own migrations: an older Duty Desk database is at one of them."""
    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup(path: Path, revision: str) -> Path:
    """Copy the database aside with SQLite's backup API (consistent even with a WAL file beside it)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.before-upgrade-{revision}-{stamp}")
    create_private(target)  # the copy holds what the database holds: its owner only
    src = sqlite3.connect(path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def upgrade(engine: Engine, path: Path | None = None) -> Path | None:
    """Upgrade to head. Returns the backup made of an existing older database, if any."""
    current = current_revision(engine)
    if current == head_revision():
        return None
    copy = backup(path, current) if (path is not None and current is not None) else None
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        if conn.dialect.name == "sqlite":  # they name other tables, which a batch migration drops and renames
            search_index.drop_triggers(conn)
        command.upgrade(cfg, "head")
        if conn.dialect.name == "sqlite":
            install_triggers(conn)
            search_index.install(conn)  # triggers again; the index rebuilt if its rules changed
    return copy

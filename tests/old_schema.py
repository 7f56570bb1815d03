"""A database at an older schema revision, made by the product's own migrations up to it, with rows written as
that release wrote them (for tests of what an upgrade does to existing data)."""

import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from duty_desk.domain.ids import uuid7
from duty_desk.storage import migrate
from duty_desk.storage.capture import trigger_sql


def upgrade_to(engine: sa.Engine, revision: str, scratch: Path) -> None:
    """Run the migrations up to `revision`, from a copy without the later ones (whose code this test holds)."""
    scripts = scratch / "migrations-upto"
    shutil.copytree(migrate.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    for later in (scripts / "versions").glob("*.py"):
        if later.name[:4].isdigit() and later.name[:4] > revision:
            later.unlink()
    cfg = Config()
    cfg.set_main_option("script_location", str(scripts))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def capture(conn: sa.Connection, *tables: str) -> None:
    """The outbox triggers that release had on these tables (made, as then, from the tables' columns)."""
    for name in tables:
        for statement in trigger_sql(sa.Table(name, sa.MetaData(), autoload_with=conn)):
            conn.exec_driver_sql(statement)


def _filler(column: sa.Column[Any]) -> Any:
    if column.nullable:
        return None
    python = column.type.python_type
    return {str: "", int: 0, bool: False, datetime: datetime(2026, 11, 30, 8, 0)}[python]


def insert(conn: sa.Connection, name: str, **values: Any) -> dict[str, Any]:
    """One row as that release's columns take it: the given values, sync columns, blanks for the rest."""
    table = sa.Table(name, sa.MetaData(), autoload_with=conn)
    row = {c.name: _filler(c) for c in table.columns}
    row.update(id=uuid7(), hlc=7 << 16, origin_site="0193a000-0000-7000-8000-00000000site")
    row.update(values)
    conn.execute(table.insert().values(row))
    return row

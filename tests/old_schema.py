"""A database at an older schema revision, made by the product's own migrations up to it, with rows written as
that release wrote them (for tests of what an upgrade does to existing data)."""

import base64
import hashlib
import json
import os
import shutil
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from duty_desk.domain.ids import uuid7
from duty_desk.services import attachments
from duty_desk.storage import migrate
from duty_desk.storage.capture import trigger_sql
from duty_desk.storage.database import DB_FILENAME, make_engine

Row = dict[str, Any]


def upgrade_to(engine: sa.Engine, revision: str, scratch: Path) -> None:
    """Run the migrations up to `revision`, from a copy without the later ones (whose code this test holds)."""
    scripts = Path(tempfile.mkdtemp(dir=scratch)) / "migrations"
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


def insert(conn: sa.Connection, name: str, **values: Any) -> Row:
    """One row as that release's columns take it: the given values, sync columns, blanks for the rest."""
    table = sa.Table(name, sa.MetaData(), autoload_with=conn)
    row = {c.name: _filler(c) for c in table.columns}
    row.update(id=uuid7(), hlc=7 << 16, origin_site="0193a000-0000-7000-8000-00000000site")
    row.update(values)
    conn.execute(table.insert().values(row))
    return row


def workstation_with_a_scan(folder: Path) -> tuple[Row, Row, list[Row], bytes]:
    """A workstation of the release before attachments by owner: an incident with a scan in two chunks, queued
    in the outbox by that release's triggers and not yet pushed. (incident, attachment, chunks, the bytes)"""
    folder.mkdir()
    engine = make_engine(folder / DB_FILENAME)
    try:
        upgrade_to(engine, "0007", folder.parent)
        scan = os.urandom(attachments.CHUNK_BYTES + 100)
        with engine.begin() as conn:
            capture(conn, "incident_attachments", "incident_attachment_chunks")
            incident = insert(conn, "incidents", number="2026-SITE-1", source="fax", severity="iii",
                                         status="new", summary="西城区传真报告一处道路塌陷", taken_by="王磊")
            attachment = insert(conn, "incident_attachments", incident_id=incident["id"],
                                           file_name="传真件.tif", media_type="image/tiff", size=len(scan),
                                           sha256=hashlib.sha256(scan).hexdigest(), chunks=2, added_by="王磊",
                                           server_version=None)
            chunks = [insert(conn, "incident_attachment_chunks", attachment_id=attachment["id"], seq=n,
                                        data=base64.b64encode(piece).decode("ascii"), hlc=(8 + n) << 16)
                      for n, piece in enumerate((scan[:attachments.CHUNK_BYTES], scan[attachments.CHUNK_BYTES:]))]
            conn.exec_driver_sql(  # one refused earlier, kept for the operator
                "INSERT INTO sync_rejected VALUES ('op-refused', 'incident_attachments', ?, 'wang', ?, 'why', ?)",
                (attachment["id"], json.dumps({"id": attachment["id"], "incident_id": incident["id"]}),
                 "2026-11-30 08:00:00"))
    finally:
        engine.dispose()
    return incident, attachment, chunks, scan

"""Alembic makes and changes the schema; an existing database is copied aside before an upgrade."""

import json
import os
import shutil
import sqlite3
from datetime import UTC
from pathlib import Path
from typing import Any

import old_schema
import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

import duty_desk.storage.models  # noqa: F401  (registers every table)
from duty_desk.domain.incidents import Source
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.timefmt import utcnow
from duty_desk.services import accounts, attachments, incidents
from duty_desk.services.context import Services
from duty_desk.storage import migrate, search_index
from duty_desk.storage.base import Base
from duty_desk.storage.database import DB_FILENAME, Database, open_database
from duty_desk.storage.errors import StorageError
from duty_desk.storage.models import Attachment, AttachmentChunk, Organisation, OutboxOp, RejectedOp
from duty_desk.sync.client import wire_ops


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def _sqlite(path: Path, query: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()


def _version(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    return row[0] if row else None


def test_empty_folder_gets_every_table_at_head(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new")
    try:
        tables = _tables(db.path)
        assert set(Base.metadata.tables) <= tables
        assert {"users", "audit_log", "organisations", "people", "site_meta"} <= tables
        assert "login_lockouts" not in tables  # lockouts are counted from the synced audit trail (0012)
        assert migrate.current_revision(db.engine) == migrate.head_revision() is not None
        assert _version(db.path) == migrate.head_revision()
    finally:
        db.dispose()


def test_migrated_schema_matches_the_models(db: Database) -> None:
    """No drift: what the migrations built is what the models declare (columns, types, indexes, keys)."""
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_new_database_is_not_backed_up(tmp_path: Path) -> None:
    open_database(tmp_path).dispose()
    open_database(tmp_path).dispose()  # already at head: nothing to do
    assert sorted(p.name for p in tmp_path.iterdir() if "before-upgrade" in p.name) == []


def test_backup_is_a_readable_copy_with_the_same_rows(db: Database) -> None:
    with db.transaction() as session:
        for i in range(3):
            session.add(Organisation(name=f"单位{i}", kind="other"))
    # The engine is still open, so the rows may sit in the WAL file only; the copy must still hold them.
    copy = migrate.backup(db.path, "0001")
    assert copy.exists() and copy != db.path
    assert copy.parent == db.path.parent
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        names = sorted(r[0] for r in conn.execute("SELECT name FROM organisations"))
        site = conn.execute("SELECT value FROM site_meta WHERE key='site_id'").fetchone()
    finally:
        conn.close()
    assert names == ["单位0", "单位1", "单位2"]
    assert site == (db.site_id,)


NEXT_REVISION = '''
from alembic import op
import sqlalchemy as sa

revision = "0002test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("test_extra", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("test_extra")
'''


@pytest.fixture
def newer_release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend a later release shipped one more migration on top of today's head."""
    head = migrate.head_revision()
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "0002_test.py").write_text(NEXT_REVISION.format(head=head), encoding="utf-8")

    def config() -> Config:
        cfg = Config()
        cfg.set_main_option("script_location", str(scripts))
        return cfg

    monkeypatch.setattr(migrate, "alembic_config", config)


def test_older_database_is_backed_up_before_upgrade(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    data = tmp_path / "data"
    db = open_database(data)
    old_head = migrate.current_revision(db.engine)
    with db.transaction() as session:
        session.add(Organisation(name="市应急管理局", kind="other"))
    db.dispose()

    request.getfixturevalue("newer_release")
    db = open_database(data)
    try:
        assert migrate.current_revision(db.engine) == "0002test"
        assert "test_extra" in _tables(db.path)
    finally:
        db.dispose()

    backups = [p for p in data.iterdir() if p.name.startswith(f"{DB_FILENAME}.before-upgrade-")]
    assert len(backups) == 1
    assert old_head is not None and old_head in backups[0].name
    assert _version(backups[0]) == old_head
    assert "test_extra" not in _tables(backups[0])
    conn = sqlite3.connect(backups[0])
    try:
        assert conn.execute("SELECT name FROM organisations").fetchall() == [("市应急管理局",)]
    finally:
        conn.close()


def test_without_upgrade_an_old_database_is_refused(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    data = tmp_path / "data"
    open_database(data).dispose()
    request.getfixturevalue("newer_release")
    before = (data / DB_FILENAME).read_bytes()
    with pytest.raises(StorageError, match="upgrade"):
        open_database(data, upgrade=False)
    assert (data / DB_FILENAME).read_bytes() == before
    assert not [p for p in data.iterdir() if "before-upgrade" in p.name]


def test_incident_attachments_move_to_attachments_by_owner_with_their_sync_identity(tmp_path: Path) -> None:
    _, attachment, chunks, scan = old_schema.workstation_with_a_scan(tmp_path / "data")
    queued = _sqlite(tmp_path / "data" / DB_FILENAME, "SELECT op_id, row_id FROM sync_outbox ORDER BY seq")
    assert len(queued) == 3  # the attachment and its two chunks, as the old triggers queued them

    db = open_database(tmp_path / "data")
    try:
        assert db.upgrade_backup is not None and migrate.current_revision(db.engine) == migrate.head_revision()
        assert not {"incident_attachments", "incident_attachment_chunks"} & _tables(db.path)
        with db.session() as session:
            row = session.get(Attachment, attachment["id"])
            assert row is not None
            assert (row.owner_kind, row.owner_id, row.file_name, row.hlc, row.origin_site, row.created_at) == (
                "incidents", attachment["incident_id"], "传真件.tif", attachment["hlc"], attachment["origin_site"],
                attachment["created_at"].replace(tzinfo=UTC))
            moved = session.scalars(select(AttachmentChunk).order_by(AttachmentChunk.seq))
            assert [(c.id, c.seq, c.hlc) for c in moved] == [(c["id"], c["seq"], c["hlc"]) for c in chunks]
            ops = list(session.scalars(select(OutboxOp).order_by(OutboxOp.seq)))
            refused = session.get(RejectedOp, "op-refused")
        # The queued changes go out under the new tables, with the same op ids (a lost answer is still a replay).
        assert [(op.op_id, op.row_id) for op in ops] == queued
        assert [op.table_name for op in ops] == ["attachments", "attachment_chunks", "attachment_chunks"]
        wire, _ = wire_ops(ops)
        assert wire[0]["row"]["owner_kind"] == "incidents" and wire[0]["row"]["owner_id"] == attachment["incident_id"]
        assert "incident_id" not in wire[0]["row"] and set(wire[0]["changed"]) >= {"owner_kind", "owner_id"}
        assert refused is not None and refused.table_name == "attachments"
        assert json.loads(refused.new_row)["owner_id"] == attachment["incident_id"]
        with db.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []

        services = Services(db)
        admin = accounts.create_first_admin(services, "admin", "系统管理员", "Office-key-2026")
        assert attachments.content(services, admin, incidents.ATTACHMENTS, attachment["id"]) == ("传真件.tif", scan)
        assert [e.text for e in incidents.timeline(services, admin, attachment["incident_id"])
                if e.kind == "attachment"] == ["传真件.tif (64 KB)"]
    finally:
        db.dispose()


def test_a_downgrade_puts_incident_attachments_back(tmp_path: Path) -> None:
    db = open_database(tmp_path / "data")
    try:
        services = Services(db)
        admin = accounts.create_first_admin(services, "admin", "系统管理员", "Office-key-2026")
        incident_id, _ = incidents.register(services, admin, IncidentData(
            received_at=utcnow(), source=Source.FAX, summary="西城区传真报告一处道路塌陷", district_code="110102"))
        attachment_id = attachments.add(services, admin, incidents.ATTACHMENTS, incident_id, "传真件.tif",
                                        os.urandom(attachments.CHUNK_BYTES + 1))
        cfg = migrate.alembic_config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            search_index.drop_triggers(conn)  # as migrate.upgrade does: they name incidents
            command.downgrade(cfg, "0007")
    finally:
        db.dispose()
    assert _sqlite(db.path, "SELECT id, incident_id FROM incident_attachments") == [(attachment_id, incident_id)]
    assert _sqlite(db.path, "SELECT count(*) FROM incident_attachment_chunks") == [(2,)]
    assert not {"attachments", "attachment_chunks"} & _tables(db.path)
    # Not yet pushed: the old version finds the changes under its own tables and columns.
    queued = _sqlite(db.path, "SELECT table_name, json_extract(new_row, '$.incident_id'), "
                     "json_type(new_row, '$.owner_kind') FROM sync_outbox WHERE table_name LIKE '%attachment%'")
    assert ("incident_attachments", incident_id, None) in queued
    assert {t for t, _, _ in queued} == {"incident_attachments", "incident_attachment_chunks"}

"""attachments by owner

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 04:40:00

Attachments name their owner by kind and id instead of a foreign key to incidents. Every incident attachment and
chunk moves over with its id, stamps and origin, so sync sees the same records: the workstation's queued and
refused changes of the old tables are rewritten to the new ones, and on the server the change log, the field
versions and the table registry are, so a workstation pulling from the start gets them under the new names.

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from duty_desk.storage.types import UTCDateTime

# revision identifiers, used by Alembic.
revision: str = '0008'
down_revision: str | Sequence[str] | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SYNC = ("id", "created_at", "updated_at", "hlc", "origin_site", "deleted", "server_version")
_FILE = ("file_name", "media_type", "size", "sha256", "chunks", "added_by")
_CHUNK = ("attachment_id", "seq", "data")
_OLD, _OLD_CHUNKS, _NEW, _NEW_CHUNKS = ("incident_attachments", "incident_attachment_chunks", "attachments",
                                        "attachment_chunks")


def _sync_columns() -> list[sa.Column[object]]:
    return [sa.Column('id', sa.String(length=36), nullable=False),
            sa.Column('created_at', UTCDateTime(), nullable=False),
            sa.Column('updated_at', UTCDateTime(), nullable=False),
            sa.Column('hlc', sa.BigInteger(), nullable=False),
            sa.Column('origin_site', sa.String(length=36), nullable=False),
            sa.Column('deleted', sa.Boolean(), nullable=False),
            sa.Column('server_version', sa.BigInteger(), nullable=True)]


def _file_columns() -> list[sa.Column[object]]:
    return [sa.Column('file_name', sa.String(length=255), nullable=False),
            sa.Column('media_type', sa.String(length=100), nullable=False),
            sa.Column('size', sa.Integer(), nullable=False),
            sa.Column('sha256', sa.String(length=64), nullable=False),
            sa.Column('chunks', sa.Integer(), nullable=False),
            sa.Column('added_by', sa.String(length=100), nullable=False)]


def _chunk_table(name: str, parent: str) -> None:
    op.create_table(name,
                    sa.Column('attachment_id', sa.String(length=36), nullable=False),
                    sa.Column('seq', sa.Integer(), nullable=False),
                    sa.Column('data', sa.Text(), nullable=False),
                    *_sync_columns(),
                    sa.ForeignKeyConstraint(['attachment_id'], [f'{parent}.id'],
                                            name=op.f(f'fk_{name}_attachment_id_{parent}')),
                    sa.PrimaryKeyConstraint('id', name=op.f(f'pk_{name}')))
    with op.batch_alter_table(name, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f'ix_{name}_attachment_id'), ['attachment_id'], unique=False)


def _copy(source: str, target: str, source_columns: Sequence[str], target_columns: Sequence[str],
          where: str = "") -> None:
    op.execute(f"INSERT INTO {target} ({', '.join(target_columns)}) "
               f"SELECT {', '.join(source_columns)} FROM {source} {where}")


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(_NEW,
                    sa.Column('owner_kind', sa.String(length=64), nullable=False),
                    sa.Column('owner_id', sa.String(length=36), nullable=False),
                    *_file_columns(), *_sync_columns(),
                    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments')))
    with op.batch_alter_table(_NEW, schema=None) as batch_op:
        batch_op.create_index('ix_attachments_owner', ['owner_kind', 'owner_id'], unique=False)
    _chunk_table(_NEW_CHUNKS, _NEW)
    # Capture triggers for the new tables are made after the migrations, so these copies queue nothing: the
    # rows are already on the server (or queued under the old names, rewritten below).
    _copy(_OLD, _NEW, ("'incidents'", "incident_id", *_FILE, *_SYNC), ("owner_kind", "owner_id", *_FILE, *_SYNC))
    _copy(_OLD_CHUNKS, _NEW_CHUNKS, (*_CHUNK, *_SYNC), (*_CHUNK, *_SYNC))
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _rewrite_queued(bind, "json_set(json_remove({row}, '$.incident_id'), '$.owner_kind', 'incidents', "
                              "'$.owner_id', json_extract({row}, '$.incident_id'))", _OLD, _NEW)
        _rewrite_queued(bind, "{row}", _OLD_CHUNKS, _NEW_CHUNKS)
    elif bind.execute(sa.text("SELECT to_regclass('duty_sync.change_log')")).scalar() is not None:
        # In the field versions both new fields were set by the write that set the incident.
        _rewrite_server(bind, "(data - 'incident_id') || jsonb_build_object('owner_kind', 'incidents', "
                              "'owner_id', data->'incident_id')",
                        "(versions - 'incident_id') || jsonb_build_object('owner_kind', versions->'incident_id', "
                        "'owner_id', versions->'incident_id')", _OLD, _NEW)
        _rewrite_server(bind, "data", "versions", _OLD_CHUNKS, _NEW_CHUNKS)
    op.drop_table(_OLD_CHUNKS)
    op.drop_table(_OLD)


def _rewrite_queued(bind: sa.Connection, row: str, old: str, new: str) -> None:
    """Changes not yet pushed, or refused, name the new table and carry its columns; op ids stay, so a push
    answered before the upgrade but never heard is still answered as a replay."""
    bind.exec_driver_sql(f"UPDATE sync_outbox SET table_name = '{new}', new_row = {row.format(row='new_row')}, "
                         f"old_row = CASE WHEN old_row IS NULL THEN NULL ELSE {row.format(row='old_row')} END "
                         f"WHERE table_name = '{old}'")
    bind.exec_driver_sql(f"UPDATE sync_rejected SET table_name = '{new}', new_row = {row.format(row='new_row')} "
                         f"WHERE table_name = '{old}'")


def _rewrite_server(bind: sa.Connection, data: str, versions: str, old: str, new: str) -> None:
    """The server's record of changes under the new name, so a pull from the start brings the new rows. Until
    `server init` registers the new tables and schema (right after the migrations), workstations of either
    schema wait: their ops are kept on the workstation, never refused."""
    bind.exec_driver_sql(f"UPDATE duty_sync.change_log SET tbl = '{new}', data = {data} WHERE tbl = '{old}'")
    bind.exec_driver_sql(f"UPDATE duty_sync.row_meta SET tbl = '{new}', versions = {versions} WHERE tbl = '{old}'")
    bind.exec_driver_sql(f"DELETE FROM duty_sync.synced_tables WHERE tbl = '{old}'")
    bind.exec_driver_sql(f"UPDATE duty_sync.config SET value = '{int(revision)}' "
                         "WHERE key = 'min_schema' AND value::int < " + str(int(revision)))


def downgrade() -> None:
    """Downgrade schema: the incidents' attachments go back to the old tables; others have no place there."""
    op.create_table(_OLD,
                    sa.Column('incident_id', sa.String(length=36), nullable=False),
                    *_file_columns(), *_sync_columns(),
                    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'],
                                            name=op.f('fk_incident_attachments_incident_id_incidents')),
                    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident_attachments')))
    with op.batch_alter_table(_OLD, schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_attachments_incident_id'), ['incident_id'], unique=False)
    _chunk_table(_OLD_CHUNKS, _OLD)
    _copy(_NEW, _OLD, ("owner_id", *_FILE, *_SYNC), ("incident_id", *_FILE, *_SYNC), "WHERE owner_kind = 'incidents'")
    _copy(_NEW_CHUNKS, _OLD_CHUNKS, (*_CHUNK, *_SYNC), (*_CHUNK, *_SYNC),
          f"WHERE attachment_id IN (SELECT id FROM {_OLD})")
    if op.get_bind().dialect.name == "sqlite":  # queued changes back under the old names, or the old app loses them
        _rewrite_queued(op.get_bind(), "json_set(json_remove({row}, '$.owner_kind', '$.owner_id'), '$.incident_id', "
                                       "json_extract({row}, '$.owner_id'))", _NEW, _OLD)
        _rewrite_queued(op.get_bind(), "{row}", _NEW_CHUNKS, _OLD_CHUNKS)
    op.drop_table(_NEW_CHUNKS)
    op.drop_table(_NEW)

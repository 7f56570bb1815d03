"""leader reports: written reports to leaders (呈报单), drafts and their sendings

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-02 17:30:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from duty_desk.storage.types import UTCDateTime

# revision identifiers, used by Alembic.
revision: str = '0021'
down_revision: str | Sequence[str] | None = '0020'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _synced() -> list[sa.Column[object]]:
    return [sa.Column('id', sa.String(length=36), nullable=False),
            sa.Column('created_at', UTCDateTime(), nullable=False),
            sa.Column('updated_at', UTCDateTime(), nullable=False),
            sa.Column('hlc', sa.BigInteger(), nullable=False),
            sa.Column('origin_site', sa.String(length=36), nullable=False),
            sa.Column('deleted', sa.Boolean(), nullable=False),
            sa.Column('server_version', sa.BigInteger(), nullable=True)]


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('leader_reports',
    sa.Column('incident_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('proposal', sa.Text(), nullable=False),
    sa.Column('addressee_ids', sa.Text(), nullable=False),
    sa.Column('drafted_by', sa.String(length=100), nullable=False),
    sa.Column('corrects_id', sa.String(length=36), nullable=True),
    *_synced(),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_leader_reports_incident_id_incidents')),
    sa.ForeignKeyConstraint(['corrects_id'], ['leader_reports.id'],
                            name=op.f('fk_leader_reports_corrects_id_leader_reports')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_leader_reports')),
    sa.UniqueConstraint('number', name=op.f('uq_leader_reports_number'))
    )
    with op.batch_alter_table('leader_reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_leader_reports_incident_id'), ['incident_id'], unique=False)
    op.create_table('leader_report_sendings',
    sa.Column('report_id', sa.String(length=36), nullable=False),
    sa.Column('sent_at', UTCDateTime(), nullable=False),
    sa.Column('sent_by', sa.String(length=100), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('proposal', sa.Text(), nullable=False),
    sa.Column('addressees', sa.Text(), nullable=False),
    sa.Column('report_made_id', sa.String(length=36), nullable=False),
    *_synced(),
    sa.ForeignKeyConstraint(['report_id'], ['leader_reports.id'],
                            name=op.f('fk_leader_report_sendings_report_id_leader_reports')),
    sa.ForeignKeyConstraint(['report_made_id'], ['incident_reports_made.id'],
                            name=op.f('fk_leader_report_sendings_report_made_id_incident_reports_made')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_leader_report_sendings'))
    )
    with op.batch_alter_table('leader_report_sendings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_leader_report_sendings_report_id'), ['report_id'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('leader_report_sendings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_leader_report_sendings_report_id'))
    op.drop_table('leader_report_sendings')
    with op.batch_alter_table('leader_reports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_leader_reports_incident_id'))
    op.drop_table('leader_reports')

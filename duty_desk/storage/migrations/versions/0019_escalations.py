"""escalations: escalating incidents to the leaders (逐级呈报) and every attempt

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-02 17:10:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from duty_desk.storage.types import UTCDateTime

# revision identifiers, used by Alembic.
revision: str = '0019'
down_revision: str | Sequence[str] | None = '0018'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _synced() -> list[sa.Column]:
    return [sa.Column('id', sa.String(length=36), nullable=False),
            sa.Column('created_at', UTCDateTime(), nullable=False),
            sa.Column('updated_at', UTCDateTime(), nullable=False),
            sa.Column('hlc', sa.BigInteger(), nullable=False),
            sa.Column('origin_site', sa.String(length=36), nullable=False),
            sa.Column('deleted', sa.Boolean(), nullable=False),
            sa.Column('server_version', sa.BigInteger(), nullable=True)]


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('escalations',
    sa.Column('incident_id', sa.String(length=36), nullable=False),
    sa.Column('started_at', UTCDateTime(), nullable=False),
    sa.Column('started_by', sa.String(length=100), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('step_no', sa.Integer(), nullable=False),
    sa.Column('steps', sa.Integer(), nullable=False),
    sa.Column('step_key', sa.String(length=80), nullable=False),
    sa.Column('next_due', UTCDateTime(), nullable=True),
    sa.Column('due_kind', sa.String(length=12), nullable=False),
    *_synced(),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_escalations_incident_id_incidents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_escalations'))
    )
    with op.batch_alter_table('escalations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_escalations_incident_id'), ['incident_id'], unique=False)
        batch_op.create_index('ix_escalations_state_next_due', ['state', 'next_due'], unique=False)
    op.create_table('escalation_attempts',
    sa.Column('escalation_id', sa.String(length=36), nullable=False),
    sa.Column('step_key', sa.String(length=80), nullable=False),
    sa.Column('step_no', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('outcome', sa.String(length=12), nullable=True),
    sa.Column('means', sa.String(length=12), nullable=True),
    sa.Column('at', UTCDateTime(), nullable=False),
    sa.Column('named_id', sa.String(length=36), nullable=False),
    sa.Column('named_name', sa.String(length=100), nullable=False),
    sa.Column('reached_id', sa.String(length=36), nullable=False),
    sa.Column('reached_name', sa.String(length=100), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    *_synced(),
    sa.ForeignKeyConstraint(['escalation_id'], ['escalations.id'],
                            name=op.f('fk_escalation_attempts_escalation_id_escalations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_escalation_attempts'))
    )
    with op.batch_alter_table('escalation_attempts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_escalation_attempts_escalation_id'), ['escalation_id'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('escalation_attempts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_escalation_attempts_escalation_id'))
    op.drop_table('escalation_attempts')
    with op.batch_alter_table('escalations', schema=None) as batch_op:
        batch_op.drop_index('ix_escalations_state_next_due')
        batch_op.drop_index(batch_op.f('ix_escalations_incident_id'))
    op.drop_table('escalations')

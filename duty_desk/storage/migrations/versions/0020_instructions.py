"""instructions: leaders' instructions (批示) and supervision tasks (督办) with their replies and chases

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-02 17:00:00

New tables only; nothing existing changes.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from duty_desk.storage.types import UTCDateTime

# revision identifiers, used by Alembic.
revision: str = '0020'
down_revision: str | Sequence[str] | None = '0019'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ('instructions', 'supervision_tasks', 'supervision_replies', 'supervision_chases')


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('instructions',
    sa.Column('leader_id', sa.String(length=36), nullable=False),
    sa.Column('given_at', UTCDateTime(), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('incident_id', sa.String(length=36), nullable=True),
    sa.Column('corrects_id', sa.String(length=36), nullable=True),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin_site', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['corrects_id'], ['instructions.id'], name=op.f('fk_instructions_corrects_id_instructions')),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_instructions_incident_id_incidents')),
    sa.ForeignKeyConstraint(['leader_id'], ['people.id'], name=op.f('fk_instructions_leader_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_instructions'))
    )
    op.create_index(op.f('ix_instructions_corrects_id'), 'instructions', ['corrects_id'], unique=False)
    op.create_index(op.f('ix_instructions_given_at'), 'instructions', ['given_at'], unique=False)
    op.create_index(op.f('ix_instructions_incident_id'), 'instructions', ['incident_id'], unique=False)
    op.create_index(op.f('ix_instructions_leader_id'), 'instructions', ['leader_id'], unique=False)
    op.create_table('supervision_tasks',
    sa.Column('instruction_id', sa.String(length=36), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=False),
    sa.Column('issued_at', UTCDateTime(), nullable=False),
    sa.Column('handle_by', UTCDateTime(), nullable=False),
    sa.Column('feedback_by', UTCDateTime(), nullable=False),
    sa.Column('contact_name', sa.String(length=50), nullable=False),
    sa.Column('contact_phone', sa.String(length=40), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('issued_by', sa.String(length=100), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('state_reason', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin_site', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['instruction_id'], ['instructions.id'], name=op.f('fk_supervision_tasks_instruction_id_instructions')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_supervision_tasks_organisation_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supervision_tasks'))
    )
    op.create_index(op.f('ix_supervision_tasks_instruction_id'), 'supervision_tasks', ['instruction_id'], unique=False)
    op.create_index(op.f('ix_supervision_tasks_organisation_id'), 'supervision_tasks', ['organisation_id'], unique=False)
    op.create_index('ix_supervision_tasks_state_feedback_by', 'supervision_tasks', ['state', 'feedback_by'], unique=False)
    op.create_table('supervision_chases',
    sa.Column('task_id', sa.String(length=36), nullable=False),
    sa.Column('at', UTCDateTime(), nullable=False),
    sa.Column('means', sa.String(length=20), nullable=False),
    sa.Column('whom', sa.String(length=100), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin_site', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['task_id'], ['supervision_tasks.id'], name=op.f('fk_supervision_chases_task_id_supervision_tasks')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supervision_chases'))
    )
    op.create_index(op.f('ix_supervision_chases_task_id'), 'supervision_chases', ['task_id'], unique=False)
    op.create_table('supervision_replies',
    sa.Column('task_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('at', UTCDateTime(), nullable=False),
    sa.Column('person', sa.String(length=50), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin_site', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['task_id'], ['supervision_tasks.id'], name=op.f('fk_supervision_replies_task_id_supervision_tasks')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supervision_replies'))
    )
    op.create_index(op.f('ix_supervision_replies_task_id'), 'supervision_replies', ['task_id'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_supervision_replies_task_id'), table_name='supervision_replies')
    op.drop_table('supervision_replies')
    op.drop_index(op.f('ix_supervision_chases_task_id'), table_name='supervision_chases')
    op.drop_table('supervision_chases')
    op.drop_index('ix_supervision_tasks_state_feedback_by', table_name='supervision_tasks')
    op.drop_index(op.f('ix_supervision_tasks_organisation_id'), table_name='supervision_tasks')
    op.drop_index(op.f('ix_supervision_tasks_instruction_id'), table_name='supervision_tasks')
    op.drop_table('supervision_tasks')
    op.drop_index(op.f('ix_instructions_leader_id'), table_name='instructions')
    op.drop_index(op.f('ix_instructions_incident_id'), table_name='instructions')
    op.drop_index(op.f('ix_instructions_given_at'), table_name='instructions')
    op.drop_index(op.f('ix_instructions_corrects_id'), table_name='instructions')
    op.drop_table('instructions')
    if op.get_bind().dialect.name == "sqlite":
        # The old version has no place for queued rows of these tables.
        for table in TABLES:
            op.execute(f"DELETE FROM sync_outbox WHERE table_name = '{table}'")
            op.execute(f"DELETE FROM sync_rejected WHERE table_name = '{table}'")

"""whereabouts: the leaders' whereabouts board (领导去向) and who acts for a leader who is away

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02 17:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from duty_desk.storage.types import UTCDateTime

# revision identifiers, used by Alembic.
revision: str = '0018'
down_revision: str | Sequence[str] | None = '0017'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('leader_whereabouts',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('starts_at', UTCDateTime(), nullable=False),
    sa.Column('ends_at', UTCDateTime(), nullable=False),
    sa.Column('place', sa.String(length=100), nullable=False),
    sa.Column('reach_at', sa.String(length=100), nullable=False),
    sa.Column('acting_person_id', sa.String(length=36), nullable=True),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin_site', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_leader_whereabouts_person_id_people')),
    sa.ForeignKeyConstraint(['acting_person_id'], ['people.id'],
                            name=op.f('fk_leader_whereabouts_acting_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_leader_whereabouts'))
    )
    with op.batch_alter_table('leader_whereabouts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_leader_whereabouts_person_id'), ['person_id'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('leader_whereabouts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_leader_whereabouts_person_id'))
    op.drop_table('leader_whereabouts')

"""sync_set_aside: pulled rows this workstation could not read or store, kept with the reason

Revision ID: 0015
Revises: 0010
Create Date: 2026-12-02 07:10:00

Local bookkeeping like sync_rejected (never synced); on the server the table is made too and stays empty.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from duty_desk.storage.types import UTCDateTime

# revision identifiers, used by Alembic.
revision: str = '0015'
down_revision: str | Sequence[str] | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('sync_set_aside',
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=100), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('set_aside_at', UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'row_id', name=op.f('pk_sync_set_aside'))
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('sync_set_aside')

"""password verifier: sync_proofs, where a change of one's own password keeps the old password's key until the
server has answered it

Revision ID: 0016
Revises: 0010
Create Date: 2026-12-02 07:20:00

The verifier itself is a seventh '$' part of users.password_hash (services.passwords), so it syncs, merges and
conflicts together with the hash it belongs to; hashes made before it have none until the password is next set.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0016'
down_revision: str | Sequence[str] | None = '0015'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('sync_proofs',
    sa.Column('verifier', sa.String(length=64), nullable=False),
    sa.Column('proof', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('verifier', name=op.f('pk_sync_proofs'))
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('sync_proofs')

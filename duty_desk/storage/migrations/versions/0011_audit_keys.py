"""audit_keys: each workstation's public audit key; audit_log entries signed and carrying account digests

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 07:00:00

Entries written before this revision keep an empty signature: the first signed entry of each chain covers them
through its prev_hash. The key is made at the workstation's next audited write (services.audit_key).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from duty_desk.storage.types import UTCDateTime

# revision identifiers, used by Alembic.
revision: str = '0011'
down_revision: str | Sequence[str] | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('audit_keys',
    sa.Column('from_seq', sa.Integer(), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('origin_site', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_keys')),
    sa.UniqueConstraint('origin_site', 'from_seq', name=op.f('uq_audit_keys_origin_site'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('state_digest', sa.String(length=64), server_default='', nullable=False))
        batch_op.add_column(sa.Column('signature', sa.String(length=128), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_column('signature')
        batch_op.drop_column('state_digest')
    op.drop_table('audit_keys')
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DELETE FROM sync_outbox WHERE table_name = 'audit_keys'")
        op.execute("DELETE FROM sync_rejected WHERE table_name = 'audit_keys'")

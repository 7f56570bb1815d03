"""accounts security: must-change, password age and history on users; the local lockout table gives way to
lockouts counted from the synced audit trail (indexed for the login's query)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02 07:00:00

Existing accounts keep their passwords: must_change is false and their age counts from the account's creation.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from duty_desk.storage.types import UTCDateTime

# revision identifiers, used by Alembic.
revision: str = '0017'
down_revision: str | Sequence[str] | None = '0016'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('must_change', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('password_changed_at', UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('password_history', sa.Text(), nullable=False, server_default='[]'))
    with op.batch_alter_table('users', schema=None) as batch_op:  # the defaults were for the existing rows only
        batch_op.alter_column('must_change', server_default=None)
        batch_op.alter_column('password_history', server_default=None)
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_login', ['actor_name', 'action', 'at'], unique=False)
        batch_op.create_index('ix_audit_log_entity', ['entity', 'entity_id', 'action'], unique=False)
    bind = op.get_bind()
    if sa.inspect(bind).has_table('login_lockouts'):
        op.drop_table('login_lockouts')


def downgrade() -> None:
    """Downgrade schema."""
    op.create_table('login_lockouts',
    sa.Column('username', sa.String(length=32), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('locked_until', UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('username', name=op.f('pk_login_lockouts'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_entity')
        batch_op.drop_index('ix_audit_log_login')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('password_history')
        batch_op.drop_column('password_changed_at')
        batch_op.drop_column('must_change')

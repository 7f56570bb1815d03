"""incident corrections: a follow-up report names the one it corrects

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-02 17:00:00

Follow-ups stay append-only: a wrong one is corrected by a new one whose `corrects` names it.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0022'
down_revision: str | Sequence[str] | None = '0021'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('incident_follow_ups', schema=None) as batch_op:
        batch_op.add_column(sa.Column('corrects', sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_incident_follow_ups_corrects_incident_follow_ups'),
                                    'incident_follow_ups', ['corrects'], ['id'])


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('incident_follow_ups', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_incident_follow_ups_corrects_incident_follow_ups'),
                                 type_='foreignkey')
        batch_op.drop_column('corrects')

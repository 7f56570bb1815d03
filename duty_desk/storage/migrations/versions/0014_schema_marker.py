"""schema marker: SQLite's application_id says "a Duty Desk database"

Revision ID: 0014
Revises: 0010
Create Date: 2026-12-02 07:00:00

Set in every new database (the migrations make it) and in every older one on upgrade, so that a file without
it can be refused untouched as another program's (storage/file_check.py). PostgreSQL has no such header.
"""
from collections.abc import Sequence

from alembic import op

from duty_desk.storage.file_check import APPLICATION_ID

# revision identifiers, used by Alembic.
revision: str = '0014'
down_revision: str | Sequence[str] | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def downgrade() -> None:
    """Downgrade schema."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA application_id = 0")  # an older Duty Desk knows its files by their tables

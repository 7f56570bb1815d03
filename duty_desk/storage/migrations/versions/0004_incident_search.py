"""incident search index (SQLite only): search_docs, FTS5 tables search_text and search_grams, their triggers

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 10:00:00

The index is derived data, made by duty_desk.storage.search_index on SQLite only (the PostgreSQL server has no
need of it). Incidents that already exist are indexed here, in the upgrade's transaction; the triggers come
after the last migration (storage.migrate).
"""
from collections.abc import Sequence

from alembic import op

from duty_desk.storage import search_index

# revision identifiers, used by Alembic.
revision: str = '0004'
down_revision: str | Sequence[str] | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    # Superseded by 0010 (the index over every searchable kind), which makes the tables; storage.migrate's
    # search_index.install() fills them and makes the triggers after the last migration.


def downgrade() -> None:
    """Downgrade schema."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    search_index.drop_triggers(bind)
    search_index.drop_tables(bind)
    bind.exec_driver_sql("DELETE FROM site_meta WHERE key = ?", (search_index.VERSION_KEY,))

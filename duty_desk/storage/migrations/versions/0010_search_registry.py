"""search index over every searchable kind (SQLite only): search_rows and contentless FTS5 tables, replacing
0004's search_docs and its FTS5 tables

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 05:00:00

One index row per source row (an incident, a follow-up), no text stored. The tables are made here, empty;
storage.migrate's search_index.install() makes the triggers after the last migration and fills the index
(its version is not yet stamped), when every searchable kind's tables exist.
"""
from collections.abc import Sequence

from alembic import op

from duty_desk.storage import search_index

# revision identifiers, used by Alembic.
revision: str = '0010'
down_revision: str | Sequence[str] | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    search_index.drop_triggers(bind)
    search_index.drop_tables(bind)
    search_index.create_tables(bind)
    bind.exec_driver_sql("DELETE FROM site_meta WHERE key = ?", (search_index.VERSION_KEY,))


def downgrade() -> None:
    """Downgrade schema: the index is gone (0004's older one is not made again)."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    search_index.drop_triggers(bind)
    search_index.drop_tables(bind)
    bind.exec_driver_sql("DELETE FROM site_meta WHERE key = ?", (search_index.VERSION_KEY,))

"""Alembic environment: runs on the connection handed in by duty_desk.storage.migrate."""

from alembic import context

import duty_desk.storage.models  # noqa: F401  (registers every table)
from duty_desk.storage.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()

"""Alembic environment. Kefu runs migrations on a connection it hands over (see migrate.py)."""

from __future__ import annotations

from alembic import context

from kefu.db.migrate import include_object
from kefu.db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()

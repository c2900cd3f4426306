"""Tickets' tags indexed for containment on PostgreSQL (GIN on tags::jsonb).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02 16:05:00
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite matches a tag in the list's JSON text; it has no index that would answer that.
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE INDEX ix_tickets_tags ON tickets USING gin ((tags::jsonb) jsonb_path_ops)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX ix_tickets_tags")

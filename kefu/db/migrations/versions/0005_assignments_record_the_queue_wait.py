"""Assignments record when the conversation had joined the queue (the wallboard's
service level and waits).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conversation_assignments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("queued_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(
            "ix_conversation_assignments_assigned", ["tenant_id", "assigned_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("conversation_assignments", schema=None) as batch_op:
        batch_op.drop_index("ix_conversation_assignments_assigned")
        batch_op.drop_column("queued_at")

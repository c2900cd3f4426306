"""Files uploaded to tickets: an attachment belongs to a conversation or a ticket.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 14:22:54.737314
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ticket_id", sa.Uuid(), nullable=True))
        batch_op.alter_column("conversation_id", existing_type=sa.Uuid(), nullable=True)
        batch_op.create_index(batch_op.f("ix_attachments_ticket_id"), ["ticket_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_attachments_ticket_id_tickets"), "tickets", ["ticket_id"], ["id"]
        )
        batch_op.create_check_constraint(
            "owner", "conversation_id IS NOT NULL OR ticket_id IS NOT NULL"
        )


def downgrade() -> None:
    op.execute("DELETE FROM attachments WHERE conversation_id IS NULL")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_attachments_owner"), type_="check")
        batch_op.drop_constraint(batch_op.f("fk_attachments_ticket_id_tickets"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_attachments_ticket_id"))
        batch_op.alter_column("conversation_id", existing_type=sa.Uuid(), nullable=False)
        batch_op.drop_column("ticket_id")

"""Ticket list indexes ending with the list's order (updated_at, id); one for the created order.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 14:48:05.607880
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tickets_tenant_assignee"))
        batch_op.drop_index(batch_op.f("ix_tickets_tenant_category"))
        batch_op.create_index(
            "ix_tickets_tenant_assignee_updated",
            ["tenant_id", "assignee_id", "updated_at", "id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_tickets_tenant_category_updated",
            ["tenant_id", "category", "updated_at", "id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_tickets_tenant_contact_updated",
            ["tenant_id", "contact_id", "updated_at", "id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_tickets_tenant_created", ["tenant_id", "created_at", "id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index("ix_tickets_tenant_created")
        batch_op.drop_index("ix_tickets_tenant_contact_updated")
        batch_op.drop_index("ix_tickets_tenant_category_updated")
        batch_op.drop_index("ix_tickets_tenant_assignee_updated")
        batch_op.create_index(
            batch_op.f("ix_tickets_tenant_category"),
            ["tenant_id", "category", "updated_at"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_tickets_tenant_assignee"),
            ["tenant_id", "assignee_id", "category"],
            unique=False,
        )

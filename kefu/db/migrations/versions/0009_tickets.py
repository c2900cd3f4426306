"""Tickets: types, SLA policies, tickets with their history, comments, watchers and follow-ups.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 12:22:10.199917
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sla_policies",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("rules", sa.JSON(), nullable=False),
        sa.Column("hours", sa.JSON(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_sla_policies_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sla_policies")),
    )
    with op.batch_alter_table("sla_policies", schema=None) as batch_op:
        batch_op.create_index(
            "ix_sla_policies_tenant_position", ["tenant_id", "position"], unique=False
        )

    op.create_table(
        "ticket_counters",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("last", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_ticket_counters_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("tenant_id", name=op.f("pk_ticket_counters")),
    )
    op.create_table(
        "ticket_types",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("name_en", sa.String(length=50), nullable=True),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("workflow", sa.JSON(), nullable=False),
        sa.Column("follow_up", sa.JSON(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_ticket_types_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_types")),
        sa.UniqueConstraint("tenant_id", "key", name=op.f("uq_ticket_types_tenant_id_key")),
    )
    op.create_table(
        "tickets",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.BigInteger(), nullable=False),
        sa.Column("type_id", sa.Uuid(), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("priority", sa.String(length=16), nullable=False),
        sa.Column("assignee_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("conversation_id", sa.Uuid(), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("sla_policy_id", sa.Uuid(), nullable=True),
        sa.Column("sla", sa.JSON(), nullable=False),
        sa.Column("sla_due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sla_breached", sa.Boolean(), nullable=False),
        sa.Column("escalated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("first_responded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("solved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "category IN ('new', 'open', 'pending', 'solved', 'closed')",
            name=op.f("ck_tickets_category"),
        ),
        sa.CheckConstraint(
            "priority IN ('low', 'normal', 'high', 'urgent')", name=op.f("ck_tickets_priority")
        ),
        sa.CheckConstraint(
            "source IN ('console', 'conversation', 'api', 'leave_message', 'email')",
            name=op.f("ck_tickets_source"),
        ),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["users.id"], name=op.f("fk_tickets_assignee_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_tickets_contact_id_contacts")
        ),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_tickets_conversation_id_conversations"),
        ),
        sa.ForeignKeyConstraint(
            ["sla_policy_id"],
            ["sla_policies.id"],
            name=op.f("fk_tickets_sla_policy_id_sla_policies"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["org_units.id"], name=op.f("fk_tickets_team_id_org_units")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_tickets_tenant_id_tenants")
        ),
        sa.ForeignKeyConstraint(
            ["type_id"], ["ticket_types.id"], name=op.f("fk_tickets_type_id_ticket_types")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tickets")),
        sa.UniqueConstraint("tenant_id", "number", name=op.f("uq_tickets_tenant_id_number")),
    )
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.create_index("ix_tickets_contact", ["contact_id"], unique=False)
        batch_op.create_index("ix_tickets_conversation", ["conversation_id"], unique=False)
        batch_op.create_index(
            "ix_tickets_tenant_assignee", ["tenant_id", "assignee_id", "category"], unique=False
        )
        batch_op.create_index(
            "ix_tickets_tenant_category", ["tenant_id", "category", "updated_at"], unique=False
        )
        batch_op.create_index("ix_tickets_tenant_due", ["tenant_id", "sla_due_at"], unique=False)
        batch_op.create_index(
            "ix_tickets_tenant_updated", ["tenant_id", "updated_at", "id"], unique=False
        )

    op.create_table(
        "ticket_comments",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("ticket_id", sa.Uuid(), nullable=False),
        sa.Column("author", sa.String(length=64), nullable=False),
        sa.Column("author_name", sa.String(length=100), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("public", sa.Boolean(), nullable=False),
        sa.Column("attachment_ids", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_ticket_comments_tenant_id_tenants")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["tickets.id"],
            name=op.f("fk_ticket_comments_ticket_id_tickets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_comments")),
    )
    with op.batch_alter_table("ticket_comments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_ticket_comments_ticket", ["ticket_id", "created_at"], unique=False
        )

    op.create_table(
        "ticket_events",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("ticket_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("actor_name", sa.String(length=100), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_ticket_events_tenant_id_tenants")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["tickets.id"],
            name=op.f("fk_ticket_events_ticket_id_tickets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_events")),
    )
    with op.batch_alter_table("ticket_events", schema=None) as batch_op:
        batch_op.create_index("ix_ticket_events_ticket", ["ticket_id", "created_at"], unique=False)

    op.create_table(
        "ticket_followups",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("ticket_id", sa.Uuid(), nullable=False),
        sa.Column("assignee_id", sa.Uuid(), nullable=True),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("done_by", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "outcome IS NULL OR outcome IN ('satisfied', 'unsatisfied', 'unreachable')",
            name=op.f("ck_ticket_followups_outcome"),
        ),
        sa.CheckConstraint(
            "status IN ('scheduled', 'done', 'cancelled')", name=op.f("ck_ticket_followups_status")
        ),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["users.id"], name=op.f("fk_ticket_followups_assignee_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["done_by"], ["users.id"], name=op.f("fk_ticket_followups_done_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_ticket_followups_tenant_id_tenants")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["tickets.id"],
            name=op.f("fk_ticket_followups_ticket_id_tickets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_followups")),
    )
    with op.batch_alter_table("ticket_followups", schema=None) as batch_op:
        batch_op.create_index(
            "ix_ticket_followups_assignee",
            ["tenant_id", "assignee_id", "status", "due_at"],
            unique=False,
        )

    op.create_table(
        "ticket_watchers",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("ticket_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_ticket_watchers_tenant_id_tenants")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["tickets.id"],
            name=op.f("fk_ticket_watchers_ticket_id_tickets"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_ticket_watchers_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("ticket_id", "user_id", name=op.f("pk_ticket_watchers")),
    )


def downgrade() -> None:
    op.drop_table("ticket_watchers")
    with op.batch_alter_table("ticket_followups", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_followups_assignee")

    op.drop_table("ticket_followups")
    with op.batch_alter_table("ticket_events", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_events_ticket")

    op.drop_table("ticket_events")
    with op.batch_alter_table("ticket_comments", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_comments_ticket")

    op.drop_table("ticket_comments")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index("ix_tickets_tenant_updated")
        batch_op.drop_index("ix_tickets_tenant_due")
        batch_op.drop_index("ix_tickets_tenant_category")
        batch_op.drop_index("ix_tickets_tenant_assignee")
        batch_op.drop_index("ix_tickets_conversation")
        batch_op.drop_index("ix_tickets_contact")

    op.drop_table("tickets")
    op.drop_table("ticket_types")
    op.drop_table("ticket_counters")
    with op.batch_alter_table("sla_policies", schema=None) as batch_op:
        batch_op.drop_index("ix_sla_policies_tenant_position")

    op.drop_table("sla_policies")

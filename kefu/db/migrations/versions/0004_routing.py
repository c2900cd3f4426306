"""Routing: agent states, skill groups, rules, lists, the queue, assignments.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 15:17:29.848828
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "routing_rules",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("conditions", sa.JSON(), nullable=False),
        sa.Column("action", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_routing_rules_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_routing_rules")),
    )
    with op.batch_alter_table("routing_rules", schema=None) as batch_op:
        batch_op.create_index("ix_routing_rules_tenant", ["tenant_id", "position"], unique=False)

    op.create_table(
        "routing_settings",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("policy", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_routing_settings_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("tenant_id", name=op.f("pk_routing_settings")),
    )
    op.create_table(
        "skill_groups",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("strategy", sa.String(length=16), nullable=False),
        sa.Column("last_agent_days", sa.Integer(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=True),
        sa.Column("business_hours", sa.JSON(), nullable=True),
        sa.Column("holidays", sa.JSON(), nullable=False),
        sa.Column("overflow_group_id", sa.Uuid(), nullable=True),
        sa.Column("overflow_after_seconds", sa.Integer(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "strategy IN ('least_load', 'round_robin', 'last_agent', 'proficiency')",
            name=op.f("ck_skill_groups_strategy"),
        ),
        sa.ForeignKeyConstraint(
            ["overflow_group_id"],
            ["skill_groups.id"],
            name=op.f("fk_skill_groups_overflow_group_id_skill_groups"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_skill_groups_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill_groups")),
        sa.UniqueConstraint("tenant_id", "name", name=op.f("uq_skill_groups_tenant_id_name")),
    )
    op.create_table(
        "agent_state_changes",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("changed_by", sa.String(length=16), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_agent_state_changes_tenant_id_tenants")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_agent_state_changes_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agent_state_changes")),
    )
    with op.batch_alter_table("agent_state_changes", schema=None) as batch_op:
        batch_op.create_index(
            "ix_agent_state_changes_user", ["tenant_id", "user_id", "started_at"], unique=False
        )

    op.create_table(
        "agent_states",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=True),
        sa.Column("max_concurrent", sa.Integer(), nullable=False),
        sa.Column("active", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_assigned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("wrap_up_until", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('offline', 'online', 'busy', 'break', 'wrap_up')",
            name=op.f("ck_agent_states_status"),
        ),
        sa.CheckConstraint("active >= 0", name=op.f("ck_agent_states_active")),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_agent_states_tenant_id_tenants")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_agent_states_user_id_users")
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_agent_states")),
    )
    with op.batch_alter_table("agent_states", schema=None) as batch_op:
        batch_op.create_index(
            "ix_agent_states_tenant_status", ["tenant_id", "status"], unique=False
        )

    op.create_table(
        "routing_list_entries",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("kind IN ('black', 'white')", name=op.f("ck_routing_list_entries_kind")),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_routing_list_entries_contact_id_contacts"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_routing_list_entries_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_routing_list_entries_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_routing_list_entries")),
        sa.UniqueConstraint(
            "tenant_id",
            "contact_id",
            "kind",
            name=op.f("uq_routing_list_entries_tenant_id_contact_id_kind"),
        ),
    )
    op.create_table(
        "skill_group_members",
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("proficiency", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "proficiency BETWEEN 1 AND 5", name=op.f("ck_skill_group_members_proficiency")
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["skill_groups.id"],
            name=op.f("fk_skill_group_members_group_id_skill_groups"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_skill_group_members_tenant_id_tenants")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_skill_group_members_user_id_users")
        ),
        sa.PrimaryKeyConstraint("group_id", "user_id", name=op.f("pk_skill_group_members")),
    )
    with op.batch_alter_table("skill_group_members", schema=None) as batch_op:
        batch_op.create_index("ix_skill_group_members_user", ["user_id"], unique=False)

    op.create_table(
        "conversation_assignments",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("conversation_id", sa.Uuid(), nullable=False),
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_conversation_assignments_contact_id_contacts"),
        ),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_conversation_assignments_conversation_id_conversations"),
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["skill_groups.id"],
            name=op.f("fk_conversation_assignments_group_id_skill_groups"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_conversation_assignments_tenant_id_tenants"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_conversation_assignments_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversation_assignments")),
    )
    with op.batch_alter_table("conversation_assignments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_conversation_assignments_contact",
            ["tenant_id", "contact_id", "assigned_at"],
            unique=False,
        )
        batch_op.create_index(
            "ix_conversation_assignments_open", ["conversation_id", "ended_at"], unique=False
        )

    op.create_table(
        "conversation_participants",
        sa.Column("conversation_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("invited_by", sa.Uuid(), nullable=True),
        sa.Column("joined_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("left_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_conversation_participants_conversation_id_conversations"),
        ),
        sa.ForeignKeyConstraint(
            ["invited_by"], ["users.id"], name=op.f("fk_conversation_participants_invited_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_conversation_participants_tenant_id_tenants"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_conversation_participants_user_id_users")
        ),
        sa.PrimaryKeyConstraint(
            "conversation_id", "user_id", name=op.f("pk_conversation_participants")
        ),
    )
    op.create_table(
        "queue_entries",
        sa.Column("conversation_id", sa.Uuid(), nullable=False),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=True),
        sa.Column("rank", sa.BigInteger(), nullable=False),
        sa.Column("head_start", sa.Integer(), nullable=False),
        sa.Column("enqueued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("agent_id", sa.Uuid(), nullable=True),
        sa.Column("preferred_agent_id", sa.Uuid(), nullable=True),
        sa.Column("overflow_to_id", sa.Uuid(), nullable=True),
        sa.Column("overflow_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("rule_id", sa.Uuid(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=True),
        sa.Column("expected_wait", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["users.id"], name=op.f("fk_queue_entries_agent_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_queue_entries_contact_id_contacts")
        ),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_queue_entries_conversation_id_conversations"),
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["skill_groups.id"], name=op.f("fk_queue_entries_group_id_skill_groups")
        ),
        sa.ForeignKeyConstraint(
            ["overflow_to_id"],
            ["skill_groups.id"],
            name=op.f("fk_queue_entries_overflow_to_id_skill_groups"),
        ),
        sa.ForeignKeyConstraint(
            ["preferred_agent_id"],
            ["users.id"],
            name=op.f("fk_queue_entries_preferred_agent_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["rule_id"], ["routing_rules.id"], name=op.f("fk_queue_entries_rule_id_routing_rules")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_queue_entries_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("conversation_id", name=op.f("pk_queue_entries")),
    )
    with op.batch_alter_table("queue_entries", schema=None) as batch_op:
        batch_op.create_index("ix_queue_entries_rank", ["tenant_id", "rank"], unique=False)

    op.create_table(
        "queue_targets",
        sa.Column("conversation_id", sa.Uuid(), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["queue_entries.conversation_id"],
            name=op.f("fk_queue_targets_conversation_id_queue_entries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["skill_groups.id"], name=op.f("fk_queue_targets_group_id_skill_groups")
        ),
        sa.PrimaryKeyConstraint("conversation_id", "group_id", name=op.f("pk_queue_targets")),
    )
    with op.batch_alter_table("queue_targets", schema=None) as batch_op:
        batch_op.create_index("ix_queue_targets_group", ["group_id"], unique=False)

    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("group_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("routed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_conversations_group_id_skill_groups"),
            "skill_groups",
            ["group_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_conversations_group_id_skill_groups"), type_="foreignkey"
        )
        batch_op.drop_column("routed_at")
        batch_op.drop_column("group_id")

    with op.batch_alter_table("queue_targets", schema=None) as batch_op:
        batch_op.drop_index("ix_queue_targets_group")

    op.drop_table("queue_targets")
    with op.batch_alter_table("queue_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_queue_entries_rank")

    op.drop_table("queue_entries")
    op.drop_table("conversation_participants")
    with op.batch_alter_table("conversation_assignments", schema=None) as batch_op:
        batch_op.drop_index("ix_conversation_assignments_open")
        batch_op.drop_index("ix_conversation_assignments_contact")

    op.drop_table("conversation_assignments")
    with op.batch_alter_table("skill_group_members", schema=None) as batch_op:
        batch_op.drop_index("ix_skill_group_members_user")

    op.drop_table("skill_group_members")
    op.drop_table("routing_list_entries")
    with op.batch_alter_table("agent_states", schema=None) as batch_op:
        batch_op.drop_index("ix_agent_states_tenant_status")

    op.drop_table("agent_states")
    with op.batch_alter_table("agent_state_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_agent_state_changes_user")

    op.drop_table("agent_state_changes")
    op.drop_table("skill_groups")
    op.drop_table("routing_settings")
    with op.batch_alter_table("routing_rules", schema=None) as batch_op:
        batch_op.drop_index("ix_routing_rules_tenant")

    op.drop_table("routing_rules")

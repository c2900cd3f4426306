"""Survey tables: per-tenant survey settings and one answered survey per conversation or ticket.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 13:00:37.975424
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "survey_settings",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_survey_settings_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("tenant_id", name=op.f("pk_survey_settings")),
    )
    op.create_table(
        "surveys",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("subject_type", sa.String(length=16), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("agent_id", sa.Uuid(), nullable=True),
        sa.Column("group_id", sa.Uuid(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("rating", sa.SmallInteger(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("invited_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("channel IN ('widget', 'link')", name=op.f("ck_surveys_channel")),
        sa.CheckConstraint(
            "subject_type IN ('conversation', 'ticket')", name=op.f("ck_surveys_subject_type")
        ),
        sa.CheckConstraint("rating BETWEEN 1 AND 5", name=op.f("ck_surveys_rating")),
        sa.ForeignKeyConstraint(["agent_id"], ["users.id"], name=op.f("fk_surveys_agent_id_users")),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_surveys_contact_id_contacts")
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["skill_groups.id"], name=op.f("fk_surveys_group_id_skill_groups")
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["org_units.id"],
            name=op.f("fk_surveys_team_id_org_units"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_surveys_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_surveys")),
        sa.UniqueConstraint(
            "subject_type", "subject_id", name=op.f("uq_surveys_subject_type_subject_id")
        ),
    )
    with op.batch_alter_table("surveys", schema=None) as batch_op:
        batch_op.create_index(
            "ix_surveys_tenant_agent", ["tenant_id", "agent_id", "answered_at"], unique=False
        )
        batch_op.create_index(
            "ix_surveys_tenant_answered", ["tenant_id", "answered_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("surveys", schema=None) as batch_op:
        batch_op.drop_index("ix_surveys_tenant_answered")
        batch_op.drop_index("ix_surveys_tenant_agent")

    op.drop_table("surveys")
    op.drop_table("survey_settings")

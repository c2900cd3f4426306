"""The bot: its settings per tenant, its turns in conversations, its stored question vectors.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 05:45:10.614203
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bot_settings",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_bot_settings_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("tenant_id", name=op.f("pk_bot_settings")),
    )
    op.create_table(
        "bot_vectors",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("model", sa.String(length=64), nullable=False),
        sa.Column("text_hash", sa.String(length=64), nullable=False),
        sa.Column("vector", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_bot_vectors_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("tenant_id", "model", "text_hash", name=op.f("pk_bot_vectors")),
    )
    op.create_table(
        "bot_turns",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("conversation_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("handover_reason", sa.String(length=16), nullable=True),
        sa.Column("entry_id", sa.Uuid(), nullable=True),
        sa.Column("score", sa.Double(), nullable=True),
        sa.Column("candidates", sa.JSON(), nullable=False),
        sa.Column("reply_message_id", sa.Uuid(), nullable=True),
        sa.Column("feedback", sa.String(length=8), nullable=True),
        sa.Column("feedback_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("review", sa.String(length=16), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "feedback IS NULL OR feedback IN ('up', 'down')", name=op.f("ck_bot_turns_feedback")
        ),
        sa.CheckConstraint(
            "handover_reason IS NULL OR handover_reason IN ('request', 'unanswered', 'anger', 'vip', 'unhelpful')",
            name=op.f("ck_bot_turns_handover_reason"),
        ),
        sa.CheckConstraint(
            "outcome IN ('direct', 'suggest', 'fallback', 'generated', 'handover')",
            name=op.f("ck_bot_turns_outcome"),
        ),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_bot_turns_conversation_id_conversations"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_bot_turns_tenant_id_tenants")
        ),
        sa.CheckConstraint(
            "review IS NULL OR review IN ('added', 'dismissed')", name=op.f("ck_bot_turns_review")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bot_turns")),
        sa.UniqueConstraint(
            "conversation_id", "seq", name=op.f("uq_bot_turns_conversation_id_seq")
        ),
    )
    with op.batch_alter_table("bot_turns", schema=None) as batch_op:
        batch_op.create_index("ix_bot_turns_reply", ["reply_message_id"], unique=False)
        batch_op.create_index(
            "ix_bot_turns_tenant_created", ["tenant_id", "created_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("bot_turns", schema=None) as batch_op:
        batch_op.drop_index("ix_bot_turns_tenant_created")
        batch_op.drop_index("ix_bot_turns_reply")

    op.drop_table("bot_turns")
    op.drop_table("bot_vectors")
    op.drop_table("bot_settings")

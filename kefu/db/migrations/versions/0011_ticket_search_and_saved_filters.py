"""Ticket search (FTS5 on SQLite, GIN on PostgreSQL) and saved ticket filters.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 14:03:26.663675
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

SQLITE_FTS = (
    "CREATE VIRTUAL TABLE ticket_search_fts USING fts5(body, content='ticket_search', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER ticket_search_ai AFTER INSERT ON ticket_search BEGIN "
    "INSERT INTO ticket_search_fts(rowid, body) VALUES (new.id, new.body); END",
    "CREATE TRIGGER ticket_search_ad AFTER DELETE ON ticket_search BEGIN "
    "INSERT INTO ticket_search_fts(ticket_search_fts, rowid, body) "
    "VALUES ('delete', old.id, old.body); END",
    "CREATE TRIGGER ticket_search_au AFTER UPDATE ON ticket_search BEGIN "
    "INSERT INTO ticket_search_fts(ticket_search_fts, rowid, body) "
    "VALUES ('delete', old.id, old.body); "
    "INSERT INTO ticket_search_fts(rowid, body) VALUES (new.id, new.body); END",
)


def upgrade() -> None:
    op.create_table(
        "ticket_views",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("filters", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["users.id"],
            name=op.f("fk_ticket_views_owner_id_users"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_ticket_views_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_views")),
    )
    with op.batch_alter_table("ticket_views", schema=None) as batch_op:
        batch_op.create_index(
            "ix_ticket_views_tenant_owner", ["tenant_id", "owner_id"], unique=False
        )

    op.create_table(
        "ticket_search",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("ticket_id", sa.Uuid(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["tickets.id"],
            name=op.f("fk_ticket_search_ticket_id_tickets"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_ticket_search_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_search")),
        sa.UniqueConstraint("ticket_id", name=op.f("uq_ticket_search_ticket_id")),
    )
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_column("search_text")
    with op.batch_alter_table("ticket_comments", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=16), nullable=False, server_default="comment")
        )
    if op.get_bind().dialect.name == "sqlite":
        # The body is pre-segmented: unicode61 splits at the spaces between words, and a
        # run of Han characters stays one token.
        for statement in SQLITE_FTS:
            op.execute(statement)
    else:
        op.execute(
            "CREATE INDEX ix_ticket_search_body ON ticket_search "
            "USING gin (to_tsvector('simple', body))"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # The triggers first: SQLite checks them whenever a table is renamed.
        for trigger in ("ticket_search_ai", "ticket_search_ad", "ticket_search_au"):
            op.execute(f"DROP TRIGGER {trigger}")
        op.execute("DROP TABLE ticket_search_fts")
    with op.batch_alter_table("ticket_comments", schema=None) as batch_op:
        batch_op.drop_column("kind")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_text", sa.Text(), nullable=False, server_default=""))

    op.drop_table("ticket_search")
    with op.batch_alter_table("ticket_views", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_views_tenant_owner")

    op.drop_table("ticket_views")

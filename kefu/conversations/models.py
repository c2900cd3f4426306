"""Conversation tables: conversations, messages, attachments, canned replies."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from kefu.core.clock import utcnow
from kefu.db.base import Base, IdMixin, TimestampMixin

STATUSES = ("bot", "queued", "open", "pending", "resolved", "closed")
ACTIVE_STATUSES = ("bot", "queued", "open", "pending")
_ACTIVE_SQL = "status IN ('bot', 'queued', 'open', 'pending')"


class Conversation(IdMixin, TimestampMixin, Base):
    __tablename__ = "conversations"
    __table_args__ = (
        CheckConstraint(f"status IN {STATUSES!r}", name="status"),
        # A customer has at most one active conversation per site: two tabs starting a
        # chat at once end up in the same conversation.
        Index(
            "uq_conversations_active_per_site",
            "contact_id",
            "site_id",
            unique=True,
            sqlite_where=text(_ACTIVE_SQL),
            postgresql_where=text(_ACTIVE_SQL),
        ),
        # An app's user (API channel, no site) has at most one active conversation too.
        Index(
            "uq_conversations_active_per_channel",
            "contact_id",
            "channel",
            unique=True,
            sqlite_where=text(f"site_id IS NULL AND {_ACTIVE_SQL}"),
            postgresql_where=text(f"site_id IS NULL AND {_ACTIVE_SQL}"),
        ),
        Index("ix_conversations_tenant_activity", "tenant_id", "last_activity_at"),
        Index("ix_conversations_tenant_status", "tenant_id", "status", "last_activity_at"),
        Index("ix_conversations_assignee", "tenant_id", "assignee_id"),
        Index("ix_conversations_contact", "contact_id"),
    )

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contacts.id"))
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id"))
    channel: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    # The skill group routing chose (None: any agent), and when it did: a queued conversation
    # not yet routed waits for its first customer message.
    group_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("skill_groups.id"))
    routed_at: Mapped[datetime | None]
    source_url: Mapped[str | None] = mapped_column(String(2048))
    referrer: Mapped[str | None] = mapped_column(String(2048))
    entry: Mapped[str | None] = mapped_column(String(100))
    campaign: Mapped[str | None] = mapped_column(String(100))
    device: Mapped[str | None] = mapped_column(String(16))
    language: Mapped[str | None] = mapped_column(String(16))
    prechat: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    customer_read_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    agent_read_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    last_message_preview: Mapped[str | None] = mapped_column(String(200))
    last_activity_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Set while the customer's latest message waits for an answer: the console's waiting time.
    waiting_since: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]


class Attachment(IdMixin, Base):
    """A file sent in a conversation or uploaded to a ticket."""

    __tablename__ = "attachments"
    __table_args__ = (
        CheckConstraint("conversation_id IS NOT NULL OR ticket_id IS NOT NULL", name="owner"),
    )

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    conversation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("conversations.id"), index=True
    )
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    uploaded_by: Mapped[str] = mapped_column(String(64))  # a sender reference
    name: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    storage_key: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Message(IdMixin, Base):
    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("conversation_id", "seq"),
        # Idempotent sending: one message per sender and client message id.
        UniqueConstraint("conversation_id", "sender_ref", "client_msg_id"),
        CheckConstraint("sender_type IN ('customer', 'agent', 'bot', 'system')", name="sender"),
        CheckConstraint("kind IN ('text', 'image', 'file', 'card')", name="kind"),
    )

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    conversation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("conversations.id"))
    seq: Mapped[int] = mapped_column(BigInteger)
    sender_type: Mapped[str] = mapped_column(String(16))
    sender_id: Mapped[uuid.UUID | None]
    sender_name: Mapped[str | None] = mapped_column(String(100))
    # "contact:<id>", "user:<id>", "api_key:<id>", "bot", "system": the idempotency scope.
    sender_ref: Mapped[str] = mapped_column(String(64))
    client_msg_id: Mapped[str | None] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16), default="text")
    body: Mapped[str] = mapped_column(Text, default="")
    private: Mapped[bool] = mapped_column(default=False)
    attachment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("attachments.id"))
    card: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CannedReply(IdMixin, TimestampMixin, Base):
    """A prepared answer: personal (an owner), for a team (an org unit), or for everyone."""

    __tablename__ = "canned_replies"
    __table_args__ = (Index("ix_canned_replies_tenant_owner", "tenant_id", "owner_id"),)

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    org_unit_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("org_units.id", ondelete="CASCADE")
    )
    shortcut: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(100))
    body: Mapped[str] = mapped_column(Text)

    @property
    def scope(self) -> str:
        if self.owner_id is not None:
            return "personal"
        return "team" if self.org_unit_id is not None else "everyone"

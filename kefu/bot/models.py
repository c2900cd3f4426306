"""Knowledge-base and bot tables: categories (a tree), FAQ entries, help articles and their
versions; the bot's settings, its turns in conversations and its stored question vectors."""

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
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from kefu.core.clock import utcnow
from kefu.db.base import Base, IdMixin, TimestampMixin


class KnowledgeCategory(IdMixin, TimestampMixin, Base):
    """A node of a tenant's category tree (``交易`` > ``开户``). Sibling names are unique;
    the service keeps that, as NULL parents make a unique constraint useless at the top."""

    __tablename__ = "kb_categories"
    __table_args__ = (Index("ix_kb_categories_tenant_parent", "tenant_id", "parent_id"),)

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("kb_categories.id"))
    name: Mapped[str] = mapped_column(String(50))


class FaqEntry(IdMixin, TimestampMixin, Base):
    """A frequently asked question: its standard question, the other ways people ask it
    (相似问), and the answer as sanitised HTML with a plain-text rendering beside it."""

    __tablename__ = "kb_entries"
    __table_args__ = (
        # ``question_key`` is the question normalised (NFKC, case-folded, spaces collapsed):
        # two entries cannot differ only by case or width.
        UniqueConstraint("tenant_id", "question_key"),
        UniqueConstraint("tenant_id", "external_id"),
        Index("ix_kb_entries_tenant_category", "tenant_id", "category_id"),
        CheckConstraint("version >= 1", name="version"),
    )

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    # An id given by an import or another system ("faq-001"); unique in the tenant.
    external_id: Mapped[str | None] = mapped_column(String(100))
    category_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("kb_categories.id"))
    question: Mapped[str] = mapped_column(String(500))
    question_key: Mapped[str] = mapped_column(String(500))
    similar: Mapped[list[str]] = mapped_column(JSON, default=list)
    answer_html: Mapped[str] = mapped_column(Text)
    answer_text: Mapped[str] = mapped_column(Text)
    # Empty: every channel.
    channels: Mapped[list[str]] = mapped_column(JSON, default=list)
    valid_from: Mapped[datetime | None]
    valid_until: Mapped[datetime | None]
    enabled: Mapped[bool] = mapped_column(default=True)
    version: Mapped[int] = mapped_column(default=1)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    updated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    # Question, similar questions and answer text, case-folded: what ``q`` searches.
    search_text: Mapped[str] = mapped_column(Text, default="")


class KnowledgeArticle(IdMixin, TimestampMixin, Base):
    """A help article: longer than an answer, read rather than matched."""

    __tablename__ = "kb_articles"
    __table_args__ = (
        Index("ix_kb_articles_tenant_category", "tenant_id", "category_id"),
        CheckConstraint("version >= 1", name="version"),
    )

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    category_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("kb_categories.id"))
    title: Mapped[str] = mapped_column(String(200))
    body_html: Mapped[str] = mapped_column(Text)
    body_text: Mapped[str] = mapped_column(Text)
    enabled: Mapped[bool] = mapped_column(default=True)
    version: Mapped[int] = mapped_column(default=1)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    updated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    search_text: Mapped[str] = mapped_column(Text, default="")


class KnowledgeVersion(IdMixin, Base):
    """One version of an entry or an article, as it was after a change (for a deletion: as
    it was before it). Kept after the entry is deleted, so "what did this answer say last
    week" has an answer; hence no foreign key to the entry."""

    __tablename__ = "kb_versions"
    __table_args__ = (
        UniqueConstraint("target_id", "version"),
        CheckConstraint("target_type IN ('entry', 'article')", name="target_type"),
        CheckConstraint("action IN ('create', 'update', 'delete', 'import')", name="action"),
        Index("ix_kb_versions_tenant_target", "tenant_id", "target_id", "version"),
    )

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    target_type: Mapped[str] = mapped_column(String(8))
    target_id: Mapped[uuid.UUID]
    version: Mapped[int]
    action: Mapped[str] = mapped_column(String(8))
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    actor_type: Mapped[str] = mapped_column(String(16))
    actor_id: Mapped[str | None] = mapped_column(String(64))
    actor_label: Mapped[str | None] = mapped_column(String(120))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)


class BotSettingsRow(TimestampMixin, Base):
    """A tenant's bot settings (``kefu.bot.settings.BotSettings``); defaults apply until an
    administrator saves them."""

    __tablename__ = "bot_settings"

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"), primary_key=True)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


TURN_OUTCOMES = ("direct", "suggest", "fallback", "generated", "handover")
HANDOVER_REASONS = ("request", "unanswered", "anger", "vip", "unhelpful")


class BotTurn(IdMixin, Base):
    """The bot's answer to one customer message: what it decided, on which entries, with
    what confidence, what it replied and how the customer rated it. One per customer
    message (``seq``), which makes answering idempotent across nodes; statistics and the
    mining of unanswered questions read these rows."""

    __tablename__ = "bot_turns"
    __table_args__ = (
        UniqueConstraint("conversation_id", "seq"),
        CheckConstraint(f"outcome IN {TURN_OUTCOMES!r}", name="outcome"),
        CheckConstraint(
            f"handover_reason IS NULL OR handover_reason IN {HANDOVER_REASONS!r}",
            name="handover_reason",
        ),
        CheckConstraint("feedback IS NULL OR feedback IN ('up', 'down')", name="feedback"),
        CheckConstraint("review IS NULL OR review IN ('added', 'dismissed')", name="review"),
        Index("ix_bot_turns_tenant_created", "tenant_id", "created_at"),
        Index("ix_bot_turns_reply", "reply_message_id"),
    )

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    conversation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("conversations.id"))
    seq: Mapped[int] = mapped_column(BigInteger)  # the customer message answered
    question: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(16))
    handover_reason: Mapped[str | None] = mapped_column(String(16))
    # The entry answered (direct, or cited by a generated answer); kept as a plain id so
    # that a deleted entry leaves its statistics behind.
    entry_id: Mapped[uuid.UUID | None]
    score: Mapped[float | None]
    # The best guesses: [{"entry_id", "question", "matched", "score"}], best first.
    candidates: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    reply_message_id: Mapped[uuid.UUID | None]
    feedback: Mapped[str | None] = mapped_column(String(8))
    feedback_at: Mapped[datetime | None]
    # What a knowledge-base editor did with an unanswered question: "added" (to an entry,
    # as a new one or a similar question) or "dismissed"; None: not reviewed yet.
    review: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class BotVector(Base):
    """A question's embedding, kept so that an index rebuilt after a restart reads its
    vectors instead of running the model again. Keyed by the text's hash and the model, so
    a question shared by two entries, or unchanged by an edit, is embedded once."""

    __tablename__ = "bot_vectors"

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"), primary_key=True)
    model: Mapped[str] = mapped_column(String(64), primary_key=True)
    text_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    vector: Mapped[bytes] = mapped_column(LargeBinary)  # float16, little-endian
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

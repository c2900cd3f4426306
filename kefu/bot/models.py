"""Knowledge-base tables: categories (a tree), FAQ entries, help articles, and the versions
of every entry and article."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
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

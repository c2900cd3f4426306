"""Ticket tables: types, SLA policies, tickets, their history, comments, watchers and
follow-ups."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from kefu.core.clock import utcnow
from kefu.db.base import Base, IdMixin, TimestampMixin

SOURCES = ("console", "conversation", "api", "leave_message", "email")
PRIORITY_SQL = "priority IN ('low', 'normal', 'high', 'urgent')"


class TicketType(IdMixin, TimestampMixin, Base):
    __tablename__ = "ticket_types"
    __table_args__ = (UniqueConstraint("tenant_id", "key"),)

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    key: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(50))
    name_en: Mapped[str | None] = mapped_column(String(50))
    fields: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    workflow: Mapped[dict[str, Any]] = mapped_column(JSON)
    follow_up: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)


class SlaPolicy(IdMixin, TimestampMixin, Base):
    """The first active policy by position that covers a ticket's type applies to it."""

    __tablename__ = "sla_policies"
    __table_args__ = (Index("ix_sla_policies_tenant_position", "tenant_id", "position"),)

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    name: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    rules: Mapped[dict[str, Any]] = mapped_column(JSON)
    # The business hours it counts in: {"timezone", "schedule", "holidays"}; None counts every hour.
    hours: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer, default=1)


class TicketCounter(Base):
    """The last ticket number of a tenant: numbers are short, sequential and never reused."""

    __tablename__ = "ticket_counters"

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"), primary_key=True)
    last: Mapped[int] = mapped_column(BigInteger, default=0)


class Ticket(IdMixin, TimestampMixin, Base):
    __tablename__ = "tickets"
    __table_args__ = (
        UniqueConstraint("tenant_id", "number"),
        CheckConstraint(PRIORITY_SQL, name="priority"),
        CheckConstraint(f"source IN {SOURCES!r}", name="source"),
        CheckConstraint(
            "category IN ('new', 'open', 'pending', 'solved', 'closed')", name="category"
        ),
        # The list's common orders and filters, each led by the tenant. A filter's index
        # ends with the list's whole order (updated_at, id): only then does SQLite read a
        # page of 50 from it in order instead of scanning the tenant's tickets by
        # ix_tickets_tenant_updated for matches (docs/benchmarks.md, "Tickets").
        Index("ix_tickets_tenant_updated", "tenant_id", "updated_at", "id"),
        Index("ix_tickets_tenant_created", "tenant_id", "created_at", "id"),
        Index("ix_tickets_tenant_category_updated", "tenant_id", "category", "updated_at", "id"),
        Index("ix_tickets_tenant_assignee_updated", "tenant_id", "assignee_id", "updated_at", "id"),
        Index("ix_tickets_tenant_contact_updated", "tenant_id", "contact_id", "updated_at", "id"),
        Index("ix_tickets_tenant_due", "tenant_id", "sla_due_at"),
        Index("ix_tickets_contact", "contact_id"),
        Index("ix_tickets_conversation", "conversation_id"),
    )

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    number: Mapped[int] = mapped_column(BigInteger)
    type_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ticket_types.id"))
    subject: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(30))
    category: Mapped[str] = mapped_column(String(16))
    priority: Mapped[str] = mapped_column(String(16), default="normal")
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("org_units.id"))
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))
    conversation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("conversations.id"))
    source: Mapped[str] = mapped_column(String(16))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_by: Mapped[str] = mapped_column(String(64))  # an actor reference
    # SLA: the policy applied, its clocks, and the next deadline (for lists and sorting).
    sla_policy_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sla_policies.id", ondelete="SET NULL")
    )
    sla: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    sla_due_at: Mapped[datetime | None]
    sla_breached: Mapped[bool] = mapped_column(Boolean, default=False)
    escalated_at: Mapped[datetime | None]
    first_responded_at: Mapped[datetime | None]
    solved_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1)


class TicketSearch(Base):
    """A ticket's words for full-text search: the segmented subject, description, field
    values and comments. An integer key of its own, because SQLite's FTS5 index (created by
    the migration, with PostgreSQL's GIN index on ``to_tsvector``) refers to rows by one."""

    __tablename__ = "ticket_search"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    ticket_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("tickets.id", ondelete="CASCADE"), unique=True
    )
    body: Mapped[str] = mapped_column(Text, default="")


class TicketView(IdMixin, TimestampMixin, Base):
    """A saved filter of the ticket list: a person's own, or shared with the tenant."""

    __tablename__ = "ticket_views"
    __table_args__ = (Index("ix_ticket_views_tenant_owner", "tenant_id", "owner_id"),)

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(50))
    filters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    position: Mapped[int] = mapped_column(Integer, default=0)


class TicketEvent(IdMixin, Base):
    """One change of a ticket, as its history shows it: who, when, what from and to."""

    __tablename__ = "ticket_events"
    __table_args__ = (Index("ix_ticket_events_ticket", "ticket_id", "created_at"),)

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(64))
    actor_name: Mapped[str | None] = mapped_column(String(100))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class TicketComment(IdMixin, Base):
    __tablename__ = "ticket_comments"
    __table_args__ = (Index("ix_ticket_comments_ticket", "ticket_id", "created_at"),)

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    author: Mapped[str] = mapped_column(String(64))
    author_name: Mapped[str | None] = mapped_column(String(100))
    body: Mapped[str] = mapped_column(Text)
    public: Mapped[bool] = mapped_column(Boolean, default=False)  # seen by the customer
    # "comment"; "transcript" (the conversation it was made from); "system" (a notice).
    kind: Mapped[str] = mapped_column(String(16), default="comment")
    attachment_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class TicketWatcher(Base):
    __tablename__ = "ticket_watchers"

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    ticket_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("tickets.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )


class FollowUp(IdMixin, TimestampMixin, Base):
    """A callback (回访) after a ticket is solved, and what the customer said."""

    __tablename__ = "ticket_followups"
    __table_args__ = (
        CheckConstraint("status IN ('scheduled', 'done', 'cancelled')", name="status"),
        CheckConstraint(
            "outcome IS NULL OR outcome IN ('satisfied', 'unsatisfied', 'unreachable')",
            name="outcome",
        ),
        Index("ix_ticket_followups_assignee", "tenant_id", "assignee_id", "status", "due_at"),
    )

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    due_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(16), default="scheduled")
    outcome: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    done_at: Mapped[datetime | None]
    done_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))

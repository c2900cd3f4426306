"""Routing tables: agent states, skill groups, rules, lists, the queue and assignments."""

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
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from kefu.core.clock import utcnow
from kefu.db.base import Base, IdMixin, TimestampMixin
from kefu.routing.board import STRATEGIES

AGENT_STATUSES = ("offline", "online", "busy", "break", "wrap_up")


class AgentState(Base):
    """An agent's current state and load. ``active`` counts the agent's open and pending
    conversations; every assignment raises it with a guarded UPDATE (``active <
    max_concurrent``), which is what keeps an agent within their maximum on any number of
    processes."""

    __tablename__ = "agent_states"
    __table_args__ = (
        CheckConstraint(f"status IN {AGENT_STATUSES!r}", name="status"),
        CheckConstraint("active >= 0", name="active"),
        Index("ix_agent_states_tenant_status", "tenant_id", "status"),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), primary_key=True)
    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    status: Mapped[str] = mapped_column(String(16), default="offline")
    reason: Mapped[str | None] = mapped_column(String(32))
    max_concurrent: Mapped[int] = mapped_column(default=5)
    active: Mapped[int] = mapped_column(default=0)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_assigned_at: Mapped[datetime | None]
    wrap_up_until: Mapped[datetime | None]


class AgentStateChange(IdMixin, Base):
    """One interval in a state: work-time statistics sum these."""

    __tablename__ = "agent_state_changes"
    __table_args__ = (Index("ix_agent_state_changes_user", "tenant_id", "user_id", "started_at"),)

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(String(32))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None]
    # "agent", "supervisor", "system" (wrap-up ended, disconnected): who changed it.
    changed_by: Mapped[str] = mapped_column(String(16), default="agent")


class RoutingSettings(TimestampMixin, Base):
    """A tenant's routing policy; defaults apply until an admin saves it."""

    __tablename__ = "routing_settings"

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"), primary_key=True)
    policy: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SkillGroup(IdMixin, TimestampMixin, Base):
    __tablename__ = "skill_groups"
    __table_args__ = (
        UniqueConstraint("tenant_id", "name"),
        CheckConstraint(f"strategy IN {STRATEGIES!r}", name="strategy"),
    )

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    name: Mapped[str] = mapped_column(String(100))
    strategy: Mapped[str] = mapped_column(String(16), default="least_load")
    last_agent_days: Mapped[int] = mapped_column(default=7)
    timezone: Mapped[str | None] = mapped_column(String(64))  # None: the tenant's
    # {"mon": [["09:00", "18:00"]], ...}; None: always open.
    business_hours: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # [{"date": "2026-10-01", "hours": [] | [["10:00", "16:00"]]}]
    holidays: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    overflow_group_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("skill_groups.id"))
    overflow_after_seconds: Mapped[int | None]


class SkillGroupMember(Base):
    __tablename__ = "skill_group_members"
    __table_args__ = (
        CheckConstraint("proficiency BETWEEN 1 AND 5", name="proficiency"),
        Index("ix_skill_group_members_user", "user_id"),
    )

    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("skill_groups.id"), primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), primary_key=True)
    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    proficiency: Mapped[int] = mapped_column(default=3)


class RoutingRule(IdMixin, TimestampMixin, Base):
    __tablename__ = "routing_rules"
    __table_args__ = (Index("ix_routing_rules_tenant", "tenant_id", "position"),)

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(100))
    enabled: Mapped[bool] = mapped_column(default=True)
    conditions: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    action: Mapped[dict[str, Any]] = mapped_column(JSON)


class ListEntry(IdMixin, Base):
    """A customer on the black list (refused) or the white list (skips the bot)."""

    __tablename__ = "routing_list_entries"
    __table_args__ = (
        UniqueConstraint("tenant_id", "contact_id", "kind"),
        CheckConstraint("kind IN ('black', 'white')", name="kind"),
    )

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contacts.id"))
    kind: Mapped[str] = mapped_column(String(8))
    note: Mapped[str | None] = mapped_column(String(500))
    expires_at: Mapped[datetime | None]
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class QueueEntry(Base):
    """A conversation waiting for an agent.

    ``rank`` orders the queue: the time it was queued, in milliseconds, minus its head start
    (its priority). A fixed key means a VIP is served as if they had waited longer, and
    nobody waits for ever behind a stream of later VIPs.
    """

    __tablename__ = "queue_entries"
    __table_args__ = (Index("ix_queue_entries_rank", "tenant_id", "rank"),)

    conversation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("conversations.id"), primary_key=True
    )
    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contacts.id"))
    # The group it queues in (its strategy applies; positions are counted in it).
    group_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("skill_groups.id"))
    rank: Mapped[int] = mapped_column(BigInteger)
    head_start: Mapped[int] = mapped_column(default=0)  # seconds
    enqueued_at: Mapped[datetime] = mapped_column(default=utcnow)
    # A named agent (a rule's "to agent", a transfer); None: any agent of the groups.
    agent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    preferred_agent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    # The group the overflow check looks at next, and when it is due.
    overflow_to_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("skill_groups.id"))
    overflow_at: Mapped[datetime | None]
    rule_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("routing_rules.id"))
    position: Mapped[int | None]  # last position told to the customer
    expected_wait: Mapped[int | None]  # seconds, last told


class QueueTarget(Base):
    """The groups whose agents may take a queued conversation (overflow adds more).
    No row: any agent of the tenant."""

    __tablename__ = "queue_targets"
    __table_args__ = (Index("ix_queue_targets_group", "group_id"),)

    conversation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("queue_entries.conversation_id", ondelete="CASCADE"), primary_key=True
    )
    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("skill_groups.id"), primary_key=True)


class Assignment(IdMixin, Base):
    """Who served a conversation, from when to when: "last agent" routing and handling
    times read it."""

    __tablename__ = "conversation_assignments"
    __table_args__ = (
        Index("ix_conversation_assignments_contact", "tenant_id", "contact_id", "assigned_at"),
        Index("ix_conversation_assignments_open", "conversation_id", "ended_at"),
        Index("ix_conversation_assignments_assigned", "tenant_id", "assigned_at"),
    )

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    conversation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("conversations.id"))
    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contacts.id"))
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    group_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("skill_groups.id"))
    # "routed", "claimed", "reply", "transfer", "supervisor", "reopened"
    reason: Mapped[str] = mapped_column(String(16))
    assigned_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None]
    # When it had joined the queue, for an assignment out of the queue: the wait that the
    # service level counts. None for a take that did not come from the queue.
    queued_at: Mapped[datetime | None]


class Participant(Base):
    """A colleague invited into a conversation (consult): they read and write in it."""

    __tablename__ = "conversation_participants"

    conversation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("conversations.id"), primary_key=True
    )
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), primary_key=True)
    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    invited_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    joined_at: Mapped[datetime] = mapped_column(default=utcnow)
    left_at: Mapped[datetime | None]

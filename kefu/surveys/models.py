"""Survey tables: each tenant's survey settings, and one answered survey per subject."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from kefu.core.clock import utcnow
from kefu.db.base import Base, IdMixin, TimestampMixin

SUBJECT_TYPES = ("conversation", "ticket")
CHANNELS = ("widget", "link")


class SurveySettingsRow(TimestampMixin, Base):
    """A tenant's survey settings (``kefu.surveys.settings.SurveySettings``); defaults
    apply until an administrator saves them."""

    __tablename__ = "survey_settings"

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"), primary_key=True)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Survey(IdMixin, Base):
    """A customer's answer about one conversation or ticket. The row is written when the
    customer answers (an invitation is a conversation's end or a signed link, never a row),
    and there is at most one per subject: a second answer is refused."""

    __tablename__ = "surveys"
    __table_args__ = (
        UniqueConstraint("subject_type", "subject_id"),
        CheckConstraint(f"subject_type IN {SUBJECT_TYPES!r}", name="subject_type"),
        CheckConstraint(f"channel IN {CHANNELS!r}", name="channel"),
        CheckConstraint("rating BETWEEN 1 AND 5", name="rating"),
        # The list's order and the reports' windows, each led by the tenant.
        Index("ix_surveys_tenant_answered", "tenant_id", "answered_at"),
        Index("ix_surveys_tenant_agent", "tenant_id", "agent_id", "answered_at"),
    )

    tenant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tenants.id"))
    subject_type: Mapped[str] = mapped_column(String(16))
    subject_id: Mapped[uuid.UUID]
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))
    # Who served the customer when the subject ended: a conversation's assignee and skill
    # group, a ticket's assignee and team, as far as known.
    agent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    group_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("skill_groups.id"))
    team_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("org_units.id", ondelete="SET NULL")
    )
    rating: Mapped[int] = mapped_column(SmallInteger)
    # Reason keys from the tenant's settings at the time of the answer.
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    comment: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(16), default="zh-CN")
    # When the subject ended (the invitation), and when the customer answered.
    invited_at: Mapped[datetime | None]
    answered_at: Mapped[datetime] = mapped_column(default=utcnow)

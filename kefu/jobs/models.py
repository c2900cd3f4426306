"""The table of scheduled jobs: a timer is a row until its task has run."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kefu.core.clock import utcnow
from kefu.db.base import Base, IdMixin


class ScheduledJob(IdMixin, Base):
    """One timer: a task ``kind`` to run at ``due_at`` for ``key``.

    A row is deleted in the same transaction as its task's effects, so a task runs to
    completion exactly once however many nodes restart around it. ``(kind, key)`` is unique:
    scheduling the same key again moves the timer instead of adding one.
    """

    __tablename__ = "scheduled_jobs"
    __table_args__ = (
        UniqueConstraint("kind", "key"),
        Index("ix_scheduled_jobs_due", "due_at"),
    )

    tenant_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("tenants.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(64))
    key: Mapped[str] = mapped_column(String(200))
    due_at: Mapped[datetime]
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # A node that claimed the job holds it until then; past it, another node may run it.
    locked_until: Mapped[datetime | None]
    # The claim's token: a run goes ahead only while the row still carries it, so a node
    # whose lease was taken over (or whose timer was moved meanwhile) does nothing.
    locked_by: Mapped[str | None] = mapped_column(String(32))
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

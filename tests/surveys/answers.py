"""Answered surveys written straight into the table, at chosen times, for the reports."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from kefu.surveys.models import Survey


def id_at(when: datetime) -> uuid.UUID:
    """A time-ordered id made at ``when``, as the row would have had if answered then."""
    ms = int(when.timestamp() * 1000)
    return uuid.UUID(int=(ms << 80) | (0x7 << 76) | (0x2 << 62) | uuid.uuid4().int % (1 << 62))


async def add_survey(
    session: AsyncSession,
    tenant_id: uuid.UUID,
    rating: int,
    answered_at: datetime,
    *,
    reasons: list[str] | None = None,
    comment: str = "",
    subject_type: str = "conversation",
    agent_id: uuid.UUID | None = None,
    group_id: uuid.UUID | None = None,
    channel: str = "widget",
) -> uuid.UUID:
    survey = Survey(
        id=id_at(answered_at),
        tenant_id=tenant_id,
        subject_type=subject_type,
        subject_id=uuid.uuid4(),
        rating=rating,
        reasons=reasons or [],
        comment=comment,
        channel=channel,
        agent_id=agent_id,
        group_id=group_id,
        invited_at=answered_at,
        answered_at=answered_at,
    )
    session.add(survey)
    await session.flush()
    return survey.id

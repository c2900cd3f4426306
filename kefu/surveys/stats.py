"""Survey statistics over whole days in the tenant's time zone: how many answers, their
average, CSAT (the share rated 4 or 5), the distribution of ratings, the reasons ticked
most, and a series per day. An answer belongs to the day it was given."""

from __future__ import annotations

import uuid
from collections import Counter
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.bot.period import Period, day_of, local_day
from kefu.surveys.config import SurveyConfig
from kefu.surveys.models import Survey
from kefu.surveys.schemas import (
    RatingCount,
    ReasonCount,
    SurveyDayOut,
    SurveyFilter,
    SurveyStatsOut,
)
from kefu.surveys.service import filters
from kefu.surveys.settings import POSITIVE_FROM, RATINGS, SurveySettings

TOP_REASONS = 10


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _mean(total: int, count: int) -> float | None:
    return round(total / count, 2) if count else None


class SurveyStats:
    def __init__(self, config: SurveyConfig) -> None:
        self._config = config

    async def report(
        self,
        session: AsyncSession,
        tenant_id: uuid.UUID,
        window: Period,
        where: SurveyFilter,
        top: int = TOP_REASONS,
    ) -> SurveyStatsOut:
        scope = (
            Survey.tenant_id == tenant_id,
            Survey.answered_at >= window.start,
            Survey.answered_at < window.end,
            *filters(where),
        )
        counts = dict.fromkeys(RATINGS, 0)
        rows = await session.execute(
            select(Survey.rating, func.count()).where(*scope).group_by(Survey.rating)
        )
        for rating, count in rows:
            counts[int(rating)] = int(count)
        total = sum(counts.values())
        satisfied = sum(n for rating, n in counts.items() if rating >= POSITIVE_FROM)
        commented = await session.scalar(select(func.count()).where(*scope, Survey.comment != ""))
        settings = await self._config.get(session, tenant_id)
        return SurveyStatsOut(
            since=window.since,
            until=window.until,
            timezone=window.zone.key,
            count=total,
            average=_mean(sum(r * n for r, n in counts.items()), total),
            csat=_share(satisfied, total),
            satisfied=satisfied,
            distribution=[RatingCount(rating=r, count=n) for r, n in counts.items()],
            rating_labels=[dict(labels) for labels in settings.rating_labels],
            reasons=list(settings.reasons),
            top_reasons=await self._reasons(session, scope, settings, top),
            with_comment=int(commented or 0),
            days=await self._days(session, window, scope),
        )

    @staticmethod
    async def _reasons(
        session: AsyncSession,
        scope: tuple[ColumnElement[bool], ...],
        settings: SurveySettings,
        top: int,
    ) -> list[ReasonCount]:
        """Reason lists are JSON: counted here rather than with each database's own JSON
        functions."""
        tally: Counter[str] = Counter()
        lists = await session.scalars(select(Survey.reasons).where(*scope))
        for keys in lists:
            tally.update(keys or ())
        out = []
        for key, count in tally.most_common(top):
            reason = settings.reason(key)
            out.append(
                ReasonCount(
                    key=key,
                    sentiment=reason.sentiment if reason else None,
                    label=dict(reason.label) if reason else {},
                    count=count,
                )
            )
        return out

    @staticmethod
    async def _days(
        session: AsyncSession, window: Period, scope: tuple[ColumnElement[bool], ...]
    ) -> list[SurveyDayOut]:
        """Answers, their rating sum and the satisfied ones per local day, every day listed."""
        tally: dict[int, list[int]] = {}
        happy: ColumnElement[Any] = case((Survey.rating >= POSITIVE_FROM, 1), else_=0)
        for piece in window.pieces():
            day = local_day(Survey.answered_at, piece.offset)
            rows = await session.execute(
                select(day, func.count(), func.sum(Survey.rating), func.sum(happy))
                .where(*scope, Survey.answered_at >= piece.start, Survey.answered_at < piece.end)
                .group_by(day)
            )
            for number, *sums in rows:
                totals = tally.setdefault(int(number), [0, 0, 0])
                for i, value in enumerate(sums):
                    totals[i] += int(value or 0)
        out = []
        for date in window.days:
            count, rating_sum, satisfied = tally.get((date - day_of(0)).days, [0, 0, 0])
            out.append(
                SurveyDayOut(
                    date=date,
                    count=count,
                    average=_mean(rating_sum, count),
                    csat=_share(satisfied, count),
                )
            )
        return out

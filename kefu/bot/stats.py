"""The bot's statistics over whole days in the tenant's time zone (docs/bot.md, "Bot
statistics"): how many customer messages it answered directly, suggested for or could not
answer, how often and why it handed over, how its answers were rated, how many of its
conversations ended without a person, the questions it most often missed, and a series
per day. Everything is counted by SQL aggregates over ``bot_turns``; a turn belongs to the
day it was answered.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import ColumnElement, case, distinct, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.bot.insights_schemas import BotStatsOut, DayOut, TopicOut
from kefu.bot.mining import Mining
from kefu.bot.models import HANDOVER_REASONS, TURN_OUTCOMES, BotTurn
from kefu.bot.period import Period, day_of, local_day
from kefu.conversations.models import Conversation

ANSWERED = ("direct", "generated")
TOP_TOPICS = 5


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


class BotStats:
    def __init__(self, mining: Mining) -> None:
        self._mining = mining

    async def report(
        self, session: AsyncSession, tenant_id: uuid.UUID, window: Period, top: int = TOP_TOPICS
    ) -> BotStatsOut:
        scope = (
            BotTurn.tenant_id == tenant_id,
            BotTurn.created_at >= window.start,
            BotTurn.created_at < window.end,
        )
        outcomes = dict.fromkeys(TURN_OUTCOMES, 0)
        reasons = dict.fromkeys(HANDOVER_REASONS, 0)
        feedback = {"up": 0, "down": 0}
        grouped = await session.execute(
            select(BotTurn.outcome, BotTurn.handover_reason, BotTurn.feedback, func.count())
            .where(*scope)
            .group_by(BotTurn.outcome, BotTurn.handover_reason, BotTurn.feedback)
        )
        for outcome, reason, rating, count in grouped:
            outcomes[outcome] = outcomes.get(outcome, 0) + count
            if outcome == "handover" and reason in reasons:
                reasons[reason] += count
            if rating in feedback:
                feedback[rating] += count
        turns = sum(outcomes.values())
        conversations = await self._count_conversations(session, scope)
        handed = await self._count_conversations(session, (*scope, BotTurn.outcome == "handover"))
        resolved = await self._resolved_by_bot(session, tenant_id, scope)
        answered = outcomes["direct"] + outcomes["generated"]
        rated = feedback["up"] + feedback["down"]
        mined = await self._mining.candidates(session, tenant_id, window.start, window.end, top)
        return BotStatsOut(
            since=window.since,
            until=window.until,
            timezone=window.zone.key,
            turns=turns,
            conversations=conversations,
            answered=answered,
            generated=outcomes["generated"],
            suggested=outcomes["suggest"],
            fallback=outcomes["fallback"],
            handovers=outcomes["handover"],
            answered_rate=_rate(answered, turns),
            suggested_rate=_rate(outcomes["suggest"], turns),
            fallback_rate=_rate(outcomes["fallback"], turns),
            handover_conversations=handed,
            handover_rate=_rate(handed, conversations),
            handover_reasons=reasons,
            resolved_by_bot=resolved,
            resolution_rate=_rate(resolved, conversations),
            helpful=feedback["up"],
            unhelpful=feedback["down"],
            helpful_rate=_rate(feedback["up"], rated),
            top_unanswered=[TopicOut(question=c.question, count=c.count) for c in mined.clusters],
            days=await self._days(session, tenant_id, window),
        )

    @staticmethod
    async def _count_conversations(
        session: AsyncSession, where: tuple[ColumnElement[bool], ...]
    ) -> int:
        query = select(func.count(distinct(BotTurn.conversation_id))).where(*where)
        return int(await session.scalar(query) or 0)

    @staticmethod
    async def _resolved_by_bot(
        session: AsyncSession, tenant_id: uuid.UUID, scope: tuple[ColumnElement[bool], ...]
    ) -> int:
        """The window's bot conversations that are resolved or closed, were never handed
        over by the bot and have no agent assigned: the bot finished them alone.

        A read-only join on ``conversations`` (status and assignee only): the
        conversations service reads one conversation at a time, and counting thousands
        through it would be one query each. Nothing is written.
        """
        handed_over = (
            select(BotTurn.id)
            .where(BotTurn.conversation_id == Conversation.id, BotTurn.outcome == "handover")
            .exists()
        )
        query = select(func.count()).where(
            Conversation.tenant_id == tenant_id,
            Conversation.id.in_(select(BotTurn.conversation_id).where(*scope)),
            Conversation.status.in_(("resolved", "closed")),
            Conversation.assignee_id.is_(None),
            ~handed_over,
        )
        return int(await session.scalar(query) or 0)

    @staticmethod
    async def _days(session: AsyncSession, tenant_id: uuid.UUID, window: Period) -> list[DayOut]:
        """Turns, answers and handovers per local day, every day of the window listed."""
        tally: dict[int, list[int]] = {}
        answered: ColumnElement[Any] = case((BotTurn.outcome.in_(ANSWERED), 1), else_=0)
        handover: ColumnElement[Any] = case((BotTurn.outcome == "handover", 1), else_=0)
        for piece in window.pieces():
            day = local_day(BotTurn.created_at, piece.offset)
            rows = await session.execute(
                select(day, func.count(), func.sum(answered), func.sum(handover))
                .where(
                    BotTurn.tenant_id == tenant_id,
                    BotTurn.created_at >= piece.start,
                    BotTurn.created_at < piece.end,
                )
                .group_by(day)
            )
            for number, *counts in rows:
                totals = tally.setdefault(int(number), [0, 0, 0])
                for i, count in enumerate(counts):
                    totals[i] += int(count or 0)
        out = []
        for date in window.days:
            number = (date - day_of(0)).days
            turns, answers, handovers = tally.get(number, [0, 0, 0])
            out.append(DayOut(date=date, turns=turns, answered=answers, handovers=handovers))
        return out

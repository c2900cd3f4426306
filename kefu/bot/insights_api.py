"""What the bot's turns teach over REST: its statistics, and the unanswered questions that
knowledge-base editors turn into FAQ entries or similar questions (docs/bot.md,
"Unanswered questions" and "Bot statistics")."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from kefu.bot.entries import entry_out
from kefu.bot.insights_schemas import (
    AddSimilarIn,
    AddSimilarOut,
    BotStatsOut,
    ReviewIn,
    ReviewOut,
    Since,
    UnansweredOut,
    Until,
)
from kefu.bot.period import read_period
from kefu.core.http import API_PREFIX
from kefu.identity.context import Context
from kefu.identity.deps import Authorize, ReadSessionDep, ServicesDep, SessionDep
from kefu.identity.permissions import Permission

router = APIRouter(prefix=API_PREFIX, tags=["bot"])

ReportsRead = Annotated[Context, Depends(Authorize(Permission.REPORTS_READ))]
KnowledgeManage = Annotated[Context, Depends(Authorize(Permission.KNOWLEDGE_MANAGE))]
Clusters = Annotated[int, Query(ge=1, le=100, description="Clusters at most.")]


@router.get("/bot/stats", response_model=BotStatsOut)
async def bot_stats(
    ctx: ReportsRead,
    svc: ServicesDep,
    session: ReadSessionDep,
    since: Since = None,
    until: Until = None,
) -> BotStatsOut:
    """Answer, suggestion, fallback, handover and resolution figures of at most 366 days,
    the most frequent unanswered questions, and a series per day."""
    window = await read_period(session, ctx.tenant_id, since, until)
    return await svc.bot_stats.report(session, ctx.tenant_id, window)


@router.get("/bot/unanswered", response_model=UnansweredOut)
async def unanswered(
    ctx: KnowledgeManage,
    svc: ServicesDep,
    session: ReadSessionDep,
    since: Since = None,
    until: Until = None,
    limit: Clusters = 20,
) -> UnansweredOut:
    """The questions the bot could not answer, grouped by meaning, largest group first,
    each with a proposal: a similar question of an existing entry, or a new entry."""
    window = await read_period(session, ctx.tenant_id, since, until)
    return await svc.mining.candidates(session, ctx.tenant_id, window.start, window.end, limit)


@router.post("/bot/unanswered/review", response_model=ReviewOut)
async def review_unanswered(
    body: ReviewIn, ctx: KnowledgeManage, svc: ServicesDep, session: SessionDep
) -> ReviewOut:
    """Mark turns ``added`` (after writing a new entry for them) or ``dismissed``."""
    reviewed = await svc.mining.review(session, ctx, body.turn_ids, body.action)
    return ReviewOut(reviewed=reviewed)


@router.post("/bot/unanswered/add-similar", response_model=AddSimilarOut)
async def add_similar(
    body: AddSimilarIn, ctx: KnowledgeManage, svc: ServicesDep, session: SessionDep
) -> AddSimilarOut:
    """Add ``question`` to an entry's similar questions and mark the turns added."""
    entry, reviewed = await svc.mining.add_similar(
        session, ctx, body.entry_id, body.question, body.turn_ids
    )
    return AddSimilarOut(entry=entry_out(entry), reviewed=reviewed)

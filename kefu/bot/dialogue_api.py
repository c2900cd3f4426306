"""The bot over REST: its settings, its turns in a conversation, and agent assist
(docs/bot.md, "The bot in a conversation"). The widget rates answers through
``POST /widget/{site}/feedback``."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends

from kefu.bot.dialogue_schemas import (
    AssistOut,
    BotSettingsOut,
    BotTurnOut,
    TryHit,
    TryIn,
    TryOut,
)
from kefu.bot.settings import BotSettings
from kefu.core.http import API_PREFIX
from kefu.identity.context import Context
from kefu.identity.deps import Authorize, ReadSessionDep, ServicesDep, SessionDep
from kefu.identity.permissions import Permission

router = APIRouter(prefix=API_PREFIX, tags=["bot"])

KnowledgeRead = Annotated[Context, Depends(Authorize(Permission.KNOWLEDGE_READ))]
KnowledgeManage = Annotated[Context, Depends(Authorize(Permission.KNOWLEDGE_MANAGE))]
ConversationsRead = Annotated[Context, Depends(Authorize(Permission.CONVERSATIONS_READ))]
Reply = Annotated[Context, Depends(Authorize(Permission.CONVERSATIONS_REPLY))]


@router.get("/bot/settings", response_model=BotSettingsOut)
async def get_settings(
    ctx: KnowledgeRead, svc: ServicesDep, session: ReadSessionDep
) -> BotSettingsOut:
    return BotSettingsOut.of(await svc.bot_config.get(session, ctx.tenant_id))


@router.put("/bot/settings", response_model=BotSettingsOut)
async def set_settings(
    body: BotSettings, ctx: KnowledgeManage, svc: ServicesDep, session: SessionDep
) -> BotSettingsOut:
    """Replace the settings; an empty ``generative.api_key`` keeps the stored key."""
    return BotSettingsOut.of(await svc.bot_config.set(session, ctx, body))


@router.post("/bot/try", response_model=TryOut)
async def try_bot(
    body: TryIn, ctx: KnowledgeRead, svc: ServicesDep, session: ReadSessionDep
) -> TryOut:
    """What the bot would answer to a question now, with the tenant's settings (试一试)."""
    settings = await svc.bot_config.get(session, ctx.tenant_id)
    handover, mood, hits, decision = await svc.dialogue.trial(
        settings, ctx.tenant_id, body.text, body.channel
    )
    ranked = [
        TryHit(
            entry_id=uuid.UUID(h.entry.id),
            question=h.entry.question,
            matched=h.question,
            score=round(h.score, 4),
            answer=h.entry.answer,
        )
        for h in hits
    ]
    return TryOut(
        handover=handover,
        mood=list(mood.signs),
        outcome=decision.outcome.value,
        hits=ranked,
        thresholds=settings.thresholds,
    )


@router.get("/conversations/{conversation_id}/bot-turns", response_model=list[BotTurnOut])
async def bot_turns(
    conversation_id: uuid.UUID, ctx: ConversationsRead, svc: ServicesDep, session: ReadSessionDep
) -> list[BotTurnOut]:
    """What the bot decided for each customer message, with its best guesses."""
    conversation = await svc.conversations.get(session, ctx, conversation_id)
    turns = await svc.dialogue.turns(session, conversation.id)
    return [BotTurnOut.model_validate(t) for t in turns]


@router.get("/conversations/{conversation_id}/assist", response_model=AssistOut)
async def assist(
    conversation_id: uuid.UUID, ctx: Reply, svc: ServicesDep, session: ReadSessionDep
) -> AssistOut:
    """Knowledge-base answers for the conversation's latest customer message."""
    conversation = await svc.conversations.get(session, ctx, conversation_id)
    seq, suggestions = await svc.assist.for_conversation(session, conversation)
    return AssistOut.model_validate({"seq": seq, "suggestions": suggestions})

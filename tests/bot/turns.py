"""Bot turns and the conversations they belong to, written straight to the database: the
tests of mining and statistics need histories the dialogue would take days to produce."""

from __future__ import annotations

import itertools
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kefu.bot.embedding import Embedder
from kefu.bot.mining import Mining
from kefu.bot.models import BotTurn
from kefu.bot.service import Bot
from kefu.contacts.models import Contact
from kefu.conversations.models import Conversation
from kefu.core.clock import utcnow
from kefu.services import Services

_seq = itertools.count(1)


async def add_conversation(
    session: AsyncSession,
    tenant_id: uuid.UUID,
    status: str = "bot",
    assignee_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """A conversation of a customer of its own (one active conversation per customer)."""
    contact = Contact(tenant_id=tenant_id, name="Customer")
    session.add(contact)
    await session.flush()
    conversation = Conversation(
        tenant_id=tenant_id,
        contact_id=contact.id,
        channel="api",
        status=status,
        assignee_id=assignee_id,
    )
    session.add(conversation)
    await session.flush()
    return conversation.id


async def add_turn(
    session: AsyncSession,
    tenant_id: uuid.UUID,
    conversation_id: uuid.UUID,
    question: str,
    outcome: str = "fallback",
    *,
    reason: str | None = None,
    at: datetime | None = None,
    **fields: Any,
) -> uuid.UUID:
    turn = BotTurn(
        tenant_id=tenant_id,
        conversation_id=conversation_id,
        seq=next(_seq),
        question=question,
        outcome=outcome,
        handover_reason=reason,
        created_at=at or utcnow(),
        **fields,
    )
    session.add(turn)
    await session.flush()
    return turn.id


def memo_mining(services: Services, embedder: Embedder) -> Mining:
    """The mining service over a bot index that embeds with ``embedder`` (the test
    session's memo of texts)."""
    bot = Bot(services.db, services.knowledge, services.bus, embedder=lambda: embedder)
    key = services.settings.effective_secret_key
    return Mining(key, bot, services.knowledge, services.bot_config)

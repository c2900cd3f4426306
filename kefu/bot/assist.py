"""Agent assist: for each customer message in a conversation with a person, the knowledge
base's best answers, pushed beside the conversation (``assist`` frames) and readable over
REST, so the agent sends one as it is or edits it first.

Best effort and off the message path: each node suggests for the messages it stored, one
question at a time, oldest first, embedding them on a thread of the lowest priority
(``kefu.core.spare``) so that a busy node's messages never wait for the CPU it uses. A
conversation whose customer writes faster than the bot can read keeps only its newest
question, and under overload a question that waited 30 s is dropped (at most 1,000 wait).
Nothing is stored: REST computes the suggestions for the latest customer message when asked.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.bot.service import Bot
from kefu.conversations.models import Conversation, Message
from kefu.core.background import BackgroundLoop
from kefu.core.bus import EventBus
from kefu.core.events import AssistSuggested, MessageCreated

log = logging.getLogger("kefu.bot")

SUGGESTIONS = 3
# Under more questions than a node can embed (~30 a second a core), the oldest wait: one
# that has waited this long is stale, the agent has read on, and it is dropped.
STALE_SECONDS = 30.0
MAX_PENDING = 1000
# Below the bot's default suggest band an entry is more likely to mislead than to help.
MIN_SCORE = 0.82
# Live suggestions for conversations a person answers; one waiting in the queue, possibly
# for the bot, gets them over REST when an agent opens it.
_HUMAN = ("open", "pending")


@dataclass(frozen=True, slots=True)
class _Ask:
    tenant_id: uuid.UUID
    channel: str
    seq: int
    text: str
    at: float  # the event loop's clock when asked


class Assist(BackgroundLoop):
    task_name = "kefu-assist"

    def __init__(self, bot: Bot, bus: EventBus) -> None:
        self._bot = bot
        self._bus = bus
        self._pending: dict[uuid.UUID, _Ask] = {}  # conversation -> its latest question
        self._wake = asyncio.Event()
        self._idle = asyncio.Event()
        self._idle.set()
        bus.subscribe(MessageCreated, self._on_message, relayed=False)

    async def _on_message(self, event: MessageCreated) -> None:
        message = event.message
        if event.private or event.status not in _HUMAN or message["kind"] != "text":
            return
        if message["sender"]["type"] != "customer" or not message["body"].strip():
            return
        self._pending.pop(event.conversation_id, None)  # its newest question goes last
        if len(self._pending) >= MAX_PENDING:
            del self._pending[next(iter(self._pending))]
        self._pending[event.conversation_id] = _Ask(
            event.tenant_id,
            event.channel,
            event.seq,
            message["body"],
            asyncio.get_running_loop().time(),
        )
        self._idle.clear()
        self._wake.set()

    async def settle(self) -> None:
        """Return once every question asked so far has its suggestions out (tests)."""
        await self._idle.wait()

    async def _run(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self._pending:
                conversation_id = next(iter(self._pending))
                ask = self._pending.pop(conversation_id)
                if asyncio.get_running_loop().time() - ask.at > STALE_SECONDS:
                    continue
                try:
                    await self._suggest(conversation_id, ask)
                except Exception:  # assist is a help, never a reason to fail
                    log.exception("agent assist failed", extra={"conv": str(conversation_id)})
            self._idle.set()

    async def _suggest(self, conversation_id: uuid.UUID, ask: _Ask) -> None:
        suggestions = await self.suggestions(ask.tenant_id, ask.text, ask.channel, spare=True)
        if suggestions:
            await self._bus.publish(
                [
                    AssistSuggested(
                        tenant_id=ask.tenant_id,
                        conversation_id=conversation_id,
                        seq=ask.seq,
                        suggestions=suggestions,
                    )
                ]
            )

    async def suggestions(
        self, tenant_id: uuid.UUID, text: str, channel: str | None, *, spare: bool = False
    ) -> list[dict[str, Any]]:
        """``spare``: for the live frames, embedded only with CPU the node leaves idle (an
        agent who asks over REST is waiting, the live stream is a help)."""
        hits = await self._bot.search(tenant_id, text, channel=channel, k=SUGGESTIONS, spare=spare)
        return [
            {
                "entry_id": hit.entry.id,
                "question": hit.entry.question,
                "answer": hit.entry.answer,
                "score": round(hit.score, 4),
            }
            for hit in hits
            if hit.score >= MIN_SCORE
        ]

    async def for_conversation(
        self, session: AsyncSession, conversation: Conversation
    ) -> tuple[int | None, list[dict[str, Any]]]:
        """The suggestions for the conversation's latest customer text message."""
        latest = (
            await session.execute(
                select(Message.seq, Message.body)
                .where(
                    Message.conversation_id == conversation.id,
                    Message.sender_type == "customer",
                    Message.kind == "text",
                    Message.private.is_(False),
                )
                .order_by(Message.seq.desc())
                .limit(1)
            )
        ).first()
        if latest is None:
            return None, []
        seq, body = latest
        return seq, await self.suggestions(conversation.tenant_id, body, conversation.channel)

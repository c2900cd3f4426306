"""What the bot says: its messages for one turn, and the note for the agent who takes a
conversation over."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kefu.bot.retrieval import FaqEntry, Hit
from kefu.bot.settings import BotSettings, Language, text
from kefu.conversations.participants import Sender
from kefu.conversations.schemas import Card, CardButton, MessageIn
from kefu.conversations.service import Conversations

BODY_MAX = 5000  # a message's limit (Settings.max_message_chars' default)
CARD_TEXT_MAX = 1000

_REASONS = {
    "request": ("客户要求转人工", "the customer asked for a person"),
    "unanswered": ("机器人多次未能回答", "the bot could not answer, repeatedly"),
    "anger": ("客户情绪激动", "the customer seems upset"),
    "vip": ("VIP 客户", "a VIP customer"),
    "unhelpful": ("客户认为回答没有帮助", "the customer found an answer unhelpful"),
}


def candidate(hit: Hit) -> dict[str, Any]:
    """A hit as a turn records it."""
    return {
        "entry_id": hit.entry.id,
        "question": hit.entry.question,
        "matched": hit.question,
        "score": round(hit.score, 4),
    }


def clip(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


def handover_note(
    language: Language,
    reason: str | None,
    question: str,
    signs: Sequence[str],
    guesses: Sequence[dict[str, Any]],
) -> str:
    """For the agent who takes over: why, the customer's words, the bot's guesses."""
    zh = language == "zh"
    why = _REASONS.get(reason or "", ("", ""))[0 if zh else 1]
    colon = "：" if zh else ": "
    lines = [
        f"{'机器人转人工' if zh else 'Handed over by the bot'}{colon}{why}",
        f"{'客户' if zh else 'Customer'}{colon}{clip(question, 300)}",
    ]
    if signs:
        lines.append(f"{'情绪' if zh else 'Mood'}{colon}{('、' if zh else ', ').join(signs)}")
    if guesses:
        lines.append("机器人的猜测：" if zh else "The bot's best guesses:")
        lines += [f"{i}. {g['question']} ({g['score']:.2f})" for i, g in enumerate(guesses, 1)]
    return "\n".join(lines)


class Speaker:
    """The bot's messages for one turn, each with a client id derived from the customer
    message it answers: a retried turn finds its earlier copies instead of repeating."""

    def __init__(
        self,
        conversations: Conversations,
        session: AsyncSession,
        conversation_id: uuid.UUID,
        settings: BotSettings,
        language: Language,
        seq: int,
        tag: str = "t",
    ) -> None:
        self._conversations = conversations
        self._session = session
        self._conversation_id = conversation_id
        self._settings = settings
        self._language = language
        self._prefix = f"bot-{seq}-{tag}"
        self._count = 0
        self._bot = Sender("bot", "bot", None, text(settings, "name", language))

    async def _send(self, draft: dict[str, Any], sender: Sender | None = None) -> uuid.UUID:
        self._count += 1
        message = MessageIn(client_msg_id=f"{self._prefix}{self._count}", **draft)
        sent = await self._conversations.send(
            self._session, self._conversation_id, sender or self._bot, message
        )
        return sent.message.id

    async def text(self, body: str) -> uuid.UUID:
        return await self._send({"body": clip(body, BODY_MAX)})

    async def card(self, card: Card, body: str) -> uuid.UUID:
        return await self._send({"kind": "card", "card": card, "body": clip(body, BODY_MAX)})

    async def answer(self, entry: FaqEntry | None, generated: str | None) -> uuid.UUID:
        """An answer with the customer's thumbs: an entry's, or one worded from entries."""
        body = clip(entry.answer if entry else generated or "", BODY_MAX)
        card = Card(
            title=clip(
                entry.question if entry else text(self._settings, "name", self._language), 100
            ),
            text=body if len(body) <= CARD_TEXT_MAX else None,
            buttons=[
                CardButton(
                    label=text(self._settings, "helpful", self._language),
                    action="feedback",
                    value="up",
                ),
                CardButton(
                    label=text(self._settings, "unhelpful", self._language),
                    action="feedback",
                    value="down",
                ),
            ],
        )
        return await self.card(card, body)

    async def offer_person(self, words: str) -> uuid.UUID:
        """``words`` with a button that asks for a person."""
        button = text(self._settings, "handover_button", self._language)
        card = Card(
            title=clip(text(self._settings, "name", self._language), 100),
            text=clip(words, CARD_TEXT_MAX),
            buttons=[CardButton(label=button, action="reply", value=button)],
        )
        return await self.card(card, words)

    async def note(self, body: str) -> uuid.UUID:
        """An internal note, for agents only."""
        system = Sender("system", "system", None, None)
        return await self._send({"body": clip(body, BODY_MAX), "private": True}, system)

"""The bot in conversations: it answers every customer message of a conversation routed to
it (status ``bot``), greets on its first turn, suggests when unsure, admits when it does not
know, and hands over to a person on request, after repeated misses, on anger, for VIPs,
or (if the tenant wants) when an answer was rated unhelpful (docs/bot.md, "The bot in a
conversation").

Each answer is one ``BotTurn`` per customer message, written with the bot's messages in
one transaction under the conversation's lock: a customer message is answered once, by
whichever node gets there first. The node that stored a customer message answers it;
a periodic sweep answers what a stopped node left, so a crash delays an answer and never
loses it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.bot.answer import Decision, Outcome, decide
from kefu.bot.config import BotConfig
from kefu.bot.generative import Generator, GroundedAnswer, Passage
from kefu.bot.handover import asks_for_person
from kefu.bot.models import BotTurn
from kefu.bot.mood import Mood, read_mood
from kefu.bot.replies import Speaker, candidate, clip, handover_note
from kefu.bot.retrieval import Hit
from kefu.bot.service import Bot
from kefu.bot.settings import BotSettings, Language, language_of, text
from kefu.bot.text import normalize
from kefu.contacts.models import Contact
from kefu.conversations.models import Conversation, Message
from kefu.conversations.schemas import Card, CardButton
from kefu.conversations.service import Conversations
from kefu.core.background import BackgroundLoop
from kefu.core.bus import EventBus
from kefu.core.clock import utcnow
from kefu.core.errors import Conflict, NotFound
from kefu.core.events import ConversationChanged, MessageCreated
from kefu.db.session import Database
from kefu.routing.service import Routing

log = logging.getLogger("kefu.bot")

_CONCURRENT = 4  # conversations answered at once per node (embedding runs in threads)
_BACKLOG = 20  # customer messages answered per conversation and pass


@dataclass(frozen=True, slots=True)
class Plan:
    """What the bot will do with one customer message."""

    outcome: str  # direct, suggest, fallback, generated, handover
    hits: tuple[Hit, ...] = ()  # the answer, the suggestions, or the best guesses
    reason: str | None = None  # a handover's
    generated: GroundedAnswer | None = None
    not_text: bool = False
    signs: tuple[str, ...] = ()  # what made the bot think the customer is angry

    @property
    def answered(self) -> bool:
        return self.outcome in ("direct", "generated")


@dataclass(slots=True)
class _State:
    """A conversation as the bot sees it before answering its waiting messages."""

    conversation: Conversation
    settings: BotSettings
    language: Language
    level: int
    turns: int  # turns taken so far
    unanswered: int  # turns in a row that answered nothing
    suggested: list[dict[str, Any]] = field(default_factory=list)  # the last turn's offer
    guesses: list[dict[str, Any]] = field(default_factory=list)  # the last best guesses
    waiting: list[Message] = field(default_factory=list)


class Dialogue(BackgroundLoop):
    task_name = "kefu-bot"

    def __init__(
        self,
        db: Database,
        bot: Bot,
        config: BotConfig,
        conversations: Conversations,
        routing: Routing,
        generator: Generator,
        bus: EventBus,
        tick_seconds: float,
    ) -> None:
        self._db = db
        self._bot = bot
        self._config = config
        self._conversations = conversations
        self._routing = routing
        self._generator = generator
        self._tick = tick_seconds
        self._pending: set[uuid.UUID] = set()
        self._wake = asyncio.Event()
        self._busy = asyncio.Lock()
        bus.subscribe(MessageCreated, self._on_message, relayed=False)
        bus.subscribe(ConversationChanged, self._on_conversation, relayed=False)

    # --- what wakes the bot -----------------------------------------------------------------

    async def _on_message(self, event: MessageCreated) -> None:
        customer = event.message["sender"]["type"] == "customer"
        if event.status == "bot" and customer and not event.private:
            self._want(event.conversation_id)

    async def _on_conversation(self, event: ConversationChanged) -> None:
        # Routed to the bot: the message that started the conversation waits for it.
        if event.conversation.get("status") == "bot":
            self._want(event.conversation_id)

    def _want(self, conversation_id: uuid.UUID) -> None:
        self._pending.add(conversation_id)
        self._wake.set()

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._tick
        while True:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(max(0.0, deadline - loop.time())):
                    await self._wake.wait()
            self._wake.clear()
            try:
                async with self._busy:
                    if loop.time() >= deadline:
                        deadline = loop.time() + self._tick
                        self._pending |= await self.missed()
                    await self._work()
            except Exception:  # the next sweep tries again
                log.exception("the bot's work failed")

    async def _work(self) -> None:
        gate = asyncio.Semaphore(_CONCURRENT)

        async def one(conversation_id: uuid.UUID) -> None:
            async with gate:
                try:
                    await self.answer(conversation_id)
                except Exception:
                    log.exception("the bot could not answer", extra={"conv": str(conversation_id)})

        while self._pending:
            pending, self._pending = self._pending, set()
            await asyncio.gather(*(one(c) for c in pending))

    async def settle(self) -> None:
        """Return once every customer message waiting for the bot is answered (tests)."""
        async with self._busy:
            self._pending |= await self.missed()
            await self._work()

    async def missed(self, limit: int = 200) -> set[uuid.UUID]:
        """Conversations with the bot whose latest customer message has no turn yet."""
        answered = (
            select(func.max(BotTurn.seq))
            .where(BotTurn.conversation_id == Conversation.id)
            .scalar_subquery()
        )
        asked = (
            select(func.max(Message.seq))
            .where(
                Message.conversation_id == Conversation.id,
                Message.sender_type == "customer",
                Message.private.is_(False),
            )
            .scalar_subquery()
        )
        async with self._db.read() as session:
            rows = await session.scalars(
                select(Conversation.id)
                .where(Conversation.status == "bot", asked > func.coalesce(answered, 0))
                .limit(limit)
            )
            return set(rows)

    # --- answering --------------------------------------------------------------------------

    async def answer(self, conversation_id: uuid.UUID) -> int:
        """Answer the conversation's customer messages that have no turn yet, in order;
        the number of turns taken."""
        async with self._db.read() as session:
            state = await self._state(session, conversation_id)
        if state is None:
            return 0
        taken = 0
        for message in state.waiting:
            plan = await self.plan(state, message)
            async with self._db.transaction() as session:
                if not await self._record(session, state, message, plan):
                    break  # no longer with the bot, or answered by another node
            taken += 1
            state.turns += 1
            state.unanswered = 0 if plan.answered else state.unanswered + 1
            state.suggested = [candidate(h) for h in plan.hits] if plan.outcome == "suggest" else []
            if plan.hits:
                state.guesses = [candidate(h) for h in plan.hits]
            if plan.outcome == "handover":
                break
        return taken

    async def _state(self, session: AsyncSession, conversation_id: uuid.UUID) -> _State | None:
        conversation = await session.get(Conversation, conversation_id)
        if conversation is None or conversation.status != "bot":
            return None
        turns = list(
            await session.scalars(
                select(BotTurn)
                .where(BotTurn.conversation_id == conversation_id)
                .order_by(BotTurn.seq)
            )
        )
        last_seq = turns[-1].seq if turns else 0
        waiting = list(
            await session.scalars(
                select(Message)
                .where(
                    Message.conversation_id == conversation_id,
                    Message.seq > last_seq,
                    Message.sender_type == "customer",
                    Message.private.is_(False),
                )
                .order_by(Message.seq)
                .limit(_BACKLOG)
            )
        )
        if not waiting:
            return None
        contact = await session.get(Contact, conversation.contact_id)
        unanswered = 0
        for turn in reversed(turns):
            if turn.outcome in ("direct", "generated"):
                break
            unanswered += 1
        guesses = next((t.candidates for t in reversed(turns) if t.candidates), [])
        return _State(
            conversation=conversation,
            settings=await self._config.get(session, conversation.tenant_id),
            language=language_of(conversation.language),
            level=contact.level if contact else 0,
            turns=len(turns),
            unanswered=unanswered,
            suggested=list(turns[-1].candidates)
            if turns and turns[-1].outcome == "suggest"
            else [],
            guesses=list(guesses),
            waiting=waiting,
        )

    async def plan(self, state: _State, message: Message) -> Plan:
        """What to do with ``message``; reads the index, writes nothing."""
        settings = state.settings
        question = message.body.strip()
        if message.kind != "text" or not question:
            return self._miss(state, Plan("fallback", not_text=True))
        if settings.handover_level is not None and state.level >= settings.handover_level:
            return Plan("handover", await self._search(state, question), reason="vip")
        if asks_for_person(question, settings.handover_words, settings.handover_phrases):
            return Plan("handover", reason="request")
        mood = read_mood(question) if settings.handover_on_anger else None
        if mood is not None and mood.angry:
            hits = await self._search(state, question)
            return Plan("handover", hits, reason="anger", signs=mood.signs)
        chosen = await self._chosen(state, question)
        if chosen is not None:
            return Plan("direct", (chosen,))
        hits = await self._search(state, question)
        decision = decide(hits, settings.thresholds)
        if decision.outcome is Outcome.DIRECT:
            return Plan("direct", decision.hits)
        generated = await self._generate(state, question, hits)
        if generated is not None:
            return generated
        if decision.outcome is Outcome.SUGGEST:
            return self._miss(state, Plan("suggest", decision.hits))
        return self._miss(state, Plan("fallback", tuple(hits)))

    def _miss(self, state: _State, plan: Plan) -> Plan:
        """An unanswered turn; the one that reaches the tenant's limit hands over."""
        limit = state.settings.handover_after_unanswered
        if limit and state.unanswered + 1 >= limit:
            return Plan("handover", plan.hits, reason="unanswered")
        return plan

    async def _search(self, state: _State, question: str) -> tuple[Hit, ...]:
        conversation = state.conversation
        hits = await self._bot.search(
            conversation.tenant_id,
            question,
            channel=conversation.channel,
            k=max(3, state.settings.thresholds.max_suggestions),
        )
        return tuple(hits)

    async def _chosen(self, state: _State, question: str) -> Hit | None:
        """The entry whose suggestion the customer picked (the button sends its question)."""
        key = normalize(question)
        for offered in state.suggested:
            if normalize(str(offered["question"])) == key:
                index = await self._bot.index(state.conversation.tenant_id)
                entry = index.get(str(offered["entry_id"]))
                if entry is not None and entry.available(state.conversation.channel, utcnow()):
                    return Hit(entry, float(offered["score"]), entry.question, 1.0, 1.0)
        return None

    async def _generate(self, state: _State, question: str, hits: Sequence[Hit]) -> Plan | None:
        config = state.settings.generative
        if not config.enabled or not hits:
            return None
        floor = state.settings.thresholds.suggest - 0.05  # passages too far off mislead
        passages = [
            Passage(h.entry.id, h.entry.question, h.entry.answer)
            for h in hits[: config.max_passages]
            if h.score >= floor
        ]
        if not passages:
            return None
        answer = await self._generator.answer(question, passages, config, state.language)
        if answer is None:
            return None
        cited = [h for h in hits if h.entry.id in answer.cited]
        return Plan("generated", tuple(cited), generated=answer)

    # --- writing a turn ---------------------------------------------------------------------

    async def _record(
        self, session: AsyncSession, state: _State, message: Message, plan: Plan
    ) -> bool:
        conversation = await self._conversations.lock(session, state.conversation.id)
        if conversation.status != "bot":
            return False
        done = await session.scalar(
            select(BotTurn.id).where(
                and_(BotTurn.conversation_id == conversation.id, BotTurn.seq == message.seq)
            )
        )
        if done is not None:
            return False
        say = Speaker(
            self._conversations,
            session,
            conversation.id,
            state.settings,
            state.language,
            message.seq,
        )
        # The bot has read what it answers: the customer sees 已读 beside their message.
        await self._conversations.mark_read(session, conversation, "agent", message.seq)
        if state.turns == 0 and plan.outcome != "handover":
            await say.text(text(state.settings, "greeting", state.language))
        reply = await self._reply(say, state, plan)
        best = plan.hits[0] if plan.hits else None
        session.add(
            BotTurn(
                tenant_id=conversation.tenant_id,
                conversation_id=conversation.id,
                seq=message.seq,
                question=message.body[:2000],
                outcome=plan.outcome,
                handover_reason=plan.reason,
                entry_id=uuid.UUID(best.entry.id) if best and plan.answered else None,
                score=best.score if best else None,
                candidates=[candidate(h) for h in plan.hits]
                or (state.guesses if plan.outcome == "handover" else []),
                reply_message_id=reply,
            )
        )
        if plan.outcome == "handover":
            await self._hand_over(session, say, state, plan, message.body)
        return True

    async def _hand_over(
        self, session: AsyncSession, say: Speaker, state: _State, plan: Plan, question: str
    ) -> None:
        """The note for the agent, then routing to the bot rule's group."""
        guesses = [candidate(h) for h in plan.hits] or state.guesses
        await say.note(handover_note(state.language, plan.reason, question, plan.signs, guesses))
        await session.flush()
        await self._routing.route(session, state.conversation.id, handover=True)

    async def _reply(self, say: Speaker, state: _State, plan: Plan) -> uuid.UUID | None:
        t = state.settings
        lang = state.language
        if plan.outcome == "direct":
            return await say.answer(plan.hits[0].entry, None)
        if plan.outcome == "generated":
            assert plan.generated is not None
            return await say.answer(None, plan.generated.text)
        if plan.outcome == "suggest":
            buttons = [
                CardButton(
                    label=clip(h.entry.question, 40), action="reply", value=h.entry.question[:500]
                )
                for h in plan.hits[:6]
            ]
            card = Card(title=clip(text(t, "suggest_prompt", lang), 100), buttons=buttons)
            body = "\n".join(
                [text(t, "suggest_prompt", lang)] + [f"- {h.entry.question}" for h in plan.hits]
            )
            return await say.card(card, body)
        if plan.outcome == "fallback":
            return await say.offer_person(
                text(t, "not_text" if plan.not_text else "fallback", lang)
            )
        return await say.text(text(t, "handover_message", lang))

    # --- feedback ---------------------------------------------------------------------------

    async def feedback(
        self,
        session: AsyncSession,
        conversation_id: uuid.UUID,
        message_id: uuid.UUID,
        helpful: bool,
    ) -> BotTurn:
        """The customer rates one of the bot's answers; the first "not helpful" while the
        bot still answers gets an apology (and a person, if the tenant wants)."""
        conversation = await self._conversations.lock(session, conversation_id)
        turn = await session.scalar(
            select(BotTurn).where(
                BotTurn.conversation_id == conversation_id,
                BotTurn.reply_message_id == message_id,
            )
        )
        if turn is None or turn.outcome not in ("direct", "generated"):
            raise NotFound("No answer of the bot with this id.", code="answer_not_found")
        if conversation.status == "closed":
            raise Conflict("The conversation is closed.", code="conversation_closed")
        first_down = not helpful and turn.feedback != "down"
        turn.feedback, turn.feedback_at = ("up" if helpful else "down"), utcnow()
        if first_down and conversation.status == "bot":
            await self._unhelpful(session, conversation, turn)
        return turn

    async def _unhelpful(
        self, session: AsyncSession, conversation: Conversation, turn: BotTurn
    ) -> None:
        settings = await self._config.get(session, conversation.tenant_id)
        language = language_of(conversation.language)
        state = _State(
            conversation,
            settings,
            language,
            level=0,
            turns=1,
            unanswered=1,
            guesses=list(turn.candidates),
        )
        say = Speaker(
            self._conversations, session, conversation.id, settings, language, turn.seq, "down"
        )
        if settings.handover_on_unhelpful:
            plan = Plan("handover", reason="unhelpful")
            await say.text(text(settings, "handover_message", language))
            await self._hand_over(session, say, state, plan, turn.question)
        else:
            await say.offer_person(text(settings, "unhelpful_reply", language))

    async def trial(
        self, settings: BotSettings, tenant_id: uuid.UUID, question: str, channel: str | None
    ) -> tuple[str | None, Mood, list[Hit], Decision]:
        """What the bot would do with ``question`` now, outside any conversation (the
        console's 试一试): whether it hands over, the customer's mood, the best entries and
        the decision on them."""
        handover = None
        mood = read_mood(question)
        if asks_for_person(question, settings.handover_words, settings.handover_phrases):
            handover = "request"
        elif settings.handover_on_anger and mood.angry:
            handover = "anger"
        k = max(3, settings.thresholds.max_suggestions)
        hits = await self._bot.search(tenant_id, question, channel=channel, k=k)
        return handover, mood, hits, decide(hits, settings.thresholds)

    async def turns(self, session: AsyncSession, conversation_id: uuid.UUID) -> list[BotTurn]:
        return list(
            await session.scalars(
                select(BotTurn)
                .where(BotTurn.conversation_id == conversation_id)
                .order_by(BotTurn.seq)
            )
        )

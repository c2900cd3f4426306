"""Unanswered-question mining: the questions the bot could not answer, grouped by meaning
and offered to knowledge-base editors as new FAQ entries or new similar questions of an
existing one (docs/bot.md, "Unanswered questions").

A turn counts as unanswered when the bot suggested (``suggest``) or admitted it did not
know (``fallback``), or handed over because it kept missing (``unanswered``), because the
customer was upset (``anger``: the message usually still says what went wrong) or found an
answer unhelpful (``unhelpful``). A handover on request counts only for what the message
says besides the request ("转人工，退款还没到账" counts as "退款还没到账"; "转人工" alone does
not). VIP handovers do not count: the bot did not try. Reviewed turns (``added``,
``dismissed``) are left out.

At most the newest ``MAX_TURNS`` such turns of the window are read. Their questions are
normalised, embedded with the bot index's own model in a worker thread (the process-wide
embedder remembers recent texts, among them the questions the bot was just asked), and
grouped by greedy leader clustering: most frequent wording first, each joins the most
similar leader at cosine ``CLUSTER_SIMILARITY`` or more, or leads a cluster of its own.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import anyio
import numpy as np
from sqlalchemy import and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.bot import schemas
from kefu.bot.config import BotConfig
from kefu.bot.embedding import Embedder, Vectors
from kefu.bot.entries import unique_similar
from kefu.bot.insights_schemas import ClusterOut, ProposalOut, ReviewAction, UnansweredOut
from kefu.bot.knowledge import Knowledge
from kefu.bot.models import BotTurn, FaqEntry
from kefu.bot.retrieval import FaqIndex, Query
from kefu.bot.service import Bot
from kefu.bot.settings import BotSettings
from kefu.bot.text import normalize
from kefu.core.errors import Invalid, NotFound
from kefu.identity.context import Context
from kefu.identity.service.audit import Audited

MAX_TURNS = 5000
# Chosen on the dev queries (docs/bot.md): 0.93 keeps paraphrases together and most
# different questions apart in both languages; E5 cosines of unrelated questions reach 0.85.
CLUSTER_SIMILARITY = 0.93
# The nearest entry's fused score (the bot's confidence) from which the cluster is offered
# as its similar question; below it, as a new entry. Above the bot's own ``direct`` (0.86):
# a wrong similar question makes the bot answer it wrongly, with confidence.
SIMILAR_SCORE = 0.88
SAMPLES = 5
UNANSWERED_OUTCOMES = ("fallback", "suggest")
MINED_HANDOVERS = ("unanswered", "anger", "unhelpful", "request")
_EMBEDDED_CHARS = 200  # of a question: a long message costs ~2 ms of CPU per token
_MIN_REST = 4  # letters, digits or Han characters a request must carry besides itself
_CHUNK = 500  # ids per IN (...)

_NOT_WORD = re.compile(r"[\W_]+")
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")


@dataclass(frozen=True, slots=True)
class _Asked:
    id: uuid.UUID
    question: str  # as the customer wrote it, trimmed, at most a question's length
    at: datetime


def _chunks(ids: Sequence[uuid.UUID]) -> Iterable[Sequence[uuid.UUID]]:
    return (ids[i : i + _CHUNK] for i in range(0, len(ids), _CHUNK))


def mined_text(question: str, reason: str | None, settings: BotSettings) -> str | None:
    """What is clustered of a turn's question: normalised, a request for a person taken
    out; None when nothing worth reading is left."""
    text = normalize(question)
    if reason == "request":
        for phrase in sorted({normalize(p) for p in settings.handover_phrases}, key=len)[::-1]:
            text = text.replace(phrase, " ")
        key = _NOT_WORD.sub("", text)
        if len(key) < _MIN_REST or any(
            key == _NOT_WORD.sub("", normalize(w)) for w in settings.handover_words
        ):
            return None
        text = " ".join(_EDGES.sub("", text).split())
    if not _NOT_WORD.sub("", text):
        return None
    return text[:_EMBEDDED_CHARS]


def leader_clusters(vectors: Vectors, threshold: float) -> list[list[int]]:
    """Greedy leader clustering of unit vectors, in their order: each row joins the
    cluster whose leader (first row) is most similar, at ``threshold`` or more, or leads
    a new one. Deterministic; every member is within ``threshold`` of its leader."""
    leaders = np.zeros_like(vectors)
    clusters: list[list[int]] = []
    for row, vector in enumerate(vectors):
        if clusters:
            similarity = leaders[: len(clusters)] @ vector
            best = int(np.argmax(similarity))
            if similarity[best] >= threshold:
                clusters[best].append(row)
                continue
        leaders[len(clusters)] = vector
        clusters.append([row])
    return clusters


def _embed_and_cluster(embedder: Embedder, texts: list[str]) -> tuple[Vectors, list[list[int]]]:
    vectors = embedder.embed(texts)
    return vectors, leader_clusters(vectors, CLUSTER_SIMILARITY)


class Mining(Audited):
    def __init__(self, secret_key: str, bot: Bot, knowledge: Knowledge, config: BotConfig) -> None:
        super().__init__(secret_key)
        self._bot = bot
        self._knowledge = knowledge
        self._config = config

    async def _unanswered(
        self, session: AsyncSession, tenant_id: uuid.UUID, since: datetime, until: datetime
    ) -> tuple[dict[str, list[_Asked]], int, bool]:
        """The window's unreviewed unanswered turns, newest first, by mined text; how
        many there are; whether there were more than were read."""
        rows = (
            await session.execute(
                select(BotTurn.id, BotTurn.question, BotTurn.handover_reason, BotTurn.created_at)
                .where(
                    BotTurn.tenant_id == tenant_id,
                    BotTurn.created_at >= since,
                    BotTurn.created_at < until,
                    BotTurn.review.is_(None),
                    or_(
                        BotTurn.outcome.in_(UNANSWERED_OUTCOMES),
                        and_(
                            BotTurn.outcome == "handover",
                            BotTurn.handover_reason.in_(MINED_HANDOVERS),
                        ),
                    ),
                )
                .order_by(BotTurn.created_at.desc(), BotTurn.id.desc())
                .limit(MAX_TURNS + 1)
            )
        ).all()
        truncated = len(rows) > MAX_TURNS
        rows = rows[:MAX_TURNS]
        settings = await self._config.get(session, tenant_id)
        by_text: dict[str, list[_Asked]] = defaultdict(list)
        for row in rows:
            text = mined_text(row.question, row.handover_reason, settings)
            if text is not None:
                question = row.question.strip()[: schemas.MAX_QUESTION]
                by_text[text].append(_Asked(row.id, question, row.created_at))
        return by_text, sum(len(asked) for asked in by_text.values()), truncated

    async def candidates(
        self,
        session: AsyncSession,
        tenant_id: uuid.UUID,
        since: datetime,
        until: datetime,
        limit: int = 20,
    ) -> UnansweredOut:
        """The unanswered questions asked in ``[since, until)``, grouped by meaning, the
        ``limit`` largest groups first, each with a proposal."""
        by_text, read, truncated = await self._unanswered(session, tenant_id, since, until)
        out = UnansweredOut(since=since, until=until, turns=read, truncated=truncated, clusters=[])
        if not by_text:
            return out
        # Most frequent wording first, then the most recently asked: it leads its cluster.
        texts = sorted(by_text, key=lambda t: (-len(by_text[t]), -by_text[t][0].at.timestamp(), t))
        index = await self._bot.index(tenant_id)
        vectors, groups = await anyio.to_thread.run_sync(_embed_and_cluster, index.embedder, texts)
        members = [[a for i in group for a in by_text[texts[i]]] for group in groups]
        # Largest first, then the most recently asked, then the leader's text.
        order = sorted(
            range(len(groups)),
            key=lambda c: (-len(members[c]), -max(a.at for a in members[c]).timestamp(), c),
        )[:limit]
        for c in order:
            leader = groups[c][0]
            proposal = _propose(index, texts[leader], vectors[leader])
            out.clusters.append(_cluster([texts[i] for i in groups[c]], by_text, proposal))
        return out

    # --- reviewing --------------------------------------------------------------------------

    async def _check_turns(
        self, session: AsyncSession, ctx: Context, turn_ids: Sequence[uuid.UUID]
    ) -> list[uuid.UUID]:
        ids = list(dict.fromkeys(turn_ids))
        if not ids:
            raise Invalid("Name at least one turn.", code="no_turns", details={"field": "turn_ids"})
        found: set[uuid.UUID] = set()
        for chunk in _chunks(ids):
            found.update(
                await session.scalars(
                    select(BotTurn.id).where(
                        BotTurn.tenant_id == ctx.tenant_id, BotTurn.id.in_(chunk)
                    )
                )
            )
        missing = [str(i) for i in ids if i not in found]
        if missing:
            raise Invalid(
                "Some turns do not exist in the tenant.",
                code="unknown_turns",
                details={"field": "turn_ids", "count": len(missing), "turn_ids": missing[:20]},
            )
        return ids

    async def _mark(
        self, session: AsyncSession, ctx: Context, ids: list[uuid.UUID], action: ReviewAction
    ) -> int:
        for chunk in _chunks(ids):
            await session.execute(
                update(BotTurn)
                .where(BotTurn.tenant_id == ctx.tenant_id, BotTurn.id.in_(chunk))
                .values(review=action)
            )
        await self.audit(
            session,
            ctx,
            "knowledge.unanswered.review",
            "bot_turn",
            ids[0] if len(ids) == 1 else None,
            after={"action": action, "turn_ids": [str(i) for i in ids]},
        )
        return len(ids)

    async def review(
        self,
        session: AsyncSession,
        ctx: Context,
        turn_ids: Sequence[uuid.UUID],
        action: ReviewAction,
    ) -> int:
        """Mark turns ``added`` (to the knowledge base) or ``dismissed``: they leave the
        candidates. All of them must be the tenant's, or nothing changes."""
        ids = await self._check_turns(session, ctx, turn_ids)
        return await self._mark(session, ctx, ids, action)

    async def add_similar(
        self,
        session: AsyncSession,
        ctx: Context,
        entry_id: uuid.UUID,
        question: str,
        turn_ids: Sequence[uuid.UUID],
    ) -> tuple[FaqEntry, int]:
        """Add ``question`` to the entry's similar questions through the knowledge base
        (versioned, audited, announced to the bot's index) and mark the turns added."""
        try:
            entry = await self._knowledge.entry(session, ctx, entry_id)
        except NotFound:
            raise Invalid(
                "No such FAQ entry.", code="unknown_entry", details={"field": "entry_id"}
            ) from None
        ids = await self._check_turns(session, ctx, turn_ids)
        similar = unique_similar(entry.question, [*entry.similar, question])
        if len(similar) > schemas.MAX_SIMILAR:
            raise Invalid(
                f"An entry has at most {schemas.MAX_SIMILAR} similar questions.",
                code="too_many_similar",
                details={"field": "question", "max": schemas.MAX_SIMILAR},
            )
        patch = schemas.FaqPatch(similar=similar)
        entry = await self._knowledge.update_entry(session, ctx, entry.id, patch)
        return entry, await self._mark(session, ctx, ids, "added")


def _cluster(
    texts: list[str], by_text: dict[str, list[_Asked]], proposal: ProposalOut
) -> ClusterOut:
    """A cluster of mined texts (its leader first) as the editor sees it."""
    asked = sorted((a for t in texts for a in by_text[t]), key=lambda a: (a.at, a.id), reverse=True)
    samples = list(dict.fromkeys(by_text[t][0].question for t in texts))[:SAMPLES]
    return ClusterOut(
        question=samples[0],
        count=len(asked),
        samples=samples,
        turn_ids=[a.id for a in asked],
        first_seen=asked[-1].at,
        last_seen=asked[0].at,
        proposal=proposal,
    )


def _propose(index: FaqIndex, text: str, vector: Vectors) -> ProposalOut:
    """``similar`` for the nearest enabled entry when it scores ``SIMILAR_SCORE`` or more
    for the cluster's leading question, else ``new`` (with that entry, for comparison)."""
    query = Query(text, tuple(index.analyzer.analyze(text)), vector)
    hits = index.rank(query, 1, lambda entry: entry.enabled)
    if not hits:
        return ProposalOut(kind="new", entry_id=None, question=None, score=None)
    hit = hits[0]
    return ProposalOut(
        kind="similar" if hit.score >= SIMILAR_SCORE else "new",
        entry_id=uuid.UUID(hit.entry.id),
        question=hit.entry.question,
        score=round(hit.score, 4),
    )

"""The bot's answers for a tenant: an FAQ index per tenant, built from the knowledge base
on first use and kept current by ``knowledge.changed`` events on every node, so an edit
is answered from without a restart. Question vectors are stored beside the knowledge base
(``vectors.py``): a restart or another node reads them instead of running the model.

Embedding runs in a worker thread (it releases the GIL); the index is changed and read on
the event loop only, one tenant's build at a time.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime

import anyio
from sqlalchemy import select

from kefu.bot.answer import BotThresholds, Decision, decide
from kefu.bot.embedding import Embedder, default_embedder
from kefu.bot.entries import IndexedEntry
from kefu.bot.knowledge import Knowledge
from kefu.bot.models import FaqEntry as FaqEntryRow
from kefu.bot.retrieval import FaqEntry, FaqIndex, Hit
from kefu.bot.text import Analyzer
from kefu.bot.vectors import VectorStore
from kefu.core.bus import EventBus
from kefu.core.clock import utcnow
from kefu.core.events import KnowledgeChanged
from kefu.core.spare import SpareThread
from kefu.db.session import Database

SUGGESTIONS = 3


def _entry(row: IndexedEntry) -> FaqEntry:
    return FaqEntry(
        id=str(row.id),
        question=row.question,
        similar=row.similar,
        answer=row.answer_text,
        channels=frozenset(row.channels),
        enabled=row.enabled,
        valid_from=row.valid_from,
        valid_until=row.valid_until,
    )


class Bot:
    def __init__(
        self,
        db: Database,
        knowledge: Knowledge,
        bus: EventBus,
        embedder: Callable[[], Embedder] = default_embedder,
        spare_embedder: Callable[[], Embedder] | None = None,
    ) -> None:
        """``embedder`` is called when the first index is built: the model loads only in
        processes whose tenants ask the bot. ``spare_embedder`` (by default the same)
        embeds the questions of ``search(spare=True)`` on a low-priority thread."""
        self._db = db
        self._knowledge = knowledge
        self._embedder = embedder
        self._spare_embedder = spare_embedder or embedder
        self._spare = SpareThread("kefu-spare-embed")
        self._vectors = VectorStore(db)
        self._indexes: dict[uuid.UUID, FaqIndex] = {}
        # Tenants found without any entry: searched without an index, so a process whose
        # tenants keep no knowledge base never loads the model (agent assist asks on every
        # customer message). A change to their knowledge base forgets them.
        self._empty: set[uuid.UUID] = set()
        self._changes: dict[uuid.UUID, int] = {}  # knowledge.changed events seen, by tenant
        self._building: dict[uuid.UUID, asyncio.Lock] = {}
        bus.subscribe(KnowledgeChanged, self._on_changed)

    async def index(self, tenant_id: uuid.UUID) -> FaqIndex:
        """The tenant's index, built from the knowledge base the first time."""
        index = self._indexes.get(tenant_id)
        if index is not None:
            return index
        async with self._building.setdefault(tenant_id, asyncio.Lock()):
            index = self._indexes.get(tenant_id)
            if index is None:
                async with self._db.read() as session:
                    rows = await self._knowledge.index_entries(session, tenant_id)
                index = FaqIndex(Analyzer(), await anyio.to_thread.run_sync(self._embedder))
                await self._add(tenant_id, index, [_entry(row) for row in rows], prune=True)
                self._indexes[tenant_id] = index
        return index

    async def _has_entries(self, tenant_id: uuid.UUID) -> bool:
        if tenant_id in self._indexes:
            return True
        seen = self._changes.get(tenant_id, 0)
        async with self._db.read() as session:
            found = await session.scalar(
                select(FaqEntryRow.id).where(FaqEntryRow.tenant_id == tenant_id).limit(1)
            )
        if found is None and self._changes.get(tenant_id, 0) == seen:  # no entry came since
            self._empty.add(tenant_id)
        return found is not None

    async def _add(
        self,
        tenant_id: uuid.UUID,
        index: FaqIndex,
        entries: Sequence[FaqEntry],
        *,
        prune: bool = False,
    ) -> None:
        vectors = await self._vectors.vectors(tenant_id, index.embedder, entries, prune=prune)
        for entry in entries:
            index.upsert(entry, vectors[entry.id])

    async def _on_changed(self, event: KnowledgeChanged) -> None:
        self._empty.discard(event.tenant_id)
        self._changes[event.tenant_id] = self._changes.get(event.tenant_id, 0) + 1
        if event.tenant_id not in self._indexes and event.tenant_id not in self._building:
            return  # built from the database when first asked
        # After a build under way (it may have read the entries before this change).
        async with self._building.setdefault(event.tenant_id, asyncio.Lock()):
            index = self._indexes.get(event.tenant_id)
            if index is None or not event.entry_ids:
                return
            async with self._db.read() as session:
                rows = await self._knowledge.index_entries(
                    session, event.tenant_id, event.entry_ids
                )
            for gone in set(event.entry_ids) - {row.id for row in rows}:
                index.remove(str(gone))
            await self._add(event.tenant_id, index, [_entry(row) for row in rows])

    async def search(
        self,
        tenant_id: uuid.UUID,
        text: str,
        *,
        channel: str | None = None,
        at: datetime | None = None,
        k: int = SUGGESTIONS,
        spare: bool = False,
    ) -> list[Hit]:
        """The ``k`` entries that best answer ``text``, among those that may answer on
        ``channel`` at ``at`` (now), best first. ``spare``: a best-effort search, whose
        question is embedded with CPU the node's other work leaves idle."""
        if tenant_id in self._empty or not await self._has_entries(tenant_id):
            return []
        index = await self.index(tenant_id)
        if not len(index):  # every entry deleted since: nothing to embed the question against
            return []
        if spare:
            query = await self._spare.run(index.prepare, text, self._spare_embedder())
        else:
            query = await anyio.to_thread.run_sync(index.prepare, text)
        when = at or utcnow()
        return index.rank(query, k, lambda e: e.available(channel, when))

    def close(self) -> None:
        self._spare.close()

    async def ask(
        self,
        tenant_id: uuid.UUID,
        text: str,
        *,
        channel: str | None = None,
        at: datetime | None = None,
        thresholds: BotThresholds | None = None,
    ) -> Decision:
        """Answer directly, suggest up to three entries, or fall back (docs/bot.md)."""
        return decide(await self.search(tenant_id, text, channel=channel, at=at), thresholds)

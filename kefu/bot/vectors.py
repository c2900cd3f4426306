"""Question vectors kept in the database (``bot_vectors``), so that a tenant's index built
after a restart, or on another node, reads them instead of running the model: embedding
costs ~30 ms of CPU per question here, two minutes for 300 entries of ten questions.

A vector is keyed by the tenant, the model's name and the hash of the text embedded, so an
unchanged question keeps its vector through edits and a question shared by two entries is
stored once. Losing a row costs one embedding, never a wrong answer; vectors of questions
no longer asked are removed when the tenant's index is built.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Sequence

import anyio
import numpy as np
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from kefu.bot.embedding import Embedder, Vectors
from kefu.bot.models import BotVector
from kefu.bot.retrieval import FaqEntry
from kefu.bot.text import normalize
from kefu.db.session import Database

_CHUNK = 500  # hashes per query: well under SQLite's and asyncpg's parameter limits
_BATCH = 32  # texts per call of the model


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


class VectorStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def vectors(
        self,
        tenant_id: uuid.UUID,
        embedder: Embedder,
        entries: Sequence[FaqEntry],
        *,
        prune: bool = False,
    ) -> dict[str, Vectors]:
        """Each entry's question vectors (by entry id), read where stored and embedded (in
        a worker thread) and stored where not. ``prune`` drops the tenant's stored vectors
        of texts none of ``entries`` asks: for a build from the whole knowledge base."""
        name: str | None = getattr(embedder, "name", None)
        texts = {q: normalize(q) for e in entries for q in e.questions}
        wanted = {text_hash(t): t for t in texts.values()}
        known = await self._load(tenant_id, name, wanted) if name else {}
        missing = [t for h, t in wanted.items() if h not in known]
        fresh: dict[str, Vectors] = {}
        for start in range(0, len(missing), _BATCH):
            batch = missing[start : start + _BATCH]
            computed = await anyio.to_thread.run_sync(embedder.embed, batch)
            fresh.update({text_hash(t): v for t, v in zip(batch, computed, strict=True)})
        if name and (fresh or prune):
            await self._save(tenant_id, name, fresh, keep=set(wanted) if prune else None)
        known.update(fresh)
        dim = embedder.dim
        return {
            e.id: (
                np.stack([known[text_hash(texts[q])] for q in e.questions]).astype(np.float32)
                if e.questions
                else np.zeros((0, dim), dtype=np.float32)
            )
            for e in entries
        }

    async def _load(
        self, tenant_id: uuid.UUID, name: str, wanted: dict[str, str]
    ) -> dict[str, Vectors]:
        found: dict[str, Vectors] = {}
        hashes = list(wanted)
        async with self._db.read() as session:
            for start in range(0, len(hashes), _CHUNK):
                rows = await session.execute(
                    select(BotVector.text_hash, BotVector.vector).where(
                        BotVector.tenant_id == tenant_id,
                        BotVector.model == name,
                        BotVector.text_hash.in_(hashes[start : start + _CHUNK]),
                    )
                )
                for key, blob in rows:
                    found[key] = np.frombuffer(blob, dtype="<f2").astype(np.float32)
        return found

    async def _save(
        self,
        tenant_id: uuid.UUID,
        name: str,
        fresh: dict[str, Vectors],
        keep: set[str] | None,
    ) -> None:
        try:
            async with self._db.transaction() as session:
                if keep is not None:
                    stored = await session.scalars(
                        select(BotVector.text_hash).where(
                            BotVector.tenant_id == tenant_id, BotVector.model == name
                        )
                    )
                    for gone in _chunks([h for h in stored if h not in keep]):
                        await session.execute(
                            delete(BotVector).where(
                                BotVector.tenant_id == tenant_id,
                                BotVector.model == name,
                                BotVector.text_hash.in_(gone),
                            )
                        )
                session.add_all(
                    BotVector(
                        tenant_id=tenant_id,
                        model=name,
                        text_hash=key,
                        vector=vector.astype("<f2").tobytes(),
                    )
                    for key, vector in fresh.items()
                )
        except IntegrityError:
            pass  # another node stored the same vectors meanwhile: theirs serve as well


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]

"""An in-memory FAQ index for one tenant: lexical BM25 plus semantic embeddings.

Every question of an entry (the standard question and each similar question) is a row.
A query is scored against rows two ways: BM25 over the analysed tokens, divided by the
query's score against itself so it lies on 0-1 whatever the query's length, and the
cosine of E5 embeddings. An entry's score is a weighted sum of its semantic and lexical
scores, each the mean over its best three questions (a vote of its nearest questions);
the question with the best weighted sum is the "best matching question" the bot shows.
The weights (0.9 semantic, 0.1 lexical) and the vote of three ranked best on both
evaluation sets; reciprocal rank fusion ranked worse and gives no usable confidence.

Scoring every row's embedding costs a full matrix product (10,000 entries x 11 questions
x 384 floats ≈ 170 MB per query, ~35 ms on one core), so the semantic side goes in two
stages: the query is compared with each entry's centroid (the normalised mean of its
question vectors, 15 MB at 10,000 entries), and only the best entries by centroid and the
entries of the best BM25 rows are scored row by row.

``upsert`` and ``remove`` change one entry's rows in place: rows and entry slots freed by
a removal are reused, BM25 statistics are read at query time, so nothing is rebuilt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

import numpy as np
from numpy.typing import NDArray

from kefu.bot.bm25 import Bm25
from kefu.bot.embedding import Embedder, Vectors
from kefu.bot.text import Analyzer, normalize

Vector = NDArray[np.float32]
FloatArray = NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class FaqEntry:
    """What retrieval needs of an FAQ entry, and what a caller may filter on."""

    id: str
    question: str
    similar: tuple[str, ...] = ()
    answer: str = ""
    channels: frozenset[str] = frozenset()  # empty: every channel
    enabled: bool = True
    valid_from: datetime | None = None
    valid_until: datetime | None = None

    @property
    def questions(self) -> tuple[str, ...]:
        """The standard question, then the similar questions, without blanks or repeats."""
        seen: dict[str, None] = {}
        for q in (self.question, *self.similar):
            if q.strip():
                seen.setdefault(q, None)
        return tuple(seen)

    def available(self, channel: str | None = None, at: datetime | None = None) -> bool:
        """Enabled, for ``channel`` (when given), and valid at ``at`` (when given)."""
        if not self.enabled:
            return False
        if channel is not None and self.channels and channel not in self.channels:
            return False
        if at is not None:
            if self.valid_from is not None and at < self.valid_from:
                return False
            if self.valid_until is not None and at >= self.valid_until:
                return False
        return True


@dataclass(frozen=True, slots=True)
class Fusion:
    """How lexical and semantic evidence combine into one score (docs/bot.md)."""

    semantic_weight: float = 0.9
    lexical_weight: float = 0.1
    # An entry's semantic and lexical scores are each the mean over its best few
    # questions (a vote of its nearest questions): this ranked better than the single best
    # question on both evaluation sets.
    questions_per_entry: int = 3
    # Candidates scored row by row: best entries by centroid, entries of best BM25 rows.
    semantic_candidates: int = 40
    lexical_candidates: int = 60


@dataclass(frozen=True, slots=True)
class Hit:
    entry: FaqEntry
    score: float  # fused, the bot's confidence
    question: str  # the entry's question that matched best
    semantic: float  # cosine of that question to the query
    lexical: float  # that question's BM25 divided by the query's self-score, capped at 1


@dataclass(slots=True)
class _Slot:
    entry: FaqEntry
    slot: int
    rows: NDArray[np.int64]
    questions: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Query:
    """A query analysed and embedded once, so it can be searched again cheaply."""

    text: str
    tokens: tuple[str, ...]
    vector: Vector


_Float = TypeVar("_Float", np.float16, np.float32)


def _grow(array: NDArray[_Float], rows: int) -> NDArray[_Float]:
    if rows <= array.shape[0]:
        return array
    grown = np.zeros((max(rows, 2 * array.shape[0], 64), array.shape[1]), dtype=array.dtype)
    grown[: array.shape[0]] = array
    return grown


class FaqIndex:
    """The searchable FAQ of one tenant."""

    def __init__(
        self, analyzer: Analyzer, embedder: Embedder, fusion: Fusion | None = None
    ) -> None:
        self.analyzer = analyzer
        self.embedder = embedder
        self.fusion = fusion or Fusion()
        self._bm25 = Bm25()
        dim = embedder.dim
        # Question vectors in half precision: 10,000 entries x 11 questions take 85 MB
        # instead of 170 MB; only the candidates' rows are read back per query, and a
        # cosine moves by < 0.001. Centroids, read in full per query, stay in float32.
        self._vectors = np.zeros((0, dim), dtype=np.float16)
        self._row_slot = np.zeros(0, dtype=np.int64)
        self._centroids = np.zeros((0, dim), dtype=np.float32)
        self._slot_alive = np.zeros(0, dtype=bool)
        self._entries: dict[str, _Slot] = {}
        self._by_slot: dict[int, _Slot] = {}
        self._free_rows: list[int] = []
        self._free_slots: list[int] = []
        self._next_row = 0
        self._next_slot = 0

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._entries

    def get(self, entry_id: str) -> FaqEntry | None:
        slot = self._entries.get(entry_id)
        return slot.entry if slot else None

    def embed_questions(self, entry: FaqEntry) -> Vectors:
        """One vector per question of ``entry``, as ``upsert`` needs them.

        Questions the indexed version of the entry already has keep their vectors; only
        new or changed ones are embedded. This is the slow part of an edit (~30 ms of
        CPU per question); the model releases the GIL, so it may run in a worker thread
        while ``upsert`` itself stays on the thread that owns the index.
        """
        previous = self._entries.get(entry.id)
        known = (
            dict(
                zip(
                    previous.questions,
                    self._vectors[previous.rows].astype(np.float32),
                    strict=True,
                )
            )
            if previous
            else {}
        )
        new = [q for q in entry.questions if q not in known]
        known.update(zip(new, self.embedder.embed([normalize(q) for q in new]), strict=True))
        if not entry.questions:
            return np.zeros((0, self.embedder.dim), dtype=np.float32)
        return np.stack([known[q] for q in entry.questions])

    def upsert(self, entry: FaqEntry, vectors: Vectors | None = None) -> None:
        """Add ``entry`` or replace the entry with its id.

        ``vectors`` (one per question in ``entry.questions``) skips embedding, for callers
        that stored them; embedding costs ~30 ms per question on one core. Without them,
        only questions that differ from the entry's previous version are embedded.
        """
        questions = entry.questions
        if vectors is None:
            vectors = self.embed_questions(entry)
        if vectors.shape != (len(questions), self.embedder.dim):
            raise ValueError("one vector per question is needed")
        self.remove(entry.id)
        if not questions:
            return
        slot = self._free_slots.pop() if self._free_slots else self._take_slot()
        rows = np.array([self._take_row() for _ in questions], dtype=np.int64)
        self._vectors[rows] = vectors
        self._row_slot[rows] = slot
        centroid = vectors.mean(axis=0)
        self._centroids[slot] = centroid / (np.linalg.norm(centroid) or 1.0)
        self._slot_alive[slot] = True
        for row, question in zip(rows, questions, strict=True):
            self._bm25.add(int(row), self.analyzer.analyze(question))
        record = _Slot(entry, slot, rows, questions)
        self._entries[entry.id] = record
        self._by_slot[slot] = record

    def remove(self, entry_id: str) -> None:
        """Forget the entry with this id (nothing happens if there is none)."""
        record = self._entries.pop(entry_id, None)
        if record is None:
            return
        del self._by_slot[record.slot]
        for row in record.rows:
            self._bm25.remove(int(row))
            self._vectors[row] = 0.0
            self._free_rows.append(int(row))
        self._centroids[record.slot] = 0.0
        self._slot_alive[record.slot] = False
        self._free_slots.append(record.slot)

    def _take_row(self) -> int:
        if self._free_rows:
            return self._free_rows.pop()
        row = self._next_row
        self._next_row += 1
        self._vectors = _grow(self._vectors, row + 1)
        if row >= len(self._row_slot):
            grown = np.zeros(self._vectors.shape[0], dtype=np.int64)
            grown[: len(self._row_slot)] = self._row_slot
            self._row_slot = grown
        return row

    def _take_slot(self) -> int:
        slot = self._next_slot
        self._next_slot += 1
        self._centroids = _grow(self._centroids, slot + 1)
        if slot >= len(self._slot_alive):
            grown = np.zeros(self._centroids.shape[0], dtype=bool)
            grown[: len(self._slot_alive)] = self._slot_alive
            self._slot_alive = grown
        return slot

    def prepare(self, text: str, embedder: Embedder | None = None) -> Query:
        """Analyse and embed a query (with ``embedder``, another instance of the index's
        model, when given).

        The embedding is most of a search's cost (~30 ms of CPU); it releases the GIL,
        so a server runs ``prepare`` in a worker thread and ``rank`` (~5 ms at 10,000 entries)
        on the thread that owns the index, the one that also calls ``upsert``/``remove``.
        """
        normalised = normalize(text)
        vector = (embedder or self.embedder).embed([normalised])[0]
        return Query(text, tuple(self.analyzer.analyze(text)), vector)

    def _candidate_slots(self, query: Query) -> tuple[list[int], FloatArray]:
        """Entry slots worth scoring question by question, and every row's lexical score."""
        fusion = self.fusion
        n_rows, n_slots = self._next_row, self._next_slot
        lexical, self_score = self._bm25.scores(query.tokens, n_rows)
        if self_score > 0:
            lexical = np.minimum(lexical / np.float32(self_score), np.float32(1.0))
        centroid_scores = self._centroids[:n_slots] @ query.vector
        centroid_scores[~self._slot_alive[:n_slots]] = -np.inf
        take = min(fusion.semantic_candidates, n_slots)
        best_slots = np.argpartition(-centroid_scores, take - 1)[:take]
        best_slots = best_slots[np.isfinite(centroid_scores[best_slots])]
        take = min(fusion.lexical_candidates, n_rows)
        best_rows = np.argpartition(-lexical, take - 1)[:take]
        best_rows = best_rows[lexical[best_rows] > 0]
        slots = np.union1d(best_slots, self._row_slot[best_rows])
        return slots.tolist(), lexical

    def rank(
        self,
        query: Query,
        k: int = 3,
        accept: Callable[[FaqEntry], bool] | None = None,
    ) -> list[Hit]:
        """The ``k`` best entries that ``accept`` lets through, best first."""
        if not self._entries:
            return []
        slots, lexical = self._candidate_slots(query)
        records = [self._by_slot[s] for s in slots if s in self._by_slot]
        if accept is not None:
            records = [r for r in records if accept(r.entry)]
        if not records:
            return []
        # One row of a matrix per candidate entry, one column per question (padded).
        lengths = np.array([len(r.rows) for r in records])
        rows = np.concatenate([r.rows for r in records])
        entry_of = np.repeat(np.arange(len(records)), lengths)
        column = np.arange(len(rows)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        shape = (len(records), int(lengths.max()))
        semantic = np.full(shape, np.nan, dtype=np.float32)
        semantic[entry_of, column] = self._vectors[rows].astype(np.float32) @ query.vector
        lex = np.full(shape, np.nan, dtype=np.float32)
        lex[entry_of, column] = lexical[rows]

        fusion = self.fusion
        top = min(fusion.questions_per_entry, shape[1])
        counts = np.minimum(lengths, top)

        def vote(scores: FloatArray) -> FloatArray:
            best = -np.sort(-scores, axis=1)[:, :top]  # NaN (no such question) sorts last
            best[np.isnan(best)] = 0.0
            mean: FloatArray = best.sum(axis=1) / counts
            return mean

        sem_vote, lex_vote = vote(semantic), vote(lex)
        score = fusion.semantic_weight * sem_vote + fusion.lexical_weight * lex_vote
        best_question = np.nanargmax(
            fusion.semantic_weight * semantic + fusion.lexical_weight * lex, axis=1
        )
        hits = []
        for i in np.argsort(-score, kind="stable")[:k]:
            record, q = records[i], int(best_question[i])
            hits.append(
                Hit(
                    record.entry,
                    float(score[i]),
                    record.questions[q],
                    float(semantic[i, q]),
                    float(lex[i, q]),
                )
            )
        return hits

    def search(
        self,
        text: str,
        k: int = 3,
        *,
        channel: str | None = None,
        at: datetime | None = None,
    ) -> list[Hit]:
        """The ``k`` best entries available on ``channel`` at ``at`` for ``text``."""
        return self.rank(self.prepare(text), k, lambda e: e.available(channel, at))

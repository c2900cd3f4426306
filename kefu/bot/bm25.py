"""Okapi BM25 over numbered rows that can be added and removed one at a time.

The knowledge base edits one FAQ entry at a time, so the index keeps its postings in
dictionaries and turns a term's postings into numpy arrays only when a query needs them,
caching the arrays until that term's postings change. Collection statistics (document
count, average length, document frequency) are read at query time, so an edit never
forces a rebuild.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float32]
IntArray = NDArray[np.int64]


class Bm25:
    """BM25 scores of rows (questions) for a bag of query tokens."""

    def __init__(self, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b
        self._postings: dict[str, dict[int, int]] = {}
        self._row_terms: dict[int, Counter[str]] = {}
        self._lengths = np.zeros(0, dtype=np.float32)
        self._total_length = 0
        self._arrays: dict[str, tuple[IntArray, FloatArray]] = {}

    def __len__(self) -> int:
        return len(self._row_terms)

    def add(self, row: int, tokens: Sequence[str]) -> None:
        """Index ``tokens`` as row ``row`` (replacing what the row held)."""
        self.remove(row)
        if row >= len(self._lengths):
            grown = np.zeros(max(row + 1, 2 * len(self._lengths), 64), dtype=np.float32)
            grown[: len(self._lengths)] = self._lengths
            self._lengths = grown
        terms = Counter(tokens)
        self._row_terms[row] = terms
        self._lengths[row] = len(tokens)
        self._total_length += len(tokens)
        for term, tf in terms.items():
            self._postings.setdefault(term, {})[row] = tf
            self._arrays.pop(term, None)

    def remove(self, row: int) -> None:
        terms = self._row_terms.pop(row, None)
        if terms is None:
            return
        self._total_length -= int(self._lengths[row])
        self._lengths[row] = 0
        for term in terms:
            posting = self._postings[term]
            del posting[row]
            if not posting:
                del self._postings[term]
            self._arrays.pop(term, None)

    def _posting_arrays(self, term: str) -> tuple[IntArray, FloatArray] | None:
        cached = self._arrays.get(term)
        if cached is None:
            posting = self._postings.get(term)
            if posting is None:
                return None
            rows = np.fromiter(posting.keys(), dtype=np.int64, count=len(posting))
            tfs = np.fromiter(posting.values(), dtype=np.float32, count=len(posting))
            cached = self._arrays[term] = (rows, tfs)
        return cached

    def idf(self, term: str) -> float:
        n = len(self._row_terms)
        df = len(self._postings.get(term, ()))
        return float(np.log1p((n - df + 0.5) / (df + 0.5)))

    def scores(self, tokens: Sequence[str], size: int) -> tuple[FloatArray, float]:
        """Each row's score (an array of ``size``) and the query's score against itself.

        The self-score is what a row identical to the query would get: dividing by it puts
        lexical scores on a 0-1 scale that does not depend on the query's length.
        """
        out = np.zeros(size, dtype=np.float32)
        if not self._row_terms or not tokens:
            return out, 0.0
        k1, b = self.k1, self.b
        avgdl = self._total_length / len(self._row_terms) or 1.0
        query_terms = Counter(tokens)
        norm_q = k1 * (1 - b + b * len(tokens) / avgdl)
        self_score = 0.0
        all_rows: list[IntArray] = []
        all_scores: list[FloatArray] = []
        for term, qtf in query_terms.items():
            idf = self.idf(term)
            self_score += idf * qtf * (k1 + 1) / (qtf + norm_q)
            arrays = self._posting_arrays(term)
            if arrays is None:
                continue
            rows, tfs = arrays
            norm = k1 * (1 - b + b * self._lengths[rows] / avgdl)
            all_rows.append(rows)
            all_scores.append(
                (np.float32(idf * qtf * (k1 + 1)) * tfs / (tfs + norm)).astype(np.float32)
            )
        if all_rows:
            rows = np.concatenate(all_rows)
            weights = np.concatenate(all_scores)
            out += np.bincount(rows, weights=weights, minlength=size)[:size].astype(np.float32)
        return out, self_score

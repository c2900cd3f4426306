"""The embedding model, loaded once for the whole test session (~0.1 s), and a memo of
the texts it embedded: each text costs ~30 ms on one core, more on a busy machine, and
the tests ask the same questions many times."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from kefu.bot.embedding import Vectors, default_embedder


class MemoEmbedder:
    def __init__(self) -> None:
        self._model = default_embedder()
        self._memo: dict[str, Vectors] = {}

    @property
    def dim(self) -> int:
        return self._model.dim

    def embed(self, texts: Sequence[str]) -> Vectors:
        missing = [t for t in dict.fromkeys(texts) if t not in self._memo]
        for text, vector in zip(missing, self._model.embed(missing), strict=True):
            self._memo[text] = vector
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._memo[t] for t in texts])


@pytest.fixture(scope="session")
def embedder() -> MemoEmbedder:
    return MemoEmbedder()

"""What the bot does with a ranked list: answer, suggest, or admit it does not know.

- ``direct``: the best entry's score reaches ``direct`` and beats the runner-up by at
  least ``direct_margin`` (two entries that fit equally well mean the bot cannot tell
  which one the customer meant, so it asks);
- ``suggest``: otherwise, up to ``max_suggestions`` entries scoring at least ``suggest``
  are offered as "did you mean";
- ``fallback``: nothing reaches ``suggest``; the bot says so politely and offers a human.
  The best guesses still travel with the decision, for the agent who takes over.

The defaults were chosen on the evaluation sets (docs/bot.md, "Retrieval and
confidence"); a tenant may move them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator

from kefu.bot.retrieval import Hit


class BotThresholds(BaseModel):
    """A tenant's confidence thresholds; scores are the fused scores of ``FaqIndex``."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    direct: float = Field(
        default=0.86, ge=0, le=1, description="answer directly at or above this score"
    )
    direct_margin: float = Field(
        default=0.015,
        ge=0,
        le=1,
        description="and only when the best entry beats the runner-up by this much",
    )
    suggest: float = Field(
        default=0.82, ge=0, le=1, description="offer 'did you mean' at or above this score"
    )
    max_suggestions: int = Field(default=3, ge=1, le=10)

    @model_validator(mode="after")
    def _suggest_not_above_direct(self) -> BotThresholds:
        if self.suggest > self.direct:
            raise ValueError("suggest must not be above direct")
        return self


class Outcome(StrEnum):
    DIRECT = "direct"
    SUGGEST = "suggest"
    FALLBACK = "fallback"


@dataclass(frozen=True, slots=True)
class Decision:
    outcome: Outcome
    # direct: the answer; suggest: the suggestions; fallback: the best guesses.
    hits: tuple[Hit, ...]

    @property
    def answer(self) -> Hit | None:
        return self.hits[0] if self.outcome is Outcome.DIRECT else None


def decide(hits: Sequence[Hit], thresholds: BotThresholds | None = None) -> Decision:
    """The bot's decision from ``hits`` ranked best first."""
    t = thresholds or BotThresholds()
    if not hits:
        return Decision(Outcome.FALLBACK, ())
    best = hits[0]
    runner_up = hits[1].score if len(hits) > 1 else 0.0
    if best.score >= t.direct and best.score - runner_up >= t.direct_margin:
        return Decision(Outcome.DIRECT, (best,))
    suggestions = tuple(h for h in hits[: t.max_suggestions] if h.score >= t.suggest)
    if suggestions:
        return Decision(Outcome.SUGGEST, suggestions)
    return Decision(Outcome.FALLBACK, tuple(hits[: t.max_suggestions]))

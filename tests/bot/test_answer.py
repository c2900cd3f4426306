from __future__ import annotations

import pytest
from pydantic import ValidationError

from kefu.bot.answer import BotThresholds, Outcome, decide
from kefu.bot.retrieval import FaqEntry, Hit

T = BotThresholds(direct=0.86, direct_margin=0.015, suggest=0.82, max_suggestions=3)


def hits(*scores: float) -> list[Hit]:
    return [
        Hit(FaqEntry(f"e{i}", f"question {i}"), s, f"question {i}", s, 0.0)
        for i, s in enumerate(scores)
    ]


def test_a_confident_clear_winner_is_answered_directly() -> None:
    decision = decide(hits(0.92, 0.85, 0.80), T)
    assert decision.outcome is Outcome.DIRECT
    assert decision.answer is not None
    assert decision.answer.entry.id == "e0"
    assert [h.entry.id for h in decision.hits] == ["e0"]


def test_the_direct_threshold_is_inclusive() -> None:
    assert decide(hits(0.86, 0.80), T).outcome is Outcome.DIRECT
    assert decide(hits(0.8599, 0.80), T).outcome is Outcome.SUGGEST


def test_two_entries_that_fit_equally_well_are_suggested_not_answered() -> None:
    decision = decide(hits(0.92, 0.91, 0.83, 0.82), T)
    assert decision.outcome is Outcome.SUGGEST
    assert decision.answer is None
    assert [h.entry.id for h in decision.hits] == ["e0", "e1", "e2"]


def test_the_middle_band_suggests_only_entries_above_the_suggest_threshold() -> None:
    decision = decide(hits(0.85, 0.83, 0.79), T)
    assert decision.outcome is Outcome.SUGGEST
    assert [h.entry.id for h in decision.hits] == ["e0", "e1"]


def test_below_the_band_the_bot_falls_back_and_keeps_its_best_guesses() -> None:
    decision = decide(hits(0.81, 0.80, 0.79, 0.78), T)
    assert decision.outcome is Outcome.FALLBACK
    assert decision.answer is None
    assert [h.entry.id for h in decision.hits] == ["e0", "e1", "e2"]


def test_nothing_found_is_a_fallback() -> None:
    assert decide([], T).outcome is Outcome.FALLBACK


def test_a_single_confident_hit_is_answered() -> None:
    assert decide(hits(0.9), T).outcome is Outcome.DIRECT


def test_thresholds_have_defaults_and_refuse_a_suggest_band_above_direct() -> None:
    assert decide(hits(0.95, 0.5)).outcome is Outcome.DIRECT
    with pytest.raises(ValidationError):
        BotThresholds(direct=0.8, suggest=0.9)
    with pytest.raises(ValidationError):
        BotThresholds(direct=1.5)

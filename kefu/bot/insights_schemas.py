"""Unanswered questions and the bot's statistics as the API shows them (docs/bot.md,
"Unanswered questions" and "Bot statistics")."""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from fastapi import Query
from pydantic import BaseModel, BeforeValidator, Field

from kefu.bot.schemas import FaqOut, Question
from kefu.identity.schemas import Strict

MAX_REVIEW = 5000  # turn ids in one review: as many as mining reads

ReviewAction = Literal["added", "dismissed"]

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _iso_date(value: object) -> object:
    # Pydantic would also read "2026-12-01T00:00" or a number; the API takes a plain date.
    if isinstance(value, date) or (isinstance(value, str) and _DATE.match(value)):
        return value
    raise ValueError("an ISO 8601 date, e.g. 2026-12-01")


IsoDate = Annotated[date, BeforeValidator(_iso_date)]
# A report's window of whole days, as every report route takes it.
Since = Annotated[
    IsoDate | None,
    Query(description="First day, in the tenant's time zone (default: 6 days before until)."),
]
Until = Annotated[
    IsoDate | None,
    Query(description="Last day, included (default: today in the tenant's time zone)."),
]
TurnIds = Annotated[list[uuid.UUID], Field(min_length=1, max_length=MAX_REVIEW)]


# --- unanswered questions -------------------------------------------------------------------


class ProposalOut(BaseModel):
    """``similar``: add the cluster's question to ``entry_id`` as a similar question.
    ``new``: write a new entry; ``entry_id``, ``question`` and ``score`` then name the
    nearest existing entry, for comparison (null in an empty knowledge base)."""

    kind: Literal["similar", "new"]
    entry_id: uuid.UUID | None
    question: str | None  # the entry's standard question
    score: float | None  # the bot's fused score of the entry for the cluster's question


class ClusterOut(BaseModel):
    question: str  # the representative: the cluster's most frequent wording
    count: int  # turns
    samples: list[str]  # other wordings, most frequent first, the representative first
    turn_ids: list[uuid.UUID]  # newest first
    first_seen: datetime
    last_seen: datetime
    proposal: ProposalOut


class UnansweredOut(BaseModel):
    since: datetime  # the window, in UTC: since included, until excluded
    until: datetime
    turns: int  # unanswered, unreviewed turns clustered
    truncated: bool  # there were more than the newest ``turns``, which alone were read
    clusters: list[ClusterOut]  # by count, largest first


class ReviewIn(Strict):
    turn_ids: TurnIds
    action: ReviewAction


class ReviewOut(BaseModel):
    reviewed: int


class AddSimilarIn(Strict):
    entry_id: uuid.UUID
    question: Question
    turn_ids: TurnIds


class AddSimilarOut(BaseModel):
    entry: FaqOut
    reviewed: int


# --- statistics -----------------------------------------------------------------------------


class TopicOut(BaseModel):
    """An unanswered question and how often it was asked (its cluster's size); the other
    wordings stay with the editors (``GET /bot/unanswered``)."""

    question: str
    count: int


class DayOut(BaseModel):
    date: date
    turns: int
    answered: int
    handovers: int


class BotStatsOut(BaseModel):
    since: date  # in the tenant's time zone, both included
    until: date
    timezone: str
    turns: int  # customer messages the bot answered
    conversations: int  # conversations with at least one of them
    answered: int  # direct and generated answers
    generated: int
    suggested: int
    fallback: int
    handovers: int
    answered_rate: float | None  # shares of turns
    suggested_rate: float | None
    fallback_rate: float | None
    handover_conversations: int
    handover_rate: float | None  # share of conversations
    handover_reasons: dict[str, int]
    resolved_by_bot: int
    resolution_rate: float | None  # share of conversations
    helpful: int
    unhelpful: int
    helpful_rate: float | None  # helpful among rated answers
    top_unanswered: list[TopicOut]
    days: list[DayOut]

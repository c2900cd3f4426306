"""The bot's settings, turns and agent-assist suggestions as the API shows them."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, StrictBool, StringConstraints

from kefu.bot.answer import BotThresholds
from kefu.bot.schemas import Channel
from kefu.bot.settings import BotBehaviour, BotSettings, GenerativeEndpoint


class GenerativeSettingsOut(GenerativeEndpoint):
    """``GenerativeSettings`` without its API key: ``api_key_set`` says whether one is."""

    # An answer always carries every field, defaults included.
    model_config = ConfigDict(json_schema_serialization_defaults_required=True)

    api_key_set: bool


class BotSettingsOut(BotBehaviour):
    model_config = ConfigDict(json_schema_serialization_defaults_required=True)

    generative: GenerativeSettingsOut

    @classmethod
    def of(cls, settings: BotSettings) -> BotSettingsOut:
        data = settings.model_dump()
        data["generative"]["api_key_set"] = bool(data["generative"].pop("api_key"))
        return cls.model_validate(data)


class Candidate(BaseModel):
    entry_id: uuid.UUID
    question: str
    matched: str | None = None
    score: float


class BotTurnOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    seq: int
    question: str
    outcome: Literal["direct", "suggest", "fallback", "generated", "handover"]
    handover_reason: Literal["request", "unanswered", "anger", "vip", "unhelpful"] | None
    entry_id: uuid.UUID | None
    score: float | None
    candidates: list[Candidate]
    reply_message_id: uuid.UUID | None
    feedback: Literal["up", "down"] | None
    created_at: datetime


class Suggestion(BaseModel):
    entry_id: uuid.UUID
    question: str
    answer: str
    score: float


class AssistOut(BaseModel):
    """Answers for the latest customer message (``seq``; None: the customer wrote none)."""

    seq: int | None
    suggestions: list[Suggestion]


class FeedbackIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    conversation_id: uuid.UUID
    message_id: uuid.UUID
    helpful: StrictBool


class FeedbackOut(BaseModel):
    message_id: uuid.UUID
    feedback: Literal["up", "down"]


class TryIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    text: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
    channel: Channel | None = None


class TryHit(Candidate):
    answer: str


class TryOut(BaseModel):
    """What the bot would do with ``text`` now: hand over (``handover``: request or anger),
    or else ``outcome`` on ``hits`` (the best entries, best first: direct answers the
    first, suggest offers those at or above ``thresholds.suggest``)."""

    handover: Literal["request", "anger"] | None
    mood: list[str]
    outcome: Literal["direct", "suggest", "fallback"]
    hits: list[TryHit]
    thresholds: BotThresholds

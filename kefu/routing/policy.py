"""A tenant's routing policy: queue priority, lists, replies, break reasons, wrap-up."""

from __future__ import annotations

import uuid
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StrictInt, field_validator

from kefu.contacts.schemas import MAX_LEVEL
from kefu.routing.conditions import Conditions

HeadStart = Annotated[StrictInt, Field(ge=-86_400, le=86_400)]  # seconds


class BreakReason(BaseModel):
    model_config = ConfigDict(extra="forbid")
    code: str = Field(min_length=1, max_length=32, pattern=r"^[a-z0-9_]+$")
    name: str = Field(min_length=1, max_length=50)


class PriorityRule(BaseModel):
    """Composite priority (C8): when all conditions hold, the conversation is served as if
    it had waited ``head_start`` seconds longer (negative: later)."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=100)
    conditions: Conditions = Field(min_length=1)
    head_start: HeadStart


DEFAULT_BREAK_REASONS = [
    BreakReason(code="meal", name="用餐"),
    BreakReason(code="rest", name="小休"),
    BreakReason(code="training", name="培训"),
    BreakReason(code="meeting", name="会议"),
]


class Policy(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # Queue priority, as head starts in seconds. Level is the customer level (VIP, 0-9).
    level_head_start: dict[int, HeadStart] = Field(default_factory=lambda: {1: 60, 2: 180, 3: 600})
    repeat_window_minutes: StrictInt = Field(default=1440, ge=0, le=43_200)
    repeat_head_start: HeadStart = 120
    priority_rules: list[PriorityRule] = Field(default_factory=list, max_length=50)
    # Where conversations go when no rule matches (None: any agent of the tenant).
    default_group_id: uuid.UUID | None = None
    default_max_concurrent: StrictInt = Field(default=5, ge=1, le=100)
    wrap_up_seconds: StrictInt = Field(default=0, ge=0, le=3600)
    # An agent whose last console socket closed this long ago is signed out (0: never), so
    # that nobody is given conversations after closing the browser.
    sign_out_after_seconds: StrictInt = Field(default=120, ge=0, le=86_400)
    break_reasons: list[BreakReason] = Field(
        default_factory=lambda: list(DEFAULT_BREAK_REASONS), max_length=30
    )
    blacklist_reply: str = Field(default="抱歉，暂时无法为您提供服务。", max_length=500)
    out_of_hours_reply: str = Field(
        default="现在是非工作时间，请留言，我们上班后会尽快回复您。", max_length=500
    )
    # Expected wait before any conversation has been served: the seconds one takes.
    default_handle_seconds: StrictInt = Field(default=300, ge=10, le=86_400)
    # The service level on the wallboard: the share of customers answered within this wait.
    service_level_seconds: StrictInt = Field(default=20, ge=1, le=3_600)

    @field_validator("level_head_start")
    @classmethod
    def _levels(cls, value: dict[int, int]) -> dict[int, int]:
        if any(not 0 <= level <= MAX_LEVEL for level in value):
            raise ValueError(f"levels are 0 to {MAX_LEVEL}")
        return value

    @field_validator("break_reasons")
    @classmethod
    def _unique_codes(cls, value: list[BreakReason]) -> list[BreakReason]:
        if len({reason.code for reason in value}) != len(value):
            raise ValueError("break reason codes must be unique")
        return value

"""Surveys as the API shows them: the form a customer answers, the answer, the list and the
statistics of reports."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StringConstraints

from kefu.identity.schemas import Locale, Strict
from kefu.surveys.settings import MAX_COMMENT, MAX_REASONS, Reason, ReasonKey, SurveySettings

SubjectType = Literal["conversation", "ticket"]
Channel = Literal["widget", "link"]
# ``open``: answerable now; ``answered``: the customer's answer is in ``answer``;
# ``pending``: the conversation has not ended yet; ``expired``: too late to answer;
# ``disabled``: the tenant offers no survey for this kind of subject.
FormState = Literal["open", "answered", "pending", "expired", "disabled"]
Comment = Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_COMMENT)]


class AnswerIn(Strict):
    rating: StrictInt = Field(ge=1, le=5)
    reasons: list[ReasonKey] = Field(default_factory=list, max_length=MAX_REASONS)
    comment: Comment = ""
    language: Locale | None = None


class AnswerOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    rating: int
    reasons: list[str]
    comment: str
    channel: Channel
    answered_at: datetime


class SurveyFormOut(BaseModel):
    """What the customer is asked, in both languages, and where the survey stands."""

    model_config = ConfigDict(json_schema_serialization_defaults_required=True)

    subject_type: SubjectType
    subject_id: uuid.UUID
    state: FormState
    locale: Locale = "zh-CN"
    question: dict[str, str]
    rating_labels: list[dict[str, str]]
    reasons: list[Reason]
    comment: bool
    comment_max: int = MAX_COMMENT
    thanks: dict[str, str]
    expires_at: datetime | None = None
    answer: AnswerOut | None = None

    @classmethod
    def of(
        cls,
        settings: SurveySettings,
        *,
        subject_type: str,
        subject_id: uuid.UUID,
        state: FormState,
        locale: str = "zh-CN",
        expires_at: datetime | None = None,
        answer: AnswerOut | None = None,
    ) -> SurveyFormOut:
        return cls(
            subject_type=subject_type,
            subject_id=subject_id,
            state=state,
            locale="en" if locale.lower().startswith("en") else "zh-CN",
            question=dict(settings.question),
            rating_labels=[dict(labels) for labels in settings.rating_labels],
            reasons=list(settings.reasons),
            comment=settings.comment,
            thanks=dict(settings.thanks),
            expires_at=expires_at,
            answer=answer,
        )


class SurveyOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    subject_type: SubjectType
    subject_id: uuid.UUID
    contact_id: uuid.UUID | None
    agent_id: uuid.UUID | None
    group_id: uuid.UUID | None
    team_id: uuid.UUID | None
    rating: int
    reasons: list[str]
    comment: str
    channel: Channel
    language: str
    invited_at: datetime | None
    answered_at: datetime


class SurveyFilter(BaseModel):
    """What the list and the statistics are narrowed to, besides the window."""

    subject_type: SubjectType | None = None
    subject_id: uuid.UUID | None = None
    rating: int | None = None
    agent_id: uuid.UUID | None = None
    group_id: uuid.UUID | None = None
    channel: Channel | None = None


class RatingCount(BaseModel):
    rating: int
    count: int


class ReasonCount(BaseModel):
    key: str
    sentiment: Literal["negative", "positive"] | None
    # The reason's labels in today's settings; empty for a reason removed since.
    label: dict[str, str]
    count: int


class SurveyDayOut(BaseModel):
    date: date
    count: int
    average: float | None
    csat: float | None


class SurveyStatsOut(BaseModel):
    since: date
    until: date
    timezone: str
    count: int
    average: float | None
    # The share of answers rated 4 or 5 (CSAT), 0-1; null without answers.
    csat: float | None
    satisfied: int
    distribution: list[RatingCount]
    rating_labels: list[dict[str, str]]
    # Today's reasons, to name the keys the answers hold.
    reasons: list[Reason]
    top_reasons: list[ReasonCount]
    with_comment: int
    days: list[SurveyDayOut]

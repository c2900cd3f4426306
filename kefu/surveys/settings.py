"""A tenant's survey settings: where surveys are offered, what they ask, the reasons a
customer may tick for a low or a high rating, whether a comment is allowed, and how long
an invitation stays answerable. Defaults (zh-CN first, with English) apply until an
administrator saves them."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    Field,
    StrictBool,
    StrictInt,
    StringConstraints,
    field_validator,
)

from kefu.identity.schemas import Locale, Strict

RATINGS = (1, 2, 3, 4, 5)
# CSAT counts 4 and 5 as satisfied; reasons follow the same split.
POSITIVE_FROM = 4
MAX_COMMENT = 500
MAX_REASONS = 20

Sentiment = Literal["negative", "positive"]
ReasonKey = Annotated[str, StringConstraints(min_length=1, max_length=32, pattern=r"^[a-z0-9_]+$")]


def _no_nul(value: str) -> str:
    if "\x00" in value:  # PostgreSQL cannot store one, and no person types one
        raise ValueError("NUL characters are not allowed")
    return value


_NoNul = AfterValidator(_no_nul)
_Text = StringConstraints(strip_whitespace=True, min_length=1)
Label = Annotated[str, _Text, StringConstraints(max_length=40), _NoNul]
Question = Annotated[str, _Text, StringConstraints(max_length=200), _NoNul]


def sentiment_of(rating: int) -> Sentiment:
    return "positive" if rating >= POSITIVE_FROM else "negative"


def _labels(zh: str, en: str) -> dict[Locale, str]:
    return {"zh-CN": zh, "en": en}


class Reason(Strict):
    """A reason the customer may tick: shown for ratings 1-3 (``negative``) or 4-5
    (``positive``). The key is what answers store; the labels can change later."""

    key: ReasonKey
    sentiment: Sentiment
    label: dict[Locale, Label] = Field(min_length=1)


DEFAULT_REASONS = [
    Reason(key="slow", sentiment="negative", label=_labels("回复慢", "Slow replies")),
    Reason(key="unsolved", sentiment="negative", label=_labels("没解决问题", "Not solved")),
    Reason(key="attitude", sentiment="negative", label=_labels("态度不好", "Unfriendly")),
    Reason(key="unclear", sentiment="negative", label=_labels("解释不清楚", "Unclear answers")),
    Reason(key="fast", sentiment="positive", label=_labels("响应快", "Quick replies")),
    Reason(key="professional", sentiment="positive", label=_labels("专业", "Knowledgeable")),
    Reason(key="friendly", sentiment="positive", label=_labels("态度好", "Friendly")),
    Reason(key="solved", sentiment="positive", label=_labels("问题已解决", "Problem solved")),
]
DEFAULT_RATING_LABELS = [
    _labels("非常不满意", "Very dissatisfied"),
    _labels("不满意", "Dissatisfied"),
    _labels("一般", "Neutral"),
    _labels("满意", "Satisfied"),
    _labels("非常满意", "Very satisfied"),
]


class SurveySettings(Strict):
    conversations: StrictBool = True
    tickets: StrictBool = True
    question: dict[Locale, Question] = Field(
        default_factory=lambda: _labels(
            "您对本次服务满意吗？", "How satisfied are you with our service?"
        ),
        min_length=1,
    )
    # One label per rating, 1 (worst) to 5 (best).
    rating_labels: list[dict[Locale, Label]] = Field(
        default_factory=lambda: [dict(labels) for labels in DEFAULT_RATING_LABELS],
        min_length=5,
        max_length=5,
    )
    reasons: list[Reason] = Field(
        default_factory=lambda: [r.model_copy() for r in DEFAULT_REASONS], max_length=MAX_REASONS
    )
    comment: StrictBool = True
    thanks: dict[Locale, Question] = Field(
        default_factory=lambda: _labels("感谢您的评价！", "Thank you for your feedback!"),
        min_length=1,
    )
    # An invitation stays answerable this many days after the subject ended (or the link
    # was made).
    answer_days: StrictInt = Field(default=7, ge=1, le=90)

    @field_validator("reasons")
    @classmethod
    def _unique_keys(cls, value: list[Reason]) -> list[Reason]:
        keys = [reason.key for reason in value]
        if len(set(keys)) != len(keys):
            raise ValueError("reason keys must be unique")
        return value

    def enabled_for(self, subject_type: str) -> bool:
        return self.conversations if subject_type == "conversation" else self.tickets

    def reason(self, key: str) -> Reason | None:
        return next((r for r in self.reasons if r.key == key), None)

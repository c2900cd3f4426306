"""What a routing rule can look at, and how each condition explains its verdict.

Conditions are data (JSON in the rule) validated by these models; ``test`` answers whether a
conversation matches and a short reason, which the dry run shows to the admin.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    StrictInt,
    StrictStr,
)

from kefu.contacts.schemas import MAX_LEVEL

Verdict = tuple[bool, str]


@dataclass(frozen=True, slots=True)
class Facts:
    """What routing knows of a conversation when it decides."""

    now: datetime  # aware
    timezone: ZoneInfo  # the tenant's, for conditions without their own
    channel: str = "web"
    url: str | None = None
    entry: str | None = None
    level: int = 0
    tags: frozenset[str] = frozenset()
    region: str | None = None
    text: str = ""  # the first customer message
    language: str | None = None
    attributes: Mapping[str, Any] = field(default_factory=dict)


def _hhmm(value: str) -> str:
    """``HH:MM``; ``24:00`` ends a window at midnight. Kept as text: zero-padded times
    compare correctly as strings."""
    if value == "24:00":
        return value
    try:
        time.fromisoformat(value)
    except ValueError:
        raise ValueError("a time of day as HH:MM") from None
    if len(value) != 5:
        raise ValueError("a time of day as HH:MM")
    return value


def _zone(value: str | None) -> str | None:
    if value is not None:
        try:
            ZoneInfo(value)
        except (ValueError, KeyError, OSError):
            raise ValueError("an IANA time zone such as Asia/Shanghai") from None
    return value


HHMM = Annotated[str, AfterValidator(_hhmm)]
Zone = Annotated[str | None, AfterValidator(_zone)]
Word = Annotated[StrictStr, Field(min_length=1, max_length=200)]
Words = Annotated[list[Word], Field(min_length=1, max_length=200)]


class _Condition(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    def test(self, facts: Facts) -> Verdict:  # pragma: no cover - every subclass overrides
        raise NotImplementedError


class Channel(_Condition):
    type: Literal["channel"]
    is_in: Words = Field(alias="in")

    def test(self, facts: Facts) -> Verdict:
        ok = facts.channel in self.is_in
        return ok, f"channel {facts.channel}{' ' if ok else ' not '}in {self.is_in}"


class Url(_Condition):
    """Source page URL against glob patterns (``*`` spans anything), ignoring case."""

    type: Literal["url"]
    patterns: Words
    _regex: re.Pattern[str] = PrivateAttr()

    def model_post_init(self, context: Any) -> None:
        joined = "|".join(fnmatch.translate(p.casefold()) for p in self.patterns)
        self._regex = re.compile(joined)

    def test(self, facts: Facts) -> Verdict:
        if not facts.url:
            return False, "no source page"
        match = self._regex.match(facts.url.casefold())
        return match is not None, f"page {facts.url}{' ' if match else ' not '}matching"


class Entry(_Condition):
    type: Literal["entry"]
    is_in: Words = Field(alias="in")

    def test(self, facts: Facts) -> Verdict:
        ok = facts.entry in self.is_in
        return ok, f"entry {facts.entry}{' ' if ok else ' not '}in {self.is_in}"


class Level(_Condition):
    type: Literal["level"]
    min: StrictInt = Field(default=0, ge=0, le=MAX_LEVEL)
    max: StrictInt = Field(default=MAX_LEVEL, ge=0, le=MAX_LEVEL)

    def test(self, facts: Facts) -> Verdict:
        ok = self.min <= facts.level <= self.max
        return ok, f"level {facts.level}{' ' if ok else ' not '}in {self.min}..{self.max}"


class Tags(_Condition):
    """Customer tags: any of ``any`` and all of ``all``."""

    type: Literal["tags"]
    any: list[Word] = Field(default_factory=list, max_length=200)
    all: list[Word] = Field(default_factory=list, max_length=200)

    def test(self, facts: Facts) -> Verdict:
        have = facts.tags
        ok = (not self.any or not have.isdisjoint(self.any)) and have.issuperset(self.all)
        return ok, f"tags {sorted(have)}{' ' if ok else ' do not '}match"


class Region(_Condition):
    """Region equal to, or beginning with, one of the values (区域分流: "广东" takes
    "广东深圳")."""

    type: Literal["region"]
    is_in: Words = Field(alias="in")

    def test(self, facts: Facts) -> Verdict:
        region = facts.region or ""
        ok = bool(region) and region.startswith(tuple(self.is_in))
        return ok, f"region {region or '-'}{' ' if ok else ' not '}in {self.is_in}"


class Keywords(_Condition):
    """Any of the words in the first message, ignoring case (substrings: Chinese has no
    spaces between words)."""

    type: Literal["keywords"]
    any: Words
    _folded: tuple[str, ...] = PrivateAttr()

    def model_post_init(self, context: Any) -> None:
        self._folded = tuple(word.casefold() for word in self.any)

    def test(self, facts: Facts) -> Verdict:
        text = facts.text.casefold()
        hit = next((w for w in self._folded if w in text), None)
        if hit is None:
            return False, "no keyword in the first message"
        return True, f"first message mentions {hit!r}"


class Language(_Condition):
    """Language tags by prefix: ``zh`` takes ``zh-CN`` and ``zh-TW``."""

    type: Literal["language"]
    is_in: Words = Field(alias="in")

    def test(self, facts: Facts) -> Verdict:
        language = (facts.language or "").casefold()
        ok = any(
            language == tag.casefold() or language.startswith(tag.casefold() + "-")
            for tag in self.is_in
        )
        return ok, f"language {facts.language or '-'}{' ' if ok else ' not '}in {self.is_in}"


class TimeOfDay(_Condition):
    """Days of the week (1 Monday … 7 Sunday) and a time window, which may pass midnight."""

    type: Literal["time"]
    days: list[Annotated[StrictInt, Field(ge=1, le=7)]] = Field(
        default_factory=lambda: [1, 2, 3, 4, 5, 6, 7], min_length=1, max_length=7
    )
    start: HHMM = Field(default="00:00", alias="from")
    end: HHMM = Field(default="24:00", alias="to")
    timezone: Zone = None

    def test(self, facts: Facts) -> Verdict:
        zone = ZoneInfo(self.timezone) if self.timezone else facts.timezone
        local = facts.now.astimezone(zone)
        clock = local.strftime("%H:%M")
        day = local.isoweekday()
        if self.start <= self.end:
            ok = day in self.days and self.start <= clock < self.end
        elif clock >= self.start:  # the evening part of an overnight window
            ok = day in self.days
        else:  # after midnight: the window opened the day before
            ok = clock < self.end and (day - 2) % 7 + 1 in self.days
        return ok, f"{local:%a %H:%M} {zone.key}{' ' if ok else ' not '}in the window"


class Attribute(_Condition):
    """A customer attribute (from the site's identity token or the CRM) equal to one of
    the values."""

    type: Literal["attribute"]
    key: Word
    is_in: list[StrictStr | StrictInt | bool] = Field(alias="in", min_length=1, max_length=200)

    def test(self, facts: Facts) -> Verdict:
        value = facts.attributes.get(self.key)
        ok = value is not None and value in self.is_in
        return ok, f"{self.key}={value!r}{' ' if ok else ' not '}in {self.is_in}"


class AllOf(_Condition):
    type: Literal["all"]
    of: list[Condition] = Field(min_length=1, max_length=50)

    def test(self, facts: Facts) -> Verdict:
        return test_all(self.of, facts)


class AnyOf(_Condition):
    type: Literal["any"]
    of: list[Condition] = Field(min_length=1, max_length=50)

    def test(self, facts: Facts) -> Verdict:
        reasons = []
        for condition in self.of:
            ok, why = condition.test(facts)
            if ok:
                return True, why
            reasons.append(why)
        return False, "none of: " + "; ".join(reasons)


class Not(_Condition):
    type: Literal["not"]
    of: Condition

    def test(self, facts: Facts) -> Verdict:
        ok, why = self.of.test(facts)
        return not ok, f"not ({why})"


Condition = Annotated[
    Channel
    | Url
    | Entry
    | Level
    | Tags
    | Region
    | Keywords
    | Language
    | TimeOfDay
    | Attribute
    | AllOf
    | AnyOf
    | Not,
    Field(discriminator="type"),
]
Conditions = Annotated[list[Condition], Field(max_length=50)]

for _model in (AllOf, AnyOf, Not):
    _model.model_rebuild()


def test_all(conditions: list[Condition], facts: Facts) -> Verdict:
    """All must hold (no conditions: always); the reason is the first that failed."""
    reasons = []
    for condition in conditions:
        ok, why = condition.test(facts)
        if not ok:
            return False, why
        reasons.append(why)
    return True, "; ".join(reasons) or "no conditions"

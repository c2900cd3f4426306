"""What a routing rule can look at, and how each condition explains its verdict.

Conditions are data (JSON in the rule) validated by these models; ``test`` answers whether a
conversation matches and a short reason, which the dry run shows to the admin.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Annotated, Any, Literal, TypeAlias
from zoneinfo import ZoneInfo

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictInt,
    StrictStr,
)

from kefu.contacts.schemas import MAX_LEVEL
from kefu.core.hours import HHMM

Why = list[str] | None  # where a condition says why, when asked (the dry run)


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


def _zone(value: str | None) -> str | None:
    if value is not None:
        try:
            ZoneInfo(value)
        except (ValueError, KeyError, OSError):
            raise ValueError("an IANA time zone such as Asia/Shanghai") from None
    return value


Zone = Annotated[str | None, AfterValidator(_zone)]
Word = Annotated[StrictStr, Field(min_length=1, max_length=200)]
Words = Annotated[list[Word], Field(min_length=1, max_length=200)]


class _Condition(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    def test(self, facts: Facts, why: Why = None) -> bool:  # pragma: no cover - abstract
        """Whether the conversation matches; with ``why``, append the reason. Routing asks
        thousands of times a second and the dry run once, so reasons are built on demand."""
        raise NotImplementedError


def _say(why: Why, ok: bool, subject: str, rest: str) -> bool:
    if why is not None:
        why.append(f"{subject}{' ' if ok else ' not '}{rest}")
    return ok


class Channel(_Condition):
    type: Literal["channel"]
    is_in: Words = Field(alias="in")

    def test(self, facts: Facts, why: Why = None) -> bool:
        ok = facts.channel in self.is_in
        if why is None:
            return ok
        return _say(why, ok, f"channel {facts.channel}", f"in {self.is_in}")


class Url(_Condition):
    """Source page URL against glob patterns (``*`` spans anything), ignoring case."""

    type: Literal["url"]
    patterns: Words

    @cached_property
    def _regex(self) -> re.Pattern[str]:
        return re.compile("|".join(fnmatch.translate(p.casefold()) for p in self.patterns))

    def test(self, facts: Facts, why: Why = None) -> bool:
        if not facts.url:
            return _say(why, False, "a source page", "given")
        ok = self._regex.match(facts.url.casefold()) is not None
        return _say(why, ok, f"page {facts.url}", "matching") if why is not None else ok


class Entry(_Condition):
    type: Literal["entry"]
    is_in: Words = Field(alias="in")

    def test(self, facts: Facts, why: Why = None) -> bool:
        ok = facts.entry in self.is_in
        return _say(why, ok, f"entry {facts.entry}", f"in {self.is_in}") if why is not None else ok


class Level(_Condition):
    type: Literal["level"]
    min: StrictInt = Field(default=0, ge=0, le=MAX_LEVEL)
    max: StrictInt = Field(default=MAX_LEVEL, ge=0, le=MAX_LEVEL)

    def test(self, facts: Facts, why: Why = None) -> bool:
        ok = self.min <= facts.level <= self.max
        if why is None:
            return ok
        return _say(why, ok, f"level {facts.level}", f"in {self.min}..{self.max}")


class Tags(_Condition):
    """Customer tags: any of ``any`` and all of ``all``."""

    type: Literal["tags"]
    any: list[Word] = Field(default_factory=list, max_length=200)
    all: list[Word] = Field(default_factory=list, max_length=200)

    def test(self, facts: Facts, why: Why = None) -> bool:
        have = facts.tags
        ok = (not self.any or not have.isdisjoint(self.any)) and have.issuperset(self.all)
        return _say(why, ok, f"tags {sorted(have)}", "matching") if why is not None else ok


class Region(_Condition):
    """Region equal to, or beginning with, one of the values (区域分流: "广东" takes
    "广东深圳")."""

    type: Literal["region"]
    is_in: Words = Field(alias="in")

    @cached_property
    def _prefixes(self) -> tuple[str, ...]:
        return tuple(self.is_in)

    def test(self, facts: Facts, why: Why = None) -> bool:
        region = facts.region or ""
        ok = bool(region) and region.startswith(self._prefixes)
        if why is None:
            return ok
        return _say(why, ok, f"region {region or '-'}", f"in {self.is_in}")


class Keywords(_Condition):
    """Any of the words in the first message, ignoring case (substrings: Chinese has no
    spaces between words)."""

    type: Literal["keywords"]
    any: Words

    @cached_property
    def _folded(self) -> tuple[str, ...]:
        return tuple(word.casefold() for word in self.any)

    def test(self, facts: Facts, why: Why = None) -> bool:
        text = facts.text.casefold()
        hit = next((w for w in self._folded if w in text), None)
        if why is not None:
            why.append(
                f"first message mentions {hit!r}" if hit else "no keyword in the first message"
            )
        return hit is not None


class Language(_Condition):
    """Language tags by prefix: ``zh`` takes ``zh-CN`` and ``zh-TW``."""

    type: Literal["language"]
    is_in: Words = Field(alias="in")

    @cached_property
    def _tags(self) -> tuple[tuple[str, str], ...]:
        return tuple((tag.casefold(), tag.casefold() + "-") for tag in self.is_in)

    def test(self, facts: Facts, why: Why = None) -> bool:
        language = (facts.language or "").casefold()
        ok = any(language == tag or language.startswith(prefix) for tag, prefix in self._tags)
        if why is None:
            return ok
        return _say(why, ok, f"language {facts.language or '-'}", f"in {self.is_in}")


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


class TimeOfDay(_Condition):
    """Days of the week (1 Monday … 7 Sunday) and a time window, which may pass midnight."""

    type: Literal["time"]
    days: list[Annotated[StrictInt, Field(ge=1, le=7)]] = Field(
        default_factory=lambda: [1, 2, 3, 4, 5, 6, 7], min_length=1, max_length=7
    )
    start: HHMM = Field(default="00:00", alias="from")
    end: HHMM = Field(default="24:00", alias="to")
    timezone: Zone = None

    @cached_property
    def _window(self) -> tuple[ZoneInfo | None, int, int, frozenset[int]]:
        zone = ZoneInfo(self.timezone) if self.timezone else None
        return zone, _minutes(self.start), _minutes(self.end), frozenset(self.days)

    def test(self, facts: Facts, why: Why = None) -> bool:
        zone, start, end, days = self._window
        local = facts.now.astimezone(zone or facts.timezone)
        clock = local.hour * 60 + local.minute
        day = local.isoweekday()
        if start <= end:
            ok = day in days and start <= clock < end
        elif clock >= start:  # the evening part of an overnight window
            ok = day in days
        else:  # after midnight: the window opened the day before
            ok = clock < end and (day - 2) % 7 + 1 in days
        if why is None:
            return ok
        place = (zone or facts.timezone).key
        return _say(why, ok, f"{local:%a %H:%M} {place}", "in the window")


class Attribute(_Condition):
    """A customer attribute (from the site's identity token or the CRM) equal to one of
    the values."""

    type: Literal["attribute"]
    key: Word
    is_in: list[StrictStr | StrictInt | bool] = Field(alias="in", min_length=1, max_length=200)

    def test(self, facts: Facts, why: Why = None) -> bool:
        value = facts.attributes.get(self.key)
        ok = value is not None and value in self.is_in
        return _say(why, ok, f"{self.key}={value!r}", f"in {self.is_in}") if why is not None else ok


# Composition has a fixed depth, not recursion: a rule's list (AND) of leaves, negated
# leaves, ANDs of those and ORs of all three. Any rule can be written so (as a CNF or a
# DNF), and the schema stays finite for clients, forms and fuzzers.
_Leaf: TypeAlias = (
    Channel | Url | Entry | Level | Tags | Region | Keywords | Language | TimeOfDay | Attribute
)


class Not(_Condition):
    type: Literal["not"]
    of: Annotated[_Leaf, Field(discriminator="type")]

    def test(self, facts: Facts, why: Why = None) -> bool:
        if why is None:
            return not self.of.test(facts)
        inner: list[str] = []
        ok = not self.of.test(facts, inner)
        why.append(f"not ({'; '.join(inner)})")
        return ok


class AllOf(_Condition):
    type: Literal["all"]
    of: list[Annotated[_Leaf | Not, Field(discriminator="type")]] = Field(
        min_length=1, max_length=50
    )

    def test(self, facts: Facts, why: Why = None) -> bool:
        return all_hold(self.of, facts, why)


class AnyOf(_Condition):
    type: Literal["any"]
    of: list[Annotated[_Leaf | Not | AllOf, Field(discriminator="type")]] = Field(
        min_length=1, max_length=50
    )

    def test(self, facts: Facts, why: Why = None) -> bool:
        if why is None:
            for condition in self.of:  # noqa: SIM110 - a loop beats any(genexpr) here
                if condition.test(facts):
                    return True
            return False
        reasons: list[str] = []
        for condition in self.of:
            if condition.test(facts, reasons):
                why.append(reasons[-1])
                return True
        why.append("none of: " + "; ".join(reasons))
        return False


Condition = Annotated[_Leaf | Not | AllOf | AnyOf, Field(discriminator="type")]
Conditions = Annotated[list[Condition], Field(max_length=50)]


def all_hold(conditions: Sequence[_Condition], facts: Facts, why: Why = None) -> bool:
    """All must hold (no conditions: always); with ``why``, the reasons of those that
    held, or the first that failed."""
    if why is None:
        for condition in conditions:  # noqa: SIM110 - the hot path: a loop beats all(genexpr)
            if not condition.test(facts):
                return False
        return True
    reasons: list[str] = []
    for condition in conditions:
        if not condition.test(facts, reasons):
            why.append(reasons[-1])
            return False
    why.append("; ".join(reasons) or "no conditions")
    return True

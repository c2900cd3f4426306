"""Business hours: a weekly schedule, holidays and a time zone.

Routing asks whether a skill group is open and when it opens again; SLA clocks count their
targets in open time (``add`` for a deadline, ``between`` for the time spent). Windows are
wall-clock times in the zone; the arithmetic is done on UTC instants, so a day of the
daylight-saving change lasts 23 or 25 hours, as it does on the clock on the wall.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Annotated
from zoneinfo import ZoneInfo

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# Days in a row without any open time after which ``add`` gives up: a year of holidays
# is a calendar mistake, not a deadline.
HORIZON_DAYS = 366
_DAY_MINUTES = 24 * 60
_CACHED_DAYS = 1000


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


HHMM = Annotated[str, AfterValidator(_hhmm)]
Window = Annotated[list[HHMM], Field(min_length=2, max_length=2)]
Windows = Annotated[list[Window], Field(max_length=10)]


def _check(windows: list[list[str]]) -> None:
    for start, end in windows:
        if start >= end:
            raise ValueError(f"a window must end after it starts: {start}-{end}")


def _date_text(value: object) -> object:
    # Pydantic would also read a number as a Unix time; the API takes ISO dates only.
    if isinstance(value, date) or (isinstance(value, str) and _ISO_DATE.match(value)):
        return value
    raise ValueError("an ISO 8601 date, e.g. 2026-10-01")


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
IsoDate = Annotated[date, BeforeValidator(_date_text)]


class Holiday(BaseModel):
    """A date with its own hours: none (closed all day) or special ones (调休), and an
    optional name the console shows (国庆节)."""

    model_config = ConfigDict(extra="forbid")
    date: IsoDate
    name: Annotated[str, StringConstraints(strip_whitespace=True, max_length=50)] | None = None
    hours: Windows = Field(default_factory=list)

    @model_validator(mode="after")
    def _windows(self) -> Holiday:
        _check(self.hours)
        return self


class Schedule(BaseModel):
    """Opening windows per weekday; a day not given is closed."""

    model_config = ConfigDict(extra="forbid")
    mon: Windows = Field(default_factory=list)
    tue: Windows = Field(default_factory=list)
    wed: Windows = Field(default_factory=list)
    thu: Windows = Field(default_factory=list)
    fri: Windows = Field(default_factory=list)
    sat: Windows = Field(default_factory=list)
    sun: Windows = Field(default_factory=list)

    @model_validator(mode="after")
    def _windows(self) -> Schedule:
        for day in DAYS:
            _check(getattr(self, day))
        return self


Minutes = tuple[tuple[int, int], ...]  # a day's windows as minutes since midnight
Span = tuple[datetime, datetime]  # an open stretch as UTC instants, [opens, closes)


def _minutes(windows: list[list[str]]) -> Minutes:
    """Sorted, with overlapping and touching windows merged, so no time counts twice."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(windows):
        opens, closes = _minute(start), _minute(end)
        if merged and opens <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(closes, merged[-1][1]))
        else:
            merged.append((opens, closes))
    return tuple(merged)


def _minute(clock: str) -> int:
    hour, minute = (int(part) for part in clock.split(":"))
    return hour * 60 + minute


def _offset(moment: datetime) -> timedelta:
    return moment.utcoffset() or timedelta(0)


def _utc(moment: datetime) -> datetime:
    if moment.utcoffset() is None:
        raise ValueError("business time needs an aware datetime")
    return moment.astimezone(UTC)


class BusinessHours:
    """Answers "open now?", "open again when?", and counts open time, in one time zone.

    ``schedule`` None means always open (holidays still close it). Instants in and out of
    ``add`` and ``between`` are aware; results are in UTC, to the microsecond."""

    def __init__(
        self, schedule: Schedule | None, holidays: list[Holiday], timezone: ZoneInfo
    ) -> None:
        self.schedule = schedule
        self.holidays = {h.date: h.hours for h in holidays}
        self.timezone = timezone
        self._week = tuple(_minutes(self._weekday(day)) for day in range(7))
        self._special = {day: _minutes(hours) for day, hours in self.holidays.items()}
        # Open every minute of every day: open time is plain elapsed time, whatever the zone.
        self._always = schedule is None and not holidays
        # Deadlines and time spent are asked again and again over the same weeks.
        self._days: dict[date, tuple[Span, ...]] = {}

    @classmethod
    def always(cls) -> BusinessHours:
        """Open round the clock, every day, without holidays: for targets counted in
        calendar time."""
        return cls(None, [], ZoneInfo("UTC"))

    def _weekday(self, weekday: int) -> list[list[str]]:
        if self.schedule is None:
            return [["00:00", "24:00"]]
        windows: list[list[str]] = getattr(self.schedule, DAYS[weekday])
        return windows

    def windows(self, day: date) -> list[list[str]]:
        if day in self.holidays:
            return self.holidays[day]
        return self._weekday(day.weekday())

    def is_open(self, now: datetime) -> bool:
        local = now.astimezone(self.timezone)
        clock = f"{local.hour:02d}:{local.minute:02d}"  # zero-padded: compares as text
        return any(start <= clock < end for start, end in self.windows(local.date()))

    def next_open(self, now: datetime, horizon_days: int = 31) -> datetime | None:
        """When it opens next (``now`` if open), or None within the horizon."""
        if self.is_open(now):
            return now
        local = now.astimezone(self.timezone)
        clock = local.strftime("%H:%M")
        for offset in range(horizon_days + 1):
            day = local.date() + timedelta(days=offset)
            for start, _end in sorted(self.windows(day)):
                if offset == 0 and start <= clock:
                    continue
                hour, minute = (int(part) for part in start.split(":"))
                opening = datetime(day.year, day.month, day.day, hour, minute)
                return opening.replace(tzinfo=self.timezone)
        return None

    def add(self, start: datetime, seconds: float) -> datetime:
        """The instant at which ``seconds`` of open time have passed since ``start``.

        Closed at ``start``: counting begins at the next opening (so 0 seconds is the next
        open instant at or after ``start``). A count used up exactly at a closing ends
        there (18:00, not 09:00 the next morning). Window by window, never minute by
        minute; ValueError after ``HORIZON_DAYS`` days in a row without open time."""
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError(f"business seconds must be a finite number ≥ 0, not {seconds}")
        start = _utc(start)
        left = timedelta(seconds=seconds)
        if self._always:
            return start + left
        day = start.astimezone(self.timezone).date()
        closed_days = 0
        while closed_days <= HORIZON_DAYS:
            counted = False
            for opens, closes in self._spans(day):
                begin = max(opens, start)
                if begin >= closes:
                    continue
                if left <= closes - begin:
                    return begin + left
                left -= closes - begin
                counted = True
            closed_days = 0 if counted else closed_days + 1
            day += timedelta(days=1)
        raise ValueError(f"these business hours do not open within {HORIZON_DAYS} days")

    def between(self, start: datetime, end: datetime) -> float:
        """Seconds of open time in [start, end); 0 when ``end`` is not after ``start``."""
        start, end = _utc(start), _utc(end)
        if end <= start:
            return 0.0
        if self._always:
            return (end - start).total_seconds()
        total = timedelta(0)
        day = start.astimezone(self.timezone).date()
        last = end.astimezone(self.timezone).date()
        while day <= last:
            for opens, closes in self._spans(day):
                overlap = min(closes, end) - max(opens, start)
                if overlap > timedelta(0):
                    total += overlap
            day += timedelta(days=1)
        return total.total_seconds()

    def _spans(self, day: date) -> tuple[Span, ...]:
        """The day's open windows as UTC instants, in order, none empty ("24:00" is the
        next midnight, so a window to midnight meets the next day's from "00:00")."""
        spans = self._days.get(day)
        if spans is None:
            if len(self._days) >= _CACHED_DAYS:
                self._days.clear()
            spans = self._days[day] = tuple(self._compute_spans(day))
        return spans

    def _compute_spans(self, day: date) -> list[Span]:
        minutes = self._special.get(day)
        if minutes is None:
            minutes = self._week[day.weekday()]
        if not minutes:
            return []
        midnight = datetime(day.year, day.month, day.day)
        offset = _offset(midnight.replace(tzinfo=self.timezone))
        if _offset((midnight + timedelta(days=1)).replace(tzinfo=self.timezone)) == offset:
            # The usual day, with no clock change: plain arithmetic from midnight.
            start = midnight.replace(tzinfo=UTC) - offset
            return [
                (start + timedelta(minutes=a), start + timedelta(minutes=b)) for a, b in minutes
            ]
        spans = []
        for opens, closes in minutes:
            span = self._instant(day, opens), self._instant(day, closes)
            if span[0] < span[1]:  # a window inside a skipped hour never opens
                spans.append(span)
        return spans

    def _instant(self, day: date, minute: int) -> datetime:
        """The first instant the wall clock shows ``minute`` of ``day``: for a time shown
        twice (the hour repeated in autumn), its first showing; for a time skipped (the
        hour lost in spring), the moment the clock jumps past it."""
        day += timedelta(days=minute // _DAY_MINUTES)
        minute %= _DAY_MINUTES
        wall = datetime(day.year, day.month, day.day, minute // 60, minute % 60)
        local = wall.replace(tzinfo=self.timezone)
        instant = local.astimezone(UTC)
        if instant.astimezone(self.timezone).replace(tzinfo=None) == wall:
            return instant
        # Skipped: fold 0 read it with the offset from before the jump, which places it
        # as far past the jump as it lies inside the lost hour. Find the jump, to the second.
        new_offset = _offset(instant.astimezone(self.timezone))
        gap = new_offset - _offset(local)
        base = instant - gap  # before the jump: the old offset still holds
        earlier, later = 0, int(gap.total_seconds())
        while later - earlier > 1:
            middle = (earlier + later) // 2
            moment = (base + timedelta(seconds=middle)).astimezone(self.timezone)
            if _offset(moment) == new_offset:
                later = middle
            else:
                earlier = middle
        return base + timedelta(seconds=later)

"""Business hours of a skill group: a weekly schedule, holidays, a time zone."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Annotated
from zoneinfo import ZoneInfo

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from kefu.routing.conditions import HHMM

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
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


class BusinessHours:
    """Answers "open now?" and "open again when?" in the group's time zone.

    ``schedule`` None means always open (holidays still close it)."""

    def __init__(
        self, schedule: Schedule | None, holidays: list[Holiday], timezone: ZoneInfo
    ) -> None:
        self.schedule = schedule
        self.holidays = {h.date: h.hours for h in holidays}
        self.timezone = timezone

    def windows(self, day: date) -> list[list[str]]:
        if day in self.holidays:
            return self.holidays[day]
        if self.schedule is None:
            return [["00:00", "24:00"]]
        windows: list[list[str]] = getattr(self.schedule, DAYS[day.weekday()])
        return windows

    def is_open(self, now: datetime) -> bool:
        local = now.astimezone(self.timezone)
        clock = f"{local.hour:02d}:{local.minute:02d}"  # zero-padded: compares as text
        return any(start <= clock < end for start, end in self.windows(local.date()))

    def _spans(self, day: date) -> list[tuple[datetime, datetime]]:
        """The day's open windows as UTC instants ("24:00" is the next midnight)."""
        spans = []
        for start, end in sorted(self.windows(day)):
            spans.append((self._instant(day, start), self._instant(day, end)))
        return spans

    def _instant(self, day: date, clock: str) -> datetime:
        hour, minute = (int(part) for part in clock.split(":"))
        if hour == 24:
            day, hour = day + timedelta(days=1), 0
        local = datetime(day.year, day.month, day.day, hour, minute, tzinfo=self.timezone)
        return local.astimezone(UTC)

    def add(self, start: datetime, seconds: float, horizon_days: int = 400) -> datetime:
        """The instant at which ``seconds`` of open time have passed since ``start``
        (counting from the next opening when closed); window by window, not minute by
        minute. ValueError when the hours never open within the horizon."""
        left = timedelta(seconds=seconds)
        first = start.astimezone(self.timezone).date()
        for offset in range(horizon_days + 1):
            for opens, closes in self._spans(first + timedelta(days=offset)):
                begin = max(opens, start)
                if begin >= closes:
                    continue
                if left <= closes - begin:
                    return begin + left
                left -= closes - begin
        raise ValueError("these business hours do not open within the horizon")

    def between(self, start: datetime, end: datetime) -> float:
        """Seconds of open time in [start, end)."""
        if end <= start:
            return 0.0
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

"""SLA clocks: targets counted in business time, paused while waiting on the customer.

A ticket runs two clocks, first response and resolution. Each holds its target in business
seconds, the business time already spent in earlier runs, and, while it runs, since when and
its deadline. Pausing banks the time spent; resuming sets a new deadline for what is left.
Deadlines are instants, so timers, lists and the console can use them as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol

Metric = Literal["first_response", "resolution"]
METRICS: tuple[Metric, ...] = ("first_response", "resolution")
Status = Literal["running", "paused", "met", "breached"]


class Hours(Protocol):
    """Business hours as SLA clocks need them (``kefu.core.hours.BusinessHours``)."""

    def add(self, start: datetime, seconds: float) -> datetime: ...

    def between(self, start: datetime, end: datetime) -> float: ...


@dataclass
class Clock:
    target: float  # business seconds
    spent: float = 0.0  # business seconds of earlier runs
    running_since: datetime | None = None
    due_at: datetime | None = None
    met_at: datetime | None = None
    breached_at: datetime | None = None
    warned_at: datetime | None = None

    def start(self, hours: Hours, now: datetime) -> None:
        if self.running_since is None and self.met_at is None:
            self.running_since = now
            self.due_at = hours.add(now, max(self.target - self.spent, 0.0))

    def pause(self, hours: Hours, now: datetime) -> None:
        if self.running_since is not None:
            self.spent += hours.between(self.running_since, now)
            self.running_since = None
            self.due_at = None

    def stop(self, hours: Hours, now: datetime) -> None:
        """The target is reached (a first answer, a solution): the clock stops for good."""
        if self.met_at is None:
            self.pause(hours, now)
            self.met_at = now

    def used(self, hours: Hours, now: datetime) -> float:
        running = hours.between(self.running_since, now) if self.running_since else 0.0
        return self.spent + running

    def status(self, now: datetime) -> Status:
        if self.met_at is not None:
            return "breached" if self.breached_at is not None else "met"
        if self.breached_at is not None or (self.due_at is not None and now >= self.due_at):
            return "breached"
        return "running" if self.running_since is not None else "paused"

    def warn_at(self, hours: Hours, warn_before: float) -> datetime | None:
        """When a warning is due: ``warn_before`` business seconds before the deadline."""
        if self.running_since is None or self.warned_at is not None:
            return None
        left = self.target - self.spent - warn_before
        return hours.add(self.running_since, max(left, 0.0))

    def to_json(self) -> dict[str, object]:
        return {
            "target": self.target,
            "spent": self.spent,
            "running_since": _iso(self.running_since),
            "due_at": _iso(self.due_at),
            "met_at": _iso(self.met_at),
            "breached_at": _iso(self.breached_at),
            "warned_at": _iso(self.warned_at),
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Clock:
        def moment(key: str) -> datetime | None:
            value = data.get(key)
            return datetime.fromisoformat(value) if isinstance(value, str) else None

        target, spent = data.get("target", 0), data.get("spent", 0)
        return cls(
            target=float(target) if isinstance(target, int | float) else 0.0,
            spent=float(spent) if isinstance(spent, int | float) else 0.0,
            running_since=moment("running_since"),
            due_at=moment("due_at"),
            met_at=moment("met_at"),
            breached_at=moment("breached_at"),
            warned_at=moment("warned_at"),
        )


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


PRIORITIES = ("low", "normal", "high", "urgent")
Priority = Literal["low", "normal", "high", "urgent"]


def raised(priority: str) -> str:
    """One step more urgent (an escalation), ``urgent`` staying urgent."""
    index = PRIORITIES.index(priority) if priority in PRIORITIES else 1
    return PRIORITIES[min(index + 1, len(PRIORITIES) - 1)]

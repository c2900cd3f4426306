"""The one place that tells the time, so tests can reason about it.

Every rule that depends on the time (SLA clocks, timers, appointments, token expiry) asks
``utcnow()``. Tests move the clock with ``advance``, or stop it with ``freeze`` when they
measure durations to the second; a running server is never moved.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

_offset = timedelta(0)
_frozen: datetime | None = None


def utcnow() -> datetime:
    return (_frozen or datetime.now(UTC)) + _offset


def advance(by: timedelta) -> None:
    """Moves this process's clock forward (tests only)."""
    global _offset
    _offset += by


def freeze() -> None:
    """Stops this process's clock at the present instant; only ``advance`` moves it then
    (tests only)."""
    global _frozen
    _frozen = datetime.now(UTC)


def reset() -> None:
    global _offset, _frozen
    _offset = timedelta(0)
    _frozen = None

"""The one place that tells the time, so tests can reason about it.

Every rule that depends on the time (SLA clocks, timers, appointments, token expiry) asks
``utcnow()``. Tests move the clock with ``advance``; a running server is never moved.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

_offset = timedelta(0)


def utcnow() -> datetime:
    return datetime.now(UTC) + _offset


def advance(by: timedelta) -> None:
    """Moves this process's clock forward (tests only)."""
    global _offset
    _offset += by


def reset() -> None:
    global _offset
    _offset = timedelta(0)

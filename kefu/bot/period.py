"""A reporting window of whole days in the tenant's time zone, and the SQL that buckets
UTC timestamps into those days on SQLite and PostgreSQL alike.

A day is midnight to midnight where the tenant is; ``until`` is included. Zones that
change their offset (summer time) are handled by splitting the window where the offset
changes: within each piece the local day of a timestamp is ``(epoch + offset) // 86400``,
one grouped query per piece (one piece for zones such as Asia/Shanghai, about three a
year elsewhere).
"""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import BigInteger, ColumnElement, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from kefu.core.clock import utcnow
from kefu.core.errors import Invalid
from kefu.identity.models import Tenant

MAX_DAYS = 366
DEFAULT_DAYS = 7
_EPOCH = date(1970, 1, 1)


async def tenant_zone(session: AsyncSession, tenant_id: uuid.UUID) -> ZoneInfo:
    """The tenant's time zone (Asia/Shanghai when unset, UTC when unknown)."""
    name = await session.scalar(select(Tenant.timezone).where(Tenant.id == tenant_id))
    try:
        return ZoneInfo(name or "Asia/Shanghai")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


@dataclass(frozen=True, slots=True)
class Piece:
    """Part of a window with one UTC offset: ``[start, end)``, ``offset`` in seconds."""

    start: datetime
    end: datetime
    offset: int


@dataclass(frozen=True, slots=True)
class Period:
    since: date
    until: date  # included
    zone: ZoneInfo

    def _midnight(self, day: date) -> datetime:
        return datetime.combine(day, time.min, tzinfo=self.zone).astimezone(UTC)

    @property
    def start(self) -> datetime:
        return self._midnight(self.since)

    @property
    def end(self) -> datetime:
        return self._midnight(self.until + timedelta(days=1))

    @property
    def days(self) -> list[date]:
        return [self.since + timedelta(days=i) for i in range((self.until - self.since).days + 1)]

    def pieces(self) -> list[Piece]:
        """The window split where the zone's UTC offset changes, to the second."""
        bounds = [self.start]
        second = timedelta(seconds=1)
        for day in self.days:  # an offset changes at most once a day
            low, high = self._midnight(day), self._midnight(day + timedelta(days=1)) - second
            if self._offset(low) != self._offset(high):
                bounds.append(self._change(low, high, self._offset(low)))
        bounds.append(self.end)
        return [Piece(a, b, self._offset(a)) for a, b in itertools.pairwise(bounds)]

    def _offset(self, instant: datetime) -> int:
        delta = instant.astimezone(self.zone).utcoffset()
        return int(delta.total_seconds()) if delta is not None else 0

    def _change(self, low: datetime, high: datetime, offset: int) -> datetime:
        """The first second in ``(low, high)`` whose offset is no longer ``offset``."""
        while high - low > timedelta(seconds=1):
            middle = low + (high - low) / 2
            middle = middle.replace(microsecond=0)
            if middle <= low:
                break
            if self._offset(middle) == offset:
                low = middle
            else:
                high = middle
        return high


def period(
    zone: ZoneInfo, since: date | None, until: date | None, *, today: date | None = None
) -> Period:
    """The window from ``since`` to ``until`` (both included); by default the last seven
    days up to today where the tenant is. At most ``MAX_DAYS`` days."""
    last = until or today or utcnow().astimezone(zone).date()
    first = since or last - timedelta(days=DEFAULT_DAYS - 1)
    if first > last:
        raise Invalid(
            "since must not be later than until.",
            code="invalid_range",
            details={"since": first.isoformat(), "until": last.isoformat()},
        )
    if (last - first).days + 1 > MAX_DAYS:
        raise Invalid(
            f"A window covers at most {MAX_DAYS} days.",
            code="range_too_long",
            details={"max_days": MAX_DAYS},
        )
    return Period(first, last, zone)


def day_of(number: int) -> date:
    """The date of a day number as ``local_day`` gives it."""
    return _EPOCH + timedelta(days=number)


class _LocalDay(FunctionElement[int]):
    """Days since 1970-01-01 of a UTC timestamp column shifted by a fixed offset."""

    type = BigInteger()
    # The offset is written into the SQL, not bound: statements holding this element are
    # not cached, or one offset's SQL would serve them all.
    inherit_cache = False
    name = "local_day"

    def __init__(
        self, column: ColumnElement[Any] | InstrumentedAttribute[Any], offset: int
    ) -> None:
        self.offset = int(offset)
        super().__init__(column)


def local_day(
    column: ColumnElement[Any] | InstrumentedAttribute[Any], offset: int
) -> ColumnElement[int]:
    """The local day number of ``column`` at ``offset`` seconds from UTC. The offset is
    written into the SQL as an integer literal, so that the same expression in the
    select list and in GROUP BY compare equal on PostgreSQL."""
    return _LocalDay(column, offset)


def _column(element: _LocalDay, compiler: SQLCompiler, **kw: Any) -> str:
    (column,) = list(element.clauses)
    return str(compiler.process(column, **kw))


@compiles(_LocalDay)
def _local_day_default(element: _LocalDay, compiler: SQLCompiler, **kw: Any) -> str:
    column = _column(element, compiler, **kw)
    return f"CAST(FLOOR((EXTRACT(EPOCH FROM {column}) + {element.offset}) / 86400) AS BIGINT)"


@compiles(_LocalDay, "sqlite")
def _local_day_sqlite(element: _LocalDay, compiler: SQLCompiler, **kw: Any) -> str:
    # Timestamps are stored as UTC text; integer division floors for dates after 1970.
    column = _column(element, compiler, **kw)
    return f"((CAST(strftime('%s', {column}) AS INTEGER) + {element.offset}) / 86400)"


async def read_period(
    session: AsyncSession, tenant_id: uuid.UUID, since: date | None, until: date | None
) -> Period:
    """``period`` in the tenant's time zone."""
    return period(await tenant_zone(session, tenant_id), since, until)

"""Read-only SQLite connections whose statements run on the event loop, within a budget.

aiosqlite runs every driver call on a worker thread: about ten thread round trips per
transaction, most of what a small read costs. In WAL mode a reader takes no lock and waits
for nobody, so a short read is cheaper run where it is. Each statement therefore runs
inline under a progress handler. One that is still running after ``INLINE_BUDGET``
seconds, or that finds the database busy (a rare lock while another connection opens,
closes or recovers the WAL), is abandoned and run again from the start on a worker thread,
with the usual busy timeout. A ``SELECT`` changes nothing and, interrupted, leaves its
transaction and snapshot in place, so the rerun sees the same data. The event loop is
blocked for at most about ``INLINE_BUDGET`` per statement.

Only reads run this way: writers keep aiosqlite, because a write can wait seconds for
SQLite's write lock (``busy_timeout``) or for a checkpoint's fsync, and that must never
stall the loop. The connections are read-only (``PRAGMA query_only``): a write attempted
here fails at once with "attempt to write a readonly database".

:class:`ReadConnection` offers the part of aiosqlite's API that SQLAlchemy's aiosqlite
dialect uses, so the engine is made with ``create_async_engine(async_creator=...)``: the
same dialect, SQL and type handling as the writer's.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any, Self

INLINE_BUDGET = 0.002
"""Seconds a statement may run on the event loop before it moves to a worker thread."""

BUSY_TIMEOUT_MS = 30_000
"""How long a statement run on a worker thread waits for a lock, as the writer does."""

_PROGRESS_STEPS = 1_000  # SQLite VM instructions between two looks at the clock


class _Deadline:
    """A progress handler that interrupts the statement once its time is up."""

    __slots__ = ("at", "passed")

    def __init__(self, seconds: float) -> None:
        self.at = time.perf_counter() + seconds
        self.passed = False

    def __call__(self) -> bool:
        if time.perf_counter() > self.at:
            self.passed = True
        return self.passed


class ReadCursor:
    """Runs a statement and buffers all its rows, inline or, past the budget, on a thread."""

    def __init__(self, connection: ReadConnection) -> None:
        self._owner = connection
        self._cursor = connection.sqlite.cursor()
        self._rows: deque[Any] = deque()
        self.arraysize = 1

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    @property
    def description(self) -> Any:
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._cursor.lastrowid

    def _run(self, sql: str, parameters: Sequence[Any] | dict[str, Any]) -> list[Any]:
        self._cursor.execute(sql, parameters)
        return self._cursor.fetchall()

    async def execute(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
    ) -> Self:
        parameters = () if parameters is None else parameters
        connection = self._owner.sqlite
        deadline = _Deadline(INLINE_BUDGET)
        connection.set_progress_handler(deadline, _PROGRESS_STEPS)
        try:
            rows = self._run(sql, parameters)
        except sqlite3.OperationalError as exc:
            code = exc.sqlite_errorcode & 0xFF  # the primary code of an extended one
            over_budget = deadline.passed and code == sqlite3.SQLITE_INTERRUPT
            if not (over_budget or code == sqlite3.SQLITE_BUSY):
                raise
            connection.set_progress_handler(None, 0)
            rows = await self._owner.off_loop(self._run, sql, parameters)
        finally:
            connection.set_progress_handler(None, 0)
        self._rows = deque(rows)
        return self

    async def executemany(self, sql: str, parameters: Sequence[Any]) -> Self:
        # Only writes need it, and query_only refuses them here.
        self._cursor.executemany(sql, parameters)
        return self

    async def fetchone(self) -> Any:
        return self._rows.popleft() if self._rows else None

    async def fetchmany(self, size: int | None = None) -> list[Any]:
        count = min(size or self.arraysize, len(self._rows))
        return [self._rows.popleft() for _ in range(count)]

    async def fetchall(self) -> list[Any]:
        rows = list(self._rows)
        self._rows.clear()
        return rows

    async def close(self) -> None:
        self._rows.clear()
        self._cursor.close()


class ReadConnection:
    """A read-only SQLite connection with aiosqlite's interface, run inline (see module)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.sqlite = connection

    @property
    def _connection(self) -> sqlite3.Connection:
        # SQLAlchemy's aiosqlite adapter looks for the open connection under this name
        # before it commits or rolls back.
        return self.sqlite

    @property
    def isolation_level(self) -> str | None:
        return self.sqlite.isolation_level

    def cursor(self) -> ReadCursor:
        return ReadCursor(self)

    def begin(self) -> None:
        """Start a deferred transaction: the snapshot is taken by the first read."""
        self.sqlite.execute("BEGIN")

    async def off_loop(
        self, run: Callable[[str, Any], list[Any]], sql: str, parameters: Any
    ) -> list[Any]:
        """``run(sql, parameters)`` on a worker thread, allowed to wait for locks.

        Cancelled, the statement is interrupted, whether it is already running or not
        yet started, so the connection is free again at once.
        """
        cancelled = False

        def stop() -> bool:
            return cancelled

        def work() -> list[Any]:
            self.sqlite.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.sqlite.set_progress_handler(stop, _PROGRESS_STEPS)
            try:
                return run(sql, parameters)
            finally:
                self.sqlite.set_progress_handler(None, 0)
                self.sqlite.execute("PRAGMA busy_timeout = 0")

        try:
            return await asyncio.to_thread(work)
        except asyncio.CancelledError:
            cancelled = True
            self.sqlite.interrupt()
            raise

    async def commit(self) -> None:
        self.sqlite.commit()

    async def rollback(self) -> None:
        self.sqlite.rollback()

    async def close(self) -> None:
        self.sqlite.close()

    def stop(self) -> None:
        self.sqlite.close()

    async def create_function(self, *args: Any, **kwargs: Any) -> None:
        self.sqlite.create_function(*args, **kwargs)


def open_read_connection(path: str) -> ReadConnection:
    """A read-only connection to the SQLite file at ``path``, which must already be WAL."""
    # isolation_level=None: no implicit transactions; Kefu begins them (see engine.py).
    # check_same_thread=False: a statement past its budget finishes on a worker thread.
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA busy_timeout = 0")  # never wait for a lock on the loop
        connection.execute("PRAGMA query_only = ON")
    except BaseException:
        connection.close()
        raise
    return ReadConnection(connection)

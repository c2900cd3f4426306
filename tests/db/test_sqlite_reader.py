"""SQLite read connections: inline while short, on a worker thread past the budget or when
the database is busy, read-only always."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from kefu.db import sqlite_reader
from kefu.db.sqlite_reader import ReadConnection, ReadCursor, open_read_connection

# Long enough to pass any budget: 200,000 steps of a recursive query.
SLOW = (
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000) "
    "SELECT count(*), ran_on() FROM c"
)
# A statement that runs for many seconds.
ENDLESS = (
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3e8) "
    "SELECT count(*) FROM c"
)


@pytest.fixture
def path(tmp_path: Path) -> str:
    file = str(tmp_path / "read.db")
    setup = sqlite3.connect(file, isolation_level=None)
    setup.execute("PRAGMA journal_mode=WAL")
    setup.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    setup.execute("INSERT INTO t VALUES (1, 'one'), (2, 'two')")
    setup.close()
    return file


@pytest.fixture
async def reader(path: str) -> AsyncIterator[ReadConnection]:
    connection = open_read_connection(path)
    await connection.create_function("ran_on", 0, lambda: threading.current_thread().name)
    yield connection
    await connection.close()


class OffLoop(list[str]):
    """The statements sent to a worker thread; ``sent`` is set at the first."""

    def __init__(self) -> None:
        super().__init__()
        self.sent = asyncio.Event()


@pytest.fixture
def off_loop_calls(monkeypatch: pytest.MonkeyPatch) -> OffLoop:
    calls = OffLoop()
    original = ReadConnection.off_loop

    async def spy(self: ReadConnection, *args: object) -> object:
        calls.append(str(args[1]))
        calls.sent.set()
        return await original(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(ReadConnection, "off_loop", spy)
    return calls


async def _rows(reader: ReadConnection, sql: str) -> list[tuple[object, ...]]:
    cursor = reader.cursor()
    await cursor.execute(sql)
    rows = await cursor.fetchall()
    await cursor.close()
    return rows


async def test_a_short_statement_runs_on_the_event_loop(
    reader: ReadConnection, off_loop_calls: OffLoop
) -> None:
    rows = await _rows(reader, "SELECT name, ran_on() FROM t ORDER BY id")
    here = threading.current_thread().name
    assert rows == [("one", here), ("two", here)]
    assert off_loop_calls == []


async def test_a_statement_past_its_budget_finishes_on_a_worker_thread(
    reader: ReadConnection, off_loop_calls: OffLoop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_reader, "INLINE_BUDGET", 0.0)
    reader.begin()
    [(count, thread)] = await _rows(reader, SLOW)
    assert count == 200000
    assert thread != threading.current_thread().name
    assert off_loop_calls == [SLOW]
    # The interrupted SELECT left the transaction, and its snapshot, in place.
    assert reader.sqlite.in_transaction
    assert await _rows(reader, "SELECT count(*) FROM t") == [(2,)]
    await reader.rollback()


async def test_a_busy_database_is_waited_for_on_a_worker_thread(
    path: str, reader: ReadConnection, off_loop_calls: OffLoop
) -> None:
    # A connection in exclusive locking mode keeps every other reader out, even in WAL.
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE t SET name = 'uno' WHERE id = 1")
    holder.execute("COMMIT")  # the exclusive lock stays until the connection closes
    read = asyncio.create_task(_rows(reader, "SELECT name FROM t WHERE id = 1"))
    await off_loop_calls.sent.wait()  # the read met the lock and left the loop, which runs on
    assert not read.done()
    holder.close()
    assert await asyncio.wait_for(read, timeout=20) == [("uno",)]


async def test_cancelling_a_statement_on_a_worker_thread_interrupts_it(
    reader: ReadConnection, off_loop_calls: OffLoop, monkeypatch: pytest.MonkeyPatch
) -> None:
    worker_outcomes: list[str] = []
    worker_done = threading.Event()
    run = ReadCursor._run

    def spy(self: ReadCursor, sql: str, parameters: Any) -> list[Any]:
        if threading.current_thread() is threading.main_thread():
            return run(self, sql, parameters)
        try:
            return run(self, sql, parameters)
        except sqlite3.OperationalError as exc:
            worker_outcomes.append(str(exc))
            raise
        finally:
            worker_done.set()

    monkeypatch.setattr(ReadCursor, "_run", spy)
    monkeypatch.setattr(sqlite_reader, "INLINE_BUDGET", 0.0)
    endless = asyncio.create_task(_rows(reader, ENDLESS))
    await off_loop_calls.sent.wait()
    endless.cancel()
    with pytest.raises(asyncio.CancelledError):
        await endless
    # Without the interrupt, the statement would run to its end and succeed.
    await asyncio.to_thread(worker_done.wait)
    assert worker_outcomes == ["interrupted"]
    assert await _rows(reader, "SELECT count(*) FROM t") == [(2,)]


async def test_other_errors_are_raised_not_retried(
    reader: ReadConnection, off_loop_calls: OffLoop
) -> None:
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        await _rows(reader, "SELECT * FROM missing")
    assert off_loop_calls == []


async def test_read_connections_refuse_writes(reader: ReadConnection) -> None:
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        await _rows(reader, "UPDATE t SET name = 'x'")
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        await reader.cursor().executemany("INSERT INTO t (name) VALUES (?)", [("x",)])
    assert await _rows(reader, "SELECT name FROM t ORDER BY id") == [("one",), ("two",)]

"""Engines for the two supported backends, behind one code path.

Each database has a writer engine, used by ``Database.transaction()``, and a reader engine
for ``Database.read()``, whose transactions are read-only. On PostgreSQL both share one
pool and a read transaction starts with ``BEGIN READ ONLY``. On SQLite the reader is a
pool of its own read-only connections.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

SQLITE_READERS = 4
"""Pooled read connections per process on SQLite; each read transaction holds one."""


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def create_engine(url: str) -> AsyncEngine:
    """The writer engine (on PostgreSQL, the only pool)."""
    if not is_sqlite(url):
        return create_async_engine(url, pool_size=10, max_overflow=10, pool_pre_ping=True)

    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    # SQLite has one writer. A single pooled connection serialises transactions in the
    # process, so a read-then-write transaction can never hit SQLITE_BUSY_SNAPSHOT, and
    # chained writes (the audit log) need no further locking on this backend.
    engine = create_async_engine(
        url, pool_size=1, max_overflow=0, pool_timeout=30, connect_args={"timeout": 30}
    )

    @event.listens_for(engine.sync_engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        # Kefu, not the driver, starts transactions (see _begin below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _begin(connection: Any) -> None:
        # The driver would begin only at the first write, leaving earlier reads outside the
        # transaction. IMMEDIATE takes the write lock up front, so another process (the CLI
        # beside the server) waits its turn instead of racing between a read and a write.
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def create_read_engine(engine: AsyncEngine) -> AsyncEngine:
    """The engine for read-only transactions beside the writer ``engine``.

    A write attempted through it fails: PostgreSQL refuses it in a ``READ ONLY``
    transaction, SQLite on a ``query_only`` connection.
    """
    url = engine.url
    if url.get_backend_name() != "sqlite":
        return engine.execution_options(postgresql_readonly=True)
    database = url.database
    if not database or database == ":memory:" or url.query.get("uri"):
        # Another connection would not see this database; read through the writer.
        return engine

    reader = create_async_engine(
        url,
        pool_size=SQLITE_READERS,
        max_overflow=0,
        pool_timeout=30,
        connect_args={"timeout": 30},
    )

    @event.listens_for(reader.sync_engine, "connect")
    def _read_only(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA query_only=ON")  # a write: "attempt to write a readonly database"
        cursor.close()

    @event.listens_for(reader.sync_engine, "begin")
    def _begin(connection: Any) -> None:
        # Deferred: a reader takes no lock, and its snapshot starts at its first read.
        connection.exec_driver_sql("BEGIN")

    return reader

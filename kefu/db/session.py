"""Units of work: transactions that commit, then publish the events they staged, and
read-only transactions that can change nothing."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.orm import Session

from kefu.core.bus import EventBus, staged, take_staged
from kefu.core.events import Event
from kefu.db.engine import create_read_engine


class WriteInReadTransaction(RuntimeError):
    """Something tried to change data inside ``Database.read()``: a bug, never a user error."""


class _ReadOnlySession(Session):
    """Refuses to flush: added, changed or deleted objects fail loudly instead of being
    written or silently dropped. The database refuses writes too (see ``engine.py``)."""

    def flush(self, objects: Iterable[Any] | None = None) -> None:
        if self.new or self.dirty or self.deleted:
            raise WriteInReadTransaction(
                "A read-only transaction cannot write: use Database.transaction()."
            )


# Runs inside a transaction, before its commit, with the events it staged: for work that
# must commit or fail together with them (a webhook outbox).
BeforeCommit = Callable[[AsyncSession, list[Event]], Awaitable[None]]


class Database:
    def __init__(self, engine: AsyncEngine, bus: EventBus) -> None:
        self.before_commit: list[BeforeCommit] = []
        self.engine = engine
        self.reader = create_read_engine(engine)
        self.bus = bus
        self.sessions = async_sessionmaker(engine, expire_on_commit=False)
        self.read_sessions = async_sessionmaker(
            self.reader, sync_session_class=_ReadOnlySession, expire_on_commit=False
        )

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """One unit of work. Staged events are published only if the commit succeeds."""
        async with self.sessions() as session:
            try:
                yield session
                events = staged(session)
                if events:
                    for hook in self.before_commit:
                        await hook(session, events)
                await session.commit()
            except BaseException:
                await session.rollback()
                take_staged(session)
                raise
        await self.bus.publish(take_staged(session))

    @asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncSession]:
        """A read-only transaction: a consistent snapshot, no write lock, no events.

        Any attempt to write fails: the session refuses to flush, the database refuses
        the statement, and an event staged here raises ``WriteInReadTransaction`` at the
        end. The transaction ends with a rollback; loaded objects stay readable.
        """
        async with self.read_sessions() as session:
            yield session
            if take_staged(session) or session.new or session.dirty or session.deleted:
                raise WriteInReadTransaction(
                    "A read-only transaction cannot write or emit events: "
                    "use Database.transaction()."
                )

    async def close(self) -> None:
        if self.reader.sync_engine.pool is not self.engine.sync_engine.pool:
            await self.reader.dispose()
        await self.engine.dispose()

"""Group commit for live messages.

Sockets hand their messages to one writer per process; it stores whatever has queued up
since its last round in one transaction (``Conversations.send_many``) and answers each
sender after the commit. Under load a round carries hundreds of messages for the price of
one commit; when idle, a message waits for nothing but its own transaction.

A round's events are published, and its senders answered, while the next round is in the
database: the event loop fans one round out as the database thread stores the next. The
rounds' publications are chained, so events still reach subscribers in commit order, and
a sender hears after its message's events were dispatched.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass

from kefu.conversations.service import Conversations, Draft, Sent
from kefu.core.errors import KefuError
from kefu.core.events import Event
from kefu.db.session import Database

log = logging.getLogger("kefu.conversations")

MAX_BATCH = 500


@dataclass(slots=True)
class _Queued:
    draft: Draft
    answer: asyncio.Future[Sent]


class MessageWriter:
    def __init__(self, db: Database, conversations: Conversations) -> None:
        self._db = db
        self._conversations = conversations
        self._queue: asyncio.Queue[_Queued] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None
        self._published: asyncio.Task[None] | None = None  # the latest round's publication

    async def send(self, draft: Draft) -> Sent:
        """Store ``draft``; the stored message (or its earlier copy) once committed.

        Raises the draft's ``KefuError`` when it is refused, or the database's error when
        the round failed (then nothing of the round was stored, and nothing acknowledged).
        """
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name="kefu-message-writer")
        answer: asyncio.Future[Sent] = asyncio.get_running_loop().create_future()
        self._queue.put_nowait(_Queued(draft, answer))
        return await answer

    async def _run(self) -> None:
        while True:
            batch = [await self._queue.get()]
            while len(batch) < MAX_BATCH and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            await self._write(batch)

    async def _write(self, batch: list[_Queued]) -> None:
        results: list[Sent | KefuError] = []

        async def publish(events: list[Event]) -> None:
            self._published = asyncio.create_task(
                self._publish(self._published, events, batch, results)
            )

        try:
            async with self._db.transaction(publish) as session:
                results = await self._conversations.send_many(session, [q.draft for q in batch])
        except Exception as exc:  # the round is lost as a whole: every sender hears so
            log.exception("storing %d messages failed", len(batch))
            for queued in batch:
                if not queued.answer.done():
                    queued.answer.set_exception(exc)

    async def _publish(
        self,
        previous: asyncio.Task[None] | None,
        events: list[Event],
        batch: list[_Queued],
        results: list[Sent | KefuError],
    ) -> None:
        """Publish a committed round's events after the round before it; then answer."""
        try:
            if previous is not None:
                await asyncio.wait([previous])  # its outcome is its own; only its end matters
            await self._db.bus.publish(events)
        except Exception:  # the bus logs its subscribers' failures; this is anything else
            log.exception("publishing %d events failed", len(events))
        finally:  # the round is committed: its senders hear so whatever happened above
            for queued, result in zip(batch, results, strict=True):
                if queued.answer.done():  # the sender went away
                    continue
                if isinstance(result, KefuError):
                    queued.answer.set_exception(result)
                else:
                    queued.answer.set_result(result)

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._published is not None:  # what was committed is still published
            await asyncio.wait([self._published])

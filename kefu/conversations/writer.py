"""Group commit for live messages.

Sockets hand their messages to one writer per process; it stores whatever has queued up
since its last round in one transaction (``Conversations.send_many``) and answers each
sender after the commit. Under load a round carries hundreds of messages for the price of
one commit; when idle, a message waits for nothing but its own transaction.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass

from kefu.conversations.service import Conversations, Draft, Sent
from kefu.core.errors import KefuError
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
        try:
            async with self._db.transaction() as session:
                results = await self._conversations.send_many(session, [q.draft for q in batch])
        except Exception as exc:  # the round is lost as a whole: every sender hears so
            log.exception("storing %d messages failed", len(batch))
            for queued in batch:
                if not queued.answer.done():
                    queued.answer.set_exception(exc)
            return
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

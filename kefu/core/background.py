"""Work a process runs beside its requests, from start-up to shut-down: routing, webhook
deliveries, the bot, agent assist."""

from __future__ import annotations

import asyncio
import contextlib


class BackgroundLoop:
    """One task running ``_run`` between ``start`` and ``close``."""

    task_name = "kefu-background"
    _task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=self.task_name)

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _run(self) -> None:
        raise NotImplementedError

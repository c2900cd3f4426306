"""The loop that looks at the scheduled jobs table, in every process from start to close.

What it does with due jobs depends on the process (``use``): ``kefu serve`` without Redis
runs them itself (``Scheduler.run_due``), ``kefu worker`` hands them to the queue, and
``kefu serve`` beside workers leaves them alone. Every process refreshes the backlog
metrics, so a deployment whose workers are missing shows its jobs waiting.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from kefu.core.background import BackgroundLoop
from kefu.core.clock import utcnow
from kefu.jobs.metrics import JobMetrics
from kefu.jobs.scheduler import BATCH, Scheduler

log = logging.getLogger("kefu.jobs")

Work = Callable[[int], Awaitable[int]]
"""Takes up to that many due jobs; how many it took."""

_WATCH_TICKS = 10  # ticks between two refreshes of the backlog metrics


class JobLoop(BackgroundLoop):
    """Wakes at the earliest due time or every tick, whichever comes first, or when a
    timer due sooner is committed in this process."""

    task_name = "kefu-jobs"

    def __init__(self, scheduler: Scheduler, metrics: JobMetrics, tick_seconds: float) -> None:
        self._scheduler = scheduler
        self._metrics = metrics
        self._tick = tick_seconds
        self._work: Work | None = None
        scheduler.observe(metrics.count)

    def use(self, work: Work | None) -> None:
        """What this process does with due jobs; None: nothing (another process runs them)."""
        self._work = work

    async def close(self) -> None:
        await super().close()
        self._scheduler.next_look_at = None

    async def _run(self) -> None:
        scheduler = self._scheduler
        loop = asyncio.get_running_loop()
        watched_at = -float("inf")
        while True:
            scheduler.wake.clear()
            taken, next_due = 0, None
            if self._work is not None:
                # A timer due before this round's end wakes the loop for one more round.
                scheduler.next_look_at = utcnow() + timedelta(seconds=self._tick)
            try:
                if self._work is not None:
                    # A read first: claiming takes the write lock, which SQLite has one of.
                    next_due = await scheduler.next_due()
                    if next_due is not None and next_due <= utcnow():
                        taken = await self._work(BATCH)
                        next_due = await scheduler.next_due()
                if loop.time() - watched_at >= _WATCH_TICKS * self._tick:
                    watched_at = loop.time()
                    self._metrics.record(await scheduler.backlog())
            except Exception:  # the loop must outlive a bad moment of the database
                log.exception("scheduled jobs round failed")
            delay = next_look_in(self._tick, taken, next_due)
            if self._work is not None:
                scheduler.next_look_at = utcnow() + timedelta(seconds=delay)
            if delay > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(scheduler.wake.wait(), delay)
            else:
                await asyncio.sleep(0)  # a full batch: go on, but let others run first


def next_look_in(tick: float, taken: int, next_due: datetime | None) -> float:
    """Seconds until the next round, after one that took ``taken`` jobs."""
    if taken >= BATCH:
        return 0.0
    delay = tick
    if next_due is not None:
        until = (next_due - utcnow()).total_seconds()
        if until > 0:
            delay = min(delay, until)
        elif taken:
            delay = 0.0  # came due during the round: once more now
        # Due, yet nothing could be taken (held by a running transaction): never spin.
    return delay

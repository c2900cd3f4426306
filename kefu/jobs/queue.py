"""Scheduled jobs as tasks on a Redis queue (taskiq), for ``kefu worker``.

The database stays the source of truth; the queue only carries "run job X under claim
T". Every worker's pump (the job loop, ``enqueue_due``) claims due rows as the in-process
loop would and puts one task per claim on the queue; any worker's consumers take tasks and
run them with ``Scheduler.run_claimed``, the code path of the in-process loop. A task Redis
loses, or a worker that dies holding one, leaves a lease that expires: a pump claims the
row again, and the lost task's claim is void if it ever turns up.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import uuid
from collections.abc import AsyncGenerator, Callable
from concurrent.futures import ThreadPoolExecutor

from redis.asyncio import Redis
from redis.exceptions import RedisError
from taskiq.receiver import Receiver
from taskiq_redis import ListQueueBroker

from kefu.config import Settings
from kefu.db.migrate import upgrade
from kefu.jobs.scheduler import Scheduler
from kefu.services import Services

log = logging.getLogger("kefu.jobs")

QUEUE = "kefu:jobs"  # a Redis list
TASK_NAME = "kefu.jobs.run"
MAX_QUEUED = 1000  # a pump claims nothing while this many tasks wait: workers are behind
_BLOCK_SECONDS = 2  # one wait for a task: below the client's 5 s socket timeout
_DRAIN_SECONDS = 30.0  # a stopping worker lets running jobs finish for this long


class JobQueue(ListQueueBroker):
    """taskiq's Redis list broker, reading with a timeout and outliving Redis going away:
    a failed read is retried with backoff instead of ending the consumer."""

    async def listen(self) -> AsyncGenerator[bytes, None]:
        backoff = 0.1
        while True:
            try:
                async with Redis(connection_pool=self.connection_pool) as redis:
                    popped = await redis.brpop([self.queue_name], timeout=_BLOCK_SECONDS)
            except RedisError as exc:
                log.warning("job queue unavailable (%s); retrying in %.1f s", exc, backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 5.0)
                continue
            backoff = 0.1
            if popped is not None:
                data = popped[1]
                yield data if isinstance(data, bytes) else data.encode()

    async def depth(self) -> int:
        async with Redis(connection_pool=self.connection_pool) as redis:
            return int(await redis.llen(self.queue_name))


class QueueWorker:
    """The pump and the consumers of one ``kefu worker`` process."""

    def __init__(self, scheduler: Scheduler, redis_url: str, concurrency: int) -> None:
        self._scheduler = scheduler
        self._concurrency = concurrency
        self.broker = JobQueue(redis_url, queue_name=QUEUE)

        async def run_job(job_id: str, token: str) -> None:
            await scheduler.run_claimed(uuid.UUID(job_id), token)

        self._task = self.broker.register_task(run_job, task_name=TASK_NAME)

    async def enqueue_due(self, limit: int) -> int:
        """Claim up to ``limit`` due jobs and queue one task for each; how many."""
        room = MAX_QUEUED - await self.broker.depth()
        if room <= 0:
            return 0
        claims = await self._scheduler.claim_due(min(limit, room))
        for claim in claims:
            # Unsent claims, should Redis fail here, run out their lease and are claimed again.
            await self._task.kiq(str(claim.job_id), claim.token)
        return len(claims)

    async def consume(self, stop: asyncio.Event) -> None:
        """Run queued jobs, ``concurrency`` at a time, until ``stop``; then let the running
        ones finish (for a while: a job cut short is rolled back and runs again later)."""
        with ThreadPoolExecutor(max_workers=1) as executor:  # taskiq's, for sync tasks: none
            while not stop.is_set():
                receiver = Receiver(
                    self.broker,
                    executor=executor,
                    max_async_tasks=self._concurrency,
                    run_startup=False,
                    wait_tasks_timeout=_DRAIN_SECONDS,
                )
                try:
                    await receiver.listen(stop)
                except Exception:  # taskiq's listener failed; start another one
                    log.exception("job queue consumer failed; starting again")
                    await asyncio.sleep(1.0)


async def run_worker(
    settings: Settings, concurrency: int, on_ready: Callable[[], None] = lambda: None
) -> None:
    """``kefu worker``: a Kefu process without HTTP that runs the scheduled jobs, with the
    same services (and so the same reactions to the events its jobs commit) as any other."""
    if log.getEffectiveLevel() > logging.DEBUG:
        logging.getLogger("taskiq").setLevel(logging.WARNING)  # a line for every job, else
    services = Services.build(settings)
    worker = QueueWorker(services.scheduler, settings.redis_url, concurrency)
    services.job_loop.use(worker.enqueue_due)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    try:
        if settings.migrate_on_start:
            await upgrade(services.db.engine)
        worker.broker.is_worker_process = True
        await worker.broker.startup()
        await services.start()
        on_ready()
        await worker.consume(stop)
    finally:
        await services.close()
        await worker.broker.shutdown()

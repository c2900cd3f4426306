"""The queue of ``kefu worker`` (taskiq on Redis): the database stays the source of truth,
so a task Redis lost is claimed and queued again once its lease expires, and a task that
turns up twice runs its job once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.db.session import Database
from kefu.jobs.queue import QUEUE, QueueWorker
from kefu.jobs.scheduler import LEASE, Job, Scheduler
from tests.conftest import Clock
from tests.jobs.conftest import Recorder, rows, schedule
from tests.jobs.test_loop import Fired

WAIT = 10.0


@pytest.fixture
async def queue(scheduler: Scheduler, redis_url: str) -> AsyncIterator[QueueWorker]:
    async with Redis.from_url(redis_url) as redis:
        await redis.delete(QUEUE)  # tasks of earlier tests name jobs that are gone
    worker = QueueWorker(scheduler, redis_url, concurrency=4)
    worker.broker.is_worker_process = True
    await worker.broker.startup()
    yield worker
    await worker.broker.shutdown()


async def consume_until(queue: QueueWorker, done: asyncio.Event) -> None:
    stop = asyncio.Event()
    consumer = asyncio.create_task(queue.consume(stop))
    try:
        await asyncio.wait_for(done.wait(), WAIT)
    finally:
        stop.set()
        await asyncio.wait_for(consumer, WAIT)


async def test_queued_jobs_run_through_the_consumers(
    db: Database, scheduler: Scheduler, queue: QueueWorker, clock_control: Clock
) -> None:
    fired = Fired()
    for key in ("a", "b", "c"):
        await schedule(db, scheduler, "test.fire3", key, clock_control.now())
    assert await queue.enqueue_due(100) == 3
    assert await queue.enqueue_due(100) == 0  # claimed: not queued twice
    assert await queue.broker.depth() == 3

    all_ran = asyncio.Event()

    async def fire_and_count(session: AsyncSession, job: Job) -> None:
        await fired(session, job)
        if len(fired.jobs) == 3:
            all_ran.set()

    scheduler.register("test.fire3", fire_and_count)
    await consume_until(queue, all_ran)
    assert sorted(job.key for job in fired.jobs) == ["a", "b", "c"]
    assert await rows(db) == []


async def test_a_task_redis_lost_is_queued_again_when_its_lease_expires(
    db: Database, scheduler: Scheduler, queue: QueueWorker, clock_control: Clock
) -> None:
    fired = Fired()
    scheduler.register("test.fire", fired)
    await schedule(db, scheduler, "test.fire", "lost", clock_control.now())
    # A pump claimed the job, and its task never reached a consumer.
    [lost] = await scheduler.claim_due(10)
    assert await queue.enqueue_due(100) == 0

    clock_control.advance(seconds=LEASE.total_seconds() + 1)
    assert await queue.enqueue_due(100) == 1
    await consume_until(queue, fired.event("lost"))
    assert [job.key for job in fired.jobs] == ["lost"]
    # Should the lost task turn up after all, its claim is void.
    assert await scheduler.run_claimed(lost.job_id, lost.token) == "skipped"
    assert len(fired.jobs) == 1


async def test_a_task_delivered_twice_runs_its_job_once(
    db: Database, scheduler: Scheduler, queue: QueueWorker, clock_control: Clock
) -> None:
    seen = Recorder()
    scheduler.register("test.remind", seen)
    fired = Fired()
    scheduler.register("test.fire", fired)
    await schedule(db, scheduler, "test.remind", "twice", clock_control.now())
    [claim] = await scheduler.claim_due(10)
    for _ in range(2):
        await queue._task.kiq(str(claim.job_id), claim.token)
    # A job queued after both copies: once it has run, so have they.
    await schedule(db, scheduler, "test.fire", "after", clock_control.now())
    assert await queue.enqueue_due(100) == 1
    # FIFO: both copies were taken before it, and a stopping consumer finishes what it took.
    await consume_until(queue, fired.event("after"))
    assert seen.keys == ["twice"]
    assert await rows(db) == []

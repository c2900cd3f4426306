"""Durable timers: due jobs run once, moved and cancelled timers behave, failures are
retried with their error kept and their writes undone, and a dead node's lease is taken over."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.core.bus import EventBus
from kefu.core.clock import utcnow
from kefu.db.engine import create_engine
from kefu.db.session import Database
from kefu.jobs.scheduler import LEASE, Job, Scheduler, retry_delay
from tests.conftest import Clock
from tests.jobs.conftest import Recorder, rows, schedule


async def test_a_timer_runs_once_when_due_and_not_before(
    db: Database, scheduler: Scheduler, clock_control: Clock
) -> None:
    seen = Recorder()
    scheduler.register("test.remind", seen)
    due = clock_control.now() + timedelta(hours=1)
    await schedule(db, scheduler, "test.remind", "ticket-1", due, payload={"n": 1})

    assert await scheduler.run_due() == 0
    clock_control.advance(minutes=59)
    assert await scheduler.run_due() == 0
    assert seen.jobs == []

    clock_control.advance(minutes=2)
    assert await scheduler.run_due() == 1
    [job] = seen.jobs
    assert (job.kind, job.key, job.payload, job.attempts) == (
        "test.remind",
        "ticket-1",
        {"n": 1},
        0,
    )
    assert job.due_at == due
    assert await rows(db) == []
    assert await scheduler.run_due() == 0  # exactly once
    assert len(seen.jobs) == 1


async def test_due_jobs_run_earliest_first_up_to_the_limit(
    db: Database, scheduler: Scheduler, clock_control: Clock
) -> None:
    seen = Recorder()
    scheduler.register("test.remind", seen)
    now = clock_control.now()
    for minutes, key in ((3, "c"), (1, "a"), (2, "b")):
        await schedule(db, scheduler, "test.remind", key, now + timedelta(minutes=minutes))
    clock_control.advance(minutes=5)
    assert await scheduler.run_due(limit=2) == 2
    assert seen.keys == ["a", "b"]
    assert await scheduler.run_due() == 1
    assert seen.keys == ["a", "b", "c"]


async def test_scheduling_the_same_key_again_moves_the_timer(
    db: Database, scheduler: Scheduler, clock_control: Clock
) -> None:
    seen = Recorder()
    scheduler.register("test.remind", seen)
    now = clock_control.now()
    await schedule(
        db, scheduler, "test.remind", "t1", now + timedelta(minutes=10), payload={"v": 1}
    )
    await schedule(
        db, scheduler, "test.remind", "t1", now + timedelta(minutes=30), payload={"v": 2}
    )
    assert len(await rows(db)) == 1

    clock_control.advance(minutes=20)
    assert await scheduler.run_due() == 0  # no longer due at the first time
    clock_control.advance(minutes=11)
    assert await scheduler.run_due() == 1
    assert [job.payload for job in seen.jobs] == [{"v": 2}]


async def test_a_timer_moved_earlier_runs_at_its_new_time(
    db: Database, scheduler: Scheduler, clock_control: Clock
) -> None:
    seen = Recorder()
    scheduler.register("test.remind", seen)
    now = clock_control.now()
    await schedule(db, scheduler, "test.remind", "t1", now + timedelta(hours=5))
    await schedule(db, scheduler, "test.remind", "t1", now + timedelta(minutes=5))
    clock_control.advance(minutes=6)
    assert await scheduler.run_due() == 1
    assert seen.keys == ["t1"]


async def test_cancel_removes_the_timer(
    db: Database, scheduler: Scheduler, clock_control: Clock
) -> None:
    seen = Recorder()
    scheduler.register("test.remind", seen)
    now = clock_control.now()
    await schedule(db, scheduler, "test.remind", "keep", now + timedelta(minutes=5))
    await schedule(db, scheduler, "test.remind", "drop", now + timedelta(minutes=5))
    async with db.transaction() as session:
        assert await scheduler.cancel(session, "test.remind", "drop") is True
        assert await scheduler.cancel(session, "test.remind", "drop") is False
        assert await scheduler.cancel(session, "test.other", "keep") is False
    clock_control.advance(minutes=10)
    assert await scheduler.run_due() == 1
    assert seen.keys == ["keep"]


async def test_a_timer_scheduled_in_a_rolled_back_transaction_does_not_exist(
    db: Database, scheduler: Scheduler, clock_control: Clock
) -> None:
    class Refused(Exception):
        pass

    async def schedule_then_fail() -> None:
        async with db.transaction() as session:
            due = clock_control.now()
            await scheduler.schedule(session, kind="test.remind", key="k", due_at=due)
            raise Refused

    with pytest.raises(Refused):
        await schedule_then_fail()
    assert await rows(db) == []


async def test_a_failing_handler_is_rolled_back_and_retried_with_its_error_kept(
    db: Database, scheduler: Scheduler, clock_control: Clock
) -> None:
    attempts: list[int] = []

    async def flaky(session: AsyncSession, job: Job) -> None:
        attempts.append(job.attempts)
        # A write of the failing run, which must not survive it.
        await scheduler.schedule(
            session, kind="test.side", key=f"side-{job.attempts}", due_at=utcnow()
        )
        if job.attempts < 2:
            raise RuntimeError(f"downstream refused (try {job.attempts + 1})")

    scheduler.register("test.flaky", flaky)
    scheduler.register("test.side", Recorder())
    await schedule(db, scheduler, "test.flaky", "f", clock_control.freeze())

    assert await scheduler.run_due() == 1
    [row] = await rows(db)  # the job is still there; its side job was rolled back
    assert (row.kind, row.attempts) == ("test.flaky", 1)
    assert row.last_error == "RuntimeError: downstream refused (try 1)"
    assert (row.locked_until, row.locked_by) == (None, None)
    assert row.due_at == clock_control.now() + retry_delay(1)

    assert await scheduler.run_due() == 0  # not before its retry is due
    clock_control.advance(seconds=retry_delay(1).total_seconds() + 1)
    assert await scheduler.run_due() == 1
    [row] = await rows(db)
    assert (row.attempts, row.last_error) == (2, "RuntimeError: downstream refused (try 2)")

    clock_control.advance(seconds=retry_delay(2).total_seconds() + 1)
    assert await scheduler.run_due() == 2  # succeeds, and its side job runs with it
    assert attempts == [0, 1, 2]
    assert await rows(db) == []


def test_retries_back_off_exponentially_up_to_an_hour() -> None:
    delays = [retry_delay(n) for n in range(1, 12)]
    assert delays[:4] == [timedelta(seconds=s) for s in (10, 20, 40, 80)]
    assert delays == sorted(delays)
    assert delays[-1] == timedelta(hours=1)


async def test_a_job_of_an_unknown_kind_is_kept_and_retried(
    db: Database, scheduler: Scheduler, clock_control: Clock
) -> None:
    await schedule(db, scheduler, "test.later", "x", clock_control.now())
    assert await scheduler.run_due() == 1
    [row] = await rows(db)
    assert row.attempts == 1
    assert "test.later" in str(row.last_error)

    # A node that knows the kind (say, after an upgrade) runs it at its retry.
    seen = Recorder()
    scheduler.register("test.later", seen)
    clock_control.advance(minutes=1)
    assert await scheduler.run_due() == 1
    assert [(job.key, job.attempts) for job in seen.jobs] == [("x", 1)]
    assert await rows(db) == []


async def test_a_handler_schedules_the_next_timer_and_may_reuse_its_own_key(
    db: Database, scheduler: Scheduler, clock_control: Clock
) -> None:
    runs: list[int] = []

    async def every_day(session: AsyncSession, job: Job) -> None:
        n = int(job.payload["n"])
        runs.append(n)
        if n < 3:  # the next reminder, on the same key
            await scheduler.schedule(
                session,
                kind=job.kind,
                key=job.key,
                due_at=job.due_at + timedelta(days=1),
                payload={"n": n + 1},
                tenant_id=job.tenant_id,
            )

    scheduler.register("test.daily", every_day)
    await schedule(db, scheduler, "test.daily", "d", clock_control.now(), payload={"n": 1})
    assert await scheduler.run_due() == 1
    [row] = await rows(db)
    assert row.payload == {"n": 2}
    for _ in range(2):
        clock_control.advance(days=1, minutes=1)
        assert await scheduler.run_due() == 1
    assert runs == [1, 2, 3]
    assert await rows(db) == []


async def test_an_expired_lease_of_a_dead_node_is_taken_over(
    db: Database, scheduler: Scheduler, clock_control: Clock
) -> None:
    seen = Recorder()
    scheduler.register("test.remind", seen)
    await schedule(db, scheduler, "test.remind", "k", clock_control.now())

    # A node claims the job, then dies before running it.
    [claim] = await scheduler.claim_due(10)
    assert await scheduler.run_due() == 0  # leased: nobody else runs it meanwhile

    clock_control.advance(seconds=LEASE.total_seconds() + 1)
    other = Scheduler(db)
    other.register("test.remind", seen)
    assert await other.run_due() == 1
    assert seen.keys == ["k"]

    # The first node coming back late with its old claim does nothing.
    assert await scheduler.run_claimed(claim.job_id, claim.token) == "skipped"
    assert seen.keys == ["k"]


async def test_a_claim_on_a_timer_moved_meanwhile_is_void(
    db: Database, scheduler: Scheduler, clock_control: Clock
) -> None:
    seen = Recorder()
    scheduler.register("test.remind", seen)
    await schedule(db, scheduler, "test.remind", "k", clock_control.now())
    [claim] = await scheduler.claim_due(10)
    await schedule(db, scheduler, "test.remind", "k", clock_control.now() + timedelta(hours=1))
    assert await scheduler.run_claimed(claim.job_id, claim.token) == "skipped"
    assert seen.jobs == []
    [row] = await rows(db)
    assert row.locked_by is None
    clock_control.advance(hours=1, seconds=1)
    assert await scheduler.run_due() == 1


async def test_bad_timers_are_refused(db: Database, scheduler: Scheduler) -> None:
    async with db.transaction() as session:
        for kind, key in (("", "k"), ("k" * 65, "k"), ("kind", ""), ("kind", "k" * 201)):
            with pytest.raises(ValueError, match="1-64"):
                await scheduler.schedule(session, kind=kind, key=key, due_at=utcnow())
        with pytest.raises(ValueError, match="timezone"):
            await scheduler.schedule(
                session, kind="kind", key="k", due_at=utcnow().replace(tzinfo=None)
            )
    assert await rows(db) == []


async def test_nodes_running_due_jobs_together_run_each_exactly_once(
    database_url: str, clock_control: Clock
) -> None:
    if database_url.startswith("sqlite"):
        pytest.skip("one writer: SQLite runs jobs from one node at a time by construction")
    runs: Counter[str] = Counter()

    async def slow(session: AsyncSession, job: Job) -> None:
        runs[job.key] += 1
        await asyncio.sleep(0)  # let the other nodes interleave here

    nodes = [Database(create_engine(database_url), EventBus()) for _ in range(3)]
    try:
        schedulers = [Scheduler(node) for node in nodes]
        for one in schedulers:
            one.register("test.race", slow)
        async with nodes[0].transaction() as session:
            for n in range(60):
                await schedulers[0].schedule(
                    session, kind="test.race", key=f"k{n}", due_at=clock_control.now()
                )

        async def drain(one: Scheduler) -> int:
            # Small batches, so the nodes claim over and over against each other.
            total = 0
            while ran := await one.run_due(limit=4):
                total += ran
            return total

        counts = await asyncio.gather(*(drain(one) for one in schedulers))
        assert sum(counts) == 60
        assert runs == Counter({f"k{n}": 1 for n in range(60)})
        assert await rows(nodes[0]) == []
    finally:
        for node in nodes:
            await node.close()


async def test_the_backlog_counts_due_and_failing_jobs(
    db: Database, scheduler: Scheduler, clock_control: Clock
) -> None:
    now = clock_control.now()
    await schedule(db, scheduler, "test.unknown", "a", now - timedelta(minutes=5))
    await schedule(db, scheduler, "test.unknown", "b", now + timedelta(minutes=5))
    backlog = await scheduler.backlog()
    assert (backlog.due, backlog.failing) == (1, 0)
    assert backlog.oldest_due_at == now - timedelta(minutes=5)
    assert await scheduler.next_due() == now - timedelta(minutes=5)

    assert await scheduler.run_due() == 1  # no handler: fails, waits for its retry
    backlog = await scheduler.backlog()
    assert (backlog.due, backlog.oldest_due_at, backlog.failing) == (0, None, 1)

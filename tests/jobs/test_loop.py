"""The in-process worker: every process without ``kefu worker`` runs its due jobs by itself,
survives failures, and a timer scheduled before a restart fires after it."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.core.clock import utcnow
from kefu.jobs.loop import next_look_in
from kefu.jobs.scheduler import BATCH, Claim, Job
from kefu.services import Services
from tests.conftest import Clock, make_settings

WAIT = 10.0  # seconds a test waits for the loop before failing


class Fired:
    """A handler that sets an event for each key it runs."""

    def __init__(self) -> None:
        self.events: dict[str, asyncio.Event] = {}
        self.jobs: list[Job] = []

    def event(self, key: str) -> asyncio.Event:
        return self.events.setdefault(key, asyncio.Event())

    async def __call__(self, session: AsyncSession, job: Job) -> None:
        self.jobs.append(job)
        self.event(job.key).set()

    async def wait(self, key: str) -> None:
        await asyncio.wait_for(self.event(key).wait(), WAIT)


async def _schedule(
    services: Services, kind: str, key: str, due_at: datetime | None = None
) -> None:
    async with services.db.transaction() as session:
        await services.scheduler.schedule(session, kind=kind, key=key, due_at=due_at or utcnow())


async def test_the_loop_runs_a_due_job_by_itself(services: Services) -> None:
    fired = Fired()
    services.scheduler.register("test.fire", fired)
    await _schedule(services, "test.fire", "now")
    await fired.wait("now")
    assert [job.key for job in fired.jobs] == ["now"]


async def test_the_loop_goes_on_after_a_failing_handler_and_a_database_error(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(session: AsyncSession, job: Job) -> None:
        raise RuntimeError("handler bug")

    fired = Fired()
    services.scheduler.register("test.broken", broken)
    services.scheduler.register("test.fire", fired)
    await _schedule(services, "test.broken", "b")
    await _schedule(services, "test.fire", "after-bug")
    await fired.wait("after-bug")

    claim_due = services.scheduler.claim_due
    failures = 0

    async def hiccup(limit: int) -> list[Claim]:
        nonlocal failures
        if failures == 0:
            failures += 1
            raise OperationalError("SELECT", {}, Exception("connection reset"))
        return await claim_due(limit)

    monkeypatch.setattr(services.scheduler, "claim_due", hiccup)
    await _schedule(services, "test.fire", "after-hiccup")
    await fired.wait("after-hiccup")
    assert failures == 1


async def test_a_timer_scheduled_before_a_restart_fires_after_it(
    database_url: str, tmp_path: Path, clock_control: Clock
) -> None:
    settings = make_settings(database_url, tmp_path)
    before = Services.build(settings)
    await before.start()
    try:
        due = clock_control.now() + timedelta(hours=1)
        await _schedule(before, "test.fire", "across-restart", due_at=due)
    finally:
        await before.close()

    clock_control.advance(hours=2)  # the process is down while the timer comes due
    after = Services.build(settings)
    fired = Fired()
    after.scheduler.register("test.fire", fired)
    await after.start()
    try:
        await fired.wait("across-restart")
        assert [job.due_at for job in fired.jobs] == [due]
    finally:
        await after.close()


async def test_runs_are_counted_in_the_metrics(
    services: Services, client: httpx.AsyncClient
) -> None:
    fired = Fired()
    services.scheduler.register("test.fire", fired)
    await _schedule(services, "test.fire", "counted")
    await fired.wait("counted")
    await services.scheduler.run_due()  # the loop's run has been recorded once this returns
    text = (await client.get("/metrics")).text
    assert 'kefu_jobs_runs_total{kind="test.fire",outcome="done"} 1.0' in text
    assert "kefu_jobs_due " in text
    assert "kefu_jobs_lag_seconds " in text


def test_the_loop_waits_for_the_earliest_due_time_or_a_tick_and_never_spins(
    clock_control: Clock,
) -> None:
    now = clock_control.now()
    assert next_look_in(1.0, 0, None) == 1.0
    assert next_look_in(1.0, 0, now + timedelta(hours=1)) == 1.0
    assert 0 < next_look_in(30.0, 0, now + timedelta(seconds=2)) <= 2.0
    assert next_look_in(1.0, 3, now - timedelta(seconds=1)) == 0.0  # came due meanwhile
    assert next_look_in(1.0, 0, now - timedelta(seconds=1)) == 1.0  # due but held elsewhere
    assert next_look_in(1.0, BATCH, None) == 0.0  # a full batch: more may wait

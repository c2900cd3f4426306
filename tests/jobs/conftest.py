"""A scheduler on its own database connection, with no loop beside it: tests decide when
due jobs run (``run_due`` after ``clock_control.advance``)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import select

from kefu.core.bus import EventBus
from kefu.db.engine import create_engine
from kefu.db.session import Database
from kefu.jobs.models import ScheduledJob
from kefu.jobs.scheduler import Job, Scheduler


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[Database]:
    database = Database(create_engine(database_url), EventBus())
    yield database
    await database.close()


@pytest.fixture
def scheduler(db: Database) -> Scheduler:
    return Scheduler(db)


class Recorder:
    """A handler that notes every job it is given."""

    def __init__(self) -> None:
        self.jobs: list[Job] = []

    async def __call__(self, session: Any, job: Job) -> None:
        self.jobs.append(job)

    @property
    def keys(self) -> list[str]:
        return [job.key for job in self.jobs]


async def schedule(
    db: Database, scheduler: Scheduler, kind: str, key: str, due_at: datetime, **extra: Any
) -> None:
    async with db.transaction() as session:
        await scheduler.schedule(session, kind=kind, key=key, due_at=due_at, **extra)


async def rows(db: Database) -> list[ScheduledJob]:
    async with db.read() as session:
        query = select(ScheduledJob).order_by(ScheduledJob.kind, ScheduledJob.key)
        return list((await session.scalars(query)).all())

"""Durable timers: schedule work for later, and run it exactly once when it is due.

A timer is a ``scheduled_jobs`` row, written in the caller's transaction, so it exists
exactly when the change that wanted it was committed. Running one takes two steps:

1. **claim**: a short transaction leases due rows to this node (``locked_until``, and a
   random token in ``locked_by``); on PostgreSQL ``FOR UPDATE SKIP LOCKED`` keeps nodes
   from claiming the same rows, on SQLite the single writer does.
2. **run** (``run_claimed``, the same code path in-process and under ``kefu worker``): a
   transaction locks the row, checks it still carries the claim's token, calls the
   handler with that session and deletes the row there. The handler's effects and the
   job's completion commit together, or neither does.

A node that dies between the two, or mid-run, leaves a lease that expires; another node
then claims the row again. A node whose lease was taken over, or whose timer was moved or
cancelled meanwhile, finds another token (or no row) and does nothing. A handler that
raises is rolled back and the job retried later with a growing delay; it is never dropped.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal

from sqlalchemy import delete, event, func, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from kefu.core.clock import utcnow
from kefu.core.ids import new_id
from kefu.db.session import Database
from kefu.jobs.models import ScheduledJob

log = logging.getLogger("kefu.jobs")

LEASE = timedelta(seconds=60)
"""How long a claim holds a job: past it, a node that died is presumed gone."""
BATCH = 100
RETRY_FIRST = timedelta(seconds=10)
RETRY_MAX = timedelta(hours=1)
_ERROR_CHARS = 2000


@dataclass(frozen=True)
class Job:
    """A due timer as its handler sees it."""

    id: uuid.UUID
    kind: str
    key: str
    tenant_id: uuid.UUID | None
    due_at: datetime
    payload: dict[str, Any] = field(default_factory=dict)
    attempts: int = 0  # failed attempts before this one


Handler = Callable[[AsyncSession, Job], Awaitable[None]]
"""Does a job's work in the session it is given, whose commit also completes the job.

It must not open a transaction of its own (on SQLite the one connection is in use), and it
may run again after a failure or a crash, so what it does must hold the second time too;
it sees ``job.attempts`` failures before. Raising rolls its writes back and retries it.
"""
Outcome = Literal["done", "failed", "skipped"]


@dataclass(frozen=True)
class Claim:
    job_id: uuid.UUID
    token: str
    kind: str


@dataclass(frozen=True)
class Backlog:
    """What waits in the table: for the metrics and for an operator's eye."""

    due: int  # past their time, not yet run
    oldest_due_at: datetime | None
    failing: int  # whose last attempt failed, waiting for their retry


class UnknownJobKind(RuntimeError):
    """No handler is registered for a job's kind on this node (yet): retried later."""


def retry_delay(attempts: int) -> timedelta:
    """10 s, 20 s, 40 s … up to an hour after the ``attempts``-th failure."""
    delay: timedelta = RETRY_FIRST * 2 ** min(max(attempts - 1, 0), 16)
    return min(delay, RETRY_MAX)


class Scheduler:
    """Schedules, cancels and runs durable timers; handlers are registered by kind."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._handlers: dict[str, Handler] = {}
        self._running = asyncio.Lock()  # one ``run_due`` at a time in a process
        self._on_outcome: list[Callable[[str, Outcome], None]] = []
        # When this process's loop next looks at the table; a timer committed before then
        # wakes it (see ``schedule``). None: no loop runs jobs here.
        self.next_look_at: datetime | None = None
        self.wake = asyncio.Event()

    # --- wiring -----------------------------------------------------------------------------

    def register(self, kind: str, handler: Handler) -> None:
        """Run ``handler`` for jobs of ``kind``; one handler per kind, set at wiring time."""
        if kind in self._handlers and self._handlers[kind] is not handler:
            raise ValueError(f"a handler for job kind {kind!r} is already registered")
        self._handlers[kind] = handler

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self._handlers)

    def observe(self, callback: Callable[[str, Outcome], None]) -> None:
        """Call ``callback(kind, outcome)`` after every run (metrics)."""
        self._on_outcome.append(callback)

    # --- in the caller's transaction --------------------------------------------------------

    async def schedule(
        self,
        session: AsyncSession,
        *,
        kind: str,
        key: str,
        due_at: datetime,
        payload: dict[str, Any] | None = None,
        tenant_id: uuid.UUID | None = None,
    ) -> None:
        """Run ``kind`` for ``key`` at ``due_at``, once the caller's transaction commits.

        Scheduling a ``(kind, key)`` that exists moves that timer: new time and payload,
        attempts and error cleared, any claim on it void.
        """
        if not 0 < len(kind) <= 64 or not 0 < len(key) <= 200:
            raise ValueError("a job's kind is 1-64 characters and its key 1-200")
        if due_at.tzinfo is None:
            raise ValueError("due_at must be timezone-aware")
        values: dict[str, Any] = {
            "id": new_id(),
            "tenant_id": tenant_id,
            "kind": kind,
            "key": key,
            "due_at": due_at,
            "payload": payload or {},
            "attempts": 0,
            "locked_until": None,
            "locked_by": None,
            "last_error": None,
            "created_at": utcnow(),
        }
        dialect = session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        statement = insert(ScheduledJob).values(values)
        moved = {
            name: statement.excluded[name]
            for name in (
                "tenant_id",
                "due_at",
                "payload",
                "attempts",
                "locked_until",
                "locked_by",
                "last_error",
            )
        }
        await session.execute(
            statement.on_conflict_do_update(index_elements=["kind", "key"], set_=moved)
        )
        if self.next_look_at is not None and due_at < self.next_look_at:
            self._wake_after_commit(session)

    async def cancel(self, session: AsyncSession, kind: str, key: str) -> bool:
        """Drop the timer, in the caller's transaction; whether there was one.

        A job another node is running right now (PostgreSQL) makes this wait for that run:
        it then finds no row, since the job has run.
        """
        rows = await session.scalars(
            delete(ScheduledJob)
            .where(ScheduledJob.kind == kind, ScheduledJob.key == key)
            .returning(ScheduledJob.id)
        )
        return rows.first() is not None

    def _wake_after_commit(self, session: AsyncSession) -> None:
        # The local loop sleeps until its next look; a timer due earlier wakes it, but only
        # after the commit, when the loop can see the row. Not a domain side effect: at
        # worst the job runs at the loop's next tick instead.
        sync: Session = session.sync_session
        if sync.info.get("kefu.jobs.wake"):
            return
        sync.info["kefu.jobs.wake"] = True
        event.listen(sync, "after_commit", lambda _session: self.wake.set(), once=True)

    # --- running ----------------------------------------------------------------------------

    async def run_due(self, limit: int = BATCH) -> int:
        """Claim and run, here and now, up to ``limit`` jobs due at ``utcnow()``; how many
        were run (successfully or not). Jobs that handlers schedule as already due are
        run in the same call.

        Calls in one process take turns (the background loop calls it too), so when it
        returns every job that was due when it was called has run, here or in that loop.
        """
        ran = 0
        async with self._running:
            while ran < limit:
                claims = await self.claim_due(min(BATCH, limit - ran))
                if not claims:
                    break
                for claim in claims:
                    await self.run_claimed(claim.job_id, claim.token)
                ran += len(claims)
        return ran

    async def claim_due(self, limit: int, lease: timedelta = LEASE) -> list[Claim]:
        """Lease up to ``limit`` due jobs to the caller, earliest first."""
        now = utcnow()
        async with self._db.transaction() as session:
            rows = (
                await session.scalars(
                    select(ScheduledJob)
                    .where(
                        ScheduledJob.due_at <= now,
                        or_(ScheduledJob.locked_until.is_(None), ScheduledJob.locked_until < now),
                    )
                    .order_by(ScheduledJob.due_at, ScheduledJob.id)
                    .limit(limit)
                    .with_for_update(skip_locked=True)
                )
            ).all()
            claims = []
            for row in rows:
                row.locked_until = now + lease
                row.locked_by = secrets.token_hex(16)
                claims.append(Claim(row.id, row.locked_by, row.kind))
        return claims

    async def run_claimed(self, job_id: uuid.UUID, token: str) -> Outcome:
        """Run one claimed job: its handler and its deletion in one transaction.

        ``skipped`` when the claim is void: the job ran, was moved or was cancelled since,
        or another node took over the lease.
        """
        kind = "?"
        try:
            async with self._db.transaction() as session:
                row = await session.scalar(
                    select(ScheduledJob).where(ScheduledJob.id == job_id).with_for_update()
                )
                if row is None or row.locked_by != token:
                    return "skipped"
                job = _job(row)
                kind = job.kind
                handler = self._handlers.get(job.kind)
                if handler is None:
                    raise UnknownJobKind(f"no handler for job kind {job.kind!r} on this node")
                await handler(session, job)
                # Only while it still carries the claim: a handler that scheduled its own
                # (kind, key) again has moved the timer, which must survive.
                await session.execute(
                    delete(ScheduledJob).where(
                        ScheduledJob.id == job_id, ScheduledJob.locked_by == token
                    )
                )
        except Exception as exc:  # any handler's failure: retried, never dropped
            if isinstance(exc, UnknownJobKind):
                log.warning("%s; retried later", exc)
            else:
                log.exception("job %s (%s) failed", job_id, kind)
            await self._failed(job_id, token, exc)
            self._outcome(kind, "failed")
            return "failed"
        self._outcome(kind, "done")
        return "done"

    async def _failed(self, job_id: uuid.UUID, token: str, exc: Exception) -> None:
        try:
            async with self._db.transaction() as session:
                row = await session.scalar(
                    select(ScheduledJob)
                    .where(ScheduledJob.id == job_id, ScheduledJob.locked_by == token)
                    .with_for_update()
                )
                if row is None:
                    return
                row.attempts += 1
                row.last_error = f"{type(exc).__name__}: {exc}"[:_ERROR_CHARS]
                row.due_at = utcnow() + retry_delay(row.attempts)
                row.locked_until = row.locked_by = None
        except Exception:  # the database itself failing: the lease runs out, then a retry
            log.exception("could not record the failure of job %s", job_id)

    def _outcome(self, kind: str, outcome: Outcome) -> None:
        for callback in self._on_outcome:
            callback(kind, outcome)

    # --- looking at the table ---------------------------------------------------------------

    async def next_due(self) -> datetime | None:
        """When the earliest job that no node holds is due (it may be past)."""
        now = utcnow()
        async with self._db.read() as session:
            return await session.scalar(
                select(func.min(ScheduledJob.due_at)).where(
                    or_(ScheduledJob.locked_until.is_(None), ScheduledJob.locked_until < now)
                )
            )

    async def backlog(self) -> Backlog:
        now = utcnow()
        async with self._db.read() as session:
            due, oldest = (
                await session.execute(
                    select(func.count(), func.min(ScheduledJob.due_at)).where(
                        ScheduledJob.due_at <= now
                    )
                )
            ).one()
            failing = await session.scalar(
                select(func.count()).select_from(ScheduledJob).where(ScheduledJob.attempts > 0)
            )
        return Backlog(due=due, oldest_due_at=oldest, failing=failing or 0)


def _job(row: ScheduledJob) -> Job:
    return Job(
        id=row.id,
        kind=row.kind,
        key=row.key,
        tenant_id=row.tenant_id,
        due_at=row.due_at,
        payload=dict(row.payload or {}),
        attempts=row.attempts,
    )

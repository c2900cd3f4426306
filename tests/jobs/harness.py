"""``kefu`` with a test job kind wired in, for tests that run it as a real process:
``python -m tests.jobs.harness serve`` or ``... worker``.

The kind ``test.record`` notes which command ran it, as a far-off timer ``test.ran`` with
the job's key and ``{"by": "serve" | "worker"}``: the database is all that the test and
the processes share.
"""

from __future__ import annotations

import sys
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from kefu.cli import main
from kefu.config import Settings
from kefu.core.clock import utcnow
from kefu.jobs.scheduler import Job
from kefu.services import Services

_build = Services.build


def _build_with_test_kinds(settings: Settings) -> Services:
    services = _build(settings)
    role = sys.argv[1]

    async def record(session: AsyncSession, job: Job) -> None:
        await services.scheduler.schedule(
            session,
            kind="test.ran",
            key=job.key,
            due_at=utcnow() + timedelta(days=365),
            payload={"by": role},
        )

    services.scheduler.register("test.record", record)
    return services


Services.build = _build_with_test_kinds  # type: ignore[method-assign]

if __name__ == "__main__":
    main()

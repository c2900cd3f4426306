"""``kefu worker`` as an operator runs it: beside ``kefu serve`` on PostgreSQL and Redis it
runs the scheduled jobs, which ``kefu serve`` then leaves alone; without Redis it refuses."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from sqlalchemy import select

from kefu.cli import main
from kefu.config import Settings
from kefu.core.clock import utcnow
from kefu.jobs.models import ScheduledJob
from kefu.services import Services
from tests.conftest import SECRET
from tests.live import eventually, free_port

ROOT = Path(__file__).resolve().parents[2]


class Command:
    """``python -m tests.jobs.harness <command>``: ``kefu`` with the test job kinds."""

    def __init__(self, command: str, env: dict[str, str], log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._args = [sys.executable, "-m", "tests.jobs.harness", command]
        self._env = {**os.environ, **env, "KEFU_PORT": str(self.port)}
        self._log = log
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, ready: str) -> None:
        """Start, then wait (polling, with a deadline) until ``ready`` holds: ``readyz``
        answers, or the log has the given line."""
        with self._log.open("ab") as log:
            self.process = subprocess.Popen(
                self._args, env=self._env, cwd=ROOT, stdout=log, stderr=log
            )
        deadline = time.monotonic() + 60
        while not self._ready(ready):
            assert self.process.poll() is None, self._log.read_text()
            assert time.monotonic() < deadline, f"not ready: {self._log.read_text()}"
            time.sleep(0.1)

    def _ready(self, ready: str) -> bool:
        if ready != "readyz":
            return ready in self._log.read_text()
        try:
            return httpx.get(f"{self.url}/readyz", timeout=1).status_code == 200
        except httpx.TransportError:
            return False

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


@pytest.fixture
def env(pg: str, redis_url: str, tmp_path: Path) -> dict[str, str]:
    return {
        "KEFU_DATABASE_URL": pg,
        "KEFU_REDIS_URL": redis_url,
        "KEFU_SECRET_KEY": SECRET,
        "KEFU_DATA_DIR": str(tmp_path),
        "KEFU_ACCESS_LOG": "false",
        "KEFU_LOG_LEVEL": "warning",
        "KEFU_JOBS_TICK_SECONDS": "0.1",
    }


@pytest.fixture
def processes() -> Iterator[list[Command]]:
    started: list[Command] = []
    yield started
    for command in started:
        command.stop()


async def test_serve_leaves_scheduled_jobs_to_the_worker(
    env: dict[str, str], pg: str, redis_url: str, tmp_path: Path, processes: list[Command]
) -> None:
    serve = Command("serve", env, tmp_path / "serve.log")
    processes.append(serve)
    serve.start("readyz")

    # An API process (as configured, in worker mode) schedules the jobs.
    settings = Settings(database_url=pg, redis_url=redis_url, secret_key=SECRET, data_dir=tmp_path)
    assert settings.effective_jobs_mode == "worker"
    api = Services.build(settings)
    try:
        async with api.db.transaction() as session:
            for n in range(3):
                await api.scheduler.schedule(
                    session, kind="test.record", key=f"job-{n}", due_at=utcnow()
                )

        async def serve_saw_them_due() -> bool:
            async with httpx.AsyncClient() as http:
                metrics = (await http.get(f"{serve.url}/metrics", timeout=5)).text
            return "kefu_jobs_due 3.0" in metrics

        # kefu serve has looked at the table since, found three due jobs, and left them.
        await eventually(serve_saw_them_due)
        async with api.db.read() as session:
            waiting = (await session.scalars(select(ScheduledJob))).all()
        assert sorted((job.kind, job.attempts) for job in waiting) == [("test.record", 0)] * 3

        worker = Command("worker", env, tmp_path / "worker.log")
        processes.append(worker)
        worker.start("kefu worker: running scheduled jobs")

        async def ran() -> dict[str, str]:
            async with api.db.read() as session:
                jobs = (await session.scalars(select(ScheduledJob))).all()
            return {job.key: job.payload["by"] for job in jobs if job.kind == "test.ran"}

        async def all_ran() -> bool:
            return len(await ran()) == 3

        await eventually(all_ran, seconds=20)
        assert await ran() == {f"job-{n}": "worker" for n in range(3)}
    finally:
        await api.close()


def test_the_worker_refuses_to_start_without_redis(tmp_path: Path) -> None:
    env = {"KEFU_DATA_DIR": str(tmp_path), "KEFU_SECRET_KEY": SECRET, "KEFU_REDIS_URL": ""}
    result = CliRunner().invoke(main, ["worker"], env=env)
    assert result.exit_code == 2
    assert "needs KEFU_REDIS_URL and a PostgreSQL KEFU_DATABASE_URL" in result.output

    in_process = {**env, "KEFU_REDIS_URL": "redis://127.0.0.1:1/0", "KEFU_JOBS_MODE": "in_process"}
    result = CliRunner().invoke(main, ["worker"], env=in_process)
    assert result.exit_code == 2
    assert "KEFU_JOBS_MODE is in_process" in result.output

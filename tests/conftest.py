"""Fixtures: every database test runs on SQLite and, when configured, on PostgreSQL.

``KEFU_TEST_DATABASE_URL`` and ``KEFU_TEST_REDIS_URL`` point at real servers; with
``KEFU_REQUIRE_SERVICES=1`` (as in CI) their absence fails the run instead of skipping.
"""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.engine import make_url

from kefu.app import create_app
from kefu.config import Settings
from kefu.core import clock
from kefu.db.engine import create_engine
from kefu.db.migrate import upgrade
from kefu.db.models import Base
from kefu.identity import passwords
from kefu.services import Services
from tests.live import KefuProcess
from tests.world import World, build_world

REQUIRE = os.environ.get("KEFU_REQUIRE_SERVICES") == "1"
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")  # gw0, gw1, … under ``pytest -n``
PG_URL = os.environ.get("KEFU_TEST_DATABASE_URL", "")
REDIS_URL = os.environ.get("KEFU_TEST_REDIS_URL", "")
SECRET = "test-secret-key-for-the-suite-only"


def need(url: str, what: str) -> str:
    if url:
        return url
    if REQUIRE:
        pytest.fail(f"{what} is required (KEFU_REQUIRE_SERVICES=1) but not configured")
    pytest.skip(f"{what} not configured")


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashing() -> Iterator[None]:
    """Argon2 with minimal cost: the same code path, a fraction of the suite's time."""
    original = passwords._hasher
    passwords._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    yield
    passwords._hasher = original


async def _migrate(url: str) -> None:
    engine = create_engine(url)
    try:
        await upgrade(engine)
    finally:
        await engine.dispose()


class Clock:
    """The process's clock, moved forward by a test: ``clock.advance(minutes=90)``."""

    def now(self) -> datetime:
        return clock.utcnow()

    def advance(self, **delta: float) -> datetime:
        clock.advance(timedelta(**delta))
        return clock.utcnow()

    def freeze(self) -> datetime:
        """Time stands still but for ``advance``: for tests that count seconds exactly."""
        clock.freeze()
        return clock.utcnow()


@pytest.fixture
def clock_control() -> Iterator[Clock]:
    yield Clock()
    clock.reset()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "kefu.db"
    asyncio.run(_migrate(f"sqlite+aiosqlite:///{path}"))
    return path


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests of Redis share one worker: its lists and pub/sub channels are server-wide."""
    for item in items:
        if {"redis_url", "nodes"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.xdist_group("redis"))


async def _worker_database(url: str) -> str:
    """A PostgreSQL database of this test worker's own (made when missing), so parallel
    workers never empty each other's tables."""
    if not WORKER:
        return url
    base = make_url(url)
    name = f"{base.database}_{WORKER}"
    admin = create_engine(url)
    try:
        async with admin.connect() as connection:
            await connection.execution_options(isolation_level="AUTOCOMMIT")
            found = await connection.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}
            )
            if not found:
                await connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        await admin.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_migrated() -> str:
    url = asyncio.run(_worker_database(need(PG_URL, "PostgreSQL (KEFU_TEST_DATABASE_URL)")))
    asyncio.run(_migrate(url))
    return url


async def _truncate(url: str) -> None:
    engine = create_engine(url)
    try:
        tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
        async with engine.begin() as connection:
            await connection.execute(text(f"TRUNCATE {tables} CASCADE"))
    finally:
        await engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        path = tmp_path / "kefu.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite+aiosqlite:///{path}"
    url: str = request.getfixturevalue("pg_migrated")
    asyncio.run(_truncate(url))
    return url


@pytest.fixture
def redis_url() -> str:
    return need(REDIS_URL, "Redis (KEFU_TEST_REDIS_URL)")


def make_settings(database_url: str, data_dir: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "database_url": database_url,
        "data_dir": data_dir,
        "secret_key": SECRET,
        "access_log": False,
        **overrides,
    }
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return make_settings(database_url, tmp_path)


@pytest.fixture
async def app(settings: Settings) -> AsyncIterator[FastAPI]:
    application = create_app(settings)
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
def services(app: FastAPI) -> Services:
    svc: Services = app.state.services
    return svc


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://kefu.test") as http:
        yield http


@pytest.fixture
async def world(services: Services, client: httpx.AsyncClient) -> World:
    return await build_world(services, client)


@pytest.fixture
def pg(pg_migrated: str) -> str:
    """The PostgreSQL test database, emptied: for tests of several ``kefu serve``."""
    asyncio.run(_truncate(pg_migrated))
    return pg_migrated


@pytest.fixture
def nodes(pg: str, redis_url: str, tmp_path: Path) -> Iterator[tuple[KefuProcess, KefuProcess]]:
    """Two ``kefu serve`` processes sharing PostgreSQL and Redis, as a cluster."""
    env = {
        "KEFU_DATABASE_URL": pg,
        "KEFU_REDIS_URL": redis_url,
        "KEFU_SECRET_KEY": SECRET,
        "KEFU_DATA_DIR": str(tmp_path),
        "KEFU_ACCESS_LOG": "false",
        "KEFU_LOG_LEVEL": "warning",
    }
    a, b = KefuProcess(env, tmp_path / "a.log"), KefuProcess(env, tmp_path / "b.log")
    a.start()
    b.start()
    try:
        yield a, b
    finally:
        a.stop()
        b.stop()

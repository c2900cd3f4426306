"""Migrations: up, down and up again on each backend, and no drift from the models."""

from __future__ import annotations

import uuid

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, inspect, text
from sqlalchemy.engine import make_url

from kefu.db.engine import create_engine, is_sqlite
from kefu.db.migrate import current_revision, head_revision, include_object, upgrade
from kefu.db.models import Base


def _diff(connection: Connection) -> list[object]:
    return list(
        compare_metadata(
            MigrationContext.configure(connection, opts={"include_object": include_object}),
            Base.metadata,
        )
    )


def _tables(connection: Connection) -> set[str]:
    names = set(inspect(connection).get_table_names()) - {"alembic_version"}
    return {name for name in names if not name.startswith("ticket_search_fts")}


async def _scratch_url(database_url: str) -> tuple[str, str | None]:
    """A database of its own: the shared test database must keep its schema."""
    if is_sqlite(database_url):
        return database_url, None
    name = f"kefu_mig_{uuid.uuid4().hex[:8]}"
    admin = create_engine(database_url)
    async with admin.connect() as connection:
        await connection.execution_options(isolation_level="AUTOCOMMIT")
        await connection.execute(text(f"CREATE DATABASE {name}"))
    await admin.dispose()
    return make_url(database_url).set(database=name).render_as_string(False), name


async def test_upgrade_downgrade_upgrade_without_drift(database_url: str) -> None:
    url, scratch = await _scratch_url(database_url)
    engine = create_engine(url)
    try:
        await upgrade(engine)
        assert await current_revision(engine) == head_revision()
        async with engine.connect() as connection:
            assert await connection.run_sync(_diff) == []
            tables = await connection.run_sync(_tables)
        assert tables == set(Base.metadata.tables)

        await upgrade_to(engine, "base")
        async with engine.connect() as connection:
            assert await connection.run_sync(_tables) == set()
        await upgrade(engine)
        assert await current_revision(engine) == head_revision()
    finally:
        await engine.dispose()
        if scratch:
            admin = create_engine(database_url)
            async with admin.connect() as connection:
                await connection.execution_options(isolation_level="AUTOCOMMIT")
                await connection.execute(text(f"DROP DATABASE {scratch}"))
            await admin.dispose()


async def upgrade_to(engine: object, target: str) -> None:
    from alembic import command
    from sqlalchemy.ext.asyncio import AsyncEngine

    from kefu.db.migrate import alembic_config

    assert isinstance(engine, AsyncEngine)

    def run(connection: Connection) -> None:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, target)

    async with engine.begin() as connection:
        await connection.run_sync(run)

"""Schema migrations with Alembic, run on a connection of Kefu's own engine."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text
from sqlalchemy.ext.asyncio import AsyncEngine

MIGRATIONS = Path(__file__).parent / "migrations"
# Any fixed number: processes starting together take turns at migrating.
_PG_LOCK_KEY = 0x4B454655


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Whether autogenerate compares an object: not the full-text indexes (SQLite's FTS5
    tables, PostgreSQL's GIN indexes on expressions), which the migrations make by hand."""
    if type_ == "index":
        return name not in ("ix_ticket_search_body", "ix_tickets_tags")
    return not (type_ == "table" and name is not None and name.startswith("ticket_search_fts"))


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _upgrade(connection: Connection, target: str) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, target)


async def upgrade(engine: AsyncEngine, target: str = "head") -> None:
    async with engine.begin() as connection:
        await connection.run_sync(_upgrade, target)


def _current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


async def current_revision(engine: AsyncEngine) -> str | None:
    async with engine.connect() as connection:
        return await connection.run_sync(_current)


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()

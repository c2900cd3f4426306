"""Units of work: a read-only transaction can change nothing, and waits for no writer."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.core.bus import EventBus, stage
from kefu.core.events import TenantChanged
from kefu.db.engine import create_engine
from kefu.db.session import Database, WriteInReadTransaction
from kefu.identity import schemas
from kefu.identity.context import system_context
from kefu.identity.models import OrgUnit, Tenant
from kefu.identity.service.directory import Directory
from kefu.identity.service.tenants import create_tenant

Act = Callable[[AsyncSession, OrgUnit], Awaitable[None]]


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[Database]:
    database = Database(create_engine(database_url), EventBus())
    yield database
    await database.close()


async def _unit(db: Database, name: str = "Support") -> uuid.UUID:
    async with db.transaction() as session:
        tenant = await create_tenant(
            session, slug=f"t{uuid.uuid4().hex[:8]}", name="T", kind="company"
        )
        ctx = system_context(tenant.id, tenant.kind)
        unit = await Directory("k" * 32, 12).create_unit(
            session, ctx, schemas.OrgUnitCreate(name=name)
        )
        return unit.id


async def _name(db: Database, unit_id: uuid.UUID) -> str:
    async with db.transaction() as session:
        unit = await session.get(OrgUnit, unit_id)
        assert unit is not None
        return unit.name


async def test_a_read_sees_committed_data_and_its_objects_outlive_it(db: Database) -> None:
    unit_id = await _unit(db)
    async with db.read() as session:
        unit = await session.get(OrgUnit, unit_id)
    assert unit is not None
    assert unit.name == "Support"  # loaded, detached, still readable


async def _in_a_read(db: Database, unit_id: uuid.UUID, act: Act) -> None:
    async with db.read() as session:
        unit = await session.get(OrgUnit, unit_id)
        assert unit is not None
        await act(session, unit)


async def _rename_and_flush(session: AsyncSession, unit: OrgUnit) -> None:
    unit.name = "Renamed"
    await session.flush()


async def _delete_without_flush(session: AsyncSession, unit: OrgUnit) -> None:
    await session.delete(unit)


async def _add_then_query(session: AsyncSession, unit: OrgUnit) -> None:
    session.add(OrgUnit(tenant_id=unit.tenant_id, name="Extra"))
    await session.scalars(select(OrgUnit))  # autoflushes first


async def _update_in_sql(session: AsyncSession, unit: OrgUnit) -> None:
    await session.execute(update(OrgUnit).where(OrgUnit.id == unit.id).values(name="Renamed"))


async def _delete_in_sql(session: AsyncSession, unit: OrgUnit) -> None:
    await session.execute(text("DELETE FROM org_units"))


async def _stage_an_event(session: AsyncSession, unit: OrgUnit) -> None:
    stage(session, TenantChanged(tenant_id=unit.tenant_id))


@pytest.mark.parametrize(
    ("act", "error", "message"),
    [
        # The session refuses to flush, so the ORM never reaches the database.
        (_rename_and_flush, WriteInReadTransaction, "cannot write"),
        (_add_then_query, WriteInReadTransaction, "cannot write"),
        # Pending changes never flushed are not silently dropped.
        (_delete_without_flush, WriteInReadTransaction, "cannot write"),
        (_stage_an_event, WriteInReadTransaction, "cannot write or emit events"),
        # SQL that bypasses the ORM is refused by the database itself.
        (_update_in_sql, DBAPIError, r"read-?only"),
        (_delete_in_sql, DBAPIError, r"read-?only"),
    ],
)
async def test_any_write_in_a_read_fails_loudly_and_changes_nothing(
    db: Database, act: Act, error: type[Exception], message: str
) -> None:
    published: list[TenantChanged] = []

    async def record(event: TenantChanged) -> None:
        published.append(event)

    db.bus.subscribe(TenantChanged, record)
    unit_id = await _unit(db)
    with pytest.raises(error, match=message):
        await _in_a_read(db, unit_id, act)
    assert await _name(db, unit_id) == "Support"
    async with db.read() as session:
        assert list(await session.scalars(select(OrgUnit.name))) == ["Support"]
    assert published == []


async def test_a_read_waits_for_no_open_write_and_sees_none_of_it(db: Database) -> None:
    unit_id = await _unit(db)
    async with db.transaction() as writer:
        await writer.execute(update(OrgUnit).where(OrgUnit.id == unit_id).values(name="New"))
        async with db.read() as reader:
            unit = await reader.get(OrgUnit, unit_id)
            assert unit is not None
            assert unit.name == "Support"
    assert await _name(db, unit_id) == "New"


async def test_writes_still_work_after_reads_on_the_same_pool(db: Database) -> None:
    # On PostgreSQL the reader shares the writer's pool: READ ONLY must not stick to a
    # connection once it is back in the pool.
    unit_id = await _unit(db)
    for _ in range(3):
        async with db.read() as session:
            await session.get(Tenant, uuid.uuid4())
    async with db.transaction() as session:
        await session.execute(update(OrgUnit).where(OrgUnit.id == unit_id).values(name="Later"))
    assert await _name(db, unit_id) == "Later"

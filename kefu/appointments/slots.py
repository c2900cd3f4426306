"""Service areas and their time slots: what an administrator sets up and agents book into.
Every change an administrator makes is audited (``service_area.*``, ``appointment_slot.*``).

A slot's ``booked`` count is never written here except through the conditional UPDATEs of
``take`` and ``release``: a change of capacity is conditional too, so an administrator
lowering it and an agent booking at the same moment can never leave a slot overbooked.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import CursorResult, exists, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.appointments.models import Appointment, AppointmentSlot, ServiceArea
from kefu.appointments.schemas import AreaIn, AreaUpdate, SlotIn, SlotUpdate
from kefu.core.clock import utcnow
from kefu.core.errors import Conflict, Invalid, NotFound
from kefu.identity.context import Context
from kefu.identity.models import OrgUnit
from kefu.identity.service.audit import Audited

MAX_SLOT = timedelta(hours=24)
MAX_WINDOW = timedelta(days=62)
"""The longest range of time one listing covers."""
MAX_AREAS = 500


class SlotFull(Conflict):
    code = "slot_full"


class SlotPast(Invalid):
    code = "slot_past"


class SlotInactive(Conflict):
    code = "slot_inactive"


class SlotExists(Conflict):
    code = "slot_exists"


class SlotInUse(Conflict):
    code = "slot_in_use"


class CapacityBelowBooked(Conflict):
    code = "capacity_below_booked"


class AreaCodeTaken(Conflict):
    code = "area_code_taken"


class AreaInUse(Conflict):
    code = "area_in_use"


class UnknownArea(Invalid):
    code = "unknown_area"


class UnknownOrgUnit(Invalid):
    code = "unknown_org_unit"


class InvalidTimes(Invalid):
    code = "invalid_slot_times"


@dataclass(frozen=True, slots=True)
class FreeSlot:
    slot: AppointmentSlot
    area: ServiceArea
    team: OrgUnit

    @property
    def remaining(self) -> int:
        return self.slot.capacity - self.slot.booked


def _rows(result: Any) -> int:
    assert isinstance(result, CursorResult)
    return result.rowcount


class Slots(Audited):
    # --- service areas ----------------------------------------------------------------------

    async def areas(
        self, session: AsyncSession, ctx: Context, *, active: bool | None = None
    ) -> Sequence[ServiceArea]:
        query = select(ServiceArea).where(ServiceArea.tenant_id == ctx.tenant_id)
        if active is not None:
            query = query.where(ServiceArea.active.is_(active))
        return (await session.scalars(query.order_by(ServiceArea.code).limit(MAX_AREAS))).all()

    async def area(self, session: AsyncSession, ctx: Context, area_id: uuid.UUID) -> ServiceArea:
        area = await session.get(ServiceArea, area_id)
        if area is None or area.tenant_id != ctx.tenant_id:
            raise NotFound("No such service area.")
        return area

    async def create_area(self, session: AsyncSession, ctx: Context, draft: AreaIn) -> ServiceArea:
        taken = await session.scalar(
            select(ServiceArea.id).where(
                ServiceArea.tenant_id == ctx.tenant_id, ServiceArea.code == draft.code
            )
        )
        if taken is not None:
            raise AreaCodeTaken("Another service area has this code.", details={"field": "code"})
        area = ServiceArea(tenant_id=ctx.tenant_id, **draft.model_dump())
        session.add(area)
        await session.flush()
        await self.audit(
            session, ctx, "service_area.create", "service_area", area.id, after=_area(area)
        )
        return area

    async def update_area(
        self, session: AsyncSession, ctx: Context, area_id: uuid.UUID, change: AreaUpdate
    ) -> ServiceArea:
        area = await self.area(session, ctx, area_id)
        before = _area(area)
        for name, value in change.model_dump(exclude_none=True).items():
            setattr(area, name, value)
        await session.flush()
        if _area(area) != before:
            await self.audit(
                session,
                ctx,
                "service_area.update",
                "service_area",
                area.id,
                before=before,
                after=_area(area),
            )
        return area

    async def delete_area(self, session: AsyncSession, ctx: Context, area_id: uuid.UUID) -> None:
        """Only an area without slots goes; one with history is deactivated instead."""
        area = await self.area(session, ctx, area_id)
        if await session.scalar(select(exists().where(AppointmentSlot.area_id == area.id))):
            raise AreaInUse("The area has slots: deactivate it instead.")
        await self.audit(
            session, ctx, "service_area.delete", "service_area", area.id, before=_area(area)
        )
        await session.delete(area)

    # --- slots ------------------------------------------------------------------------------

    async def slot(
        self, session: AsyncSession, ctx: Context, slot_id: uuid.UUID
    ) -> AppointmentSlot:
        slot = await session.get(AppointmentSlot, slot_id)
        if slot is None or slot.tenant_id != ctx.tenant_id:
            raise NotFound("No such slot.")
        return slot

    async def search(
        self,
        session: AsyncSession,
        ctx: Context,
        *,
        start: datetime,
        end: datetime,
        area_id: uuid.UUID | None = None,
        team_id: uuid.UUID | None = None,
        limit: int = 200,
    ) -> Sequence[AppointmentSlot]:
        """Every slot starting in ``[start, end)``, booked or not, earliest first."""
        _check_window(start, end)
        query = select(AppointmentSlot).where(
            AppointmentSlot.tenant_id == ctx.tenant_id,
            AppointmentSlot.starts_at >= start,
            AppointmentSlot.starts_at < end,
        )
        if area_id is not None:
            query = query.where(AppointmentSlot.area_id == area_id)
        if team_id is not None:
            query = query.where(AppointmentSlot.team_id == team_id)
        query = query.order_by(AppointmentSlot.starts_at, AppointmentSlot.id).limit(limit)
        return (await session.scalars(query)).all()

    async def free(
        self,
        session: AsyncSession,
        ctx: Context,
        *,
        start: datetime,
        end: datetime,
        area_id: uuid.UUID | None = None,
        team_id: uuid.UUID | None = None,
        limit: int = 200,
    ) -> list[FreeSlot]:
        """The slots that can be booked now: active, in an active area, not started, not
        full; earliest first."""
        _check_window(start, end)
        now = utcnow()
        query = (
            select(AppointmentSlot, ServiceArea, OrgUnit)
            .join(ServiceArea, ServiceArea.id == AppointmentSlot.area_id)
            .join(OrgUnit, OrgUnit.id == AppointmentSlot.team_id)
            .where(
                AppointmentSlot.tenant_id == ctx.tenant_id,
                AppointmentSlot.starts_at >= start,
                AppointmentSlot.starts_at > now,
                AppointmentSlot.starts_at < end,
                AppointmentSlot.active.is_(True),
                AppointmentSlot.booked < AppointmentSlot.capacity,
                ServiceArea.active.is_(True),
            )
        )
        if area_id is not None:
            query = query.where(AppointmentSlot.area_id == area_id)
        if team_id is not None:
            query = query.where(AppointmentSlot.team_id == team_id)
        query = query.order_by(AppointmentSlot.starts_at, AppointmentSlot.id).limit(limit)
        return [FreeSlot(*row) for row in await session.execute(query)]

    async def create(self, session: AsyncSession, ctx: Context, draft: SlotIn) -> AppointmentSlot:
        area = await session.get(ServiceArea, draft.area_id)
        if area is None or area.tenant_id != ctx.tenant_id:
            raise UnknownArea("No such service area.", details={"field": "area_id"})
        team = await session.get(OrgUnit, draft.team_id)
        if team is None or team.tenant_id != ctx.tenant_id:
            raise UnknownOrgUnit("No such team.", details={"field": "team_id"})
        if draft.ends_at <= draft.starts_at or draft.ends_at - draft.starts_at > MAX_SLOT:
            raise InvalidTimes(
                "A slot ends after it starts, within 24 hours.", details={"field": "ends_at"}
            )
        if draft.starts_at <= utcnow():
            raise SlotPast("A slot cannot start in the past.", details={"field": "starts_at"})
        duplicate = await session.scalar(
            select(AppointmentSlot.id).where(
                AppointmentSlot.tenant_id == ctx.tenant_id,
                AppointmentSlot.area_id == area.id,
                AppointmentSlot.team_id == team.id,
                AppointmentSlot.starts_at == draft.starts_at,
            )
        )
        if duplicate is not None:
            raise SlotExists(
                "The team already has a slot at this time in this area.",
                details={"slot_id": str(duplicate)},
            )
        slot = AppointmentSlot(tenant_id=ctx.tenant_id, booked=0, **draft.model_dump())
        session.add(slot)
        await session.flush()
        await self.audit(
            session, ctx, "appointment_slot.create", "appointment_slot", slot.id, after=_slot(slot)
        )
        return slot

    async def update(
        self, session: AsyncSession, ctx: Context, slot_id: uuid.UUID, change: SlotUpdate
    ) -> AppointmentSlot:
        slot = await self.slot(session, ctx, slot_id)
        before = _slot(slot)
        if change.capacity is not None and change.capacity != slot.capacity:
            lowered = await session.execute(
                update(AppointmentSlot)
                .where(AppointmentSlot.id == slot.id, AppointmentSlot.booked <= change.capacity)
                .values(capacity=change.capacity)
                .execution_options(synchronize_session=False)
            )
            await session.refresh(slot)
            if _rows(lowered) != 1:
                raise CapacityBelowBooked(
                    "More visits are booked than that.",
                    details={"booked": slot.booked, "capacity": change.capacity},
                )
        if change.active is not None:
            slot.active = change.active
        await session.flush()
        if _slot(slot) != before:
            await self.audit(
                session,
                ctx,
                "appointment_slot.update",
                "appointment_slot",
                slot.id,
                before=before,
                after=_slot(slot),
            )
        return slot

    async def delete(self, session: AsyncSession, ctx: Context, slot_id: uuid.UUID) -> None:
        """Only a slot nobody ever booked goes; another is deactivated instead."""
        slot = await self.slot(session, ctx, slot_id)
        if await session.scalar(select(exists().where(Appointment.slot_id == slot.id))):
            raise SlotInUse("The slot has appointments: deactivate it instead.")
        await self.audit(
            session, ctx, "appointment_slot.delete", "appointment_slot", slot.id, before=_slot(slot)
        )
        await session.delete(slot)

    # --- the booked count -------------------------------------------------------------------

    async def take(self, session: AsyncSession, slot: AppointmentSlot) -> None:
        """Book one visit of ``slot``, or refuse with why not.

        One conditional UPDATE decides: whatever else runs at the same time, the row
        changes only while the slot is active, has not started and has room. On
        PostgreSQL a second booking waits for the first's row lock and then re-reads the
        row; on SQLite the writer is single. The refusal is diagnosed afterwards.
        """
        now = utcnow()
        area_active = await session.scalar(
            select(ServiceArea.active).where(ServiceArea.id == slot.area_id)
        )
        if not area_active:
            raise SlotInactive("The service area is not taking appointments.")
        taken = await session.execute(
            update(AppointmentSlot)
            .where(
                AppointmentSlot.id == slot.id,
                AppointmentSlot.booked < AppointmentSlot.capacity,
                AppointmentSlot.active.is_(True),
                AppointmentSlot.starts_at > now,
            )
            .values(booked=AppointmentSlot.booked + 1, updated_at=now)
            .execution_options(synchronize_session=False)
        )
        await session.refresh(slot)
        if _rows(taken) == 1:
            return
        details = {"slot_id": str(slot.id)}
        if not slot.active:
            raise SlotInactive("The slot is not taking appointments.", details=details)
        if slot.starts_at <= now:
            raise SlotPast("The slot has already started.", details=details)
        raise SlotFull("The slot is fully booked.", details=details)

    async def release(self, session: AsyncSession, slot_id: uuid.UUID) -> None:
        await session.execute(
            update(AppointmentSlot)
            .where(AppointmentSlot.id == slot_id, AppointmentSlot.booked > 0)
            .values(booked=AppointmentSlot.booked - 1, updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )


def _area(area: ServiceArea) -> dict[str, Any]:
    return {
        "code": area.code,
        "name": area.name,
        "remind_minutes": area.remind_minutes,
        "active": area.active,
    }


def _slot(slot: AppointmentSlot) -> dict[str, Any]:
    # Not the booked count: bookings are the tickets' history, not an administrator's change.
    return {
        "area_id": str(slot.area_id),
        "team_id": str(slot.team_id),
        "starts_at": slot.starts_at.isoformat(),
        "ends_at": slot.ends_at.isoformat(),
        "capacity": slot.capacity,
        "active": slot.active,
    }


def _check_window(start: datetime, end: datetime) -> None:
    if end <= start or end - start > MAX_WINDOW:
        raise Invalid(
            "The range ends after it starts, within 62 days.",
            code="invalid_range",
            details={"max_days": MAX_WINDOW.days},
        )

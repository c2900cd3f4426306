"""What appointment tests stand on: a repair ticket (with or without a conversation), a
service area, a technician team and slots in it."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from kefu.appointments.models import Appointment, AppointmentSlot
from kefu.appointments.schemas import AreaIn, SlotIn
from kefu.core.clock import utcnow
from kefu.identity import schemas
from kefu.identity.context import Context, system_context
from kefu.jobs.models import ScheduledJob
from kefu.services import Services
from kefu.tickets.models import Ticket, TicketComment, TicketEvent
from kefu.tickets.schemas import TicketIn
from tests.world import World

ADDRESS = "深圳市南山区科技园科苑路 15 号"


def staff(world: World, tenant_id: uuid.UUID | None = None) -> Context:
    return system_context(tenant_id or world.tenant_id, "platform")


async def ticket(
    services: Services,
    world: World,
    *,
    conversation_id: uuid.UUID | None = None,
    tenant_id: uuid.UUID | None = None,
    address: str | None = ADDRESS,
) -> uuid.UUID:
    """A repair ticket (维修) of the world's customer, with a visiting address."""
    fields: dict[str, Any] = {"product": ["空调", "KFR-35GW"]}
    if address:
        fields["address"] = address
    async with services.db.transaction() as session:
        created = await services.tickets.create(
            session,
            staff(world, tenant_id),
            TicketIn(
                type_key="repair",
                subject="空调不制冷",
                contact_id=world.contact_id if tenant_id is None else None,
                conversation_id=conversation_id,
                fields=fields,
            ),
            source="console",
        )
        return created.id


async def team(services: Services, world: World, tenant_id: uuid.UUID | None = None) -> uuid.UUID:
    async with services.db.transaction() as session:
        unit = await services.directory.create_unit(
            session,
            staff(world, tenant_id),
            schemas.OrgUnitCreate(name=f"安装{uuid.uuid4().hex[:4]}组", kind="team"),
        )
        return unit.id


async def area(
    services: Services,
    world: World,
    *,
    tenant_id: uuid.UUID | None = None,
    remind_minutes: int = 24 * 60,
) -> uuid.UUID:
    async with services.db.transaction() as session:
        created = await services.appointments.slots.create_area(
            session,
            staff(world, tenant_id),
            AreaIn(
                code=f"sz-{uuid.uuid4().hex[:6]}", name="深圳南山区", remind_minutes=remind_minutes
            ),
        )
        return created.id


async def slot(
    services: Services,
    world: World,
    area_id: uuid.UUID,
    team_id: uuid.UUID,
    *,
    starts_in: timedelta = timedelta(days=3),
    capacity: int = 2,
    tenant_id: uuid.UUID | None = None,
) -> uuid.UUID:
    starts_at = utcnow().replace(microsecond=0) + starts_in
    async with services.db.transaction() as session:
        created = await services.appointments.slots.create(
            session,
            staff(world, tenant_id),
            SlotIn(
                area_id=area_id,
                team_id=team_id,
                starts_at=starts_at,
                ends_at=starts_at + timedelta(hours=2),
                capacity=capacity,
            ),
        )
        return created.id


async def booked(services: Services, slot_id: uuid.UUID) -> int:
    async with services.db.read() as session:
        row = await session.get(AppointmentSlot, slot_id)
        assert row is not None
        return row.booked


async def appointments_of(services: Services, ticket_id: uuid.UUID) -> list[Appointment]:
    async with services.db.read() as session:
        return list(
            (
                await session.scalars(
                    select(Appointment)
                    .where(Appointment.ticket_id == ticket_id)
                    .order_by(Appointment.created_at)
                )
            ).all()
        )


async def reminder(services: Services, appointment_id: uuid.UUID) -> datetime | None:
    """When the appointment's reminder is due, if one is scheduled."""
    async with services.db.read() as session:
        return await session.scalar(
            select(ScheduledJob.due_at).where(
                ScheduledJob.kind == "appointment.remind", ScheduledJob.key == str(appointment_id)
            )
        )


async def thread(services: Services, ticket_id: uuid.UUID) -> tuple[list[str], list[str]]:
    """The ticket's public comments and the kinds of its history, oldest first."""
    async with services.db.read() as session:
        comments = (
            await session.scalars(
                select(TicketComment.body)
                .where(TicketComment.ticket_id == ticket_id, TicketComment.public.is_(True))
                .order_by(TicketComment.created_at, TicketComment.id)
            )
        ).all()
        kinds = (
            await session.scalars(
                select(TicketEvent.kind)
                .where(TicketEvent.ticket_id == ticket_id)
                .order_by(TicketEvent.created_at, TicketEvent.id)
            )
        ).all()
        assert await session.get(Ticket, ticket_id) is not None
    return list(comments), list(kinds)

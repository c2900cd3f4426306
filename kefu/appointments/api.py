"""Appointments over REST: service areas and slots (``appointments:manage``; areas are read
with ``tickets:read``), the free slots, and a ticket's appointment made, moved and cancelled
(``tickets:write``). docs/tickets.md, "Appointments"."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status

from kefu.appointments.schemas import (
    AppointmentCancel,
    AppointmentIn,
    AppointmentMove,
    AppointmentOut,
    AreaIn,
    AreaOut,
    AreaUpdate,
    FreeSlotOut,
    SlotIn,
    SlotOut,
    SlotUpdate,
)
from kefu.core.clock import utcnow
from kefu.core.http import API_PREFIX
from kefu.identity.context import Context
from kefu.identity.deps import Authorize, ReadSessionDep, ServicesDep, SessionDep
from kefu.identity.permissions import Permission
from kefu.identity.schemas import IsoDatetime

router = APIRouter(prefix=API_PREFIX, tags=["appointments"])

AppointmentsManage = Annotated[Context, Depends(Authorize(Permission.APPOINTMENTS_MANAGE))]
TicketsRead = Annotated[Context, Depends(Authorize(Permission.TICKETS_READ))]
TicketsWrite = Annotated[Context, Depends(Authorize(Permission.TICKETS_WRITE))]

DEFAULT_DAYS = 14
SlotLimit = Annotated[int, Query(ge=1, le=500, description="At most this many slots.")]
Since = Annotated[
    IsoDatetime | None, Query(description="Slots starting at or after this (default: now).")
]
Until = Annotated[
    IsoDatetime | None,
    Query(description="Slots starting before this (default: 14 days after since; ≤ 62 days)."),
]


# --- service areas ----------------------------------------------------------------------------


@router.get("/service-areas", response_model=list[AreaOut])
async def list_areas(
    ctx: TicketsRead,
    svc: ServicesDep,
    session: ReadSessionDep,
    active: Annotated[bool | None, Query()] = None,
) -> list[AreaOut]:
    rows = await svc.appointments.slots.areas(session, ctx, active=active)
    return [AreaOut.model_validate(row) for row in rows]


@router.post("/service-areas", response_model=AreaOut, status_code=201)
async def create_area(
    body: AreaIn, ctx: AppointmentsManage, svc: ServicesDep, session: SessionDep
) -> AreaOut:
    return AreaOut.model_validate(await svc.appointments.slots.create_area(session, ctx, body))


@router.patch("/service-areas/{area_id}", response_model=AreaOut)
async def update_area(
    area_id: uuid.UUID,
    body: AreaUpdate,
    ctx: AppointmentsManage,
    svc: ServicesDep,
    session: SessionDep,
) -> AreaOut:
    area = await svc.appointments.slots.update_area(session, ctx, area_id, body)
    return AreaOut.model_validate(area)


@router.delete("/service-areas/{area_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_area(
    area_id: uuid.UUID, ctx: AppointmentsManage, svc: ServicesDep, session: SessionDep
) -> Response:
    """Only an area without slots; deactivate one that has them."""
    await svc.appointments.slots.delete_area(session, ctx, area_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# --- slots ------------------------------------------------------------------------------------


def _window(since: Since, until: Until) -> tuple[IsoDatetime, IsoDatetime]:
    start = since or utcnow()
    return start, until or start + timedelta(days=DEFAULT_DAYS)


@router.get("/appointment-slots", response_model=list[SlotOut])
async def list_slots(
    ctx: AppointmentsManage,
    svc: ServicesDep,
    session: ReadSessionDep,
    area_id: Annotated[uuid.UUID | None, Query()] = None,
    team_id: Annotated[uuid.UUID | None, Query()] = None,
    since: Since = None,
    until: Until = None,
    limit: SlotLimit = 200,
) -> list[SlotOut]:
    """Every slot starting in the range, booked, full or inactive, earliest first."""
    start, end = _window(since, until)
    rows = await svc.appointments.slots.search(
        session, ctx, start=start, end=end, area_id=area_id, team_id=team_id, limit=limit
    )
    return [SlotOut.model_validate(row) for row in rows]


@router.get("/free-appointment-slots", response_model=list[FreeSlotOut])
async def free_slots(
    ctx: TicketsRead,
    svc: ServicesDep,
    session: ReadSessionDep,
    area_id: Annotated[uuid.UUID | None, Query()] = None,
    team_id: Annotated[uuid.UUID | None, Query()] = None,
    since: Since = None,
    until: Until = None,
    limit: SlotLimit = 200,
) -> list[FreeSlotOut]:
    """The slots that can be booked now, with the visits left in each, earliest first."""
    start, end = _window(since, until)
    rows = await svc.appointments.slots.free(
        session, ctx, start=start, end=end, area_id=area_id, team_id=team_id, limit=limit
    )
    return [
        FreeSlotOut(
            id=row.slot.id,
            area_id=row.area.id,
            area_name=row.area.name,
            team_id=row.team.id,
            team_name=row.team.name,
            starts_at=row.slot.starts_at,
            ends_at=row.slot.ends_at,
            capacity=row.slot.capacity,
            remaining=row.remaining,
        )
        for row in rows
    ]


@router.post("/appointment-slots", response_model=SlotOut, status_code=201)
async def create_slot(
    body: SlotIn, ctx: AppointmentsManage, svc: ServicesDep, session: SessionDep
) -> SlotOut:
    return SlotOut.model_validate(await svc.appointments.slots.create(session, ctx, body))


@router.patch("/appointment-slots/{slot_id}", response_model=SlotOut)
async def update_slot(
    slot_id: uuid.UUID,
    body: SlotUpdate,
    ctx: AppointmentsManage,
    svc: ServicesDep,
    session: SessionDep,
) -> SlotOut:
    slot = await svc.appointments.slots.update(session, ctx, slot_id, body)
    return SlotOut.model_validate(slot)


@router.delete("/appointment-slots/{slot_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_slot(
    slot_id: uuid.UUID, ctx: AppointmentsManage, svc: ServicesDep, session: SessionDep
) -> Response:
    """Only a slot nobody booked; deactivate one that was."""
    await svc.appointments.slots.delete(session, ctx, slot_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# --- a ticket's appointment -------------------------------------------------------------------


@router.get("/tickets/{ticket_id}/appointments", response_model=list[AppointmentOut])
async def list_appointments(
    ticket_id: uuid.UUID, ctx: TicketsRead, svc: ServicesDep, session: ReadSessionDep
) -> list[AppointmentOut]:
    """The ticket's appointments, newest first (at most one is booked)."""
    return await svc.appointments.of_ticket(session, ctx, ticket_id)


@router.post("/tickets/{ticket_id}/appointments", response_model=AppointmentOut, status_code=201)
async def book_appointment(
    ticket_id: uuid.UUID,
    body: AppointmentIn,
    ctx: TicketsWrite,
    svc: ServicesDep,
    session: SessionDep,
) -> AppointmentOut:
    """Book a visit in a free slot; the customer is told on the ticket and in its
    conversation, and reminded before the visit."""
    appointment = await svc.appointments.book(session, ctx, ticket_id, body)
    return await svc.appointments.out(session, appointment)


@router.post(
    "/tickets/{ticket_id}/appointments/{appointment_id}/move", response_model=AppointmentOut
)
async def move_appointment(
    ticket_id: uuid.UUID,
    appointment_id: uuid.UUID,
    body: AppointmentMove,
    ctx: TicketsWrite,
    svc: ServicesDep,
    session: SessionDep,
) -> AppointmentOut:
    appointment = await svc.appointments.move(session, ctx, ticket_id, appointment_id, body)
    return await svc.appointments.out(session, appointment)


@router.post(
    "/tickets/{ticket_id}/appointments/{appointment_id}/cancel", response_model=AppointmentOut
)
async def cancel_appointment(
    ticket_id: uuid.UUID,
    appointment_id: uuid.UUID,
    ctx: TicketsWrite,
    svc: ServicesDep,
    session: SessionDep,
    body: AppointmentCancel | None = None,
) -> AppointmentOut:
    draft = body or AppointmentCancel()
    appointment = await svc.appointments.cancel(session, ctx, ticket_id, appointment_id, draft)
    return await svc.appointments.out(session, appointment)

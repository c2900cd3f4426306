"""A ticket's on-site appointment: booked into a slot, moved to another, cancelled, and the
customer told each time and reminded before the visit (docs/tickets.md, "Appointments").

A slot is never overbooked: every booking is one conditional UPDATE of the slot's count
(``Slots.take``), and a move takes the new slot and gives back the old one in the same
transaction, so a refused move keeps the appointment where it was. A ticket has at most
one booked appointment, which a partial unique index holds even against two bookings at
the same moment. Every refusal changes nothing.
"""

from __future__ import annotations

import logging
import uuid
from datetime import timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.appointments.models import Appointment, AppointmentSlot, ServiceArea
from kefu.appointments.notices import Notice, Visit, notice
from kefu.appointments.schemas import (
    AppointmentCancel,
    AppointmentIn,
    AppointmentMove,
    AppointmentOut,
    SlotOut,
)
from kefu.appointments.slots import Slots
from kefu.conversations.participants import Sender
from kefu.conversations.schemas import MessageIn
from kefu.conversations.service import Conversations
from kefu.core.clock import utcnow
from kefu.core.errors import Conflict, Invalid, KefuError, NotFound
from kefu.core.ids import new_id
from kefu.identity.context import Context, system_context
from kefu.identity.models import OrgUnit, Tenant
from kefu.jobs.scheduler import Job, Scheduler
from kefu.tickets.models import Ticket

log = logging.getLogger("kefu.appointments")

REMIND = "appointment.remind"
"""The job kind of a reminder; its key is the appointment's id."""
ADDRESS_FIELD = "address"  # the 上门地址 field of the built-in repair type
MAX_PER_TICKET = 100
# How the partial unique index of booked appointments names itself: PostgreSQL, SQLite.
ONE_BOOKED = ("uq_appointments_ticket_booked", "appointments.ticket_id")


class AppointmentExists(Conflict):
    code = "appointment_exists"


class AppointmentCancelled(Conflict):
    code = "appointment_cancelled"


class TicketClosed(Conflict):
    code = "ticket_closed"


class AddressRequired(Invalid):
    code = "address_required"


class SameSlot(Invalid):
    code = "same_slot"


class TicketAccess(Protocol):
    """What appointments need of the tickets domain (``kefu.tickets.service.Tickets``)."""

    async def get(self, session: AsyncSession, ctx: Context, ticket_id: uuid.UUID) -> Ticket: ...

    def record(
        self,
        session: AsyncSession,
        ctx: Context,
        ticket: Ticket,
        kind: str,
        changes: dict[str, Any],
    ) -> object: ...

    async def comment(
        self, session: AsyncSession, ctx: Context, ticket: Ticket, body: str, *, public: bool
    ) -> object: ...


class Appointments:
    def __init__(self, scheduler: Scheduler, secret_key: str) -> None:
        self.slots = Slots(secret_key)
        self._scheduler = scheduler
        # Wired by ``Services.build``: the domains whose threads the customer reads.
        self.tickets: TicketAccess | None = None
        self.conversations: Conversations | None = None

    @property
    def _tickets(self) -> TicketAccess:
        assert self.tickets is not None, "Services.build wires the tickets in"
        return self.tickets

    @property
    def _conversations(self) -> Conversations:
        assert self.conversations is not None, "Services.build wires the conversations in"
        return self.conversations

    # --- reading ----------------------------------------------------------------------------

    async def of_ticket(
        self, session: AsyncSession, ctx: Context, ticket_id: uuid.UUID
    ) -> list[AppointmentOut]:
        """The ticket's appointments, newest first, each with its slot."""
        ticket = await self._tickets.get(session, ctx, ticket_id)
        rows = (
            await session.execute(
                select(Appointment, AppointmentSlot)
                .join(AppointmentSlot, AppointmentSlot.id == Appointment.slot_id)
                .where(Appointment.ticket_id == ticket.id)
                .order_by(Appointment.created_at.desc(), Appointment.id.desc())
                .limit(MAX_PER_TICKET)
            )
        ).all()
        return [_out(appointment, slot) for appointment, slot in rows]

    async def out(self, session: AsyncSession, appointment: Appointment) -> AppointmentOut:
        slot = await session.get(AppointmentSlot, appointment.slot_id)
        return _out(appointment, slot)

    async def _locked(
        self, session: AsyncSession, ticket: Ticket, appointment_id: uuid.UUID
    ) -> Appointment:
        # Locked until commit: two agents moving or cancelling one appointment at once take
        # turns, so its old slot is given back once (SQLite's writer is single anyway).
        appointment = await session.get(
            Appointment, appointment_id, with_for_update=True, populate_existing=True
        )
        if appointment is None or appointment.ticket_id != ticket.id:
            raise NotFound("No such appointment.")
        return appointment

    # --- writing ----------------------------------------------------------------------------

    async def book(
        self, session: AsyncSession, ctx: Context, ticket_id: uuid.UUID, draft: AppointmentIn
    ) -> Appointment:
        ticket = await self._tickets.get(session, ctx, ticket_id)
        _check_open(ticket)
        slot = await self.slots.slot(session, ctx, draft.slot_id)
        booked = await session.scalar(
            select(Appointment.id).where(
                Appointment.ticket_id == ticket.id, Appointment.status == "booked"
            )
        )
        if booked is not None:
            raise AppointmentExists(
                "The ticket already has an appointment: move it instead.",
                details={"appointment_id": str(booked)},
            )
        address = draft.address or _ticket_address(ticket)
        if not address:
            raise AddressRequired(
                "Say where the visit is: the ticket has no address.",
                details={"field": "address"},
            )
        await self.slots.take(session, slot)
        principal = ctx.principal
        appointment = Appointment(
            tenant_id=ctx.tenant_id,
            ticket_id=ticket.id,
            slot_id=slot.id,
            contact_id=ticket.contact_id,
            address=address,
            note=draft.note,
            status="booked",
            booked_by=f"{principal.actor_type}:{principal.actor_id or principal.label}",
            booked_by_name=principal.display_name,
            moves=0,
        )
        session.add(appointment)
        try:
            await session.flush()
        except IntegrityError as exc:  # booked for this ticket by another request meanwhile
            if not any(name in str(exc.orig) for name in ONE_BOOKED):
                raise
            raise AppointmentExists(
                "The ticket already has an appointment: move it instead."
            ) from exc
        visit = await self._visit(session, appointment, slot)
        await self._tell(session, ctx, ticket, "booked", visit)
        await self._remind_later(session, appointment, slot)
        self._tickets.record(
            session,
            ctx,
            ticket,
            "appointment_booked",
            {"appointment_id": str(appointment.id), **_visit_changes(slot, visit)},
        )
        return appointment

    async def move(
        self,
        session: AsyncSession,
        ctx: Context,
        ticket_id: uuid.UUID,
        appointment_id: uuid.UUID,
        draft: AppointmentMove,
    ) -> Appointment:
        ticket = await self._tickets.get(session, ctx, ticket_id)
        appointment = await self._locked(session, ticket, appointment_id)
        if appointment.status != "booked":
            raise AppointmentCancelled("The appointment was cancelled: book a new one.")
        _check_open(ticket)
        if draft.slot_id == appointment.slot_id:
            raise SameSlot("The appointment is already in this slot.", details={"field": "slot_id"})
        new = await self.slots.slot(session, ctx, draft.slot_id)
        old = await session.get(AppointmentSlot, appointment.slot_id)
        assert old is not None  # a foreign key
        before = await self._visit(session, appointment, old)
        # Rows in id order, so two moves in opposite directions never deadlock; a refused
        # take rolls the release back with the whole transaction.
        if new.id < old.id:
            await self.slots.take(session, new)
            await self.slots.release(session, old.id)
        else:
            await self.slots.release(session, old.id)
            await self.slots.take(session, new)
        appointment.slot_id = new.id
        if draft.address is not None:
            appointment.address = draft.address
        if draft.note is not None:
            appointment.note = draft.note
        appointment.moves += 1
        appointment.reminded_at = None
        await session.flush()
        visit = await self._visit(session, appointment, new)
        await self._tell(session, ctx, ticket, "moved", visit, before)
        await self._remind_later(session, appointment, new)
        self._tickets.record(
            session,
            ctx,
            ticket,
            "appointment_moved",
            {
                "appointment_id": str(appointment.id),
                "slot_id": [str(old.id), str(new.id)],
                "starts_at": [before.starts_at.isoformat(), visit.starts_at.isoformat()],
                "address": [before.address, visit.address],
            },
        )
        return appointment

    async def cancel(
        self,
        session: AsyncSession,
        ctx: Context,
        ticket_id: uuid.UUID,
        appointment_id: uuid.UUID,
        draft: AppointmentCancel,
    ) -> Appointment:
        ticket = await self._tickets.get(session, ctx, ticket_id)
        appointment = await self._locked(session, ticket, appointment_id)
        if appointment.status != "booked":
            raise AppointmentCancelled("The appointment is already cancelled.")
        slot = await session.get(AppointmentSlot, appointment.slot_id)
        assert slot is not None
        await self.slots.release(session, slot.id)
        principal = ctx.principal
        appointment.status = "cancelled"
        appointment.cancelled_at = utcnow()
        appointment.cancelled_by = f"{principal.actor_type}:{principal.actor_id or principal.label}"
        appointment.cancel_reason = draft.reason or None
        await session.flush()
        await self._scheduler.cancel(session, REMIND, str(appointment.id))
        visit = await self._visit(session, appointment, slot)
        await self._tell(session, ctx, ticket, "cancelled", visit)
        self._tickets.record(
            session,
            ctx,
            ticket,
            "appointment_cancelled",
            {
                "appointment_id": str(appointment.id),
                "slot_id": str(slot.id),
                "starts_at": slot.starts_at.isoformat(),
                "reason": draft.reason,
            },
        )
        return appointment

    # --- the reminder -----------------------------------------------------------------------

    async def _remind_later(
        self, session: AsyncSession, appointment: Appointment, slot: AppointmentSlot
    ) -> None:
        """A reminder ``remind_minutes`` before the visit. A visit booked closer than that
        was just announced, which serves as its reminder."""
        lead = await session.scalar(
            select(ServiceArea.remind_minutes).where(ServiceArea.id == slot.area_id)
        )
        key = str(appointment.id)
        due = slot.starts_at - timedelta(minutes=lead or 0)
        if not lead or due <= utcnow():
            await self._scheduler.cancel(session, REMIND, key)
            if lead:
                appointment.reminded_at = utcnow()
            return
        await self._scheduler.schedule(
            session,
            kind=REMIND,
            key=key,
            due_at=due,
            payload={"slot_id": str(slot.id)},
            tenant_id=appointment.tenant_id,
        )

    async def remind(self, session: AsyncSession, job: Job) -> None:
        """The handler of ``appointment.remind``: tell the customer of the coming visit.

        A reminder whose appointment was cancelled, moved elsewhere or has already started
        does nothing (moving and cancelling also move or drop the job)."""
        appointment = await session.get(Appointment, uuid.UUID(job.key), with_for_update=True)
        if appointment is None or appointment.status != "booked":
            return
        if job.payload.get("slot_id") != str(appointment.slot_id):
            return
        slot = await session.get(AppointmentSlot, appointment.slot_id)
        if slot is None or slot.starts_at <= utcnow() or appointment.reminded_at is not None:
            return
        tenant = await session.get(Tenant, appointment.tenant_id)
        assert tenant is not None
        ctx = system_context(tenant.id, tenant.kind, label="appointment-reminder")
        ticket = await self._tickets.get(session, ctx, appointment.ticket_id)
        visit = await self._visit(session, appointment, slot)
        await self._tell(session, ctx, ticket, "reminder", visit)
        appointment.reminded_at = utcnow()
        self._tickets.record(
            session,
            ctx,
            ticket,
            "appointment_reminded",
            {"appointment_id": str(appointment.id), "starts_at": slot.starts_at.isoformat()},
        )

    # --- telling the customer ---------------------------------------------------------------

    @staticmethod
    async def _visit(
        session: AsyncSession, appointment: Appointment, slot: AppointmentSlot
    ) -> Visit:
        area = await session.get(ServiceArea, slot.area_id)
        team = await session.get(OrgUnit, slot.team_id)
        return Visit(
            starts_at=slot.starts_at,
            ends_at=slot.ends_at,
            area=area.name if area else "",
            team=team.name if team else "",
            address=appointment.address,
        )

    async def _tell(
        self,
        session: AsyncSession,
        ctx: Context,
        ticket: Ticket,
        kind: Notice,
        visit: Visit,
        before: Visit | None = None,
    ) -> None:
        """A public comment on the ticket, and a system message in its conversation."""
        tenant = await session.get(Tenant, ticket.tenant_id)
        locale = tenant.locale if tenant else "zh-CN"
        text = notice(kind, visit, _zone(tenant), locale, before)
        await self._tickets.comment(session, ctx, ticket, text, public=True)
        if ticket.conversation_id is None:
            return
        try:
            await self._conversations.send(
                session,
                ticket.conversation_id,
                Sender("system", "system", None, None),
                MessageIn(client_msg_id=new_id().hex, body=text),
            )
        except KefuError as exc:  # a closed conversation: the ticket's comment still tells
            log.info("appointment notice not posted to conversation: %s", exc.code)


def _check_open(ticket: Ticket) -> None:
    if ticket.category == "closed":
        raise TicketClosed("The ticket is closed.")


def _ticket_address(ticket: Ticket) -> str | None:
    value = (ticket.fields or {}).get(ADDRESS_FIELD)
    return value.strip()[:300] or None if isinstance(value, str) else None


def _zone(tenant: Tenant | None) -> ZoneInfo:
    try:
        return ZoneInfo(tenant.timezone if tenant else "Asia/Shanghai")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _visit_changes(slot: AppointmentSlot, visit: Visit) -> dict[str, Any]:
    return {
        "slot_id": str(slot.id),
        "starts_at": slot.starts_at.isoformat(),
        "ends_at": slot.ends_at.isoformat(),
        "area": visit.area,
        "team": visit.team,
        "address": visit.address,
    }


def _out(appointment: Appointment, slot: AppointmentSlot | None) -> AppointmentOut:
    out = AppointmentOut.model_validate(appointment)
    out.slot = SlotOut.model_validate(slot) if slot is not None else None
    return out

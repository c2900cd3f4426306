"""Booking, moving and cancelling a ticket's appointment on SQLite and PostgreSQL, with a
clock the tests move: capacity, past and inactive slots, one booked appointment per ticket,
the reminder job, what the customer is told, and two agents racing for the last visit."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.appointments.models import AppointmentSlot
from kefu.appointments.schemas import (
    AppointmentCancel,
    AppointmentIn,
    AppointmentMove,
    AreaUpdate,
    SlotUpdate,
)
from kefu.conversations.models import Message
from kefu.core.errors import KefuError
from kefu.services import Services
from tests.appointments import visits
from tests.appointments.visits import ADDRESS, staff
from tests.conftest import Clock
from tests.world import World, fingerprint


async def _book(
    services: Services, world: World, ticket_id: uuid.UUID, slot_id: uuid.UUID, **extra: str
) -> uuid.UUID:
    async with services.db.transaction() as session:
        appointment = await services.appointments.book(
            session, staff(world), ticket_id, AppointmentIn(slot_id=slot_id, **extra)
        )
        return appointment.id


async def _refused(services: Services, world: World, action: object) -> str:
    """The code of a refused call, after checking it changed nothing."""
    before = await fingerprint(services, world.tenant_id)
    with pytest.raises(KefuError) as refused:
        async with services.db.transaction() as session:
            await action(session)  # type: ignore[operator]
    assert await fingerprint(services, world.tenant_id) == before
    return refused.value.code


async def test_book_move_cancel(services: Services, world: World, clock_control: Clock) -> None:
    ticket_id = await visits.ticket(services, world)
    team_id = await visits.team(services, world)
    area_id = await visits.area(services, world)
    first = await visits.slot(services, world, area_id, team_id, capacity=2)
    second = await visits.slot(services, world, area_id, team_id, starts_in=timedelta(days=4))

    appointment_id = await _book(services, world, ticket_id, first, note="请先电话联系")
    [row] = await visits.appointments_of(services, ticket_id)
    assert (row.status, row.slot_id, row.address, row.note) == (
        "booked",
        first,
        ADDRESS,  # the ticket's 上门地址
        "请先电话联系",
    )
    assert row.contact_id == world.contact_id
    assert await visits.booked(services, first) == 1

    async with services.db.transaction() as session:
        await services.appointments.move(
            session,
            staff(world),
            ticket_id,
            appointment_id,
            AppointmentMove(slot_id=second, address="深圳市南山区粤海街道 8 号"),
        )
    [row] = await visits.appointments_of(services, ticket_id)
    assert (row.slot_id, row.address, row.moves) == (second, "深圳市南山区粤海街道 8 号", 1)
    assert (await visits.booked(services, first), await visits.booked(services, second)) == (0, 1)

    async with services.db.transaction() as session:
        await services.appointments.cancel(
            session, staff(world), ticket_id, appointment_id, AppointmentCancel(reason="客户自修")
        )
    [row] = await visits.appointments_of(services, ticket_id)
    assert (row.status, row.cancel_reason) == ("cancelled", "客户自修")
    assert row.cancelled_at is not None
    assert await visits.booked(services, second) == 0

    # Cancelled, the ticket can book again; the old one stays in its history.
    await _book(services, world, ticket_id, first)
    assert [a.status for a in await visits.appointments_of(services, ticket_id)] == [
        "cancelled",
        "booked",
    ]
    _, kinds = await visits.thread(services, ticket_id)
    assert [k for k in kinds if k.startswith("appointment_")] == [
        "appointment_booked",
        "appointment_moved",
        "appointment_cancelled",
        "appointment_booked",
    ]


async def test_capacity_is_never_passed(services: Services, world: World) -> None:
    team_id = await visits.team(services, world)
    area_id = await visits.area(services, world)
    slot_id = await visits.slot(services, world, area_id, team_id, capacity=2)
    for _ in range(2):
        await _book(services, world, await visits.ticket(services, world), slot_id)
    third = await visits.ticket(services, world)

    async def book(session: object) -> None:
        await services.appointments.book(
            session,  # type: ignore[arg-type]
            staff(world),
            third,
            AppointmentIn(slot_id=slot_id),
        )

    assert await _refused(services, world, book) == "slot_full"
    assert await visits.booked(services, slot_id) == 2
    # Room made by raising the capacity; lowering it under what is booked is refused.
    async with services.db.transaction() as session:
        await services.appointments.slots.update(
            session, staff(world), slot_id, SlotUpdate(capacity=3)
        )
    await _book(services, world, third, slot_id)

    async def lower(session: object) -> None:
        await services.appointments.slots.update(
            session,  # type: ignore[arg-type]
            staff(world),
            slot_id,
            SlotUpdate(capacity=2),
        )

    assert await _refused(services, world, lower) == "capacity_below_booked"


async def test_bad_bookings_are_refused_and_change_nothing(
    services: Services, world: World, clock_control: Clock
) -> None:
    ticket_id = await visits.ticket(services, world)
    team_id = await visits.team(services, world)
    area_id = await visits.area(services, world)
    soon = await visits.slot(services, world, area_id, team_id, starts_in=timedelta(hours=2))
    later = await visits.slot(services, world, area_id, team_id, starts_in=timedelta(days=2))
    foreign_area = await visits.area(services, world, tenant_id=world.other_tenant_id)
    foreign_team = await visits.team(services, world, world.other_tenant_id)
    foreign_slot = await visits.slot(
        services, world, foreign_area, foreign_team, tenant_id=world.other_tenant_id
    )
    foreign_ticket = await visits.ticket(services, world, tenant_id=world.other_tenant_id)
    no_address = await visits.ticket(services, world, address=None)

    def booking(ticket: uuid.UUID, slot: uuid.UUID) -> object:
        async def book(session: object) -> None:
            await services.appointments.book(
                session,  # type: ignore[arg-type]
                staff(world),
                ticket,
                AppointmentIn(slot_id=slot),
            )

        return book

    assert await _refused(services, world, booking(foreign_ticket, later)) == "not_found"
    assert await _refused(services, world, booking(ticket_id, foreign_slot)) == "not_found"
    assert await _refused(services, world, booking(ticket_id, uuid.uuid4())) == "not_found"
    assert await _refused(services, world, booking(no_address, later)) == "address_required"

    clock_control.advance(hours=3)  # the first slot has begun
    assert await _refused(services, world, booking(ticket_id, soon)) == "slot_past"

    async with services.db.transaction() as session:
        await services.appointments.slots.update(
            session, staff(world), later, SlotUpdate(active=False)
        )
    assert await _refused(services, world, booking(ticket_id, later)) == "slot_inactive"
    async with services.db.transaction() as session:
        await services.appointments.slots.update(
            session, staff(world), later, SlotUpdate(active=True)
        )
        await services.appointments.slots.update_area(
            session, staff(world), area_id, AreaUpdate(active=False)
        )
    assert await _refused(services, world, booking(ticket_id, later)) == "slot_inactive"
    async with services.db.transaction() as session:
        await services.appointments.slots.update_area(
            session, staff(world), area_id, AreaUpdate(active=True)
        )

    appointment_id = await _book(services, world, ticket_id, later)
    assert await _refused(services, world, booking(ticket_id, later)) == "appointment_exists"

    def moving(slot: uuid.UUID, ticket: uuid.UUID = ticket_id) -> object:
        async def move(session: object) -> None:
            await services.appointments.move(
                session,  # type: ignore[arg-type]
                staff(world),
                ticket,
                appointment_id,
                AppointmentMove(slot_id=slot),
            )

        return move

    assert await _refused(services, world, moving(soon)) == "slot_past"
    assert await _refused(services, world, moving(later)) == "same_slot"
    assert await _refused(services, world, moving(foreign_slot)) == "not_found"
    # The appointment belongs to another ticket than the one named.
    assert await _refused(services, world, moving(later, no_address)) == "not_found"
    assert await visits.booked(services, later) == 1

    async with services.db.transaction() as session:
        await services.appointments.cancel(
            session, staff(world), ticket_id, appointment_id, AppointmentCancel()
        )

    async def cancel_again(session: object) -> None:
        await services.appointments.cancel(
            session,  # type: ignore[arg-type]
            staff(world),
            ticket_id,
            appointment_id,
            AppointmentCancel(),
        )

    assert await _refused(services, world, cancel_again) == "appointment_cancelled"
    assert await _refused(services, world, moving(later)) == "appointment_cancelled"


async def test_a_full_move_keeps_the_appointment_where_it_was(
    services: Services, world: World
) -> None:
    team_id = await visits.team(services, world)
    area_id = await visits.area(services, world)
    mine = await visits.slot(services, world, area_id, team_id)
    full = await visits.slot(services, world, area_id, team_id, capacity=1, starts_in=timedelta(2))
    await _book(services, world, await visits.ticket(services, world), full)
    ticket_id = await visits.ticket(services, world)
    appointment_id = await _book(services, world, ticket_id, mine)

    async def move(session: object) -> None:
        await services.appointments.move(
            session,  # type: ignore[arg-type]
            staff(world),
            ticket_id,
            appointment_id,
            AppointmentMove(slot_id=full),
        )

    assert await _refused(services, world, move) == "slot_full"
    assert (await visits.booked(services, mine), await visits.booked(services, full)) == (1, 1)


async def test_two_agents_booking_the_last_visit_at_once(
    services: Services, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    team_id = await visits.team(services, world)
    area_id = await visits.area(services, world)
    slot_id = await visits.slot(services, world, area_id, team_id, capacity=1)
    tickets = [await visits.ticket(services, world) for _ in range(2)]
    if services.db.engine.dialect.name == "postgresql":
        # Both transactions have read the slot with room left before either takes it: the
        # conditional UPDATE alone decides (SQLite's single writer runs them one by one).
        barrier = asyncio.Barrier(2)
        take = services.appointments.slots.take

        async def take_together(session: AsyncSession, slot: AppointmentSlot) -> None:
            assert slot.booked == 0
            await barrier.wait()
            await take(session, slot)

        monkeypatch.setattr(services.appointments.slots, "take", take_together)

    async def book(ticket_id: uuid.UUID) -> str:
        try:
            await _book(services, world, ticket_id, slot_id)
        except KefuError as refused:
            return refused.code
        return "booked"

    results = await asyncio.gather(*(book(t) for t in tickets))
    assert sorted(results) == ["booked", "slot_full"]
    assert await visits.booked(services, slot_id) == 1
    booked = [a for t in tickets for a in await visits.appointments_of(services, t)]
    assert [a.slot_id for a in booked] == [slot_id]


async def test_the_reminder_follows_the_appointment(
    services: Services, world: World, clock_control: Clock
) -> None:
    ticket_id = await visits.ticket(services, world)
    team_id = await visits.team(services, world)
    area_id = await visits.area(services, world, remind_minutes=24 * 60)
    first = await visits.slot(services, world, area_id, team_id, starts_in=timedelta(days=3))
    second = await visits.slot(services, world, area_id, team_id, starts_in=timedelta(days=5))
    async with services.db.read() as session:
        first_at = (await services.appointments.slots.slot(session, staff(world), first)).starts_at
        second_at = (
            await services.appointments.slots.slot(session, staff(world), second)
        ).starts_at

    appointment_id = await _book(services, world, ticket_id, first)
    assert await visits.reminder(services, appointment_id) == first_at - timedelta(days=1)
    async with services.db.transaction() as session:
        await services.appointments.move(
            session, staff(world), ticket_id, appointment_id, AppointmentMove(slot_id=second)
        )
    assert await visits.reminder(services, appointment_id) == second_at - timedelta(days=1)

    clock_control.advance(days=3, hours=1)  # the old reminder's time: nothing is due
    await services.scheduler.run_due()
    comments, _ = await visits.thread(services, ticket_id)
    assert not any("温馨提醒" in c for c in comments)

    clock_control.advance(days=1)
    await services.scheduler.run_due()
    assert await visits.reminder(services, appointment_id) is None
    comments, kinds = await visits.thread(services, ticket_id)
    assert sum("温馨提醒" in c for c in comments) == 1
    assert kinds[-1] == "appointment_reminded"
    [row] = await visits.appointments_of(services, ticket_id)
    assert row.reminded_at is not None


async def test_cancelling_drops_the_reminder(services: Services, world: World) -> None:
    ticket_id = await visits.ticket(services, world)
    team_id = await visits.team(services, world)
    area_id = await visits.area(services, world)
    slot_id = await visits.slot(services, world, area_id, team_id)
    appointment_id = await _book(services, world, ticket_id, slot_id)
    assert await visits.reminder(services, appointment_id) is not None
    async with services.db.transaction() as session:
        await services.appointments.cancel(
            session, staff(world), ticket_id, appointment_id, AppointmentCancel()
        )
    assert await visits.reminder(services, appointment_id) is None


async def test_a_visit_sooner_than_the_reminder_is_reminded_by_its_booking(
    services: Services, world: World
) -> None:
    ticket_id = await visits.ticket(services, world)
    team_id = await visits.team(services, world)
    area_id = await visits.area(services, world, remind_minutes=24 * 60)
    slot_id = await visits.slot(services, world, area_id, team_id, starts_in=timedelta(hours=5))
    appointment_id = await _book(services, world, ticket_id, slot_id)
    assert await visits.reminder(services, appointment_id) is None
    [row] = await visits.appointments_of(services, ticket_id)
    assert row.reminded_at is not None
    quiet = await visits.area(services, world, remind_minutes=0)
    far = await visits.slot(services, world, quiet, team_id, starts_in=timedelta(days=9))
    other = await _book(services, world, await visits.ticket(services, world), far)
    assert await visits.reminder(services, other) is None


async def test_the_customer_is_told_on_the_ticket_and_in_its_conversation(
    services: Services, world: World
) -> None:
    ticket_id = await visits.ticket(services, world, conversation_id=world.conversation_id)
    team_id = await visits.team(services, world)
    area_id = await visits.area(services, world)
    first = await visits.slot(services, world, area_id, team_id)
    second = await visits.slot(services, world, area_id, team_id, starts_in=timedelta(days=4))
    async with services.db.read() as session:
        team_name = (await services.directory.unit(session, staff(world), team_id)).name

    appointment_id = await _book(services, world, ticket_id, first)
    async with services.db.transaction() as session:
        await services.appointments.move(
            session, staff(world), ticket_id, appointment_id, AppointmentMove(slot_id=second)
        )
        await services.appointments.cancel(
            session, staff(world), ticket_id, appointment_id, AppointmentCancel()
        )
    comments, _ = await visits.thread(services, ticket_id)
    notices = [c for c in comments if "上门服务" in c]
    assert len(notices) == 3
    booked, moved, cancelled = notices
    assert "已为您预约上门服务" in booked
    assert all(part in booked for part in ("深圳南山区", team_name, ADDRESS))
    assert "已改约" in moved
    assert "原预约时间" in moved
    assert "已取消" in cancelled

    async with services.db.read() as session:
        said = (
            await session.scalars(
                select(Message)
                .where(
                    Message.conversation_id == world.conversation_id,
                    Message.sender_type == "system",
                )
                .order_by(Message.seq)
            )
        ).all()
    assert [m.body for m in said][-3:] == notices
    assert not any(m.private for m in said)


async def test_one_ticket_booked_twice_at_once_gets_one_appointment(
    services: Services, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    team_id = await visits.team(services, world)
    area_id = await visits.area(services, world)
    slots = [
        await visits.slot(services, world, area_id, team_id, starts_in=timedelta(days=d))
        for d in (2, 3)
    ]
    ticket_id = await visits.ticket(services, world)
    if services.db.engine.dialect.name == "postgresql":
        # Both have seen no booked appointment: the partial unique index decides.
        barrier = asyncio.Barrier(2)
        take = services.appointments.slots.take

        async def take_together(session: AsyncSession, slot: AppointmentSlot) -> None:
            await barrier.wait()
            await take(session, slot)

        monkeypatch.setattr(services.appointments.slots, "take", take_together)

    async def book(slot_id: uuid.UUID) -> str:
        try:
            await _book(services, world, ticket_id, slot_id)
        except KefuError as refused:
            return refused.code
        return "booked"

    results = await asyncio.gather(*(book(s) for s in slots))
    assert sorted(results) == ["appointment_exists", "booked"]
    [appointment] = await visits.appointments_of(services, ticket_id)
    assert [await visits.booked(services, s) for s in slots] == [
        int(appointment.slot_id == s) for s in slots
    ]

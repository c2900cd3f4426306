"""Follow-ups (回访): a callback task after a ticket of a type that wants one is solved.

The task is due some business hours after the solution, for the ticket's assignee. Its
outcome is recorded: satisfied closes the ticket when its workflow has a way to close it,
unsatisfied reopens it, unreachable only notes the try. A ticket reopened before the
callback cancels it; solving it again schedules a new one.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Annotated, Literal

from pydantic import BaseModel, StringConstraints
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.core.bus import stage
from kefu.core.clock import utcnow
from kefu.core.errors import Conflict, NotFound
from kefu.core.events import FollowUpDue
from kefu.identity.context import Context
from kefu.identity.schemas import Strict
from kefu.jobs.scheduler import Job, Scheduler
from kefu.tickets.models import FollowUp, Ticket, TicketType
from kefu.tickets.service import Tickets
from kefu.tickets.types import workflow_of

DUE = "ticket.follow_up_due"
Outcome = Literal["satisfied", "unsatisfied", "unreachable"]


class OutcomeIn(Strict):
    outcome: Outcome
    note: Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)] | None = None


class FollowUpOut(BaseModel):
    id: uuid.UUID
    ticket_id: uuid.UUID
    ticket_number: int
    ticket_subject: str
    assignee_id: uuid.UUID | None
    due_at: datetime
    status: Literal["scheduled", "done", "cancelled"]
    outcome: Outcome | None
    note: str | None
    done_at: datetime | None
    done_by: uuid.UUID | None


def out(follow_up: FollowUp, ticket: Ticket) -> FollowUpOut:
    return FollowUpOut(
        id=follow_up.id,
        ticket_id=ticket.id,
        ticket_number=ticket.number,
        ticket_subject=ticket.subject,
        assignee_id=follow_up.assignee_id,
        due_at=follow_up.due_at,
        status=follow_up.status,
        outcome=follow_up.outcome,
        note=follow_up.note,
        done_at=follow_up.done_at,
        done_by=follow_up.done_by,
    )


class FollowUps:
    def __init__(self, tickets: Tickets, scheduler: Scheduler) -> None:
        self._tickets = tickets
        self._scheduler = scheduler
        tickets.on_moved.append(self._on_moved)
        scheduler.register(DUE, self._on_due)

    async def _on_moved(
        self,
        session: AsyncSession,
        ctx: Context,
        ticket: Ticket,
        ticket_type: TicketType,
        before: str,
    ) -> None:
        if ticket.category == "solved" and before != "solved" and ticket_type.follow_up:
            await self._schedule(session, ticket, ticket_type)
        elif ticket.category in ("new", "open", "pending"):
            await self._cancel_open(session, ticket)

    async def _schedule(
        self, session: AsyncSession, ticket: Ticket, ticket_type: TicketType
    ) -> None:
        await self._cancel_open(session, ticket)
        rule = ticket_type.follow_up or {}
        after = float(rule.get("after_hours", 24)) * 3600
        hours = await self._tickets.timers.hours(session, ticket)
        now = utcnow()
        due_at = hours.add(now, after) if after else now
        follow_up = FollowUp(
            tenant_id=ticket.tenant_id,
            ticket_id=ticket.id,
            assignee_id=ticket.assignee_id,
            due_at=due_at,
        )
        session.add(follow_up)
        await session.flush()
        await self._scheduler.schedule(
            session, kind=DUE, key=str(follow_up.id), due_at=due_at, tenant_id=ticket.tenant_id
        )

    async def _cancel_open(self, session: AsyncSession, ticket: Ticket) -> None:
        for follow_up in await session.scalars(
            select(FollowUp).where(FollowUp.ticket_id == ticket.id, FollowUp.status == "scheduled")
        ):
            follow_up.status = "cancelled"
            await self._scheduler.cancel(session, DUE, str(follow_up.id))

    async def _on_due(self, session: AsyncSession, job: Job) -> None:
        """The callback is due: its assignee is told (their task list shows it already)."""
        follow_up = await session.get(FollowUp, uuid.UUID(job.key))
        if follow_up is None or follow_up.status != "scheduled":
            return
        ticket = await session.get(Ticket, follow_up.ticket_id)
        if ticket is None:
            return
        stage(
            session,
            FollowUpDue(
                tenant_id=ticket.tenant_id,
                follow_up_id=follow_up.id,
                ticket_id=ticket.id,
                number=ticket.number,
                subject=ticket.subject,
                user_ids=[follow_up.assignee_id] if follow_up.assignee_id else [],
            ),
        )

    async def of_ticket(self, session: AsyncSession, ticket: Ticket) -> list[FollowUpOut]:
        rows = await session.scalars(
            select(FollowUp).where(FollowUp.ticket_id == ticket.id).order_by(FollowUp.due_at)
        )
        return [out(row, ticket) for row in rows]

    async def tasks(
        self,
        session: AsyncSession,
        ctx: Context,
        *,
        mine: bool,
        status: str | None,
        due_within_hours: int | None,
        limit: int,
    ) -> list[FollowUpOut]:
        """The callback list, soonest due first, with each ticket's number and subject."""
        query = (
            select(FollowUp, Ticket)
            .join(Ticket, Ticket.id == FollowUp.ticket_id)
            .where(FollowUp.tenant_id == ctx.tenant_id)
        )
        if mine:
            query = query.where(FollowUp.assignee_id == ctx.principal.user_id)
        if status:
            query = query.where(FollowUp.status == status)
        if due_within_hours is not None:
            query = query.where(FollowUp.due_at <= utcnow() + timedelta(hours=due_within_hours))
        rows = await session.execute(query.order_by(FollowUp.due_at).limit(limit))
        return [out(follow_up, ticket) for follow_up, ticket in rows]

    async def record(
        self,
        session: AsyncSession,
        ctx: Context,
        ticket_id: uuid.UUID,
        follow_up_id: uuid.UUID,
        result: OutcomeIn,
    ) -> FollowUpOut:
        ticket = await self._tickets.lock(session, ctx, ticket_id)
        follow_up = await session.get(FollowUp, follow_up_id, with_for_update=True)
        if follow_up is None or follow_up.ticket_id != ticket.id:
            raise NotFound("No such follow-up of this ticket.")
        if follow_up.status != "scheduled":
            raise Conflict(
                "This follow-up is already done or cancelled.",
                code="follow_up_closed",
                details={"status": follow_up.status},
            )
        follow_up.status = "done"
        follow_up.outcome = result.outcome
        follow_up.note = result.note
        follow_up.done_at = utcnow()
        follow_up.done_by = ctx.principal.user_id
        await self._scheduler.cancel(session, DUE, str(follow_up.id))
        self._tickets.record(
            session,
            ctx,
            ticket,
            "follow_up",
            {"outcome": result.outcome, **({"note": result.note} if result.note else {})},
        )
        ticket_type = await session.get(TicketType, ticket.type_id)
        assert ticket_type is not None
        workflow = workflow_of(ticket_type)
        if result.outcome == "unsatisfied":
            await self._tickets.move(session, ctx, ticket, workflow.reopen_state(), check=False)
        elif result.outcome == "satisfied":
            closing = next(
                (
                    key
                    for key in workflow.targets(ticket.status, ctx.principal.roles)
                    if workflow.state(key).category == "closed"
                ),
                None,
            )
            if closing is not None:
                await self._tickets.move(session, ctx, ticket, closing)
        await session.flush()
        return out(follow_up, ticket)

"""Ticket types of a tenant: the built-in ones it starts with, and its own.

A tenant's types are created from ``defaults`` the first time it needs them; from then on
they are its own to change. A workflow change may not drop a state that tickets are in,
nor a field change make stored values unreadable (fields are checked on the next write).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.core.errors import Conflict, Invalid, NotFound
from kefu.identity.context import Context
from kefu.identity.service.audit import Audited
from kefu.tickets import schemas
from kefu.tickets.defaults import builtin_types
from kefu.tickets.fields import FieldDef, check_definitions
from kefu.tickets.models import Ticket, TicketType
from kefu.tickets.workflow import Workflow

DEFAULT_FOLLOW_UP: dict[str, Any] = {"after_hours": 24}


def fields_of(ticket_type: TicketType) -> list[FieldDef]:
    return [FieldDef.model_validate(item) for item in ticket_type.fields]


def workflow_of(ticket_type: TicketType) -> Workflow:
    return Workflow.model_validate(ticket_type.workflow)


class TicketTypes(Audited):
    async def all(
        self, session: AsyncSession, tenant_id: uuid.UUID, *, active_only: bool = False
    ) -> Sequence[TicketType]:
        await self.ensure_defaults(session, tenant_id)
        query = select(TicketType).where(TicketType.tenant_id == tenant_id)
        if active_only:
            query = query.where(TicketType.active.is_(True))
        rows = list(await session.scalars(query))
        # The built-in types first in their order, then the tenant's own as they were made.
        order = {default.key: n for n, default in enumerate(builtin_types())}
        rows.sort(key=lambda t: (order.get(t.key, len(order)), t.created_at, t.key))
        return rows

    async def ensure_defaults(self, session: AsyncSession, tenant_id: uuid.UUID) -> None:
        """The built-in types a tenant lacks: all of them the first time its types are asked
        for, and one added in a later version the first time after. (Types are never
        deleted, only retired, so a missing key was never created.)"""
        have = set(
            await session.scalars(select(TicketType.key).where(TicketType.tenant_id == tenant_id))
        )
        missing = [d for d in builtin_types() if d.key not in have]
        if not missing:
            return
        try:
            async with session.begin_nested():
                for default in missing:
                    session.add(
                        TicketType(
                            tenant_id=tenant_id,
                            key=default.key,
                            name=default.name,
                            name_en=default.name_en,
                            fields=[f.model_dump(mode="json") for f in default.fields],
                            workflow=default.workflow.model_dump(mode="json", by_alias=True),
                            follow_up=dict(DEFAULT_FOLLOW_UP) if default.follow_up else None,
                        )
                    )
        except IntegrityError:
            pass  # another request created them at the same moment

    async def get(
        self, session: AsyncSession, tenant_id: uuid.UUID, type_id: uuid.UUID
    ) -> TicketType:
        found = await session.get(TicketType, type_id)
        if found is None or found.tenant_id != tenant_id:
            raise NotFound("No such ticket type.")
        return found

    async def by_key(self, session: AsyncSession, tenant_id: uuid.UUID, key: str) -> TicketType:
        await self.ensure_defaults(session, tenant_id)
        found = await session.scalar(
            select(TicketType).where(TicketType.tenant_id == tenant_id, TicketType.key == key)
        )
        if found is None:
            raise NotFound("No such ticket type.", code="unknown_ticket_type")
        return found

    async def create(
        self, session: AsyncSession, ctx: Context, draft: schemas.TicketTypeIn
    ) -> TicketType:
        check_definitions(draft.fields)
        await self.ensure_defaults(session, ctx.tenant_id)
        taken = await session.scalar(
            select(TicketType.id).where(
                TicketType.tenant_id == ctx.tenant_id, TicketType.key == draft.key
            )
        )
        if taken is not None:
            raise Conflict("A ticket type has this key.", code="duplicate_key")
        row = TicketType(
            tenant_id=ctx.tenant_id,
            key=draft.key,
            name=draft.name,
            name_en=draft.name_en,
            fields=[f.model_dump(mode="json") for f in draft.fields],
            workflow=draft.workflow.model_dump(mode="json", by_alias=True),
            follow_up=draft.follow_up.model_dump() if draft.follow_up else None,
        )
        session.add(row)
        await session.flush()
        await self.audit(
            session, ctx, "ticket_types.create", "ticket_type", row.id, after=_snapshot(row)
        )
        return row

    async def update(
        self,
        session: AsyncSession,
        ctx: Context,
        type_id: uuid.UUID,
        change: schemas.TicketTypeUpdate,
    ) -> TicketType:
        row = await self.get(session, ctx.tenant_id, type_id)
        if change.version is not None and change.version != row.version:
            raise Conflict("The ticket type changed meanwhile.", code="version_conflict")
        given = change.model_fields_set
        before = _snapshot(row)
        if change.fields is not None:
            check_definitions(change.fields)
            row.fields = [f.model_dump(mode="json") for f in change.fields]
        if change.workflow is not None:
            await self._check_states_kept(session, row, change.workflow)
            row.workflow = change.workflow.model_dump(mode="json", by_alias=True)
            # A state may have changed category: the tickets in it follow.
            for state in change.workflow.states:
                await session.execute(
                    update(Ticket)
                    .where(
                        Ticket.type_id == row.id,
                        Ticket.status == state.key,
                        Ticket.category != state.category,
                    )
                    .values(category=state.category)
                )
        if "follow_up" in given:
            row.follow_up = change.follow_up.model_dump() if change.follow_up else None
        for name in ("name", "name_en", "active"):
            if name in given and (name == "name_en" or getattr(change, name) is not None):
                setattr(row, name, getattr(change, name))
        row.version += 1
        await session.flush()
        await self.audit(
            session,
            ctx,
            "ticket_types.update",
            "ticket_type",
            row.id,
            before=before,
            after=_snapshot(row),
        )
        return row

    @staticmethod
    async def _check_states_kept(
        session: AsyncSession, row: TicketType, workflow: Workflow
    ) -> None:
        kept = {state.key for state in workflow.states}
        used = set(
            await session.scalars(select(Ticket.status).where(Ticket.type_id == row.id).distinct())
        )
        if used - kept:
            raise Invalid(
                "Tickets are in states the new workflow drops.",
                code="state_in_use",
                details={"states": sorted(used - kept)},
            )


def _snapshot(row: TicketType) -> dict[str, Any]:
    return {
        "key": row.key,
        "name": row.name,
        "name_en": row.name_en,
        "fields": row.fields,
        "workflow": row.workflow,
        "follow_up": row.follow_up,
        "active": row.active,
    }

"""Saved filters of the ticket list: a person's own, and shared ones kept by managers."""

from __future__ import annotations

import uuid

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.core.errors import Forbidden, Invalid, NotFound
from kefu.identity.context import Context
from kefu.identity.permissions import Permission
from kefu.tickets import schemas
from kefu.tickets.models import TicketView

MAX_VIEWS = 100  # of one person, and shared ones of a tenant


def _out(view: TicketView) -> schemas.ViewOut:
    return schemas.ViewOut(
        id=view.id,
        name=view.name,
        shared=view.owner_id is None,
        filters=schemas.TicketFilter.model_validate(view.filters),
        position=view.position,
    )


class TicketViews:
    async def visible(self, session: AsyncSession, ctx: Context) -> list[schemas.ViewOut]:
        rows = await session.scalars(
            select(TicketView)
            .where(
                TicketView.tenant_id == ctx.tenant_id,
                or_(TicketView.owner_id.is_(None), TicketView.owner_id == ctx.principal.user_id),
            )
            .order_by(TicketView.position, TicketView.created_at)
        )
        return [_out(row) for row in rows]

    async def create(
        self, session: AsyncSession, ctx: Context, draft: schemas.ViewIn
    ) -> schemas.ViewOut:
        owner = None if draft.shared else ctx.principal.user_id
        if owner is None and not draft.shared:
            raise Invalid("Only a person has personal saved filters.", code="personal_only")
        count = len(
            (
                await session.scalars(
                    select(TicketView.id).where(
                        TicketView.tenant_id == ctx.tenant_id,
                        TicketView.owner_id.is_(None)
                        if owner is None
                        else TicketView.owner_id == owner,
                    )
                )
            ).all()
        )
        if count >= MAX_VIEWS:
            raise Invalid(f"At most {MAX_VIEWS} saved filters.", code="too_many_views")
        view = TicketView(
            tenant_id=ctx.tenant_id,
            owner_id=owner,
            name=draft.name,
            filters=draft.filters.model_dump(mode="json", exclude_defaults=True),
            position=draft.position,
        )
        session.add(view)
        await session.flush()
        return _out(view)

    async def update(
        self,
        session: AsyncSession,
        ctx: Context,
        view_id: uuid.UUID,
        change: schemas.ViewUpdate,
    ) -> schemas.ViewOut:
        view = await self._editable(session, ctx, view_id)
        if change.name is not None:
            view.name = change.name
        if change.filters is not None:
            view.filters = change.filters.model_dump(mode="json", exclude_defaults=True)
        if change.position is not None:
            view.position = change.position
        await session.flush()
        return _out(view)

    async def delete(self, session: AsyncSession, ctx: Context, view_id: uuid.UUID) -> None:
        await session.delete(await self._editable(session, ctx, view_id))

    @staticmethod
    async def _editable(session: AsyncSession, ctx: Context, view_id: uuid.UUID) -> TicketView:
        view = await session.get(TicketView, view_id)
        if view is None or view.tenant_id != ctx.tenant_id:
            raise NotFound("No such saved filter.")
        if view.owner_id is None:
            if Permission.TICKETS_MANAGE not in ctx.principal.permissions:
                raise Forbidden(
                    "Shared filters need the permission 'tickets:manage'.",
                    details={"permission": Permission.TICKETS_MANAGE.value},
                )
        elif view.owner_id != ctx.principal.user_id:
            raise NotFound("No such saved filter.")
        return view

"""Canned replies: personal ones, a team's (an organisation unit's), and everyone's.

An agent sees their own, their units', and the tenant-wide ones; shortcuts are what the
console completes after ``/``.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import false, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.conversations import schemas
from kefu.conversations.models import CannedReply
from kefu.core.errors import Forbidden, Invalid, NotFound
from kefu.identity.context import Context
from kefu.identity.models import OrgUnit, user_org_units
from kefu.identity.permissions import Permission


class CannedReplies:
    async def visible(
        self, session: AsyncSession, ctx: Context, q: str | None = None
    ) -> Sequence[CannedReply]:
        user_id = ctx.principal.user_id
        mine_units = select(user_org_units.c.org_unit_id).where(user_org_units.c.user_id == user_id)
        query = select(CannedReply).where(
            CannedReply.tenant_id == ctx.tenant_id,
            or_(
                CannedReply.owner_id == user_id,
                CannedReply.owner_id.is_(None) & CannedReply.org_unit_id.is_(None),
                CannedReply.org_unit_id.in_(mine_units),
                # Managers of team replies see all of them, to maintain them.
                CannedReply.org_unit_id.is_not(None)
                if Permission.CANNED_REPLIES_MANAGE in ctx.principal.permissions
                else false(),
            ),
        )
        if q:
            pattern = f"%{q.replace('%', '').replace('_', '')}%"
            query = query.where(
                or_(CannedReply.shortcut.ilike(pattern), CannedReply.title.ilike(pattern))
            )
        return (await session.scalars(query.order_by(CannedReply.shortcut).limit(500))).all()

    async def create(
        self, session: AsyncSession, ctx: Context, draft: schemas.CannedReplyCreate
    ) -> CannedReply:
        owner_id, unit_id = self._scope(ctx, draft.scope, draft.org_unit_id)
        if unit_id is not None:
            unit = await session.get(OrgUnit, unit_id)
            if unit is None or unit.tenant_id != ctx.tenant_id:
                raise Invalid("No such organisation unit.", details={"field": "org_unit_id"})
        reply = CannedReply(
            tenant_id=ctx.tenant_id,
            owner_id=owner_id,
            org_unit_id=unit_id,
            shortcut=draft.shortcut,
            title=draft.title,
            body=draft.body,
        )
        session.add(reply)
        await session.flush()
        return reply

    async def update(
        self,
        session: AsyncSession,
        ctx: Context,
        reply_id: uuid.UUID,
        change: schemas.CannedReplyUpdate,
    ) -> CannedReply:
        reply = await self._editable(session, ctx, reply_id)
        for field, value in change.model_dump(exclude_unset=True).items():
            if value is not None:
                setattr(reply, field, value)
        await session.flush()
        return reply

    async def delete(self, session: AsyncSession, ctx: Context, reply_id: uuid.UUID) -> None:
        reply = await self._editable(session, ctx, reply_id)
        await session.delete(reply)

    async def _editable(
        self, session: AsyncSession, ctx: Context, reply_id: uuid.UUID
    ) -> CannedReply:
        reply = await session.get(CannedReply, reply_id)
        if reply is None or reply.tenant_id != ctx.tenant_id:
            raise NotFound("No such canned reply.")
        if reply.owner_id is not None:
            if reply.owner_id != ctx.principal.user_id:
                raise NotFound("No such canned reply.")  # someone else's personal reply
        else:
            self._require_manage(ctx)
        return reply

    def _scope(
        self, ctx: Context, scope: str, org_unit_id: uuid.UUID | None
    ) -> tuple[uuid.UUID | None, uuid.UUID | None]:
        if scope == "personal":
            if ctx.principal.user_id is None:
                raise Invalid("Only a person has personal canned replies.")
            if org_unit_id is not None:
                raise Invalid("A personal reply has no unit.", details={"field": "org_unit_id"})
            return ctx.principal.user_id, None
        self._require_manage(ctx)
        if scope == "team":
            if org_unit_id is None:
                raise Invalid("A team reply needs its unit.", details={"field": "org_unit_id"})
            return None, org_unit_id
        if org_unit_id is not None:
            raise Invalid("A reply for everyone has no unit.", details={"field": "org_unit_id"})
        return None, None

    @staticmethod
    def _require_manage(ctx: Context) -> None:
        if Permission.CANNED_REPLIES_MANAGE not in ctx.principal.permissions:
            raise Forbidden(
                "Shared canned replies need the permission 'canned_replies:manage'.",
                details={"permission": Permission.CANNED_REPLIES_MANAGE.value},
            )

"""Agent states: signed out, online, busy, break with a reason, wrap-up; each agent's
maximum and load; every change recorded as an interval for work-time statistics."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.core.bus import stage
from kefu.core.clock import utcnow
from kefu.core.errors import Forbidden, Invalid, NotFound
from kefu.core.events import AgentStateChanged
from kefu.identity.context import Context
from kefu.identity.models import User
from kefu.identity.permissions import Permission
from kefu.routing import schemas
from kefu.routing.config import RoutingConfig
from kefu.routing.models import AgentState, AgentStateChange

# What an agent-state event tells, in the order of ``AgentState``'s columns.
EVENT_COLUMNS = (
    AgentState.tenant_id,
    AgentState.user_id,
    AgentState.status,
    AgentState.reason,
    AgentState.active,
    AgentState.max_concurrent,
)


class AgentStates:
    def __init__(self, config: RoutingConfig) -> None:
        self.config = config

    async def state(
        self, session: AsyncSession, tenant_id: uuid.UUID, user_id: uuid.UUID
    ) -> AgentState:
        """The agent's state row, created (signed out) on first use."""
        row = await session.get(AgentState, user_id)
        if row is not None:
            return row
        policy = await self.config.current_policy(session, tenant_id)
        row = AgentState(
            user_id=user_id,
            tenant_id=tenant_id,
            status="offline",
            max_concurrent=policy.default_max_concurrent,
            active=0,
            changed_at=utcnow(),
        )
        try:
            async with session.begin_nested():
                session.add(row)
        except IntegrityError:  # created by a concurrent request a moment ago
            found = await session.get(AgentState, user_id, populate_existing=True)
            assert found is not None
            return found
        return row

    async def _agent(self, session: AsyncSession, ctx: Context, user_id: uuid.UUID) -> AgentState:
        """``user_id``'s state, if the caller may see it: their own, or with
        ``routing:read``/``agents:manage``."""
        user = await session.get(User, user_id)
        if user is None or user.tenant_id != ctx.tenant_id:
            raise NotFound("No such user.")
        return await self.state(session, ctx.tenant_id, user_id)

    async def states(self, session: AsyncSession, ctx: Context) -> Sequence[AgentState]:
        query = select(AgentState).where(AgentState.tenant_id == ctx.tenant_id)
        return (await session.scalars(query.order_by(AgentState.user_id))).all()

    async def set_state(
        self,
        session: AsyncSession,
        ctx: Context,
        user_id: uuid.UUID,
        change: schemas.AgentStateIn,
    ) -> AgentState:
        self._check_agent_access(ctx, user_id)
        reason = change.reason
        if change.status == "break":
            policy = await self.config.current_policy(session, ctx.tenant_id)
            codes = [r.code for r in policy.break_reasons]
            if reason not in codes:
                raise Invalid(
                    "A break needs one of the tenant's break reasons.",
                    code="invalid_break_reason",
                    details={"field": "reason", "allowed": codes},
                )
        elif reason is not None:
            raise Invalid("Only a break has a reason.", details={"field": "reason"})
        row = await self._agent(session, ctx, user_id)
        by = "agent" if user_id == ctx.principal.user_id else "supervisor"
        await self.move(session, row, change.status, reason, by)
        return row

    async def set_limit(
        self, session: AsyncSession, ctx: Context, user_id: uuid.UUID, maximum: int
    ) -> AgentState:
        row = await self._agent(session, ctx, user_id)
        row.max_concurrent = maximum
        await session.flush()
        self.announce(session, row)
        return row

    async def history(
        self, session: AsyncSession, ctx: Context, user_id: uuid.UUID, since: datetime
    ) -> Sequence[AgentStateChange]:
        self._check_agent_access(ctx, user_id, read=True)
        await self._agent(session, ctx, user_id)
        query = (
            select(AgentStateChange)
            .where(
                AgentStateChange.tenant_id == ctx.tenant_id,
                AgentStateChange.user_id == user_id,
                or_(AgentStateChange.ended_at.is_(None), AgentStateChange.ended_at >= since),
            )
            .order_by(AgentStateChange.started_at)
        )
        return (await session.scalars(query)).all()

    @staticmethod
    def _check_agent_access(ctx: Context, user_id: uuid.UUID, *, read: bool = False) -> None:
        if user_id == ctx.principal.user_id:
            return
        permissions = ctx.principal.permissions
        if Permission.AGENTS_MANAGE in permissions:
            return
        if read and Permission.ROUTING_READ in permissions:
            return
        raise Forbidden(
            "Only a supervisor may change another agent's state.",
            details={"permission": Permission.AGENTS_MANAGE.value},
        )

    async def move(
        self,
        session: AsyncSession,
        row: AgentState,
        status: str,
        reason: str | None,
        by: str,
        *,
        until: datetime | None = None,
    ) -> None:
        """Change state, closing the previous interval and opening the next one."""
        if (row.status, row.reason) == (status, reason) and until is None:
            return
        now = utcnow()
        await session.execute(
            update(AgentStateChange)
            .where(AgentStateChange.user_id == row.user_id, AgentStateChange.ended_at.is_(None))
            .values(ended_at=now)
        )
        session.add(
            AgentStateChange(
                tenant_id=row.tenant_id,
                user_id=row.user_id,
                status=status,
                reason=reason,
                started_at=now,
                changed_by=by,
            )
        )
        row.status, row.reason, row.changed_at, row.wrap_up_until = status, reason, now, until
        await session.flush()
        self.announce(session, row)

    @staticmethod
    def announce(session: AsyncSession, row: AgentState | Mapping[str, Any]) -> None:
        """Tell of an agent's state: an ``AgentState``, or the values of ``EVENT_COLUMNS``
        (what a guarded ``UPDATE ... RETURNING`` gives back, without reading the row)."""
        values = (
            row if isinstance(row, Mapping) else {c.key: getattr(row, c.key) for c in EVENT_COLUMNS}
        )
        stage(session, AgentStateChanged(**values))

    async def signed_in(self, session: AsyncSession) -> dict[uuid.UUID, set[uuid.UUID]]:
        """Every tenant's agents who are not signed out."""
        rows = await session.execute(
            select(AgentState.tenant_id, AgentState.user_id).where(AgentState.status != "offline")
        )
        out: dict[uuid.UUID, set[uuid.UUID]] = {}
        for tenant_id, user_id in rows.all():
            out.setdefault(tenant_id, set()).add(user_id)
        return out

    async def sign_out(self, session: AsyncSession, user_ids: list[uuid.UUID]) -> int:
        """Sign these agents out (their console is gone); they keep their conversations."""
        gone = and_(AgentState.user_id.in_(user_ids), AgentState.status != "offline")
        return await self._move_all(session, gone, "offline")

    async def end_wrap_ups(self, session: AsyncSession, now: datetime) -> int:
        """Agents whose wrap-up time is over are back online."""
        over = and_(AgentState.status == "wrap_up", AgentState.wrap_up_until <= now)
        return await self._move_all(session, over, "online")

    async def _move_all(
        self, session: AsyncSession, which: ColumnElement[bool], status: str
    ) -> int:
        """The system moves these agents (locked in id order; one another node is moving
        is skipped) to ``status``; how many."""
        rows = (
            await session.scalars(
                select(AgentState)
                .where(which)
                .order_by(AgentState.user_id)
                .with_for_update(skip_locked=True)
            )
        ).all()
        for row in rows:
            await self.move(session, row, status, None, "system")
        return len(rows)

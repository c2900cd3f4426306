"""A tenant's SLA policies: created, changed and removed by administrators (audited).

A ticket takes the first active policy, by position, that covers its type when it is
created, and keeps it: changing a policy changes the deadlines of tickets created after.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.core.errors import Invalid, NotFound
from kefu.core.hours import DAYS
from kefu.identity.context import Context
from kefu.identity.models import OrgUnit, User
from kefu.identity.service.audit import Audited
from kefu.tickets import schemas
from kefu.tickets.models import SlaPolicy, Ticket
from kefu.tickets.policy import PolicyRules


class SlaPolicies(Audited):
    async def all(self, session: AsyncSession, tenant_id: uuid.UUID) -> Sequence[SlaPolicy]:
        return (
            await session.scalars(
                select(SlaPolicy)
                .where(SlaPolicy.tenant_id == tenant_id)
                .order_by(SlaPolicy.position, SlaPolicy.created_at)
            )
        ).all()

    async def get(self, session: AsyncSession, ctx: Context, policy_id: uuid.UUID) -> SlaPolicy:
        policy = await session.get(SlaPolicy, policy_id)
        if policy is None or policy.tenant_id != ctx.tenant_id:
            raise NotFound("No such SLA policy.")
        return policy

    async def create(
        self, session: AsyncSession, ctx: Context, draft: schemas.SlaPolicyIn
    ) -> SlaPolicy:
        await self._check(session, ctx, draft.rules, draft.hours)
        policy = SlaPolicy(
            tenant_id=ctx.tenant_id,
            name=draft.name,
            position=draft.position,
            active=draft.active,
            rules=draft.rules.model_dump(mode="json"),
            hours=draft.hours.model_dump(mode="json") if draft.hours else None,
        )
        session.add(policy)
        await session.flush()
        await self.audit(
            session, ctx, "sla_policies.create", "sla_policy", policy.id, after=_snapshot(policy)
        )
        return policy

    async def update(
        self,
        session: AsyncSession,
        ctx: Context,
        policy_id: uuid.UUID,
        change: schemas.SlaPolicyUpdate,
    ) -> SlaPolicy:
        policy = await self.get(session, ctx, policy_id)
        before = _snapshot(policy)
        given = change.model_fields_set
        rules = change.rules or PolicyRules.model_validate(policy.rules)
        hours = change.hours if "hours" in given else None
        await self._check(session, ctx, rules, hours)
        if change.rules is not None:
            policy.rules = change.rules.model_dump(mode="json")
        if "hours" in given:
            policy.hours = change.hours.model_dump(mode="json") if change.hours else None
        for name in ("name", "position", "active"):
            if getattr(change, name) is not None:
                setattr(policy, name, getattr(change, name))
        policy.version += 1
        await session.flush()
        await self.audit(
            session,
            ctx,
            "sla_policies.update",
            "sla_policy",
            policy.id,
            before=before,
            after=_snapshot(policy),
        )
        return policy

    async def delete(self, session: AsyncSession, ctx: Context, policy_id: uuid.UUID) -> None:
        policy = await self.get(session, ctx, policy_id)
        before = _snapshot(policy)
        # The tickets keep their clocks; without a policy nothing warns or escalates them.
        await session.execute(
            update(Ticket).where(Ticket.sla_policy_id == policy.id).values(sla_policy_id=None)
        )
        await session.delete(policy)
        await self.audit(
            session, ctx, "sla_policies.delete", "sla_policy", policy_id, before=before
        )

    @staticmethod
    async def _check(
        session: AsyncSession, ctx: Context, rules: PolicyRules, hours: schemas.HoursIn | None
    ) -> None:
        schedule = hours.schedule if hours is not None else None
        if schedule is not None and not any(getattr(schedule, day) for day in DAYS):
            raise Invalid(
                "These business hours are never open.",
                code="hours_never_open",
                details={"field": "hours.schedule"},
            )
        escalation = rules.escalation
        if escalation.reassign_to is not None:
            user = await session.get(User, escalation.reassign_to)
            if user is None or user.tenant_id != ctx.tenant_id:
                raise Invalid(
                    "No such user.",
                    code="unknown_user",
                    details={"field": "rules.escalation.reassign_to"},
                )
        if escalation.reassign_team is not None:
            unit = await session.get(OrgUnit, escalation.reassign_team)
            if unit is None or unit.tenant_id != ctx.tenant_id:
                raise Invalid(
                    "No such team.",
                    code="unknown_team",
                    details={"field": "rules.escalation.reassign_team"},
                )


def _snapshot(policy: SlaPolicy) -> dict[str, Any]:
    return {
        "name": policy.name,
        "position": policy.position,
        "active": policy.active,
        "rules": policy.rules,
        "hours": policy.hours,
    }

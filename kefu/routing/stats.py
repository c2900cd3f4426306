"""Read models for people watching routing. The wallboard's live figures: per skill
group, the queue now (length, longest wait) and today's service (answered, answered within
the service-level wait, average wait).

"Today" starts at midnight in the tenant's time zone. The service level is the share of
customers answered within ``service_level_seconds`` among those answered today plus those
still waiting longer than that: a customer left waiting counts against it before being
answered. Conversations that never queued (taken straight from a bot, claimed by
replying) are not offered to the queue and are not counted.

And the directory an agent picks from to transfer or invite: groups and colleagues with
their state and load.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, time

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.core.clock import utcnow
from kefu.identity.models import User
from kefu.routing import schemas
from kefu.routing.config import RoutingConfig
from kefu.routing.models import (
    AgentState,
    Assignment,
    QueueEntry,
    SkillGroup,
    SkillGroupMember,
)


@dataclass
class _Tally:
    waiting: int = 0
    longest_wait: int = 0
    answered: int = 0
    in_time: int = 0
    late_waiting: int = 0
    waits: list[float] = field(default_factory=list)

    def out(self, group_id: uuid.UUID | None, name: str | None) -> schemas.GroupFigures:
        offered = self.answered + self.late_waiting
        return schemas.GroupFigures(
            group_id=group_id,
            name=name,
            waiting=self.waiting,
            longest_wait=self.longest_wait,
            answered=self.answered,
            answered_in_time=self.in_time,
            service_level=round(self.in_time / offered, 4) if offered else None,
            average_wait=round(sum(self.waits) / len(self.waits), 1) if self.waits else None,
        )


async def wallboard(
    session: AsyncSession, config: RoutingConfig, tenant_id: uuid.UUID
) -> schemas.WallboardOut:
    router, zone = await config.router(session, tenant_id)
    threshold = router.policy.service_level_seconds
    now = utcnow()
    local = now.astimezone(zone)
    since = datetime.combine(local.date(), time.min, tzinfo=zone)
    names = {g.id: g.name for g in router.groups.values()}
    tallies: dict[uuid.UUID | None, _Tally] = {group_id: _Tally() for group_id in names}
    total = _Tally()

    def tally(group_id: uuid.UUID | None) -> Sequence[_Tally]:
        return (tallies.setdefault(group_id if group_id in names else None, _Tally()), total)

    queued = await session.execute(
        select(QueueEntry.group_id, QueueEntry.enqueued_at).where(QueueEntry.tenant_id == tenant_id)
    )
    for group_id, enqueued_at in queued:
        waited = int((now - enqueued_at).total_seconds())
        for t in tally(group_id):
            t.waiting += 1
            t.longest_wait = max(t.longest_wait, waited)
            if waited > threshold:
                t.late_waiting += 1
    answered = await session.execute(
        select(Assignment.group_id, Assignment.queued_at, Assignment.assigned_at).where(
            Assignment.tenant_id == tenant_id,
            Assignment.assigned_at >= since,
            Assignment.queued_at.is_not(None),
        )
    )
    for group_id, queued_at, assigned_at in answered:
        waited_for = (assigned_at - (queued_at or assigned_at)).total_seconds()
        for t in tally(group_id):
            t.answered += 1
            t.waits.append(waited_for)
            if waited_for <= threshold:
                t.in_time += 1
    statuses: dict[str, int] = {}
    for status in await session.scalars(
        select(AgentState.status).where(AgentState.tenant_id == tenant_id)
    ):
        statuses[status] = statuses.get(status, 0) + 1
    groups = [tallies[g].out(g, names[g]) for g in sorted(names, key=lambda g: names[g])]
    if None in tallies:
        groups.append(tallies[None].out(None, None))
    return schemas.WallboardOut(
        generated_at=now,
        since=since,
        service_level_seconds=threshold,
        total=total.out(None, None),
        groups=groups,
        agents=statuses,
    )


async def directory(
    session: AsyncSession, config: RoutingConfig, tenant_id: uuid.UUID
) -> schemas.DirectoryOut:
    router, _zone = await config.router(session, tenant_id)
    now = utcnow()
    groups = [
        schemas.DirectoryGroup(id=g.id, name=g.name, open_now=g.hours.is_open(now))
        for g in sorted(router.groups.values(), key=lambda g: (g.name, g.id))
    ]
    memberships: dict[uuid.UUID, list[uuid.UUID]] = {}
    for user_id, group_id in await session.execute(
        select(SkillGroupMember.user_id, SkillGroupMember.group_id)
        .join(SkillGroup, SkillGroup.id == SkillGroupMember.group_id)
        .where(SkillGroup.tenant_id == tenant_id)
    ):
        memberships.setdefault(user_id, []).append(group_id)
    rows = await session.execute(
        select(User.id, User.name, User.employee_no, AgentState)
        .join(AgentState, AgentState.user_id == User.id)
        .where(User.tenant_id == tenant_id, User.status == "active")
        .order_by(User.name, User.id)
    )
    agents = [
        schemas.DirectoryAgent(
            user_id=user_id,
            name=name,
            employee_no=employee_no,
            status=state.status,
            active=state.active,
            max_concurrent=state.max_concurrent,
            group_ids=sorted(memberships.get(user_id, [])),
        )
        for user_id, name, employee_no, state in rows
    ]
    return schemas.DirectoryOut(groups=groups, agents=agents)

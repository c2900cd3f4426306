"""Routing configuration: skill groups, rules, the policy and the lists, each change audited;
and each tenant's compiled ``Router``, cached until a change is announced."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import TypeAdapter
from sqlalchemy import delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.contacts.models import Contact
from kefu.conversations.models import Conversation
from kefu.core.bus import EventBus, stage
from kefu.core.clock import utcnow
from kefu.core.errors import Conflict, Invalid, NotFound
from kefu.core.events import RoutingChanged
from kefu.core.hours import BusinessHours, Holiday, Schedule
from kefu.identity.context import Context
from kefu.identity.models import Tenant, User
from kefu.identity.service.audit import Audited
from kefu.routing import schemas
from kefu.routing.conditions import Conditions
from kefu.routing.models import (
    Assignment,
    ListEntry,
    QueueEntry,
    QueueTarget,
    RoutingRule,
    RoutingSettings,
    SkillGroup,
    SkillGroupMember,
)
from kefu.routing.policy import Policy
from kefu.routing.rules import Action, Group, Router, Rule, ToAgent

_ACTION: TypeAdapter[Any] = TypeAdapter(Action)
_CONDITIONS: TypeAdapter[Any] = TypeAdapter(Conditions)


def _zone(name: str | None, fallback: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or fallback)
    except (ValueError, KeyError, OSError):
        return ZoneInfo("UTC")


def compile_group(group: SkillGroup, tenant_zone: str) -> Group:
    schedule = Schedule.model_validate(group.business_hours) if group.business_hours else None
    holidays = [Holiday.model_validate(h) for h in group.holidays]
    return Group(
        id=group.id,
        name=group.name,
        strategy=group.strategy,
        last_agent_days=group.last_agent_days,
        hours=BusinessHours(schedule, holidays, _zone(group.timezone, tenant_zone)),
        overflow_group_id=group.overflow_group_id,
        overflow_after=group.overflow_after_seconds,
    )


class RoutingConfig(Audited):
    def __init__(self, secret_key: str, bus: EventBus) -> None:
        super().__init__(secret_key)
        self._routers: dict[uuid.UUID, tuple[Router, ZoneInfo]] = {}
        bus.subscribe(RoutingChanged, self._forget)

    async def _forget(self, event: RoutingChanged) -> None:
        self._routers.pop(event.tenant_id, None)

    def _changed(self, session: AsyncSession, ctx: Context) -> None:
        self._routers.pop(ctx.tenant_id, None)
        stage(session, RoutingChanged(tenant_id=ctx.tenant_id))

    # --- the compiled router ----------------------------------------------------------------

    async def router(self, session: AsyncSession, tenant_id: uuid.UUID) -> tuple[Router, ZoneInfo]:
        """The tenant's router and time zone, compiled once per change."""
        cached = self._routers.get(tenant_id)
        if cached is not None:
            return cached
        tenant_zone = await session.scalar(select(Tenant.timezone).where(Tenant.id == tenant_id))
        zone_name = tenant_zone or "Asia/Shanghai"
        groups = {
            g.id: compile_group(g, zone_name)
            for g in await session.scalars(
                select(SkillGroup).where(SkillGroup.tenant_id == tenant_id)
            )
        }
        rules = [
            Rule(
                id=r.id,
                name=r.name,
                conditions=_CONDITIONS.validate_python(r.conditions),
                action=_ACTION.validate_python(r.action),
            )
            for r in await session.scalars(
                select(RoutingRule)
                .where(RoutingRule.tenant_id == tenant_id, RoutingRule.enabled)
                .order_by(RoutingRule.position, RoutingRule.id)
            )
        ]
        compiled = (
            Router(rules, groups, await self.policy(session, tenant_id)),
            _zone(None, zone_name),
        )
        self._routers[tenant_id] = compiled
        return compiled

    # --- policy -----------------------------------------------------------------------------

    async def current_policy(self, session: AsyncSession, tenant_id: uuid.UUID) -> Policy:
        """The policy as the tenant's compiled router holds it: read once per change, for
        the paths that run on every resolve or sign-in."""
        router, _zone = await self.router(session, tenant_id)
        return router.policy

    async def policy(self, session: AsyncSession, tenant_id: uuid.UUID) -> Policy:
        row = await session.get(RoutingSettings, tenant_id)
        return Policy.model_validate(row.policy) if row else Policy()

    async def set_policy(self, session: AsyncSession, ctx: Context, policy: Policy) -> Policy:
        if policy.default_group_id is not None:
            await self._check_groups(session, ctx, [policy.default_group_id], "default_group_id")
        row = await session.get(RoutingSettings, ctx.tenant_id)
        before = row.policy if row else None
        after = policy.model_dump(mode="json")
        if row is None:
            session.add(RoutingSettings(tenant_id=ctx.tenant_id, policy=after))
        else:
            row.policy = after
        await self.audit(
            session, ctx, "routing.policy", "tenant", ctx.tenant_id, before=before, after=after
        )
        self._changed(session, ctx)
        return policy

    # --- skill groups -----------------------------------------------------------------------

    async def groups(self, session: AsyncSession, ctx: Context) -> list[schemas.GroupOut]:
        rows = (
            await session.scalars(
                select(SkillGroup)
                .where(SkillGroup.tenant_id == ctx.tenant_id)
                .order_by(SkillGroup.name)
            )
        ).all()
        return await self._out(session, ctx, rows)

    async def group(
        self, session: AsyncSession, ctx: Context, group_id: uuid.UUID
    ) -> schemas.GroupOut:
        return (await self._out(session, ctx, [await self._group(session, ctx, group_id)]))[0]

    async def _group(self, session: AsyncSession, ctx: Context, group_id: uuid.UUID) -> SkillGroup:
        group = await session.get(SkillGroup, group_id)
        if group is None or group.tenant_id != ctx.tenant_id:
            raise NotFound("No such skill group.")
        return group

    async def _out(
        self, session: AsyncSession, ctx: Context, groups: Sequence[SkillGroup]
    ) -> list[schemas.GroupOut]:
        members: dict[uuid.UUID, list[schemas.Member]] = {g.id: [] for g in groups}
        query = (
            select(SkillGroupMember)
            .where(SkillGroupMember.group_id.in_(members))
            .order_by(SkillGroupMember.user_id)
        )
        for m in await session.scalars(query):
            members[m.group_id].append(schemas.Member(user_id=m.user_id, proficiency=m.proficiency))
        router, zone = await self.router(session, ctx.tenant_id)
        now = utcnow()
        out = []
        for g in groups:
            compiled = router.groups.get(g.id) or compile_group(g, zone.key)
            out.append(
                schemas.GroupOut(
                    id=g.id,
                    name=g.name,
                    strategy=g.strategy,
                    last_agent_days=g.last_agent_days,
                    timezone=g.timezone,
                    business_hours=g.business_hours,
                    holidays=g.holidays,
                    overflow_group_id=g.overflow_group_id,
                    overflow_after_seconds=g.overflow_after_seconds,
                    members=members[g.id],
                    open_now=compiled.hours.is_open(now),
                )
            )
        return out

    async def save_group(
        self,
        session: AsyncSession,
        ctx: Context,
        draft: schemas.GroupIn,
        group_id: uuid.UUID | None = None,
    ) -> schemas.GroupOut:
        """Create a group, or replace one (members included)."""
        clash = select(SkillGroup.id).where(
            SkillGroup.tenant_id == ctx.tenant_id, SkillGroup.name == draft.name
        )
        if group_id is not None:
            clash = clash.where(SkillGroup.id != group_id)
        if await session.scalar(clash) is not None:
            raise Conflict("A skill group of that name exists.", code="group_name_taken")
        if draft.overflow_group_id is not None:
            if draft.overflow_group_id == group_id:
                raise Invalid(
                    "A group cannot overflow to itself.", details={"field": "overflow_group_id"}
                )
            await self._check_groups(session, ctx, [draft.overflow_group_id], "overflow_group_id")
        users = [m.user_id for m in draft.members]
        if len(set(users)) != len(users):
            raise Invalid("A member is listed twice.", details={"field": "members"})
        await self._check_users(session, ctx, users, "members")
        fields = draft.model_dump(mode="json", exclude={"members"})
        fields["overflow_group_id"] = draft.overflow_group_id
        if group_id is None:
            group = SkillGroup(tenant_id=ctx.tenant_id, **fields)
            session.add(group)
            await session.flush()
            before = None
        else:
            group = await self._group(session, ctx, group_id)
            before = (await self._out(session, ctx, [group]))[0].model_dump(mode="json")
            for name, value in fields.items():
                setattr(group, name, value)
            await session.execute(
                delete(SkillGroupMember).where(SkillGroupMember.group_id == group.id)
            )
        session.add_all(
            SkillGroupMember(
                group_id=group.id,
                user_id=m.user_id,
                tenant_id=ctx.tenant_id,
                proficiency=m.proficiency,
            )
            for m in draft.members
        )
        await session.flush()
        self._changed(session, ctx)
        out = (await self._out(session, ctx, [group]))[0]
        action = "routing.group.create" if before is None else "routing.group.update"
        await self.audit(
            session,
            ctx,
            action,
            "skill_group",
            group.id,
            before=before,
            after=out.model_dump(mode="json", exclude={"open_now"}),
        )
        return out

    async def delete_group(self, session: AsyncSession, ctx: Context, group_id: uuid.UUID) -> None:
        """Only a group nothing points at: no rule, policy, overflow, queue or history."""
        group = await self._group(session, ctx, group_id)
        policy = await self.policy(session, ctx.tenant_id)
        used = policy.default_group_id == group_id
        rules = await session.scalars(
            select(RoutingRule).where(RoutingRule.tenant_id == ctx.tenant_id)
        )
        used = used or any(group_id in _action_groups(r.action) for r in rules)
        for column, model in (
            (SkillGroup.overflow_group_id, SkillGroup),
            (QueueTarget.group_id, QueueTarget),
            (QueueEntry.group_id, QueueEntry),
            (Conversation.group_id, Conversation),
            (Assignment.group_id, Assignment),
        ):
            if used:
                break
            query = select(model).where(column == group_id).exists()
            used = bool(await session.scalar(select(query)))
        if used:
            raise Conflict(
                "Rules, the policy, another group's overflow, the queue or past conversations "
                "refer to this group; change those first, or keep it without members.",
                code="group_in_use",
            )
        before = (await self._out(session, ctx, [group]))[0].model_dump(mode="json")
        await session.execute(delete(SkillGroupMember).where(SkillGroupMember.group_id == group_id))
        await session.delete(group)
        self._changed(session, ctx)
        await self.audit(
            session, ctx, "routing.group.delete", "skill_group", group_id, before=before
        )

    async def member_groups(
        self, session: AsyncSession, user_ids: Iterable[uuid.UUID]
    ) -> dict[uuid.UUID, dict[uuid.UUID, int]]:
        """Each user's groups with their proficiency."""
        out: dict[uuid.UUID, dict[uuid.UUID, int]] = {}
        query = select(SkillGroupMember).where(SkillGroupMember.user_id.in_(list(user_ids)))
        for m in await session.scalars(query):
            out.setdefault(m.user_id, {})[m.group_id] = m.proficiency
        return out

    # --- rules ------------------------------------------------------------------------------

    async def rules(self, session: AsyncSession, ctx: Context) -> Sequence[RoutingRule]:
        query = (
            select(RoutingRule)
            .where(RoutingRule.tenant_id == ctx.tenant_id)
            .order_by(RoutingRule.position, RoutingRule.id)
        )
        return (await session.scalars(query)).all()

    async def _rule(self, session: AsyncSession, ctx: Context, rule_id: uuid.UUID) -> RoutingRule:
        rule = await session.get(RoutingRule, rule_id)
        if rule is None or rule.tenant_id != ctx.tenant_id:
            raise NotFound("No such routing rule.")
        return rule

    async def save_rule(
        self,
        session: AsyncSession,
        ctx: Context,
        draft: schemas.RuleIn,
        rule_id: uuid.UUID | None = None,
    ) -> RoutingRule:
        await self._check_action(session, ctx, draft.action)
        rules = list(await self.rules(session, ctx))
        fields = {
            "name": draft.name,
            "enabled": draft.enabled,
            "conditions": [c.model_dump(mode="json", by_alias=True) for c in draft.conditions],
            "action": draft.action.model_dump(mode="json"),
        }
        if rule_id is None:
            rule = RoutingRule(tenant_id=ctx.tenant_id, position=len(rules), **fields)
            session.add(rule)
            before = None
        else:
            rule = await self._rule(session, ctx, rule_id)
            before = schemas.RuleOut.model_validate(rule).model_dump(mode="json")
            for name, value in fields.items():
                setattr(rule, name, value)
            rules.remove(rule)
        at = len(rules) if draft.position is None else min(draft.position, len(rules))
        if draft.position is not None or rule_id is None:
            rules.insert(at, rule)
            self._renumber(rules)
        await session.flush()
        self._changed(session, ctx)
        after = schemas.RuleOut.model_validate(rule).model_dump(mode="json")
        action = "routing.rule.create" if before is None else "routing.rule.update"
        await self.audit(session, ctx, action, "routing_rule", rule.id, before=before, after=after)
        return rule

    async def delete_rule(self, session: AsyncSession, ctx: Context, rule_id: uuid.UUID) -> None:
        rule = await self._rule(session, ctx, rule_id)
        before = schemas.RuleOut.model_validate(rule).model_dump(mode="json")
        await session.execute(
            update(QueueEntry).where(QueueEntry.rule_id == rule_id).values(rule_id=None)
        )
        await session.delete(rule)
        await session.flush()
        self._renumber(list(await self.rules(session, ctx)))
        self._changed(session, ctx)
        await self.audit(
            session, ctx, "routing.rule.delete", "routing_rule", rule_id, before=before
        )

    async def order_rules(
        self, session: AsyncSession, ctx: Context, ids: list[uuid.UUID]
    ) -> Sequence[RoutingRule]:
        rules = {r.id: r for r in await self.rules(session, ctx)}
        if sorted(ids) != sorted(rules):
            raise Invalid("List every rule of the tenant exactly once.", details={"field": "ids"})
        before = [str(r) for r in rules]
        self._renumber([rules[i] for i in ids])
        await session.flush()
        self._changed(session, ctx)
        await self.audit(
            session,
            ctx,
            "routing.rule.order",
            "tenant",
            ctx.tenant_id,
            before={"ids": before},
            after={"ids": [str(i) for i in ids]},
        )
        return await self.rules(session, ctx)

    @staticmethod
    def _renumber(rules: list[RoutingRule]) -> None:
        for position, rule in enumerate(rules):
            rule.position = position

    async def _check_action(self, session: AsyncSession, ctx: Context, action: Any) -> None:
        groups = _action_groups(action.model_dump(mode="json"))
        await self._check_groups(session, ctx, groups, "action")
        if isinstance(action, ToAgent):
            await self._check_users(session, ctx, [action.user_id], "action.user_id")

    # --- lists ------------------------------------------------------------------------------

    async def list_entries(
        self, session: AsyncSession, ctx: Context, kind: str | None
    ) -> Sequence[ListEntry]:
        query = select(ListEntry).where(ListEntry.tenant_id == ctx.tenant_id)
        if kind is not None:
            query = query.where(ListEntry.kind == kind)
        return (await session.scalars(query.order_by(ListEntry.created_at.desc()))).all()

    async def add_to_list(
        self, session: AsyncSession, ctx: Context, draft: schemas.ListEntryIn
    ) -> ListEntry:
        contact = await session.get(Contact, draft.contact_id)
        if contact is None or contact.tenant_id != ctx.tenant_id:
            raise Invalid("No such customer.", details={"field": "contact_id"})
        existing = await session.scalar(
            select(ListEntry).where(
                ListEntry.tenant_id == ctx.tenant_id,
                ListEntry.contact_id == draft.contact_id,
                ListEntry.kind == draft.kind,
            )
        )
        if existing is not None:
            raise Conflict("The customer is on that list already.", code="already_listed")
        entry = ListEntry(
            tenant_id=ctx.tenant_id,
            contact_id=draft.contact_id,
            kind=draft.kind,
            note=draft.note,
            expires_at=draft.expires_at,
            created_by=ctx.principal.user_id,
            created_at=utcnow(),
        )
        session.add(entry)
        await session.flush()
        after = schemas.ListEntryOut.model_validate(entry).model_dump(mode="json")
        await self.audit(session, ctx, "routing.list.add", "contact", draft.contact_id, after=after)
        return entry

    async def remove_from_list(
        self, session: AsyncSession, ctx: Context, entry_id: uuid.UUID
    ) -> None:
        entry = await session.get(ListEntry, entry_id)
        if entry is None or entry.tenant_id != ctx.tenant_id:
            raise NotFound("No such list entry.")
        before = schemas.ListEntryOut.model_validate(entry).model_dump(mode="json")
        await session.delete(entry)
        await self.audit(
            session, ctx, "routing.list.remove", "contact", entry.contact_id, before=before
        )

    async def listed(
        self, session: AsyncSession, tenant_id: uuid.UUID, contact_id: uuid.UUID
    ) -> str | None:
        """ "black", "white" or None; an expired entry no longer counts. Black wins."""
        now = utcnow()
        kinds = set(
            await session.scalars(
                select(ListEntry.kind).where(
                    ListEntry.tenant_id == tenant_id,
                    ListEntry.contact_id == contact_id,
                    or_(ListEntry.expires_at.is_(None), ListEntry.expires_at > now),
                )
            )
        )
        return "black" if "black" in kinds else "white" if "white" in kinds else None

    # --- references -------------------------------------------------------------------------

    async def _check_groups(
        self, session: AsyncSession, ctx: Context, ids: Iterable[uuid.UUID], field: str
    ) -> None:
        await _check_ids(session, ctx, SkillGroup, ids, field, "No such skill group.")

    async def _check_users(
        self, session: AsyncSession, ctx: Context, ids: Iterable[uuid.UUID], field: str
    ) -> None:
        await _check_ids(session, ctx, User, ids, field, "No such user.")


async def _check_ids(
    session: AsyncSession,
    ctx: Context,
    model: type[SkillGroup] | type[User],
    ids: Iterable[uuid.UUID],
    field: str,
    message: str,
) -> None:
    """Every id names a row of the caller's tenant, or 422 on ``field``."""
    wanted = set(ids)
    if not wanted:
        return
    query = select(model.id).where(model.tenant_id == ctx.tenant_id, model.id.in_(wanted))
    if set(await session.scalars(query)) != wanted:
        raise Invalid(message, details={"field": field})


def _action_groups(action: dict[str, Any]) -> set[uuid.UUID]:
    keys = ("group_id", "fallback_group_id", "handover_group_id")
    return {uuid.UUID(str(action[k])) for k in keys if action.get(k)}

"""Routing over REST: agent states, skill groups, rules, policy, lists, the queue, the dry
run, and transfer, invitation and handover of conversations (docs/routing.md)."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Response, status
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.conversations import schemas as conversation_schemas
from kefu.core.clock import utcnow
from kefu.core.errors import Conflict, NotFound
from kefu.core.http import API_PREFIX
from kefu.identity.context import Context
from kefu.identity.deps import Authorize, ReadSessionDep, ServicesDep, SessionDep
from kefu.identity.permissions import Permission
from kefu.identity.schemas import IsoDatetime
from kefu.routing import schemas, stats
from kefu.routing.policy import Policy

router = APIRouter(prefix=API_PREFIX, tags=["routing"])

Reply = Annotated[Context, Depends(Authorize(Permission.CONVERSATIONS_REPLY))]
RoutingRead = Annotated[Context, Depends(Authorize(Permission.ROUTING_READ))]
RoutingManage = Annotated[Context, Depends(Authorize(Permission.ROUTING_MANAGE))]
AgentsManage = Annotated[Context, Depends(Authorize(Permission.AGENTS_MANAGE))]


def _me(ctx: Context) -> uuid.UUID:
    if ctx.principal.user_id is None:
        raise NotFound("An API key has no agent state.")
    return ctx.principal.user_id


# --- agent states ---------------------------------------------------------------------------


async def _mine(
    svc: ServicesDep, session: AsyncSession, ctx: Context, row: object
) -> schemas.MyStateOut:
    policy = await svc.routing.config.current_policy(session, ctx.tenant_id)
    state = schemas.AgentStateOut.model_validate(row)
    return schemas.MyStateOut(**state.model_dump(), break_reasons=policy.break_reasons)


@router.get("/routing/me", response_model=schemas.MyStateOut)
async def my_state(ctx: Reply, svc: ServicesDep, session: SessionDep) -> schemas.MyStateOut:
    row = await svc.routing.agents.state(session, ctx.tenant_id, _me(ctx))
    return await _mine(svc, session, ctx, row)


@router.put("/routing/me/state", response_model=schemas.MyStateOut)
async def set_my_state(
    body: schemas.AgentStateIn, ctx: Reply, svc: ServicesDep, session: SessionDep
) -> schemas.MyStateOut:
    row = await svc.routing.agents.set_state(session, ctx, _me(ctx), body)
    return await _mine(svc, session, ctx, row)


@router.get("/routing/agents", response_model=list[schemas.AgentStateOut])
async def agent_states(
    ctx: RoutingRead, svc: ServicesDep, session: ReadSessionDep
) -> list[schemas.AgentStateOut]:
    rows = await svc.routing.agents.states(session, ctx)
    return [schemas.AgentStateOut.model_validate(r) for r in rows]


@router.put("/routing/agents/{user_id}/state", response_model=schemas.AgentStateOut)
async def set_agent_state(
    user_id: uuid.UUID,
    body: schemas.AgentStateIn,
    ctx: AgentsManage,
    svc: ServicesDep,
    session: SessionDep,
) -> schemas.AgentStateOut:
    row = await svc.routing.agents.set_state(session, ctx, user_id, body)
    return schemas.AgentStateOut.model_validate(row)


@router.put("/routing/agents/{user_id}/limit", response_model=schemas.AgentStateOut)
async def set_agent_limit(
    user_id: uuid.UUID,
    body: schemas.AgentLimitIn,
    ctx: AgentsManage,
    svc: ServicesDep,
    session: SessionDep,
) -> schemas.AgentStateOut:
    row = await svc.routing.agents.set_limit(session, ctx, user_id, body.max_concurrent)
    return schemas.AgentStateOut.model_validate(row)


@router.get("/routing/agents/{user_id}/history", response_model=list[schemas.StateChangeOut])
async def agent_history(
    user_id: uuid.UUID,
    ctx: Reply,
    svc: ServicesDep,
    session: SessionDep,
    since: Annotated[IsoDatetime | None, Query()] = None,
) -> list[schemas.StateChangeOut]:
    start = since or utcnow() - timedelta(days=1)
    rows = await svc.routing.agents.history(session, ctx, user_id, start)
    return [schemas.StateChangeOut.model_validate(r) for r in rows]


# --- skill groups ---------------------------------------------------------------------------


@router.get("/routing/groups", response_model=list[schemas.GroupOut])
async def list_groups(
    ctx: RoutingRead, svc: ServicesDep, session: SessionDep
) -> list[schemas.GroupOut]:
    return await svc.routing.config.groups(session, ctx)


@router.post("/routing/groups", response_model=schemas.GroupOut, status_code=201)
async def create_group(
    body: schemas.GroupIn, ctx: RoutingManage, svc: ServicesDep, session: SessionDep
) -> schemas.GroupOut:
    return await svc.routing.config.save_group(session, ctx, body)


@router.get("/routing/groups/{group_id}", response_model=schemas.GroupOut)
async def get_group(
    group_id: uuid.UUID, ctx: RoutingRead, svc: ServicesDep, session: SessionDep
) -> schemas.GroupOut:
    return await svc.routing.config.group(session, ctx, group_id)


@router.put("/routing/groups/{group_id}", response_model=schemas.GroupOut)
async def replace_group(
    group_id: uuid.UUID,
    body: schemas.GroupIn,
    ctx: RoutingManage,
    svc: ServicesDep,
    session: SessionDep,
) -> schemas.GroupOut:
    return await svc.routing.config.save_group(session, ctx, body, group_id)


@router.delete("/routing/groups/{group_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_group(
    group_id: uuid.UUID, ctx: RoutingManage, svc: ServicesDep, session: SessionDep
) -> Response:
    await svc.routing.config.delete_group(session, ctx, group_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# --- rules ----------------------------------------------------------------------------------


@router.get("/routing/rules", response_model=list[schemas.RuleOut])
async def list_rules(
    ctx: RoutingRead, svc: ServicesDep, session: ReadSessionDep
) -> list[schemas.RuleOut]:
    return [schemas.RuleOut.model_validate(r) for r in await svc.routing.config.rules(session, ctx)]


@router.post("/routing/rules", response_model=schemas.RuleOut, status_code=201)
async def create_rule(
    body: schemas.RuleIn, ctx: RoutingManage, svc: ServicesDep, session: SessionDep
) -> schemas.RuleOut:
    return schemas.RuleOut.model_validate(await svc.routing.config.save_rule(session, ctx, body))


@router.put("/routing/rule-order", response_model=list[schemas.RuleOut])
async def order_rules(
    body: schemas.RuleOrder, ctx: RoutingManage, svc: ServicesDep, session: SessionDep
) -> list[schemas.RuleOut]:
    rows = await svc.routing.config.order_rules(session, ctx, body.ids)
    return [schemas.RuleOut.model_validate(r) for r in rows]


@router.put("/routing/rules/{rule_id}", response_model=schemas.RuleOut)
async def replace_rule(
    rule_id: uuid.UUID,
    body: schemas.RuleIn,
    ctx: RoutingManage,
    svc: ServicesDep,
    session: SessionDep,
) -> schemas.RuleOut:
    rule = await svc.routing.config.save_rule(session, ctx, body, rule_id)
    return schemas.RuleOut.model_validate(rule)


@router.delete("/routing/rules/{rule_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_rule(
    rule_id: uuid.UUID, ctx: RoutingManage, svc: ServicesDep, session: SessionDep
) -> Response:
    await svc.routing.config.delete_rule(session, ctx, rule_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/routing/dry-run", response_model=schemas.DryRunOut)
async def dry_run(
    body: schemas.DryRunIn, ctx: RoutingRead, svc: ServicesDep, session: SessionDep
) -> schemas.DryRunOut:
    return await svc.routing.preview(session, ctx, body)


# --- policy and lists -----------------------------------------------------------------------


@router.get("/routing/policy", response_model=Policy)
async def get_policy(ctx: RoutingRead, svc: ServicesDep, session: ReadSessionDep) -> Policy:
    return await svc.routing.config.policy(session, ctx.tenant_id)


@router.put("/routing/policy", response_model=Policy)
async def set_policy(
    body: Policy, ctx: RoutingManage, svc: ServicesDep, session: SessionDep
) -> Policy:
    return await svc.routing.config.set_policy(session, ctx, body)


@router.get("/routing/lists", response_model=list[schemas.ListEntryOut])
async def list_entries(
    ctx: RoutingRead,
    svc: ServicesDep,
    session: ReadSessionDep,
    kind: Literal["black", "white"] | None = None,
) -> list[schemas.ListEntryOut]:
    rows = await svc.routing.config.list_entries(session, ctx, kind)
    return [schemas.ListEntryOut.model_validate(r) for r in rows]


@router.post("/routing/lists", response_model=schemas.ListEntryOut, status_code=201)
async def add_list_entry(
    body: schemas.ListEntryIn, ctx: RoutingManage, svc: ServicesDep, session: SessionDep
) -> schemas.ListEntryOut:
    entry = await svc.routing.config.add_to_list(session, ctx, body)
    return schemas.ListEntryOut.model_validate(entry)


@router.delete("/routing/lists/{entry_id}", status_code=status.HTTP_204_NO_CONTENT)
async def remove_list_entry(
    entry_id: uuid.UUID, ctx: RoutingManage, svc: ServicesDep, session: SessionDep
) -> Response:
    await svc.routing.config.remove_from_list(session, ctx, entry_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# --- the queue and conversations ------------------------------------------------------------


@router.get("/routing/queue", response_model=list[schemas.QueuedOut])
async def queue(
    ctx: RoutingRead, svc: ServicesDep, session: ReadSessionDep
) -> list[schemas.QueuedOut]:
    return await svc.routing.queue(session, ctx)


@router.post(
    "/conversations/{conversation_id}/transfer",
    response_model=conversation_schemas.ConversationOut,
)
async def transfer(
    conversation_id: uuid.UUID,
    body: schemas.TransferIn,
    ctx: Reply,
    svc: ServicesDep,
    session: SessionDep,
) -> conversation_schemas.ConversationOut:
    conversation = await svc.routing.transfer(session, ctx, conversation_id, body)
    return svc.conversations.out(conversation)


@router.post("/conversations/{conversation_id}/invite", status_code=204)
async def invite(
    conversation_id: uuid.UUID,
    body: schemas.InviteIn,
    ctx: Reply,
    svc: ServicesDep,
    session: SessionDep,
) -> Response:
    await svc.routing.invite(session, ctx, conversation_id, body)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/conversations/{conversation_id}/handover",
    response_model=conversation_schemas.ConversationOut,
)
async def handover(
    conversation_id: uuid.UUID, ctx: Reply, svc: ServicesDep, session: SessionDep
) -> conversation_schemas.ConversationOut:
    """The bot hands the conversation to a person: routed to the bot rule's group."""
    conversation = await svc.conversations.get(session, ctx, conversation_id)
    if await svc.routing.route(session, conversation.id, handover=True) is None:
        raise Conflict("The bot is not answering this conversation.", code="not_with_bot")
    return svc.conversations.out(conversation)


@router.get("/routing/wallboard", response_model=schemas.WallboardOut)
async def wallboard(
    ctx: RoutingRead, svc: ServicesDep, session: ReadSessionDep
) -> schemas.WallboardOut:
    """Queues and today's service level per skill group, and agents by state."""
    return await stats.wallboard(session, svc.routing.config, ctx.tenant_id)


@router.get("/routing/directory", response_model=schemas.DirectoryOut)
async def directory(ctx: Reply, svc: ServicesDep, session: ReadSessionDep) -> schemas.DirectoryOut:
    """Skill groups and colleagues with their state and load, to transfer or invite to."""
    return await stats.directory(session, svc.routing.config, ctx.tenant_id)

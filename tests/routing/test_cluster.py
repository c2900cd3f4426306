"""Routing under concurrency on two ``kefu serve`` processes sharing PostgreSQL and Redis:
many conversations arrive at once on both, agents sign in and resolve on both; afterwards no
agent is above their maximum, no conversation was given twice, and every conversation is
either assigned or queued."""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from kefu.config import Settings
from kefu.conversations.models import Conversation
from kefu.identity import schemas
from kefu.identity.context import system_context
from kefu.identity.permissions import Permission, Role
from kefu.routing.models import AgentState, Assignment, QueueEntry
from kefu.routing.schemas import GroupIn, Member
from kefu.services import Services
from tests.conftest import SECRET
from tests.live import KefuProcess, eventually
from tests.world import World, build_world, user_request

AGENTS = 8
MAXIMUM = 3
CONVERSATIONS = 60


@pytest.fixture
async def services(pg: str, tmp_path: Path) -> AsyncIterator[Services]:
    """Services for setting up and inspecting the shared database (no dispatcher runs)."""
    built = Services.build(Settings(database_url=pg, secret_key=SECRET, data_dir=tmp_path))
    try:
        yield built
    finally:
        await built.close()


async def _team(services: Services, world: World) -> tuple[list[uuid.UUID], str]:
    """AGENTS agents with room for MAXIMUM each, in the default group; an API key for the
    app channel."""
    ctx = system_context(world.tenant_id, "platform")
    async with services.db.transaction() as session:
        agents = [
            await services.directory.create_user(
                session, ctx, user_request(f"C{n:03d}", [Role.AGENT])
            )
            for n in range(AGENTS)
        ]
        members = [Member(user_id=a.id) for a in agents]
        group = await services.routing.config.save_group(
            session, ctx, GroupIn(name="全体", members=members)
        )
        policy = await services.routing.config.policy(session, world.tenant_id)
        policy.default_group_id = group.id
        await services.routing.config.set_policy(session, ctx, policy)
        for rule in await services.routing.config.rules(session, ctx):
            await services.routing.config.delete_rule(session, ctx, rule.id)
        for agent in agents:
            await services.routing.agents.set_limit(session, ctx, agent.id, MAXIMUM)
        # The world's own chat would take a slot whenever a node sweeps it up: closed.
        await services.conversations.set_status(session, ctx, world.conversation_id, "close")
        _key, secret = await services.api_keys.create(
            session,
            ctx,
            schemas.ApiKeyCreate(name="app", permissions=[Permission.CHANNEL_API]),
        )
    return [a.id for a in agents], secret


async def _arrive(http: httpx.AsyncClient, key: str, n: int) -> str:
    headers = {"Authorization": f"Bearer {key}"}
    user = {"id": f"cluster-user-{n}", "name": f"用户{n}"}
    opened = await http.post("/api/v1/channel/conversations", json={"user": user}, headers=headers)
    assert opened.status_code == 201, opened.text
    conversation_id: str = opened.json()["id"]
    message = {"client_msg_id": f"m{n}", "body": "你好，在吗"}
    url = f"/api/v1/channel/conversations/{conversation_id}/messages"
    sent = await http.post(url, json=message, headers=headers)
    assert sent.status_code == 201, sent.text
    return conversation_id


async def _sign_in(http: httpx.AsyncClient, headers: dict[str, str], user_id: uuid.UUID) -> None:
    url = f"/api/v1/routing/agents/{user_id}/state"
    answer = await http.put(url, json={"status": "online"}, headers=headers)
    assert answer.status_code == 200, answer.text


async def _counts(services: Services, ids: list[str]) -> tuple[int, int]:
    """(assigned, in the queue) while the nodes work; no agent is ever above their
    maximum."""
    wanted = [uuid.UUID(i) for i in ids]
    async with services.db.read() as session:
        over = await session.scalar(
            select(AgentState.user_id).where(AgentState.active > AgentState.max_concurrent)
        )
        assigned = await session.scalar(
            select(func.count()).where(Conversation.id.in_(wanted), Conversation.status == "open")
        )
        waiting = await session.scalar(
            select(func.count()).where(QueueEntry.conversation_id.in_(wanted))
        )
    assert over is None, "an agent above their maximum"
    return assigned or 0, waiting or 0


async def _invariants(services: Services, world: World, ids: list[str]) -> tuple[int, int]:
    """Check what must hold once the nodes are quiet; (assigned, queued)."""
    async with services.db.read() as session:
        states = {
            s.user_id: s
            for s in await session.scalars(
                select(AgentState).where(AgentState.tenant_id == world.tenant_id)
            )
        }
        conversations = (
            await session.scalars(
                select(Conversation).where(Conversation.id.in_([uuid.UUID(i) for i in ids]))
            )
        ).all()
        queued = set(await session.scalars(select(QueueEntry.conversation_id)))
        open_assignments = Counter(
            await session.scalars(
                select(Assignment.conversation_id).where(Assignment.ended_at.is_(None))
            )
        )
    assert len(conversations) == len(ids)
    load = Counter(c.assignee_id for c in conversations if c.status in ("open", "pending"))
    for user_id, row in states.items():
        assert row.active <= row.max_concurrent, "an agent above their maximum"
        assert row.active == load.get(user_id, 0), "an agent's load disagrees with the rows"
    assigned = 0
    for conversation in conversations:
        if conversation.status == "open":
            assigned += 1
            assert conversation.assignee_id is not None
            assert conversation.id not in queued, "assigned and still queued"
            assert open_assignments[conversation.id] == 1, "given twice"
        elif conversation.status == "queued":
            assert conversation.id in queued, "queued but not in the queue"
            assert conversation.assignee_id is None
        else:
            assert conversation.status == "resolved"
    return assigned, sum(1 for c in conversations if c.status == "queued")


async def test_concurrent_arrivals_sign_ins_and_resolves_on_two_nodes(
    nodes: tuple[KefuProcess, KefuProcess], services: Services, tmp_path: Path
) -> None:
    a, b = nodes
    async with (
        httpx.AsyncClient(base_url=a.url, timeout=30) as on_a,
        httpx.AsyncClient(base_url=b.url, timeout=30) as on_b,
    ):
        world = await build_world(services, on_a)
        agents, key = await _team(services, world)
        supervisor = world.actors["supervisor"].headers
        # Half the agents sign in first; then conversations pour in on both nodes while
        # the other half sign in, alternating nodes.
        await asyncio.gather(*(_sign_in(on_a, supervisor, u) for u in agents[: AGENTS // 2]))
        arrivals = [_arrive(on_a if n % 2 else on_b, key, n) for n in range(CONVERSATIONS)]
        sign_ins = [
            _sign_in(on_b if n % 2 else on_a, supervisor, u)
            for n, u in enumerate(agents[AGENTS // 2 :])
        ]
        results = await asyncio.gather(*arrivals, *sign_ins)
        ids = [r for r in results if isinstance(r, str)]
        assert len(ids) == CONVERSATIONS
        slots = AGENTS * MAXIMUM

        async def filled() -> bool:
            return await _counts(services, ids) == (slots, CONVERSATIONS - slots)

        await eventually(filled, seconds=30)
        assert await _invariants(services, world, ids) == (slots, CONVERSATIONS - slots)

        # Every agent resolves two at once, on alternate nodes: the queue moves up.
        async with services.db.read() as session:
            mine = (
                await session.execute(
                    select(Conversation.id, Conversation.assignee_id).where(
                        Conversation.status == "open",
                        Conversation.id.in_([uuid.UUID(i) for i in ids]),
                    )
                )
            ).all()
        by_agent: dict[uuid.UUID, list[uuid.UUID]] = {}
        for conversation_id, user_id in mine:
            by_agent.setdefault(user_id, []).append(conversation_id)
        resolves = []
        for n, (_user, owned) in enumerate(sorted(by_agent.items())):
            for conversation_id in owned[:2]:
                http = on_a if n % 2 else on_b
                url = f"/api/v1/conversations/{conversation_id}/resolve"
                resolves.append(http.post(url, headers=supervisor))
        answers = await asyncio.gather(*resolves)
        assert all(r.status_code == 200 for r in answers), [r.text for r in answers]
        resolved = len(answers)

        async def moved() -> bool:
            assigned, queued = await _counts(services, ids)
            return assigned == slots and queued == CONVERSATIONS - slots - resolved

        await eventually(moved, seconds=30)
        assert await _invariants(services, world, ids) == (slots, CONVERSATIONS - slots - resolved)

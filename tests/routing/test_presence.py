"""Agents whose console is gone are signed out after the tenant's grace period, and are
told of their state on their socket."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from kefu.core.clock import utcnow
from kefu.identity.context import system_context
from kefu.routing.models import AgentState
from kefu.services import Services
from tests.conftest import make_settings
from tests.live import LiveServer, Peer, eventually
from tests.world import World, build_world


@pytest.fixture
async def live(database_url: str, tmp_path: Path) -> AsyncIterator[LiveServer]:
    async with LiveServer(make_settings(database_url, tmp_path)) as server:
        yield server


async def _status(services: Services, user_id: object) -> str:
    async with services.db.read() as session:
        row = await session.get(AgentState, user_id)
        assert row is not None
        return row.status


async def test_agents_without_a_console_are_signed_out_after_the_grace_period(
    live: LiveServer,
) -> None:
    services = live.services
    async with httpx.AsyncClient(base_url=live.url) as http:
        world: World = await build_world(services, http)
        async with services.db.transaction() as session:
            ctx = system_context(world.tenant_id, "platform")
            policy = await services.routing.config.policy(session, world.tenant_id)
            policy.sign_out_after_seconds = 30
            await services.routing.config.set_policy(session, ctx, policy)
        agent, supervisor = world.actors["agent"], world.actors["supervisor"]
        console = await Peer(live.ws_url, agent.access_token).connect()
        for who in (agent, supervisor):  # the supervisor signs in without a console
            answer = await http.put(
                "/api/v1/routing/me/state", json={"status": "online"}, headers=who.headers
            )
            assert answer.status_code == 200, answer.text
        told = await console.expect("agent_state")
        assert (told["user_id"], told["status"]) == (str(agent.user_id), "online")

        now = utcnow()
        dispatcher = services.dispatcher
        assert await dispatcher.sign_out_absent(now) == 0  # gone from now on
        assert await dispatcher.sign_out_absent(now + timedelta(seconds=29)) == 0
        assert await dispatcher.sign_out_absent(now + timedelta(seconds=31)) == 1
        assert await _status(services, supervisor.user_id) == "offline"
        assert await _status(services, agent.user_id) == "online"  # their console is open

        await console.close()

        async def disconnected() -> bool:
            return agent.user_id not in services.hub.agent_users(world.tenant_id)

        await eventually(disconnected)
        later = now + timedelta(seconds=40)
        assert await dispatcher.sign_out_absent(later) == 0
        assert await dispatcher.sign_out_absent(later + timedelta(seconds=30)) == 1
        assert await _status(services, agent.user_id) == "offline"
        history = await http.get(
            f"/api/v1/routing/agents/{agent.user_id}/history", headers=agent.headers
        )
        last = history.json()[-1]
        assert (last["status"], last["changed_by"]) == ("offline", "system")

"""Two nodes share the database and Redis: a logout on one is refused on the other at once."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from kefu.app import create_app
from kefu.core.events import ApiKeyRevoked, SessionRevoked
from kefu.identity.models import Tenant
from kefu.services import Services
from tests.conftest import make_settings
from tests.world import World, build_world

BASE = "http://kefu.test"


@dataclass
class Nodes:
    a: httpx.AsyncClient
    b: httpx.AsyncClient
    services_a: Services
    services_b: Services


@pytest.fixture
async def two_nodes(database_url: str, redis_url: str, tmp_path: Path) -> AsyncIterator[Nodes]:
    # A long cache lifetime: only the relayed event can make node B forget the session.
    settings = make_settings(database_url, tmp_path, redis_url=redis_url, auth_cache_seconds=300)
    apps = [create_app(settings), create_app(settings)]
    async with (
        apps[0].router.lifespan_context(apps[0]),
        apps[1].router.lifespan_context(apps[1]),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=apps[0]), base_url=BASE) as node_a,
        httpx.AsyncClient(transport=httpx.ASGITransport(app=apps[1]), base_url=BASE) as node_b,
    ):
        yield Nodes(node_a, node_b, apps[0].state.services, apps[1].state.services)


async def test_logout_on_one_node_is_refused_on_the_other(
    two_nodes: Nodes,
) -> None:
    node_a, node_b = two_nodes.a, two_nodes.b
    world = await build_world(two_nodes.services_a, node_a)
    agent = world.actors["agent"]
    assert (await node_b.get("/api/v1/me", headers=agent.headers)).status_code == 200  # cached

    relayed = asyncio.Event()

    async def on_revoked(event: SessionRevoked) -> None:
        relayed.set()

    two_nodes.services_b.bus.subscribe(SessionRevoked, on_revoked)
    assert (await node_a.post("/api/v1/auth/logout", headers=agent.headers)).status_code == 204
    await asyncio.wait_for(relayed.wait(), timeout=5)
    refused = await node_b.get("/api/v1/me", headers=agent.headers)
    assert (refused.status_code, refused.json()["code"]) == (401, "session_revoked")


async def test_revoked_api_key_is_refused_on_every_node(
    two_nodes: Nodes,
) -> None:
    node_a, node_b = two_nodes.a, two_nodes.b
    world = await build_world(two_nodes.services_a, node_a)
    key_headers = {"Authorization": f"Bearer {world.api_key}"}
    assert (await node_b.get("/api/v1/users", headers=key_headers)).status_code == 200

    relayed = asyncio.Event()

    async def on_revoked(event: ApiKeyRevoked) -> None:
        relayed.set()

    two_nodes.services_b.bus.subscribe(ApiKeyRevoked, on_revoked)
    admin = world.actors["tenant_admin"].headers
    revoke = await node_a.delete(f"/api/v1/api-keys/{world.api_key_id}", headers=admin)
    assert revoke.json()["revoked_at"] is not None
    await asyncio.wait_for(relayed.wait(), timeout=5)
    refused = await node_b.get("/api/v1/users", headers=key_headers)
    assert (refused.status_code, refused.json()["code"]) == (401, "api_key_revoked")


async def test_a_cached_api_key_never_outlives_its_expiry(services: Services) -> None:
    from datetime import timedelta

    from kefu.core.clock import utcnow
    from kefu.identity.context import system_context

    principal = system_context(uuid.uuid4(), "company").principal
    services.gate._store("expired", principal, until=utcnow() - timedelta(seconds=1))
    services.gate._store("valid", principal, until=utcnow() + timedelta(days=1))
    assert services.gate._cached("expired") is None
    assert services.gate._cached("valid") is principal


async def test_authentication_does_not_wait_for_an_open_write(
    services: Services, world: World
) -> None:
    # On SQLite the writer is one connection: were the gate to read through it, this
    # would wait for the pool until it timed out.
    services.gate._entries.clear()
    async with services.db.transaction() as session:
        await session.get(Tenant, world.tenant_id)  # holds the writer from here on
        principal = await services.gate.authenticate(world.actors["agent"].access_token)
    assert principal.actor_id == world.actors["agent"].user_id

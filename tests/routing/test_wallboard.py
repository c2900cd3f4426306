"""The wallboard's figures and the agents' directory, through the API and the dispatcher."""

from __future__ import annotations

from datetime import timedelta

import httpx

from kefu.routing.models import QueueEntry
from kefu.services import Services
from tests.routing.test_service import call, chat
from tests.world import World


async def test_the_wallboard_counts_the_queue_and_todays_service_level(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    agent, supervisor = world.actors["agent"], world.actors["supervisor"]
    waited_long = await chat(services, world)
    await chat(services, world)
    async with services.db.transaction() as session:  # this customer has waited a minute
        entry = await session.get(QueueEntry, waited_long)
        assert entry is not None
        entry.enqueued_at -= timedelta(seconds=60)

    board = await call(client, services, "GET", "/routing/wallboard", supervisor.headers)
    group = next(g for g in board["groups"] if g["group_id"] == str(world.group_id))
    assert board["service_level_seconds"] == 20
    assert (group["waiting"], group["answered"]) == (3, 0)  # with the world's own
    assert group["longest_wait"] >= 60
    assert group["service_level"] == 0.0  # one is already late, nobody answered
    assert board["total"]["waiting"] == 3
    assert board["agents"].get("online", 0) == 0

    await call(client, services, "PUT", "/routing/me/state", agent.headers, {"status": "online"})
    board = await call(client, services, "GET", "/routing/wallboard", supervisor.headers)
    group = next(g for g in board["groups"] if g["group_id"] == str(world.group_id))
    assert (group["waiting"], group["answered"], group["answered_in_time"]) == (0, 3, 2)
    assert group["service_level"] == round(2 / 3, 4)
    assert group["average_wait"] >= 20
    assert board["agents"]["online"] == 1

    refused = await client.get("/api/v1/routing/wallboard", headers=agent.headers)
    assert (refused.status_code, refused.json()["code"]) == (403, "forbidden")


async def test_an_agent_sees_groups_and_colleagues_to_transfer_to(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    agent = world.actors["agent"]
    await call(client, services, "PUT", "/routing/me/state", agent.headers, {"status": "online"})
    directory = await call(client, services, "GET", "/routing/directory", agent.headers)
    assert [g["id"] for g in directory["groups"]] == [str(world.group_id)]
    me = next(a for a in directory["agents"] if a["user_id"] == str(agent.user_id))
    assert (me["status"], me["active"], me["group_ids"]) == ("online", 1, [str(world.group_id)])

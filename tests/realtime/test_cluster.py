"""Two ``kefu serve`` processes sharing PostgreSQL and Redis: a customer on one and an agent
on the other converse normally; when one process stops, its clients move to the other and
nothing is lost or duplicated."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from kefu.config import Settings
from kefu.services import Services
from tests.conftest import SECRET
from tests.live import KefuProcess, Peer, visitor_session
from tests.world import World, build_world


@pytest.fixture
async def world(
    nodes: tuple[KefuProcess, KefuProcess], pg: str, tmp_path: Path
) -> AsyncIterator[World]:
    services = Services.build(Settings(database_url=pg, secret_key=SECRET, data_dir=tmp_path))
    try:
        async with httpx.AsyncClient(base_url=nodes[0].url) as http:
            yield await build_world(services, http)
    finally:
        await services.close()


async def test_customer_on_one_node_agent_on_the_other_then_a_node_stops(
    nodes: tuple[KefuProcess, KefuProcess], world: World
) -> None:
    a, b = nodes
    session = await visitor_session(a.url, world.site_key)
    visitor = await Peer(a.ws_url, session["token"]).connect()
    started = await visitor.request({"type": "start"}, "conversation")
    cid = started["conversation"]["id"]
    await visitor.subscribe(cid)
    agent = await Peer(b.ws_url, world.actors["agent"].access_token).connect()
    await agent.subscribe(cid)

    # A conversation across the two nodes: each side's messages reach the other.
    for n in range(3):
        await visitor.say(cid, f"客户 {n}")
        await agent.say(cid, f"客服 {n}")
    assert await agent.until_seq(cid, 6) == [1, 2, 3, 4, 5, 6]
    assert await visitor.until_seq(cid, 6) == [1, 2, 3, 4, 5, 6]
    await visitor.send({"type": "typing", "conversation_id": cid, "on": True})
    assert (await agent.expect("typing"))["from"]["type"] == "customer"

    # The customer's node stops, with one message sent but not acknowledged.
    await visitor.send(
        {"type": "send", "conversation_id": cid, "client_msg_id": "in-flight", "body": "在吗？"}
    )
    a.stop()
    await agent.say(cid, "我在，请讲")  # said while the customer is away

    moved = Peer(b.ws_url, session["token"])
    moved.messages = visitor.messages
    await moved.connect()
    await moved.subscribe(cid, after_seq=max(visitor.seqs(cid)))
    resent = await moved.say(cid, "在吗？", "in-flight")
    # Stored before the node stopped (an ack, duplicate) or only now (its own copy).
    assert resent["type"] in ("ack", "message"), resent

    assert await moved.until_seq(cid, 8) == list(range(1, 9))
    assert await agent.until_seq(cid, 8) == list(range(1, 9))
    bodies = [m["body"] for m in agent.messages[cid]]
    assert bodies.count("在吗？") == 1
    assert bodies[-2:] in (["在吗？", "我在，请讲"], ["我在，请讲", "在吗？"])
    await moved.close()
    await agent.close()

"""The list's tag filter finds Chinese tags (stored as JSON with \\u escapes) and takes a
tag's characters literally."""

from __future__ import annotations

import httpx

from tests.tickets.conftest import TICKETS, new_ticket
from tests.world import World


async def test_the_tag_filter_finds_chinese_tags_and_only_whole_tags(
    client: httpx.AsyncClient, world: World
) -> None:
    agent = world.actors["agent"]
    exposed = await new_ticket(client, agent, tags=["媒体曝光", "VIP"])
    percent = await new_ticket(client, agent, tags=["50%_off"])
    await new_ticket(client, agent, tags=["媒体曝光前"])
    await new_ticket(client, world.outsider, tags=["媒体曝光"])

    async def tagged(tag: str) -> list[str]:
        response = await client.get(TICKETS, params={"tag": tag}, headers=agent.headers)
        assert response.status_code == 200, response.text
        return [t["id"] for t in response.json()["items"]]

    assert await tagged("媒体曝光") == [exposed["id"]]
    assert await tagged("VIP") == [exposed["id"]]
    assert await tagged("50%_off") == [percent["id"]]
    assert await tagged("%") == []
    assert await tagged("媒体") == []

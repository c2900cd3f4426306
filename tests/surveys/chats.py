"""Conversations for survey tests: a visitor of the world's site who chats, and an agent
who answers and resolves over REST."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import httpx

from kefu.conversations.participants import Sender
from kefu.conversations.schemas import MessageIn
from kefu.conversations.service import Origin
from kefu.services import Services
from tests.world import World


@dataclass
class Chat:
    conversation_id: uuid.UUID
    contact_id: uuid.UUID
    visitor: dict[str, str]  # the visitor token's headers

    def widget(self, world: World) -> str:
        return f"/api/v1/widget/{world.site_key}/conversations/{self.conversation_id}/survey"


async def chat(client: httpx.AsyncClient, services: Services, world: World) -> Chat:
    """A new visitor who starts a conversation and says something."""
    response = await client.post(f"/api/v1/widget/{world.site_key}/sessions", json={})
    assert response.status_code == 201, response.text
    token = response.json()["token"]
    visitor = services.web.visitor(token)
    async with services.db.transaction() as session:
        conversation, _ = await services.conversations.start(
            session, visitor, Origin.of(visitor), {}
        )
        draft = MessageIn(client_msg_id=uuid.uuid4().hex, body="我的订单还没到")
        sender = Sender.customer(visitor.contact_id)
        await services.conversations.send(session, conversation.id, sender, draft)
    return Chat(conversation.id, visitor.contact_id, {"Authorization": f"Bearer {token}"})


async def serve_and_resolve(
    client: httpx.AsyncClient, world: World, c: Chat, action: str = "resolve"
) -> None:
    """The agent takes the conversation, answers, and resolves (or closes) it."""
    lead = world.actors["supervisor"].headers
    agent = world.actors["agent"]
    url = f"/api/v1/conversations/{c.conversation_id}"
    response = await client.post(
        f"{url}/assign", json={"user_id": str(agent.user_id)}, headers=lead
    )
    assert response.status_code == 200, response.text
    body = {"client_msg_id": uuid.uuid4().hex, "body": "已为您催促快递，请留意短信。"}
    response = await client.post(f"{url}/messages", json=body, headers=agent.headers)
    assert response.status_code in (200, 201), response.text
    who = lead if action == "close" else agent.headers
    response = await client.post(f"{url}/{action}", headers=who)
    assert response.status_code == 200, response.text

"""Agent assist on SQLite and PostgreSQL: a customer's question in a conversation with a
person brings the knowledge base's answers to the agents, as an event and over REST; the
bot's own conversations, agents' messages and notes bring none."""

from __future__ import annotations

import uuid

import httpx

from kefu.conversations.participants import Sender
from kefu.conversations.schemas import MessageIn
from kefu.core.events import AssistSuggested
from kefu.services import Services
from tests.bot.test_dialogue import REFUND, _bot_first, _entries
from tests.routing.test_service import call, chat, conversation
from tests.world import World


async def _write(
    services: Services, conversation_id: uuid.UUID, sender: Sender, **kw: object
) -> None:
    async with services.db.transaction() as session:
        draft = MessageIn.model_validate({"client_msg_id": uuid.uuid4().hex, **kw})
        await services.conversations.send(session, conversation_id, sender, draft)
    await services.assist.settle()


async def test_a_customer_question_brings_answers_to_the_agent(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    ids = await _entries(services, world)
    heard: list[AssistSuggested] = []

    async def hear(event: AssistSuggested) -> None:
        heard.append(event)

    services.bus.subscribe(AssistSuggested, hear)
    agent = world.actors["agent"]
    await call(client, services, "PUT", "/routing/me/state", agent.headers, {"status": "online"})
    conversation_id = world.conversation_id
    assert (await conversation(services, conversation_id)).status == "open"
    customer = Sender.customer(world.contact_id)

    await _write(services, conversation_id, customer, body="请问我想退款，要怎么操作？")
    [event] = heard
    assert event.conversation_id == conversation_id
    first = event.suggestions[0]
    assert (first["entry_id"], first["question"], first["answer"]) == (
        ids[REFUND[0]],
        REFUND[0],
        REFUND[2],
    )
    assert all(s["score"] >= 0.8 for s in event.suggestions)
    shown = await call(
        client, services, "GET", f"/conversations/{conversation_id}/assist", agent.headers
    )
    assert shown["seq"] == event.seq
    assert shown["suggestions"][0]["entry_id"] == ids[REFUND[0]]

    # The agent's own words and notes, and small talk the knowledge base cannot answer,
    # bring nothing.
    staff = Sender("agent", f"user:{agent.user_id}", agent.user_id, "李娜")
    await _write(services, conversation_id, staff, body="我帮您查一下退款")
    await _write(services, conversation_id, staff, body="退款备注", private=True)
    await _write(services, conversation_id, customer, body="好的谢谢，今天天气真不错")
    assert len(heard) == 1


async def test_the_bots_conversations_get_no_assist(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    await _entries(services, world)
    await _bot_first(client, services, world)
    heard: list[AssistSuggested] = []

    async def hear(event: AssistSuggested) -> None:
        heard.append(event)

    services.bus.subscribe(AssistSuggested, hear)
    with_bot = await chat(services, world, "怎么申请退款")
    await services.assist.settle()
    assert (await conversation(services, with_bot)).status == "bot"
    assert heard == []

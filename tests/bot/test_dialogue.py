"""The bot in conversations, through routing and the real dialogue, on SQLite and
PostgreSQL: greeting and direct answers, suggestions the customer picks, fallbacks, every
handover trigger with the note the agent reads, feedback, and answering exactly once."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import httpx
from sqlalchemy import select, update

from kefu.bot import schemas
from kefu.bot.models import BotTurn
from kefu.conversations.models import Conversation, Message
from kefu.conversations.participants import Sender
from kefu.conversations.schemas import MessageIn
from kefu.identity.context import system_context
from kefu.services import Services
from tests.routing.test_service import call, chat, conversation
from tests.world import World

REFUND = ("怎么申请退款", ["退款流程是什么", "我要退钱", "如何退款"], "在订单页点击“申请退款”。")
INVOICE = ("发票怎么开", ["如何开具发票", "开发票", "我要开发票"], "在订单详情里申请电子发票。")


async def _entries(services: Services, world: World) -> dict[str, str]:
    ctx = system_context(world.tenant_id, "company", label="test")
    ids = {}
    async with services.db.transaction() as session:
        for question, similar, answer in (REFUND, INVOICE):
            draft = schemas.FaqIn(question=question, similar=similar, answer=answer)
            ids[question] = str((await services.knowledge.create_entry(session, ctx, draft)).id)
    return ids


async def _bot_first(client: httpx.AsyncClient, services: Services, world: World) -> None:
    rule = {
        "name": "Bot first",
        "conditions": [],
        "action": {"type": "bot", "handover_group_id": str(world.group_id)},
        "position": 0,
    }
    admin = world.actors["tenant_admin"].headers
    await call(client, services, "POST", "/routing/rules", admin, rule, expect=201)


async def _settings(
    client: httpx.AsyncClient, services: Services, world: World, **changes: Any
) -> dict[str, Any]:
    admin = world.actors["tenant_admin"].headers
    current = await call(client, services, "GET", "/bot/settings", admin)
    current["generative"].pop("api_key_set")
    body = {**current, **changes}
    saved: dict[str, Any] = await call(client, services, "PUT", "/bot/settings", admin, body)
    return saved


async def _ask(services: Services, world: World, body: str, **kw: Any) -> uuid.UUID:
    conversation_id = await chat(services, world, body, **kw)
    await services.dialogue.settle()
    await services.dispatcher.settle()
    return conversation_id


async def _say(services: Services, conversation_id: uuid.UUID, body: str) -> None:
    found = await conversation(services, conversation_id)
    async with services.db.transaction() as session:
        await services.conversations.send(
            session,
            conversation_id,
            Sender.customer(found.contact_id),
            MessageIn(client_msg_id=uuid.uuid4().hex, body=body),
        )
    await services.dialogue.settle()
    await services.dispatcher.settle()


async def _messages(services: Services, conversation_id: uuid.UUID) -> list[Message]:
    async with services.db.read() as session:
        rows = await session.scalars(
            select(Message).where(Message.conversation_id == conversation_id).order_by(Message.seq)
        )
        return list(rows)


async def _turns(services: Services, conversation_id: uuid.UUID) -> list[BotTurn]:
    async with services.db.read() as session:
        return await services.dialogue.turns(session, conversation_id)


async def test_the_bot_greets_answers_and_records_its_turn(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    ids = await _entries(services, world)
    await _bot_first(client, services, world)
    conversation_id = await _ask(services, world, "我想申请退款，怎么弄")

    answered = await conversation(services, conversation_id)
    assert answered.status == "bot"
    customer, greeting, answer = await _messages(services, conversation_id)
    assert customer.sender_type == "customer"
    assert answered.agent_read_seq == customer.seq  # 已读 beside the customer's message
    assert answered.waiting_since is None
    assert (greeting.sender_type, greeting.kind) == ("bot", "text")
    assert greeting.body == "您好，我是智能助手，很高兴为您服务。"
    assert (answer.sender_type, answer.kind, answer.sender_name) == ("bot", "card", "智能助手")
    assert answer.body == REFUND[2]
    assert answer.card is not None
    assert answer.card["title"] == REFUND[0]
    assert [b["action"] for b in answer.card["buttons"]] == ["feedback", "feedback"]
    [turn] = await _turns(services, conversation_id)
    assert (turn.seq, turn.outcome, str(turn.entry_id)) == (customer.seq, "direct", ids[REFUND[0]])
    assert turn.reply_message_id == answer.id
    assert turn.candidates[0]["entry_id"] == ids[REFUND[0]]

    # Answered once: asking again changes nothing.
    assert await services.dialogue.answer(conversation_id) == 0
    assert len(await _messages(services, conversation_id)) == 3


async def test_a_suggestion_the_customer_picks_is_answered(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    ids = await _entries(services, world)
    await _bot_first(client, services, world)
    # Nothing is sure enough to answer: the bot can only suggest.
    thresholds = {"direct": 1.0, "direct_margin": 0.0, "suggest": 0.5, "max_suggestions": 2}
    await _settings(client, services, world, thresholds=thresholds)
    conversation_id = await _ask(services, world, "退款")

    offer = (await _messages(services, conversation_id))[-1]
    assert offer.card is not None
    assert offer.card["title"] == "您是不是想问："
    buttons = offer.card["buttons"]
    assert [b["action"] for b in buttons] == ["reply", "reply"]
    assert buttons[0]["value"] == REFUND[0]
    [turn] = await _turns(services, conversation_id)
    assert turn.outcome == "suggest"

    await _say(services, conversation_id, buttons[0]["value"])  # the button's reply
    answer = (await _messages(services, conversation_id))[-1]
    assert answer.body == REFUND[2]
    picked = (await _turns(services, conversation_id))[-1]
    assert (picked.outcome, str(picked.entry_id)) == ("direct", ids[REFUND[0]])


async def test_two_misses_in_a_row_hand_over_with_the_bots_guesses(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    await _entries(services, world)
    await _bot_first(client, services, world)
    never = {"direct": 1.0, "direct_margin": 0.0, "suggest": 1.0, "max_suggestions": 3}
    await _settings(client, services, world, thresholds=never)
    conversation_id = await _ask(services, world, "你们的退款政策是什么样的")

    fallback = (await _messages(services, conversation_id))[-1]
    assert fallback.card is not None
    assert fallback.body.startswith("抱歉，这个问题我暂时还不会回答")
    assert fallback.card["buttons"] == [{"label": "转人工", "action": "reply", "value": "转人工"}]
    assert (await conversation(services, conversation_id)).status == "bot"

    await _say(services, conversation_id, "那发票呢")
    handed = await conversation(services, conversation_id)
    assert (handed.status, handed.group_id) == ("queued", world.group_id)
    assert handed.waiting_since is not None
    last = await _turns(services, conversation_id)
    assert [(t.outcome, t.handover_reason) for t in last] == [
        ("fallback", None),
        ("handover", "unanswered"),
    ]
    *_, told, note = await _messages(services, conversation_id)
    assert (told.sender_type, told.body) == ("bot", "正在为您转接人工客服，请稍候。")
    assert (note.sender_type, note.private) == ("system", True)
    assert "机器人多次未能回答" in note.body
    assert f"1. {INVOICE[0]}" in note.body  # the best guess for the agent

    # The agent who signs in takes it, with the transcript and the turns.
    agent = world.actors["agent"]
    await call(client, services, "PUT", "/routing/me/state", agent.headers, {"status": "online"})
    taken = await conversation(services, conversation_id)
    assert (taken.status, taken.assignee_id) == ("open", agent.user_id)
    turns = await call(
        client, services, "GET", f"/conversations/{conversation_id}/bot-turns", agent.headers
    )
    assert [t["outcome"] for t in turns] == ["fallback", "handover"]
    assert turns[1]["candidates"][0]["question"] == INVOICE[0]
    # A customer message to a person is not the bot's any more.
    await _say(services, conversation_id, "你好？")
    assert len(await _turns(services, conversation_id)) == 2


async def test_asking_for_a_person_anger_and_vips_hand_over_at_once(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    await _entries(services, world)
    await _bot_first(client, services, world)
    cases = [
        ("转人工", {}, "request", "客户要求转人工"),
        ("你们这什么破服务，垃圾！！", {}, "anger", "客户情绪激动"),
        ("怎么申请退款", {"level": 3}, "vip", "VIP 客户"),
    ]
    for text, kw, reason, said in cases:
        conversation_id = await _ask(services, world, text, **kw)
        [turn] = await _turns(services, conversation_id)
        assert (turn.outcome, turn.handover_reason) == ("handover", reason)
        assert (await conversation(services, conversation_id)).status == "queued"
        *_, note = await _messages(services, conversation_id)
        assert note.private
        assert said in note.body
    # "人工智能" is a question, not a request, and a calm customer stays with the bot.
    calm = await _ask(services, world, "人工智能是什么")
    assert (await conversation(services, calm)).status == "bot"


async def test_the_customer_rates_an_answer_and_an_unhelpful_one_gets_an_apology(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    await _entries(services, world)
    await _bot_first(client, services, world)
    opened = await client.post(f"/api/v1/widget/{world.site_key}/sessions", json={})
    assert opened.status_code == 201, opened.text
    token = opened.json()["token"]
    contact_id = uuid.UUID(opened.json()["contact"]["id"])
    conversation_id = await _ask(services, world, "发票怎么开", contact_id=contact_id)
    answer = (await _messages(services, conversation_id))[-1]
    visitor = {"Authorization": f"Bearer {token}"}
    url = f"/api/v1/widget/{world.site_key}/feedback"
    body = {"conversation_id": str(conversation_id), "message_id": str(answer.id)}

    up = await client.post(url, json={**body, "helpful": True}, headers=visitor)
    assert up.status_code == 200, up.text
    assert up.json()["feedback"] == "up"
    down = await client.post(url, json={**body, "helpful": False}, headers=visitor)
    assert down.json()["feedback"] == "down"
    await client.post(url, json={**body, "helpful": False}, headers=visitor)  # twice: one reply
    messages = await _messages(services, conversation_id)
    apologies = [m for m in messages if m.body.startswith("抱歉没能帮到您")]
    assert len(apologies) == 1
    [turn] = await _turns(services, conversation_id)
    assert turn.feedback == "down"

    # Not an answer of the bot, someone else's conversation, a bad body: refused.
    greeting = next(m for m in messages if m.sender_type == "bot" and m.kind == "text")
    wrong = await client.post(
        url, json={**body, "message_id": str(greeting.id), "helpful": True}, headers=visitor
    )
    assert (wrong.status_code, wrong.json()["code"]) == (404, "answer_not_found")
    foreign = {**body, "conversation_id": str(world.conversation_id), "helpful": True}
    other = await client.post(url, json=foreign, headers=visitor)
    assert other.status_code == 404
    bad = await client.post(url, json={**body, "helpful": "yes"}, headers=visitor)
    assert bad.status_code == 422
    assert (await _turns(services, conversation_id))[0].feedback == "down"


async def test_a_message_a_stopped_node_left_is_answered_once_by_the_sweep(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    await _entries(services, world)
    # A conversation that entered the bot without any node hearing of it.
    async with services.db.transaction() as session:
        await session.execute(
            update(Conversation)
            .where(Conversation.id == world.conversation_id)
            .values(status="bot")
        )
    assert world.conversation_id in await services.dialogue.missed()
    taken = await asyncio.gather(
        services.dialogue.answer(world.conversation_id),
        services.dialogue.answer(world.conversation_id),
    )
    assert sorted(taken) == [0, 1]
    assert len(await _turns(services, world.conversation_id)) == 1
    assert world.conversation_id not in await services.dialogue.missed()


async def test_bot_settings_are_validated_audited_and_keep_the_api_key(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    admin = world.actors["tenant_admin"].headers
    generative = {
        "enabled": False,
        "base_url": "https://llm.example.com/v1",
        "model": "qwen",
        "api_key": "sk-secret",
    }
    saved = await _settings(client, services, world, greeting="欢迎光临", generative=generative)
    assert saved["greeting"] == "欢迎光临"
    assert saved["generative"]["api_key_set"] is True
    assert "api_key" not in saved["generative"]
    again = await _settings(client, services, world, greeting="您好")
    assert again["generative"]["api_key_set"] is True  # an empty key keeps the stored one
    async with services.db.read() as session:
        stored = await services.bot_config.get(session, world.tenant_id)
    assert stored.generative.api_key == "sk-secret"
    audit = await call(client, services, "GET", "/audit-log?action=bot.settings", admin)
    assert audit["items"]
    assert "sk-secret" not in str(audit["items"])

    bad = {"direct": 0.5, "direct_margin": 0.0, "suggest": 0.9, "max_suggestions": 3}
    current = await call(client, services, "GET", "/bot/settings", admin)
    current["generative"].pop("api_key_set")
    refused = await client.put(
        "/api/v1/bot/settings", json={**current, "thresholds": bad}, headers=admin
    )
    assert refused.status_code == 422
    agent = world.actors["agent"].headers
    forbidden = await client.put("/api/v1/bot/settings", json=current, headers=agent)
    assert forbidden.status_code == 403
    assert (await call(client, services, "GET", "/bot/settings", admin))["greeting"] == "您好"


async def test_trying_a_question_shows_what_the_bot_would_do(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    ids = await _entries(services, world)
    agent = world.actors["agent"].headers  # knowledge:read is enough
    sure = await call(client, services, "POST", "/bot/try", agent, {"text": "我想申请退款"})
    assert (sure["handover"], sure["outcome"]) == (None, "direct")
    assert sure["hits"][0]["entry_id"] == ids[REFUND[0]]
    assert sure["hits"][0]["answer"] == REFUND[2]
    assert sure["thresholds"]["direct"] == 0.86
    person = await call(client, services, "POST", "/bot/try", agent, {"text": "转人工"})
    assert person["handover"] == "request"
    angry = await call(client, services, "POST", "/bot/try", agent, {"text": "垃圾服务，骗子！！"})
    assert angry["handover"] == "anger"
    assert "骗子" in angry["mood"]
    for bad in ({"text": ""}, {"text": "x", "channel": "fax"}, {"text": 5}):
        refused = await client.post("/api/v1/bot/try", json=bad, headers=agent)
        assert refused.status_code == 422, bad

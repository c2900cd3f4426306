"""Routing through the API and the real dispatcher, on SQLite and PostgreSQL: rules and
groups, agent states and maxima, queue priority, lists, business hours, overflow, transfer."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
from sqlalchemy import select

from kefu.conversations.models import Conversation, Message
from kefu.conversations.participants import Sender, Visitor
from kefu.conversations.schemas import MessageIn
from kefu.conversations.service import Origin
from kefu.core.clock import utcnow
from kefu.routing.models import AgentState, Assignment, QueueEntry
from kefu.services import Services
from tests.world import World, fingerprint

API = "/api/v1"


async def chat(
    services: Services,
    world: World,
    body: str = "你好，我的订单还没到",
    *,
    contact_id: uuid.UUID | None = None,
    level: int = 0,
) -> uuid.UUID:
    """A customer on the world's site writes; routing has done its work on return."""
    async with services.db.transaction() as session:
        if contact_id is None:
            contact, _ = await services.contacts.visitor(session, world.tenant_id, None)
            contact.level = level
            contact_id = contact.id
        visitor = Visitor(world.tenant_id, contact_id, world.site_id, world.site_key, 0)
        conversation, _ = await services.conversations.start(session, visitor, Origin(), {})
        draft = MessageIn(client_msg_id=uuid.uuid4().hex, body=body)
        await services.conversations.send(
            session, conversation.id, Sender.customer(contact_id), draft
        )
    await services.dispatcher.settle()
    return conversation.id


async def conversation(services: Services, conversation_id: uuid.UUID) -> Conversation:
    async with services.db.read() as session:
        found = await session.get(Conversation, conversation_id)
        assert found is not None
        return found


async def state(services: Services, user_id: uuid.UUID) -> AgentState:
    async with services.db.read() as session:
        found = await session.get(AgentState, user_id)
        assert found is not None
        return found


async def call(
    client: httpx.AsyncClient,
    services: Services,
    method: str,
    url: str,
    headers: dict[str, str],
    body: Any = None,
    expect: int = 200,
) -> Any:
    response = await client.request(method, API + url, json=body, headers=headers)
    assert response.status_code == expect, response.text
    await services.dispatcher.settle()
    return response.json() if response.content else None


async def test_a_rule_routes_to_its_group_and_the_agent_takes_it_on_signing_in(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    agent = world.actors["agent"]
    conversation_id = await chat(services, world)
    queued = await call(
        client, services, "GET", "/routing/queue", world.actors["supervisor"].headers
    )
    mine = next(q for q in queued if q["conversation_id"] == str(conversation_id))
    assert mine["group_id"] == str(world.group_id)
    assert mine["position"] == 2  # behind the world's own conversation
    assert (await conversation(services, conversation_id)).status == "queued"

    await call(client, services, "PUT", "/routing/me/state", agent.headers, {"status": "online"})
    taken = await conversation(services, conversation_id)
    assert (taken.status, taken.assignee_id, taken.group_id) == (
        "open",
        agent.user_id,
        world.group_id,
    )
    me = await call(client, services, "GET", "/routing/me", agent.headers)
    assert (me["status"], me["active"]) == ("online", 2)  # and the world's own conversation
    async with services.db.read() as session:
        reasons = set(await session.scalars(select(Assignment.reason)))
    assert reasons == {"routed"}


async def test_an_agent_is_never_given_more_than_their_maximum(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    agent, supervisor = world.actors["agent"], world.actors["supervisor"]
    limit = {"max_concurrent": 2}
    await call(
        client, services, "PUT", f"/routing/agents/{agent.user_id}/limit", supervisor.headers, limit
    )
    ids = [await chat(services, world) for _ in range(2)]
    await call(client, services, "PUT", "/routing/me/state", agent.headers, {"status": "online"})
    conversations = [await conversation(services, i) for i in [world.conversation_id, *ids]]
    assert sorted(c.status for c in conversations) == ["open", "open", "queued"]
    assert (await state(services, agent.user_id)).active == 2
    # The oldest waits no longer than the others: the world's conversation came first.
    assert conversations[0].assignee_id == agent.user_id

    # A supervisor cannot push a third on them either; nothing changes.
    waiting = next(c for c in conversations if c.status == "queued")
    before = await fingerprint(services, world.tenant_id)
    body = {"user_id": str(agent.user_id)}
    answer = await call(
        client,
        services,
        "POST",
        f"/conversations/{waiting.id}/assign",
        supervisor.headers,
        body,
        expect=409,
    )
    assert answer["code"] == "agent_at_capacity"
    assert await fingerprint(services, world.tenant_id) == before

    # Resolving one frees a slot: the waiting one is given at once.
    done = next(c for c in conversations if c.status == "open")
    await call(client, services, "POST", f"/conversations/{done.id}/resolve", agent.headers)
    assert (await conversation(services, waiting.id)).assignee_id == agent.user_id
    assert (await state(services, agent.user_id)).active == 2


async def test_vip_and_repeat_customers_are_served_first_but_nobody_waits_for_ever(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    agent, admin = world.actors["agent"], world.actors["tenant_admin"]
    policy = {"level_head_start": {"3": 600}, "repeat_head_start": 0, "default_max_concurrent": 1}
    await call(client, services, "PUT", "/routing/policy", admin.headers, policy)
    await call(
        client,
        services,
        "PUT",
        f"/routing/agents/{agent.user_id}/limit",
        admin.headers,
        {"max_concurrent": 1},
    )
    ordinary = await chat(services, world)
    vip = await chat(services, world, level=3)
    async with services.db.read() as session:
        entries = {e.conversation_id: e for e in await session.scalars(select(QueueEntry))}
    assert entries[vip].head_start == 600
    assert entries[vip].rank < entries[ordinary].rank
    assert entries[vip].position == 1  # told to the customer

    await call(client, services, "PUT", "/routing/me/state", agent.headers, {"status": "online"})
    # The world's conversation (older, ordinary) came before the ordinary one but after the VIP.
    assert (await conversation(services, vip)).assignee_id == agent.user_id
    assert (await conversation(services, ordinary)).status == "queued"


async def test_the_black_list_is_refused_with_the_configured_reply(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    admin = world.actors["tenant_admin"]
    policy = {"blacklist_reply": "您的账号暂停服务"}
    await call(client, services, "PUT", "/routing/policy", admin.headers, policy)
    async with services.db.transaction() as session:
        contact, _ = await services.contacts.visitor(session, world.tenant_id, None)
    await call(
        client,
        services,
        "POST",
        "/routing/lists",
        admin.headers,
        {"contact_id": str(contact.id), "kind": "black"},
        expect=201,
    )
    conversation_id = await chat(services, world, contact_id=contact.id)
    refused = await conversation(services, conversation_id)
    assert refused.status == "closed"
    async with services.db.read() as session:
        said = (
            await session.scalars(
                select(Message)
                .where(Message.conversation_id == conversation_id)
                .order_by(Message.seq)
            )
        ).all()
    assert [(m.sender_type, m.body) for m in said][-1] == ("system", "您的账号暂停服务")
    async with services.db.read() as session:
        assert await session.get(QueueEntry, conversation_id) is None


async def test_outside_business_hours_the_customer_is_asked_to_leave_a_message(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    admin = world.actors["tenant_admin"]
    closed = {"name": "夜间停服组", "business_hours": {}}  # no opening on any day
    group = await call(
        client, services, "POST", "/routing/groups", admin.headers, closed, expect=201
    )
    assert group["open_now"] is False
    rule = {
        "name": "Invoices",
        "conditions": [{"type": "keywords", "any": ["发票"]}],
        "action": {"type": "group", "group_id": group["id"]},
        "position": 0,
    }
    await call(client, services, "POST", "/routing/rules", admin.headers, rule, expect=201)
    conversation_id = await chat(services, world, "发票怎么开")
    pending = await conversation(services, conversation_id)
    assert pending.status == "pending"
    assert pending.routed_at is not None
    dry = await call(
        client,
        services,
        "POST",
        "/routing/dry-run",
        admin.headers,
        {"conversation_id": str(conversation_id)},
    )
    assert dry["outcome"] == "leave_message"
    assert dry["note"] == "夜间停服组 is closed"
    assert dry["rule"]["name"] == "Invoices"


async def test_a_holiday_keeps_its_name_and_closes_the_group(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    admin = world.actors["tenant_admin"]
    today = utcnow().astimezone(ZoneInfo("Asia/Shanghai")).date().isoformat()
    body = {
        "name": "节假日组",
        "timezone": "Asia/Shanghai",
        "holidays": [{"date": today, "name": " 国庆节 "}, {"date": "2030-01-02", "hours": []}],
    }
    group = await call(client, services, "POST", "/routing/groups", admin.headers, body, expect=201)
    assert group["holidays"] == [
        {"date": today, "name": "国庆节", "hours": []},
        {"date": "2030-01-02", "name": None, "hours": []},
    ]
    assert group["open_now"] is False  # always open, except on today's holiday
    too_long = {**body, "holidays": [{"date": today, "name": "节" * 51}]}
    await call(
        client,
        services,
        "PUT",
        f"/routing/groups/{group['id']}",
        admin.headers,
        too_long,
        expect=422,
    )


async def test_overflow_to_another_group_after_the_wait(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    admin, agent = world.actors["tenant_admin"], world.actors["agent"]
    empty = {
        "name": "技术支持",
        "overflow_group_id": str(world.group_id),
        "overflow_after_seconds": 30,
    }
    group = await call(
        client, services, "POST", "/routing/groups", admin.headers, empty, expect=201
    )
    rule = {
        "name": "Tech",
        "conditions": [{"type": "keywords", "any": ["报错"]}],
        "action": {"type": "group", "group_id": group["id"]},
        "position": 0,
    }
    await call(client, services, "POST", "/routing/rules", admin.headers, rule, expect=201)
    await call(client, services, "PUT", "/routing/me/state", agent.headers, {"status": "online"})
    conversation_id = await chat(services, world, "App 报错了")
    assert (await conversation(services, conversation_id)).status == "queued"  # nobody in 技术支持

    async with services.db.transaction() as session:
        early = await services.routing.overflow(session, world.tenant_id, utcnow())
    assert early == 0
    async with services.db.transaction() as session:
        later = utcnow() + timedelta(seconds=31)
        assert await services.routing.overflow(session, world.tenant_id, later) == 1
    await services.dispatcher.dispatch(world.tenant_id)
    taken = await conversation(services, conversation_id)
    assert (taken.assignee_id, taken.group_id) == (agent.user_id, uuid.UUID(group["id"]))


async def test_transfer_to_a_group_or_an_available_colleague(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    agent, supervisor = world.actors["agent"], world.actors["supervisor"]
    await call(client, services, "PUT", "/routing/me/state", agent.headers, {"status": "online"})
    taken = await conversation(services, world.conversation_id)
    assert taken.assignee_id == agent.user_id
    url = f"/conversations/{world.conversation_id}/transfer"

    # A colleague who is signed out cannot receive it; nothing changes.
    before = await fingerprint(services, world.tenant_id)
    answer = await call(
        client,
        services,
        "POST",
        url,
        agent.headers,
        {"user_id": str(supervisor.user_id)},
        expect=409,
    )
    assert answer["code"] == "agent_unavailable"
    assert await fingerprint(services, world.tenant_id) == before

    await call(client, services, "PUT", "/routing/me/state", supervisor.headers, {"status": "busy"})
    body = {"user_id": str(supervisor.user_id), "note": "客户要求主管处理"}
    moved = await call(client, services, "POST", url, agent.headers, body)
    assert moved["assignee_id"] == str(supervisor.user_id)
    assert (await state(services, agent.user_id)).active == 0
    assert (await state(services, supervisor.user_id)).active == 1
    async with services.db.read() as session:
        note = await session.scalar(
            select(Message)
            .where(Message.conversation_id == world.conversation_id, Message.private)
            .order_by(Message.seq.desc())
        )
    assert note is not None
    assert "客户要求主管处理" in note.body

    # Back to the group: the agent there (online, with room) takes it.
    back = {"group_id": str(world.group_id)}
    await call(client, services, "POST", url, supervisor.headers, back)
    assert (await conversation(services, world.conversation_id)).assignee_id == agent.user_id
    assert (await state(services, supervisor.user_id)).active == 0


async def test_states_are_recorded_and_breaks_need_a_reason(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    agent = world.actors["agent"]
    answer = await call(
        client, services, "PUT", "/routing/me/state", agent.headers, {"status": "break"}, expect=422
    )
    assert answer["code"] == "invalid_break_reason"
    for change in (
        {"status": "online"},
        {"status": "break", "reason": "meal"},
        {"status": "online"},
    ):
        await call(client, services, "PUT", "/routing/me/state", agent.headers, change)
    history = await call(
        client, services, "GET", f"/routing/agents/{agent.user_id}/history", agent.headers
    )
    assert [(h["status"], h["reason"]) for h in history] == [
        ("online", None),
        ("break", "meal"),
        ("online", None),
    ]
    assert all(h["ended_at"] for h in history[:-1])
    assert history[-1]["ended_at"] is None
    # An agent may not set a colleague's state.
    colleague = world.actors["supervisor"].user_id
    await call(
        client,
        services,
        "PUT",
        f"/routing/agents/{colleague}/state",
        agent.headers,
        {"status": "online"},
        expect=403,
    )


async def test_a_returning_customer_is_routed_again_and_answering_takes_within_the_maximum(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    agent = world.actors["agent"]
    await call(client, services, "PUT", "/routing/me/state", agent.headers, {"status": "online"})
    url = f"/conversations/{world.conversation_id}"
    await call(client, services, "POST", f"{url}/resolve", agent.headers)
    assert (await state(services, agent.user_id)).active == 0
    contact_id = (await conversation(services, world.conversation_id)).contact_id
    async with services.db.transaction() as session:
        draft = MessageIn(client_msg_id=uuid.uuid4().hex, body="还有一个问题，订单能改地址吗")
        await services.conversations.send(
            session, world.conversation_id, Sender.customer(contact_id), draft
        )
    await services.dispatcher.settle()
    back = await conversation(services, world.conversation_id)
    assert (back.status, back.assignee_id) == ("open", agent.user_id)
    assert (await state(services, agent.user_id)).active == 1


async def test_the_bot_answers_first_unless_the_customer_is_white_listed(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    admin, agent = world.actors["tenant_admin"], world.actors["agent"]
    rule = {
        "name": "Bot first",
        "conditions": [{"type": "keywords", "any": ["营业时间"]}],
        "action": {"type": "bot", "handover_group_id": str(world.group_id)},
        "position": 0,
    }
    await call(client, services, "POST", "/routing/rules", admin.headers, rule, expect=201)
    with_bot = await chat(services, world, "你们营业时间是几点")
    assert (await conversation(services, with_bot)).status == "bot"
    # The world's customer is white-listed: straight to the handover group.
    world_contact = (await conversation(services, world.conversation_id)).contact_id
    await call(
        client, services, "POST", f"/conversations/{world.conversation_id}/resolve", agent.headers
    )
    skipped = await chat(services, world, "营业时间？", contact_id=world_contact)
    assert (await conversation(services, skipped)).status == "queued"

    # The bot hands over: routed to its group, where the agent takes it.
    await call(client, services, "PUT", "/routing/me/state", agent.headers, {"status": "online"})
    handed = await call(
        client, services, "POST", f"/conversations/{with_bot}/handover", agent.headers
    )
    assert handed["status"] in ("queued", "open")
    taken = await conversation(services, with_bot)
    assert (taken.status, taken.assignee_id, taken.group_id) == (
        "open",
        agent.user_id,
        world.group_id,
    )
    again = await call(
        client, services, "POST", f"/conversations/{with_bot}/handover", agent.headers, expect=409
    )
    assert again["code"] == "not_with_bot"


async def test_a_leave_message_rule(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    admin = world.actors["tenant_admin"]
    rule = {
        "name": "Complaints by message",
        "conditions": [{"type": "keywords", "any": ["投诉"]}],
        "action": {"type": "leave_message"},
        "position": 0,
    }
    await call(client, services, "POST", "/routing/rules", admin.headers, rule, expect=201)
    conversation_id = await chat(services, world, "我要投诉")
    assert (await conversation(services, conversation_id)).status == "pending"
    async with services.db.read() as session:
        assert await session.get(QueueEntry, conversation_id) is None

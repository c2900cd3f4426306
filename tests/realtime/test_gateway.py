"""The WebSocket protocol with real clients against a running server (docs/protocol.md)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select
from websockets.exceptions import ConnectionClosed

from kefu.conversations.models import Message
from kefu.realtime import gateway
from tests.conftest import make_settings
from tests.live import LiveServer, Peer, acked_seq, visitor_session
from tests.world import World, build_world


@dataclass
class Chat:
    server: LiveServer
    world: World
    visitor: Peer
    agent: Peer
    conversation_id: str
    visitor_token: str


@pytest.fixture
async def live(database_url: str, tmp_path: Path) -> AsyncIterator[LiveServer]:
    async with LiveServer(make_settings(database_url, tmp_path)) as server:
        yield server


@pytest.fixture
async def world(live: LiveServer) -> World:
    async with httpx.AsyncClient(base_url=live.url) as http:
        return await build_world(live.services, http)


@pytest.fixture
async def chat(live: LiveServer, world: World) -> AsyncIterator[Chat]:
    """A visitor who started a conversation, and the agent, both subscribed to it."""
    session = await visitor_session(live.url, world.site_key)
    visitor = await Peer(live.ws_url, session["token"]).connect()
    started = await visitor.request(
        {"type": "start", "prechat": {"name": "王小明"}}, "conversation"
    )
    conversation_id = started["conversation"]["id"]
    await visitor.subscribe(conversation_id)
    agent = await Peer(live.ws_url, world.actors["agent"].access_token).connect()
    await agent.subscribe(conversation_id)
    try:
        yield Chat(live, world, visitor, agent, conversation_id, session["token"])
    finally:
        await visitor.close()
        await agent.close()


async def stored_seqs(live: LiveServer, conversation_id: str) -> list[int]:
    async with live.services.db.transaction() as session:
        rows = await session.scalars(
            select(Message.seq)
            .where(Message.conversation_id == uuid.UUID(conversation_id))
            .order_by(Message.seq)
        )
        return list(rows)


async def test_customer_and_agent_converse(chat: Chat) -> None:
    visitor, agent, cid = chat.visitor, chat.agent, chat.conversation_id
    assert visitor.ready["session"]["kind"] == "visitor"
    assert agent.ready["session"] == {
        "kind": "agent",
        "user_id": str(chat.world.actors["agent"].user_id),
        "tenant_id": str(chat.world.tenant_id),
    }

    mine = await visitor.say(cid, "你好，我想查一下订单")
    assert (mine["type"], mine["message"]["seq"]) == ("message", 1)  # its own copy: the ack
    assert await agent.until_seq(cid, 1) == [1]
    assert agent.messages[cid][0]["sender"]["type"] == "customer"

    await agent.send({"type": "typing", "conversation_id": cid, "on": True})
    typing = await visitor.expect("typing")
    assert typing["from"] == {"type": "agent", "name": "User E003"}
    reply = await agent.say(cid, "您好，请提供订单号")
    assert acked_seq(reply) == 2
    assert await visitor.until_seq(cid, 2) == [1, 2]
    seen = visitor.messages[cid][1]
    assert seen["sender"] == {"type": "agent", "id": None, "name": "User E003"}

    await visitor.send({"type": "read", "conversation_id": cid, "seq": 2})
    receipt = await agent.expect("read")
    assert (receipt["by"], receipt["seq"]) == ("customer", 2)
    assert await stored_seqs(chat.server, cid) == [1, 2]


async def test_internal_notes_never_reach_the_customer(chat: Chat) -> None:
    visitor, agent, cid = chat.visitor, chat.agent, chat.conversation_id
    await agent.say(cid, "客户是老用户，注意语气", private=True)
    await agent.say(cid, "好的，已为您加急")
    assert await agent.until_seq(cid, 2) == [1, 2]
    assert await visitor.until_seq(cid, 2) == [2]  # seq 1 was the note
    assert all(not m["private"] for m in visitor.messages[cid])

    refused = await visitor.say(cid, "sneaky", private=True)
    assert (refused["type"], refused["code"]) == ("error", "forbidden")


async def test_drop_resend_and_resume_deliver_every_message_once_in_order(chat: Chat) -> None:
    """The visitor streams messages and loses the connection mid-stream; the agent talks
    meanwhile. After reconnecting, resending what was not acknowledged and resuming from
    the last seq seen, both sides hold every message exactly once, in order."""
    visitor, agent, cid = chat.visitor, chat.agent, chat.conversation_id
    ids = [f"c{n:03d}" for n in range(12)]
    for client_msg_id in ids[:8]:  # sent back to back, without waiting for acks
        await visitor.send(
            {
                "type": "send",
                "conversation_id": cid,
                "client_msg_id": client_msg_id,
                "body": f"第{client_msg_id}条",
            }
        )
    first = await visitor.acknowledgement(cid, ids[0])
    await visitor.close()  # gone, with most acknowledgements still in flight
    acked = {first["message"]["client_msg_id"]}
    seen = max(visitor.seqs(cid), default=0)

    for n in range(3):
        await agent.say(cid, f"agent {n}")

    visitor.ws = None
    again = Peer(visitor.ws_url, chat.visitor_token)
    again.messages = visitor.messages
    await again.connect()
    assert again.ready["active_conversation"]["id"] == cid
    await again.subscribe(cid, after_seq=seen)
    for client_msg_id in ids:
        if client_msg_id not in acked:
            answer = await again.say(cid, f"第{client_msg_id}条", client_msg_id)
            if client_msg_id in ids[:8]:  # stored before: replayed, or acked as a duplicate
                assert answer["type"] == "message" or answer["duplicate"], answer
            else:  # new: its own copy, after the agent's three
                assert answer["type"] == "message", answer
                assert answer["message"]["seq"] > 11

    total = 12 + 3
    assert await stored_seqs(chat.server, cid) == list(range(1, total + 1))
    assert await again.until_seq(cid, total) == list(range(1, total + 1))
    assert await agent.until_seq(cid, total) == list(range(1, total + 1))
    bodies = [m["body"] for m in agent.messages[cid] if m["sender"]["type"] == "customer"]
    assert sorted(bodies) == sorted(f"第{i}条" for i in ids)
    await again.close()


async def test_a_late_subscriber_gets_the_history_then_live_messages(chat: Chat) -> None:
    visitor, cid = chat.visitor, chat.conversation_id
    for n in range(5):
        await visitor.say(cid, f"m{n}")
    supervisor = await Peer(
        chat.server.ws_url, chat.world.actors["supervisor"].access_token
    ).connect()
    subscribed = await supervisor.subscribe(cid, after_seq=2)
    assert subscribed["last_seq"] == 5
    assert supervisor.seqs(cid) == [3, 4, 5]
    await visitor.say(cid, "m5")
    assert await supervisor.until_seq(cid, 6) == [3, 4, 5, 6]
    await supervisor.close()


async def test_agents_hear_of_new_conversations_and_assignments(
    live: LiveServer, world: World
) -> None:
    agent = await Peer(live.ws_url, world.actors["agent"].access_token).connect()
    session = await visitor_session(live.url, world.site_key)
    visitor = await Peer(live.ws_url, session["token"]).connect()
    started = await visitor.request({"type": "start"}, "conversation")
    cid = started["conversation"]["id"]
    assert set(started["conversation"]) == {
        "id", "status", "last_seq", "agent_read_seq", "customer_read_seq", "created_at"
    }  # fmt: skip
    queued = await agent.expect("conversation", lambda f: f["conversation"]["id"] == cid)
    assert queued["conversation"]["status"] == "queued"

    # A message moves the queue's line on, without a conversation snapshot per message.
    await visitor.subscribe(cid)
    await visitor.say(cid, "在吗？想问下礼盒装。")
    activity = await agent.expect("activity", lambda f: f["conversation_id"] == cid)
    assert (activity["last_seq"], activity["last_message_preview"], activity["sender"]) == (
        1,
        "在吗？想问下礼盒装。",
        "customer",
    )

    await agent.say(cid, "您好，我是客服小李")  # answering takes the conversation
    taken = await agent.expect(
        "conversation", lambda f: f["conversation"]["assignee_id"] is not None
    )
    assert taken["conversation"]["assignee_id"] == str(world.actors["agent"].user_id)
    assert taken["conversation"]["status"] == "open"
    assert taken["conversation"]["last_message_preview"] == "您好，我是客服小李"
    status = await visitor.expect("conversation", lambda f: f["conversation"]["status"] == "open")
    assert "assignee_id" not in status["conversation"]
    # Only the start and the change of hands pushed the conversation, to either side.
    for peer in (agent, visitor):
        pushed = [f for f in peer.frames if f["type"] == "conversation" and "ref" not in f]
        assert [f["conversation"]["status"] for f in pushed] == ["queued", "open"]
    await agent.close()
    await visitor.close()


async def test_authentication(live: LiveServer, world: World) -> None:
    for token in ("forged", world.actors["agent"].access_token[:-3] + "abc"):
        peer = Peer(live.ws_url, token)
        with pytest.raises(ConnectionClosed) as closed:
            await peer.connect()
        assert closed.value.rcvd is not None
        assert closed.value.rcvd.code == 4401
        assert peer.frames[-1]["code"] in ("invalid_token", "unauthenticated")

    # An analyst may not take part in conversations.
    analyst = Peer(live.ws_url, world.actors["analyst"].access_token)
    with pytest.raises(ConnectionClosed) as closed:
        await analyst.connect()
    assert closed.value.rcvd is not None
    assert closed.value.rcvd.code == 4403


async def test_a_logout_ends_the_agent_socket(live: LiveServer, world: World) -> None:
    agent = await Peer(live.ws_url, world.actors["agent"].access_token).connect()
    async with httpx.AsyncClient(base_url=live.url) as http:
        response = await http.post("/api/v1/auth/logout", headers=world.actors["agent"].headers)
        assert response.status_code == 204
    with pytest.raises(ConnectionClosed) as closed:
        await agent.expect("never")
    assert closed.value.rcvd is not None
    assert closed.value.rcvd.code == 4401


async def test_bad_frames_get_clear_errors_and_change_nothing(chat: Chat) -> None:
    visitor, cid = chat.visitor, chat.conversation_id
    assert visitor.ws is not None
    await visitor.ws.send("not json")
    assert (await visitor.expect("error"))["code"] == "bad_frame"
    await visitor.send({"type": "teleport", "ref": "t1"})
    assert (await visitor.expect("error"))["code"] == "bad_frame"
    await visitor.send({"type": "send", "ref": "v1", "conversation_id": cid, "client_msg_id": "x"})
    missing = await visitor.expect("error")
    assert (missing["code"], missing["ref"]) == ("validation_error", "v1")

    too_long = await visitor.say(cid, "长" * 5001)
    assert too_long["code"] == "message_too_long"
    assert too_long["details"] == {"max_chars": 5000, "chars": 5001}
    empty = await visitor.say(cid, "   \n ")
    assert empty["code"] == "validation_error"
    unknown = await visitor.say(str(uuid.uuid4()), "hello?")
    assert unknown["code"] == "not_found"
    bad_id = await visitor.say(cid, "hi", client_msg_id="has spaces")
    assert bad_id["code"] == "validation_error"

    # Another visitor's conversation is as unknown as one that does not exist.
    other = await visitor_session(chat.server.url, chat.world.site_key)
    stranger = await Peer(chat.server.ws_url, other["token"]).connect()
    assert (await stranger.say(cid, "hijack"))["code"] == "not_found"
    assert (await stranger.subscribe(cid))["code"] == "not_found"
    await stranger.close()
    # Another tenant's agent neither.
    outsider = await Peer(chat.server.ws_url, chat.world.outsider.access_token).connect()
    assert (await outsider.subscribe(cid))["code"] == "not_found"
    assert (await outsider.say(cid, "hijack"))["code"] == "not_found"
    await outsider.close()

    assert await stored_seqs(chat.server, cid) == []


async def test_markup_is_stored_as_text(chat: Chat) -> None:
    visitor, agent, cid = chat.visitor, chat.agent, chat.conversation_id
    body = '<img src=x onerror="alert(1)"><script>alert(2)</script>\u202eevil\x07'
    await visitor.say(cid, body)
    await agent.until_seq(cid, 1)
    assert (
        agent.messages[cid][0]["body"]
        == '<img src=x onerror="alert(1)"><script>alert(2)</script>evil'
    )


async def test_a_flooding_client_is_rate_limited(
    database_url: str, tmp_path: Path, world: World
) -> None:
    # A slow refill, so that however slowly this machine stores messages, the burst runs out.
    settings = make_settings(
        database_url, tmp_path / "flood", chat_rate_per_second=0.2, chat_rate_burst=5
    )
    async with LiveServer(settings) as server:
        session = await visitor_session(server.url, world.site_key)
        visitor = await Peer(server.ws_url, session["token"]).connect()
        cid = (await visitor.request({"type": "start"}, "conversation"))["conversation"]["id"]
        for n in range(20):
            frame = {"type": "send", "conversation_id": cid, "client_msg_id": f"f{n}"}
            await visitor.send({**frame, "body": "spam"})
        acks, refusals = 0, 0
        while acks + refusals < 20:
            frame = await visitor.receive()
            if frame["type"] == "ack":
                acks += 1
            elif frame["type"] == "error":
                assert frame["code"] == "rate_limited"
                assert frame["details"]["retry_after"] > 0
                refusals += 1
        assert 5 <= acks < 20
        assert refusals == 20 - acks
        assert len(await stored_seqs(server, cid)) == acks
        await visitor.close()


async def test_heartbeat(chat: Chat) -> None:
    assert chat.visitor.ready["heartbeat"] == 25
    pong = await chat.visitor.request({"type": "ping"}, "pong")
    assert pong["type"] == "pong"


async def test_concurrent_sends_get_distinct_consecutive_seqs(chat: Chat) -> None:
    visitor, agent, cid = chat.visitor, chat.agent, chat.conversation_id
    supervisor = await Peer(
        chat.server.ws_url, chat.world.actors["supervisor"].access_token
    ).connect()
    await supervisor.subscribe(cid)

    async def burst(peer: Peer, name: str) -> list[dict[str, object]]:
        for n in range(5):
            frame = {"type": "send", "conversation_id": cid, "client_msg_id": f"{name}{n}"}
            await peer.send({**frame, "body": f"{name} {n}"})
        return [await peer.acknowledgement(cid, f"{name}{n}") for n in range(5)]

    acks = await asyncio.gather(burst(visitor, "v"), burst(agent, "a"), burst(supervisor, "s"))
    results = [ack for per_peer in acks for ack in per_peer]
    assert sorted(acked_seq(r) for r in results) == list(range(1, 16))
    for peer in (visitor, agent, supervisor):
        assert await peer.until_seq(cid, 15) == list(range(1, 16))
    assert await stored_seqs(chat.server, cid) == list(range(1, 16))
    await supervisor.close()


async def test_a_sender_not_subscribed_gets_an_ack(chat: Chat) -> None:
    agent, cid = chat.agent, chat.conversation_id
    supervisor = await Peer(
        chat.server.ws_url, chat.world.actors["supervisor"].access_token
    ).connect()
    ack = await supervisor.say(cid, "我来看看", "s1")
    assert (ack["type"], ack["seq"], ack["duplicate"]) == ("ack", 1, False)
    assert await agent.until_seq(cid, 1) == [1]
    again = await chat.agent.say(cid, "我来看看", "a1")
    assert again["type"] == "message"  # subscribed: its own copy, no ack frame
    resent = await chat.agent.say(cid, "我来看看", "a1")
    assert (resent["type"], resent["seq"], resent["duplicate"]) == ("ack", 2, True)
    assert not [f for f in agent.frames if f["type"] == "ack" and not f["duplicate"]]
    await supervisor.close()


async def test_subscribing_past_the_end_still_delivers_the_next_messages(chat: Chat) -> None:
    visitor, cid = chat.visitor, chat.conversation_id
    stale = await Peer(chat.server.ws_url, chat.visitor_token).connect()
    subscribed = await stale.subscribe(cid, after_seq=50)  # a cache from elsewhere
    assert subscribed["last_seq"] == 0
    await visitor.say(cid, "一")
    assert await stale.until_seq(cid, 1) == [1]
    mine = await stale.say(cid, "二")
    assert (mine["type"], mine["message"]["seq"]) == ("message", 2)
    await stale.close()


async def test_a_silent_socket_is_closed(
    database_url: str, tmp_path: Path, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(gateway, "SILENT_HEARTBEATS", 0.02)  # 5 s heartbeats: 0.1 s of silence
    settings = make_settings(database_url, tmp_path / "silent", ws_heartbeat_seconds=5)
    async with LiveServer(settings) as server:
        session = await visitor_session(server.url, world.site_key)
        quiet = await Peer(server.ws_url, session["token"]).connect()
        with pytest.raises(ConnectionClosed) as closed:
            await quiet.expect("never")
        assert closed.value.rcvd is not None
        assert closed.value.rcvd.code == 4408

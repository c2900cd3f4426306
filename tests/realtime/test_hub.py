"""The hub's ordering rules: events that arrive late, early, twice or never still reach each
socket exactly once and in seq order, with the gaps filled from the store."""

from __future__ import annotations

import asyncio
import json
import uuid
from typing import Any, Literal

from kefu.core.bus import EventBus
from kefu.core.events import (
    AssistSuggested,
    ConversationChanged,
    FollowUpDue,
    MessageCreated,
    TicketAlert,
)
from kefu.realtime.hub import Hub, Subscription

TENANT, CONTACT, CONVERSATION = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()


def message(seq: int, *, private: bool = False) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "seq": seq,
        "conversation_id": str(CONVERSATION),
        "client_msg_id": f"c{seq}",
        "sender": {"type": "agent", "id": str(uuid.uuid4()), "name": "李娜"},
        "kind": "text",
        "body": f"message {seq}",
        "private": private,
        "attachment": None,
        "card": None,
        "created_at": "2026-11-23T08:00:00Z",
    }


class Store:
    """The committed messages, as the database would return them."""

    def __init__(self) -> None:
        self.messages: dict[int, dict[str, Any]] = {}
        self.gate: asyncio.Event | None = None  # when set, replays wait for it
        self.replaying = asyncio.Event()
        self.replays = 0

    def commit(self, seq: int, *, private: bool = False) -> MessageCreated:
        self.messages[seq] = message(seq, private=private)
        return MessageCreated(
            tenant_id=TENANT,
            conversation_id=CONVERSATION,
            contact_id=CONTACT,
            seq=seq,
            private=private,
            message=self.messages[seq],
        )

    async def replay(
        self, conversation_id: uuid.UUID, after: int, limit: int
    ) -> list[dict[str, Any]]:
        self.replays += 1
        self.replaying.set()
        if self.gate is not None:
            await self.gate.wait()
        return [self.messages[s] for s in sorted(self.messages) if s > after][:limit]


class Socket:
    def __init__(self, kind: Literal["visitor", "agent"]) -> None:
        self.kind = kind
        self.tenant_id = TENANT
        self.contact_id = CONTACT if kind == "visitor" else None
        self.user_id = None if kind == "visitor" else uuid.uuid4()
        self.sender_ref = "test"
        self.subscriptions: dict[uuid.UUID, Subscription] = {}
        self.sent: list[dict[str, Any]] = []

    def push(self, text: str) -> None:
        self.sent.append(json.loads(text))

    def close_soon(self, code: int) -> None: ...

    def sees_all(self) -> bool:
        return False

    def matches(self, event: Any) -> bool:
        return False

    async def recheck(self) -> None: ...

    @property
    def seqs(self) -> list[int]:
        return [f["message"]["seq"] for f in self.sent if f["type"] == "message"]


async def settle(hub: Hub) -> None:
    while hub._tasks:
        await asyncio.gather(*hub._tasks)


async def test_in_order_events_go_straight_out() -> None:
    store, bus = Store(), EventBus()
    hub = Hub(bus, store.replay)
    socket = Socket("agent")
    await hub.subscribe(socket, CONVERSATION, 0)
    await bus.publish([store.commit(1), store.commit(2)])
    assert socket.seqs == [1, 2]
    assert store.replays == 1  # the subscription's own, nothing since


async def test_early_late_and_duplicate_events() -> None:
    store, bus = Store(), EventBus()
    hub = Hub(bus, store.replay)
    socket = Socket("agent")
    await hub.subscribe(socket, CONVERSATION, 0)
    first, second, third = store.commit(1), store.commit(2), store.commit(3)
    await bus.publish([first, third])  # 3 before 2: a gap, filled from the store
    await settle(hub)
    await bus.publish([second, third])  # the late copy of 2, and 3 again
    await settle(hub)
    assert socket.seqs == [1, 2, 3]


async def test_a_missed_event_is_filled_by_the_next_one() -> None:
    store, bus = Store(), EventBus()
    hub = Hub(bus, store.replay)
    socket = Socket("agent")
    await hub.subscribe(socket, CONVERSATION, 0)
    store.commit(1)  # its event never arrives (a relay outage)
    store.commit(2)
    await bus.publish([store.commit(3)])
    await settle(hub)
    assert socket.seqs == [1, 2, 3]


async def test_events_during_a_replay_wait_their_turn() -> None:
    store, bus = Store(), EventBus()
    hub = Hub(bus, store.replay)
    for seq in range(1, 4):
        store.commit(seq)
    store.gate = asyncio.Event()
    socket = Socket("agent")
    subscribing = asyncio.create_task(hub.subscribe(socket, CONVERSATION, 1))
    await store.replaying.wait()
    await bus.publish([store.commit(4), store.commit(5)])  # live, while the replay runs
    assert socket.seqs == []
    store.gate.set()
    assert await subscribing == 5
    assert socket.seqs == [2, 3, 4, 5]


async def test_customers_skip_internal_notes_without_a_gap() -> None:
    store, bus = Store(), EventBus()
    hub = Hub(bus, store.replay)
    visitor, agent = Socket("visitor"), Socket("agent")
    await hub.subscribe(visitor, CONVERSATION, 0)
    await hub.subscribe(agent, CONVERSATION, 0)
    await bus.publish([store.commit(1), store.commit(2, private=True), store.commit(3)])
    assert agent.seqs == [1, 2, 3]
    assert visitor.seqs == [1, 3]
    assert store.replays == 2  # no catch-up for the note's "gap"
    assert all(f["message"]["sender"]["id"] is None for f in visitor.sent)


async def test_unsubscribed_sockets_hear_nothing() -> None:
    store, bus = Store(), EventBus()
    hub = Hub(bus, store.replay)
    socket = Socket("agent")
    await hub.subscribe(socket, CONVERSATION, 0)
    hub.unsubscribe(socket, CONVERSATION)
    await bus.publish([store.commit(1)])
    assert socket.sent == []


async def test_conversation_changes_reach_only_the_agents_concerned() -> None:
    store, bus = Store(), EventBus()
    hub = Hub(bus, store.replay)
    mine, other, watcher = Socket("agent"), Socket("agent"), Socket("agent")
    for socket in (mine, other, watcher):
        hub.register(socket)
    await hub.subscribe(watcher, CONVERSATION, 0)

    def changed(assignee: uuid.UUID | None, status: str, previous: uuid.UUID | None = None):
        conversation = {"id": str(CONVERSATION), "status": status,
                        "assignee_id": None if assignee is None else str(assignee)}  # fmt: skip
        return ConversationChanged(
            tenant_id=TENANT,
            conversation_id=CONVERSATION,
            contact_id=CONTACT,
            conversation=conversation,
            previous_assignee_id=previous,
        )

    await bus.publish([changed(None, "queued")])  # the queue: everyone
    assert [len(s.sent) for s in (mine, other, watcher)] == [1, 1, 1]
    await bus.publish([changed(mine.user_id, "open")])  # taken: its agent and its watcher
    assert [len(s.sent) for s in (mine, other, watcher)] == [2, 1, 2]
    await bus.publish([changed(other.user_id, "open", previous=mine.user_id)])  # moved
    assert [len(s.sent) for s in (mine, other, watcher)] == [3, 2, 3]


async def test_a_message_tells_the_agents_who_list_but_do_not_follow_its_conversation() -> None:
    store, bus = Store(), EventBus()
    hub = Hub(bus, store.replay)
    mine, other, follower = Socket("agent"), Socket("agent"), Socket("agent")
    for socket in (mine, other, follower):
        hub.register(socket)
    await hub.subscribe(follower, CONVERSATION, 0)

    def created(seq: int, status: str, assignee: uuid.UUID | None, *, private: bool = False):
        return store.commit(seq, private=private).model_copy(
            update={"status": status, "assignee_id": assignee, "preview": f"message {seq}"}
        )

    await bus.publish([created(1, "queued", None)])  # in the queue: every agent lists it
    assert [f["type"] for f in mine.sent] == [f["type"] for f in other.sent] == ["activity"]
    assert mine.sent[0] == {
        "type": "activity", "conversation_id": str(CONVERSATION), "last_seq": 1,
        "last_message_preview": "message 1", "last_activity_at": "2026-11-23T08:00:00Z",
        "sender": "agent",
    }  # fmt: skip
    assert [f["type"] for f in follower.sent] == ["message"]  # the message says it all
    await bus.publish([created(2, "open", mine.user_id)])  # assigned: only its agent
    await bus.publish([created(3, "open", mine.user_id, private=True)])  # a note: no line
    assert [f.get("last_seq") for f in mine.sent] == [1, 2]
    assert len(other.sent) == 1
    assert follower.seqs == [1, 2, 3]


async def test_assist_suggestions_reach_the_agents_following_never_the_customer() -> None:
    store, bus = Store(), EventBus()
    hub = Hub(bus, store.replay)
    agent, visitor, elsewhere = Socket("agent"), Socket("visitor"), Socket("agent")
    hub.register(agent)
    hub.register(visitor)
    hub.register(elsewhere)
    await hub.subscribe(agent, CONVERSATION, 0)
    await hub.subscribe(visitor, CONVERSATION, 0)
    suggestion = {
        "entry_id": str(uuid.uuid4()),
        "question": "怎么退款",
        "answer": "…",
        "score": 0.9,
    }
    await bus.publish(
        [
            AssistSuggested(
                tenant_id=TENANT, conversation_id=CONVERSATION, seq=4, suggestions=[suggestion]
            )
        ]
    )
    [frame] = [f for f in agent.sent if f["type"] == "assist"]
    assert frame == {
        "type": "assist",
        "conversation_id": str(CONVERSATION),
        "seq": 4,
        "suggestions": [suggestion],
    }
    assert not [f for f in visitor.sent + elsewhere.sent if f["type"] == "assist"]


class Manager(Socket):
    """An agent socket of someone who sees every conversation (a supervisor)."""

    def sees_all(self) -> bool:
        return True


async def test_sla_alerts_reach_the_people_named_and_supervisors_on_escalation() -> None:
    bus = EventBus()
    hub = Hub(bus, Store().replay)
    assignee, bystander, supervisor = Socket("agent"), Socket("agent"), Manager("agent")
    visitor = Socket("visitor")
    for socket in (assignee, bystander, supervisor, visitor):
        hub.register(socket)
    ticket_id = uuid.uuid4()

    def alert(kind: Literal["warning", "breach"], supervisors: bool) -> TicketAlert:
        assert assignee.user_id is not None
        return TicketAlert(
            tenant_id=TENANT,
            ticket_id=ticket_id,
            number=7,
            subject="快递三天没到",
            kind=kind,
            metrics=["resolution"],
            user_ids=[assignee.user_id],
            supervisors=supervisors,
            priority="high",
        )

    await bus.publish([alert("warning", False)])
    await bus.publish([alert("breach", True)])
    frames = [(f["type"], f["kind"]) for f in assignee.sent]
    assert frames == [("ticket_alert", "warning"), ("ticket_alert", "breach")]
    assert assignee.sent[1]["ticket_id"] == str(ticket_id)
    assert "user_ids" not in assignee.sent[1]
    assert [f["kind"] for f in supervisor.sent] == ["breach"]
    assert bystander.sent == visitor.sent == []


async def test_a_due_follow_up_reaches_its_assignee_only() -> None:
    bus = EventBus()
    hub = Hub(bus, Store().replay)
    mine, other = Socket("agent"), Manager("agent")
    for socket in (mine, other):
        hub.register(socket)
    assert mine.user_id is not None
    due = FollowUpDue(
        tenant_id=TENANT,
        follow_up_id=uuid.uuid4(),
        ticket_id=uuid.uuid4(),
        number=3,
        subject="回访",
        user_ids=[mine.user_id],
    )
    await bus.publish([due])
    assert [(f["type"], f["number"]) for f in mine.sent] == [("follow_up_due", 3)]
    assert other.sent == []

"""The sockets of this node, and the live events fanned out to them.

Every node receives every committed event (in-process, or relayed by Redis) and pushes it to
its own sockets. Events can arrive late or out of order across nodes, and a node can miss
some while its relay reconnects, so each subscription keeps the highest ``seq`` it has
delivered: the next one in line goes out at once, an older one is dropped, and a gap sends
the subscription back to the database for what is missing. That is what makes delivery
exactly once and in order per socket, whichever node accepted a message.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from kefu.conversations.models import ACTIVE_STATUSES
from kefu.conversations.schemas import VISITOR_CONVERSATION_FIELDS
from kefu.core.bus import EventBus
from kefu.core.events import (
    AgentStateChanged,
    ApiKeyRevoked,
    AssistSuggested,
    ConversationChanged,
    ConversationRead,
    FollowUpDue,
    MessageCreated,
    QueueChanged,
    SessionRevoked,
    TenantChanged,
    TicketAlert,
    Typing,
    UserChanged,
)

log = logging.getLogger("kefu.realtime")

REPLAY_BATCH = 200
_MAX_CATCH_UP_ROUNDS = 20

# (conversation id, after seq, limit) -> public messages with seq > after, in order.
Replay = Callable[[uuid.UUID, int, int], Awaitable[list[dict[str, Any]]]]


class Socket(Protocol):
    """What the hub needs of a connection (the gateway's ``Connection``)."""

    kind: Literal["visitor", "agent"]
    tenant_id: uuid.UUID
    contact_id: uuid.UUID | None
    user_id: uuid.UUID | None
    sender_ref: str
    subscriptions: dict[uuid.UUID, Subscription]

    def push(self, text: str) -> None: ...

    def close_soon(self, code: int) -> None: ...

    def sees_all(self) -> bool: ...

    def matches(self, event: Any) -> bool: ...

    async def recheck(self) -> None: ...


@dataclass(slots=True, eq=False)
class Subscription:
    conversation_id: uuid.UUID
    delivered: int  # the highest seq this socket has been given (or skipped, if private)
    live: bool = False
    pending: list[tuple[int, str | None]] = field(default_factory=list)
    catch_up: asyncio.Task[None] | None = None


def dumps(frame: dict[str, Any]) -> str:
    return json.dumps(frame, ensure_ascii=False, separators=(",", ":"))


def visitor_message(message: dict[str, Any]) -> dict[str, Any] | None:
    """A message as the customer sees it: no internal notes, no staff ids."""
    if message["private"]:
        return None
    sender = message["sender"]
    if sender["type"] != "customer" and sender.get("id") is not None:
        message = {**message, "sender": {**sender, "id": None}}
    return message


class _Rendered:
    """A message's frame, serialised at most once per audience, however many sockets."""

    def __init__(self, conversation_id: uuid.UUID, message: dict[str, Any]) -> None:
        self._conversation_id = str(conversation_id)
        self._message = message
        self._agent: str | None = None
        self._visitor: str | None = None
        self._visitor_done = False

    def for_socket(self, socket: Socket) -> str | None:
        if socket.kind == "agent":
            return self._for_agents()
        if not self._visitor_done:
            seen = visitor_message(self._message)
            if seen is self._message:  # nothing to hide from customers: the agents' frame
                self._visitor = self._for_agents()
            else:
                self._visitor = None if seen is None else self._frame(seen)
            self._visitor_done = True
        return self._visitor

    def _for_agents(self) -> str:
        if self._agent is None:
            self._agent = self._frame(self._message)
        return self._agent

    def _frame(self, message: dict[str, Any]) -> str:
        return dumps(
            {"type": "message", "conversation_id": self._conversation_id, "message": message}
        )


class Hub:
    def __init__(self, bus: EventBus, replay: Replay) -> None:
        self._replay = replay
        self._watchers: dict[uuid.UUID, set[Socket]] = defaultdict(set)
        self._visitors: dict[uuid.UUID, set[Socket]] = defaultdict(set)
        self._agents: dict[uuid.UUID, set[Socket]] = defaultdict(set)  # by tenant
        self._users: dict[uuid.UUID, set[Socket]] = defaultdict(set)  # agents' by user
        self._managers: dict[uuid.UUID, set[Socket]] = defaultdict(set)  # who sees all
        self._tasks: set[asyncio.Task[None]] = set()
        self.on_agents_changed: Callable[[uuid.UUID, uuid.UUID, bool], None] | None = None
        bus.subscribe(MessageCreated, self._on_message)
        bus.subscribe(ConversationChanged, self._on_conversation)
        bus.subscribe(ConversationRead, self._on_read)
        bus.subscribe(Typing, self._on_typing)
        bus.subscribe(QueueChanged, self._on_queue)
        bus.subscribe(AgentStateChanged, self._on_agent_state)
        bus.subscribe(AssistSuggested, self._on_assist)
        bus.subscribe(TicketAlert, self._on_ticket_alert)
        bus.subscribe(FollowUpDue, self._on_follow_up_due)
        for event_type in (SessionRevoked, UserChanged, TenantChanged, ApiKeyRevoked):
            bus.subscribe(event_type, self._on_credentials_changed)

    # --- sockets ----------------------------------------------------------------------------

    def register(self, socket: Socket) -> None:
        if socket.kind == "visitor":
            assert socket.contact_id is not None
            self._visitors[socket.contact_id].add(socket)
        else:
            self._agents[socket.tenant_id].add(socket)
            if socket.sees_all():
                self._managers[socket.tenant_id].add(socket)
            if socket.user_id is not None:
                self._users[socket.user_id].add(socket)
                if self.on_agents_changed is not None:
                    self.on_agents_changed(socket.tenant_id, socket.user_id, True)

    def unregister(self, socket: Socket) -> None:
        for conversation_id in list(socket.subscriptions):
            self.unsubscribe(socket, conversation_id)
        if socket.kind == "visitor":
            assert socket.contact_id is not None
            _discard(self._visitors, socket.contact_id, socket)
        else:
            _discard(self._agents, socket.tenant_id, socket)
            _discard(self._managers, socket.tenant_id, socket)
            if socket.user_id is not None:
                _discard(self._users, socket.user_id, socket)
                if socket.user_id not in self._users and self.on_agents_changed is not None:
                    self.on_agents_changed(socket.tenant_id, socket.user_id, False)

    def has_agents(self, tenant_id: uuid.UUID) -> bool:
        return bool(self._agents.get(tenant_id))

    def agent_users(self, tenant_id: uuid.UUID) -> set[uuid.UUID]:
        """The signed-in users with a socket on this node."""
        return {s.user_id for s in self._agents.get(tenant_id, ()) if s.user_id is not None}

    @property
    def sockets(self) -> list[Socket]:
        every: list[Socket] = [s for group in self._visitors.values() for s in group]
        return every + [s for group in self._agents.values() for s in group]

    # --- subscriptions ----------------------------------------------------------------------

    async def subscribe(self, socket: Socket, conversation_id: uuid.UUID, after_seq: int) -> int:
        """Replay what ``socket`` missed after ``after_seq``, then go live; the last seq.

        The caller has checked that the socket may see the conversation.
        """
        self.unsubscribe(socket, conversation_id)
        subscription = Subscription(conversation_id, after_seq)
        socket.subscriptions[conversation_id] = subscription
        self._watchers[conversation_id].add(socket)  # live events queue up from here
        await self._catch_up(socket, subscription)
        return subscription.delivered

    def unsubscribe(self, socket: Socket, conversation_id: uuid.UUID) -> None:
        subscription = socket.subscriptions.pop(conversation_id, None)
        if subscription is None:
            return
        if subscription.catch_up is not None:
            subscription.catch_up.cancel()
        _discard(self._watchers, conversation_id, socket)

    def _offer(
        self, socket: Socket, subscription: Subscription, seq: int, text: str | None
    ) -> None:
        if not subscription.live:
            subscription.pending.append((seq, text))
        elif seq <= subscription.delivered:
            return  # already delivered (by a replay, or by another node's late copy)
        elif seq == subscription.delivered + 1:
            if text is not None:
                socket.push(text)
            subscription.delivered = seq
        else:  # a gap: fetch what is missing, holding back what came after it
            subscription.live = False
            subscription.pending.append((seq, text))
            task = asyncio.create_task(self._catch_up(socket, subscription))
            subscription.catch_up = task
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _catch_up(self, socket: Socket, subscription: Subscription) -> None:
        """From the database, everything after ``delivered``; then the held-back events."""
        for _ in range(_MAX_CATCH_UP_ROUNDS):
            while True:
                rows = await self._replay(
                    subscription.conversation_id, subscription.delivered, REPLAY_BATCH
                )
                if socket.subscriptions.get(subscription.conversation_id) is not subscription:
                    return  # unsubscribed or resubscribed meanwhile
                for message in rows:
                    seq = message["seq"]
                    if seq > subscription.delivered:
                        text = _Rendered(subscription.conversation_id, message).for_socket(socket)
                        if text is not None:
                            socket.push(text)
                        subscription.delivered = seq
                if len(rows) < REPLAY_BATCH:
                    break
            # No await from here on: what arrived meanwhile is in ``pending`` and goes out
            # in order before the subscription turns live.
            if self._drain(socket, subscription, accept_gaps=False):
                return
        log.warning("conversation %s: a gap did not fill; delivering in order", subscription)
        self._drain(socket, subscription, accept_gaps=True)

    @staticmethod
    def _drain(socket: Socket, subscription: Subscription, *, accept_gaps: bool) -> bool:
        held = sorted(subscription.pending, key=lambda item: item[0])
        subscription.pending = []
        for index, (seq, text) in enumerate(held):
            if seq <= subscription.delivered:
                continue
            if seq != subscription.delivered + 1 and not accept_gaps:
                subscription.pending = held[index:]
                return False
            if text is not None:
                socket.push(text)
            subscription.delivered = seq
        subscription.live = True
        subscription.catch_up = None
        return True

    # --- events -----------------------------------------------------------------------------

    async def _on_message(self, event: MessageCreated) -> None:
        watchers = self._watchers.get(event.conversation_id, set())
        if watchers:
            rendered = _Rendered(event.conversation_id, event.message)
            for socket in list(watchers):
                subscription = socket.subscriptions.get(event.conversation_id)
                if subscription is not None:
                    self._offer(socket, subscription, event.seq, rendered.for_socket(socket))
        if event.private or event.status is None:
            return
        # Agents who list the conversation without following it learn that it moved on;
        # its followers read the same from the message itself.
        listing = self._listing(event.tenant_id, event.status, event.assignee_id, None) - watchers
        if listing:
            text = dumps(
                {
                    "type": "activity",
                    "conversation_id": str(event.conversation_id),
                    "last_seq": event.seq,
                    "last_message_preview": event.preview,
                    "last_activity_at": event.message["created_at"],
                    "sender": event.message["sender"]["type"],
                }
            )
            for socket in listing:
                socket.push(text)

    async def _on_conversation(self, event: ConversationChanged) -> None:
        conversation = event.conversation
        visitors = self._visitors.get(event.contact_id)
        if visitors:
            seen = {k: v for k, v in conversation.items() if k in VISITOR_CONVERSATION_FIELDS}
            text = dumps({"type": "conversation", "conversation": seen})
            for socket in visitors:
                socket.push(text)
        assignee = conversation.get("assignee_id")
        targets = self._listing(
            event.tenant_id,
            str(conversation.get("status")),
            None if assignee is None else uuid.UUID(str(assignee)),
            event.previous_assignee_id,
        )
        targets |= {s for s in self._watchers.get(event.conversation_id, ()) if s.kind == "agent"}
        if targets:
            full = dumps({"type": "conversation", "conversation": conversation})
            for socket in targets:
                socket.push(full)

    def _listing(
        self,
        tenant_id: uuid.UUID,
        status: str,
        assignee: uuid.UUID | None,
        previous_assignee: uuid.UUID | None,
    ) -> set[Socket]:
        """The agents' sockets whose conversation lists hold this conversation: every agent
        while it waits in the queue; else its assignee, whoever just lost it, and those who
        see all. An index lookup each, however many agents are connected."""
        agents = self._agents.get(tenant_id)
        if not agents:
            return set()
        if assignee is None and status in ACTIVE_STATUSES:
            return set(agents)
        targets = set(self._managers.get(tenant_id, ()))
        for user_id in (assignee, previous_assignee):
            if user_id is not None:
                targets |= self._users.get(user_id, set())
        return targets

    async def _on_read(self, event: ConversationRead) -> None:
        text = dumps(
            {
                "type": "read",
                "conversation_id": str(event.conversation_id),
                "by": event.by,
                "seq": event.seq,
            }
        )
        for socket in self._watchers.get(event.conversation_id, ()):
            socket.push(text)

    async def _on_queue(self, event: QueueChanged) -> None:
        """A waiting customer's place and expected wait (position None: no longer queued)."""
        text = dumps(
            {
                "type": "queue",
                "conversation_id": str(event.conversation_id),
                "position": event.position,
                "expected_wait": event.expected_wait,
            }
        )
        for socket in self._visitors.get(event.contact_id, ()):
            if socket.tenant_id == event.tenant_id:
                socket.push(text)

    async def _on_agent_state(self, event: AgentStateChanged) -> None:
        """An agent's state and load, to the agent and to whoever sees every conversation."""
        text = dumps({"type": "agent_state", **event.model_dump(mode="json")})
        sockets = self._users.get(event.user_id, set()) | self._managers.get(event.tenant_id, set())
        for socket in sockets:
            socket.push(text)

    async def _on_assist(self, event: AssistSuggested) -> None:
        """Suggested answers, to the agents following the conversation (never customers)."""
        text = dumps(
            {
                "type": "assist",
                "conversation_id": str(event.conversation_id),
                "seq": event.seq,
                "suggestions": event.suggestions,
            }
        )
        for socket in self._watchers.get(event.conversation_id, ()):
            if socket.kind == "agent":
                socket.push(text)

    async def _on_ticket_alert(self, event: TicketAlert) -> None:
        """An SLA warning or breach, to the people it names and, on escalation, to those who
        see every conversation (supervisors)."""
        frame = event.model_dump(mode="json", exclude={"user_ids", "supervisors", "tenant_id"})
        text = dumps({"type": "ticket_alert", **frame})
        sockets: set[Socket] = set()
        for user_id in event.user_ids:
            sockets |= self._users.get(user_id, set())
        if event.supervisors:
            sockets |= self._managers.get(event.tenant_id, set())
        for socket in sockets:
            if socket.tenant_id == event.tenant_id:
                socket.push(text)

    async def _on_follow_up_due(self, event: FollowUpDue) -> None:
        frame = event.model_dump(mode="json", exclude={"user_ids", "tenant_id"})
        text = dumps({"type": "follow_up_due", **frame})
        for user_id in event.user_ids:
            for socket in self._users.get(user_id, ()):
                if socket.tenant_id == event.tenant_id:
                    socket.push(text)

    async def _on_typing(self, event: Typing) -> None:
        sender = {k: v for k, v in event.sender.items() if k in ("type", "name")}
        text = dumps(
            {
                "type": "typing",
                "conversation_id": str(event.conversation_id),
                "from": sender,
                "on": event.on,
            }
        )
        for socket in self._watchers.get(event.conversation_id, ()):
            if socket.sender_ref != event.sender.get("ref"):
                socket.push(text)

    async def _on_credentials_changed(self, event: Any) -> None:
        """A revoked session, a changed user, tenant or key: check those sockets again."""
        for socket in list(self._agents.get(event.tenant_id, ())):
            if socket.matches(event):
                task = asyncio.create_task(socket.recheck())
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)

    async def close(self) -> None:
        """Tell every socket the server is going away (1001): clients resume elsewhere."""
        for socket in self.sockets:
            socket.close_soon(1001)
        for task in list(self._tasks):
            task.cancel()


def _discard(index: dict[uuid.UUID, set[Socket]], key: uuid.UUID, socket: Socket) -> None:
    group = index.get(key)
    if group is not None:
        group.discard(socket)
        if not group:
            del index[key]

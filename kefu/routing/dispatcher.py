"""Routing work off the request path: routing requested conversations, giving queued ones
to agents who have room, and the periodic tick (overflow, wrap-up ends, queue positions,
routings a stopped node left undone).

Each node reacts to what it committed itself; the tick covers what any node missed, so a
crash between a commit and its routing delays a conversation by a tick, never loses it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from datetime import datetime

from kefu.core.background import BackgroundLoop
from kefu.core.bus import EventBus
from kefu.core.clock import utcnow
from kefu.core.events import AgentStateChanged, ConversationChanged, RoutingRequested
from kefu.db.session import Database
from kefu.realtime.presence import Presence
from kefu.routing.service import Routing

log = logging.getLogger("kefu.routing")

_MAX_ROUNDS = 50  # dispatch rounds per tenant and wake-up; the next tick goes on
_SWEEP_EVERY = 5  # ticks between looks for missed routings and stale positions


class Dispatcher(BackgroundLoop):
    task_name = "kefu-routing"

    def __init__(
        self,
        db: Database,
        routing: Routing,
        bus: EventBus,
        presence: Presence,
        tick_seconds: float,
    ) -> None:
        self._db = db
        self._routing = routing
        self._presence = presence
        self._absent: dict[uuid.UUID, datetime] = {}  # signed-in agents without a socket
        self._tick = tick_seconds
        self._requests: dict[uuid.UUID, uuid.UUID] = {}  # conversation -> tenant
        self._dirty: set[uuid.UUID] = set()  # tenants whose queue may move
        # Tenants whose waiting customers' places may have changed: recounted once a tick,
        # however often their queue moved in between.
        self._recount: set[uuid.UUID] = set()
        self._wake = asyncio.Event()
        self._busy = asyncio.Lock()  # one pass at a time: ``settle`` waits for it
        self._ticks = 0
        bus.subscribe(RoutingRequested, self._on_request, relayed=False)
        bus.subscribe(ConversationChanged, self._on_conversation, relayed=False)
        bus.subscribe(AgentStateChanged, self._on_agent, relayed=False)

    async def _on_request(self, event: RoutingRequested) -> None:
        self._requests[event.conversation_id] = event.tenant_id
        self._wake.set()

    async def _on_conversation(self, event: ConversationChanged) -> None:
        if event.conversation.get("status") == "queued":
            self._dirty.add(event.tenant_id)
            self._wake.set()

    async def _on_agent(self, event: AgentStateChanged) -> None:
        if event.status == "online" and event.active < event.max_concurrent:
            self._dirty.add(event.tenant_id)
            self._wake.set()

    async def _run(self) -> None:
        deadline = asyncio.get_running_loop().time() + self._tick
        while True:
            timeout = max(0.0, deadline - asyncio.get_running_loop().time())
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(timeout):
                    await self._wake.wait()
            self._wake.clear()
            try:
                async with self._busy:
                    if asyncio.get_running_loop().time() >= deadline:
                        deadline = asyncio.get_running_loop().time() + self._tick
                        await self.tick()
                    await self.work()
            except Exception:  # the next tick tries again
                log.exception("routing work failed")

    async def settle(self) -> None:
        """Return once everything requested so far is done, places included (tests)."""
        async with self._busy:
            while self._requests or self._dirty:
                await self.work()
            await self.recount()

    async def work(self) -> None:
        """Route what was requested, then move the queues of tenants that may have changed."""
        requests, self._requests = self._requests, {}
        for conversation_id, tenant_id in requests.items():
            try:
                async with self._db.transaction() as session:
                    await self._routing.route(session, conversation_id)
            except Exception:
                log.exception("routing a conversation failed", extra={"tenant": str(tenant_id)})
            self._dirty.add(tenant_id)
        dirty, self._dirty = self._dirty, set()
        for tenant_id in dirty:
            await self.dispatch(tenant_id)

    async def dispatch(self, tenant_id: uuid.UUID) -> int:
        """Assign until nobody waiting can be given to anybody free."""
        assigned = 0
        self._recount.add(tenant_id)
        try:
            for _ in range(_MAX_ROUNDS):
                async with self._db.transaction() as session:
                    count = await self._routing.dispatch_round(session, tenant_id)
                assigned += count
                if count == 0:
                    break
        except Exception:
            log.exception("dispatching a queue failed", extra={"tenant": str(tenant_id)})
            self._dirty.add(tenant_id)
        return assigned

    async def recount(self) -> None:
        """Tell waiting customers their new places and expected waits."""
        due, self._recount = self._recount, set()
        for tenant_id in due:
            try:
                async with self._db.transaction() as session:
                    await self._routing.positions(session, tenant_id)
            except Exception:
                log.exception("counting queue places failed", extra={"tenant": str(tenant_id)})
                self._recount.add(tenant_id)

    async def tick(self) -> None:
        now = utcnow()
        self._ticks += 1
        async with self._db.transaction() as session:
            await self._routing.agents.end_wrap_ups(session, now)
            tenants = await self._routing.busy_tenants(session)
            overflowed = {t for t in tenants if await self._routing.overflow(session, t, now)}
        self._dirty |= overflowed
        await self.recount()
        if self._ticks % _SWEEP_EVERY == 0:
            await self.sign_out_absent(now)
            self._dirty |= set(tenants)
            async with self._db.read() as session:
                for tenant_id, conversation_id in await self._routing.unrouted(session):
                    self._requests[conversation_id] = tenant_id

    async def sign_out_absent(self, now: datetime) -> int:
        """Sign out agents whose consoles have been gone for the tenant's
        ``sign_out_after_seconds``: nobody is given conversations after closing the
        browser. Every node may find the same agents; signing out twice changes nothing."""
        gone: list[uuid.UUID] = []
        async with self._db.read() as session:
            signed_in = await self._routing.agents.signed_in(session)
            still = {u for users in signed_in.values() for u in users}
            for user_id in set(self._absent) - still:
                del self._absent[user_id]
            for tenant_id, users in signed_in.items():
                connected = await self._presence.connected(tenant_id)
                if connected is None:
                    continue
                limit = (
                    await self._routing.config.current_policy(session, tenant_id)
                ).sign_out_after_seconds
                for user_id in users:
                    if user_id in connected:
                        self._absent.pop(user_id, None)
                        continue
                    since = self._absent.setdefault(user_id, now)
                    if limit and (now - since).total_seconds() >= limit:
                        gone.append(user_id)
        if not gone:
            return 0
        async with self._db.transaction() as session:
            count = await self._routing.agents.sign_out(session, gone)
        for user_id in gone:
            self._absent.pop(user_id, None)
        return count

"""Which agents are connected: on this node, and with Redis on every node.

Each node keeps its connected agents in a Redis sorted set per tenant, scored by when the
entry expires, and refreshes them on a timer: a node that dies stops refreshing, and its
agents drop out within ``TTL_SECONDS`` without anyone cleaning up after it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
import uuid
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import RedisError

from kefu.realtime.hub import Hub

log = logging.getLogger("kefu.realtime")

TTL_SECONDS = 60
REFRESH_SECONDS = 20


def _key(tenant_id: uuid.UUID) -> str:
    return f"kefu:presence:{tenant_id}"


class Presence:
    def __init__(self, hub: Hub, redis_url: str = "") -> None:
        self._hub = hub
        self._redis: Any = Redis.from_url(redis_url) if redis_url else None
        self._node = f"{os.uname().nodename}-{os.getpid()}-{id(self):x}"
        self._refresher: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        hub.on_agents_changed = self._changed

    async def available(self, tenant_id: uuid.UUID) -> bool:
        """Is any agent of the tenant connected anywhere?"""
        if self._hub.has_agents(tenant_id):
            return True
        if self._redis is None:
            return False
        try:
            return bool(await self._redis.zcount(_key(tenant_id), time.time(), "+inf"))
        except (RedisError, OSError):
            log.warning("presence: Redis unavailable; answering from this node only")
            return False

    async def connected(self, tenant_id: uuid.UUID) -> set[uuid.UUID] | None:
        """The tenant's users with a socket on any node; None when that cannot be known
        (Redis away): then nobody should be taken for gone."""
        users = self._hub.agent_users(tenant_id)
        if self._redis is None:
            return users
        try:
            members = await self._redis.zrangebyscore(_key(tenant_id), time.time(), "+inf")
        except (RedisError, OSError):
            log.warning("presence: Redis unavailable; nobody is signed out meanwhile")
            return None
        for member in members:
            text = member.decode() if isinstance(member, bytes) else str(member)
            with contextlib.suppress(ValueError):
                users.add(uuid.UUID(text.rsplit(":", 1)[-1]))
        return users

    def start(self) -> None:
        if self._redis is not None:
            self._refresher = asyncio.create_task(self._refresh(), name="kefu-presence")

    def _member(self, user_id: uuid.UUID) -> str:
        return f"{self._node}:{user_id}"

    def _changed(self, tenant_id: uuid.UUID, user_id: uuid.UUID, online: bool) -> None:
        if self._redis is None:
            return
        key, member = _key(tenant_id), self._member(user_id)
        if online:
            work = self._redis.zadd(key, {member: time.time() + TTL_SECONDS})
        else:
            work = self._redis.zrem(key, member)
        task = asyncio.create_task(self._quietly(work))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @staticmethod
    async def _quietly(work: Any) -> None:
        try:
            await work
        except (RedisError, OSError):
            log.warning("presence: Redis unavailable; the next refresh catches up")

    async def _refresh(self) -> None:
        while True:
            await asyncio.sleep(REFRESH_SECONDS)
            now = time.time()
            try:
                async with self._redis.pipeline(transaction=False) as pipe:
                    for socket in self._hub.sockets:
                        if socket.kind == "agent" and socket.user_id is not None:
                            key = _key(socket.tenant_id)
                            pipe.zadd(key, {self._member(socket.user_id): now + TTL_SECONDS})
                            pipe.zremrangebyscore(key, "-inf", now)
                    await pipe.execute()
            except (RedisError, OSError):
                log.warning("presence: refresh failed; retrying")

    async def close(self) -> None:
        for task in [self._refresher, *self._tasks]:
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        if self._redis is not None:
            await self._redis.aclose()

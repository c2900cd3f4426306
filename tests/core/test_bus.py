"""Events are published after commit only, and reach the other processes through Redis."""

from __future__ import annotations

import asyncio
import uuid

import pytest

from kefu.core.bus import CHANNEL, EventBus, stage
from kefu.core.events import TenantChanged, UserChanged
from kefu.services import Services


async def test_events_are_published_after_commit_and_never_after_rollback(
    services: Services,
) -> None:
    seen: list[uuid.UUID] = []

    async def handler(event: UserChanged) -> None:
        seen.append(event.user_id)

    services.bus.subscribe(UserChanged, handler)
    committed, rolled_back = uuid.uuid4(), uuid.uuid4()
    async with services.db.transaction() as session:
        stage(session, UserChanged(tenant_id=uuid.uuid4(), user_id=committed))
        assert seen == []  # not before the commit
    assert seen == [committed]

    async def failing_change() -> None:
        async with services.db.transaction() as session:
            stage(session, UserChanged(tenant_id=uuid.uuid4(), user_id=rolled_back))
            raise RuntimeError("the change fails")

    with pytest.raises(RuntimeError):
        await failing_change()
    assert seen == [committed]


async def test_a_failing_subscriber_does_not_starve_the_others() -> None:
    bus = EventBus()
    seen: list[str] = []

    async def broken(event: TenantChanged) -> None:
        raise ValueError("broken listener")

    async def working(event: TenantChanged) -> None:
        seen.append("ok")

    bus.subscribe(TenantChanged, broken)
    bus.subscribe(TenantChanged, working)
    await bus.publish([TenantChanged(tenant_id=uuid.uuid4())])
    assert seen == ["ok"]


async def test_redis_relays_events_to_other_processes_once(redis_url: str) -> None:
    node_a, node_b = EventBus(), EventBus()
    await node_a.connect_redis(redis_url)
    await node_b.connect_redis(redis_url)
    try:
        received: dict[str, list[uuid.UUID]] = {"a": [], "b": []}
        arrived = asyncio.Event()

        async def on_a(event: UserChanged) -> None:
            received["a"].append(event.user_id)

        async def on_b(event: UserChanged) -> None:
            received["b"].append(event.user_id)
            arrived.set()

        node_a.subscribe(UserChanged, on_a)
        node_b.subscribe(UserChanged, on_b)
        user_id = uuid.uuid4()
        await node_a.publish([UserChanged(tenant_id=uuid.uuid4(), user_id=user_id)])
        await asyncio.wait_for(arrived.wait(), timeout=5)
        assert received == {"a": [user_id], "b": [user_id]}
        assert await node_a.ping() == "ok"
    finally:
        await node_a.close()
        await node_b.close()


async def _subscribers(redis_url: str) -> int:
    from redis.asyncio import Redis

    async with Redis.from_url(redis_url) as redis:
        counts = await redis.pubsub_numsub(CHANNEL)
    return int(counts[0][1])


async def test_the_relay_resubscribes_after_losing_redis(redis_url: str) -> None:
    from redis.asyncio import Redis

    node_a, node_b = EventBus(), EventBus()
    await node_a.connect_redis(redis_url)
    await node_b.connect_redis(redis_url)
    try:
        async with Redis.from_url(redis_url) as admin:
            await admin.client_kill_filter(_type="pubsub")
        # Wait, bounded in time, until both relays have had Redis confirm a resubscription.
        async with asyncio.timeout(10):
            while min(node_a.relay_subscriptions, node_b.relay_subscriptions) < 2:  # noqa: ASYNC110
                await asyncio.sleep(0.02)
        assert await _subscribers(redis_url) == 2
        arrived = asyncio.Event()

        async def on_b(event: TenantChanged) -> None:
            arrived.set()

        node_b.subscribe(TenantChanged, on_b)
        await node_a.publish([TenantChanged(tenant_id=uuid.uuid4())])
        await asyncio.wait_for(arrived.wait(), timeout=5)
    finally:
        await node_a.close()
        await node_b.close()


async def test_a_relay_failure_never_fails_a_committed_change(
    redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from redis.exceptions import ConnectionError as RedisConnectionError

    bus = EventBus()
    await bus.connect_redis(redis_url)
    try:

        async def unreachable(*args: object) -> None:
            raise RedisConnectionError("Redis went away")

        monkeypatch.setattr(bus._redis, "publish", unreachable)
        seen: list[uuid.UUID] = []

        async def handler(event: TenantChanged) -> None:
            seen.append(event.tenant_id)

        bus.subscribe(TenantChanged, handler)
        events = [TenantChanged(tenant_id=uuid.uuid4()) for _ in range(2)]
        await bus.publish(events)  # does not raise
        assert seen == [e.tenant_id for e in events]
    finally:
        await bus.close()

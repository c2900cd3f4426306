"""The outbox's in-memory list of each tenant's webhooks: read once, read again after a
change on this node or another, and after its lifetime at the latest."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
from sqlalchemy import event, func, select, update

from kefu.channels.api.models import Webhook, WebhookDelivery
from kefu.channels.api.subscriptions import WebhookSubscriptions
from kefu.conversations.participants import Sender
from kefu.conversations.schemas import MessageIn
from kefu.core.bus import EventBus
from kefu.core.events import WebhookChanged
from kefu.services import Services
from tests.world import World, start_conversation

TARGET = "https://hooks.example.com/kefu"


class Reads:
    """Counts the outbox's reads of a tenant's webhooks."""

    def __init__(self, services: Services) -> None:
        self.count = 0
        self._engine = services.db.engine.sync_engine
        event.listen(self._engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.startswith("SELECT webhooks.id, webhooks.tenant_id, webhooks.events"):
            self.count += 1

    def close(self) -> None:
        event.remove(self._engine, "before_cursor_execute", self._seen)


async def deliveries(services: Services) -> int:
    async with services.db.read() as session:
        return int(await session.scalar(select(func.count()).select_from(WebhookDelivery)) or 0)


async def say(services: Services, contact: uuid.UUID, conversation: uuid.UUID) -> None:
    async with services.db.transaction() as session:
        draft = MessageIn(client_msg_id=uuid.uuid4().hex, body="在吗？")
        await services.conversations.send(session, conversation, Sender.customer(contact), draft)


async def test_the_outbox_reads_a_tenants_webhooks_once_until_they_change(
    services: Services, world: World, client: httpx.AsyncClient
) -> None:
    admin = world.actors["tenant_admin"].headers
    async with services.db.transaction() as session:
        contact, conversation = await start_conversation(services, session, world)
    created = await client.post(
        "/api/v1/webhooks", json={"url": TARGET, "events": ["message.created"]}, headers=admin
    )
    assert created.status_code == 201, created.text
    reads = Reads(services)
    try:
        for _ in range(3):
            await say(services, contact, conversation)
        assert (reads.count, await deliveries(services)) == (1, 3)

        webhook_id = created.json()["id"]
        disabled = await client.patch(
            f"/api/v1/webhooks/{webhook_id}", json={"enabled": False}, headers=admin
        )
        assert disabled.status_code == 200, disabled.text
        await say(services, contact, conversation)
        assert (reads.count, await deliveries(services)) == (2, 3)  # read again, none wanted
    finally:
        reads.close()


async def test_a_change_announced_by_another_node_is_seen_at_once(
    services: Services, world: World
) -> None:
    # Another node creates a webhook, then disables it; the relay brings each event.
    webhook = Webhook(tenant_id=world.tenant_id, url=TARGET, secret="s", events=["message.created"])
    async with services.db.transaction() as session:
        session.add(webhook)
    await services.bus.publish([WebhookChanged(tenant_id=world.tenant_id, webhook_id=webhook.id)])
    async with services.db.transaction() as session:
        contact, conversation = await start_conversation(services, session, world)
    assert await deliveries(services) == 1
    async with services.db.transaction() as session:
        await session.execute(update(Webhook).values(enabled=False))
    await services.bus.publish([WebhookChanged(tenant_id=world.tenant_id, webhook_id=webhook.id)])
    await say(services, contact, conversation)
    assert await deliveries(services) == 1


async def test_a_missed_change_is_seen_after_the_lifetime(services: Services, world: World) -> None:
    now = [0.0]
    subscriptions = WebhookSubscriptions(EventBus(), ttl=10.0, clock=lambda: now[0])
    async with services.db.transaction() as session:
        session.add(
            Webhook(tenant_id=world.tenant_id, url=TARGET, secret="s", events=["message.created"])
        )
    async with services.db.read() as session:
        assert len(await subscriptions.of(session, {world.tenant_id})) == 1
    async with services.db.transaction() as session:
        await session.execute(update(Webhook).values(enabled=False))  # its event never came
    now[0] = 9.9
    async with services.db.read() as session:
        assert len(await subscriptions.of(session, {world.tenant_id})) == 1
    now[0] = 10.0
    async with services.db.read() as session:
        assert await subscriptions.of(session, {world.tenant_id}) == []

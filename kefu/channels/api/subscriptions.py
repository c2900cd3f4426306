"""Which webhooks each tenant has, kept in memory for the outbox.

The outbox runs in every transaction that stages an event; reading the tenant's webhooks
from the database each time was most of its cost. A tenant's list is read once, forgotten
when one of its webhooks changes (``webhook.changed``, relayed to every node), and read
again after ``TTL_SECONDS`` at the latest, in case a node missed that event while its relay
reconnected.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.channels.api.models import Webhook
from kefu.core.bus import EventBus
from kefu.core.events import WebhookChanged

TTL_SECONDS = 10.0


@dataclass(frozen=True, slots=True)
class Subscription:
    """An enabled webhook: the events it wants and, if any, the only channels it wants."""

    webhook_id: uuid.UUID
    tenant_id: uuid.UUID
    events: frozenset[str]
    channels: frozenset[str]

    def wants(self, event: str, channel: str) -> bool:
        return event in self.events and (not self.channels or channel in self.channels)


class WebhookSubscriptions:
    def __init__(
        self,
        bus: EventBus,
        ttl: float = TTL_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._ttl = ttl
        self._clock = clock
        self._tenants: dict[uuid.UUID, tuple[float, tuple[Subscription, ...]]] = {}
        # Bumped by every change: a list read while one was announced is used once, never
        # kept, as it may predate the change.
        self._generation = 0
        bus.subscribe(WebhookChanged, self._on_changed)

    async def of(self, session: AsyncSession, tenants: Collection[uuid.UUID]) -> list[Subscription]:
        """The enabled webhooks of ``tenants``, from memory or, for the others, ``session``."""
        now = self._clock()
        known: dict[uuid.UUID, tuple[Subscription, ...]] = {}
        for tenant in tenants:
            entry = self._tenants.get(tenant)
            if entry is not None and entry[0] > now:
                known[tenant] = entry[1]
        missing = [t for t in tenants if t not in known]
        if missing:
            generation = self._generation
            read: dict[uuid.UUID, list[Subscription]] = {t: [] for t in missing}
            rows = await session.execute(
                select(Webhook.id, Webhook.tenant_id, Webhook.events, Webhook.channels).where(
                    Webhook.tenant_id.in_(missing), Webhook.enabled.is_(True)
                )
            )
            for webhook_id, tenant_id, events, channels in rows:
                read[tenant_id].append(
                    Subscription(webhook_id, tenant_id, frozenset(events), frozenset(channels))
                )
            for tenant, found in read.items():
                known[tenant] = tuple(found)
                if generation == self._generation:
                    self._tenants[tenant] = (now + self._ttl, known[tenant])
        return [s for subscriptions in known.values() for s in subscriptions]

    def forget(self, tenant_id: uuid.UUID) -> None:
        self._tenants.pop(tenant_id, None)
        self._generation += 1

    async def _on_changed(self, event: WebhookChanged) -> None:
        self.forget(event.tenant_id)

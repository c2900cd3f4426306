"""Webhooks: subscriptions, a transactional outbox, and signed, retried delivery.

An event that a webhook wants becomes a ``webhook_deliveries`` row in the same transaction
as the change itself, so a committed message is never left without its delivery, even if
the process stops right after the commit. A dispatcher on every node leases due rows,
posts them, and records the outcome; failures are retried with a growing delay.

Every request carries ``X-Kefu-Signature: t=<unix time>,v1=<hex>``, where ``v1`` is
HMAC-SHA256 under the webhook's secret of ``"<t>." + body``: receivers check it, and refuse
an old ``t`` to stop replays.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import ipaddress
import json
import logging
import time
import uuid
from collections.abc import Sequence
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx
from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.channels.api import schemas
from kefu.channels.api.models import Webhook, WebhookDelivery
from kefu.channels.api.subscriptions import WebhookSubscriptions
from kefu.config import Settings
from kefu.core.background import BackgroundLoop
from kefu.core.bus import stage
from kefu.core.clock import utcnow
from kefu.core.errors import Invalid, NotFound
from kefu.core.events import ConversationChanged, Event, MessageCreated, WebhookChanged
from kefu.db.session import Database
from kefu.identity.context import Context
from kefu.identity.service.audit import Audited
from kefu.identity.tokens import new_secret

log = logging.getLogger("kefu.webhooks")

LEASE = timedelta(seconds=60)
BATCH = 50
POLL_SECONDS = 5.0
MAX_DELAY = timedelta(hours=1)
USER_AGENT = "Kefu-Webhooks/1"


def sign(secret: str, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def retry_delay(attempts: int) -> timedelta:
    """10 s, 20 s, 40 s … up to an hour between attempts."""
    return min(timedelta(seconds=10 * 2 ** max(attempts - 1, 0)), MAX_DELAY)


def _payload(event: Event) -> tuple[str, uuid.UUID, str, dict[str, Any]] | None:
    """(event name, conversation id, channel, data) for the events webhooks carry."""
    if isinstance(event, MessageCreated):
        if event.private:
            return None  # internal notes stay inside
        data = {
            "conversation_id": str(event.conversation_id),
            "contact_id": str(event.contact_id),
            "message": event.message,
        }
        return event.name, event.conversation_id, event.channel, data
    if isinstance(event, ConversationChanged):
        channel = str(event.conversation.get("channel", "web"))
        return event.name, event.conversation_id, channel, {"conversation": event.conversation}
    return None


class Webhooks(Audited, BackgroundLoop):
    task_name = "kefu-webhooks"

    def __init__(self, settings: Settings, db: Database) -> None:
        super().__init__(settings.effective_secret_key)
        self._db = db
        self._allow_private = settings.webhook_allow_private_targets
        self._timeout = settings.webhook_timeout_seconds
        self._max_attempts = settings.webhook_max_attempts
        self._wake = asyncio.Event()
        self._subscriptions = WebhookSubscriptions(db.bus)
        db.before_commit.append(self._outbox)

    # --- subscriptions ----------------------------------------------------------------------

    async def all(self, session: AsyncSession, ctx: Context) -> Sequence[Webhook]:
        query = select(Webhook).where(Webhook.tenant_id == ctx.tenant_id)
        return (await session.scalars(query.order_by(Webhook.created_at))).all()

    async def get(self, session: AsyncSession, ctx: Context, webhook_id: uuid.UUID) -> Webhook:
        webhook = await session.get(Webhook, webhook_id)
        if webhook is None or webhook.tenant_id != ctx.tenant_id:
            raise NotFound("No such webhook.")
        return webhook

    async def create(
        self, session: AsyncSession, ctx: Context, draft: schemas.WebhookIn
    ) -> tuple[Webhook, str]:
        self._check_target(str(draft.url))
        secret = new_secret(32)
        webhook = Webhook(
            tenant_id=ctx.tenant_id,
            url=str(draft.url),
            description=draft.description,
            secret=secret,
            events=list(dict.fromkeys(draft.events)),
            channels=list(dict.fromkeys(draft.channels)),
            enabled=True,
        )
        session.add(webhook)
        await session.flush()
        await self.audit(
            session, ctx, "webhook.create", "webhook", webhook.id, after=_snap(webhook)
        )
        self._changed(session, webhook)
        return webhook, secret

    async def update(
        self,
        session: AsyncSession,
        ctx: Context,
        webhook_id: uuid.UUID,
        change: schemas.WebhookUpdate,
    ) -> Webhook:
        webhook = await self.get(session, ctx, webhook_id)
        before = _snap(webhook)
        fields = change.model_dump(mode="json", exclude_unset=True)
        if fields.get("url"):
            self._check_target(fields["url"])
        for field, value in fields.items():
            if value is not None or field == "description":
                setattr(webhook, field, value)
        await session.flush()
        await self.audit(
            session,
            ctx,
            "webhook.update",
            "webhook",
            webhook.id,
            before=before,
            after=_snap(webhook),
        )
        self._changed(session, webhook)
        return webhook

    async def delete(self, session: AsyncSession, ctx: Context, webhook_id: uuid.UUID) -> None:
        webhook = await self.get(session, ctx, webhook_id)
        before = _snap(webhook)
        await session.delete(webhook)
        await self.audit(session, ctx, "webhook.delete", "webhook", webhook_id, before=before)
        self._changed(session, webhook)

    def _changed(self, session: AsyncSession, webhook: Webhook) -> None:
        """Every node reads the tenant's webhooks again: at once here (so this node's next
        transactions see the change), after the commit everywhere."""
        self._subscriptions.forget(webhook.tenant_id)
        stage(session, WebhookChanged(tenant_id=webhook.tenant_id, webhook_id=webhook.id))

    async def rotate_secret(
        self, session: AsyncSession, ctx: Context, webhook_id: uuid.UUID
    ) -> str:
        webhook = await self.get(session, ctx, webhook_id)
        webhook.secret = new_secret(32)
        await self.audit(session, ctx, "webhook.rotate_secret", "webhook", webhook.id)
        return webhook.secret

    async def deliveries(
        self, session: AsyncSession, ctx: Context, webhook_id: uuid.UUID, limit: int
    ) -> Sequence[WebhookDelivery]:
        await self.get(session, ctx, webhook_id)
        query = (
            select(WebhookDelivery)
            .where(WebhookDelivery.webhook_id == webhook_id)
            .order_by(WebhookDelivery.created_at.desc(), WebhookDelivery.id.desc())
            .limit(limit)
        )
        return (await session.scalars(query)).all()

    def _check_target(self, url: str) -> None:
        """Refuse addresses inside the server's own network, unless allowed (SSRF)."""
        host = urlsplit(url).hostname or ""
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            if host == "localhost" and not self._allow_private:
                raise Invalid(
                    "Webhooks cannot target this server's own network.",
                    code="webhook_target_not_allowed",
                ) from None
            return  # a name: checked again, resolved, at every delivery
        if not address.is_global and not self._allow_private:
            raise Invalid(
                "Webhooks cannot target private, loopback or reserved addresses.",
                code="webhook_target_not_allowed",
            )

    async def _resolved_target_allowed(self, url: str) -> bool:
        if self._allow_private:
            return True
        parts = urlsplit(url)
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(
                parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)
            )
        except OSError:
            return True  # the request itself will fail and be retried
        return all(ipaddress.ip_address(info[4][0]).is_global for info in infos)

    # --- the outbox -------------------------------------------------------------------------

    async def _outbox(self, session: AsyncSession, events: list[Event]) -> None:
        wanted = [(event, payload) for event in events if (payload := _payload(event))]
        if not wanted:
            return
        hooks = await self._subscriptions.of(session, {event.tenant_id for event, _ in wanted})
        if not hooks:
            return
        for event, (name, _conversation_id, channel, data) in wanted:
            for hook in hooks:
                if hook.tenant_id != event.tenant_id or not hook.wants(name, channel):
                    continue
                delivery_id = uuid.uuid4()
                session.add(
                    WebhookDelivery(
                        id=delivery_id,
                        tenant_id=hook.tenant_id,
                        webhook_id=hook.webhook_id,
                        event=name,
                        payload={
                            "id": str(delivery_id),
                            "event": name,
                            "tenant_id": str(event.tenant_id),
                            "occurred_at": event.occurred_at.isoformat(),
                            "data": data,
                        },
                    )
                )
                self._wake.set()
        await session.flush()

    # --- delivery ---------------------------------------------------------------------------

    async def _run(self) -> None:
        async with httpx.AsyncClient(timeout=self._timeout, follow_redirects=False) as http:
            while True:
                self._wake.clear()
                try:
                    done = await self.deliver_due(http)
                except Exception:  # the loop must outlive a bad moment of the database
                    log.exception("webhook delivery round failed")
                    done = 0
                if done < BATCH:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._wake.wait(), POLL_SECONDS)

    async def deliver_due(self, http: httpx.AsyncClient) -> int:
        """Lease the due deliveries, post them, record the outcomes; how many were tried."""
        now = utcnow()
        async with self._db.transaction() as session:
            rows = (
                await session.execute(
                    select(WebhookDelivery, Webhook)
                    .join(Webhook, Webhook.id == WebhookDelivery.webhook_id)
                    .where(
                        WebhookDelivery.status == "pending",
                        WebhookDelivery.next_attempt_at <= now,
                        or_(
                            WebhookDelivery.leased_until.is_(None),
                            WebhookDelivery.leased_until < now,
                        ),
                    )
                    .order_by(WebhookDelivery.created_at, WebhookDelivery.id)
                    .limit(BATCH)
                    .with_for_update(skip_locked=True, of=WebhookDelivery)
                )
            ).all()
            for delivery, _hook in rows:
                delivery.leased_until = now + LEASE
            work = [(d.id, d.payload, d.event, h.url, h.secret, h.enabled) for d, h in rows]
        for delivery_id, payload, event, url, secret, enabled in work:
            outcome = await self._post(http, url, secret, event, payload, enabled)
            await self._record(delivery_id, *outcome)
        return len(work)

    async def _post(
        self,
        http: httpx.AsyncClient,
        url: str,
        secret: str,
        event: str,
        payload: dict[str, Any],
        enabled: bool,
    ) -> tuple[int | None, str | None]:
        """(HTTP status, error) of one attempt; a 2xx status means delivered."""
        if not enabled:
            return None, "webhook disabled"
        if not await self._resolved_target_allowed(url):
            return None, "target resolves to a private or reserved address"
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
        headers = {
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            "X-Kefu-Event": event,
            "X-Kefu-Delivery": str(payload["id"]),
            "X-Kefu-Signature": sign(secret, int(time.time()), body),
        }
        try:
            response = await http.post(url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            return None, f"{type(exc).__name__}: {exc}"[:500]
        if 200 <= response.status_code < 300:
            return response.status_code, None
        return response.status_code, response.text[:500] or None

    async def _record(self, delivery_id: uuid.UUID, status: int | None, error: str | None) -> None:
        async with self._db.transaction() as session:
            delivery = await session.get(WebhookDelivery, delivery_id)
            if delivery is None:
                return  # its webhook was deleted meanwhile
            now = utcnow()
            delivery.attempts += 1
            delivery.last_status, delivery.last_error = status, error
            delivery.leased_until = None
            if status is not None and 200 <= status < 300:
                delivery.status, delivery.delivered_at = "delivered", now
            elif delivery.attempts >= self._max_attempts:
                delivery.status = "failed"
                log.warning("webhook delivery %s failed for good: %s", delivery_id, error)
            else:
                delivery.next_attempt_at = now + retry_delay(delivery.attempts)


def _snap(webhook: Webhook) -> dict[str, Any]:
    return schemas.WebhookOut.model_validate(webhook).model_dump(
        mode="json", exclude={"created_at"}
    )

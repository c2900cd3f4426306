"""Turns a bearer credential into a Principal, on every request, cheaply.

Resolved principals are cached per credential for a few seconds, never past its expiry.
Revocations, role changes, disabled users and suspended tenants arrive as domain events (from every
node when Redis relays them) and drop the affected entries at once, so the cache never
outlives a revocation by more than the event's trip.
"""

from __future__ import annotations

import hmac
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from kefu.config import Settings
from kefu.core.bus import EventBus
from kefu.core.clock import utcnow
from kefu.core.errors import Unauthenticated
from kefu.core.events import ApiKeyRevoked, SessionRevoked, TenantChanged, UserChanged
from kefu.db.session import Database
from kefu.identity.context import Principal
from kefu.identity.models import ApiKey, AuthSession, Tenant, User
from kefu.identity.permissions import Permission
from kefu.identity.service.api_keys import parse_key
from kefu.identity.service.auth import user_principal
from kefu.identity.tokens import decode_access_token, digest

_MAX_ENTRIES = 50_000


@dataclass(slots=True)
class _Entry:
    principal: Principal
    fresh_until: float


class AuthGate:
    def __init__(self, settings: Settings, db: Database, bus: EventBus) -> None:
        self._key = settings.effective_secret_key
        self._ttl = settings.auth_cache_seconds
        self._db = db
        self._entries: dict[str, _Entry] = {}
        bus.subscribe(SessionRevoked, self._on_session_revoked)
        bus.subscribe(UserChanged, self._on_user_changed)
        bus.subscribe(TenantChanged, self._on_tenant_changed)
        bus.subscribe(ApiKeyRevoked, self._on_api_key_revoked)

    async def authenticate(self, credential: str) -> Principal:
        # Keyed by the whole credential: an entry is only ever hit with the exact token or
        # key that was verified, so a hit skips signature checks as well as the database.
        cached = self._cached(credential)
        if cached is not None:
            return cached
        if credential.startswith("kefu_"):
            return await self._api_key(credential)
        claims = decode_access_token(self._key, credential)
        async with self._db.read() as session:
            row = (
                await session.execute(
                    select(AuthSession, User, Tenant)
                    .join(User, User.id == AuthSession.user_id)
                    .join(Tenant, Tenant.id == AuthSession.tenant_id)
                    .where(AuthSession.id == claims.session_id)
                )
            ).one_or_none()
        if row is None:
            raise Unauthenticated("The session does not exist.", code="invalid_token")
        auth_session, user, tenant = row
        if auth_session.revoked_at is not None or user.id != claims.user_id:
            raise Unauthenticated("The session has ended.", code="session_revoked")
        self._check_active(user.status, tenant.status)
        principal = user_principal(user, tenant, auth_session.id)
        self._store(credential, principal, until=datetime.fromtimestamp(claims.expires_at, UTC))
        return principal

    async def _api_key(self, credential: str) -> Principal:
        parsed = parse_key(credential)
        if parsed is None:
            raise Unauthenticated("The API key is not valid.", code="invalid_api_key")
        prefix, secret = parsed
        async with self._db.read() as session:
            row = (
                await session.execute(
                    select(ApiKey, Tenant)
                    .join(Tenant, Tenant.id == ApiKey.tenant_id)
                    .where(ApiKey.prefix == prefix)
                )
            ).one_or_none()
        if row is None or not hmac.compare_digest(row[0].secret_hash, digest(secret)):
            raise Unauthenticated("The API key is not valid.", code="invalid_api_key")
        key, tenant = row
        if key.revoked_at is not None:
            raise Unauthenticated("The API key was revoked.", code="api_key_revoked")
        if key.expires_at is not None and key.expires_at <= utcnow():
            raise Unauthenticated("The API key has expired.", code="api_key_expired")
        self._check_active("active", tenant.status)
        principal = Principal(
            tenant_id=tenant.id,
            tenant_kind=tenant.kind,
            actor_type="api_key",
            actor_id=key.id,
            label=key.name,
            roles=frozenset(),
            permissions=frozenset(Permission(p) for p in key.permissions),
        )
        self._store(credential, principal, until=key.expires_at)
        return principal

    @staticmethod
    def _check_active(user_status: str, tenant_status: str) -> None:
        if user_status != "active":
            raise Unauthenticated("The account is disabled.", code="account_disabled")
        if tenant_status != "active":
            raise Unauthenticated("The tenant is suspended.", code="tenant_suspended")

    def _cached(self, key: str) -> Principal | None:
        entry = self._entries.get(key)
        if entry is None or entry.fresh_until < time.monotonic():
            return None
        return entry.principal

    def _store(self, key: str, principal: Principal, until: datetime | None = None) -> None:
        """Cache for the configured lifetime, never past ``until`` (an API key's expiry)."""
        ttl = self._ttl
        if until is not None:
            ttl = min(ttl, (until - utcnow()).total_seconds())
        if ttl <= 0:
            return
        if len(self._entries) >= _MAX_ENTRIES:
            self._entries.clear()
        self._entries[key] = _Entry(principal, time.monotonic() + ttl)

    def _drop(self, match: str, value: uuid.UUID) -> None:
        for key in [k for k, e in self._entries.items() if getattr(e.principal, match) == value]:
            del self._entries[key]

    async def _on_session_revoked(self, event: SessionRevoked) -> None:
        self._drop("session_id", event.session_id)

    async def _on_user_changed(self, event: UserChanged) -> None:
        self._drop("actor_id", event.user_id)

    async def _on_tenant_changed(self, event: TenantChanged) -> None:
        self._drop("tenant_id", event.tenant_id)

    async def _on_api_key_revoked(self, event: ApiKeyRevoked) -> None:
        self._drop("actor_id", event.api_key_id)

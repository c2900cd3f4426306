"""API keys for integrations: tenant-scoped, limited to permissions, shown once, stored hashed."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.core.bus import stage
from kefu.core.clock import utcnow
from kefu.core.errors import Forbidden, Invalid, NotFound
from kefu.core.events import ApiKeyRevoked
from kefu.identity import schemas
from kefu.identity.context import Context
from kefu.identity.models import ApiKey
from kefu.identity.service.audit import Audited
from kefu.identity.tokens import digest, new_secret

KEY_PREFIX = "kefu"


def format_key(prefix: str, secret: str) -> str:
    return f"{KEY_PREFIX}_{prefix}_{secret}"


def parse_key(key: str) -> tuple[str, str] | None:
    parts = key.split("_", 2)
    if len(parts) != 3 or parts[0] != KEY_PREFIX or not parts[1] or not parts[2]:
        return None
    return parts[1], parts[2]


def key_snapshot(key: ApiKey) -> dict[str, Any]:
    return schemas.ApiKeyOut.model_validate(key).model_dump(mode="json")


def _new_prefix() -> str:
    # Hex keeps the prefix free of "_" so the key splits unambiguously.
    return uuid.uuid4().hex[:12]


class ApiKeys(Audited):
    async def create(
        self, session: AsyncSession, ctx: Context, request: schemas.ApiKeyCreate
    ) -> tuple[ApiKey, str]:
        """Create a key; returns it with the full secret, which is never retrievable again."""
        wanted = set(request.permissions)
        if not wanted <= ctx.principal.permissions:
            raise Forbidden(
                "A key cannot hold permissions its creator lacks.",
                code="permission_escalation",
                details={"missing": sorted(wanted - ctx.principal.permissions)},
            )
        now = utcnow()
        if request.expires_at is not None and request.expires_at <= now:
            raise Invalid("The expiry lies in the past.", code="expiry_in_past")
        secret = new_secret()
        key = ApiKey(
            tenant_id=ctx.tenant_id,
            name=request.name,
            prefix=_new_prefix(),
            secret_hash=digest(secret),
            permissions=sorted(wanted),
            created_by=ctx.principal.user_id,
            created_at=now,
            expires_at=request.expires_at,
        )
        session.add(key)
        await session.flush()
        await self.audit(session, ctx, "api_key.create", "api_key", key.id, after=key_snapshot(key))
        return key, format_key(key.prefix, secret)

    async def list(self, session: AsyncSession, ctx: Context) -> Sequence[ApiKey]:
        query = select(ApiKey).where(ApiKey.tenant_id == ctx.tenant_id).order_by(ApiKey.id)
        return (await session.scalars(query)).all()

    async def revoke(self, session: AsyncSession, ctx: Context, key_id: uuid.UUID) -> ApiKey:
        key = await session.get(ApiKey, key_id)
        if key is None or key.tenant_id != ctx.tenant_id:
            raise NotFound("No such API key.")
        if key.revoked_at is None:
            before = key_snapshot(key)
            key.revoked_at = utcnow()
            await self.audit(
                session,
                ctx,
                "api_key.revoke",
                "api_key",
                key.id,
                before=before,
                after=key_snapshot(key),
            )
            stage(session, ApiKeyRevoked(tenant_id=key.tenant_id, api_key_id=key.id))
        return key

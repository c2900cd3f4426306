"""Tenants: the company itself (B2C), or a platform and the merchants it hosts (B2B2C)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.core.bus import stage
from kefu.core.errors import Conflict, Forbidden, NotFound
from kefu.core.events import TenantChanged
from kefu.identity import schemas
from kefu.identity.context import Context
from kefu.identity.models import Tenant
from kefu.identity.service.audit import Audited, start_chain
from kefu.identity.service.directory import Directory


def snapshot(tenant: Tenant) -> dict[str, Any]:
    return schemas.TenantOut.model_validate(tenant).model_dump(mode="json")


async def create_tenant(
    session: AsyncSession,
    *,
    slug: str,
    name: str,
    kind: str,
    parent_id: uuid.UUID | None = None,
) -> Tenant:
    """Create a tenant with its audit chain. The caller audits the act in its own chain."""
    if await session.scalar(select(Tenant.id).where(Tenant.slug == slug)):
        raise Conflict(f"The slug {slug!r} is taken.", code="slug_taken")
    tenant = Tenant(slug=slug, name=name, kind=kind, parent_id=parent_id)
    session.add(tenant)
    await session.flush()
    await start_chain(session, tenant.id)
    return tenant


async def tenant_by_slug(session: AsyncSession, slug: str) -> Tenant | None:
    return await session.scalar(select(Tenant).where(Tenant.slug == slug))


class Tenants(Audited):
    def __init__(self, secret_key: str, directory: Directory) -> None:
        super().__init__(secret_key)
        self._directory = directory

    async def own(self, session: AsyncSession, ctx: Context) -> Tenant:
        tenant = await session.get(Tenant, ctx.tenant_id)
        if tenant is None:
            raise NotFound("The tenant no longer exists.")
        return tenant

    async def update_own(
        self, session: AsyncSession, ctx: Context, change: schemas.TenantUpdate
    ) -> Tenant:
        tenant = await self.own(session, ctx)
        return await self._change(session, ctx, tenant, change, "tenant.update")

    async def _change(
        self,
        session: AsyncSession,
        ctx: Context,
        tenant: Tenant,
        change: schemas.TenantUpdate | schemas.MerchantUpdate,
        action: str,
    ) -> Tenant:
        """Apply the fields the client sent, audit before/after, tell the caches."""
        before = snapshot(tenant)
        for field, value in change.model_dump(exclude_unset=True, exclude_none=True).items():
            setattr(tenant, field, value)
        await session.flush()
        await self.audit(
            session, ctx, action, "tenant", tenant.id, before=before, after=snapshot(tenant)
        )
        stage(session, TenantChanged(tenant_id=tenant.id))
        return tenant

    # --- merchants (B2B2C) --------------------------------------------------------

    def _require_platform(self, ctx: Context) -> None:
        if ctx.principal.tenant_kind != "platform":
            raise Forbidden("Only a platform tenant hosts merchants.", code="not_a_platform")

    async def list_merchants(
        self,
        session: AsyncSession,
        ctx: Context,
        *,
        limit: int,
        after: uuid.UUID | None,
    ) -> Sequence[Tenant]:
        self._require_platform(ctx)
        query = select(Tenant).where(Tenant.parent_id == ctx.tenant_id)
        if after is not None:
            query = query.where(Tenant.id > after)
        return (await session.scalars(query.order_by(Tenant.id).limit(limit))).all()

    async def merchant(self, session: AsyncSession, ctx: Context, tenant_id: uuid.UUID) -> Tenant:
        self._require_platform(ctx)
        tenant = await session.get(Tenant, tenant_id)
        if tenant is None or tenant.parent_id != ctx.tenant_id:
            raise NotFound("No such merchant.")
        return tenant

    async def create_merchant(
        self, session: AsyncSession, ctx: Context, request: schemas.MerchantCreate
    ) -> Tenant:
        self._require_platform(ctx)
        tenant = await create_tenant(
            session,
            slug=request.slug,
            name=request.name,
            kind="merchant",
            parent_id=ctx.tenant_id,
        )
        await self.audit(
            session, ctx, "merchant.create", "tenant", tenant.id, after=snapshot(tenant)
        )
        await self._directory.create_user(session, ctx, request.admin, tenant=tenant)
        return tenant

    async def update_merchant(
        self,
        session: AsyncSession,
        ctx: Context,
        tenant_id: uuid.UUID,
        change: schemas.MerchantUpdate,
    ) -> Tenant:
        tenant = await self.merchant(session, ctx, tenant_id)
        return await self._change(session, ctx, tenant, change, "merchant.update")

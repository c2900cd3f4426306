"""The own tenant, and the merchants a platform tenant hosts."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, status

from kefu.core.http import API_PREFIX
from kefu.core.pagination import Limit, Page, page
from kefu.identity import schemas
from kefu.identity.deps import (
    MerchantsManage,
    ReadSessionDep,
    ServicesDep,
    SessionDep,
    TenantRead,
    TenantUpdate,
)

router = APIRouter(prefix=API_PREFIX, tags=["tenants"])


@router.get("/tenant", response_model=schemas.TenantOut)
async def get_tenant(ctx: TenantRead, svc: ServicesDep, session: ReadSessionDep) -> object:
    return await svc.tenants.own(session, ctx)


@router.patch("/tenant", response_model=schemas.TenantOut)
async def update_tenant(
    body: schemas.TenantUpdate, ctx: TenantUpdate, svc: ServicesDep, session: SessionDep
) -> object:
    return await svc.tenants.update_own(session, ctx, body)


@router.get("/merchants", response_model=Page[schemas.TenantOut])
async def list_merchants(
    ctx: MerchantsManage,
    svc: ServicesDep,
    session: ReadSessionDep,
    limit: Limit = 50,
    cursor: uuid.UUID | None = None,
) -> Page[schemas.TenantOut]:
    rows = await svc.tenants.list_merchants(session, ctx, limit=limit, after=cursor)
    return page(rows, limit, schemas.TenantOut)


@router.post("/merchants", response_model=schemas.TenantOut, status_code=status.HTTP_201_CREATED)
async def create_merchant(
    body: schemas.MerchantCreate,
    ctx: MerchantsManage,
    svc: ServicesDep,
    session: SessionDep,
) -> object:
    return await svc.tenants.create_merchant(session, ctx, body)


@router.get("/merchants/{merchant_id}", response_model=schemas.TenantOut)
async def get_merchant(
    merchant_id: uuid.UUID, ctx: MerchantsManage, svc: ServicesDep, session: ReadSessionDep
) -> object:
    return await svc.tenants.merchant(session, ctx, merchant_id)


@router.patch("/merchants/{merchant_id}", response_model=schemas.TenantOut)
async def update_merchant(
    merchant_id: uuid.UUID,
    body: schemas.MerchantUpdate,
    ctx: MerchantsManage,
    svc: ServicesDep,
    session: SessionDep,
) -> object:
    return await svc.tenants.update_merchant(session, ctx, merchant_id, body)

"""API keys, the audit log and the role table."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from kefu.core.http import API_PREFIX
from kefu.core.pagination import Page
from kefu.identity import schemas
from kefu.identity.deps import (
    ApiKeysManage,
    AuditRead,
    AuthenticatedDep,
    ReadSessionDep,
    ServicesDep,
    SessionDep,
)
from kefu.identity.permissions import ROLE_PERMISSIONS

router = APIRouter(prefix=API_PREFIX, tags=["security"])


@router.get("/api-keys", response_model=list[schemas.ApiKeyOut])
async def list_api_keys(ctx: ApiKeysManage, svc: ServicesDep, session: ReadSessionDep) -> object:
    return await svc.api_keys.list(session, ctx)


@router.post(
    "/api-keys",
    response_model=schemas.ApiKeyCreated,
    status_code=status.HTTP_201_CREATED,
)
async def create_api_key(
    body: schemas.ApiKeyCreate,
    ctx: ApiKeysManage,
    svc: ServicesDep,
    session: SessionDep,
) -> schemas.ApiKeyCreated:
    key, secret = await svc.api_keys.create(session, ctx, body)
    out = schemas.ApiKeyOut.model_validate(key)
    return schemas.ApiKeyCreated(**out.model_dump(), key=secret)


@router.delete("/api-keys/{key_id}", response_model=schemas.ApiKeyOut)
async def revoke_api_key(
    key_id: uuid.UUID, ctx: ApiKeysManage, svc: ServicesDep, session: SessionDep
) -> object:
    return await svc.api_keys.revoke(session, ctx, key_id)


# A write session: reading the audit log appends an audit entry.
@router.get("/audit-log", response_model=Page[schemas.AuditEntryOut])
async def list_audit_log(
    query: Annotated[schemas.AuditQuery, Query()],
    ctx: AuditRead,
    svc: ServicesDep,
    session: SessionDep,
) -> Page[schemas.AuditEntryOut]:
    rows = await svc.audit_log.read(session, ctx, query)
    items = [schemas.AuditEntryOut.model_validate(row) for row in rows]
    next_cursor = str(rows[-1].seq) if len(rows) == query.limit else None
    return Page[schemas.AuditEntryOut](items=items, next_cursor=next_cursor)


@router.get("/roles", response_model=list[schemas.RoleOut])
async def list_roles(ctx: AuthenticatedDep) -> list[schemas.RoleOut]:
    return [
        schemas.RoleOut(role=role, permissions=sorted(perms))
        for role, perms in ROLE_PERMISSIONS.items()
    ]

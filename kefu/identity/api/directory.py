"""Organisation units and staff accounts."""

from __future__ import annotations

import uuid
from typing import Literal

from fastapi import APIRouter, status

from kefu.core.http import API_PREFIX
from kefu.core.pagination import Limit, Page, SearchText, page
from kefu.identity import schemas
from kefu.identity.deps import (
    OrgUnitsRead,
    OrgUnitsWrite,
    ReadSessionDep,
    ServicesDep,
    SessionDep,
    UsersRead,
    UsersWrite,
)
from kefu.identity.permissions import Role

router = APIRouter(prefix=API_PREFIX, tags=["directory"])


@router.get("/org-units", response_model=list[schemas.OrgUnitOut])
async def list_org_units(ctx: OrgUnitsRead, svc: ServicesDep, session: ReadSessionDep) -> object:
    return await svc.directory.list_units(session, ctx)


@router.post("/org-units", response_model=schemas.OrgUnitOut, status_code=status.HTTP_201_CREATED)
async def create_org_unit(
    body: schemas.OrgUnitCreate,
    ctx: OrgUnitsWrite,
    svc: ServicesDep,
    session: SessionDep,
) -> object:
    return await svc.directory.create_unit(session, ctx, body)


@router.get("/org-units/{unit_id}", response_model=schemas.OrgUnitOut)
async def get_org_unit(
    unit_id: uuid.UUID, ctx: OrgUnitsRead, svc: ServicesDep, session: ReadSessionDep
) -> object:
    return await svc.directory.unit(session, ctx, unit_id)


@router.patch("/org-units/{unit_id}", response_model=schemas.OrgUnitOut)
async def update_org_unit(
    unit_id: uuid.UUID,
    body: schemas.OrgUnitUpdate,
    ctx: OrgUnitsWrite,
    svc: ServicesDep,
    session: SessionDep,
) -> object:
    return await svc.directory.update_unit(session, ctx, unit_id, body)


@router.delete("/org-units/{unit_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_org_unit(
    unit_id: uuid.UUID, ctx: OrgUnitsWrite, svc: ServicesDep, session: SessionDep
) -> None:
    await svc.directory.delete_unit(session, ctx, unit_id)


@router.get("/users", response_model=Page[schemas.UserOut])
async def list_users(
    ctx: UsersRead,
    svc: ServicesDep,
    session: ReadSessionDep,
    limit: Limit = 50,
    cursor: uuid.UUID | None = None,
    role: Role | None = None,
    status: Literal["active", "disabled"] | None = None,
    org_unit_id: uuid.UUID | None = None,
    q: SearchText = None,
) -> Page[schemas.UserOut]:
    rows = await svc.directory.list_users(
        session,
        ctx,
        limit=limit,
        after=cursor,
        role=role,
        status=status,
        org_unit_id=org_unit_id,
        q=q,
    )
    return page(rows, limit, schemas.UserOut)


@router.post("/users", response_model=schemas.UserOut, status_code=status.HTTP_201_CREATED)
async def create_user(
    body: schemas.UserCreate, ctx: UsersWrite, svc: ServicesDep, session: SessionDep
) -> object:
    return await svc.directory.create_user(session, ctx, body)


@router.get("/users/{user_id}", response_model=schemas.UserOut)
async def get_user(
    user_id: uuid.UUID, ctx: UsersRead, svc: ServicesDep, session: ReadSessionDep
) -> object:
    return await svc.directory.user(session, ctx, user_id)


@router.patch("/users/{user_id}", response_model=schemas.UserOut)
async def update_user(
    user_id: uuid.UUID,
    body: schemas.UserUpdate,
    ctx: UsersWrite,
    svc: ServicesDep,
    session: SessionDep,
) -> object:
    return await svc.directory.update_user(session, ctx, user_id, body)


@router.post("/users/{user_id}/password", status_code=status.HTTP_204_NO_CONTENT)
async def reset_password(
    user_id: uuid.UUID,
    body: schemas.PasswordResetIn,
    ctx: UsersWrite,
    svc: ServicesDep,
    session: SessionDep,
) -> None:
    await svc.directory.reset_password(session, ctx, user_id, body.new_password)


@router.post("/users/{user_id}/unlock", response_model=schemas.UserOut)
async def unlock_user(
    user_id: uuid.UUID, ctx: UsersWrite, svc: ServicesDep, session: SessionDep
) -> object:
    return await svc.directory.unlock(session, ctx, user_id)

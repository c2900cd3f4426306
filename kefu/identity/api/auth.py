"""Login, refresh, logout and the signed-in user's own account."""

from __future__ import annotations

from fastapi import APIRouter, Request, status

from kefu.core.errors import ErrorOut
from kefu.core.http import API_PREFIX
from kefu.core.logging import request_id_var
from kefu.identity import schemas
from kefu.identity.deps import (
    AuthenticatedDep,
    ReadSessionDep,
    ServicesDep,
    SessionDep,
    client_ip,
)
from kefu.identity.service.auth import Tokens

router = APIRouter(prefix=API_PREFIX, tags=["auth"])


def _out(tokens: Tokens) -> schemas.TokenOut:
    return schemas.TokenOut(
        access_token=tokens.access_token,
        expires_at=tokens.expires_at,
        refresh_token=tokens.refresh_token,
        refresh_expires_at=tokens.refresh_expires_at,
    )


@router.post(
    "/auth/login",
    response_model=schemas.TokenOut,
    responses={423: {"model": ErrorOut, "description": "Locked after repeated failures"}},
)
async def login(request: Request, body: schemas.LoginIn, svc: ServicesDep) -> schemas.TokenOut:
    tokens = await svc.auth.login(
        body.tenant,
        body.login,
        body.password,
        source_ip=client_ip(request, svc.settings.trusted_proxies),
        user_agent=request.headers.get("user-agent"),
        request_id=request_id_var.get(),
    )
    return _out(tokens)


@router.post("/auth/refresh", response_model=schemas.TokenOut)
async def refresh(body: schemas.RefreshIn, svc: ServicesDep) -> schemas.TokenOut:
    return _out(await svc.auth.refresh(body.refresh_token))


@router.post("/auth/logout", status_code=status.HTTP_204_NO_CONTENT)
async def logout(ctx: AuthenticatedDep, svc: ServicesDep, session: SessionDep) -> None:
    await svc.auth.logout(session, ctx)


@router.get("/me", response_model=schemas.MeOut)
async def me(ctx: AuthenticatedDep, svc: ServicesDep, session: ReadSessionDep) -> schemas.MeOut:
    tenant = await svc.tenants.own(session, ctx)
    user_id = ctx.principal.user_id
    user = await svc.directory.user(session, ctx, user_id) if user_id else None
    return schemas.MeOut(
        user=schemas.UserOut.model_validate(user) if user else None,
        tenant=schemas.TenantOut.model_validate(tenant),
        permissions=sorted(ctx.principal.permissions),
    )


@router.post("/me/password", status_code=status.HTTP_204_NO_CONTENT)
async def change_password(
    body: schemas.PasswordChangeIn, ctx: AuthenticatedDep, svc: ServicesDep
) -> None:
    await svc.auth.change_password(ctx, body.current_password, body.new_password)

"""FastAPI dependencies: the database session, the authenticated context, permission checks."""

from __future__ import annotations

import ipaddress
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.openapi.models import HTTPBearer as HTTPBearerModel
from fastapi.security.base import SecurityBase
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.core.errors import Forbidden, Unauthenticated
from kefu.core.logging import request_id_var
from kefu.identity.context import Context
from kefu.identity.permissions import Permission
from kefu.services import Services


async def services(request: Request) -> Services:
    # async: FastAPI runs plain functions in a worker thread, a costly hop per request.
    svc: Services = request.app.state.services
    return svc


ServicesDep = Annotated[Services, Depends(services)]


async def _session(request: Request) -> AsyncIterator[AsyncSession]:
    svc: Services = request.app.state.services
    async with svc.db.transaction() as session:
        yield session


async def _read_session(request: Request) -> AsyncIterator[AsyncSession]:
    svc: Services = request.app.state.services
    async with svc.db.read() as session:
        yield session


# "function" scope: the transaction commits before the response is sent, so a client
# never sees success for a change that then failed to commit.
SessionDep = Annotated[AsyncSession, Depends(_session, scope="function")]

# For routes that only read: a read-only transaction (a deferred BEGIN on SQLite's read
# connections, which takes no lock; BEGIN READ ONLY on PostgreSQL). Any write in it fails
# with an error, so a route that writes anything, an audit entry included, needs SessionDep.
ReadSessionDep = Annotated[AsyncSession, Depends(_read_session, scope="function")]


def client_ip(request: Request, trusted_proxies: list[str]) -> str | None:
    """The caller's address: the peer, or behind trusted proxies the last untrusted hop.

    ``X-Forwarded-For`` is read right to left because proxies append to it: everything left
    of the first untrusted address was written by the client and proves nothing.
    """
    peer = request.client.host if request.client else None
    if peer is None or not trusted_proxies:
        return peer
    networks = [ipaddress.ip_network(net, strict=False) for net in trusted_proxies]

    def trusted(address: str) -> bool:
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False
        return any(ip in net for net in networks)

    if not trusted(peer):
        return peer
    hops = [h.strip() for h in request.headers.get("x-forwarded-for", "").split(",") if h.strip()]
    for hop in reversed(hops):
        if not trusted(hop):
            try:
                return str(ipaddress.ip_address(hop))
            except ValueError:  # not what a proxy writes: believe only the peer
                return peer
    return peer


class Authenticate(SecurityBase):
    """A dependency that yields the caller's ``Context`` from the bearer credential.

    It reads the ``Authorization`` header itself rather than through ``HTTPBearer`` and
    ``ServicesDep``: each dependency FastAPI resolves costs every request. Being a
    ``SecurityBase``, it is still the route's bearer security scheme in the OpenAPI
    document, under the name ``HTTPBearer``.
    """

    def __init__(self) -> None:
        self.model = HTTPBearerModel(description="An access token or an API key.")
        self.scheme_name = "HTTPBearer"

    async def __call__(self, request: Request) -> Context:
        scheme, _, credential = request.headers.get("authorization", "").partition(" ")
        credential = credential.strip()
        if scheme.lower() != "bearer" or not credential:
            raise Unauthenticated("Sign in first: send an access token or an API key.")
        svc: Services = request.app.state.services
        principal = await svc.gate.authenticate(credential)
        return Context(
            principal=principal,
            source_ip=client_ip(request, svc.settings.trusted_proxies),
            request_id=request_id_var.get(),
        )


authenticated = Authenticate()
AuthenticatedDep = Annotated[Context, Depends(authenticated)]


class Authorize(Authenticate):
    """A dependency that lets a request through only with ``permission``.

    The matrix test finds these on every route, and the permission table documents them.
    """

    def __init__(self, permission: Permission) -> None:
        super().__init__()
        self.permission = permission

    async def __call__(self, request: Request) -> Context:
        ctx = await super().__call__(request)
        if self.permission not in ctx.principal.permissions:
            raise Forbidden(
                f"This needs the permission {self.permission.value!r}.",
                details={"permission": self.permission.value},
            )
        return ctx


def _allow(permission: Permission) -> object:
    return Depends(Authorize(permission))


# One alias per permission: ``ctx: UsersWrite`` in a route's signature checks and yields.
TenantRead = Annotated[Context, _allow(Permission.TENANT_READ)]
TenantUpdate = Annotated[Context, _allow(Permission.TENANT_UPDATE)]
MerchantsManage = Annotated[Context, _allow(Permission.MERCHANTS_MANAGE)]
OrgUnitsRead = Annotated[Context, _allow(Permission.ORG_UNITS_READ)]
OrgUnitsWrite = Annotated[Context, _allow(Permission.ORG_UNITS_WRITE)]
UsersRead = Annotated[Context, _allow(Permission.USERS_READ)]
UsersWrite = Annotated[Context, _allow(Permission.USERS_WRITE)]
ApiKeysManage = Annotated[Context, _allow(Permission.API_KEYS_MANAGE)]
AuditRead = Annotated[Context, _allow(Permission.AUDIT_READ)]

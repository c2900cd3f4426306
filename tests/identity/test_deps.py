"""Request dependencies: the caller's address as audited (behind trusted proxies, never what
the client claims), the bearer credential, and the permission check."""

from __future__ import annotations

from typing import Annotated

import httpx
import pytest
from fastapi import APIRouter, Depends, FastAPI
from fastapi.routing import APIRoute
from sqlalchemy import select
from starlette.requests import Request

from kefu.app import route_permission
from kefu.identity.context import Context
from kefu.identity.deps import (
    AuthenticatedDep,
    Authorize,
    OrgUnitsRead,
    ReadSessionDep,
    client_ip,
)
from kefu.identity.models import OrgUnit
from kefu.identity.permissions import Permission
from kefu.services import Services
from tests.world import World


def _request(peer: str, forwarded: str | None = None) -> Request:
    headers = [(b"x-forwarded-for", forwarded.encode())] if forwarded else []
    return Request({"type": "http", "client": (peer, 50000), "headers": headers})


@pytest.mark.parametrize(
    ("peer", "forwarded", "trusted", "expected"),
    [
        ("203.0.113.9", "1.2.3.4", [], "203.0.113.9"),  # no proxy configured: the peer
        ("203.0.113.9", "1.2.3.4", ["10.0.0.0/8"], "203.0.113.9"),  # peer is no proxy
        ("10.0.0.2", "198.51.100.7", ["10.0.0.0/8"], "198.51.100.7"),
        # The client wrote the left part itself; the proxy appended the real address.
        ("10.0.0.2", "6.6.6.6, 198.51.100.7", ["10.0.0.0/8"], "198.51.100.7"),
        ("10.0.0.2", "198.51.100.7, 10.0.0.9", ["10.0.0.0/8"], "198.51.100.7"),
        ("10.0.0.2", None, ["10.0.0.0/8"], "10.0.0.2"),
        ("10.0.0.2", "not-an-ip", ["10.0.0.0/8"], "10.0.0.2"),
    ],
)
def test_client_ip(peer: str, forwarded: str | None, trusted: list[str], expected: str) -> None:
    assert client_ip(_request(peer, forwarded), trusted) == expected


@pytest.mark.parametrize(
    "authorization",
    [None, "", "Bearer", "Bearer    ", "Basic dXNlcjpwYXNz", "Token abc", "bearer"],
)
async def test_requests_without_a_bearer_credential_are_refused(
    client: httpx.AsyncClient, authorization: str | None
) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    response = await client.get("/api/v1/org-units", headers=headers)
    assert (response.status_code, response.json()["code"]) == (401, "unauthenticated")
    assert response.headers["www-authenticate"] == "Bearer"


async def test_the_bearer_scheme_is_case_insensitive(
    client: httpx.AsyncClient, world: World
) -> None:
    token = world.actors["agent"].access_token
    response = await client.get("/api/v1/me", headers={"Authorization": f"bEaReR {token}"})
    assert response.status_code == 200


async def test_a_role_without_the_permission_is_refused_after_authentication(
    client: httpx.AsyncClient, world: World
) -> None:
    response = await client.get("/api/v1/api-keys", headers=world.actors["agent"].headers)
    assert (response.status_code, response.json()["code"]) == (403, "forbidden")
    assert response.json()["details"] == {"permission": "api_keys:manage"}


async def test_openapi_declares_the_bearer_scheme_on_every_protected_operation(
    client: httpx.AsyncClient,
) -> None:
    spec = (await client.get("/api/openapi.json")).json()
    assert spec["components"]["securitySchemes"] == {
        "HTTPBearer": {
            "type": "http",
            "scheme": "bearer",
            "description": "An access token or an API key.",
        },
        "VisitorToken": {
            "type": "http",
            "scheme": "bearer",
            "description": "A visitor token from /sessions.",
        },
    }
    needs_bearer = {"authenticated"} | {p.value for p in Permission}
    operations = [op for path in spec["paths"].values() for op in path.values()]
    protected = [op for op in operations if op["x-permission"] in needs_bearer]
    public = [op for op in operations if op["x-permission"] == "public"]
    assert protected
    assert public
    assert all(op["security"] == [{"HTTPBearer": []}] for op in protected)
    assert all("security" not in op for op in public)
    visitor = [op for op in operations if op["x-permission"] == "visitor"]
    assert visitor
    assert all(op["security"] == [{"VisitorToken": []}] for op in visitor)


def test_route_permission_finds_authorize_and_authenticated() -> None:
    router = APIRouter()

    @router.get("/read")
    async def read(ctx: OrgUnitsRead) -> None: ...

    @router.get("/raw")
    async def raw(ctx: Annotated[Context, Depends(Authorize(Permission.USERS_WRITE))]) -> None: ...

    @router.get("/me")
    async def me(ctx: AuthenticatedDep) -> None: ...

    @router.get("/open")
    async def open_() -> None: ...

    found = {
        route.path: route_permission(route)
        for route in router.routes
        if isinstance(route, APIRoute)
    }
    assert found == {
        "/read": "org_units:read",
        "/raw": "users:write",
        "/me": "authenticated",
        "/open": "public",
    }


async def test_a_route_that_writes_in_a_read_session_fails_and_changes_nothing(
    app: FastAPI, client: httpx.AsyncClient, world: World, services: Services
) -> None:
    @app.get("/test/sneaky-write")
    async def sneaky_write(ctx: OrgUnitsRead, session: ReadSessionDep) -> None:
        session.add(OrgUnit(tenant_id=ctx.tenant_id, name="Sneaked in"))

    admin = world.actors["tenant_admin"].headers
    response = await client.get("/test/sneaky-write", headers=admin)
    assert (response.status_code, response.json()["code"]) == (500, "internal_error")
    async with services.db.read() as session:
        assert await session.scalar(select(OrgUnit).where(OrgUnit.name == "Sneaked in")) is None

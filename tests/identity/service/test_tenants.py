"""Tenants: the own tenant's settings, and merchants hosted by a platform (B2B2C)."""

from __future__ import annotations

import httpx
import pytest

from kefu.core.errors import Forbidden, Invalid
from kefu.identity import schemas
from kefu.identity.context import system_context
from kefu.identity.permissions import Role
from kefu.identity.service.tenants import create_tenant
from kefu.services import Services
from tests.world import PASSWORD, World, user_request


async def test_platform_creates_a_merchant_whose_admin_can_sign_in(
    client: httpx.AsyncClient, world: World
) -> None:
    platform = world.actors["platform_admin"].headers
    body = {
        "slug": "tea-house",
        "name": "茶馆",
        "admin": {
            "employee_no": "T1",
            "name": "店长",
            "email": "owner@tea.example.com",
            "roles": ["tenant_admin"],
            "password": PASSWORD,
        },
    }
    created = await client.post("/api/v1/merchants", json=body, headers=platform)
    assert created.status_code == 201, created.text
    merchant = created.json()
    assert (merchant["kind"], merchant["parent_id"]) == ("merchant", str(world.tenant_id))
    again = await client.post("/api/v1/merchants", json=body, headers=platform)
    assert again.json()["code"] == "slug_taken"

    owner = await client.post(
        "/api/v1/auth/login",
        json={"tenant": "tea-house", "login": "owner@tea.example.com", "password": PASSWORD},
    )
    owner_headers = {"Authorization": f"Bearer {owner.json()['access_token']}"}
    users = await client.get("/api/v1/users", headers=owner_headers)
    assert [u["employee_no"] for u in users.json()["items"]] == ["T1"]
    listing = await client.get("/api/v1/merchants", headers=platform)
    assert {m["slug"] for m in listing.json()["items"]} == {"acme-shop", "tea-house"}


async def test_suspending_a_merchant_stops_its_users_at_once(
    client: httpx.AsyncClient, world: World
) -> None:
    shop = {"tenant": "acme-shop", "login": "m001@acme.example.com", "password": PASSWORD}
    token = (await client.post("/api/v1/auth/login", json=shop)).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    assert (await client.get("/api/v1/tenant", headers=headers)).status_code == 200

    platform = world.actors["platform_admin"].headers
    suspended = await client.patch(
        f"/api/v1/merchants/{world.merchant_id}", json={"status": "suspended"}, headers=platform
    )
    assert suspended.json()["status"] == "suspended"
    refused = await client.get("/api/v1/tenant", headers=headers)
    assert (refused.status_code, refused.json()["code"]) == (401, "tenant_suspended")
    login_again = await client.post("/api/v1/auth/login", json=shop)
    assert login_again.json()["code"] == "tenant_suspended"


async def test_a_company_tenant_hosts_no_merchants(services: Services) -> None:
    async with services.db.transaction() as session:
        company = await create_tenant(session, slug="solo", name="Solo", kind="company")
        ctx = system_context(company.id, company.kind)
        request = schemas.MerchantCreate(
            slug="solo-shop", name="x", admin=user_request("A1", [Role.TENANT_ADMIN])
        )
        with pytest.raises(Forbidden) as refused:
            await services.tenants.create_merchant(session, ctx, request)
        assert refused.value.code == "not_a_platform"
        with pytest.raises(Invalid) as no_platform_admin:
            await services.directory.create_user(
                session, ctx, user_request("A2", [Role.PLATFORM_ADMIN])
            )
        assert no_platform_admin.value.code == "role_not_allowed"


async def test_tenant_settings_update(client: httpx.AsyncClient, world: World) -> None:
    admin = world.actors["tenant_admin"].headers
    updated = await client.patch(
        "/api/v1/tenant", json={"name": "Acme 客服中心", "locale": "en"}, headers=admin
    )
    assert (updated.json()["name"], updated.json()["locale"]) == ("Acme 客服中心", "en")
    bad = await client.patch("/api/v1/tenant", json={"locale": "fr"}, headers=admin)
    assert bad.status_code == 422

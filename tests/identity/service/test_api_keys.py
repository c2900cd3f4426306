"""API keys: shown once, stored hashed, limited to their permissions, revocable."""

from __future__ import annotations

import uuid
from datetime import timedelta

import httpx
from sqlalchemy import select

from kefu.core.clock import utcnow
from kefu.identity.models import ApiKey
from kefu.services import Services
from tests.world import World


async def test_a_key_is_shown_once_stored_hashed_and_limited(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    admin = world.actors["tenant_admin"].headers
    created = await client.post(
        "/api/v1/api-keys",
        json={"name": "工单同步", "permissions": ["users:read", "org_units:read"]},
        headers=admin,
    )
    assert created.status_code == 201
    key = created.json()["key"]
    listing = (await client.get("/api/v1/api-keys", headers=admin)).json()
    assert all("key" not in item for item in listing)
    assert key not in (await client.get("/api/v1/api-keys", headers=admin)).text
    async with services.db.transaction() as session:
        stored = (await session.scalars(select(ApiKey.secret_hash))).all()
    assert all(key.split("_", 2)[2] not in value for value in stored)

    headers = {"Authorization": f"Bearer {key}"}
    assert (await client.get("/api/v1/org-units", headers=headers)).status_code == 200
    me = (await client.get("/api/v1/me", headers=headers)).json()
    assert me["user"] is None
    assert me["permissions"] == ["org_units:read", "users:read"]
    denied = await client.post("/api/v1/org-units", json={"name": "x"}, headers=headers)
    assert denied.status_code == 403


async def test_a_key_cannot_exceed_its_creator(client: httpx.AsyncClient, world: World) -> None:
    admin = world.actors["tenant_admin"].headers
    response = await client.post(
        "/api/v1/api-keys", json={"name": "x", "permissions": ["merchants:manage"]}, headers=admin
    )
    assert (response.status_code, response.json()["code"]) == (403, "permission_escalation")


async def test_revoked_expired_and_wrong_keys_are_refused(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    admin = world.actors["tenant_admin"].headers
    headers = {"Authorization": f"Bearer {world.api_key}"}
    prefix, _ = world.api_key.removeprefix("kefu_").split("_", 1)
    wrong = {"Authorization": f"Bearer kefu_{prefix}_not-the-secret"}
    assert (await client.get("/api/v1/users", headers=wrong)).json()["code"] == "invalid_api_key"
    garbled = {"Authorization": "Bearer kefu_"}
    assert (await client.get("/api/v1/users", headers=garbled)).json()["code"] == "invalid_api_key"

    await client.delete(f"/api/v1/api-keys/{world.api_key_id}", headers=admin)
    revoked = await client.get("/api/v1/users", headers=headers)
    assert (revoked.status_code, revoked.json()["code"]) == (401, "api_key_revoked")

    soon = (utcnow() + timedelta(hours=1)).isoformat()
    created = await client.post(
        "/api/v1/api-keys",
        json={"name": "short", "permissions": ["users:read"], "expires_at": soon},
        headers=admin,
    )
    short_headers = {"Authorization": f"Bearer {created.json()['key']}"}
    async with services.db.transaction() as session:
        key = await session.get(ApiKey, uuid.UUID(created.json()["id"]))
        assert key is not None
        key.expires_at = utcnow() - timedelta(seconds=1)
    services.gate._entries.clear()  # as after the cache lifetime
    expired = await client.get("/api/v1/users", headers=short_headers)
    assert expired.json()["code"] == "api_key_expired"
    past = await client.post(
        "/api/v1/api-keys",
        json={"name": "past", "permissions": ["users:read"], "expires_at": "2020-01-01T00:00:00Z"},
        headers=admin,
    )
    assert past.json()["code"] == "expiry_in_past"

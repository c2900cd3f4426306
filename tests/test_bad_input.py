"""Bad input gets a 4xx with a machine-readable code, never a 500, and changes nothing."""

from __future__ import annotations

import httpx
import pytest

from kefu.services import Services
from tests.world import World, fingerprint

UNKNOWN = "01a20805-0000-7000-8000-000000000000"

CASES = [
    # (method, url, body or raw bytes, expected status, expected code)
    ("POST", "/api/v1/org-units", b'{"name": "x"', 400, "malformed_json"),
    ("POST", "/api/v1/org-units", b"\xff\xfe", 400, "malformed_json"),
    ("POST", "/api/v1/org-units", {"name": 42}, 422, "validation_error"),
    ("POST", "/api/v1/org-units", {"name": "x" * 101}, 422, "validation_error"),
    ("POST", "/api/v1/org-units", {"name": "  "}, 422, "validation_error"),
    ("POST", "/api/v1/org-units", {"name": "x", "kind": "galaxy"}, 422, "validation_error"),
    ("POST", "/api/v1/org-units", {"name": "x", "owner": "me"}, 422, "validation_error"),
    ("POST", "/api/v1/org-units", {"name": "x", "parent_id": UNKNOWN}, 422, "unknown_parent"),
    ("POST", "/api/v1/org-units", [], 422, "validation_error"),
    ("POST", "/api/v1/org-units", {"name": "a\u0000b"}, 422, "validation_error"),
    ("GET", "/api/v1/users?q=a%00b", None, 422, "validation_error"),
    ("GET", "/api/v1/audit-log?action=a%00b", None, 422, "validation_error"),
    ("GET", f"/api/v1/org-units/{UNKNOWN}", None, 404, "not_found"),
    ("GET", "/api/v1/org-units/not-a-uuid", None, 422, "validation_error"),
    ("PATCH", f"/api/v1/users/{UNKNOWN}", {"name": "x"}, 404, "not_found"),
    ("PATCH", "/api/v1/users/{agent}", {"roles": []}, 422, "validation_error"),
    ("PATCH", "/api/v1/users/{agent}", {"roles": ["emperor"]}, 422, "validation_error"),
    ("PATCH", "/api/v1/users/{agent}", {"email": "not-an-email"}, 422, "validation_error"),
    ("PATCH", "/api/v1/users/{agent}", {"phone": "call me"}, 422, "validation_error"),
    ("POST", "/api/v1/users", {"employee_no": "x" * 33}, 422, "validation_error"),
    (
        "POST",
        "/api/v1/users/{agent}/password",
        {"new_password": "x" * 129},
        422,
        "validation_error",
    ),
    ("DELETE", f"/api/v1/api-keys/{UNKNOWN}", None, 404, "not_found"),
    ("POST", "/api/v1/api-keys", {"name": "k", "permissions": []}, 422, "validation_error"),
    ("POST", "/api/v1/api-keys", {"name": "k", "permissions": ["root"]}, 422, "validation_error"),
    (
        "POST",
        "/api/v1/api-keys",
        {"name": "k", "permissions": ["users:read"], "expires_at": "2030-01-01T00:00:00"},
        422,
        "validation_error",
    ),
    ("GET", "/api/v1/users?limit=0", None, 422, "validation_error"),
    ("GET", "/api/v1/users?limit=100000", None, 422, "validation_error"),
    ("GET", "/api/v1/users?cursor=yesterday", None, 422, "validation_error"),
    ("GET", "/api/v1/audit-log?since=2026-01-01T00:00:00", None, 422, "validation_error"),
    ("GET", "/api/v1/audit-log?cursor=-1", None, 422, "validation_error"),
    ("GET", f"/api/v1/merchants/{UNKNOWN}", None, 404, "not_found"),
    ("POST", "/api/v1/merchants", {"slug": "Bad Slug!", "name": "x"}, 422, "validation_error"),
    ("PATCH", "/api/v1/tenant", {"timezone": "x" * 65}, 422, "validation_error"),
]


@pytest.mark.parametrize(("method", "url", "body", "status", "code"), CASES)
async def test_bad_input_is_refused_with_a_code(
    client: httpx.AsyncClient,
    world: World,
    services: Services,
    method: str,
    url: str,
    body: object,
    status: int,
    code: str,
) -> None:
    headers = dict(world.actors["platform_admin"].headers)
    url = url.replace("{agent}", str(world.actors["agent"].user_id))
    before = await fingerprint(services, world.tenant_id)
    if isinstance(body, bytes):
        headers["Content-Type"] = "application/json"
        response = await client.request(method, url, content=body, headers=headers)
    else:
        response = await client.request(method, url, json=body, headers=headers)
    assert response.status_code == status, response.text
    assert response.json()["code"] == code
    assert set(response.json()) == {"code", "message", "details"}
    assert await fingerprint(services, world.tenant_id) == before


async def test_login_with_bad_input(client: httpx.AsyncClient) -> None:
    for body in ({}, {"tenant": "acme"}, {"tenant": "x" * 64, "login": "a", "password": "b"}):
        response = await client.post("/api/v1/auth/login", json=body)
        assert (response.status_code, response.json()["code"]) == (422, "validation_error")
    refresh = await client.post("/api/v1/auth/refresh", json={"refresh_token": "x" * 300})
    assert refresh.status_code == 422

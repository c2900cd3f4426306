"""Login, tokens, refresh rotation, logout, lock-out and password changes."""

from __future__ import annotations

import httpx
from sqlalchemy import func, select

from kefu.identity.models import AuthSession, User
from kefu.services import Services
from tests.world import PASSWORD, World, login


async def test_login_returns_tokens_that_authenticate(
    client: httpx.AsyncClient, world: World
) -> None:
    agent = world.actors["agent"]
    me = await client.get("/api/v1/me", headers=agent.headers)
    assert me.status_code == 200
    body = me.json()
    assert body["user"]["id"] == str(agent.user_id)
    assert body["tenant"]["slug"] == "acme"
    assert "users:write" not in body["permissions"]
    assert "users:read" in body["permissions"]


async def test_login_by_employee_number(client: httpx.AsyncClient, world: World) -> None:
    response = await client.post(
        "/api/v1/auth/login", json={"tenant": "acme", "login": "E003", "password": PASSWORD}
    )
    assert response.status_code == 200


async def test_wrong_password_unknown_user_and_unknown_tenant_look_the_same(
    client: httpx.AsyncClient, world: World
) -> None:
    attempts = [
        {"tenant": "acme", "login": world.actors["agent"].login, "password": "Wrong-pass-1"},
        {"tenant": "acme", "login": "nobody@acme.example.com", "password": PASSWORD},
        {"tenant": "nowhere", "login": world.actors["agent"].login, "password": PASSWORD},
    ]
    for attempt in attempts:
        response = await client.post("/api/v1/auth/login", json=attempt)
        assert response.status_code == 401
        assert response.json()["code"] == "invalid_credentials"


async def test_lockout_after_repeated_failures_then_unlock(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    agent = world.actors["agent"]
    bad = {"tenant": "acme", "login": agent.login, "password": "Wrong-pass-1"}
    limit = services.settings.login_max_failures
    codes = [
        (await client.post("/api/v1/auth/login", json=bad)).json()["code"] for _ in range(limit)
    ]
    assert codes == ["invalid_credentials"] * (limit - 1) + ["account_locked"]
    # Locked: even the right password is refused, without being checked.
    good = {**bad, "password": PASSWORD}
    locked = await client.post("/api/v1/auth/login", json=good)
    assert locked.status_code == 423
    assert locked.json()["code"] == "account_locked"

    admin = world.actors["tenant_admin"]
    unlock = await client.post(f"/api/v1/users/{agent.user_id}/unlock", headers=admin.headers)
    assert unlock.status_code == 200
    assert unlock.json()["locked_until"] is None
    assert (await client.post("/api/v1/auth/login", json=good)).status_code == 200

    actions = await client.get(
        "/api/v1/audit-log", params={"target_id": str(agent.user_id)}, headers=admin.headers
    )
    recorded = [entry["action"] for entry in actions.json()["items"]]
    assert "auth.lockout" in recorded
    assert "user.unlock" in recorded


async def test_refresh_rotates_and_reuse_revokes_the_session(
    client: httpx.AsyncClient, world: World
) -> None:
    agent = world.actors["agent"]
    first = agent.refresh_token
    rotated = await client.post("/api/v1/auth/refresh", json={"refresh_token": first})
    assert rotated.status_code == 200
    fresh = rotated.json()
    assert fresh["refresh_token"] != first
    headers = {"Authorization": f"Bearer {fresh['access_token']}"}
    assert (await client.get("/api/v1/me", headers=headers)).status_code == 200

    # The old token presented again means it leaked: the whole session ends.
    reuse = await client.post("/api/v1/auth/refresh", json={"refresh_token": first})
    assert reuse.status_code == 401
    assert reuse.json()["code"] == "refresh_token_reused"
    after = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": fresh["refresh_token"]}
    )
    assert after.json()["code"] == "invalid_refresh_token"
    gone = await client.get("/api/v1/me", headers=headers)
    assert gone.status_code == 401
    assert gone.json()["code"] == "session_revoked"


async def test_logout_revokes_access_and_refresh_tokens(
    client: httpx.AsyncClient, world: World
) -> None:
    agent = world.actors["agent"]
    assert (await client.post("/api/v1/auth/logout", headers=agent.headers)).status_code == 204
    assert (await client.get("/api/v1/me", headers=agent.headers)).json()[
        "code"
    ] == "session_revoked"
    refresh = await client.post("/api/v1/auth/refresh", json={"refresh_token": agent.refresh_token})
    assert refresh.status_code == 401


async def test_disabling_a_user_ends_their_sessions(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    agent, admin = world.actors["agent"], world.actors["tenant_admin"]
    assert (await client.get("/api/v1/me", headers=agent.headers)).status_code == 200
    response = await client.patch(
        f"/api/v1/users/{agent.user_id}", json={"status": "disabled"}, headers=admin.headers
    )
    assert response.status_code == 200
    assert (await client.get("/api/v1/me", headers=agent.headers)).status_code == 401
    login_again = await client.post(
        "/api/v1/auth/login", json={"tenant": "acme", "login": agent.login, "password": PASSWORD}
    )
    assert login_again.json()["code"] == "account_disabled"
    async with services.db.transaction() as session:
        live = await session.scalar(
            select(func.count())
            .select_from(AuthSession)
            .where(AuthSession.user_id == agent.user_id, AuthSession.revoked_at.is_(None))
        )
    assert live == 0


async def test_password_change_keeps_this_session_and_ends_the_others(
    client: httpx.AsyncClient, world: World
) -> None:
    agent = world.actors["agent"]
    other_device = await client.post(
        "/api/v1/auth/login", json={"tenant": "acme", "login": agent.login, "password": PASSWORD}
    )
    other_headers = {"Authorization": f"Bearer {other_device.json()['access_token']}"}
    weak = await client.post(
        "/api/v1/me/password",
        json={"current_password": PASSWORD, "new_password": "short1"},
        headers=agent.headers,
    )
    assert weak.status_code == 422
    assert weak.json()["code"] == "weak_password"
    changed = await client.post(
        "/api/v1/me/password",
        json={"current_password": PASSWORD, "new_password": "Another-Secret-77"},
        headers=agent.headers,
    )
    assert changed.status_code == 204
    assert (await client.get("/api/v1/me", headers=agent.headers)).status_code == 200
    assert (await client.get("/api/v1/me", headers=other_headers)).status_code == 401
    await login(client, agent, "Another-Secret-77")


async def test_expired_and_forged_tokens_are_refused(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    from datetime import timedelta

    from kefu.core.clock import utcnow
    from kefu.identity.tokens import issue_access_token

    agent = world.actors["agent"]
    async with services.db.transaction() as session:
        user = await session.get(User, agent.user_id)
        assert user is not None
        sid = await session.scalar(select(AuthSession.id).where(AuthSession.user_id == user.id))
    assert sid is not None
    expired, _ = issue_access_token(
        services.settings.effective_secret_key,
        user_id=agent.user_id,
        tenant_id=world.tenant_id,
        session_id=sid,
        now=utcnow() - timedelta(hours=2),
        ttl=timedelta(minutes=15),
    )
    forged, _ = issue_access_token(
        "not-the-server-key-but-long-enough-for-hs256",
        user_id=agent.user_id,
        tenant_id=world.tenant_id,
        session_id=sid,
        now=utcnow(),
        ttl=timedelta(minutes=15),
    )
    for token, code in ((expired, "token_expired"), (forged, "invalid_token")):
        response = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401
        assert response.json()["code"] == code
    assert (await client.get("/api/v1/me")).json()["code"] == "unauthenticated"

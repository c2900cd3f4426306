"""Organisation units and staff accounts: the rules an administrator relies on."""

from __future__ import annotations

import httpx

from tests.world import PASSWORD, World, login


async def test_org_tree_refuses_cycles_and_deleting_non_empty_units(
    client: httpx.AsyncClient, world: World
) -> None:
    admin = world.actors["tenant_admin"].headers
    cycle = await client.patch(
        f"/api/v1/org-units/{world.unit_id}",
        json={"parent_id": str(world.child_unit_id)},
        headers=admin,
    )
    assert cycle.status_code == 409
    assert cycle.json()["code"] == "org_unit_cycle"
    has_children = await client.delete(f"/api/v1/org-units/{world.unit_id}", headers=admin)
    assert has_children.json()["code"] == "org_unit_not_empty"
    has_members = await client.delete(f"/api/v1/org-units/{world.child_unit_id}", headers=admin)
    assert has_members.json()["code"] == "org_unit_not_empty"
    units = (await client.get("/api/v1/org-units", headers=admin)).json()
    assert {u["id"] for u in units} == {str(world.unit_id), str(world.child_unit_id)}


async def test_moving_a_unit_to_the_top_level(client: httpx.AsyncClient, world: World) -> None:
    admin = world.actors["tenant_admin"].headers
    moved = await client.patch(
        f"/api/v1/org-units/{world.child_unit_id}", json={"parent_id": None}, headers=admin
    )
    assert moved.status_code == 200
    assert moved.json()["parent_id"] is None


async def test_create_user_then_sign_in_with_it(client: httpx.AsyncClient, world: World) -> None:
    admin = world.actors["tenant_admin"].headers
    body = {
        "employee_no": "K2001",
        "name": "陈小明",
        "email": "Chen@Acme.example.com",
        "phone": "+86 138 0000 0000",
        "roles": ["agent", "qa_inspector"],
        "org_unit_ids": [str(world.child_unit_id)],
        "password": "Welcome-2026-ok",
    }
    created = await client.post("/api/v1/users", json=body, headers=admin)
    assert created.status_code == 201, created.text
    user = created.json()
    assert user["email"] == "chen@acme.example.com"
    assert user["roles"] == ["agent", "qa_inspector"]
    assert [u["id"] for u in user["org_units"]] == [str(world.child_unit_id)]
    assert "password" not in created.text
    assert "argon2" not in created.text
    login_response = await client.post(
        "/api/v1/auth/login",
        json={"tenant": "acme", "login": "CHEN@acme.example.com", "password": "Welcome-2026-ok"},
    )
    assert login_response.status_code == 200


async def test_duplicates_weak_passwords_and_foreign_units_are_refused(
    client: httpx.AsyncClient, world: World
) -> None:
    admin = world.actors["tenant_admin"].headers
    base = {"employee_no": "K3001", "name": "Li", "roles": ["agent"], "password": PASSWORD}
    cases = [
        ({**base, "employee_no": "E003"}, 409, "employee_no_taken"),
        ({**base, "email": world.actors["agent"].login}, 409, "email_taken"),
        ({**base, "password": "password123"}, 422, "weak_password"),
        ({**base, "password": "K3001-is-my-password-1"}, 422, "weak_password"),
        (
            {**base, "org_unit_ids": ["01a20805-0000-7000-8000-000000000000"]},
            422,
            "unknown_org_unit",
        ),
    ]
    for body, status, code in cases:
        response = await client.post("/api/v1/users", json=body, headers=admin)
        assert (response.status_code, response.json()["code"]) == (status, code), body
    listing = await client.get("/api/v1/users", params={"q": "K3001"}, headers=admin)
    assert listing.json()["items"] == []


async def test_platform_admin_role_exists_only_in_platform_tenants(
    client: httpx.AsyncClient, world: World
) -> None:
    shop_admin = {"tenant": "acme-shop", "login": "m001@acme.example.com", "password": PASSWORD}
    token = (await client.post("/api/v1/auth/login", json=shop_admin)).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    body = {"employee_no": "P1", "name": "P", "roles": ["platform_admin"], "password": PASSWORD}
    response = await client.post("/api/v1/users", json=body, headers=headers)
    assert response.json()["code"] == "role_not_allowed"
    merchants = await client.get("/api/v1/merchants", headers=headers)
    assert merchants.status_code == 403


async def test_the_last_administrator_cannot_be_removed(
    client: httpx.AsyncClient, world: World
) -> None:
    admin = world.actors["tenant_admin"]
    platform_admin = world.actors["platform_admin"]
    demote = await client.patch(
        f"/api/v1/users/{platform_admin.user_id}", json={"roles": ["agent"]}, headers=admin.headers
    )
    assert demote.status_code == 200
    last = await client.patch(
        f"/api/v1/users/{admin.user_id}", json={"status": "disabled"}, headers=admin.headers
    )
    assert last.status_code == 409
    assert last.json()["code"] == "last_admin"


async def test_users_filter_by_role_unit_and_text(client: httpx.AsyncClient, world: World) -> None:
    headers = world.actors["supervisor"].headers
    by_role = await client.get("/api/v1/users", params={"role": "analyst"}, headers=headers)
    assert [u["id"] for u in by_role.json()["items"]] == [str(world.actors["analyst"].user_id)]
    by_unit = await client.get(
        "/api/v1/users", params={"org_unit_id": str(world.child_unit_id)}, headers=headers
    )
    assert len(by_unit.json()["items"]) == 6
    by_text = await client.get("/api/v1/users", params={"q": "e003"}, headers=headers)
    assert [u["employee_no"] for u in by_text.json()["items"]] == ["E003"]


async def test_users_page_through_with_cursors(client: httpx.AsyncClient, world: World) -> None:
    headers = world.actors["supervisor"].headers
    ids: list[str] = []
    cursor = None
    while True:
        params = {"limit": 4, **({"cursor": cursor} if cursor else {})}
        body = (await client.get("/api/v1/users", params=params, headers=headers)).json()
        ids += [u["id"] for u in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert len(ids) == len(set(ids)) == 6


async def test_admin_password_reset_ends_sessions(client: httpx.AsyncClient, world: World) -> None:
    agent, admin = world.actors["agent"], world.actors["tenant_admin"]
    reset = await client.post(
        f"/api/v1/users/{agent.user_id}/password",
        json={"new_password": "Reset-by-admin-9"},
        headers=admin.headers,
    )
    assert reset.status_code == 204
    assert (await client.get("/api/v1/me", headers=agent.headers)).status_code == 401
    await login(client, agent, "Reset-by-admin-9")


async def test_nobody_grants_a_role_beyond_their_own_permissions(
    client: httpx.AsyncClient, world: World
) -> None:
    admin = world.actors["tenant_admin"].headers
    body = {"employee_no": "X9", "name": "X", "roles": ["platform_admin"], "password": PASSWORD}
    created = await client.post("/api/v1/users", json=body, headers=admin)
    assert (created.status_code, created.json()["code"]) == (403, "permission_escalation")
    promote = await client.patch(
        f"/api/v1/users/{world.actors['tenant_admin'].user_id}",
        json={"roles": ["tenant_admin", "platform_admin"]},
        headers=admin,
    )
    assert (promote.status_code, promote.json()["code"]) == (403, "permission_escalation")
    platform = world.actors["platform_admin"].headers
    granted = await client.post("/api/v1/users", json=body, headers=platform)
    assert granted.status_code == 201

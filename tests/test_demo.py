"""`kefu demo`: every printed account signs in, and seeding twice changes nothing."""

from __future__ import annotations

import httpx

from kefu import demo
from kefu.identity.permissions import ROLE_PERMISSIONS
from kefu.services import Services


async def test_every_demo_account_signs_in_with_its_role(
    client: httpx.AsyncClient, services: Services
) -> None:
    assert await demo.seed(services) is True
    assert await demo.seed(services) is False
    for account in demo.ACCOUNTS:
        login = await client.post(
            "/api/v1/auth/login",
            json={"tenant": account.tenant, "login": account.login, "password": demo.PASSWORD},
        )
        assert login.status_code == 200, account
        headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
        me = (await client.get("/api/v1/me", headers=headers)).json()
        assert me["user"]["roles"] == [account.role.value]
        assert set(me["permissions"]) == set(ROLE_PERMISSIONS[account.role])
    admin = next(a for a in demo.ACCOUNTS if a.login.startswith("admin@"))
    token = (
        await client.post(
            "/api/v1/auth/login",
            json={"tenant": demo.TENANT, "login": admin.login, "password": demo.PASSWORD},
        )
    ).json()["access_token"]
    units = await client.get("/api/v1/org-units", headers={"Authorization": f"Bearer {token}"})
    assert len(units.json()) == len(demo.ORG_UNITS)

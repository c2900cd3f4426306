"""`kefu demo`: every printed account signs in, and seeding twice changes nothing."""

from __future__ import annotations

import httpx
from sqlalchemy import select

from kefu import demo
from kefu.appointments.models import Appointment
from kefu.conversations.participants import Sender
from kefu.conversations.schemas import MessageIn
from kefu.conversations.service import Origin
from kefu.identity.permissions import ROLE_PERMISSIONS
from kefu.services import Services
from kefu.tickets.models import Ticket


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


async def test_the_demo_help_centre_starts_with_the_bot(
    client: httpx.AsyncClient, services: Services
) -> None:
    """A visitor of the help centre's H5 page asks the demo shop's knowledge base."""
    await demo.seed(services)
    opened = await client.post(
        f"/api/v1/widget/{demo.HELP_SITE}/sessions",
        json={"page": {"url": f"http://127.0.0.1:8000/chat/{demo.HELP_SITE}"}},
    )
    assert opened.status_code == 201, opened.text
    visitor = services.web.visitor(opened.json()["token"])
    async with services.db.transaction() as session:
        origin = Origin.of(visitor, page_url=f"http://127.0.0.1:8000/chat/{demo.HELP_SITE}")
        conversation, _ = await services.conversations.start(session, visitor, origin, {})
        draft = MessageIn(client_msg_id="first", body="我想退货，怎么操作")
        await services.conversations.send(
            session, conversation.id, Sender.customer(visitor.contact_id), draft
        )
    await services.dispatcher.settle()
    await services.dialogue.settle()
    async with services.db.read() as session:
        turns = await services.dialogue.turns(session, conversation.id)
    [turn] = turns
    assert (turn.outcome, turn.candidates[0]["question"]) == ("direct", "怎么退货")


async def test_the_demo_technicians_have_a_week_of_visit_slots(
    client: httpx.AsyncClient, services: Services
) -> None:
    await demo.seed(services)
    agent = next(a for a in demo.ACCOUNTS if a.login.startswith("agent@"))
    login = await client.post(
        "/api/v1/auth/login",
        json={"tenant": demo.TENANT, "login": agent.login, "password": demo.PASSWORD},
    )
    headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
    areas = (await client.get("/api/v1/service-areas", headers=headers)).json()
    assert {a["name"] for a in areas} == {name for _, name in demo.SERVICE_AREAS}
    free = await client.get(
        "/api/v1/free-appointment-slots", params={"area_id": areas[0]["id"]}, headers=headers
    )
    slots = free.json()
    assert len(slots) == 7 * len(demo.VISIT_WINDOWS)
    assert {s["team_name"] for s in slots} == {"上门服务组"}
    # The demo's repair ticket has its visit booked, and its customer was told.
    async with services.db.read() as session:
        [visit] = (await session.scalars(select(Appointment))).all()
        ticket = await session.get(Ticket, visit.ticket_id)
        assert ticket is not None
        assert (visit.status, visit.address) == ("booked", ticket.fields["address"])
    comments = await client.get(f"/api/v1/tickets/{ticket.id}/comments", headers=headers)
    assert any("已为您预约上门服务" in c["body"] for c in comments.json())


async def test_the_demo_has_tickets_of_each_type_under_an_sla(
    client: httpx.AsyncClient, services: Services
) -> None:
    await demo.seed(services)
    agent = next(a for a in demo.ACCOUNTS if a.login.startswith("agent@"))
    login = await client.post(
        "/api/v1/auth/login",
        json={"tenant": demo.TENANT, "login": agent.login, "password": demo.PASSWORD},
    )
    headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
    listed = (await client.get("/api/v1/tickets", headers=headers)).json()["items"]
    assert len(listed) == len(demo.DEMO_TICKETS)
    types = {
        t["id"]: t["key"]
        for t in (await client.get("/api/v1/ticket-types", headers=headers)).json()
    }
    assert {types[t["type_id"]] for t in listed} == {row[0] for row in demo.DEMO_TICKETS}
    complaint = next(t for t in listed if t["subject"].startswith("快递三天没到"))
    full = (await client.get(f"/api/v1/tickets/{complaint['id']}", headers=headers)).json()
    assert full["status"] == "open"
    assert set(full["sla"]) == {"first_response", "resolution"}
    solved = next(t for t in listed if t["category"] == "solved")
    follow_ups = await client.get(f"/api/v1/tickets/{solved['id']}/follow-ups", headers=headers)
    assert [f["status"] for f in follow_ups.json()] == ["scheduled"]

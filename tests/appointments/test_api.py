"""Appointments over REST on SQLite and PostgreSQL: an administrator sets up areas and slots,
an agent finds a free slot and books, moves and cancels a ticket's visit; refusals answer
their code and change nothing."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import httpx

from kefu.core.clock import utcnow
from kefu.services import Services
from tests.appointments import visits
from tests.conftest import Clock
from tests.world import World, fingerprint

API = "/api/v1"


def _at(delta: timedelta) -> str:
    return (utcnow().replace(microsecond=0) + delta).isoformat()


async def _refused(
    client: httpx.AsyncClient,
    services: Services,
    world: World,
    method: str,
    url: str,
    body: dict[str, Any] | None,
    headers: dict[str, str],
) -> tuple[int, str]:
    before = await fingerprint(services, world.tenant_id)
    response = await client.request(method, url, json=body, headers=headers)
    assert await fingerprint(services, world.tenant_id) == before, response.text
    return response.status_code, response.json()["code"]


async def _setup(client: httpx.AsyncClient, world: World) -> tuple[str, str]:
    """An area and a slot in it for the world's team, made by the administrator."""
    admin = world.actors["tenant_admin"].headers
    response = await client.post(
        f"{API}/service-areas", json={"code": "sz-nanshan", "name": "深圳南山区"}, headers=admin
    )
    assert response.status_code == 201, response.text
    area = response.json()
    assert (area["remind_minutes"], area["active"]) == (1440, True)
    slot = {
        "area_id": area["id"],
        "team_id": str(world.child_unit_id),
        "starts_at": _at(timedelta(days=2)),
        "ends_at": _at(timedelta(days=2, hours=2)),
        "capacity": 1,
    }
    response = await client.post(f"{API}/appointment-slots", json=slot, headers=admin)
    assert response.status_code == 201, response.text
    assert response.json()["booked"] == 0
    return area["id"], response.json()["id"]


async def test_areas_and_slots_are_set_up_by_an_administrator(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    admin = world.actors["tenant_admin"].headers
    area_id, slot_id = await _setup(client, world)

    status = await _refused(
        client,
        services,
        world,
        "POST",
        f"{API}/service-areas",
        {"code": "sz-nanshan", "name": "又一个南山"},
        admin,
    )
    assert status == (409, "area_code_taken")
    good = {
        "area_id": area_id,
        "team_id": str(world.child_unit_id),
        "starts_at": _at(timedelta(days=3)),
        "ends_at": _at(timedelta(days=3, hours=2)),
    }
    for change, expected in (
        ({"area_id": str(uuid.uuid4())}, (422, "unknown_area")),
        ({"team_id": str(uuid.uuid4())}, (422, "unknown_org_unit")),
        ({"ends_at": good["starts_at"]}, (422, "invalid_slot_times")),
        ({"ends_at": _at(timedelta(days=4, hours=1))}, (422, "invalid_slot_times")),
        (
            {"starts_at": _at(-timedelta(hours=1)), "ends_at": _at(timedelta(hours=1))},
            (422, "slot_past"),
        ),
        ({"capacity": 0}, (422, "validation_error")),
        ({"technician": "张师傅"}, (422, "validation_error")),
    ):
        status = await _refused(
            client, services, world, "POST", f"{API}/appointment-slots", good | change, admin
        )
        assert status == expected, change
    [first] = (await client.get(f"{API}/appointment-slots", headers=admin)).json()
    duplicate = good | {"starts_at": first["starts_at"], "ends_at": first["ends_at"]}
    status = await _refused(
        client, services, world, "POST", f"{API}/appointment-slots", duplicate, admin
    )
    assert status == (409, "slot_exists")

    response = await client.patch(
        f"{API}/appointment-slots/{slot_id}", json={"capacity": 3}, headers=admin
    )
    assert response.status_code == 200, response.text
    assert response.json()["capacity"] == 3
    listed = await client.get(f"{API}/appointment-slots?area_id={area_id}", headers=admin)
    assert [s["id"] for s in listed.json()] == [slot_id]
    status = await _refused(
        client, services, world, "DELETE", f"{API}/service-areas/{area_id}", None, admin
    )
    assert status == (409, "area_in_use")
    response = await client.delete(f"{API}/appointment-slots/{slot_id}", headers=admin)
    assert response.status_code == 204
    response = await client.patch(
        f"{API}/service-areas/{area_id}", json={"name": "深圳市南山区"}, headers=admin
    )
    assert response.json()["name"] == "深圳市南山区"
    response = await client.delete(f"{API}/service-areas/{area_id}", headers=admin)
    assert response.status_code == 204
    response = await client.get(f"{API}/service-areas", headers=admin)
    assert response.json() == []
    audit = await client.get(f"{API}/audit-log", params={"limit": 50}, headers=admin)
    actions = [e["action"] for e in audit.json()["items"]]
    for action in (
        "service_area.create",
        "service_area.update",
        "service_area.delete",
        "appointment_slot.create",
        "appointment_slot.update",
        "appointment_slot.delete",
    ):
        assert action in actions


async def test_an_agent_books_moves_and_cancels_a_visit(
    client: httpx.AsyncClient, services: Services, world: World, clock_control: Clock
) -> None:
    agent = world.actors["agent"].headers
    area_id, slot_id = await _setup(client, world)
    ticket_id = await visits.ticket(services, world)
    other = await visits.slot(
        services, world, uuid.UUID(area_id), world.child_unit_id, starts_in=timedelta(days=5)
    )

    response = await client.get(f"{API}/free-appointment-slots?area_id={area_id}", headers=agent)
    assert response.status_code == 200, response.text
    free = response.json()
    assert [(s["id"], s["remaining"], s["area_name"]) for s in free] == [
        (slot_id, 1, "深圳南山区"),
        (str(other), 2, "深圳南山区"),
    ]
    assert free[0]["team_name"] == "Online team"

    url = f"{API}/tickets/{ticket_id}/appointments"
    response = await client.post(url, json={"slot_id": slot_id, "note": "带梯子"}, headers=agent)
    assert response.status_code == 201, response.text
    appointment = response.json()
    assert appointment["status"] == "booked"
    assert appointment["slot"]["booked"] == 1
    assert appointment["booked_by"] == f"user:{world.actors['agent'].user_id}"

    # Full now, the slot is no longer offered.
    free = (await client.get(f"{API}/free-appointment-slots", headers=agent)).json()
    assert [s["id"] for s in free] == [str(other)]
    second = await visits.ticket(services, world)
    status = await _refused(
        client,
        services,
        world,
        "POST",
        f"{API}/tickets/{second}/appointments",
        {"slot_id": slot_id},
        agent,
    )
    assert status == (409, "slot_full")
    status = await _refused(client, services, world, "POST", url, {"slot_id": str(other)}, agent)
    assert status == (409, "appointment_exists")

    response = await client.post(
        f"{url}/{appointment['id']}/move", json={"slot_id": str(other)}, headers=agent
    )
    assert response.status_code == 200, response.text
    assert (response.json()["slot_id"], response.json()["moves"]) == (str(other), 1)
    response = await client.post(
        f"{url}/{appointment['id']}/cancel", json={"reason": "客户改期"}, headers=agent
    )
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "cancelled"
    listed = (await client.get(url, headers=agent)).json()
    assert [(a["id"], a["status"]) for a in listed] == [(appointment["id"], "cancelled")]

    clock_control.advance(days=3)  # the first slot is past
    status = await _refused(client, services, world, "POST", url, {"slot_id": slot_id}, agent)
    assert status == (422, "slot_past")


async def test_another_tenants_ticket_or_slot_is_not_found(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    _, slot_id = await _setup(client, world)
    ticket_id = await visits.ticket(services, world)
    outsider = world.outsider.headers
    url = f"{API}/tickets/{ticket_id}/appointments"
    for method, target, body in (
        ("GET", url, None),
        ("POST", url, {"slot_id": slot_id}),
        ("PATCH", f"{API}/appointment-slots/{slot_id}", {"active": False}),
        ("DELETE", f"{API}/appointment-slots/{slot_id}", None),
    ):
        status = await _refused(client, services, world, method, target, body, outsider)
        assert status == (404, "not_found"), (method, target)
    # Their own ticket with the world's slot.
    their_ticket = await visits.ticket(services, world, tenant_id=world.other_tenant_id)
    status = await _refused(
        client,
        services,
        world,
        "POST",
        f"{API}/tickets/{their_ticket}/appointments",
        {"slot_id": slot_id},
        outsider,
    )
    assert status == (404, "not_found")
    free = await client.get(f"{API}/free-appointment-slots", headers=outsider)
    assert free.json() == []

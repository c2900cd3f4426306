"""Follow-ups (回访) and satisfaction surveys after a ticket is solved, on SQLite and
PostgreSQL, with a controllable clock."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest

from kefu.core.events import Event, FollowUpDue
from kefu.jobs.scheduler import Scheduler
from kefu.services import Services
from tests.conftest import Clock
from tests.tickets.conftest import TICKETS, move, new_ticket
from tests.world import World

pytestmark = pytest.mark.usefixtures("jobs")


async def _solved_complaint(
    client: httpx.AsyncClient, world: World, **extra: Any
) -> dict[str, Any]:
    agent = world.actors["agent"]
    ticket = await new_ticket(client, agent, assignee_id=str(agent.user_id), **extra)
    await move(client, agent, ticket["id"], "open")
    solved = await move(client, agent, ticket["id"], "solved")
    assert solved.status_code == 200, solved.text
    body: dict[str, Any] = solved.json()
    return body


async def _follow_ups(
    client: httpx.AsyncClient, world: World, ticket_id: str
) -> list[dict[str, Any]]:
    response = await client.get(
        f"{TICKETS}/{ticket_id}/follow-ups", headers=world.actors["agent"].headers
    )
    assert response.status_code == 200, response.text
    rows: list[dict[str, Any]] = response.json()
    return rows


async def test_a_solved_complaint_gets_a_callback_for_its_assignee_when_due(
    client: httpx.AsyncClient,
    services: Services,
    world: World,
    clock_control: Clock,
    jobs: Scheduler,
) -> None:
    agent = world.actors["agent"]
    told: list[FollowUpDue] = []

    async def note(event: Event) -> None:
        assert isinstance(event, FollowUpDue)
        told.append(event)

    services.bus.subscribe(FollowUpDue, note)
    solved_at = clock_control.freeze()
    ticket = await _solved_complaint(client, world)
    [follow_up] = await _follow_ups(client, world, ticket["id"])
    assert (follow_up["status"], follow_up["assignee_id"]) == ("scheduled", str(agent.user_id))
    due = datetime.fromisoformat(follow_up["due_at"])
    assert due - solved_at == timedelta(hours=24)
    tasks = (await client.get("/api/v1/follow-ups", headers=agent.headers)).json()
    assert [(t["id"], t["ticket_number"], t["ticket_subject"]) for t in tasks] == [
        (follow_up["id"], ticket["number"], ticket["subject"])
    ]
    # An internal ticket has no follow-up.
    internal = await new_ticket(client, agent, type_key="internal", fields={})
    await move(client, agent, internal["id"], "solved")
    assert await _follow_ups(client, world, internal["id"]) == []

    clock_control.advance(hours=23)
    assert await jobs.run_due() == 0
    clock_control.advance(hours=2)
    assert await jobs.run_due() == 1
    assert [(e.ticket_id, e.user_ids) for e in told] == [(uuid.UUID(ticket["id"]), [agent.user_id])]


async def test_an_unsatisfied_customer_reopens_the_ticket_and_a_satisfied_one_closes_it(
    client: httpx.AsyncClient, world: World
) -> None:
    agent = world.actors["agent"]
    ticket = await _solved_complaint(client, world)
    [follow_up] = await _follow_ups(client, world, ticket["id"])
    url = f"{TICKETS}/{ticket['id']}/follow-ups/{follow_up['id']}/outcome"
    unhappy = await client.post(
        url, json={"outcome": "unsatisfied", "note": "补发的也坏了"}, headers=agent.headers
    )
    assert unhappy.status_code == 200, unhappy.text
    assert (unhappy.json()["status"], unhappy.json()["outcome"]) == ("done", "unsatisfied")
    reopened = (await client.get(f"{TICKETS}/{ticket['id']}", headers=agent.headers)).json()
    assert (reopened["status"], reopened["solved_at"]) == ("open", None)
    again = await client.post(url, json={"outcome": "satisfied"}, headers=agent.headers)
    assert (again.status_code, again.json()["code"]) == (409, "follow_up_closed")

    # Solved again: a new callback; this time the customer is happy and it closes.
    await move(client, agent, ticket["id"], "solved")
    follow_ups = await _follow_ups(client, world, ticket["id"])
    assert [f["status"] for f in follow_ups] == ["done", "scheduled"]
    happy = await client.post(
        f"{TICKETS}/{ticket['id']}/follow-ups/{follow_ups[1]['id']}/outcome",
        json={"outcome": "satisfied"},
        headers=agent.headers,
    )
    assert happy.status_code == 200
    closed = (await client.get(f"{TICKETS}/{ticket['id']}", headers=agent.headers)).json()
    assert closed["status"] == "closed"
    history = (await client.get(f"{TICKETS}/{ticket['id']}/events", headers=agent.headers)).json()
    assert [e["changes"]["outcome"] for e in history if e["kind"] == "follow_up"] == [
        "unsatisfied",
        "satisfied",
    ]


async def test_reopening_before_the_callback_cancels_it(
    client: httpx.AsyncClient, world: World
) -> None:
    agent = world.actors["agent"]
    ticket = await _solved_complaint(client, world)
    await move(client, agent, ticket["id"], "open")
    [follow_up] = await _follow_ups(client, world, ticket["id"])
    assert follow_up["status"] == "cancelled"
    bad = await client.post(
        f"{TICKETS}/{ticket['id']}/follow-ups/{follow_up['id']}/outcome",
        json={"outcome": "happy"},
        headers=agent.headers,
    )
    assert (bad.status_code, bad.json()["code"]) == (422, "validation_error")


async def test_a_solved_ticket_of_a_customer_is_offered_a_survey_when_the_tenant_surveys(
    client: httpx.AsyncClient, world: World
) -> None:
    agent, admin = world.actors["agent"], world.actors["tenant_admin"]
    ticket = await _solved_complaint(client, world, contact_id=str(world.contact_id))
    comments = (
        await client.get(f"{TICKETS}/{ticket['id']}/comments", headers=agent.headers)
    ).json()
    [offer] = [c for c in comments if c["public"]]
    assert "/survey/" in offer["body"]
    token = offer["body"].split("/survey/")[1]
    survey = await client.get(f"/api/v1/survey-links/{token}")
    assert survey.status_code == 200, survey.text
    answered = await client.post(
        f"/api/v1/survey-links/{token}", json={"rating": 2, "comment": "处理太慢"}
    )
    assert answered.status_code in (200, 201), answered.text
    stats = await client.get(
        "/api/v1/surveys", params={"subject_type": "ticket"}, headers=admin.headers
    )
    [row] = stats.json()["items"]
    assert (row["subject_id"], row["rating"]) == (ticket["id"], 2)

    # Not surveyed: no link.
    settings = (await client.get("/api/v1/surveys/settings", headers=admin.headers)).json()
    await client.put(
        "/api/v1/surveys/settings", json={**settings, "tickets": False}, headers=admin.headers
    )
    quiet = await _solved_complaint(client, world, contact_id=str(world.contact_id))
    comments = (await client.get(f"{TICKETS}/{quiet['id']}/comments", headers=agent.headers)).json()
    assert [c for c in comments if c["public"]] == []

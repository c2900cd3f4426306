"""SLA on tickets with a controllable clock, on SQLite and PostgreSQL: the policy that
applies, deadlines in business hours, the pause while waiting on the customer, the warning,
the breach and its escalation, and timers that outlive a restart."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy import select

from kefu.app import create_app
from kefu.core.bus import EventBus
from kefu.core.events import Event, TicketAlert
from kefu.jobs.models import ScheduledJob
from kefu.jobs.scheduler import Scheduler
from kefu.services import Services
from kefu.tickets.timers import BREACH, WARN
from tests.conftest import Clock
from tests.tickets.conftest import TICKETS, move, new_ticket, sla_policy
from tests.world import World

pytestmark = pytest.mark.usefixtures("jobs")


def _at(text: str | None) -> datetime:
    assert text is not None
    return datetime.fromisoformat(text)


async def _ticket(client: httpx.AsyncClient, world: World, ticket_id: str) -> dict[str, Any]:
    response = await client.get(f"{TICKETS}/{ticket_id}", headers=world.actors["agent"].headers)
    assert response.status_code == 200, response.text
    ticket: dict[str, Any] = response.json()
    return ticket


def _alerts(bus: EventBus) -> list[TicketAlert]:
    seen: list[TicketAlert] = []

    async def note(event: Event) -> None:
        assert isinstance(event, TicketAlert)
        seen.append(event)

    bus.subscribe(TicketAlert, note)
    return seen


async def test_a_covered_ticket_runs_both_clocks_from_its_priority_targets(
    client: httpx.AsyncClient, world: World, clock_control: Clock
) -> None:
    admin, agent = world.actors["tenant_admin"], world.actors["agent"]
    policy = await sla_policy(
        client,
        admin,
        targets={"normal": {"first_response": 30, "resolution": 240}, "urgent": {"resolution": 60}},
    )
    start = clock_control.freeze()
    ticket = await new_ticket(client, agent)
    assert ticket["sla_policy_id"] == policy["id"]
    clocks = ticket["sla"]
    assert set(clocks) == {"first_response", "resolution"}
    assert clocks["first_response"]["status"] == "running"
    assert _at(clocks["first_response"]["due_at"]) - start == timedelta(minutes=30)
    assert _at(ticket["sla_due_at"]) == _at(clocks["first_response"]["due_at"])
    # Another type is not covered.
    internal = await new_ticket(client, agent, type_key="internal", fields={})
    assert (internal["sla_policy_id"], internal["sla"], internal["sla_due_at"]) == (None, {}, None)

    # Urgent: the resolution target of that priority, and no first-response target.
    urgent = await client.patch(
        f"{TICKETS}/{ticket['id']}", json={"priority": "urgent"}, headers=agent.headers
    )
    clocks = urgent.json()["sla"]
    assert clocks["resolution"]["target_seconds"] == 3600
    assert "first_response" not in clocks


async def test_deadlines_count_business_hours_and_skip_holidays(
    client: httpx.AsyncClient, world: World, clock_control: Clock
) -> None:
    admin, agent = world.actors["tenant_admin"], world.actors["agent"]
    shanghai = ZoneInfo("Asia/Shanghai")
    today = clock_control.freeze().astimezone(shanghai).date()
    thursday = today + timedelta(days=(3 - today.weekday()) % 7 + 7)
    hours = {
        "timezone": "Asia/Shanghai",
        "schedule": {day: [["09:00", "18:00"]] for day in ("mon", "tue", "wed", "thu", "fri")},
        "holidays": [{"date": (thursday + timedelta(days=1)).isoformat(), "name": "公司年会"}],
    }
    response = await client.post(
        "/api/v1/sla-policies",
        json={"name": "工作时间", "rules": {"targets": {"normal": {"resolution": 120}}},
              "hours": hours},
        headers=admin.headers,
    )  # fmt: skip
    assert response.status_code == 201, response.text
    # Thursday 17:30: half an hour today, Friday is a holiday, the weekend is closed, so
    # the remaining 90 minutes end on Monday at 10:30.
    at = datetime.combine(thursday, time(17, 30), shanghai)
    clock_control.advance(seconds=(at - clock_control.now()).total_seconds())
    ticket = await new_ticket(client, agent)
    monday = datetime.combine(thursday + timedelta(days=4), time(10, 30), shanghai)
    assert _at(ticket["sla_due_at"]) == monday


async def test_waiting_on_the_customer_pauses_the_clock_and_banks_the_time(
    client: httpx.AsyncClient, world: World, clock_control: Clock
) -> None:
    admin, agent = world.actors["tenant_admin"], world.actors["agent"]
    await sla_policy(client, admin, targets={"normal": {"resolution": 240}})
    clock_control.freeze()
    ticket = await new_ticket(client, agent)
    await move(client, agent, ticket["id"], "open")
    clock_control.advance(minutes=60)
    paused = (await move(client, agent, ticket["id"], "pending")).json()
    assert paused["sla"]["resolution"]["status"] == "paused"
    assert paused["sla_due_at"] is None
    assert paused["sla"]["resolution"]["used_seconds"] == 3600

    clock_control.advance(hours=10)  # the customer takes their time: it does not count
    resumed = (await move(client, agent, ticket["id"], "open")).json()
    assert resumed["sla"]["resolution"]["status"] == "running"
    left = _at(resumed["sla_due_at"]) - clock_control.now()
    assert left == timedelta(minutes=180)

    solved = (await move(client, agent, ticket["id"], "solved")).json()
    assert solved["sla"]["resolution"]["status"] == "met"
    assert solved["sla_due_at"] is None


async def test_a_warning_then_a_breach_escalates_and_tells_people(
    client: httpx.AsyncClient,
    services: Services,
    world: World,
    clock_control: Clock,
    jobs: Scheduler,
) -> None:
    admin, agent, supervisor = (world.actors[r] for r in ("tenant_admin", "agent", "supervisor"))
    await sla_policy(
        client,
        admin,
        targets={"normal": {"first_response": 30, "resolution": 100}},
        warn_ratio=0.2,
        escalation={"reassign_to": str(supervisor.user_id), "raise_priority": True},
    )
    alerts = _alerts(services.bus)
    ticket = await new_ticket(client, agent, assignee_id=str(agent.user_id))
    answered = await client.post(
        f"{TICKETS}/{ticket['id']}/comments",
        json={"body": "正在为您核实", "public": True},
        headers=agent.headers,
    )
    assert answered.status_code == 201
    stopped = await _ticket(client, world, ticket["id"])
    assert stopped["sla"]["first_response"]["status"] == "met"

    clock_control.advance(minutes=79)
    assert await jobs.run_due() == 0  # the warning is due at 80 minutes
    clock_control.advance(minutes=2)
    assert await jobs.run_due() == 1
    assert [(a.kind, a.metrics, a.supervisors) for a in alerts] == [
        ("warning", ["resolution"], True)
    ]
    assert alerts[0].user_ids == [agent.user_id]
    warned = await _ticket(client, world, ticket["id"])
    assert warned["priority"] == "normal"
    assert warned["escalated_at"] is None

    clock_control.advance(minutes=20)
    assert await jobs.run_due() == 1
    breached = await _ticket(client, world, ticket["id"])
    assert breached["sla"]["resolution"]["status"] == "breached"
    assert breached["sla_breached"] is True
    assert breached["escalated_at"] is not None
    assert breached["priority"] == "high"
    assert breached["assignee_id"] == str(supervisor.user_id)
    assert alerts[-1].kind == "breach"
    history = (await client.get(f"{TICKETS}/{ticket['id']}/events", headers=agent.headers)).json()
    escalation = next(e for e in history if e["kind"] == "sla_breached")
    assert escalation["changes"]["priority"] == ["normal", "high"]
    assert escalation["changes"]["assignee_id"] == [str(agent.user_id), str(supervisor.user_id)]
    assert escalation["actor"] == "system:sla"
    listed = await client.get(TICKETS, params={"sla": "breached"}, headers=agent.headers)
    assert [t["id"] for t in listed.json()["items"]] == [ticket["id"]]
    assert await jobs.run_due() == 0  # nothing more to fire
    async with services.db.read() as session:
        left = (await session.scalars(select(ScheduledJob.kind))).all()
    assert list(left) == []


async def test_a_ticket_solved_in_time_cancels_its_timers(
    client: httpx.AsyncClient,
    services: Services,
    world: World,
    clock_control: Clock,
    jobs: Scheduler,
) -> None:
    admin, agent = world.actors["tenant_admin"], world.actors["agent"]
    targets = {"normal": {"first_response": 30, "resolution": 60}}
    await sla_policy(client, admin, type_keys=[], targets=targets)
    ticket = await new_ticket(client, agent, type_key="internal", fields={})
    async with services.db.read() as session:
        kinds = set(await session.scalars(select(ScheduledJob.kind)))
    assert kinds == {WARN, BREACH}
    await move(client, agent, ticket["id"], "solved")
    async with services.db.read() as session:
        assert (await session.scalars(select(ScheduledJob.kind))).all() == []
    clock_control.advance(hours=2)
    assert await jobs.run_due() == 0
    solved = await _ticket(client, world, ticket["id"])
    assert solved["sla_breached"] is False
    # Solved without a public answer: the solution answered the customer.
    assert solved["sla"]["first_response"]["status"] == "met"


async def test_a_breach_timer_set_before_a_restart_fires_after_it(
    client: httpx.AsyncClient,
    services: Services,
    world: World,
    clock_control: Clock,
) -> None:
    admin, agent = world.actors["tenant_admin"], world.actors["agent"]
    await sla_policy(client, admin, type_keys=[], targets={"normal": {"resolution": 60}},
                     warn_ratio=0)  # fmt: skip
    ticket = await new_ticket(client, agent, type_key="internal", fields={})
    # A second process on the same database, as after a restart: it knows the timer only
    # from the table.
    again = create_app(services.settings)
    async with again.router.lifespan_context(again):
        restarted: Services = again.state.services
        restarted.job_loop.use(None)
        clock_control.advance(minutes=61)
        assert await restarted.scheduler.run_due() == 1
    breached = await _ticket(client, world, ticket["id"])
    assert breached["sla_breached"] is True


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"rules": {"targets": {"normal": {}}}}, "validation_error"),
        ({"rules": {"targets": {"asap": {"resolution": 5}}}}, "validation_error"),
        ({"rules": {"targets": {"normal": {"resolution": 0}}}}, "validation_error"),
        (
            {"rules": {"targets": {"normal": {"resolution": 5}}}, "hours": {"schedule": {}}},
            "hours_never_open",
        ),
        (
            {
                "rules": {
                    "targets": {"normal": {"resolution": 5}},
                    "escalation": {"reassign_to": "00000000-0000-0000-0000-000000000001"},
                }
            },
            "unknown_user",
        ),
        (
            {"rules": {"targets": {"normal": {"resolution": 5}}}, "hours": {"timezone": "Mars"}},
            "validation_error",
        ),
    ],
)
async def test_bad_policies_are_refused(
    client: httpx.AsyncClient, world: World, body: dict[str, Any], code: str
) -> None:
    admin = world.actors["tenant_admin"]
    response = await client.post(
        "/api/v1/sla-policies", json={"name": "坏的", **body}, headers=admin.headers
    )
    assert (response.status_code, response.json()["code"]) == (422, code), response.text
    assert (await client.get("/api/v1/sla-policies", headers=admin.headers)).json() == []

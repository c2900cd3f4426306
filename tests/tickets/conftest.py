"""Tickets' tests decide when due timers run: the in-process job loop is told to leave
them, and ``run_due`` runs them after ``clock_control.advance``."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from kefu.jobs.scheduler import Scheduler
from kefu.services import Services
from tests.world import Actor

TICKETS = "/api/v1/tickets"


@pytest.fixture
def jobs(services: Services) -> Scheduler:
    services.job_loop.use(None)
    return services.scheduler


async def new_ticket(client: httpx.AsyncClient, actor: Actor, **body: Any) -> dict[str, Any]:
    draft = {
        "type_key": "complaint",
        "subject": "快递三天没到",
        "fields": {"category": "物流配送"},
        **body,
    }
    response = await client.post(TICKETS, json=draft, headers=actor.headers)
    assert response.status_code == 201, response.text
    ticket: dict[str, Any] = response.json()
    return ticket


async def move(
    client: httpx.AsyncClient, actor: Actor, ticket_id: str, status: str
) -> httpx.Response:
    return await client.post(
        f"{TICKETS}/{ticket_id}/transition", json={"status": status}, headers=actor.headers
    )


async def sla_policy(client: httpx.AsyncClient, admin: Actor, **rules: Any) -> dict[str, Any]:
    body = {
        "name": "投诉时效",
        "rules": {
            "type_keys": ["complaint"],
            "targets": {"normal": {"first_response": 30, "resolution": 240}},
            **rules,
        },
    }
    response = await client.post("/api/v1/sla-policies", json=body, headers=admin.headers)
    assert response.status_code == 201, response.text
    policy: dict[str, Any] = response.json()
    return policy

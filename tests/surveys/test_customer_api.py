"""The customer's side over HTTP, on SQLite and PostgreSQL: the widget's survey of the
visitor's own conversation, and the JSON behind a survey link. Every refusal is a 4xx with
a code and stores nothing."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from kefu.services import Services
from kefu.surveys.models import Survey
from tests.surveys.chats import Chat, chat, serve_and_resolve
from tests.world import World, fingerprint


async def _count(services: Services) -> int:
    async with services.db.read() as session:
        return int(await session.scalar(select(func.count()).select_from(Survey)) or 0)


async def _answer(
    client: httpx.AsyncClient, world: World, c: Chat, body: dict[str, Any], expect: int
) -> dict[str, Any]:
    response = await client.post(c.widget(world), json=body, headers=c.visitor)
    assert response.status_code == expect, response.text
    result: dict[str, Any] = response.json()
    return result


async def test_the_visitor_rates_a_resolved_conversation_in_the_widget(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    c = await chat(client, services, world)
    pending = await client.get(c.widget(world), headers=c.visitor)
    assert pending.status_code == 200
    assert pending.json()["state"] == "pending"  # still open: nothing to rate yet
    await serve_and_resolve(client, world, c)

    form = (await client.get(c.widget(world), headers=c.visitor)).json()
    assert form["state"] == "open"
    assert form["question"]["zh-CN"] == "您对本次服务满意吗？"
    assert [labels["zh-CN"] for labels in form["rating_labels"]] == [
        "非常不满意",
        "不满意",
        "一般",
        "满意",
        "非常满意",
    ]
    positive = [r["key"] for r in form["reasons"] if r["sentiment"] == "positive"]
    assert "fast" in positive
    assert "slow" not in positive
    assert form["comment"] is True
    assert form["expires_at"]

    body = {
        "rating": 4,
        "reasons": ["fast", "professional"],
        "comment": "很快就解决了",
        "language": "zh-CN",
    }
    answered = await _answer(client, world, c, body, 201)
    assert answered["state"] == "answered"
    assert answered["answer"]["rating"] == 4
    assert answered["answer"]["reasons"] == ["fast", "professional"]
    assert answered["answer"]["channel"] == "widget"
    async with services.db.read() as session:
        survey = await session.scalar(select(Survey))
    assert survey is not None
    assert (survey.subject_type, survey.subject_id) == ("conversation", c.conversation_id)
    assert survey.contact_id == c.contact_id
    assert survey.agent_id == world.actors["agent"].user_id  # the assignee at the end
    assert survey.comment == "很快就解决了"
    assert survey.invited_at is not None

    # A reload asks again and finds the answer.
    again = (await client.get(c.widget(world), headers=c.visitor)).json()
    assert again["state"] == "answered"
    assert again["answer"]["comment"] == "很快就解决了"


async def test_the_same_answer_again_is_the_stored_one_and_a_different_one_is_refused(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    c = await chat(client, services, world)
    await serve_and_resolve(client, world, c, "close")
    body = {"rating": 2, "reasons": ["slow"], "comment": "等了很久"}
    await _answer(client, world, c, body, 201)
    await _answer(client, world, c, body, 200)  # a retry after a lost answer
    before = await fingerprint(services, world.tenant_id)
    refused = await _answer(client, world, c, {"rating": 5}, 409)
    assert refused["code"] == "survey_answered"
    assert refused["details"]["rating"] == 2
    assert await fingerprint(services, world.tenant_id) == before
    assert await _count(services) == 1


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"rating": 0}, 422, "validation_error"),
        ({"rating": 6}, 422, "validation_error"),
        ({"rating": "5"}, 422, "validation_error"),
        ({"rating": 4.5}, 422, "validation_error"),
        ({}, 422, "validation_error"),
        ({"rating": 4, "reasons": ["no_such_reason"]}, 422, "unknown_reason"),
        ({"rating": 5, "reasons": ["slow"]}, 422, "unknown_reason"),  # a reason for 1-3
        ({"rating": 2, "reasons": ["fast"]}, 422, "unknown_reason"),  # a reason for 4-5
        ({"rating": 4, "reasons": ["Not A Key"]}, 422, "validation_error"),
        ({"rating": 4, "comment": "好" * 501}, 422, "validation_error"),
        ({"rating": 4, "comment": "nul\x00"}, 422, "validation_error"),
        ({"rating": 4, "stars": 4}, 422, "validation_error"),
        ({"rating": 4, "language": "fr"}, 422, "validation_error"),
    ],
)
async def test_bad_answers_are_refused_and_store_nothing(
    client: httpx.AsyncClient,
    services: Services,
    world: World,
    body: dict[str, Any],
    status: int,
    code: str,
) -> None:
    c = await chat(client, services, world)
    await serve_and_resolve(client, world, c)
    before = await fingerprint(services, world.tenant_id)
    refused = await _answer(client, world, c, body, status)
    assert refused["code"] == code
    assert await fingerprint(services, world.tenant_id) == before
    assert await _count(services) == 0


async def test_an_open_conversation_cannot_be_rated(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    c = await chat(client, services, world)
    before = await fingerprint(services, world.tenant_id)
    refused = await _answer(client, world, c, {"rating": 5}, 409)
    assert refused["code"] == "survey_not_ready"
    assert await fingerprint(services, world.tenant_id) == before


async def test_a_visitor_cannot_rate_or_read_anyone_elses_conversation(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    mine = await chat(client, services, world)
    theirs = await chat(client, services, world)
    await serve_and_resolve(client, world, theirs)
    before = await fingerprint(services, world.tenant_id)
    url = theirs.widget(world)
    read = await client.get(url, headers=mine.visitor)
    assert (read.status_code, read.json()["code"]) == (404, "not_found")
    wrote = await client.post(url, json={"rating": 1}, headers=mine.visitor)
    assert (wrote.status_code, wrote.json()["code"]) == (404, "not_found")
    # Another tenant's conversation: the same answer as one that does not exist.
    foreign = f"/api/v1/widget/{world.site_key}/conversations/{uuid.uuid4()}/survey"
    missing = await client.post(foreign, json={"rating": 1}, headers=mine.visitor)
    assert (missing.status_code, missing.json()["code"]) == (404, "not_found")
    other_site = url.replace(world.site_key, "other-site")
    wrong = await client.post(other_site, json={"rating": 1}, headers=theirs.visitor)
    assert (wrong.status_code, wrong.json()["code"]) == (401, "invalid_token")
    anonymous = await client.post(url, json={"rating": 1})
    assert (anonymous.status_code, anonymous.json()["code"]) == (401, "unauthenticated")
    assert await fingerprint(services, world.tenant_id) == before


async def test_an_invitation_expires_after_the_tenants_days(
    client: httpx.AsyncClient, services: Services, world: World, clock_control: Any
) -> None:
    c = await chat(client, services, world)
    await serve_and_resolve(client, world, c)
    clock_control.advance(days=6, hours=23)
    assert (await client.get(c.widget(world), headers=c.visitor)).json()["state"] == "open"
    clock_control.advance(hours=2)
    assert (await client.get(c.widget(world), headers=c.visitor)).json()["state"] == "expired"
    before = await fingerprint(services, world.tenant_id)
    refused = await _answer(client, world, c, {"rating": 5}, 410)
    assert refused["code"] == "survey_expired"
    assert await fingerprint(services, world.tenant_id) == before


async def test_surveys_switched_off_are_neither_offered_nor_taken(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    admin = world.actors["tenant_admin"].headers
    settings = (await client.get("/api/v1/surveys/settings", headers=admin)).json()
    settings["conversations"] = False
    saved = await client.put("/api/v1/surveys/settings", json=settings, headers=admin)
    assert saved.status_code == 200, saved.text
    c = await chat(client, services, world)
    await serve_and_resolve(client, world, c)
    assert (await client.get(c.widget(world), headers=c.visitor)).json()["state"] == "disabled"
    before = await fingerprint(services, world.tenant_id)
    refused = await _answer(client, world, c, {"rating": 5}, 404)
    assert refused["code"] == "survey_disabled"
    assert await fingerprint(services, world.tenant_id) == before


async def test_a_comment_is_refused_when_the_tenant_takes_none(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    admin = world.actors["tenant_admin"].headers
    settings = (await client.get("/api/v1/surveys/settings", headers=admin)).json()
    await client.put("/api/v1/surveys/settings", json={**settings, "comment": False}, headers=admin)
    c = await chat(client, services, world)
    await serve_and_resolve(client, world, c)
    assert (await client.get(c.widget(world), headers=c.visitor)).json()["comment"] is False
    refused = await _answer(client, world, c, {"rating": 3, "comment": "还行"}, 422)
    assert refused["code"] == "comment_not_allowed"
    assert await _count(services) == 0
    await _answer(client, world, c, {"rating": 3, "comment": "   "}, 201)  # blank is none


# --- links -----------------------------------------------------------------------------------


async def test_a_link_holder_rates_a_ticket(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    ticket_id = uuid.uuid4()
    agent = world.actors["agent"].user_id
    path = services.surveys.link(
        world.tenant_id,
        "ticket",
        ticket_id,
        world.contact_id,
        agent_id=agent,
        team_id=world.unit_id,
    )
    assert path.startswith("/survey/")
    assert len(path) < 200
    url = "/api/v1/survey-links/" + path.removeprefix("/survey/")
    form = (await client.get(url)).json()
    assert (form["state"], form["subject_type"], form["subject_id"]) == (
        "open",
        "ticket",
        str(ticket_id),
    )
    response = await client.post(url, json={"rating": 1, "reasons": ["unsolved"]})
    assert response.status_code == 201, response.text
    assert response.json()["answer"]["channel"] == "link"
    async with services.db.read() as session:
        survey = await session.scalar(select(Survey))
    assert survey is not None
    assert (survey.subject_type, survey.agent_id, survey.team_id) == (
        "ticket",
        agent,
        world.unit_id,
    )
    assert survey.contact_id == world.contact_id
    assert survey.group_id is None


async def test_an_agent_sends_a_conversation_link_answerable_once_it_ends(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    c = await chat(client, services, world)
    agent = world.actors["agent"].headers
    made = await client.post(
        f"/api/v1/conversations/{c.conversation_id}/survey-link", headers=agent
    )
    assert made.status_code == 200, made.text
    assert made.json()["answer_days"] == 7
    url = "/api/v1/survey-links/" + made.json()["path"].removeprefix("/survey/")
    assert (await client.get(url)).json()["state"] == "pending"
    refused = await client.post(url, json={"rating": 5})
    assert (refused.status_code, refused.json()["code"]) == (409, "survey_not_ready")
    await serve_and_resolve(client, world, c)
    response = await client.post(url, json={"rating": 5, "reasons": ["solved"]})
    assert response.status_code == 201, response.text
    # The widget sees the same survey answered.
    widget = (await client.get(c.widget(world), headers=c.visitor)).json()
    assert widget["state"] == "answered"
    assert widget["answer"]["channel"] == "link"


@pytest.mark.parametrize(
    "token",
    ["", "x", "not-a-token", "A" * 95, "!!!!", "A" * 300],
    ids=["empty", "short", "garbage", "unsigned", "not-base64", "too-long"],
)
async def test_a_forged_link_is_refused(
    client: httpx.AsyncClient, services: Services, world: World, token: str
) -> None:
    before = await fingerprint(services, world.tenant_id)
    for method, body in (("GET", None), ("POST", {"rating": 5})):
        response = await client.request(method, f"/api/v1/survey-links/{token}", json=body)
        assert response.status_code in (404, 405, 422), (token, response.text)
        if token:
            assert response.json()["code"] in ("survey_link_invalid", "validation_error")
    assert await fingerprint(services, world.tenant_id) == before


async def test_a_tampered_link_is_refused(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    token = services.surveys.link(world.tenant_id, "ticket", uuid.uuid4(), None).split("/")[-1]
    flipped = token[:10] + ("A" if token[10] != "A" else "B") + token[11:]
    before = await fingerprint(services, world.tenant_id)
    response = await client.post(f"/api/v1/survey-links/{flipped}", json={"rating": 5})
    assert (response.status_code, response.json()["code"]) == (404, "survey_link_invalid")
    assert await fingerprint(services, world.tenant_id) == before


async def test_a_link_to_someone_elses_conversation_is_refused(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    c = await chat(client, services, world)
    await serve_and_resolve(client, world, c)
    # Signed, but naming another customer, or another tenant, than the conversation's.
    for tenant, contact in (
        (world.tenant_id, world.contact_id),
        (world.other_tenant_id, c.contact_id),
    ):
        token = services.surveys.link(tenant, "conversation", c.conversation_id, contact)
        url = "/api/v1/survey-links/" + token.split("/")[-1]
        response = await client.post(url, json={"rating": 5})
        assert (response.status_code, response.json()["code"]) == (404, "survey_link_invalid")
    assert await _count(services) == 0


async def test_an_expired_link_is_refused(
    client: httpx.AsyncClient, services: Services, world: World, clock_control: Any
) -> None:
    token = services.surveys.link(world.tenant_id, "ticket", uuid.uuid4(), None).split("/")[-1]
    clock_control.advance(days=7, seconds=1)
    url = f"/api/v1/survey-links/{token}"
    assert (await client.get(url)).json()["state"] == "expired"
    response = await client.post(url, json={"rating": 5})
    assert (response.status_code, response.json()["code"]) == (410, "survey_expired")
    assert await _count(services) == 0

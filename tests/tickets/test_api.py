"""Tickets over HTTP on SQLite and PostgreSQL: types, creation from the console and from a
conversation, changes and their history, the workflow's moves, comments, watchers, search,
saved filters, bulk changes, and bad input answered 4xx with a code that changes nothing."""

from __future__ import annotations

import io
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from kefu.identity.context import system_context
from kefu.identity.models import AuditEntry
from kefu.identity.permissions import Permission
from kefu.identity.schemas import ApiKeyCreate
from kefu.services import Services
from tests.channels.web.test_widget_api import PNG
from tests.tickets.conftest import TICKETS, move, new_ticket
from tests.world import World, fingerprint


async def test_a_tenant_starts_with_the_built_in_types_and_adds_its_own_audited(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    admin = world.actors["tenant_admin"]
    listed = (await client.get("/api/v1/ticket-types", headers=admin.headers)).json()
    keys = [t["key"] for t in listed]
    assert keys == ["message", "complaint", "internal", "report", "appeal", "repair"]
    complaint = listed[1]
    assert complaint["name"] == "投诉"
    assert complaint["follow_up"] == {"after_hours": 24}
    assert complaint["fields"][0]["key"] == "category"
    assert complaint["workflow"]["initial"] == "new"

    custom = {
        "key": "refund",
        "name": "退款申请",
        "name_en": "Refund",
        "fields": [
            {"key": "amount", "label": "金额", "kind": "number", "min": 0, "required": True}
        ],
        "workflow": complaint["workflow"],
    }
    created = await client.post("/api/v1/ticket-types", json=custom, headers=admin.headers)
    assert created.status_code == 201, created.text
    again = await client.post("/api/v1/ticket-types", json=custom, headers=admin.headers)
    assert (again.status_code, again.json()["code"]) == (409, "duplicate_key")
    async with services.db.read() as session:
        entry = await session.scalar(
            select(AuditEntry).where(AuditEntry.action == "ticket_types.create")
        )
    assert entry is not None
    assert entry.after is not None
    assert entry.after["key"] == "refund"
    # The other tenant has only its own built-in types.
    theirs = (await client.get("/api/v1/ticket-types", headers=world.outsider.headers)).json()
    assert "refund" not in [t["key"] for t in theirs]


async def test_a_ticket_is_numbered_per_tenant_and_its_history_records_each_change(
    client: httpx.AsyncClient, world: World
) -> None:
    agent = world.actors["agent"]
    first = await new_ticket(client, agent, description="顾客说顺丰单号 SF1234567 一直没有更新")
    second = await new_ticket(client, agent, subject="第二张")
    theirs = await new_ticket(client, world.outsider, subject="别家的")
    assert (first["number"], second["number"], theirs["number"]) == (1, 2, 1)
    assert (first["status"], first["category"], first["source"]) == ("new", "new", "console")
    assert first["transitions"] == ["open", "solved"]  # an agent may not close a new one

    changed = await client.patch(
        f"{TICKETS}/{first['id']}",
        json={
            "priority": "high",
            "assignee_id": str(agent.user_id),
            "fields": {"order_no": "A-1001"},
            "tags": ["加急", "加急", "顺丰"],
            "version": first["version"],
        },
        headers=agent.headers,
    )
    assert changed.status_code == 200, changed.text
    ticket = changed.json()
    assert ticket["priority"] == "high"
    assert ticket["fields"] == {"category": "物流配送", "order_no": "A-1001"}
    assert ticket["tags"] == ["加急", "顺丰"]
    stale = await client.patch(
        f"{TICKETS}/{first['id']}",
        json={"priority": "low", "version": first["version"]},
        headers=agent.headers,
    )
    assert (stale.status_code, stale.json()["code"]) == (409, "version_conflict")

    events = (await client.get(f"{TICKETS}/{first['id']}/events", headers=agent.headers)).json()
    assert [e["kind"] for e in events] == ["created", "updated"]
    assert events[1]["changes"]["priority"] == ["normal", "high"]
    assert events[1]["changes"]["fields.order_no"] == [None, "A-1001"]
    assert events[1]["actor_name"] == "User E003"


async def test_the_workflow_decides_the_moves_and_who_makes_them(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    agent, supervisor = world.actors["agent"], world.actors["supervisor"]
    ticket = await new_ticket(client, agent)
    before = await fingerprint(services, world.tenant_id)

    invalid = await move(client, agent, ticket["id"], "pending")
    assert invalid.status_code == 422
    assert invalid.json()["code"] == "invalid_transition"
    assert invalid.json()["details"]["allowed"] == ["open", "solved"]
    forbidden = await move(client, agent, ticket["id"], "closed")
    assert (forbidden.status_code, forbidden.json()["code"]) == (403, "transition_forbidden")
    unknown = await move(client, agent, ticket["id"], "archived")
    assert (unknown.status_code, unknown.json()["code"]) == (422, "unknown_state")
    assert await fingerprint(services, world.tenant_id) == before

    opened = await move(client, agent, ticket["id"], "open")
    assert opened.json()["status"] == "open"
    closed = await move(client, supervisor, ticket["id"], "closed")
    assert (closed.json()["status"], closed.json()["category"]) == ("closed", "closed")
    assert closed.json()["closed_at"] is not None
    history = (await client.get(f"{TICKETS}/{ticket['id']}/events", headers=agent.headers)).json()
    assert [e["changes"].get("status") for e in history if e["kind"] == "status"] == [
        ["new", "open"],
        ["open", "closed"],
    ]


async def test_a_ticket_made_from_a_conversation_carries_its_transcript_and_customer(
    client: httpx.AsyncClient, world: World
) -> None:
    agent = world.actors["agent"]
    ticket = await new_ticket(client, agent, conversation_id=str(world.conversation_id))
    assert ticket["source"] == "conversation"
    assert ticket["contact_id"] == str(world.contact_id)
    comments = (
        await client.get(f"{TICKETS}/{ticket['id']}/comments", headers=agent.headers)
    ).json()
    [transcript] = comments
    assert (transcript["public"], transcript["kind"]) == (False, "transcript")
    assert "你好，我的订单还没到" in transcript["body"]
    # The conversation finds its tickets.
    linked = await client.get(
        TICKETS, params={"conversation_id": str(world.conversation_id)}, headers=agent.headers
    )
    assert [t["id"] for t in linked.json()["items"]] == [ticket["id"]]
    # A public answer reaches the customer in the conversation; a note does not.
    for body, public in (("仓库已补发", True), ("内部：补发单号 B-77", False)):
        await client.post(
            f"{TICKETS}/{ticket['id']}/comments",
            json={"body": body, "public": public},
            headers=agent.headers,
        )
    messages = await client.get(
        f"/api/v1/conversations/{world.conversation_id}/messages", headers=agent.headers
    )
    bodies = [m["body"] for m in messages.json()]
    assert f"【工单 #{ticket['number']}】仓库已补发" in bodies
    assert not any("B-77" in b for b in bodies)
    # Another tenant's conversation is not there to link.
    theirs = await client.post(
        TICKETS,
        json={
            "type_key": "internal",
            "subject": "x",
            "conversation_id": str(world.conversation_id),
        },
        headers=world.outsider.headers,
    )
    assert theirs.status_code == 404


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"fields": {}}, 422, "required_field"),
        ({"fields": {"category": "天气"}}, 422, "invalid_field"),
        ({"fields": {"category": "其他", "colour": "red"}}, 422, "unknown_field"),
        ({"type_key": "nope"}, 404, "unknown_ticket_type"),
        ({"assignee_id": "00000000-0000-0000-0000-000000000001"}, 422, "unknown_user"),
        ({"team_id": "00000000-0000-0000-0000-000000000001"}, 422, "unknown_team"),
        ({"contact_id": "00000000-0000-0000-0000-000000000001"}, 422, "unknown_contact"),
        ({"subject": "  "}, 422, "validation_error"),
        ({"priority": "asap"}, 422, "validation_error"),
        ({"surprise": 1}, 422, "validation_error"),
    ],
)
async def test_bad_tickets_are_refused_with_a_code_and_change_nothing(
    client: httpx.AsyncClient,
    services: Services,
    world: World,
    body: dict[str, Any],
    status: int,
    code: str,
) -> None:
    agent = world.actors["agent"]
    await client.get("/api/v1/ticket-types", headers=agent.headers)  # the built-in types exist
    before = await fingerprint(services, world.tenant_id)
    draft = {"type_key": "complaint", "subject": "坏的", "fields": {"category": "其他"}, **body}
    response = await client.post(TICKETS, json=draft, headers=agent.headers)
    assert (response.status_code, response.json()["code"]) == (status, code), response.text
    assert await fingerprint(services, world.tenant_id) == before


async def test_another_tenants_ticket_is_not_found_and_stays_as_it_was(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    ticket = await new_ticket(client, world.actors["agent"])
    before = await fingerprint(services, world.tenant_id)
    outsider = world.outsider.headers
    url = f"{TICKETS}/{ticket['id']}"
    for response in (
        await client.get(url, headers=outsider),
        await client.patch(url, json={"priority": "low"}, headers=outsider),
        await client.post(f"{url}/transition", json={"status": "open"}, headers=outsider),
        await client.post(f"{url}/comments", json={"body": "hi"}, headers=outsider),
        await client.get(f"{url}/events", headers=outsider),
    ):
        assert (response.status_code, response.json()["code"]) == (404, "not_found")
    listed = (await client.get(TICKETS, headers=outsider)).json()
    assert listed["items"] == []
    assert await fingerprint(services, world.tenant_id) == before


async def test_comments_watchers_and_the_first_public_answer(
    client: httpx.AsyncClient, world: World
) -> None:
    agent, supervisor = world.actors["agent"], world.actors["supervisor"]
    ticket = await new_ticket(client, agent)
    url = f"{TICKETS}/{ticket['id']}"
    internal = await client.post(
        f"{url}/comments", json={"body": "仓库说今天补发"}, headers=agent.headers
    )
    assert internal.status_code == 201
    assert (await client.get(url, headers=agent.headers)).json()["first_responded_at"] is None
    public = await client.post(
        f"{url}/comments",
        json={"body": "已为您补发，请留意短信", "public": True},
        headers=agent.headers,
    )
    assert public.json()["public"] is True
    assert (await client.get(url, headers=agent.headers)).json()["first_responded_at"] is not None

    watched = await client.post(
        f"{url}/watchers", json={"user_id": str(supervisor.user_id)}, headers=agent.headers
    )
    assert watched.json() == [str(supervisor.user_id)]
    mine = await client.get(TICKETS, params={"watching": "true"}, headers=supervisor.headers)
    assert [t["id"] for t in mine.json()["items"]] == [ticket["id"]]
    stranger = await client.post(
        f"{url}/watchers", json={"user_id": str(world.outsider.user_id)}, headers=agent.headers
    )
    assert (stranger.status_code, stranger.json()["code"]) == (422, "unknown_user")
    removed = await client.delete(f"{url}/watchers/{supervisor.user_id}", headers=agent.headers)
    assert removed.json() == []
    again = await client.delete(f"{url}/watchers/{supervisor.user_id}", headers=agent.headers)
    assert (again.status_code, again.json()["code"]) == (404, "not_watching")


async def test_search_finds_words_of_subjects_fields_and_comments_and_numbers(
    client: httpx.AsyncClient, world: World
) -> None:
    agent = world.actors["agent"]
    leak = await new_ticket(client, agent, subject="空调漏水", type_key="repair",
                            fields={"product": ["空调", "KFR-35GW"]})  # fmt: skip
    parcel = await new_ticket(client, agent, description="顺丰单号 SF1234567 一直没有更新")
    await client.post(
        f"{TICKETS}/{parcel['id']}/comments",
        json={"body": "客户要求退款"},
        headers=agent.headers,
    )
    await new_ticket(client, world.outsider, subject="空调漏水")

    async def found(q: str) -> list[str]:
        response = await client.get(TICKETS, params={"q": q}, headers=agent.headers)
        assert response.status_code == 200, response.text
        return [t["id"] for t in response.json()["items"]]

    assert await found("漏水") == [leak["id"]]
    assert await found("KFR") == [leak["id"]]  # the start of a word
    assert await found("sf1234567") == [parcel["id"]]
    assert await found("退款") == [parcel["id"]]
    assert await found("空调 退款") == []  # every word must match
    assert await found(str(parcel["number"])) == [parcel["id"]]
    assert await found("？！") == []


async def test_the_list_filters_sorts_and_pages(client: httpx.AsyncClient, world: World) -> None:
    agent, supervisor = world.actors["agent"], world.actors["supervisor"]
    made = [await new_ticket(client, agent, subject=f"第{i}张") for i in range(5)]
    await client.patch(
        f"{TICKETS}/{made[1]['id']}",
        json={"assignee_id": str(agent.user_id), "priority": "urgent", "tags": ["VIP"]},
        headers=agent.headers,
    )
    await move(client, agent, made[2]["id"], "open")

    async def ids(**params: Any) -> list[str]:
        response = await client.get(TICKETS, params=params, headers=supervisor.headers)
        assert response.status_code == 200, response.text
        return [t["id"] for t in response.json()["items"]]

    assert (await ids())[:2] == [made[2]["id"], made[1]["id"]]  # the latest change first
    assert await ids(sort="created") == [t["id"] for t in reversed(made)]
    assert await ids(assignee=str(agent.user_id)) == [made[1]["id"]]
    assert await ids(priority="urgent") == [made[1]["id"]]
    assert await ids(tag="VIP") == [made[1]["id"]]
    assert await ids(category="open") == [made[2]["id"]]
    assert len(await ids(assignee="none")) == 4
    first = (await client.get(TICKETS, params={"limit": 2, "sort": "created"},
                              headers=supervisor.headers)).json()  # fmt: skip
    rest = (await client.get(TICKETS, params={"limit": 2, "sort": "created",
                                              "cursor": first["next_cursor"]},
                             headers=supervisor.headers)).json()  # fmt: skip
    assert [t["id"] for t in first["items"] + rest["items"]] == [t["id"] for t in reversed(made)][
        :4
    ]
    bad = await client.get(TICKETS, params={"cursor": "nope"}, headers=supervisor.headers)
    assert (bad.status_code, bad.json()["code"]) == (422, "bad_cursor")
    for params in ({"assignee": "someone"}, {"tag": " "}, {"sort": "random"}):
        refused = await client.get(TICKETS, params=params, headers=supervisor.headers)
        assert (refused.status_code, refused.json()["code"]) == (422, "validation_error")


async def test_bulk_changes_each_ticket_that_allows_it_and_says_which_did_not(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    agent, supervisor = world.actors["agent"], world.actors["supervisor"]
    fresh = await new_ticket(client, agent)
    solved = await new_ticket(client, agent)
    await move(client, agent, solved["id"], "solved")
    response = await client.post(
        "/api/v1/ticket-batches",
        json={
            "ids": [fresh["id"], solved["id"]],
            "assignee_id": str(agent.user_id),
            "status": "pending",
            "add_tags": ["批量"],
        },
        headers=supervisor.headers,
    )
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["updated"] == 0
    by_id = {r["id"]: r for r in result["results"]}
    # new → pending is no move of the standard workflow; solved → pending neither.
    assert by_id[fresh["id"]]["code"] == "invalid_transition"
    assert by_id[solved["id"]]["code"] == "invalid_transition"
    unchanged = (await client.get(f"{TICKETS}/{fresh['id']}", headers=agent.headers)).json()
    assert (unchanged["assignee_id"], unchanged["tags"]) == (None, [])

    opened = await client.post(
        "/api/v1/ticket-batches",
        json={"ids": [fresh["id"], solved["id"]], "status": "open", "priority": "high"},
        headers=supervisor.headers,
    )
    assert opened.json()["updated"] == 2
    for ticket_id in (fresh["id"], solved["id"]):
        ticket = (await client.get(f"{TICKETS}/{ticket_id}", headers=agent.headers)).json()
        assert (ticket["status"], ticket["priority"]) == ("open", "high")


async def test_saved_filters_are_personal_or_shared_by_managers(
    client: httpx.AsyncClient, world: World
) -> None:
    agent, supervisor = world.actors["agent"], world.actors["supervisor"]
    mine = await client.post(
        "/api/v1/ticket-views",
        json={"name": "我的加急", "filters": {"assignee": "me", "priority": ["urgent"]}},
        headers=agent.headers,
    )
    assert mine.status_code == 201, mine.text
    shared = await client.post(
        "/api/v1/ticket-views",
        json={"name": "已超时", "shared": True, "filters": {"sla": "breached"}},
        headers=agent.headers,
    )
    assert (shared.status_code, shared.json()["code"]) == (403, "forbidden")
    shared = await client.post(
        "/api/v1/ticket-views",
        json={"name": "已超时", "shared": True, "filters": {"sla": "breached"}},
        headers=supervisor.headers,
    )
    assert shared.status_code == 201
    seen = (await client.get("/api/v1/ticket-views", headers=agent.headers)).json()
    assert [(v["name"], v["shared"]) for v in seen] == [("我的加急", False), ("已超时", True)]
    assert seen[0]["filters"]["assignee"] == "me"
    theirs = await client.patch(
        f"/api/v1/ticket-views/{mine.json()['id']}", json={"name": "x"}, headers=supervisor.headers
    )
    assert theirs.status_code == 404
    edit_shared = await client.delete(
        f"/api/v1/ticket-views/{shared.json()['id']}", headers=agent.headers
    )
    assert edit_shared.status_code == 403


async def test_files_uploaded_to_a_ticket_go_with_its_comments_and_fields(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    agent = world.actors["agent"]
    ticket = await new_ticket(client, agent, type_key="repair", subject="洗衣机不脱水",
                              fields={"product": ["洗衣机"]})  # fmt: skip
    url = f"{TICKETS}/{ticket['id']}"
    uploaded = await client.post(
        f"{url}/attachments",
        files={"file": ("故障.png", io.BytesIO(PNG), "image/png")},
        headers=agent.headers,
    )
    assert uploaded.status_code == 201, uploaded.text
    photo = uploaded.json()
    assert (photo["name"], photo["content_type"]) == ("故障.png", "image/png")
    assert (await client.get(photo["url"])).content == PNG
    listed = (await client.get(f"{url}/attachments", headers=agent.headers)).json()
    assert [a["id"] for a in listed] == [photo["id"]]

    commented = await client.post(
        f"{url}/comments",
        json={"body": "见照片", "attachment_ids": [photo["id"]]},
        headers=agent.headers,
    )
    assert commented.json()["attachment_ids"] == [photo["id"]]
    fielded = await client.patch(
        url, json={"fields": {"photos": [photo["id"]]}}, headers=agent.headers
    )
    assert fielded.json()["fields"]["photos"] == [photo["id"]]

    # A file of another ticket is not this one's to name.
    other = await new_ticket(client, agent, type_key="repair", fields={"product": ["空调"]})
    before = await fingerprint(services, world.tenant_id)
    for response in (
        await client.post(
            f"{TICKETS}/{other['id']}/comments",
            json={"body": "x", "attachment_ids": [photo["id"]]},
            headers=agent.headers,
        ),
        await client.patch(
            f"{TICKETS}/{other['id']}",
            json={"fields": {"photos": [photo["id"]]}},
            headers=agent.headers,
        ),
    ):
        assert (response.status_code, response.json()["code"]) == (422, "unknown_attachment")
    script = await client.post(
        f"{url}/attachments",
        files={"file": ("x.html", io.BytesIO(b"\x00\x01binary"), "text/html")},
        headers=agent.headers,
    )
    assert script.status_code == 415
    assert await fingerprint(services, world.tenant_id) == before


async def test_an_integration_creates_tickets_with_its_api_key(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    async with services.db.transaction() as session:
        _, secret = await services.api_keys.create(
            session,
            system_context(world.tenant_id, "platform"),
            ApiKeyCreate(
                name="ERP", permissions=[Permission.TICKETS_READ, Permission.TICKETS_WRITE]
            ),
        )
    headers = {"Authorization": f"Bearer {secret}"}
    ticket = await client.post(
        TICKETS,
        json={"type_key": "report", "subject": "网点报备：包裹破损",
              "fields": {"waybill_no": "SF0001", "issue": "破损"}},
        headers=headers,
    )  # fmt: skip
    assert ticket.status_code == 201, ticket.text
    assert ticket.json()["source"] == "api"
    assert ticket.json()["created_by"].startswith("api_key:")
    # A public comment from an integration is no person's first response.
    await client.post(
        f"{TICKETS}/{ticket.json()['id']}/comments",
        json={"body": "已登记", "public": True},
        headers=headers,
    )
    again = await client.get(f"{TICKETS}/{ticket.json()['id']}", headers=headers)
    assert again.json()["first_responded_at"] is None

"""Conversations over REST: lists, messages, idempotent sends, assignment, status, read
marks, canned replies, and customer profiles."""

from __future__ import annotations

import uuid

import httpx

from kefu.conversations.models import Conversation
from kefu.services import Services
from tests.world import World, fingerprint, start_conversation


async def _new(world: World, services: Services, body: str = "在吗") -> str:
    async with services.db.transaction() as session:
        _, conversation_id = await start_conversation(services, session, world, body)
    return str(conversation_id)


async def test_lists_are_newest_activity_first_with_a_stable_cursor(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    ids = [await _new(world, services, f"q{n}") for n in range(5)]
    agent = world.actors["agent"].headers
    seen: list[str] = []
    cursor = None
    while True:
        url = "/api/v1/conversations?limit=2" + (f"&cursor={cursor}" if cursor else "")
        page = (await client.get(url, headers=agent)).json()
        seen += [c["id"] for c in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen[:5] == ids[::-1]
    assert set(seen[5:]) == {str(world.conversation_id), str(world.api_conversation_id)}
    first = (await client.get("/api/v1/conversations?limit=1", headers=agent)).json()["items"][0]
    assert first["contact"]["verified"] is False
    assert first["last_message_preview"] == "q4"
    assert first["waiting_since"] is not None
    bad = await client.get("/api/v1/conversations?cursor=garbage", headers=agent)
    assert (bad.status_code, bad.json()["code"]) == (422, "bad_cursor")


async def test_sending_is_idempotent_and_answering_takes_the_conversation(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    cid = await _new(world, services)
    agent = world.actors["agent"]
    url = f"/api/v1/conversations/{cid}/messages"
    body = {"client_msg_id": "reply-1", "body": "您好，请问有什么可以帮您？"}
    first = await client.post(url, json=body, headers=agent.headers)
    assert first.status_code == 201
    again = await client.post(url, json={**body, "body": "changed"}, headers=agent.headers)
    assert again.status_code == 200
    assert again.json() == {**first.json(), "duplicate": True}
    conversation = (await client.get(f"/api/v1/conversations/{cid}", headers=agent.headers)).json()
    assert conversation["assignee_id"] == str(agent.user_id)
    assert (conversation["status"], conversation["last_seq"]) == ("open", 2)
    assert conversation["waiting_since"] is None

    # A different sender may reuse the same client_msg_id: ids are per sender.
    supervisor = world.actors["supervisor"].headers
    other = await client.post(url, json=body, headers=supervisor)
    assert (other.status_code, other.json()["message"]["seq"]) == (201, 3)


async def test_cards_come_from_staff_and_links_must_be_web_links(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    cid = await _new(world, services)
    url = f"/api/v1/conversations/{cid}/messages"
    card = {
        "title": "订单 12345",
        "text": "已发货",
        "buttons": [{"label": "查看物流", "action": "link", "value": "https://t.example.com/1"}],
    }
    headers = world.actors["agent"].headers
    sent = await client.post(url, json={"client_msg_id": "c1", "kind": "card", "card": card},
                             headers=headers)  # fmt: skip
    assert sent.status_code == 201, sent.text
    assert sent.json()["message"]["card"]["buttons"][0]["label"] == "查看物流"
    bad = {**card, "image_url": "javascript:alert(1)"}
    refused = await client.post(url, json={"client_msg_id": "c2", "kind": "card", "card": bad},
                                headers=headers)  # fmt: skip
    assert refused.status_code == 422


async def test_assignment_rules(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    cid = await _new(world, services)
    agent, supervisor = world.actors["agent"], world.actors["supervisor"]
    url = f"/api/v1/conversations/{cid}/assign"
    taken = await client.post(url, json={"user_id": str(agent.user_id)}, headers=agent.headers)
    assert (taken.status_code, taken.json()["status"]) == (200, "open")
    # Another agent can neither take it over nor give it away.
    other = world.actors["platform_admin"]  # has manage: may reassign
    before = await fingerprint(services, world.tenant_id)
    qa_like = await client.post(
        url, json={"user_id": str(supervisor.user_id)}, headers=agent.headers
    )
    assert (qa_like.status_code, qa_like.json()["code"]) == (403, "forbidden")
    assert await fingerprint(services, world.tenant_id) == before
    moved = await client.post(url, json={"user_id": str(supervisor.user_id)}, headers=other.headers)
    assert moved.json()["assignee_id"] == str(supervisor.user_id)
    outsider = await client.post(url, json={"user_id": str(world.outsider.user_id)},
                                 headers=other.headers)  # fmt: skip
    assert (outsider.status_code, outsider.json()["code"]) == (422, "validation_error")
    released = await client.post(url, json={"user_id": None}, headers=supervisor.headers)
    assert (released.json()["status"], released.json()["assignee_id"]) == ("queued", None)


async def test_status_changes(client: httpx.AsyncClient, world: World, services: Services) -> None:
    cid = await _new(world, services)
    agent, supervisor = world.actors["agent"].headers, world.actors["supervisor"].headers
    base = f"/api/v1/conversations/{cid}"
    resolved = await client.post(f"{base}/resolve", headers=agent)
    assert resolved.json()["status"] == "resolved"
    assert resolved.json()["resolved_at"] is not None
    reopened = await client.post(f"{base}/reopen", headers=agent)
    assert (reopened.json()["status"], reopened.json()["resolved_at"]) == ("queued", None)
    assert (await client.post(f"{base}/close", headers=agent)).status_code == 403
    closed = await client.post(f"{base}/close", headers=supervisor)
    assert closed.json()["status"] == "closed"
    refused = await client.post(
        f"{base}/messages", json={"client_msg_id": "late", "body": "hello?"}, headers=agent
    )
    assert (refused.status_code, refused.json()["code"]) == (409, "conversation_closed")
    again = await client.post(f"{base}/reopen", headers=agent)
    assert (again.status_code, again.json()["code"]) == (409, "conversation_closed")


async def test_read_marks_only_move_forward(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    cid = await _new(world, services)
    agent = world.actors["agent"].headers
    url = f"/api/v1/conversations/{cid}/read"
    assert (await client.post(url, json={"seq": 99}, headers=agent)).json() == {"seq": 1}
    await client.post(url, json={"seq": 0}, headers=agent)
    conversation = (await client.get(f"/api/v1/conversations/{cid}", headers=agent)).json()
    assert conversation["agent_read_seq"] == 1
    assert (await client.post(url, json={"seq": -1}, headers=agent)).status_code == 422


async def test_messages_paginate_by_seq_and_include_notes_for_staff(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    cid = await _new(world, services)
    agent = world.actors["agent"].headers
    url = f"/api/v1/conversations/{cid}/messages"
    for n in range(4):
        body = {"client_msg_id": f"n{n}", "body": f"note {n}", "private": n % 2 == 0}
        assert (await client.post(url, json=body, headers=agent)).status_code == 201
    page = (await client.get(f"{url}?after_seq=2&limit=2", headers=agent)).json()
    assert [(m["seq"], m["private"]) for m in page] == [(3, False), (4, True)]
    unknown = await client.get(f"/api/v1/conversations/{uuid.uuid4()}/messages", headers=agent)
    assert unknown.status_code == 404


async def test_canned_replies_by_scope(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    agent, supervisor = world.actors["agent"], world.actors["supervisor"]
    mine = await client.post(
        "/api/v1/canned-replies",
        json={"shortcut": "thx", "title": "Thanks", "body": "感谢您的耐心等待"},
        headers=agent.headers,
    )
    assert (mine.status_code, mine.json()["scope"]) == (201, "personal")
    team = await client.post(
        "/api/v1/canned-replies",
        json={
            "scope": "team",
            "org_unit_id": str(world.child_unit_id),
            "shortcut": "ship",
            "title": "Shipping",
            "body": "一般 3 天内发货",
        },
        headers=supervisor.headers,
    )
    assert team.status_code == 201, team.text
    refused = await client.post(
        "/api/v1/canned-replies",
        json={"scope": "everyone", "shortcut": "x", "title": "x", "body": "x"},
        headers=agent.headers,
    )
    assert refused.status_code == 403
    shortcuts = {
        r["shortcut"]
        for r in (await client.get("/api/v1/canned-replies", headers=agent.headers)).json()
    }
    assert shortcuts == {"thx", "ship", "hi"}  # own, own team's, everyone's
    others = (await client.get("/api/v1/canned-replies", headers=supervisor.headers)).json()
    assert "thx" not in {r["shortcut"] for r in others}  # personal stays personal
    hidden = await client.patch(
        f"/api/v1/canned-replies/{mine.json()['id']}",
        json={"title": "x"},
        headers=supervisor.headers,
    )
    assert hidden.status_code == 404
    found = await client.get("/api/v1/canned-replies?q=sh", headers=agent.headers)
    assert [r["shortcut"] for r in found.json()] == ["ship"]


async def test_contact_edits_are_validated_and_audited(
    client: httpx.AsyncClient, world: World
) -> None:
    agent, admin = world.actors["agent"].headers, world.actors["tenant_admin"].headers
    url = f"/api/v1/contacts/{world.contact_id}"
    change = {"name": "王五", "level": 3, "tags": ["vip"], "attributes": {"plan": "gold"}}
    updated = await client.patch(url, json=change, headers=agent)
    assert updated.status_code == 200, updated.text
    assert {k: updated.json()[k] for k in change} == change
    for bad in ({"level": 10}, {"tags": ["x" * 33]}, {"email": "nope"}, {"unknown": 1}):
        response = await client.patch(url, json=bad, headers=agent)
        assert response.status_code == 422, bad
    found = await client.get("/api/v1/contacts?q=王", headers=agent)
    assert [c["id"] for c in found.json()["items"]] == [str(world.contact_id)]
    log = await client.get("/api/v1/audit-log?action=contact.update", headers=admin)
    entry = log.json()["items"][0]
    assert entry["before"]["level"] == 0
    assert entry["after"]["level"] == 3


async def test_lists_filter_by_the_agents_groups_and_by_contact(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    admin, agent = world.actors["tenant_admin"].headers, world.actors["agent"].headers
    other = await client.post("/api/v1/routing/groups", json={"name": "其他组"}, headers=admin)
    assert other.status_code == 201, other.text
    ours, theirs, general = [await _new(world, services, body) for body in ("a", "b", "c")]
    await services.dispatcher.settle()  # routed into the world's group first
    async with services.db.transaction() as session:
        for conversation_id, group_id in (
            (theirs, uuid.UUID(other.json()["id"])),
            (general, None),
        ):
            found = await session.get(Conversation, uuid.UUID(conversation_id))
            assert found is not None
            found.group_id = group_id

    def ids(page: httpx.Response) -> set[str]:
        assert page.status_code == 200, page.text
        return {c["id"] for c in page.json()["items"]}

    mine = await client.get("/api/v1/conversations?group=mine&limit=200", headers=agent)
    assert {ours, general} <= ids(mine)
    assert theirs not in ids(mine)
    one = await client.get(f"/api/v1/conversations?group={other.json()['id']}", headers=agent)
    assert ids(one) == {theirs}
    contact = (await client.get(f"/api/v1/conversations/{ours}", headers=agent)).json()
    by_contact = await client.get(
        f"/api/v1/conversations?contact_id={contact['contact_id']}", headers=agent
    )
    assert ids(by_contact) == {ours}
    bad = await client.get("/api/v1/conversations?group=everyone", headers=agent)
    assert (bad.status_code, bad.json()["code"]) == (422, "validation_error")

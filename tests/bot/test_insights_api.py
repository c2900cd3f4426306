"""Unanswered questions and bot statistics over HTTP, on SQLite and PostgreSQL: the
editor's round trip, who may call what, and bad input answered 4xx with a code that
changes nothing."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy import func, select

from kefu.bot.models import BotTurn
from kefu.core.clock import utcnow
from kefu.identity.models import AuditEntry
from kefu.services import Services
from tests.bot.turns import add_conversation, add_turn
from tests.world import World, fingerprint

API = "/api/v1/bot"


async def call(
    client: httpx.AsyncClient,
    method: str,
    url: str,
    headers: dict[str, str],
    body: Any = None,
    expect: int = 200,
) -> Any:
    response = await client.request(method, API + url, json=body, headers=headers)
    assert response.status_code == expect, response.text
    return response.json()


async def _turns(services: Services, world: World) -> dict[str, list[str]]:
    """Two unanswered questions in the world's tenant and one in another tenant."""
    ids: dict[str, list[str]] = {"open": [], "refund": [], "foreign": []}
    async with services.db.transaction() as s:
        c = await add_conversation(s, world.tenant_id, "queued")
        for question in ("怎样开户", "怎样开户", "开户要怎么办理"):
            ids["open"].append(str(await add_turn(s, world.tenant_id, c, question)))
        for question in ("退款多久能到账", "退款什么时候到账啊"):
            ids["refund"].append(str(await add_turn(s, world.tenant_id, c, question, "suggest")))
        await add_turn(s, world.tenant_id, c, "怎么开户", "direct", entry_id=world.entry_id)
        other = await add_conversation(s, world.other_tenant_id)
        ids["foreign"].append(str(await add_turn(s, world.other_tenant_id, other, "怎样开户")))
    return ids


async def _state(services: Services, world: World) -> tuple[str, list[Any], int]:
    """What a refused call must leave alone: the tenant's data, the turns' reviews, and
    the audit log of both tenants."""
    async with services.db.read() as s:
        reviews = list(await s.execute(select(BotTurn.id, BotTurn.review).order_by(BotTurn.id)))
        audits = await s.scalar(select(func.count()).select_from(AuditEntry))
    return await fingerprint(services, world.tenant_id), reviews, int(audits or 0)


async def test_an_editor_turns_unanswered_questions_into_knowledge(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    ids = await _turns(services, world)
    editor = world.actors["supervisor"].headers
    found = await call(client, "GET", "/unanswered", editor)
    assert [(c["question"], c["count"]) for c in found["clusters"]] == [
        ("怎样开户", 3),
        ("退款什么时候到账啊", 2),  # of two wordings asked once, the latest leads
    ]
    opening, refund = found["clusters"]
    assert opening["proposal"]["kind"] == "similar"
    assert opening["proposal"]["entry_id"] == str(world.entry_id)
    assert refund["proposal"]["kind"] == "new"
    assert sorted(opening["turn_ids"]) == sorted(ids["open"])

    added = await call(
        client,
        "POST",
        "/unanswered/add-similar",
        editor,
        {
            "entry_id": str(world.entry_id),
            "question": " 怎样开户 ",
            "turn_ids": opening["turn_ids"],
        },
    )
    assert added["reviewed"] == 3
    assert added["entry"]["similar"][-1] == "怎样开户"
    entry = await client.get(f"/api/v1/knowledge/entries/{world.entry_id}", headers=editor)
    assert entry.json()["similar"] == ["怎么开户", "开户流程", "怎样开户"]
    assert entry.json()["version"] == 2

    # The refund questions get a new entry through the knowledge API, then are marked.
    body = {"question": "退款多久到账", "answer": "一般 1 到 3 个工作日。"}
    await client.post("/api/v1/knowledge/entries", json=body, headers=editor)
    reviewed = await call(
        client,
        "POST",
        "/unanswered/review",
        editor,
        {"turn_ids": refund["turn_ids"], "action": "added"},
    )
    assert reviewed == {"reviewed": 2}
    assert (await call(client, "GET", "/unanswered", editor))["clusters"] == []

    async with services.db.read() as s:
        actions = list(
            await s.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.tenant_id == world.tenant_id)
                .order_by(AuditEntry.seq.desc())
                .limit(4)
            )
        )
        audited_by = await s.scalar(
            select(AuditEntry.actor_id)
            .where(AuditEntry.action == "knowledge.unanswered.review")
            .limit(1)
        )
    assert actions == [
        "knowledge.unanswered.review",
        "knowledge.entry.create",
        "knowledge.unanswered.review",
        "knowledge.entry.update",
    ]
    assert audited_by == str(world.actors["supervisor"].user_id)


async def test_another_tenant_sees_none_of_it(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    ids = await _turns(services, world)
    outsider = world.outsider.headers
    found = await call(client, "GET", "/unanswered", outsider)
    assert [c["turn_ids"] for c in found["clusters"]] == [ids["foreign"]]
    stats = await call(client, "GET", "/stats", outsider)
    assert (stats["turns"], stats["conversations"]) == (1, 1)
    assert str(world.tenant_id) not in str(stats)


async def test_statistics_by_role_and_by_default_for_the_last_seven_days(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    await _turns(services, world)
    async with services.db.transaction() as s:
        c = await add_conversation(s, world.tenant_id, "resolved")
        await add_turn(s, world.tenant_id, c, "怎么开户", "direct", at=utcnow() - timedelta(days=8))
    for role in ("tenant_admin", "supervisor", "analyst", "qa_inspector"):
        stats = await call(client, "GET", "/stats", world.actors[role].headers)
        assert (stats["turns"], stats["answered"], stats["suggested"], stats["fallback"]) == (
            6,
            1,
            2,
            3,
        )
        assert len(stats["days"]) == 7
        assert stats["top_unanswered"] == [
            {"question": "怎样开户", "count": 3},
            {"question": "退款什么时候到账啊", "count": 2},
        ]
    for role in ("agent",):
        response = await client.get(f"{API}/stats", headers=world.actors[role].headers)
        assert (response.status_code, response.json()["code"]) == (403, "forbidden")
    for role in ("analyst", "qa_inspector", "agent"):
        response = await client.get(f"{API}/unanswered", headers=world.actors[role].headers)
        assert response.status_code == 403
    old = await call(
        client, "GET", "/stats?since=2020-01-01&until=2020-01-31", world.actors["analyst"].headers
    )
    assert (old["turns"], len(old["days"])) == (0, 31)


async def test_bad_input_is_refused_with_a_code_and_changes_nothing(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    ids = await _turns(services, world)
    editor = world.actors["tenant_admin"].headers
    entry = str(world.entry_id)
    mine, foreign, nobody = ids["open"], ids["foreign"], [str(uuid.uuid4())]

    def review(turn_ids: list[str], action: str = "added") -> tuple[str, dict[str, Any]]:
        return "/unanswered/review", {"turn_ids": turn_ids, "action": action}

    def similar(entry_id: str, question: str, turn_ids: list[str]) -> tuple[str, dict[str, Any]]:
        body = {"entry_id": entry_id, "question": question, "turn_ids": turn_ids}
        return "/unanswered/add-similar", body

    posts = [
        (review(mine + foreign), "unknown_turns"),
        (review(nobody), "unknown_turns"),
        (review([]), "validation_error"),
        (review(mine, "deleted"), "validation_error"),
        (review(["not-a-uuid"]), "validation_error"),
        (similar(nobody[0], "怎样开户", mine), "unknown_entry"),
        (similar(entry, "怎样开户", foreign), "unknown_turns"),
        (similar(entry, "怎样开户", []), "validation_error"),
        (similar(entry, "  ", mine), "validation_error"),
        (similar(entry, "x" * 501, mine), "validation_error"),
    ]
    refused: list[tuple[str, str, Any, str]] = [
        ("POST", url, body, code) for (url, body), code in posts
    ]
    refused += [
        ("GET", "/unanswered?since=2026-11-21&until=2026-11-20", None, "invalid_range"),
        ("GET", "/stats?since=2025-01-01&until=2026-11-20", None, "range_too_long"),
        ("GET", "/stats?since=2026-11-1", None, "validation_error"),
        ("GET", "/stats?until=2026-11-20T00:00:00", None, "validation_error"),
        ("GET", "/stats?since=1700000000", None, "validation_error"),
        ("GET", "/unanswered?limit=0", None, "validation_error"),
    ]
    before = await _state(services, world)
    for method, url, body, code in refused:
        response = await client.request(method, API + url, json=body, headers=editor)
        assert 400 <= response.status_code < 500, (url, body, response.text)
        assert response.json()["code"] == code, (url, body, response.text)
    assert await _state(services, world) == before
    # A foreign editor cannot name this tenant's turns or entry.
    outsider = world.outsider.headers
    for url, body in (
        ("/unanswered/review", {"turn_ids": ids["open"], "action": "dismissed"}),
        ("/unanswered/add-similar", {"entry_id": entry, "question": "q", "turn_ids": ids["open"]}),
    ):
        response = await client.post(API + url, json=body, headers=outsider)
        assert response.status_code == 422, response.text
    assert await _state(services, world) == before

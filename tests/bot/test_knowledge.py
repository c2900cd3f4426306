"""The knowledge base through the API and its service, on SQLite and PostgreSQL: entries,
categories and articles, their validation codes, sanitising, history, and the
``knowledge.changed`` event the bot's index follows."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import httpx

from kefu.core.clock import utcnow
from kefu.core.events import KnowledgeChanged
from kefu.identity.context import system_context
from kefu.services import Services
from tests.world import World, fingerprint

API = "/api/v1/knowledge"


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
    return response.json() if response.content else None


def events(services: Services) -> list[KnowledgeChanged]:
    seen: list[KnowledgeChanged] = []

    async def record(event: KnowledgeChanged) -> None:
        seen.append(event)

    services.bus.subscribe(KnowledgeChanged, record)
    return seen


async def test_an_entry_is_created_found_changed_and_deleted(
    client: httpx.AsyncClient, world: World
) -> None:
    admin = world.actors["tenant_admin"].headers
    body = {
        "question": "如何修改绑定手机号",
        "similar": ["怎么换手机号", "手机号换了怎么办", "怎么换手机号", "如何修改绑定手机号"],
        "answer": "<p>在<b>我的</b>页面点击设置。</p>",
        "category_id": str(world.category_id),
        "channels": ["web", "wechat"],
        "external_id": "faq-phone",
    }
    entry = await call(client, "POST", "/entries", admin, body, 201)
    # Repeats and the standard question itself are dropped from the similar questions.
    assert entry["similar"] == ["怎么换手机号", "手机号换了怎么办"]
    assert entry["answer_text"] == "在我的页面点击设置。"
    assert entry["version"] == 1
    assert entry["created_by"] == str(world.actors["tenant_admin"].user_id)

    agent = world.actors["agent"].headers
    assert (await call(client, "GET", f"/entries/{entry['id']}", agent))["question"] == body[
        "question"
    ]
    found = await call(client, "GET", "/entries?q=换手机", agent)
    assert [e["id"] for e in found["items"]] == [entry["id"]]
    found = await call(client, "GET", "/entries?q=设置", agent)  # the answer's text
    assert [e["id"] for e in found["items"]] == [entry["id"]]
    found = await call(client, "GET", f"/entries?category_id={world.category_id}", agent)
    assert {e["id"] for e in found["items"]} == {entry["id"], str(world.entry_id)}
    assert (await call(client, "GET", "/entries?enabled=false", agent))["items"] == []

    changed = await call(
        client, "PATCH", f"/entries/{entry['id']}", admin, {"enabled": False, "version": 1}
    )
    assert (changed["enabled"], changed["version"]) == (False, 2)
    stale = await call(
        client, "PATCH", f"/entries/{entry['id']}", admin, {"enabled": True, "version": 1}, 409
    )
    assert stale["code"] == "version_conflict"
    assert stale["details"] == {"version": 2}
    cleared = await call(client, "PATCH", f"/entries/{entry['id']}", admin, {"category_id": None})
    assert cleared["category_id"] is None
    assert cleared["channels"] == ["web", "wechat"]  # not sent: kept

    await call(client, "DELETE", f"/entries/{entry['id']}", admin, expect=204)
    gone = await call(client, "GET", f"/entries/{entry['id']}", agent, expect=404)
    assert gone["code"] == "not_found"


async def test_a_question_is_taken_whatever_its_case_width_or_spaces(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    admin = world.actors["tenant_admin"].headers
    await call(client, "POST", "/entries", admin, {"question": "APP 怎么下载", "answer": "a"}, 201)
    before = await fingerprint(services, world.tenant_id)
    for question in ("\uff41\uff50\uff50  怎么下载", " app 怎么下载 "):
        refused = await call(
            client, "POST", "/entries", admin, {"question": question, "answer": "b"}, 409
        )
        assert refused["code"] == "question_taken"
        assert refused["details"]["field"] == "question"
    other = await call(client, "POST", "/entries", admin, {"question": "别的", "answer": "c"}, 201)
    renamed = await call(
        client, "PATCH", f"/entries/{other['id']}", admin, {"question": "App 怎么下载"}, 409
    )
    assert renamed["code"] == "question_taken"
    await call(
        client,
        "POST",
        "/entries",
        admin,
        {"question": "x", "answer": "y", "external_id": "e1"},
        201,
    )
    taken = await call(
        client,
        "POST",
        "/entries",
        admin,
        {"question": "z", "answer": "y", "external_id": "e1"},
        409,
    )
    assert taken["code"] == "external_id_taken"
    assert await fingerprint(services, world.tenant_id) != before  # the two created


async def test_limits_and_bad_values_are_refused_and_change_nothing(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    admin = world.actors["tenant_admin"].headers
    now = utcnow()
    before = await fingerprint(services, world.tenant_id)
    for body, code in (
        ({"question": "q" * 501, "answer": "a"}, "validation_error"),
        ({"question": "  ", "answer": "a"}, "validation_error"),
        (
            {"question": "q", "answer": "a", "similar": [f"s{i}" for i in range(201)]},
            "validation_error",
        ),
        ({"question": "q", "answer": "a", "similar": ["x" * 501]}, "validation_error"),
        ({"question": "q", "answer": "a" * 20_001}, "validation_error"),
        ({"question": "q", "answer": "a", "channels": ["fax"]}, "validation_error"),
        ({"question": "q", "answer": "a", "similar": ["a\x00b"]}, "validation_error"),
        ({"question": "q", "answer": "a", "category_id": str(uuid.uuid4())}, "unknown_category"),
        ({"question": "q", "answer": "<script>alert(1)</script>"}, "empty_answer"),
        (
            {
                "question": "q",
                "answer": "a",
                "valid_from": now.isoformat(),
                "valid_until": (now - timedelta(days=1)).isoformat(),
            },
            "validation_error",
        ),
    ):
        refused = await call(client, "POST", "/entries", admin, body, 422)
        assert refused["code"] == code, body
    refused = await call(
        client,
        "PATCH",
        f"/entries/{world.entry_id}",
        admin,
        {"valid_until": (now - timedelta(days=400)).isoformat(), "valid_from": now.isoformat()},
        422,
    )
    assert await fingerprint(services, world.tenant_id) == before


async def test_unsafe_markup_is_never_stored(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    admin = world.actors["tenant_admin"].headers
    answer = (
        '<p onclick="steal()">请点击<a href="javascript:alert(1)">这里</a>或'
        '<a href="https://help.example.com/x" target="_blank">帮助中心</a></p>'
        '<script>alert("x")</script><img src="https://cdn.example.com/a.png" onerror="alert(1)"'
        ' alt="示意图"><iframe src="https://evil.example.com"></iframe><style>p{}</style>'
    )
    entry = await call(
        client, "POST", "/entries", admin, {"question": "帮助", "answer": answer}, 201
    )
    html = entry["answer"]
    for bad in ("<script", "onerror", "onclick", "javascript:", "<iframe", "<style", "alert"):
        assert bad not in html, bad
    assert '<a href="https://help.example.com/x" rel="noopener noreferrer">帮助中心</a>' in html
    assert '<img src="https://cdn.example.com/a.png" alt="示意图">' in html
    assert entry["answer_text"] == (
        "请点击这里或帮助中心 (https://help.example.com/x)\n示意图 (https://cdn.example.com/a.png)"
    )
    # Plain text keeps its line breaks and its "<" as text.
    plain = await call(
        client, "PATCH", f"/entries/{entry['id']}", admin, {"answer": "第一步\n第二步：a < b"}
    )
    assert plain["answer"] == "第一步<br>第二步：a &lt; b"
    assert plain["answer_text"] == "第一步\n第二步：a < b"
    article = await call(client, "POST", "/articles", admin, {"title": "t", "body": answer}, 201)
    assert "<script" not in article["body"]
    assert "onerror" not in article["body"]


async def test_history_shows_every_change_with_who_and_what_even_after_deletion(
    client: httpx.AsyncClient, world: World
) -> None:
    admin, supervisor = world.actors["tenant_admin"], world.actors["supervisor"]
    entry = await call(
        client, "POST", "/entries", admin.headers, {"question": "手续费多少", "answer": "万三"}, 201
    )
    url = f"/entries/{entry['id']}"
    await call(client, "PATCH", url, supervisor.headers, {"answer": "万二点五"})
    await call(client, "PATCH", url, supervisor.headers, {"answer": "万二点五"})  # no change
    await call(client, "PATCH", url, admin.headers, {"similar": ["佣金多少"]})
    await call(client, "DELETE", url, admin.headers, expect=204)

    history = await call(client, "GET", f"{url}/history", world.actors["agent"].headers)
    items = history["items"]
    assert [(i["version"], i["action"]) for i in items] == [
        (4, "delete"),
        (3, "update"),
        (2, "update"),
        (1, "create"),
    ]
    assert items[2]["actor_id"] == str(supervisor.user_id)
    assert items[2]["before"]["answer"] == "万三"
    assert items[2]["after"]["answer"] == "万二点五"
    assert items[0]["before"]["similar"] == ["佣金多少"]
    assert items[0]["after"] is None
    assert items[3]["before"] is None

    first = await call(client, "GET", f"{url}/history?limit=3", admin.headers)
    assert [i["version"] for i in first["items"]] == [4, 3, 2]
    rest = await call(
        client, "GET", f"{url}/history?limit=3&cursor={first['next_cursor']}", admin.headers
    )
    assert [i["version"] for i in rest["items"]] == [1]
    assert rest["next_cursor"] is None
    # A cursor beyond any version a database column holds is refused, not a server error.
    huge = await client.get(f"{API}{url}/history", params={"cursor": 2**40}, headers=admin.headers)
    assert (huge.status_code, huge.json()["code"]) == (422, "validation_error")

    log = await client.get(
        "/api/v1/audit-log",
        params={"target_id": entry["id"]},
        headers=admin.headers,
    )
    actions = [e["action"] for e in log.json()["items"]]
    assert actions == [
        "knowledge.entry.delete",
        "knowledge.entry.update",
        "knowledge.entry.update",
        "knowledge.entry.create",
    ]
    unknown = await call(
        client, "GET", f"/entries/{uuid.uuid4()}/history", admin.headers, expect=404
    )
    assert unknown["code"] == "not_found"


async def test_each_change_announces_the_changed_ids_after_commit(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    seen = events(services)
    admin = world.actors["tenant_admin"].headers
    entry = await call(client, "POST", "/entries", admin, {"question": "q1", "answer": "a"}, 201)
    await call(client, "PATCH", f"/entries/{entry['id']}", admin, {"answer": "b"})
    await call(client, "PATCH", f"/entries/{entry['id']}", admin, {"answer": "b"})  # no change
    await call(client, "POST", "/entries", admin, {"question": "Q1", "answer": "a"}, 409)
    await call(client, "DELETE", f"/entries/{entry['id']}", admin, expect=204)
    article = await call(client, "POST", "/articles", admin, {"title": "t", "body": "b"}, 201)
    assert [(e.tenant_id, e.entry_ids, e.article_ids) for e in seen] == [
        (world.tenant_id, [uuid.UUID(entry["id"])], []),
        (world.tenant_id, [uuid.UUID(entry["id"])], []),
        (world.tenant_id, [uuid.UUID(entry["id"])], []),
        (world.tenant_id, [], [uuid.UUID(article["id"])]),
    ]
    assert seen[0].name == "knowledge.changed"


async def test_the_category_tree_keeps_its_rules(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    admin = world.actors["tenant_admin"].headers
    top = await call(client, "GET", f"/categories/{world.category_id}", admin)
    child = await call(
        client, "POST", "/categories", admin, {"name": "开户", "parent_id": top["id"]}, 201
    )
    assert child["path"] == "交易/开户"
    taken = await call(
        client, "POST", "/categories", admin, {"name": "开户 ", "parent_id": top["id"]}, 409
    )
    assert taken["code"] == "category_name_taken"
    cycle = await call(
        client, "PATCH", f"/categories/{top['id']}", admin, {"parent_id": child["id"]}, 409
    )
    assert cycle["code"] == "category_cycle"
    slash = await call(client, "POST", "/categories", admin, {"name": "a/b"}, 422)
    assert slash["code"] == "validation_error"
    parent = child["id"]
    for depth in range(3, 9):
        made = await call(
            client, "POST", "/categories", admin, {"name": f"L{depth}", "parent_id": parent}, 201
        )
        parent = made["id"]
    deep = await call(
        client, "POST", "/categories", admin, {"name": "L9", "parent_id": parent}, 422
    )
    assert deep["code"] == "category_too_deep"
    unknown = await call(
        client, "POST", "/categories", admin, {"name": "x", "parent_id": str(uuid.uuid4())}, 422
    )
    assert unknown["code"] == "unknown_parent"

    # An entry in a sub-category is found under its ancestors.
    entry = await call(
        client,
        "POST",
        "/entries",
        admin,
        {"question": "深处", "answer": "a", "category_id": parent},
        201,
    )
    found = await call(client, "GET", f"/entries?category_id={top['id']}", admin)
    assert entry["id"] in {e["id"] for e in found["items"]}

    busy = await call(client, "DELETE", f"/categories/{top['id']}", admin, expect=409)
    assert busy["code"] == "category_not_empty"
    renamed = await call(client, "PATCH", f"/categories/{child['id']}", admin, {"name": "销户"})
    assert renamed["path"] == "交易/销户"
    moved = await call(client, "PATCH", f"/categories/{child['id']}", admin, {"parent_id": None})
    assert moved["path"] == "销户"
    listed = await call(client, "GET", "/categories", world.actors["agent"].headers)
    assert [c["path"] for c in listed][:2] == ["交易", "销户"]
    leaf = await call(client, "POST", "/categories", admin, {"name": "空"}, 201)
    await call(client, "DELETE", f"/categories/{leaf['id']}", admin, expect=204)


async def test_articles_are_kept_versioned_and_searched(
    client: httpx.AsyncClient, world: World
) -> None:
    admin = world.actors["tenant_admin"].headers
    article = await call(
        client,
        "POST",
        "/articles",
        admin,
        {"title": "销户指南", "body": "<h2>步骤</h2><ol><li>预约</li><li>到店</li></ol>"},
        201,
    )
    assert article["body_text"] == "步骤\n- 预约\n- 到店"
    changed = await call(
        client, "PATCH", f"/articles/{article['id']}", admin, {"enabled": False, "version": 1}
    )
    assert changed["version"] == 2
    found = await call(client, "GET", "/articles?q=到店&enabled=false", admin)
    assert [a["id"] for a in found["items"]] == [article["id"]]
    history = await call(client, "GET", f"/articles/{article['id']}/history", admin)
    assert [i["action"] for i in history["items"]] == ["update", "create"]
    assert history["items"][0]["before"]["enabled"] is True
    await call(client, "DELETE", f"/articles/{article['id']}", admin, expect=204)
    await call(client, "GET", f"/articles/{article['id']}", admin, expect=404)


async def test_pages_follow_the_cursor(client: httpx.AsyncClient, world: World) -> None:
    admin = world.actors["tenant_admin"].headers
    for n in range(4):
        await call(client, "POST", "/entries", admin, {"question": f"分页 {n}", "answer": "a"}, 201)
    seen: list[str] = []
    url = "/entries?q=分页&limit=3"
    while True:
        page = await call(client, "GET", url, admin)
        seen += [e["question"] for e in page["items"]]
        if page["next_cursor"] is None:
            break
        url = f"/entries?q=分页&limit=3&cursor={page['next_cursor']}"
    assert sorted(seen) == [f"分页 {n}" for n in range(4)]


async def test_the_index_reads_every_entry_with_what_decides_if_it_answers(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    admin = world.actors["tenant_admin"].headers
    now = utcnow()
    later = await call(
        client,
        "POST",
        "/entries",
        admin,
        {
            "question": "国庆营业时间",
            "similar": ["十一放假吗"],
            "answer": "<p>正常营业</p>",
            "channels": ["wechat"],
            "valid_from": (now + timedelta(days=1)).isoformat(),
        },
        201,
    )
    async with services.db.read() as session:
        every = await services.knowledge.index_entries(session, world.tenant_id)
        some = await services.knowledge.index_entries(
            session, world.tenant_id, [uuid.UUID(later["id"]), uuid.uuid4()]
        )
    assert {e.id for e in every} == {world.entry_id, uuid.UUID(later["id"])}
    assert len(some) == 1
    entry = some[0]
    assert (entry.question, entry.similar, entry.answer_text) == (
        "国庆营业时间",
        ("十一放假吗",),
        "正常营业",
    )
    assert not entry.answers(now)  # not valid yet
    assert entry.answers(now + timedelta(days=2), "wechat")
    assert not entry.answers(now + timedelta(days=2), "web")

    async with services.db.read() as session:
        ctx = system_context(world.other_tenant_id, "platform")
        assert await services.knowledge.index_entries(session, ctx.tenant_id) == []

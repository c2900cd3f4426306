"""Survey settings, answers and statistics over HTTP, on SQLite and PostgreSQL: an
administrator's round trip (audited), the reports' filters, pages and figures, and bad
input answered 4xx with a code that changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from kefu.identity.models import AuditEntry
from kefu.services import Services
from tests.surveys.answers import add_survey
from tests.world import World, fingerprint

SETTINGS = "/api/v1/surveys/settings"


async def test_defaults_until_an_administrator_saves_them_audited(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    admin = world.actors["tenant_admin"]
    defaults = (await client.get(SETTINGS, headers=admin.headers)).json()
    assert (defaults["conversations"], defaults["tickets"], defaults["comment"]) == (
        True,
        True,
        True,
    )
    assert defaults["answer_days"] == 7
    assert defaults["rating_labels"][0] == {"zh-CN": "非常不满意", "en": "Very dissatisfied"}
    assert defaults["rating_labels"][4]["zh-CN"] == "非常满意"
    negative = {r["label"]["zh-CN"] for r in defaults["reasons"] if r["sentiment"] == "negative"}
    assert {"回复慢", "没解决问题", "态度不好"} <= negative
    positive = {r["label"]["zh-CN"] for r in defaults["reasons"] if r["sentiment"] == "positive"}
    assert {"响应快", "专业"} <= positive

    changed = {
        **defaults,
        "tickets": False,
        "answer_days": 3,
        "question": {"zh-CN": "这次服务怎么样？", "en": "How did we do?"},
        "reasons": [
            {"key": "wait", "sentiment": "negative", "label": {"zh-CN": "排队久"}},
            {"key": "kind", "sentiment": "positive", "label": {"zh-CN": "热情", "en": "Kind"}},
        ],
    }
    saved = await client.put(SETTINGS, json=changed, headers=admin.headers)
    assert saved.status_code == 200, saved.text
    again = (await client.get(SETTINGS, headers=admin.headers)).json()
    assert again == saved.json()
    assert [r["key"] for r in again["reasons"]] == ["wait", "kind"]
    assert again["answer_days"] == 3
    async with services.db.read() as session:
        entry = await session.scalar(
            select(AuditEntry).where(
                AuditEntry.tenant_id == world.tenant_id, AuditEntry.action == "surveys.settings"
            )
        )
    assert entry is not None
    assert entry.actor_id == str(admin.user_id)
    assert entry.before is None
    assert entry.after is not None
    assert entry.after["answer_days"] == 3
    # Another tenant still has the defaults.
    outsider = (await client.get(SETTINGS, headers=world.outsider.headers)).json()
    assert outsider["answer_days"] == 7


def _reasons(*keys: str) -> list[dict[str, Any]]:
    return [{"key": k, "sentiment": "negative", "label": {"zh-CN": k}} for k in keys]


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"answer_days": 0}, "validation_error"),
        ({"answer_days": 91}, "validation_error"),
        ({"answer_days": "7"}, "validation_error"),
        ({"conversations": "yes"}, "validation_error"),
        ({"rating_labels": [{"zh-CN": "差"}] * 4}, "validation_error"),
        ({"rating_labels": [{"zh-CN": ""}] * 5}, "validation_error"),
        ({"question": {}}, "validation_error"),
        ({"question": {"fr": "Satisfait ?"}}, "validation_error"),
        ({"question": {"zh-CN": "问" * 201}}, "validation_error"),
        ({"reasons": _reasons("slow", "slow")}, "validation_error"),
        ({"reasons": _reasons(*(f"r{i}" for i in range(21)))}, "validation_error"),
        (
            {"reasons": [{"key": "Bad Key", "sentiment": "negative", "label": {"en": "x"}}]},
            "validation_error",
        ),
        (
            {"reasons": [{"key": "ok", "sentiment": "angry", "label": {"en": "x"}}]},
            "validation_error",
        ),
        ({"reasons": [{"key": "ok", "sentiment": "negative", "label": {}}]}, "validation_error"),
        ({"thanks": {"zh-CN": "谢谢\x00"}}, "validation_error"),
        ({"surprise": True}, "validation_error"),
    ],
)
async def test_bad_settings_are_refused_and_change_nothing(
    client: httpx.AsyncClient,
    services: Services,
    world: World,
    change: dict[str, Any],
    code: str,
) -> None:
    admin = world.actors["tenant_admin"].headers
    before = await fingerprint(services, world.tenant_id)
    response = await client.put(SETTINGS, json=change, headers=admin)
    assert response.status_code == 422, response.text
    assert response.json()["code"] == code
    assert await fingerprint(services, world.tenant_id) == before


async def _seed(services: Services, world: World) -> dict[str, Any]:
    """Answers over three days in Shanghai (UTC+8), one in another tenant."""
    agent = world.actors["agent"].user_id
    t = lambda day, hour: datetime(2026, 11, day, hour, tzinfo=UTC)  # noqa: E731
    ids: dict[str, Any] = {}
    async with services.db.transaction() as s:
        tid = world.tenant_id
        # 2026-11-30 01:00 in Shanghai
        ids["low"] = await add_survey(
            s, tid, 2, t(29, 17), reasons=["slow", "unsolved"], comment="太慢了"
        )
        ids["mid"] = await add_survey(s, tid, 3, t(30, 2), reasons=["slow"])
        ids["top"] = await add_survey(
            s, tid, 5, t(30, 9), reasons=["fast"], agent_id=agent, group_id=world.group_id
        )
        ids["ticket"] = await add_survey(
            s, tid, 4, datetime(2026, 12, 1, 3, tzinfo=UTC), reasons=["fast", "gone"],
            subject_type="ticket", channel="link", agent_id=agent, comment="好评",
        )  # fmt: skip
        ids["late"] = await add_survey(s, tid, 1, datetime(2026, 12, 5, tzinfo=UTC))
        await add_survey(s, world.other_tenant_id, 5, t(30, 9))
    return ids


WINDOW = "since=2026-11-30&until=2026-12-01"


async def test_the_list_filters_and_pages_newest_first(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    ids = await _seed(services, world)
    lead = world.actors["supervisor"].headers

    async def listed(query: str) -> list[str]:
        response = await client.get(f"/api/v1/surveys?{WINDOW}&{query}", headers=lead)
        assert response.status_code == 200, response.text
        return [item["id"] for item in response.json()["items"]]

    everything = [ids[k] for k in ("ticket", "top", "mid", "low")]
    assert await listed("") == [str(i) for i in everything]
    assert await listed("subject_type=ticket") == [str(ids["ticket"])]
    assert await listed("rating=2") == [str(ids["low"])]
    agent = world.actors["agent"].user_id
    assert await listed(f"agent_id={agent}") == [str(ids["ticket"]), str(ids["top"])]
    assert await listed(f"group_id={world.group_id}") == [str(ids["top"])]
    assert await listed("channel=link") == [str(ids["ticket"])]

    first = (await client.get(f"/api/v1/surveys?{WINDOW}&limit=3", headers=lead)).json()
    assert len(first["items"]) == 3
    assert first["items"][0]["comment"] == "好评"
    assert first["items"][0]["reasons"] == ["fast", "gone"]
    rest = await client.get(
        f"/api/v1/surveys?{WINDOW}&limit=3&cursor={first['next_cursor']}", headers=lead
    )
    assert [item["id"] for item in rest.json()["items"]] == [str(ids["low"])]
    assert rest.json()["next_cursor"] is None
    # Another tenant lists only its own.
    foreign = await client.get(f"/api/v1/surveys?{WINDOW}", headers=world.outsider.headers)
    assert len(foreign.json()["items"]) == 1
    assert str(world.tenant_id) not in foreign.text


async def test_the_figures_of_a_window(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    await _seed(services, world)
    analyst = world.actors["analyst"].headers
    response = await client.get(f"/api/v1/surveys/stats?{WINDOW}", headers=analyst)
    assert response.status_code == 200, response.text
    stats = response.json()
    assert (stats["since"], stats["until"], stats["timezone"]) == (
        "2026-11-30",
        "2026-12-01",
        "Asia/Shanghai",
    )
    assert stats["count"] == 4
    assert stats["average"] == 3.5  # (2 + 3 + 5 + 4) / 4
    assert stats["csat"] == 0.5
    assert stats["satisfied"] == 2
    assert [d["count"] for d in stats["distribution"]] == [0, 1, 1, 1, 1]
    assert stats["with_comment"] == 2
    assert stats["rating_labels"][3]["zh-CN"] == "满意"
    assert {
        "key": "fast",
        "sentiment": "positive",
        "label": {"zh-CN": "响应快", "en": "Quick replies"},
    } in stats["reasons"]
    reasons = {r["key"]: r for r in stats["top_reasons"]}
    assert (reasons["slow"]["count"], reasons["fast"]["count"]) == (2, 2)
    assert reasons["slow"]["label"]["zh-CN"] == "回复慢"
    assert reasons["slow"]["sentiment"] == "negative"
    assert reasons["gone"] == {"key": "gone", "sentiment": None, "label": {}, "count": 1}
    days = {d["date"]: d for d in stats["days"]}
    assert list(days) == ["2026-11-30", "2026-12-01"]
    assert days["2026-11-30"] == {"date": "2026-11-30", "count": 3, "average": 3.33, "csat": 0.3333}
    assert days["2026-12-01"] == {"date": "2026-12-01", "count": 1, "average": 4.0, "csat": 1.0}

    tickets = (
        await client.get(f"/api/v1/surveys/stats?{WINDOW}&subject_type=ticket", headers=analyst)
    ).json()
    assert (tickets["count"], tickets["csat"]) == (1, 1.0)
    empty = (
        await client.get("/api/v1/surveys/stats?since=2026-10-01&until=2026-10-02", headers=analyst)
    ).json()
    assert (empty["count"], empty["average"], empty["csat"]) == (0, None, None)
    assert [d["count"] for d in empty["days"]] == [0, 0]


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("since=2026-12-02&until=2026-12-01", "invalid_range"),
        ("since=2025-01-01&until=2026-12-01", "range_too_long"),
        ("since=2026-12-01T00:00", "validation_error"),
        ("rating=0", "validation_error"),
        ("rating=6", "validation_error"),
        ("subject_type=order", "validation_error"),
        ("agent_id=me", "validation_error"),
        ("channel=sms", "validation_error"),
    ],
)
async def test_bad_report_queries_are_refused(
    client: httpx.AsyncClient, world: World, query: str, code: str
) -> None:
    lead = world.actors["supervisor"].headers
    for path in ("/api/v1/surveys", "/api/v1/surveys/stats"):
        response = await client.get(f"{path}?{query}", headers=lead)
        assert response.status_code == 422, (path, response.text)
        assert response.json()["code"] == code
    cursor = await client.get("/api/v1/surveys?cursor=yesterday", headers=lead)
    assert cursor.status_code == 422

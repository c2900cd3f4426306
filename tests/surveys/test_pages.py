"""The survey page a link opens, on SQLite and PostgreSQL: the form in the tenant's
language or the one asked for, an answer posted as a plain form, the thanks on reload,
and a clear page (with a 4xx status) for a forged, expired or closed survey."""

from __future__ import annotations

import re
import uuid
from typing import Any

import httpx
from sqlalchemy import func, select

from kefu.services import Services
from kefu.surveys.models import Survey
from tests.surveys.chats import chat, serve_and_resolve
from tests.world import World, fingerprint


def _ticket_link(services: Services, world: World) -> str:
    return services.surveys.link(world.tenant_id, "ticket", uuid.uuid4(), world.contact_id)


async def _surveys(services: Services) -> list[Survey]:
    async with services.db.read() as session:
        return list(await session.scalars(select(Survey)))


async def test_the_page_shows_the_form_and_takes_an_answer(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    path = _ticket_link(services, world)
    page = await client.get(path)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "script-src" not in page.headers["content-security-policy"]  # no script at all
    assert page.headers["referrer-policy"] == "no-referrer"
    assert page.headers["cache-control"] == "no-store"
    text = page.text
    assert '<html lang="zh-CN">' in text
    assert "您对本次服务满意吗？" in text
    for label in ("非常不满意", "不满意", "一般", "满意", "非常满意", "回复慢", "响应快"):
        assert label in text
    assert 'name="viewport"' in text
    assert len(re.findall(r'name="rating"', text)) == 5

    # "slow" is a 1-3 reason, hidden for a 4 and so not part of the answer.
    form = {
        "rating": "4",
        "reasons": ["fast", "professional", "slow"],
        "comment": "师傅很专业",
        "lang": "zh-CN",
    }
    posted = await client.post(path, data=form)
    assert posted.status_code == 303
    assert posted.headers["location"] == f"{path}?lang=zh-CN"
    (survey,) = await _surveys(services)
    assert (survey.rating, survey.reasons, survey.comment) == (
        4,
        ["fast", "professional"],
        "师傅很专业",
    )
    assert (survey.channel, survey.subject_type, survey.language) == ("link", "ticket", "zh-CN")

    thanks = await client.get(posted.headers["location"])
    assert thanks.status_code == 200
    assert 'data-state="answered"' in thanks.text
    assert "感谢您的评价！" in thanks.text
    assert "★★★★☆" in thanks.text
    again = await client.post(path, data={**form, "rating": "1"})
    assert again.status_code == 409
    assert "您已评价过了" in again.text
    assert len(await _surveys(services)) == 1


async def test_the_page_in_english(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    path = _ticket_link(services, world)
    page = await client.get(f"{path}?lang=en")
    assert '<html lang="en">' in page.text
    assert "How satisfied are you with our service?" in page.text
    assert "Very satisfied" in page.text
    assert f'href="{path}?lang=zh-CN"' in page.text  # the switch back
    posted = await client.post(path, data={"rating": "2", "reasons": ["slow"], "lang": "en"})
    assert posted.headers["location"].endswith("?lang=en")
    thanks = await client.get(posted.headers["location"])
    assert "Thank you for your feedback!" in thanks.text
    (survey,) = await _surveys(services)
    assert survey.language == "en"


async def test_a_bad_form_shows_the_form_again_with_what_was_typed(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    path = _ticket_link(services, world)
    before = await fingerprint(services, world.tenant_id)
    cases: list[tuple[dict[str, Any], str]] = [
        ({"comment": "没选分"}, "请先选择评分"),
        ({"rating": "0"}, "请先选择评分"),
        ({"rating": "six"}, "请先选择评分"),
        ({"rating": "3", "comment": "长" * 501}, "内容不符合要求"),
    ]
    for form, message in cases:
        response = await client.post(path, data=form)
        assert response.status_code == 422, form
        assert message in response.text
        assert 'data-state="open"' in response.text
    assert await fingerprint(services, world.tenant_id) == before


async def test_forged_expired_and_closed_surveys_say_so(
    client: httpx.AsyncClient, services: Services, world: World, clock_control: Any
) -> None:
    forged = await client.get("/survey/not-a-real-token")
    assert forged.status_code == 404
    assert "链接无效" in forged.text
    posted = await client.post("/survey/not-a-real-token", data={"rating": "5"})
    assert posted.status_code == 404
    english = await client.get("/survey/not-a-real-token?lang=en")
    assert "This link is not valid" in english.text

    c = await chat(client, services, world)
    link = await client.post(
        f"/api/v1/conversations/{c.conversation_id}/survey-link",
        headers=world.actors["agent"].headers,
    )
    path = link.json()["path"]
    pending = await client.get(path)
    assert pending.status_code == 409
    assert "服务尚未结束" in pending.text
    await serve_and_resolve(client, world, c)
    assert (await client.get(path)).status_code == 200

    clock_control.advance(days=8)
    expired = await client.get(path)
    assert expired.status_code == 410
    assert "评价已过期" in expired.text
    late = await client.post(path, data={"rating": "5"})
    assert late.status_code == 410
    async with services.db.read() as session:
        assert await session.scalar(select(func.count()).select_from(Survey)) == 0


async def test_markup_in_the_settings_is_shown_as_text(
    client: httpx.AsyncClient, services: Services, world: World
) -> None:
    admin = world.actors["tenant_admin"].headers
    settings = (await client.get("/api/v1/surveys/settings", headers=admin)).json()
    settings["question"] = {"zh-CN": '<script>alert(1)</script>"满意吗'}
    await client.put("/api/v1/surveys/settings", json=settings, headers=admin)
    page = await client.get(_ticket_link(services, world))
    assert "<script>" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&quot;满意吗" in page.text

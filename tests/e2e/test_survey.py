"""Satisfaction surveys in a real browser: a visitor chats, the agent resolves the
conversation over REST, and the visitor rates it in the widget (the thanks stay after a
reload; the answer is in the API); a customer rates a conversation on the survey page a
link opens, on a phone, in English; a forged link says so."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import AgentApi, AgentSocket, OpenPage, account, screenshot
from tests.e2e.test_console import Api
from tests.e2e.widget_page import send, start_chat, visitor_name, widget


@pytest.fixture
def reports(server: str) -> Iterator[Api]:
    api = Api(server, "supervisor")
    yield api
    api.http.close()


def _served_and_resolved(page: Page, agent_api: AgentApi) -> dict[str, Any]:
    """The visitor asks, the agent takes the conversation, answers and resolves it."""
    name = visitor_name()
    start_chat(page, name)
    send(page, "我买的茶叶还没发货，能帮忙看下吗？")
    conversation = agent_api.conversation_of(name)
    agent_api.take(conversation["id"])
    agent_api.reply(conversation["id"], "已经为您加急，今天下午发出。")
    expect(widget(page, ".row.theirs .bubble").last).to_have_text("已经为您加急，今天下午发出。")
    agent_api.resolve(conversation["id"])
    return conversation


def test_the_visitor_rates_the_conversation_in_the_widget(
    open_page: OpenPage, agent: AgentSocket, agent_api: AgentApi, reports: Api, server: str
) -> None:
    page = open_page(f"{server}/demo")
    conversation = _served_and_resolved(page, agent_api)
    expect(widget(page, ".system.ended")).to_have_text("本次会话已结束，发送消息可开始新的会话。")
    card = widget(page, ".survey")
    expect(card).to_have_attribute("data-state", "open")
    expect(card.locator(".survey-title")).to_have_text("您对本次服务满意吗？")
    expect(card.locator(".survey-label")).to_have_text("点击星星评分")
    stars = card.locator(".stars button")
    expect(stars).to_have_count(5)

    # A 2 first: the reasons for a low rating; then a 4, and those give way to the good ones.
    stars.nth(1).click()
    expect(card.locator(".survey-label")).to_have_text("不满意")
    expect(card.locator(".chip")).to_contain_text(["回复慢", "没解决问题", "态度不好"])
    card.locator(".chip", has_text="回复慢").click()
    stars.nth(3).click()
    expect(card.locator(".survey-label")).to_have_text("满意")
    expect(card.locator(".chip")).to_contain_text(["响应快", "专业", "态度好"])
    expect(card.locator(".chip.on")).to_have_count(0)  # 回复慢 belonged to the 2
    expect(card.locator(".stars button.on")).to_have_count(4)
    card.locator(".chip", has_text="响应快").click()
    expect(card.locator(".chip.on")).to_have_text("响应快")
    card.locator("textarea").fill("处理得很快，谢谢！")
    screenshot(page, "survey-widget-rating")
    card.locator(".primary").click()

    expect(card).to_have_attribute("data-state", "answered")
    expect(card.locator(".survey-title")).to_have_text("感谢您的评价！")
    expect(card.locator(".stars button.on")).to_have_count(4)
    screenshot(page, "survey-widget-thanks")

    answers = reports.get("/surveys", subject_id=conversation["id"])["items"]
    assert len(answers) == 1
    answer = answers[0]
    assert (answer["rating"], answer["reasons"], answer["comment"]) == (
        4,
        ["fast"],
        "处理得很快，谢谢！",
    )
    assert (answer["subject_type"], answer["channel"]) == ("conversation", "widget")
    assert answer["agent_id"] == reports.get("/users", q=account("agent").login)["items"][0]["id"]
    assert reports.get("/surveys/stats")["count"] >= 1

    # A reload shows the thanks again, not a second form.
    page.reload()
    widget(page, ".launcher").click()
    card = widget(page, ".survey")
    expect(card).to_have_attribute("data-state", "answered")
    expect(card.locator(".survey-label")).to_have_text("满意")

    # A new conversation takes the card away.
    send(page, "还想问一下，有礼盒包装吗？")
    expect(widget(page, ".survey")).to_have_count(0)


def test_a_customer_rates_on_the_survey_page_a_link_opens(
    open_page: OpenPage, agent: AgentSocket, agent_api: AgentApi, reports: Api, server: str
) -> None:
    chat = open_page(f"{server}/demo")
    conversation = _served_and_resolved(chat, agent_api)
    link = agent_api.http.post(f"/conversations/{conversation['id']}/survey-link")
    assert link.status_code == 200, link.text
    path = link.json()["path"]

    page = open_page(f"{server}{path}?lang=en", phone=True, locale="en-US")
    expect(page.locator("h1")).to_have_text("Rate our service")
    expect(page.locator(".question")).to_have_text("How satisfied are you with our service?")
    expect(page.locator(".chip")).to_have_count(8)
    expect(page.locator(".chip:visible")).to_have_count(0)  # until a rating is chosen
    page.locator("label[for=r2]").click()
    expect(page.locator(".chip:visible")).to_have_text(
        ["Slow replies", "Not solved", "Unfriendly", "Unclear answers"]
    )
    page.locator(".chip", has_text="Not solved").click()
    page.locator("textarea").fill("Still waiting for the parcel.")
    screenshot(page, "survey-link-phone-en")
    page.locator("button[type=submit]").click()
    expect(page.locator("[data-state=answered]")).to_contain_text("Thank you for your feedback!")
    expect(page.locator(".rated")).to_have_text("★★☆☆☆")
    screenshot(page, "survey-link-thanks-en")

    (answer,) = reports.get("/surveys", subject_id=conversation["id"])["items"]
    assert (answer["rating"], answer["reasons"], answer["channel"]) == (2, ["unsolved"], "link")
    assert answer["language"] == "en"
    assert answer["comment"] == "Still waiting for the parcel."

    # The same link in Chinese shows the answer; so does the widget, from its next page on.
    again = open_page(f"{server}{path}", phone=True)
    expect(again.locator("[data-state=answered]")).to_contain_text("感谢您的评价！")
    chat.reload()
    widget(chat, ".launcher").click()
    expect(widget(chat, ".survey")).to_have_attribute("data-state", "answered")
    expect(widget(chat, ".survey .stars button.on")).to_have_count(2)


def test_a_forged_link_says_so(open_page: OpenPage, server: str) -> None:
    page = open_page(
        f"{server}/survey/AQIAAAAAnotavalidtoken", phone=True, expected_errors=(r"status of 404",)
    )
    expect(page.locator("[data-state=invalid]")).to_have_text("链接无效，请检查链接是否完整。")
    screenshot(page, "survey-link-invalid")

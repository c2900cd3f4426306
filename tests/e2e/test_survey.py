"""Satisfaction surveys in a real browser: a visitor chats, the agent resolves the
conversation over REST, and the visitor rates it in the widget (the thanks stay after a
reload; the answer is in the API); a customer rates a conversation on the survey page a
link opens, on a phone, in English; a forged link says so."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import AgentApi, AgentSocket, OpenPage, account, screenshot, sign_in
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

    # The supervisor finds it on 满意度.
    console = sign_in(open_page, server, "supervisor")
    console.emulate_media(reduced_motion="reduce")  # the charts drawn at once
    console.locator("[data-test=nav-satisfaction]").click()
    row = console.locator(f"[data-test=answer-{conversation['id']}]")
    expect(row.locator("[data-test=answer-label]")).to_have_text("满意")
    expect(row.locator("[data-test=answer-reason]")).to_have_text(["响应快"])
    expect(row.locator("[data-test=answer-comment]")).to_have_text("处理得很快，谢谢！")
    expect(row).to_contain_text(account("agent").name)
    expect(console.locator("[data-test=figure-count] [data-test=figure-value]")).not_to_have_text(
        "0"
    )
    expect(console.locator("[data-test=distribution-chart] canvas")).to_have_count(1)
    screenshot(console, "survey-console-results")
    console.locator("[data-test=filter-rating]").click()
    console.locator(".n-base-select-option", has_text="非常不满意").click()
    expect(row).to_have_count(0)  # rated 4, not 1
    console.locator("[data-test=filter-rating]").click()
    console.locator(".n-base-select-option", has_text="满意").filter(has_not_text="不满意").filter(
        has_not_text="非常"
    ).click()
    expect(row).to_have_count(1)


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


@pytest.fixture
def admin(server: str) -> Iterator[Api]:
    """The tenant admin's API; afterwards the survey settings are as they were."""
    api = Api(server, "tenant_admin")
    before = api.get("/surveys/settings")
    yield api
    assert api.http.put("/surveys/settings", json=before).status_code == 200
    api.http.close()


def test_an_administrator_changes_the_survey_settings(
    open_page: OpenPage, admin: Api, server: str
) -> None:
    page = sign_in(open_page, server, "tenant_admin")
    page.locator("[data-test=nav-survey-settings]").click()
    form = page.locator("[data-test=survey-settings]")
    expect(form.locator("[data-test=survey-question-zh]")).to_have_value("您对本次服务满意吗？")
    expect(form.locator("[data-test=rating-label-1] input").first).to_have_value("非常不满意")
    positive = form.locator("[data-test=reasons-positive]")
    expect(positive.locator("[data-test=reason-zh]")).to_have_count(4)

    # Nothing saved while the question is empty in both languages: the form points at it.
    form.locator("[data-test=survey-question-zh]").fill("")
    form.locator("[data-test=survey-question-en]").fill("")
    page.locator("[data-test=save-surveys]").click()
    expect(page.locator("[data-test=form-error]")).to_be_visible()
    expect(form.locator(".n-form-item-feedback--error").first).to_have_text("请填写")
    assert admin.get("/surveys/settings")["question"]["zh-CN"] == "您对本次服务满意吗？"

    form.locator("[data-test=survey-question-zh]").fill("这次服务您还满意吗？")
    form.locator("[data-test=survey-question-en]").fill("How did we do?")
    form.locator("[data-test=survey-days] input").fill("5")
    positive.locator("[data-test=reason-add-positive]").click()
    positive.locator("[data-test=reason-zh]").last.fill("发货快")
    form.locator("[data-test=reasons-negative] [data-test=reason-remove]").first.click()
    expect(page.locator("[data-test=unsaved]")).to_be_visible()
    screenshot(page, "survey-console-settings")
    page.locator("[data-test=save-surveys]").click()
    expect(page.locator("[data-test=unsaved]")).to_have_count(0)

    saved = admin.get("/surveys/settings")
    assert saved["question"]["zh-CN"] == "这次服务您还满意吗？"
    assert saved["answer_days"] == 5
    labels = {r["label"]["zh-CN"]: r["sentiment"] for r in saved["reasons"]}
    assert labels["发货快"] == "positive"
    assert "回复慢" not in labels  # the first low-rating reason, removed
    entries = admin.get("/audit-log", action="surveys.settings")["items"]
    assert any(entry["after"]["answer_days"] == 5 for entry in entries)

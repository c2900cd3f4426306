"""The full-page H5 chat on a phone-sized screen."""

from __future__ import annotations

import re
import uuid

from playwright.sync_api import expect

from tests.e2e.conftest import PHONE, SITE, AgentApi, AgentSocket, OpenPage, screenshot


def test_h5_chat_on_a_phone(
    open_page: OpenPage, agent: AgentSocket, agent_api: AgentApi, server: str
) -> None:
    page = open_page(f"{server}/chat/{SITE}", phone=True)
    panel = page.locator("kefu-widget .panel")
    expect(panel).to_be_visible()
    expect(page.locator("kefu-widget .launcher")).to_have_count(0)
    box = panel.bounding_box()
    assert box is not None
    assert (box["width"], box["height"]) == (PHONE["width"], PHONE["height"])

    name = f"手机访客{uuid.uuid4().hex[:6]}"
    form = page.locator("kefu-widget form[data-form=prechat]")
    form.locator("input[name=name]").fill(name)
    form.locator("button[type=submit]").click()
    composer = page.locator("kefu-widget .input")
    composer.fill("我的快递显示已签收，但是没收到。")
    composer.press("Enter")  # a new line on a phone: the button sends
    expect(composer).to_have_value("我的快递显示已签收，但是没收到。\n")
    page.locator("kefu-widget .sendbtn").tap()
    mine = page.locator("kefu-widget .row.mine").last
    expect(mine).to_have_class(re.compile(r"\bsent\b"))
    expect(mine.locator(".bubble")).to_have_text("我的快递显示已签收，但是没收到。")

    conversation = agent_api.conversation_of(name)
    agent_api.reply(conversation["id"], "抱歉给您添麻烦了，请提供一下订单号，我马上帮您查询。")
    expect(page.locator("kefu-widget .row.theirs .bubble").last).to_have_text(
        "抱歉给您添麻烦了，请提供一下订单号，我马上帮您查询。"
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(page, "h5-phone-chat")


def test_a_waiting_customer_sees_their_place_until_an_agent_takes_them(
    open_page: OpenPage, agent: AgentSocket, agent_api: AgentApi, server: str
) -> None:
    # The agent's socket makes the site available; in routing they are signed out.
    page = open_page(f"{server}/chat/{SITE}", phone=True)
    name = f"排队访客{uuid.uuid4().hex[:6]}"
    form = page.locator("kefu-widget form[data-form=prechat]")
    form.locator("input[name=name]").fill(name)
    form.locator("button[type=submit]").click()
    page.locator("kefu-widget .input").fill("请问这款耳机支持降噪吗？")
    page.locator("kefu-widget .sendbtn").tap()

    # Nobody is signed in to routing: the customer waits and is told so.
    queue = page.locator("kefu-widget .queue-state")
    expect(queue).to_be_visible()
    expect(queue).to_contain_text(re.compile("正在为您转接客服"))
    expect(queue).to_contain_text(re.compile(r"预计等待 \d+ 分钟"))
    screenshot(page, "h5-queued")

    conversation = agent_api.conversation_of(name)
    agent_api.take(conversation["id"])
    expect(queue).to_be_hidden()

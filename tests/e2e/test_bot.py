"""The bot in a real browser: a visitor on the help centre's H5 page is answered by the bot,
rates the answer and asks for a person; the agent who takes the conversation reads what the
bot did, and answers the next question with one of agent assist's suggestions. And the bot
settings page, for the roles that may change it and the ones that may only read it."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Locator, Page, expect

from kefu import demo
from tests.e2e.conftest import OpenPage, account, screenshot, sign_in
from tests.e2e.test_console import Api
from tests.e2e.widget_page import widget

REFUND_ANSWER = re.compile("申请退款.*原路退回")
INVOICE_ANSWER = "在订单详情点击“申请发票”"
GREETING = "您好！我是小客，有问题尽管问我。"


@pytest.fixture
def tenant(server: str) -> Iterator[Api]:
    """The tenant admin's API; afterwards the bot settings are as they were, every agent is
    signed out of routing and the conversations left open are resolved."""
    api = Api(server, "tenant_admin")
    before = api.get("/bot/settings")
    yield api
    generative = {k: v for k, v in before["generative"].items() if k != "api_key_set"}
    restored = api.http.put("/bot/settings", json={**before, "generative": generative})
    assert restored.status_code == 200, restored.text
    for state in api.get("/routing/agents"):
        if state["status"] != "offline":
            api.http.put(f"/routing/agents/{state['user_id']}/state", json={"status": "offline"})
    for status in ("open", "queued", "bot"):
        for conversation in api.get("/conversations", status=status, limit=200)["items"]:
            api.http.post(f"/conversations/{conversation['id']}/resolve")
    api.http.close()


def conversation_from(api: Api, page_tag: str) -> dict[str, Any]:
    """The conversation the visitor started on the page whose address carries ``page_tag``."""
    items = api.get("/conversations", limit=100)["items"]
    found = [c for c in items if page_tag in (c.get("source_url") or "")]
    assert len(found) == 1, [c.get("source_url") for c in items]
    return dict(found[0])


def send(page: Page, text: str) -> None:
    """On a phone Enter adds a line: the button sends. Returns once the server stored it."""
    widget(page, ".input").fill(text)
    widget(page, ".sendbtn").tap()
    mine = widget(page, ".row.mine").last
    expect(mine.locator(".bubble")).to_have_text(text)
    expect(mine).to_have_class(re.compile(r"\bsent\b"))


def sign_in_expecting(open_page: OpenPage, server: str, role: str, errors: tuple[str, ...]) -> Page:
    """``sign_in``, for a page that provokes the console errors ``errors`` on purpose."""
    user = account(role)
    page = open_page(f"{server}/console/login", expected_errors=errors)
    page.locator("input[name=tenant]").fill(user.tenant)
    page.locator("input[name=login]").fill(user.login)
    page.locator("input[name=password]").fill(demo.PASSWORD)
    page.locator("button[type=submit]").click()
    page.locator("[data-test=nav]").wait_for()
    return page


def field_error(page: Page, text: str) -> Locator:
    """The message a form shows under a field."""
    return page.locator(".n-form-item-feedback").filter(has_text=text)


def go_online(page: Page) -> None:
    page.locator("[data-test=state-switcher]").click()
    page.get_by_text("在线", exact=True).click()
    expect(page.locator("[data-test=state-switcher]")).to_have_attribute("data-state", "online")


def test_the_bot_answers_hands_over_and_the_agent_answers_with_assist(
    open_page: OpenPage, server: str, tenant: Api
) -> None:
    # The agent's console is connected (the help centre is available), signed out of routing.
    agent = sign_in(open_page, server, "agent")
    tag = f"e2e-{uuid.uuid4().hex[:8]}"
    visitor = open_page(f"{server}/chat/{demo.HELP_SITE}?from={tag}", phone=True)
    expect(widget(visitor, ".input")).to_be_visible()

    # The bot answers from the knowledge base with a card the visitor can rate.
    send(visitor, "怎么申请退款")
    answer = widget(visitor, ".bubble.card").last
    # The first question of the session loads the embedding model and builds the index.
    expect(answer.locator(".card-title")).to_have_text("怎么申请退款", timeout=30_000)
    expect(answer.locator(".card-text")).to_have_text(REFUND_ANSWER)
    screenshot(visitor, "bot-h5-answer")
    helpful = answer.locator("button[data-rate=up]")
    helpful.tap()
    expect(helpful).to_have_class(re.compile(r"\bchosen\b"))
    expect(helpful).to_have_attribute("aria-pressed", "true")
    expect(answer.locator("button[data-rate=down]")).to_have_attribute("aria-pressed", "false")
    screenshot(visitor, "bot-h5-rated")

    # Asking for a person: the bot says so, and the visitor waits in the queue.
    send(visitor, "转人工")
    expect(widget(visitor, ".row.theirs .bubble").last).to_contain_text("正在为您转接人工客服")
    queue = widget(visitor, ".queue-state")
    expect(queue).to_be_visible()
    expect(queue).to_contain_text(re.compile("正在为您转接客服"))
    screenshot(visitor, "bot-h5-handover")
    conversation = conversation_from(tenant, tag)
    assert conversation["status"] == "queued"

    # Online, the agent is given the conversation and reads what the bot did.
    go_online(agent)
    item = agent.locator(f"[data-test=list-mine] [data-test=conversation-{conversation['id']}]")
    expect(item).to_be_visible()
    item.click()
    pane = agent.locator("[data-test=conversation]")
    expect(pane).to_have_attribute("data-status", "open")
    bot_messages = agent.locator("[data-test=message-bot]")
    expect(bot_messages.first).to_contain_text("您好，我是智能助手")
    card = agent.locator("[data-test=bot-card]").first
    expect(card).to_contain_text("怎么申请退款")
    expect(card.locator("[data-test=card-chip-feedback]")).to_have_count(2)
    chosen = card.locator("[data-test=card-chip-feedback][data-chosen=true]")
    expect(chosen).to_contain_text("有帮助")
    note = agent.locator("[data-test=message-note][data-sender=system]")
    expect(note).to_contain_text("机器人转人工")
    expect(note).to_contain_text("客户要求转人工")
    transcript = agent.locator("[data-test=bot-transcript]")
    expect(transcript).to_contain_text("机器人记录")
    expect(transcript.locator("[data-test=handover-reason]")).to_contain_text("客户要求转人工")
    turns = transcript.locator("[data-test=bot-turn]")
    expect(turns).to_have_count(2)
    expect(turns.first).to_have_attribute("data-outcome", "direct")
    expect(turns.first).to_contain_text("怎么申请退款")
    expect(turns.first.locator("[data-test=turn-feedback]")).to_contain_text("有帮助")
    expect(turns.nth(1)).to_have_attribute("data-outcome", "handover")
    # Two turns: open from the start; the summary folds it.
    toggle = transcript.locator("[data-test=bot-transcript-toggle]")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    screenshot(agent, "bot-console-handover")

    # The customer's next question brings agent assist's suggestions, live.
    send(visitor, "发票怎么开")
    expect(agent.locator("[data-test=message-theirs]").last).to_contain_text("发票怎么开")
    # The demo's entry by its exact question: other tests may add ones that read alike.
    suggestion = agent.locator("[data-test=assist-suggestion]").filter(
        has=agent.get_by_text("发票怎么开", exact=True)
    )
    expect(suggestion).to_be_visible()
    expect(suggestion.locator("[data-test=assist-answer]")).to_contain_text(INVOICE_ANSWER)
    expect(suggestion.locator("[data-test=assist-score]")).to_have_text(re.compile(r"^0\.\d\d$"))
    assert agent.locator("[data-test=assist-suggestion]").count() <= 3
    screenshot(agent, "bot-console-assist")

    # 编辑 puts the answer in the composer; 发送 sends it as it is.
    suggestion.locator("[data-test=assist-edit]").click()
    composer = agent.locator("[data-test=composer]")
    expect(composer).to_be_focused()
    expect(composer).to_have_value(re.compile(INVOICE_ANSWER))
    composer.fill("")
    suggestion.locator("[data-test=assist-send]").focus()
    agent.keyboard.press("Enter")  # keyboard, as an agent without a mouse would
    sent = agent.locator("[data-test=message-mine]").last
    expect(sent).to_contain_text(INVOICE_ANSWER)
    expect(sent).to_have_attribute("data-state", "stored")
    expect(suggestion.locator("[data-test=assist-sent]")).to_be_visible()
    expect(widget(visitor, ".row.theirs .bubble").last).to_contain_text(INVOICE_ANSWER)
    screenshot(visitor, "bot-h5-agent-answer")

    # The dark theme reads as well.
    agent.locator("[data-test=theme]").click()
    expect(agent.locator("html")).to_have_attribute("data-theme", "dark")
    screenshot(agent, "bot-console-dark")
    agent.locator("[data-test=theme]").click()

    messages = tenant.get(f"/conversations/{conversation['id']}/messages")
    assert messages[-1]["sender"]["type"] == "agent"
    assert INVOICE_ANSWER in messages[-1]["body"]


def test_an_admin_changes_the_bot_and_each_role_sees_what_it_may(
    open_page: OpenPage, server: str, tenant: Api
) -> None:
    # The page shows the API's refusal below (a 422 the browser logs).
    admin = sign_in_expecting(open_page, server, "tenant_admin", (r"status of 422",))
    admin.locator("[data-test=nav-bot]").click()
    expect(admin.locator("h1")).to_have_text("智能机器人")
    greeting = admin.locator("[data-test=bot-greeting]")
    # Empty: the built-in greeting is the placeholder.
    expect(greeting).to_have_value("")
    expect(greeting).to_have_attribute("placeholder", "您好，我是智能助手，很高兴为您服务。")
    expect(admin.locator("[data-test=handover-words]")).to_contain_text("转人工")
    expect(admin.locator("[data-test=read-only]")).to_have_count(0)

    # A suggest threshold above the direct one is refused at its field; nothing is lost.
    greeting.fill(GREETING)
    suggest = admin.locator("[data-test=threshold-suggest] input")
    suggest.fill("0.95")
    suggest.blur()
    expect(admin.locator("[data-test=unsaved]")).to_be_visible()
    admin.locator("[data-test=save-bot]").click()
    expect(admin.locator("[data-test=form-error]")).to_be_visible()
    expect(field_error(admin, "推荐阈值不能高于直接回答阈值")).to_be_visible()
    expect(greeting).to_have_value(GREETING)
    screenshot(admin, "bot-settings-error")

    # Turned on without an address, generative answers are refused by the form as well.
    suggest.fill("0.82")
    suggest.blur()
    admin.locator("[data-test=generative-enabled]").click()
    admin.locator("[data-test=save-bot]").click()
    expect(field_error(admin, "接口地址")).to_be_visible()
    # The API's own check: an endpoint inside the server's network is not allowed.
    admin.locator("[data-test=generative-url]").fill("http://127.0.0.1:9/v1")
    admin.locator("[data-test=generative-model]").fill("qwen2.5")
    admin.locator("[data-test=save-bot]").click()
    expect(field_error(admin, "内网、本机或保留地址")).to_be_visible()
    expect(admin.locator("[data-test=generative-url]")).to_have_value("http://127.0.0.1:9/v1")
    admin.locator("[data-test=generative-enabled]").click()

    admin.locator("[data-test=save-bot]").click()
    expect(admin.get_by_text("机器人设置已保存")).to_be_visible()
    expect(admin.locator("[data-test=unsaved]")).to_have_count(0)
    assert tenant.get("/bot/settings")["greeting"] == GREETING
    admin.reload()
    expect(admin.locator("[data-test=bot-greeting]")).to_have_value(GREETING)
    screenshot(admin, "bot-settings-admin")
    admin.locator("[data-test=theme]").click()
    screenshot(admin, "bot-settings-dark")
    admin.locator("[data-test=theme]").click()

    # A supervisor keeps the answers too; an agent reads the settings without changing them.
    supervisor = sign_in(open_page, server, "supervisor")
    supervisor.locator("[data-test=nav-bot]").click()
    expect(supervisor.locator("[data-test=save-bot]")).to_be_visible()
    expect(supervisor.locator("[data-test=read-only]")).to_have_count(0)
    agent = sign_in(open_page, server, "agent")
    agent.locator("[data-test=nav-bot]").click()
    expect(agent.locator("[data-test=read-only]")).to_be_visible()
    expect(agent.locator("[data-test=bot-greeting]")).to_have_value(GREETING)
    expect(agent.locator("[data-test=bot-greeting]")).to_be_disabled()
    expect(agent.locator("[data-test=save-bot]")).to_have_count(0)
    screenshot(agent, "bot-settings-agent")
    # The analyst, without knowledge:read, has no such page.
    analyst = sign_in(open_page, server, "analyst")
    expect(analyst.locator("[data-test=nav-bot]")).to_have_count(0)
    analyst.goto(f"{server}/console/admin/bot")
    expect(analyst.locator("[data-test=nav]")).to_be_visible()
    expect(analyst).not_to_have_url(re.compile(r"/admin/bot"))

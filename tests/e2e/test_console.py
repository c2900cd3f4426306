"""The console in a real browser: what each role sees, a conversation from the widget
through the queue to an agent and back, the supervisor's live wallboard, and English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from playwright.sync_api import Page, expect

from kefu import demo
from tests.e2e.conftest import OpenPage, account, screenshot, sign_in
from tests.e2e.widget_page import send, start_chat, visitor_name, widget

CJK = re.compile(r"[\u4e00-\u9fff]")
# Each role's navigation, as the permission table (docs/permissions.md) grants the pages.
EVERY_PAGE = {
    "workspace",
    "tickets",
    "follow-ups",
    "wallboard",
    "knowledge",
    "bot-stats",
    "satisfaction",
    "unanswered",
    "users",
    "groups",
    "rules",
    "bot",
    "survey-settings",
    "appointment-slots",
    "canned",
    "sites",
    "audit",
}
PAGES = {
    "platform_admin": EVERY_PAGE,
    "tenant_admin": EVERY_PAGE,
    "supervisor": {
        "workspace", "tickets", "follow-ups", "wallboard", "knowledge", "bot-stats", "satisfaction",
        "unanswered", "groups",
        "rules", "bot", "appointment-slots", "canned",
    },
    "agent": {"workspace", "tickets", "follow-ups", "knowledge", "bot", "canned"},
    "qa_inspector": {
        "workspace", "tickets", "follow-ups", "knowledge", "bot-stats", "satisfaction", "bot",
    },
    "analyst": {"wallboard", "bot-stats", "satisfaction", "groups", "rules"},
}  # fmt: skip


class Api:
    """A demo account's REST calls, for checking and tidying what the browser did."""

    def __init__(self, server: str, role: str) -> None:
        user = account(role)
        login = httpx.post(
            f"{server}/api/v1/auth/login",
            json={"tenant": user.tenant, "login": user.login, "password": demo.PASSWORD},
        )
        assert login.status_code == 200, login.text
        token = login.json()["access_token"]
        self.http = httpx.Client(
            base_url=f"{server}/api/v1", headers={"Authorization": f"Bearer {token}"}
        )

    def get(self, path: str, **params: Any) -> Any:
        answer = self.http.get(path, params=params)
        assert answer.status_code == 200, answer.text
        return answer.json()


@pytest.fixture
def admin_api(server: str) -> Iterator[Api]:
    """The tenant admin's API; afterwards every agent is signed out of routing and the
    conversations this test opened are resolved, so the next test starts from a quiet
    tenant."""
    api = Api(server, "tenant_admin")
    yield api
    for state in api.get("/routing/agents"):
        if state["status"] != "offline":
            api.http.put(f"/routing/agents/{state['user_id']}/state", json={"status": "offline"})
    for status in ("open", "queued"):
        for conversation in api.get("/conversations", status=status, limit=200)["items"]:
            api.http.post(f"/conversations/{conversation['id']}/resolve")
    api.http.close()


def nav(page: Page) -> set[str]:
    links = page.locator("[data-test=nav] a[data-test^=nav-]")
    expect(links.first).to_be_visible()
    return {str(name).removeprefix("nav-") for name in links.evaluate_all(
        "links => links.map(link => link.dataset.test)"
    )}  # fmt: skip


@pytest.mark.parametrize("role", sorted(PAGES))
def test_each_role_sees_only_its_pages(open_page: OpenPage, server: str, role: str) -> None:
    page = sign_in(open_page, server, role)
    assert nav(page) == PAGES[role]
    if "workspace" not in PAGES[role]:
        # No live socket without conversations:read, and no "connection lost" warning.
        expect(page.locator("[data-test=offline]")).to_have_count(0)
    # A page the role may not open sends it home instead.
    page.goto(f"{server}/console/admin/audit")
    expect(page.locator("[data-test=nav]")).to_be_visible()
    if "audit" not in PAGES[role]:
        expect(page).not_to_have_url(re.compile(r"/admin/audit"))
    screenshot(page, f"console-home-{role}")


def test_a_visitor_reaches_an_agent_through_the_queue_and_hears_back(
    open_page: OpenPage, server: str, admin_api: Api
) -> None:
    agent = sign_in(open_page, server, "agent")
    expect(agent.locator("[data-test=state-switcher]")).to_have_attribute("data-state", "offline")
    visitor = open_page(f"{server}/demo")
    name = visitor_name()
    start_chat(visitor, name)
    send(visitor, "你好，我买的耳机左边没有声音")

    # Signed out of routing, the agent finds the customer in their groups' queue.
    agent.locator("[data-test=tab-queue]").click()
    item = agent.locator(f"[data-test=list-queue] [data-name='{name}']")
    expect(item).to_be_visible()
    expect(item.locator("[data-test=waiting]")).to_be_visible()
    item.click()
    expect(agent.locator("[data-test=message-theirs]").last).to_have_text(
        re.compile("左边没有声音")
    )
    expect(agent.locator("[data-test=customer-panel]")).to_contain_text(name)
    agent.locator("[data-test=accept]").click()
    expect(agent.locator("[data-test=conversation]")).to_have_attribute("data-status", "open")
    expect(item).to_have_count(0)  # out of the queue
    agent.locator("[data-test=tab-mine]").click()
    expect(agent.locator(f"[data-test=list-mine] [data-name='{name}']")).to_have_count(1)

    composer = agent.locator("[data-test=composer]")
    composer.fill("您好，非常抱歉给您带来不便，请问订单号是多少？")
    composer.press("Enter")
    expect(widget(visitor, ".row.theirs .bubble").last).to_have_text(
        "您好，非常抱歉给您带来不便，请问订单号是多少？"
    )
    # The visitor read it: the agent sees the receipt.
    expect(agent.locator("[data-test=message-mine]").last).to_contain_text("已读")

    # An internal note stays with colleagues.
    agent.locator("[data-test=note-toggle]").click()
    composer.fill("客户情绪较急，优先处理")
    composer.press("Enter")
    expect(agent.locator("[data-test=message-note]").last).to_have_attribute("data-state", "stored")

    # A canned reply from "/", then the visitor answers live.
    agent.locator("[data-test=note-toggle]").click()
    composer.fill("/order")
    agent.locator("[data-test=canned-order]").click()
    expect(composer).to_have_value("麻烦您提供一下订单号，我马上为您查询。")
    composer.press("Enter")
    expect(widget(visitor, ".row.theirs .bubble").last).to_have_text(
        "麻烦您提供一下订单号，我马上为您查询。"
    )
    send(visitor, "订单号 20261123001")
    expect(agent.locator("[data-test=message-theirs]").last).to_have_text(re.compile("20261123001"))
    seen = widget(visitor, ".row .bubble").all_inner_texts()
    assert "麻烦您提供一下订单号，我马上为您查询。" in seen
    assert not [text for text in seen if "客户情绪较急" in text]
    screenshot(agent, "console-workspace")

    agent.locator("[data-test=resolve]").click()
    expect(agent.locator("[data-test=conversation]")).to_have_attribute("data-status", "resolved")
    mine = admin_api.get("/conversations", status="resolved", limit=50)["items"]
    assert any(c["prechat"].get("name") == name for c in mine)


def test_the_wallboard_follows_agents_live_and_a_supervisor_takes_over(
    open_page: OpenPage, server: str, admin_api: Api
) -> None:
    supervisor = sign_in(open_page, server, "supervisor")
    supervisor.locator("[data-test=nav-wallboard]").click()
    agent = sign_in(open_page, server, "agent")
    agent_id = next(u["id"] for u in admin_api.get("/users", q=account("agent").login)["items"])
    row_state = supervisor.locator(f"[data-test=agent-state-{agent_id}]")

    agent.locator("[data-test=state-switcher]").click()
    agent.get_by_text("在线", exact=True).click()
    expect(row_state).to_have_attribute("data-state", "online")
    agent.locator("[data-test=state-switcher]").click()
    agent.get_by_text("忙碌", exact=True).click()
    expect(row_state).to_have_attribute("data-state", "busy")  # no reload on either side

    # The supervisor sends the agent on a break; the agent's own switcher follows.
    supervisor.locator(f"[data-test=set-state-{agent_id}]").click()
    supervisor.get_by_text("休息", exact=True).hover()
    supervisor.get_by_text("用餐", exact=True).click()
    expect(agent.locator("[data-test=state-switcher]")).to_have_attribute("data-state", "break")
    expect(row_state).to_have_attribute("data-state", "break")

    # Back online, the agent is given a customer; the supervisor watches and takes over.
    agent.locator("[data-test=state-switcher]").click()
    agent.get_by_text("在线", exact=True).click()
    visitor = open_page(f"{server}/demo")
    name = visitor_name()
    start_chat(visitor, name)
    send(visitor, "请问可以开发票吗？")
    expect(agent.locator(f"[data-test=list-mine] [data-name='{name}']")).to_be_visible()
    expect(supervisor.locator("[data-test=kpi-online]")).to_contain_text("1")
    screenshot(supervisor, "console-wallboard")

    live = supervisor.locator("[data-test=live] a[data-test^=watch-]")
    expect(live.first).to_be_visible()
    conversation_id = next(
        c["id"]
        for c in admin_api.get("/conversations", status="open", limit=50)["items"]
        if c["prechat"].get("name") == name
    )
    supervisor.locator(f"[data-test=watch-{conversation_id}]").click()
    expect(supervisor.locator("[data-test=message-theirs]").last).to_have_text(re.compile("开发票"))
    supervisor.locator("[data-test=take-over]").click()
    expect(supervisor.locator("[data-test=conversation]")).to_contain_text("接待人：我")
    expect(agent.locator(f"[data-test=list-mine] [data-name='{name}']")).to_have_count(0)
    conversation = admin_api.get(f"/conversations/{conversation_id}")
    assert conversation["assignee_id"] != agent_id


def test_switching_to_english_changes_the_console_and_is_remembered(
    open_page: OpenPage, server: str
) -> None:
    page = sign_in(open_page, server, "tenant_admin")
    expect(page.locator("[data-test=nav-workspace]")).to_have_text("工作台")
    page.locator("[data-test=language]").click()
    expect(page.locator("[data-test=nav-workspace]")).to_have_text("Workspace")
    expect(page.locator("[data-test=nav-wallboard]")).to_have_text("Wallboard")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.reload()
    expect(page.locator("[data-test=nav-audit]")).to_have_text("Audit log")
    # Every page's own labels are English too (the demo's data stays as it was written).
    for name in sorted(EVERY_PAGE):
        page.locator(f"[data-test=nav-{name}]").click()
        labels = page.locator(
            "h1, th, .n-tabs-tab__label, "
            "button.n-button:not([data-test=language]):not([data-test=user-menu])"
        )
        expect(labels.first).to_be_visible()
        untranslated = [t for t in labels.all_inner_texts() if CJK.search(t)]
        assert not untranslated, (name, untranslated)
    screenshot(page, "console-english")
    page.locator("[data-test=language]").click()
    expect(page.locator("[data-test=nav-workspace]")).to_have_text("工作台")


def test_a_wrong_password_is_explained_and_the_form_keeps_what_was_typed(
    open_page: OpenPage, server: str
) -> None:
    page = open_page(f"{server}/console/login", expected_errors=(r"status of 401",))
    page.locator("input[name=tenant]").fill("demo")
    page.locator("input[name=login]").fill("agent@demo.example.com")
    page.locator("input[name=password]").fill("not-the-password")
    page.locator("button[type=submit]").click()
    expect(page.locator("[data-test=login-error]")).to_have_text("企业标识、账号或密码不正确。")
    expect(page.locator("input[name=login]")).to_have_value("agent@demo.example.com")
    expect(page.locator("input[name=tenant]")).to_have_value("demo")

"""Tickets in a real browser, on a server whose clock moves: an agent turns a customer's
conversation into a complaint from the conversation view (a required field refused at the
field first); the complaint's SLA clocks run on the ticket page; the server's clock is
moved two hours on (libfaketime), its own job loop breaches the SLA and escalates the
ticket (priority raised), and the agent sees it live on the ticket page, in a notification
and in the list; the agent resolves the conversation and the customer rates it in the
widget."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Page, expect

from kefu import demo
from tests.conftest import REQUIRE
from tests.e2e.conftest import KefuServer, OpenPage, account, screenshot
from tests.e2e.widget_page import send, start_chat, visitor_name, widget

LIBFAKETIME = Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1")
# A jump past the resolution target (60 min), and past the access tokens' 15 minutes, so
# the console's refresh of an expired token is part of the story.
JUMP = "+2h"


class FakedClock:
    """The server's clock as libfaketime reads it: an offset in a file the test rewrites.

    libfaketime reads the file again at most every second (``FAKETIME_CACHE_DURATION``);
    the monotonic clock is left alone, so asyncio's timers and heartbeats keep real time
    while every ``datetime.now()`` (and so ``kefu.core.clock.utcnow()``) moves.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.set("+0")

    def set(self, offset: str) -> None:
        self.path.write_text(f"{offset}\n")

    def env(self) -> dict[str, str]:
        return {
            "LD_PRELOAD": str(LIBFAKETIME),
            "FAKETIME_TIMESTAMP_FILE": str(self.path),
            "FAKETIME_CACHE_DURATION": "1",
            "DONT_FAKE_MONOTONIC": "1",
        }


@pytest.fixture(scope="module")
def clock(tmp_path_factory: pytest.TempPathFactory) -> FakedClock:
    if not LIBFAKETIME.exists():
        message = "libfaketime is not installed (apt-get install faketime)"
        if REQUIRE:
            pytest.fail(message)
        pytest.skip(message)
    return FakedClock(tmp_path_factory.mktemp("faketime") / "offset")


@pytest.fixture(scope="module", autouse=True)
def patient() -> Iterator[None]:
    """A long story on one page over a server whose every call goes through libfaketime,
    on a machine that may be busy: each expectation waits longer before it fails."""
    expect.set_options(timeout=20_000)
    yield
    expect.set_options(timeout=5_000)


@pytest.fixture(scope="module")
def faked(clock: FakedClock, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A ``kefu demo`` of this module's own, its clock under the test's control."""
    kefu = KefuServer(tmp_path_factory.mktemp("e2e-tickets"), env=clock.env())
    try:
        kefu.start()
        kefu.check_widget()
        yield kefu.url
    finally:
        kefu.stop()
        clock.set("+0")


class Api:
    """A demo account's REST calls, for setting up and checking what the browser did; it
    signs in again when the clock's jump expired its access token."""

    def __init__(self, server: str, role: str) -> None:
        self.server = server
        self.user = account(role)
        self.http = httpx.Client(base_url=f"{server}/api/v1", timeout=60)
        self.sign_in()

    def sign_in(self) -> None:
        login = self.http.post(
            "/auth/login",
            json={"tenant": self.user.tenant, "login": self.user.login, "password": demo.PASSWORD},
        )
        assert login.status_code == 200, login.text
        self.http.headers["Authorization"] = f"Bearer {login.json()['access_token']}"

    def get(self, path: str, **params: Any) -> Any:
        answer = self.http.get(path, params=params)
        if answer.status_code == 401 and answer.json()["code"] == "token_expired":
            self.sign_in()
            answer = self.http.get(path, params=params)
        assert answer.status_code == 200, answer.text
        return answer.json()


@pytest.fixture
def supervisor(faked: str) -> Iterator[Api]:
    api = Api(faked, "supervisor")
    yield api
    api.http.close()


def sign_in(open_page: OpenPage, server: str, role: str) -> Page:
    """The console, signed in. Expected in the browser's console: the 401s of access tokens
    that expire when the clock jumps (and are refreshed), and the 422 of a required field."""
    user = account(role)
    page = open_page(
        f"{server}/console/login", expected_errors=(r"status of 401", r"status of 422")
    )
    page.locator("input[name=tenant]").fill(user.tenant)
    page.locator("input[name=login]").fill(user.login)
    page.locator("input[name=password]").fill(demo.PASSWORD)
    page.locator("button[type=submit]").click()
    page.locator("[data-test=nav]").wait_for()
    return page


def test_a_complaint_from_a_conversation_breaches_its_sla_and_is_escalated(
    open_page: OpenPage, faked: str, clock: FakedClock, supervisor: Api
) -> None:
    # Complaints answer to this policy, in every hour: the demo's (in business hours) after it.
    for policy in supervisor.get("/sla-policies"):
        moved = supervisor.http.patch(f"/sla-policies/{policy['id']}", json={"position": 10})
        assert moved.status_code == 200, moved.text
    created = supervisor.http.post(
        "/sla-policies",
        json={
            "name": "投诉时效",
            "rules": {
                "type_keys": ["complaint"],
                "targets": {"normal": {"first_response": 30, "resolution": 60}},
                "escalation": {"raise_priority": True, "notify_supervisors": True},
            },
        },
    )
    assert created.status_code == 201, created.text

    # The customer writes in; the agent takes the conversation from the queue.
    agent = sign_in(open_page, faked, "agent")
    visitor = open_page(f"{faked}/demo")
    name = visitor_name()
    start_chat(visitor, name)
    send(visitor, "收到的茶叶少了一盒，联系了三次都没人处理，我要投诉！")
    agent.locator("[data-test=tab-queue]").click()
    agent.locator(f"[data-test=list-queue] [data-name='{name}']").click()
    agent.locator("[data-test=accept]").click()
    expect(agent.locator("[data-test=conversation]")).to_have_attribute("data-status", "open")
    composer = agent.locator("[data-test=composer]")
    composer.fill("非常抱歉，我马上为您登记投诉并跟进。")
    composer.press("Enter")
    expect(widget(visitor, ".row.theirs .bubble").last).to_have_text(
        "非常抱歉，我马上为您登记投诉并跟进。"
    )

    # 转工单: the dialog comes prefilled from the conversation.
    strip = agent.locator("[data-test=conversation-tickets]")
    expect(strip).to_contain_text("关联工单（0）")
    strip.locator("[data-test=create-ticket]").click()
    dialog = agent.locator("[data-test=ticket-dialog]")
    expect(dialog).to_contain_text("由会话转工单")
    subject = dialog.locator("[data-test=ticket-subject]")
    expect(subject).to_have_value(re.compile(f"^{name}：收到的茶叶少了一盒"))
    expect(dialog.locator("[data-test=ticket-type]")).to_contain_text("投诉")
    expect(dialog.locator("[data-test=ticket-assignee]")).to_contain_text(account("agent").name)
    # The complaint's category is required: the server refuses, and says so at the field.
    dialog.locator("[data-test=ticket-submit]").click()
    category = dialog.locator("[data-test=form-field-category]")
    expect(category.locator(".n-form-item-feedback--error")).to_have_text("请选择投诉类别")
    expect(dialog.locator("[data-test=ticket-dialog-error]")).to_have_text("请填写必填字段。")
    screenshot(agent, "tickets-dialog-required")
    category.locator("[data-test=field-category]").click()
    agent.locator(".n-base-select-option", has_text="物流配送").click()
    dialog.locator("[data-test=field-order_no]").fill("TD20261202001")
    screenshot(agent, "tickets-dialog")
    dialog.locator("[data-test=ticket-submit]").click()
    expect(dialog).to_have_count(0)

    conversation = supervisor.get("/conversations", limit=100)["items"]
    (conversation,) = [c for c in conversation if c["prechat"].get("name") == name]
    (brief,) = supervisor.get("/tickets", conversation_id=conversation["id"])["items"]
    number = brief["number"]
    assert brief["contact_id"] == conversation["contact_id"]  # the customer linked
    assert brief["priority"] == "normal"
    link = strip.locator(f"[data-test=conversation-ticket-{number}]")
    expect(link).to_contain_text(f"#{number}")
    expect(strip).to_contain_text("关联工单（1）")
    screenshot(agent, "tickets-conversation")

    # The ticket page: the clocks run; the transcript is attached, shown apart.
    link.click()
    page = agent
    expect(page.locator("[data-test=ticket-number]")).to_have_text(f"#{number}")
    expect(page.locator("[data-test=ticket-status]")).to_have_text("新建")
    expect(page.locator("[data-test=ticket-priority]")).to_have_text("普通")
    first = page.locator("[data-test=sla-first_response]")
    resolution = page.locator("[data-test=sla-resolution]")
    expect(first).to_have_attribute("data-status", "running")
    expect(resolution).to_have_attribute("data-status", "running")
    expect(resolution.locator("[data-test=sla-value]")).to_have_text(
        re.compile(r"^剩余 (59:\d\d|1:00:00)$")
    )
    transcript = page.locator("[data-test=comment-transcript]")
    expect(transcript).to_contain_text("会话记录")
    expect(transcript).to_contain_text("收到的茶叶少了一盒")
    expect(page.locator("[data-test=move-open]")).to_have_text("处理中")
    expect(page.locator("[data-test=ticket-escalated]")).to_have_count(0)
    screenshot(page, "tickets-page-running")

    # Two hours later by the server's clock: its job loop breaches both clocks, raises the
    # priority and tells the assignee, whose page follows.
    clock.set(JUMP)
    expect(resolution).to_have_attribute("data-status", "breached", timeout=30_000)
    expect(first).to_have_attribute("data-status", "breached")
    expect(resolution.locator("[data-test=sla-value]")).to_have_text("已超时")
    expect(page.locator("[data-test=ticket-escalated]")).to_be_visible()
    expect(page.locator("[data-test=sla-escalated]")).to_be_visible()
    expect(page.locator("[data-test=ticket-priority]")).to_have_text("高")
    expect(page.locator("[data-test=event-sla_breached]")).to_contain_text("SLA 已超时，工单已升级")
    alert = page.locator(".n-notification", has_text=f"工单 #{number} 已超时")
    expect(alert).to_be_visible()
    screenshot(page, "tickets-page-breached")
    ticket = supervisor.get(f"/tickets/{brief['id']}")
    assert ticket["priority"] == "high"
    assert ticket["escalated_at"] is not None
    assert {m: c["status"] for m, c in ticket["sla"].items()} == {
        "first_response": "breached",
        "resolution": "breached",
    }

    # The list says it too, and finds it among the breached ones.
    page.locator("[data-test=nav-tickets]").click()
    row = page.locator(f"[data-test=ticket-row-{number}]")
    expect(row.locator("[data-test=sla-breached]")).to_have_text("已超时")
    expect(row.locator("[data-test=sla-escalated]")).to_be_visible()
    expect(row.locator("[data-test=ticket-priority]")).to_have_text("高")
    expect(row.locator("[data-test=ticket-status]")).to_have_text("新建")
    page.locator("[data-test=filter-sla]").click()
    page.locator(".n-base-select-option", has_text="已升级").click()
    expect(page.locator("[data-test=ticket-list] tbody tr")).to_have_count(1)  # only this one
    expect(row).to_be_visible()
    screenshot(page, "tickets-list")

    # Back in the conversation, the agent resolves it; the customer rates it in the widget.
    row.locator("[data-test=ticket-link]").click()
    page.locator("[data-test=open-conversation]").click()
    expect(page.locator("[data-test=conversation-tickets]")).to_contain_text(f"#{number}")
    page.locator("[data-test=resolve]").click()
    expect(page.locator("[data-test=conversation]")).to_have_attribute("data-status", "resolved")
    card = widget(visitor, ".survey")
    expect(card).to_have_attribute("data-state", "open")
    card.locator(".stars button").nth(2).click()
    card.locator(".chip").first.click()
    card.locator("textarea").fill("问题登记了，但处理太慢。")
    card.locator(".primary").click()
    expect(card).to_have_attribute("data-state", "answered")
    (answer,) = supervisor.get("/surveys", subject_id=conversation["id"])["items"]
    assert (answer["rating"], answer["comment"]) == (3, "问题登记了，但处理太慢。")
    assert os.environ.get("LD_PRELOAD") is None  # only the server's clock was moved


def _ticket(api: Api, subject: str) -> dict[str, Any]:
    (found,) = [
        t for t in api.get("/tickets", q=subject, limit=50)["items"] if t["subject"] == subject
    ]
    return dict(found)


def test_a_supervisor_saves_a_filter_and_changes_tickets_in_bulk(
    open_page: OpenPage, faked: str, supervisor: Api
) -> None:
    complaint = _ticket(supervisor, "客服态度差，问题没解决")
    appeal = _ticket(supervisor, "商家申诉：差评为恶意评价")
    solved = _ticket(supervisor, "收到的商品有划痕")
    page = sign_in(open_page, faked, "supervisor")
    page.locator("[data-test=nav-tickets]").click()

    # A saved filter: complaints only, shared with the team, applied from its chip.
    page.locator("[data-test=filter-type]").click()
    page.locator(".n-base-select-option", has_text="投诉").click()
    expect(page.locator(f"[data-test=ticket-row-{appeal['number']}]")).to_have_count(0)
    page.locator("[data-test=save-view]").click()
    dialog = page.locator("[data-test=save-view-dialog]")
    dialog.locator("[data-test=view-name]").fill("投诉待处理")
    dialog.locator("[data-test=view-shared]").click()
    dialog.locator("[data-test=view-save]").click()
    chip = page.locator("[data-test='ticket-view-投诉待处理']")
    expect(chip).to_contain_text("共享")
    (view,) = [v for v in supervisor.get("/ticket-views") if v["name"] == "投诉待处理"]
    assert view["shared"] is True
    assert view["filters"]["type_id"] == complaint["type_id"]
    page.locator("[data-test=ticket-tab-all]").click()
    page.locator("[data-test=filter-type]").click()
    page.locator(".n-base-select-option", has_text="全部类型").click()
    expect(page.locator(f"[data-test=ticket-row-{appeal['number']}]")).to_be_visible()
    chip.click()
    expect(page.locator("[data-test=filter-type]")).to_contain_text("投诉")
    expect(page.locator(f"[data-test=ticket-row-{appeal['number']}]")).to_have_count(0)
    expect(page.locator(f"[data-test=ticket-row-{complaint['number']}]")).to_be_visible()

    # Bulk: a complaint and an appeal moved to 处理中; the appeal's workflow has no such
    # state, so it alone is refused, and said so.
    page.locator("[data-test=ticket-tab-all]").click()  # from the saved filter to every ticket
    page.locator("[data-test=filter-type]").click()
    page.locator(".n-base-select-option", has_text="全部类型").click()
    expect(page.locator(f"[data-test=ticket-row-{solved['number']}]")).to_be_visible()
    for ticket in (complaint, appeal):
        page.locator(f"[data-test=ticket-row-{ticket['number']}] [data-test=select-row]").click()
    bar = page.locator("[data-test=bulk-bar]")
    expect(bar).to_contain_text("已选 2 个")
    bar.locator("[data-test=bulk-status]").click()
    page.locator(".n-base-select-option", has_text="处理中").click()
    bar.locator("[data-test=bulk-priority]").click()
    page.locator(".n-base-select-option", has_text="紧急").click()
    screenshot(page, "tickets-list-bulk")
    bar.locator("[data-test=bulk-apply]").click()
    failures = page.locator("[data-test=bulk-failures]")
    expect(failures).to_contain_text("1 个未能更新")
    expect(failures).to_contain_text(f"#{appeal['number']}")
    row = page.locator(f"[data-test=ticket-row-{complaint['number']}]")
    expect(row.locator("[data-test=ticket-status]")).to_have_text("处理中")
    expect(row.locator("[data-test=ticket-priority]")).to_have_text("紧急")
    expect(bar).to_contain_text("已选 1 个")  # the refused one stays ticked
    screenshot(page, "tickets-list-bulk-result")
    assert supervisor.get(f"/tickets/{complaint['id']}")["status"] == "open"
    assert supervisor.get(f"/tickets/{appeal['id']}")["status"] == "reviewing"

    # In English, the same list.
    page.locator("[data-test=language]").click()
    expect(page.locator("[data-test=ticket-tab-active]")).to_have_text("To do")
    expect(row.locator("[data-test=ticket-priority]")).to_have_text("Urgent")
    screenshot(page, "tickets-list-en")
    page.locator("[data-test=language]").click()
    expect(page.locator("[data-test=ticket-tab-active]")).to_have_text("待处理")

    # The saved filter is deleted from its chip.
    chip.locator(".n-tag__close").click()
    page.locator(".n-dialog__action button", has_text="确定").click()
    expect(chip).to_have_count(0)
    assert not [v for v in supervisor.get("/ticket-views") if v["name"] == "投诉待处理"]

"""What the bot's turns teach, in a real browser: visitors on the help centre ask what the
demo knowledge base cannot answer (two of them the same thing in other words) and one FAQ
question; a supervisor reviews the unanswered questions (one group added to an entry as a
similar question, one dismissed, one written as a new entry), and an analyst reads the
bot's statistics. And the statistics of an empty period, and of one the API refuses."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Locator, Page, expect

from kefu import demo
from tests.e2e.conftest import AgentSocket, OpenPage, account, screenshot, sign_in
from tests.e2e.test_console import Api
from tests.e2e.widget_page import send, widget

PARAPHRASES = ("你们有实体店吗", "你们有没有线下实体店")
FAQ_QUESTION = "怎么申请退款"
REQUEST = "转人工，我的快递现在到哪里了"  # a request for a person, with a question in it
REWORDED = "我的快递现在到哪里了"
ANGRY = "我要投诉，垃圾快递一直不到"
TRACKING = "怎么查物流"  # the demo entry the request's question belongs to
REFUSED = (r"status of 422",)  # the browser logs the API's refusals the pages then show


@pytest.fixture
def tenant(server: str) -> Iterator[Api]:
    """The tenant admin's API; afterwards the tracking entry's similar questions are as they
    were and the conversations the visitors opened are resolved."""
    api = Api(server, "tenant_admin")
    entry = entry_of(api, TRACKING)
    yield api
    restored = api.http.patch(
        f"/knowledge/entries/{entry['id']}", json={"similar": entry["similar"]}
    )
    assert restored.status_code == 200, restored.text
    for status in ("open", "queued", "bot"):
        for conversation in api.get("/conversations", status=status, limit=200)["items"]:
            api.http.post(f"/conversations/{conversation['id']}/resolve")
    api.http.close()


def entry_of(api: Api, question: str) -> dict[str, Any]:
    found = [
        e for e in api.get("/knowledge/entries", q=question)["items"] if e["question"] == question
    ]
    assert len(found) == 1, found
    return dict(found[0])


def ask(open_page: OpenPage, server: str, question: str, reply: str | re.Pattern[str]) -> None:
    """A new visitor on the help centre's H5 page asks ``question``; returns once the bot's
    reply contains ``reply``."""
    visitor = open_page(f"{server}/chat/{demo.HELP_SITE}?from=e2e-{uuid.uuid4().hex[:8]}")
    expect(widget(visitor, ".input")).to_be_visible()
    send(visitor, question)
    # The session's first question loads the embedding model and builds the index.
    expect(widget(visitor, ".row.theirs").last).to_contain_text(reply, timeout=30_000)
    visitor.close()


def sign_in_expecting(open_page: OpenPage, server: str, role: str) -> Page:
    """``sign_in``, for a page that shows the API's refusals (a 422 the browser logs)."""
    user = account(role)
    page = open_page(f"{server}/console/login", expected_errors=REFUSED)
    page.locator("input[name=tenant]").fill(user.tenant)
    page.locator("input[name=login]").fill(user.login)
    page.locator("input[name=password]").fill(demo.PASSWORD)
    page.locator("button[type=submit]").click()
    page.locator("[data-test=nav]").wait_for()
    return page


def cluster(page: Page, text: str) -> Locator:
    return page.locator("[data-test=cluster]").filter(has_text=text)


def figure(page: Page, key: str) -> Locator:
    return page.locator(f"[data-test=figure-{key}] [data-test=figure-value]")


def go_dark(page: Page) -> None:
    page.locator("[data-test=theme]").click()
    expect(page.locator("html")).to_have_attribute("data-theme", "dark")
    page.wait_for_timeout(500)  # the layout's colours fade over 0.3 s; the screenshot waits


def share(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def test_a_supervisor_reviews_what_the_bot_missed_and_an_analyst_reads_its_figures(
    open_page: OpenPage, server: str, tenant: Api, agent: AgentSocket
) -> None:
    # The agent's socket makes the help centre available (else it offers to leave a message).
    for question in PARAPHRASES:
        ask(open_page, server, question, re.compile("转人工|您是不是想问"))
    ask(open_page, server, FAQ_QUESTION, FAQ_QUESTION)
    ask(open_page, server, REQUEST, "正在为您转接人工客服")
    ask(open_page, server, ANGRY, "正在为您转接人工客服")

    # The supervisor finds the two wordings of one question as one group, the largest first.
    supervisor = sign_in(open_page, server, "supervisor")
    supervisor.locator("[data-test=nav-unanswered]").click()
    expect(supervisor.locator("h1")).to_have_text("未解决问题")
    shop = cluster(supervisor, "实体店")
    expect(shop).to_have_count(1)
    expect(supervisor.locator("[data-test=cluster]").first).to_have_attribute(
        "data-question", re.compile("实体店")
    )
    expect(shop.locator("[data-test=cluster-count]")).to_have_text("2 次提问")
    expect(shop).to_have_attribute("data-kind", "new")
    shop.locator("[data-test=samples-toggle]").click()
    expect(shop.locator("[data-test=sample]")).to_have_count(2)
    assert set(shop.locator("[data-test=sample]").all_inner_texts()) == set(PARAPHRASES)
    assert FAQ_QUESTION not in supervisor.locator("[data-test=clusters]").inner_text()
    screenshot(supervisor, "insights-unanswered")

    # The request's question belongs to the tracking entry: reworded, then added in one click.
    request = cluster(supervisor, REQUEST)
    expect(request).to_have_attribute("data-kind", "similar")
    expect(request.locator("[data-test=proposal-text]")).to_have_text(f"加为「{TRACKING}」的相似问")
    expect(request.locator("[data-test=proposal-score]")).to_have_text(
        re.compile(r"^匹配度 0\.\d\d$")
    )
    box = request.locator("[data-test=similar-question] input")
    expect(box).to_have_value(REQUEST)
    box.fill(REWORDED)
    request.locator("[data-test=add-similar]").click()
    expect(
        supervisor.get_by_text(f"已加为「{TRACKING}」的相似问，1 次提问已处理。")
    ).to_be_visible()
    expect(request).to_have_count(0)
    assert REWORDED in entry_of(tenant, TRACKING)["similar"]

    # The complaint is not for the knowledge base: dismissed.
    angry = cluster(supervisor, ANGRY)
    angry.locator("[data-test=dismiss]").click()
    expect(supervisor.get_by_text("已忽略，1 次提问不再显示。")).to_be_visible()
    expect(angry).to_have_count(0)
    expect(shop).to_have_count(1)
    screenshot(supervisor, "insights-unanswered-reviewed")

    # The analyst reads the figures: the same as the API's, the days drawn as a chart.
    analyst_api = Api(server, "analyst")
    stats = analyst_api.get("/bot/stats")
    analyst_api.http.close()
    assert stats["turns"] >= 5
    assert stats["handovers"] >= 2
    analyst = sign_in(open_page, server, "analyst")
    analyst.emulate_media(reduced_motion="reduce")  # the charts drawn at once, for screenshots
    expect(analyst.locator("[data-test=nav-unanswered]")).to_have_count(0)
    analyst.locator("[data-test=nav-bot-stats]").click()
    expect(analyst.locator("h1")).to_have_text("机器人统计")
    expect(figure(analyst, "turns")).to_have_text(f"{stats['turns']:,}")
    expect(figure(analyst, "conversations")).to_have_text(f"{stats['conversations']:,}")
    expect(figure(analyst, "answered")).to_have_text(share(stats["answered_rate"]))
    expect(figure(analyst, "handover")).to_have_text(share(stats["handover_rate"]))
    expect(figure(analyst, "helpful")).to_have_text(share(stats["helpful_rate"]))
    expect(analyst.locator("[data-test=figure-helpful]")).to_contain_text(
        f"👍 {stats['helpful']} · 👎 {stats['unhelpful']}"
    )
    expect(analyst.locator("[data-test=daily-chart] canvas")).to_be_visible()
    expect(analyst.locator("[data-test=reasons-chart] canvas")).to_be_visible()
    reasons = stats["handover_reasons"]
    expect(analyst.locator("[data-test=reason-request]")).to_have_text(
        f"客户要求: {reasons['request']}"
    )
    expect(analyst.locator("[data-test=reason-anger]")).to_have_text(
        f"客户情绪激动: {reasons['anger']}"
    )
    # The reviewed groups have left the unanswered topics; the shop's is there, twice asked.
    topics = analyst.locator("[data-test=topic]")
    expect(topics.filter(has_text="实体店").locator("[data-test=topic-count]")).to_have_text("2 次")
    expect(topics.filter(has_text=ANGRY)).to_have_count(0)
    expect(analyst.locator("[data-test=review-unanswered]")).to_have_count(0)
    screenshot(analyst, "insights-bot-stats")
    analyst.locator("[data-test=top-unanswered]").scroll_into_view_if_needed()
    screenshot(analyst, "insights-bot-stats-lower")
    go_dark(analyst)
    expect(analyst.locator("[data-test=daily-chart] canvas")).to_be_visible()
    screenshot(analyst, "insights-bot-stats-dark")
    analyst.locator("[data-test=theme]").click()
    analyst.locator("[data-test=language]").click()
    expect(analyst.locator("h1")).to_have_text("Bot statistics")
    expect(analyst.locator("[data-test=figure-turns]")).to_contain_text("Questions answered")
    screenshot(analyst, "insights-bot-stats-en")
    analyst.locator("[data-test=language]").click()

    # A new entry for the shop's question: the editor opens in a new tab, the question copied;
    # once written, the group is marked added and the list is done.
    supervisor.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    with supervisor.context.expect_page() as opened:
        shop.locator("[data-test=write-entry]").click()
    editor = opened.value
    editor.wait_for_load_state()
    expect(editor).to_have_url(re.compile(r"/console/knowledge/faq/new$"))
    editor.close()
    question = shop.get_attribute("data-question")
    assert question in PARAPHRASES
    assert supervisor.evaluate("navigator.clipboard.readText()") == question
    expect(shop.locator("[data-test=writing]")).to_contain_text("问题已复制")
    screenshot(supervisor, "insights-unanswered-writing")
    shop.locator("[data-test=mark-added]").click()
    expect(supervisor.get_by_text("已标记为已添加，2 次提问已处理。")).to_be_visible()
    expect(shop).to_have_count(0)
    expect(supervisor.locator("[data-test=unanswered-empty]")).to_contain_text("没有待处理的问题")
    go_dark(supervisor)
    screenshot(supervisor, "insights-unanswered-empty-dark")
    supervisor.locator("[data-test=theme]").click()


def test_the_statistics_of_an_empty_period_and_of_one_the_api_refuses(
    open_page: OpenPage, server: str
) -> None:
    analyst = sign_in_expecting(open_page, server, "analyst")
    analyst.goto(f"{server}/console/insights/bot?since=2020-01-01&until=2020-01-07")
    expect(analyst.locator("[data-test=stats-empty]")).to_contain_text(
        "这段时间机器人还没有回答过问题"
    )
    expect(figure(analyst, "turns")).to_have_text("0")
    expect(figure(analyst, "answered")).to_have_text("—")
    expect(analyst.locator("[data-test=top-unanswered]")).to_contain_text(
        "这段时间没有未解决的问题"
    )
    expect(analyst.locator("[data-test=reasons]")).to_contain_text("这段时间没有转人工")
    screenshot(analyst, "insights-bot-stats-empty")

    # A start typed in the picker that makes the window too long: refused, the figures kept
    # and said to be those of the window before.
    start = analyst.locator("[data-test=day-range] input").first
    start.fill("2018-01-01")
    start.press("Enter")
    error = analyst.locator("[data-test=stats-error]")
    expect(error).to_contain_text("时间范围最长 366 天")
    expect(error).to_contain_text("下面仍是 2020年1月1日 至 2020年1月7日 的数据。")
    expect(analyst).to_have_url(re.compile(r"since=2018-01-01&until=2020-01-07"))
    expect(figure(analyst, "turns")).to_have_text("0")
    analyst.locator("h1").click()  # the calendar closes
    expect(analyst.locator(".n-date-panel")).to_have_count(0)
    screenshot(analyst, "insights-bot-stats-refused-kept")

    # Opened with more than 366 days: the API's refusal, the chosen days kept.
    analyst.goto(f"{server}/console/insights/bot?since=2024-01-01&until=2026-01-02")
    expect(error).to_contain_text("时间范围最长 366 天")
    expect(analyst.locator("[data-test=day-range] input").first).to_have_value("2024-01-01")
    expect(analyst.locator("[data-test=stats-refresh] .n-button__icon")).to_have_count(0)  # done
    screenshot(analyst, "insights-bot-stats-refused")
    analyst.goto(f"{server}/console/insights/bot?since=2020-01-07&until=2020-01-01")
    expect(error).to_contain_text("开始日期不能晚于结束日期")
    # A window the API accepts replaces the refusal with figures.
    analyst.goto(f"{server}/console/insights/bot?since=2020-01-01&until=2020-01-01")
    expect(error).to_have_count(0)
    expect(figure(analyst, "turns")).to_have_text("0")

    # The editors' list of an empty period says there is nothing to review.
    supervisor = sign_in(open_page, server, "supervisor")
    supervisor.goto(f"{server}/console/insights/unanswered?since=2020-01-01&until=2020-01-07")
    expect(supervisor.locator("[data-test=unanswered-empty]")).to_be_visible()
    expect(supervisor.locator("[data-test=unanswered-summary]")).to_have_text("0 次提问，归为 0 组")

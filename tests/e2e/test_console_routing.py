"""The console's routing administration: skill groups, rules and the dry run, canned
replies and widget sites, driven as an administrator (and a supervisor) would."""

from __future__ import annotations

import re
import time
import uuid
from typing import Any

import httpx
from playwright.sync_api import Page, expect

from kefu import demo
from tests.e2e.conftest import SITE, AgentApi, AgentSocket, OpenPage, account, screenshot, sign_in


def _admin_api(server: str) -> httpx.Client:
    admin = account("tenant_admin")
    login = httpx.post(
        f"{server}/api/v1/auth/login",
        json={"tenant": admin.tenant, "login": admin.login, "password": demo.PASSWORD},
    )
    assert login.status_code == 200, login.text
    token = login.json()["access_token"]
    return httpx.Client(base_url=f"{server}/api/v1", headers={"Authorization": f"Bearer {token}"})


def _pick(page: Page, select: str, text: str) -> None:
    """Choose ``text`` in a Naive UI select: open it, type to filter, click the option."""
    page.locator(select).click()
    page.keyboard.type(text)
    page.locator(".n-base-select-option", has_text=text).first.click()


def _add_word(page: Page, scope: str, word: str) -> None:
    """Add a word to a tags input (NDynamicTags) inside ``scope``."""
    tags = page.locator(f"{scope} .n-dynamic-tags")
    tags.locator("button").last.click()
    box = tags.locator("input")
    box.fill(word)
    box.press("Enter")
    expect(tags.locator(".n-tag", has_text=word)).to_be_visible()


def _routed_group(agent_api: AgentApi, name: str) -> str | None:
    """The skill group routing chose for the visitor's conversation, once it has."""
    deadline = time.monotonic() + 15
    while True:
        group: Any = agent_api.conversation_of(name).get("group_id")
        if group or time.monotonic() > deadline:
            return str(group) if group else None
        time.sleep(0.2)  # polling the API with a deadline; the page is never waited on blindly


def test_a_rule_made_in_the_console_routes_the_next_matching_visitor(
    open_page: OpenPage, agent: AgentSocket, agent_api: AgentApi, server: str
) -> None:
    suffix = uuid.uuid4().hex[:4]
    group_name, rule_name = f"发票组{suffix}", f"发票咨询{suffix}"
    page = sign_in(open_page, server, "tenant_admin")

    # A skill group with one member.
    page.locator("[data-test=nav-groups]").click()
    page.locator("[data-test=new-group]").click()
    form = page.locator("[data-test=group-form]")
    form.locator("input[name=group-name]").fill(group_name)
    _pick(page, "[data-test=group-strategy]", "熟练度优先")
    _pick(page, "[data-test=add-member]", "李客服")
    expect(form.locator("[data-test=member]")).to_have_count(1)
    screenshot(page, "admin-group-drawer")
    page.locator("[data-test=save-group]").click()
    row = page.locator(f'[data-test="group-{group_name}"]')
    expect(row).to_be_visible()
    expect(row.locator("[data-test=member-count]")).to_have_text("1 人")
    expect(row.locator("[data-test=open-now]")).to_have_text("营业中")
    expect(row).to_contain_text("熟练度优先")
    screenshot(page, "admin-groups")

    # A rule: the first message mentions 发票 → that group.
    page.locator("[data-test=nav-rules]").click()
    page.locator("[data-test=new-rule]").click()
    rule_form = page.locator("[data-test=rule-form]")
    rule_form.locator("input[name=rule-name]").fill(rule_name)
    _add_word(page, "[data-test=rule-form] [data-test=condition-words]", "发票")
    _pick(page, "[data-test=action-group-select]", group_name)
    page.locator("[data-test=save-rule]").click()
    rule = page.locator(f'[data-test="rule-{rule_name}"]')
    expect(rule).to_be_visible()
    expect(rule).to_contain_text("首条消息含 发票")
    expect(rule).to_contain_text(f"分配到技能组 {group_name}")

    # The dry run says this rule would match, after the earlier ones failed.
    page.locator("textarea[name=dry-text]").fill("你好，我想开一张发票")
    page.locator("[data-test=dry-run-submit]").click()
    result = page.locator("[data-test=dry-result]")
    expect(result.locator("[data-test=dry-matched]")).to_contain_text(rule_name)
    expect(result.locator("[data-test=dry-group]")).to_have_text(group_name)
    expect(result.locator("[data-test=trace-hit]")).to_contain_text(rule_name)
    # The demo's rules before it were tried and missed, with their reasons.
    misses = result.locator("[data-test=trace-miss]")
    expect(misses.filter(has_text="帮助中心：智能助手优先")).to_have_count(1)
    expect(misses.filter(has_text="退款与售后")).to_have_count(1)
    screenshot(page, "admin-rules-dry-run")

    # The next visitor who asks about an invoice lands in that group.
    with _admin_api(server) as admin:
        groups = admin.get("/routing/groups").json()
    group_id = next(g["id"] for g in groups if g["name"] == group_name)
    visitor = open_page(f"{server}/chat/{SITE}", phone=True)
    name = f"开票访客{suffix}"
    prechat = visitor.locator("kefu-widget form[data-form=prechat]")
    prechat.locator("input[name=name]").fill(name)
    prechat.locator("button[type=submit]").click()
    visitor.locator("kefu-widget .input").fill("请问发票怎么开？")
    visitor.locator("kefu-widget .sendbtn").tap()
    expect(visitor.locator("kefu-widget .row.mine .bubble").last).to_have_text("请问发票怎么开？")
    assert _routed_group(agent_api, name) == group_id


def test_a_supervisor_sees_the_rules_read_only_and_may_dry_run(
    open_page: OpenPage, server: str
) -> None:
    page = sign_in(open_page, server, "supervisor")
    page.locator("[data-test=nav-rules]").click()
    expect(page.locator("[data-test=read-only]")).to_be_visible()
    rule = page.locator('[data-test="rule-退款与售后"]')
    expect(rule).to_be_visible()
    expect(page.locator("[data-test=new-rule]")).to_have_count(0)
    expect(rule.locator("[data-test=move-up]")).to_have_count(0)
    expect(rule.locator("[data-test=delete-rule]")).to_have_count(0)
    expect(rule.locator("[data-test=rule-enabled]")).to_have_class(re.compile("n-switch--disabled"))
    rule.locator("[data-test=view-rule]").click()
    expect(page.locator("[data-test=rule-form] input[name=rule-name]")).to_be_disabled()
    expect(page.locator("[data-test=save-rule]")).to_have_count(0)
    page.keyboard.press("Escape")

    page.locator("textarea[name=dry-text]").fill("东西坏了，我要退款")
    page.locator("[data-test=dry-run-submit]").click()
    expect(page.locator("[data-test=dry-matched]")).to_contain_text("退款与售后")


def test_a_canned_reply_created_in_the_console_is_listed(open_page: OpenPage, server: str) -> None:
    def refusing(url: str, **options: Any) -> Page:  # the test provokes one 422
        return open_page(url, expected_errors=(r"status of 422",), **options)

    page = sign_in(refusing, server, "tenant_admin")
    page.locator("[data-test=nav-canned]").click()
    shortcut = f"fp{uuid.uuid4().hex[:4]}"
    page.locator("[data-test=new-canned]").click()
    form = page.locator("[data-test=canned-form]")
    form.locator("input[name=shortcut]").fill("has space")
    form.locator("input[name=title]").fill("开票说明")
    form.locator("textarea[name=body]").fill("您好，电子发票会在订单完成后 24 小时内发到您的邮箱。")
    page.locator("[data-test=save-canned]").click()
    # The API's own message next to the field; what was typed stays.
    expect(form.locator(".n-form-item-feedback--error")).to_be_visible()
    expect(form.locator("input[name=title]")).to_have_value("开票说明")
    form.locator("input[name=shortcut]").fill(shortcut)
    page.locator("[data-test=save-canned]").click()
    expect(form).to_be_hidden()
    listed = page.locator("[data-test=canned-row]", has_text=shortcut)
    expect(listed).to_contain_text("开票说明")
    expect(listed).to_contain_text("个人")
    page.locator("input[name=canned-search]").fill(shortcut)
    expect(page.locator("[data-test=canned-row]")).to_have_count(1)


def test_sites_show_the_embed_snippet_and_a_new_site_s_secret_once(
    open_page: OpenPage, server: str
) -> None:
    page = sign_in(open_page, server, "tenant_admin")
    page.locator("[data-test=nav-sites]").click()
    demo_site = page.locator(f'[data-test="site-{SITE}"]')
    expect(demo_site).to_be_visible()
    demo_site.locator("[data-test=site-embed]").click()
    snippet = page.locator("[data-test=embed-snippet]")
    expect(snippet).to_have_text(
        f'<script src="{server}/widget.js" data-site="{SITE}" async></script>'
    )
    expect(page.locator("[data-test=h5-link] input")).to_have_value(f"{server}/chat/{SITE}")
    screenshot(page, "admin-sites")

    key = f"shop-{uuid.uuid4().hex[:6]}"
    page.locator("[data-test=new-site]").click()
    form = page.locator("[data-test=site-form]")
    form.locator("input[name=site-key]").fill(key)
    form.locator("input[name=site-name]").fill("新商城")
    page.locator("[data-test=save-site]").click()
    secret = page.locator("[data-test=secret]")
    expect(secret).to_have_text(re.compile(r"\S{20,}"))
    page.locator("[data-test=secret-done]").click()
    expect(secret).to_be_hidden()
    expect(page.locator(f'[data-test="site-{key}"]')).to_be_visible()
    expect(page.locator("[data-test=embed-snippet]")).to_contain_text(f'data-site="{key}"')

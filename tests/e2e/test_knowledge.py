"""The console's knowledge base: a supervisor keeps the FAQ (categories, entries, history,
a change made meanwhile), imports and exports files, and an agent looks answers up."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Page, expect

from kefu import demo
from tests.e2e.conftest import OpenPage, account, screenshot, sign_in


@pytest.fixture
def admin_api(server: str) -> Iterator[httpx.Client]:
    """The tenant administrator's REST client: a colleague's changes, and checks."""
    admin = account("tenant_admin")
    login = httpx.post(
        f"{server}/api/v1/auth/login",
        json={"tenant": admin.tenant, "login": admin.login, "password": demo.PASSWORD},
    )
    assert login.status_code == 200, login.text
    headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
    with httpx.Client(base_url=f"{server}/api/v1", headers=headers) as client:
        yield client


def expecting(open_page: OpenPage, *statuses: int) -> OpenPage:
    """``open_page`` for a test that provokes these refusals: the browser logs each one."""
    patterns = tuple(f"status of {status}" for status in statuses)
    return lambda url, **options: open_page(url, expected_errors=patterns, **options)


def entries_named(api: httpx.Client, question: str) -> list[dict[str, Any]]:
    answer = api.get("/knowledge/entries", params={"q": question, "limit": 200})
    assert answer.status_code == 200, answer.text
    return [e for e in answer.json()["items"] if e["question"] == question]


def open_knowledge(page: Page) -> None:
    page.locator("[data-test=nav-knowledge]").click()
    expect(page.locator("[data-test=faq-table] [data-test=entry-row]").first).to_be_visible()


def confirm_dialog(page: Page) -> None:
    page.locator(".n-dialog .n-button--warning-type").click()


def settled(page: Page) -> Page:
    """No spinner left (a screenshot shows the page, not its loading)."""
    spinners = page.locator(".n-data-table-loading-wrapper, .n-spin-container .n-spin")
    expect(spinners).to_have_count(0)
    return page


def test_a_supervisor_keeps_an_entry_in_a_new_category_and_reads_its_history(
    open_page: OpenPage, server: str, admin_api: httpx.Client
) -> None:
    suffix = uuid.uuid4().hex[:4]
    category, question = f"会员{suffix}", f"会员积分怎么用{suffix}"
    page = sign_in(expecting(open_page, 409), server, "supervisor")
    open_knowledge(page)
    expect(page.locator("[data-test=entry-row][data-question=怎么申请退款]")).to_contain_text(
        "售后/退款"
    )
    screenshot(settled(page), "knowledge-faq")

    # A category whose name a sibling has is refused in words, the name kept; then a new one.
    page.locator("[data-test=category-add]").click()
    dialog = page.locator("[data-test=category-form]")
    dialog.locator("input[name=category-name]").fill("物流")
    dialog.locator("[data-test=category-save]").click()
    expect(dialog.locator("[data-test=form-error]")).to_contain_text("同一级下已有同名分类")
    expect(dialog.locator("input[name=category-name]")).to_have_value("物流")
    dialog.locator("input[name=category-name]").fill(category)
    dialog.locator("[data-test=category-save]").click()
    expect(dialog).to_be_hidden()
    node = page.locator(f"[data-test=category-node][data-path='{category}']")
    expect(node).to_be_visible()
    expect(page.locator("[data-test=faq-table]")).to_contain_text("没有匹配的问答")

    # A new entry in it (the chosen category is preselected), similar questions pasted at once.
    page.locator("[data-test=entry-new]").click()
    drawer = page.locator("[data-test=entry-drawer]")
    drawer.locator("input[name=question]").fill(question)
    drawer.locator("[data-test=similar-paste]").click()
    page.locator("textarea[name=similar-paste]").fill(
        "积分怎么兑换\n积分能抵现吗\n积分在哪看\n积分怎么兑换"
    )
    page.locator("[data-test=similar-paste-ok]").click()
    lines = drawer.locator("[data-test=similar-line]")
    expect(lines).to_have_count(4)
    expect(lines.nth(3).locator("[data-test=similar-note]")).to_contain_text("与第 1 条重复")
    lines.nth(3).locator("[data-test=similar-remove]").click()
    expect(lines).to_have_count(3)
    editor = drawer.locator("[data-test=editor-answer]")
    editor.click()
    page.keyboard.type("在")
    page.keyboard.press("Control+b")
    page.keyboard.type("我的积分")
    page.keyboard.press("Control+b")
    page.keyboard.type("页面选择兑换即可，100 积分抵 1 元。")
    drawer.locator("[data-test=tool-link]").click()
    insert = page.locator("[data-test=insert-form]")
    insert.locator("input[name=insert-url]").fill("https://shop.example.com/points")
    insert.locator("input[name=insert-text]").fill("积分规则")
    insert.locator("[data-test=insert-ok]").click()
    expect(editor.locator("a[href='https://shop.example.com/points']")).to_have_text("积分规则")
    expect(drawer.locator("[data-test=entry-category]")).to_contain_text(category)
    screenshot(settled(page), "knowledge-entry-new")
    drawer.locator("[data-test=entry-save]").click()
    expect(drawer.locator("[data-test=entry-meta]")).to_contain_text("v1")
    row = page.locator(f"[data-test=entry-row][data-question='{question}']")
    expect(row).to_contain_text(category)
    expect(row.locator("[data-test=similar-count]")).to_have_text("3")
    created = entries_named(admin_api, question)
    assert len(created) == 1
    assert created[0]["similar"] == [
        "积分怎么兑换",
        "积分能抵现吗",
        "积分在哪看",
    ]
    assert (
        "<b>我的积分</b>" in created[0]["answer"]
        or "<strong>我的积分</strong>" in created[0]["answer"]
    )
    assert 'href="https://shop.example.com/points"' in created[0]["answer"]
    assert "积分规则 (https://shop.example.com/points)" in created[0]["answer_text"]
    entry_id = created[0]["id"]
    expect(page).to_have_url(re.compile(rf"/knowledge/faq/{entry_id}$"))

    # Edited: a similar question removed, the answer's text changed.
    lines.nth(1).locator("[data-test=similar-remove]").click()
    editor.click()
    page.keyboard.press("End")
    page.keyboard.type("积分有效期一年。")
    drawer.locator("[data-test=entry-save]").click()
    expect(drawer.locator("[data-test=entry-meta]")).to_contain_text("v2")
    expect(row.locator("[data-test=similar-count]")).to_have_text("2")

    # A colleague saves meanwhile: saving is refused, the typed edit stays, and overwriting wins.
    changed = admin_api.patch(f"/knowledge/entries/{entry_id}", json={"enabled": False})
    assert changed.status_code == 200, changed.text
    assert changed.json()["version"] == 3
    drawer.locator("input[name=question]").fill(f"{question}？")
    drawer.locator("[data-test=entry-save]").click()
    conflict = drawer.locator("[data-test=version-conflict]")
    expect(conflict).to_contain_text("期间有人保存了版本 3")
    expect(conflict.locator("[data-test=diff-others] tr[data-key=enabled]")).to_contain_text(
        "已启用 → 已停用"
    )
    expect(drawer.locator("input[name=question]")).to_have_value(f"{question}？")
    screenshot(settled(page), "knowledge-entry-conflict")
    conflict.locator("[data-test=conflict-overwrite]").click()
    expect(conflict).to_be_hidden()
    expect(drawer.locator("[data-test=entry-meta]")).to_contain_text("v4")
    assert admin_api.get(f"/knowledge/entries/{entry_id}").json()["question"] == f"{question}？"

    # The history, newest first, each version with what it changed.
    drawer.locator(".n-tabs-tab", has_text="历史版本").click()
    versions = drawer.locator("[data-test=history-version]")
    expect(versions).to_have_count(4)
    expect(versions.nth(0)).to_contain_text("v4")
    expect(versions.nth(0).locator("[data-test=diff-title] .added")).to_have_text("？")
    expect(versions.nth(1)).to_contain_text("系统管理员")
    expect(versions.nth(2).locator("[data-test=diff-similar]")).to_contain_text("积分能抵现吗")
    expect(versions.nth(2).locator("[data-test=diff-body] li.added")).to_contain_text(
        "积分有效期一年。"
    )
    expect(versions.nth(3)).to_contain_text("创建")
    screenshot(settled(page), "knowledge-entry-history")
    drawer.locator(".n-drawer-header__close").click()
    expect(drawer).to_be_hidden()
    expect(page).to_have_url(re.compile(r"/knowledge/faq$"))
    row = page.locator(f"[data-test=entry-row][data-question='{question}？']")

    # The category moves under 售后 (its entry with it); holding an entry, it cannot be deleted.
    node.locator("[data-test=category-more]").click()
    page.locator("[data-test=category-edit]").click()
    expect(dialog.locator("input[name=category-name]")).to_have_value(category)
    dialog.locator("[data-test=category-parent]").click()
    options = page.locator(".n-tree-select-menu .n-tree-node-content__text")
    options.filter(has_text=re.compile("^售后$")).click()
    dialog.locator("[data-test=category-save]").click()
    expect(dialog).to_be_hidden()
    node = page.locator(f"[data-test=category-node][data-path='售后/{category}']")
    expect(node).to_be_visible()
    expect(row).to_contain_text(f"售后/{category}")
    node.locator("[data-test=category-more]").click()
    page.locator("[data-test=category-delete]").click()
    confirm_dialog(page)
    expect(page.locator("[data-test=category-error]")).to_contain_text(
        "该分类下还有子分类、问答或文章"
    )

    # Overwriting saved the whole form, enabled included; disabled inline, then deleted.
    toggle = row.locator("[data-test=entry-toggle]")
    expect(toggle).to_have_attribute("aria-checked", "true")
    toggle.click()
    expect(toggle).to_have_attribute("aria-checked", "false")
    assert admin_api.get(f"/knowledge/entries/{entry_id}").json()["enabled"] is False
    row.locator("[data-test=entry-remove]").click()
    confirm_dialog(page)
    expect(row).to_have_count(0)
    assert entries_named(admin_api, f"{question}？") == []


CSV_HEADER = "标准问题,相似问题,答案,分类,渠道,启用\n"


def test_an_import_with_a_bad_row_changes_nothing_until_it_is_fixed(
    open_page: OpenPage, server: str, admin_api: httpx.Client, tmp_path: Path
) -> None:
    suffix = uuid.uuid4().hex[:4]
    first, second = f"发票怎么开{suffix}", f"能开专票吗{suffix}"
    bad = tmp_path / "faq-bad.csv"
    bad.write_text(
        CSV_HEADER
        + f'{first},"开发票||要发票",订单完成后在订单详情申请电子发票。,财务/发票{suffix},网页,是\n'
        + f"{second},,,财务/发票{suffix},传真,是\n",
        encoding="utf-8-sig",
    )
    page = sign_in(expecting(open_page, 422), server, "supervisor")
    open_knowledge(page)
    page.locator("[data-test=knowledge-tabs] .n-tabs-tab", has_text="导入导出").click()
    page.locator("[data-test=import-file]").set_input_files(bad)
    expect(page.locator("[data-test=import-file-name]")).to_have_text("faq-bad.csv")
    page.locator("[data-test=import-check]").click()
    errors = page.locator("[data-test=import-errors]")
    expect(errors).to_contain_text("文件中有 2 处问题，没有导入任何内容")
    rows = errors.locator("[data-test=import-error-row]")
    expect(rows).to_have_count(2)
    expect(rows.filter(has_text="必填项为空")).to_contain_text("答案")
    expect(rows.filter(has_text="渠道无效")).to_contain_text("3")
    expect(page.locator("[data-test=import-run]")).to_be_disabled()
    screenshot(settled(page), "knowledge-import-errors")
    assert entries_named(admin_api, first) == []

    fixed = tmp_path / "faq-fixed.csv"
    fixed.write_text(
        CSV_HEADER
        + f'{first},"开发票||要发票",订单完成后在订单详情申请电子发票。,财务/发票{suffix},网页,是\n'
        + f"{second},,可以，在申请发票时选择增值税专用发票。,财务/发票{suffix},,是\n",
        encoding="utf-8-sig",
    )
    page.locator("[data-test=import-file]").set_input_files(fixed)
    expect(errors).to_be_hidden()
    page.locator("[data-test=import-check]").click()
    result = page.locator("[data-test=import-result]")
    expect(result).to_contain_text("检查通过，尚未导入任何内容")
    expect(result).to_contain_text("新增 2 条")
    expect(result).to_contain_text("新建分类 2 个")
    assert entries_named(admin_api, first) == []
    page.locator("[data-test=import-run]").click()
    expect(result).to_contain_text("导入完成")
    screenshot(settled(page), "knowledge-import-done")
    imported = entries_named(admin_api, first)
    assert len(imported) == 1
    assert imported[0]["similar"] == ["开发票", "要发票"]
    assert imported[0]["channels"] == ["web"]

    # The export holds the imported entries; the template has the columns.
    with page.expect_download() as download:
        page.locator("[data-test=export-csv]").click()
    exported = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert first in exported
    assert second in exported
    assert f"财务/发票{suffix}" in exported
    assert re.fullmatch(r"knowledge-\d{8}\.csv", download.value.suggested_filename)
    with page.expect_download() as template:
        page.locator("[data-test=template-xlsx]").click()
    assert template.value.suggested_filename == "knowledge-template.xlsx"
    assert Path(template.value.path()).read_bytes()[:2] == b"PK"

    # The imported category shows in the tree, its entries under it.
    page.locator("[data-test=knowledge-tabs] .n-tabs-tab", has_text="问答").click()
    page.locator(f"[data-test=category-node][data-path='财务/发票{suffix}']").click()
    expect(page.locator("[data-test=entry-row]")).to_have_count(2)


def test_an_agent_looks_answers_up_read_only(open_page: OpenPage, server: str) -> None:
    page = sign_in(open_page, server, "agent")
    open_knowledge(page)
    expect(page.locator("[data-test=read-only]")).to_be_visible()
    expect(page.locator("[data-test=entry-new]")).to_have_count(0)
    expect(page.locator("[data-test=category-add]")).to_have_count(0)
    page.locator("[data-test=faq-search] input").fill("退款")
    row = page.locator("[data-test=entry-row][data-question=怎么申请退款]")
    expect(row).to_be_visible()
    expect(page.locator("[data-test=entry-row][data-question=多久发货]")).to_have_count(0)
    expect(row.locator("[data-test=entry-toggle]")).to_have_class(re.compile("n-switch--disabled"))
    row.locator("[data-test=entry-view]").click()
    drawer = page.locator("[data-test=entry-drawer]")
    expect(drawer.locator("[data-test=rich-view]")).to_contain_text("申请退款")
    expect(drawer.locator("[data-test=entry-save]")).to_have_count(0)
    expect(drawer.locator("[data-test=entry-delete]")).to_have_count(0)
    expect(drawer.locator("input[name=question]")).to_be_disabled()
    screenshot(settled(page), "knowledge-agent-entry")
    drawer.locator(".n-drawer-header__close").click()
    page.locator("[data-test=knowledge-tabs] .n-tabs-tab", has_text="导入导出").click()
    expect(page.locator("[data-test=import-read-only]")).to_be_visible()
    expect(page.locator("[data-test=import-drop]")).to_have_count(0)
    expect(page.locator("[data-test=export-xlsx]")).to_be_enabled()

    # The same pages in English, and in the dark theme.
    page.locator("[data-test=language]").click()
    page.locator("[data-test=knowledge-tabs] .n-tabs-tab", has_text="FAQ").click()
    expect(page.locator("[data-test=nav-knowledge]")).to_have_text("Knowledge base")
    expect(page.locator("[data-test=read-only]")).to_contain_text("manage knowledge base")
    page.locator("[data-test=faq-search] input").fill("")
    expect(page.locator("[data-test=faq-count]")).to_contain_text("entries")
    screenshot(settled(page), "knowledge-faq-en")
    page.locator("[data-test=theme]").click()
    expect(page.locator("html")).to_have_attribute("data-theme", "dark")
    screenshot(settled(page), "knowledge-faq-dark-en")
    page.locator("[data-test=entry-row][data-question=怎么申请退款] [data-test=entry-view]").click()
    expect(drawer.locator("[data-test=rich-view]")).to_be_visible()
    screenshot(settled(page), "knowledge-agent-entry-dark-en")


def test_an_agent_tries_a_question_and_sees_what_the_bot_would_do(
    open_page: OpenPage, server: str
) -> None:
    page = sign_in(expecting(open_page, 422), server, "agent")
    open_knowledge(page)
    page.locator("[data-test=try-toggle]").click()
    panel = page.locator("[data-test=try-panel]")
    box = panel.locator("input[name=try-text]")
    expect(box).to_be_focused()
    spinner = panel.locator("[data-test=try-run] .n-base-loading")

    # Only spaces: the API's refusal shows at the field, and what was typed stays.
    box.fill("   ")
    box.press("Enter")
    expect(panel.locator("[data-test=try-error]")).to_have_text("请输入要试的问题")
    expect(box).to_have_value("   ")

    # A similar question of a demo entry: answered directly, that entry first.
    box.fill("我想退货")
    box.press("Enter")
    verdict = panel.locator("[data-test=try-verdict]")
    expect(verdict).to_have_attribute("data-outcome", "direct")
    expect(verdict).to_contain_text("直接回答“怎么退货”")
    expect(panel.locator("[data-test=try-error]")).to_have_count(0)
    first = panel.locator("[data-test=try-hit]").first
    expect(first).to_have_attribute("data-question", "怎么退货")
    expect(first).to_have_attribute("data-role", "answer")
    expect(first.locator("[data-test=try-matched]")).to_have_text("匹配到：我想退货")
    expect(first.locator("[data-test=try-answer]")).to_contain_text("签收后 7 天内")
    expect(panel.locator("[data-test=try-thresholds]")).to_contain_text("直接回答 ≥ 0.86")
    expect(spinner).to_have_count(0)
    screenshot(settled(page), "knowledge-try-direct")

    # The entry opens in the drawer; the box keeps its question.
    first.locator("[data-test=try-hit-open]").click()
    drawer = page.locator("[data-test=entry-drawer]")
    expect(drawer.locator("input[name=question]")).to_have_value("怎么退货")
    expect(page).to_have_url(re.compile(r"/knowledge/faq/[0-9a-f-]{36}$"))
    drawer.locator(".n-drawer-header__close").click()
    expect(drawer).to_be_hidden()
    expect(box).to_have_value("我想退货")

    # Asking for a person: the bot hands over, and the entries it found go unused.
    box.fill("转人工")
    box.press("Enter")
    expect(verdict).to_have_attribute("data-outcome", "handover")
    expect(verdict).to_contain_text("转人工：客户要求人工服务")
    expect(panel.locator("[data-test=try-hit]").first).to_have_attribute("data-role", "none")
    expect(spinner).to_have_count(0)
    screenshot(settled(page), "knowledge-try-handover")

    # In English, an upset customer is handed over, with the signs the bot read.
    page.locator("[data-test=language]").click()
    box.fill("你们太垃圾了！！投诉")
    box.press("Enter")
    expect(verdict).to_contain_text("Hands over to a person: the customer seems upset")
    expect(verdict).to_contain_text('"垃圾", "投诉", a run of "!"')
    expect(spinner).to_have_count(0)
    screenshot(settled(page), "knowledge-try-anger-en")


def test_a_supervisor_writes_a_help_article_and_reads_its_history(
    open_page: OpenPage, server: str, admin_api: httpx.Client
) -> None:
    title = f"七天无理由退货说明{uuid.uuid4().hex[:4]}"
    page = sign_in(open_page, server, "supervisor")
    open_knowledge(page)
    page.locator("[data-test=knowledge-tabs] .n-tabs-tab", has_text="帮助文章").click()
    page.locator("[data-test=article-new]").click()
    drawer = page.locator("[data-test=article-drawer]")
    drawer.locator("input[name=title]").fill(title)
    drawer.locator("[data-test=tool-source]").click()
    drawer.locator("textarea[name=body-html]").fill(
        '<p>签收后 7 天内可申请。</p><script>alert(1)</script><p onclick="x()">运费由卖家承担。</p>'
    )
    preview = drawer.locator("[data-test=rich-preview]")
    expect(preview).to_contain_text("运费由卖家承担")
    expect(drawer.locator("[data-test=rich-dropped]")).to_be_visible()
    screenshot(settled(page), "knowledge-article-source")
    drawer.locator("[data-test=article-save]").click()
    expect(drawer.locator("[data-test=answer-cleaned]")).to_be_visible()
    row = page.locator(f"[data-test=article-row][data-title='{title}']")
    expect(row).to_contain_text("签收后 7 天内可申请")
    stored = admin_api.get("/knowledge/articles", params={"q": title}).json()["items"]
    assert len(stored) == 1
    assert "<script" not in stored[0]["body"]
    assert "onclick" not in stored[0]["body"]

    drawer.locator("input[name=title]").fill(f"{title}（新版）")
    drawer.locator("[data-test=article-save]").click()
    drawer.locator(".n-tabs-tab", has_text="历史版本").click()
    versions = drawer.locator("[data-test=history-version]")
    expect(versions).to_have_count(2)
    expect(versions.nth(0).locator("[data-test=diff-title] .added")).to_have_text("（新版）")

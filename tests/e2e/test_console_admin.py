"""The console's administration of people: users, organisation units and the audit log."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from playwright.sync_api import Locator, Page, expect

from kefu import demo
from tests.e2e.conftest import OpenPage, account, screenshot, sign_in


@pytest.fixture
def admin_api(server: str) -> Iterator[httpx.Client]:
    """The demo tenant administrator's REST client, to prepare data the test does not click."""
    admin = account("tenant_admin")
    login = httpx.post(
        f"{server}/api/v1/auth/login",
        json={"tenant": admin.tenant, "login": admin.login, "password": demo.PASSWORD},
    )
    assert login.status_code == 200, login.text
    token = login.json()["access_token"]
    with httpx.Client(
        base_url=f"{server}/api/v1", headers={"Authorization": f"Bearer {token}"}
    ) as client:
        yield client


def new_user(api: httpx.Client, name: str) -> dict[str, Any]:
    number = f"T{uuid.uuid4().hex[:8]}"
    answer = api.post(
        "/users",
        json={
            "employee_no": number,
            "name": name,
            "email": f"{number.lower()}@example.com",
            "roles": ["agent"],
            "password": "Quiet-harbor-2048",
        },
    )
    assert answer.status_code == 201, answer.text
    return dict(answer.json())


def expecting(open_page: OpenPage, *statuses: int) -> OpenPage:
    """``open_page`` for a test that provokes these refusals: the browser logs each one."""
    patterns = tuple(f"status of {status}" for status in statuses)
    return lambda url, **options: open_page(url, expected_errors=patterns, **options)


def user_row(page: Page, employee_no: str) -> Locator:
    return page.locator(f"[data-test=user-row][data-employee-no='{employee_no}']")


def pick(page: Page, text: str) -> None:
    """Choose an option in the open select or tree-select menu."""
    page.locator(
        ".n-base-select-menu .n-base-select-option, .n-tree-select-menu .n-tree-node", has_text=text
    ).first.click()


def test_admin_creates_a_user_after_fixing_the_fields_the_api_refused(
    open_page: OpenPage, server: str
) -> None:
    page = sign_in(expecting(open_page, 422), server, "tenant_admin")
    page.locator("[data-test=nav-users]").click()
    expect(user_row(page, "A0001")).to_contain_text("系统管理员")
    expect(user_row(page, "A0001")).to_contain_text("管理员")
    expect(page.locator("[data-test=users-table] .n-data-table-loading-wrapper")).to_have_count(0)
    screenshot(page, "admin-users")

    number = f"E{uuid.uuid4().hex[:8]}"
    page.locator("[data-test=user-create]").click()
    form = page.locator("[data-test=user-form]")
    typed = {
        "employee_no": number,
        "name": "周新人",
        "email": "zhou-at-example.com",
        "phone": "+86 138 0000 0000",
        "password": "short",
    }
    for name, value in typed.items():
        form.locator(f"input[name={name}]").fill(value)
    form.locator("[data-test=user-roles]").click()
    pick(page, "主管")
    form.locator("input[name=name]").click()  # closes the menu
    page.locator("[data-test=user-save]").click()

    # The schema refuses the email: its message stands by the field, every value stays.
    expect(form.locator("[data-test=form-error]")).to_have_text("请检查标红的字段。")
    email_item = form.locator(".n-form-item").filter(has=page.locator("input[name=email]"))
    expect(email_item.locator(".n-form-item-feedback-wrapper")).to_contain_text("email address")
    for name, value in typed.items():
        expect(form.locator(f"input[name={name}]")).to_have_value(value)
    expect(form.locator("[data-test=user-roles]")).to_contain_text("客服")
    expect(form.locator("[data-test=user-roles]")).to_contain_text("主管")
    screenshot(page, "admin-user-form-error")

    # Next the password policy: what is missing is listed above the form.
    form.locator("input[name=email]").fill("zhou.xin@example.com")
    page.locator("[data-test=user-save]").click()
    expect(form.locator("[data-test=form-error]")).to_contain_text("密码强度不足")
    expect(form.locator("[data-test=form-error-details]")).to_contain_text("至少 10 个字符")
    expect(form.locator("input[name=employee_no]")).to_have_value(number)

    form.locator("input[name=password]").fill("Quiet-harbor-2048")
    page.locator("[data-test=user-save]").click()
    expect(form).to_be_hidden()
    row = user_row(page, number)
    expect(row).to_contain_text("周新人")
    expect(row).to_contain_text("zhou.xin@example.com")
    expect(row).to_contain_text("主管")
    expect(row).to_contain_text("正常")

    # Searching finds exactly them.
    page.locator("[data-test=user-search] input").fill(number)
    expect(page.locator("[data-test=user-row]")).to_have_count(1)
    expect(row).to_be_visible()


def test_the_audit_log_shows_a_user_creation_with_its_details(
    open_page: OpenPage, server: str, admin_api: httpx.Client
) -> None:
    created = new_user(admin_api, f"审计{uuid.uuid4().hex[:4]}")
    page = sign_in(open_page, server, "tenant_admin")
    page.locator("[data-test=nav-audit]").click()
    expect(page.locator("[data-test=audit-row]").first).to_be_visible()

    page.locator("[data-test=audit-filter-action]").click()
    page.keyboard.type("user.create")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"action=user\.create"))
    expect(page.locator("[data-test=audit-row]:not([data-action='user.create'])")).to_have_count(0)

    row = page.locator("[data-test=audit-row]", has_text=created["name"])
    expect(row).to_contain_text("创建用户")
    expect(row).to_contain_text("系统管理员")
    expect(row).to_contain_text("用户")
    row.locator(".n-data-table-expand-trigger").click()
    diff = page.locator("[data-test=audit-diff]")
    expect(diff.locator("tr[data-key=employee_no]")).to_contain_text(created["employee_no"])
    expect(diff.locator("tr[data-key=email]")).to_contain_text(created["email"])
    expect(diff.locator("tr[data-key=roles]")).to_contain_text("agent")
    expect(diff).to_contain_text(created["id"])
    screenshot(page, "admin-audit")


def test_an_org_unit_is_created_and_a_user_assigned_to_it(
    open_page: OpenPage, server: str, admin_api: httpx.Client
) -> None:
    member = new_user(admin_api, f"组员{uuid.uuid4().hex[:4]}")
    unit = f"华东{uuid.uuid4().hex[:4]}组"
    page = sign_in(expecting(open_page, 409), server, "tenant_admin")
    page.locator("[data-test=nav-users]").click()
    page.locator("[data-test=users-tabs] .n-tabs-tab", has_text="组织架构").click()

    page.locator("[data-test=org-add-root]").click()
    dialog = page.locator("[data-test=org-create]")
    dialog.locator("input[name=new_unit_name]").fill(unit)
    dialog.get_by_text("团队", exact=True).click()
    dialog.locator("[data-test=org-create-save]").click()
    expect(dialog).to_be_hidden()
    expect(page.locator(f"[data-test=org-node][data-name='{unit}']")).to_be_visible()
    detail = page.locator("[data-test=org-detail]")
    expect(detail.locator("input[name=unit_name]")).to_have_value(unit)
    expect(detail.locator("[data-test=org-member-count]")).to_have_text("0 人")

    page.locator("[data-test=users-tabs] .n-tabs-tab", has_text="用户").first.click()
    page.locator("[data-test=user-search] input").fill(member["employee_no"])
    expect(page.locator("[data-test=user-row]")).to_have_count(1)
    user_row(page, member["employee_no"]).locator("[data-test=user-edit]").click()
    form = page.locator("[data-test=user-form]")
    expect(form.locator("input[name=name]")).to_have_value(member["name"])
    form.locator("[data-test=user-units]").click()
    pick(page, unit)
    form.locator("input[name=name]").click()  # closes the menu
    page.locator("[data-test=user-save]").click()
    expect(form).to_be_hidden()
    expect(user_row(page, member["employee_no"])).to_contain_text(unit)

    page.locator("[data-test=users-tabs] .n-tabs-tab", has_text="组织架构").click()
    page.locator(f"[data-test=org-node][data-name='{unit}']").click()
    expect(detail.locator("[data-test=org-member-count]")).to_have_text("1 人")
    expect(detail.locator("[data-test=org-members]")).to_contain_text(member["name"])

    # A unit with members cannot be deleted; the reason shows above its form.
    detail.locator("[data-test=org-delete]").click()
    page.locator(".n-dialog .n-button--warning-type").click()
    expect(detail.locator("[data-test=form-error]")).to_contain_text("仍有下级或成员")
    screenshot(page, "admin-org")

"""Browser tests of on-site appointments: a supervisor sets up 预约时段, an agent books, moves
and cancels a ticket's visit from the ticket page."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest
from playwright.sync_api import Page, expect

from kefu import demo
from tests.e2e.conftest import OpenPage, account, screenshot, sign_in


@pytest.fixture
def agent_api(server: str) -> Iterator[httpx.Client]:
    agent = account("agent")
    login = httpx.post(
        f"{server}/api/v1/auth/login",
        json={"tenant": agent.tenant, "login": agent.login, "password": demo.PASSWORD},
    )
    assert login.status_code == 200, login.text
    headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
    with httpx.Client(base_url=f"{server}/api/v1", headers=headers) as client:
        yield client


def _pick(page: Page, text: str) -> None:
    page.locator(".n-base-select-menu .n-base-select-option", has_text=text).first.click()


def test_a_supervisor_sets_up_an_area_and_its_slots(open_page: OpenPage, server: str) -> None:
    page = sign_in(open_page, server, "supervisor")
    page.locator("[data-test=nav-appointment-slots]").click()
    view = page.locator("[data-test=appointment-slots]")
    expect(view.locator("[data-test=area-row]").first).to_contain_text("深圳")
    # The demo's week of slots reaches into next week whatever today is.
    view.get_by_role("button", name="下一周").click()
    expect(view.locator("[data-test=slot-row]").first).to_contain_text("上门服务组")
    screenshot(page, "appointment-slots")

    code = f"sz-{uuid.uuid4().hex[:6]}"
    view.locator("[data-test=new-area]").click()
    form = page.locator("[data-test=area-form]")
    form.locator("input[name=code]").fill(code)
    form.locator("input[name=name]").fill("深圳宝安区")
    page.locator("[data-test=save-area]").click()
    expect(form).to_be_hidden()
    expect(view.locator("[data-test=area-row]", has_text=code)).to_contain_text("深圳宝安区")

    # Next week, two windows a day, for the technicians.
    view.get_by_role("button", name="下一周").click()
    view.locator("[data-test=new-slots]").click()
    slots = page.locator("[data-test=slots-form]")
    slots.locator(".n-select").click()
    _pick(page, "上门服务组")
    page.locator("[data-test=save-slots]").click()
    expect(slots).to_be_hidden()
    rows = view.locator("[data-test=slot-row]")
    expect(rows).to_have_count(14)
    expect(rows.first).to_contain_text("0 / 2")


def test_an_agent_books_moves_and_cancels_a_visit(
    open_page: OpenPage, server: str, agent_api: httpx.Client
) -> None:
    created = agent_api.post(
        "/tickets",
        json={
            "type_key": "repair",
            "subject": "洗衣机不脱水",
            "fields": {"product": ["洗衣机", "XQG100"], "address": "深圳市南山区学府路 1 号"},
        },
    )
    assert created.status_code == 201, created.text
    ticket_id = created.json()["id"]
    page = sign_in(open_page, server, "agent")
    page.goto(f"{server}/console/tickets/{ticket_id}")
    panel = page.locator("[data-test=appointment-panel]")
    expect(panel).to_contain_text("还没有预约上门")

    panel.locator("[data-test=free-slot]").first.click()
    page.locator("[data-test=appointment-save]").click()
    current = panel.locator("[data-test=appointment-current]")
    expect(current).to_contain_text("深圳市南山区学府路 1 号")
    expect(current).to_contain_text("上门服务组")
    screenshot(page, "appointment-panel")

    panel.locator("[data-test=free-slot]").nth(1).click()
    page.locator("[data-test=appointment-save]").click()
    expect(current).to_contain_text("改约 1 次")

    panel.locator("[data-test=appointment-cancel]").click()
    page.locator("[data-test=appointment-cancel-confirm]").click()
    expect(panel).to_contain_text("还没有预约上门")
    booked = agent_api.get(f"/tickets/{ticket_id}/appointments").json()
    assert [a["status"] for a in booked] == ["cancelled"]
    assert booked[0]["moves"] == 1

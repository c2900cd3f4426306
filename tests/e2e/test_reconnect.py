"""The widget across a server restart: it reconnects, resubscribes and resends."""

from __future__ import annotations

import re

from playwright.sync_api import expect
from websockets.sync.client import connect

from tests.e2e.conftest import AgentApi, AgentSocket, KefuServer, OpenPage, screenshot
from tests.e2e.widget_page import start_chat, visitor_name, widget

# While the server is down the browser reports the refused connections itself.
REFUSED = (r"WebSocket connection to .* failed", r"ERR_CONNECTION_REFUSED")


def test_messages_sent_while_the_server_is_down_arrive_once_after_it_returns(
    open_page: OpenPage, own_server: KefuServer
) -> None:
    api = AgentApi(own_server.url)
    with connect(own_server.url.replace("http", "ws", 1) + "/api/v1/ws") as ws:
        AgentSocket(ws, api.token)  # an agent online, so the chat (not leave-a-message) shows
        page = open_page(f"{own_server.url}/demo", expected_errors=REFUSED)
        name = visitor_name()
        start_chat(page, name)
        box = widget(page, ".input")
        box.fill("重启前的消息")
        box.press("Enter")
        expect(widget(page, ".row.mine").last).to_have_class(re.compile(r"\bsent\b"))

    own_server.stop()
    expect(widget(page, ".link-state")).to_contain_text("正在重新连接")
    box.fill("断线时发出的消息")
    box.press("Enter")
    pending = widget(page, ".row.mine").last
    expect(pending).to_have_class(re.compile(r"\bpending\b"))
    screenshot(page, "demo-reconnecting")

    own_server.start()
    # The backoff may wait up to 15 s (plus jitter) between attempts.
    expect(pending).to_have_class(re.compile(r"\bsent\b"), timeout=40_000)
    expect(widget(page, ".link-state")).to_be_hidden()
    api = AgentApi(own_server.url)
    conversation = api.conversation_of(name)
    bodies = [m["body"] for m in api.messages(conversation["id"])]
    assert bodies == ["重启前的消息", "断线时发出的消息"]


def test_a_refused_visitor_token_is_replaced_by_a_fresh_session(
    open_page: OpenPage, own_server: KefuServer
) -> None:
    api = AgentApi(own_server.url)
    with connect(own_server.url.replace("http", "ws", 1) + "/api/v1/ws") as ws:
        AgentSocket(ws, api.token)
        page = open_page(f"{own_server.url}/demo", expected_errors=REFUSED)
        name = visitor_name()
        start_chat(page, name)
        box = widget(page, ".input")
        box.fill("换密钥之前")
        box.press("Enter")
        expect(widget(page, ".row.mine").last).to_have_class(re.compile(r"\bsent\b"))

    # A new server secret: every visitor token issued so far is refused with 4401.
    own_server.stop()
    own_server.secret = "another-secret-key-for-the-suite-only-42"
    own_server.start()
    box.fill("换密钥之后")
    box.press("Enter")
    expect(widget(page, ".row.mine").last).to_have_class(re.compile(r"\bsent\b"), timeout=40_000)
    api = AgentApi(own_server.url)
    conversation = api.conversation_of(name)
    bodies = [m["body"] for m in api.messages(conversation["id"])]
    assert bodies == ["换密钥之前", "换密钥之后"]

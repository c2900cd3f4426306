"""Browser tests: a real ``kefu demo`` server and Debian's Chromium driven by Playwright.

One server serves the whole session (SQLite in a temporary folder); every test gets fresh
browser contexts, so each test is a new visitor. A test fails on any browser console error.
Screenshots go to ``tests/e2e/artifacts/`` (gitignored).
"""

from __future__ import annotations

import json
import os
import queue
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from kefu import demo
from tests.conftest import REQUIRE, SECRET

playwright_api = pytest.importorskip("playwright.sync_api")
Browser = playwright_api.Browser
Page = playwright_api.Page
ConsoleMessage = playwright_api.ConsoleMessage

BIN = Path(sys.executable).parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).parent / "artifacts"
SITE = demo.SITE
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
AGENT = next(account for account in demo.ACCOUNTS if account.role.value == "agent")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class KefuServer:
    """``kefu demo`` on a free port with its own data folder, as an operator runs it.

    ``stop`` and ``start`` again keep the port and the data: a restart, as in a deployment.
    """

    def __init__(self, data: Path, env: dict[str, str] | None = None) -> None:
        self.data = data
        self.env = env or {}  # more of the process's environment (a faked clock)
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None
        self.secret = SECRET

    def start(self) -> None:
        env = {
            **os.environ,
            "KEFU_DATABASE_URL": f"sqlite+aiosqlite:///{self.data / 'kefu.db'}",
            "KEFU_DATA_DIR": str(self.data),
            "KEFU_SECRET_KEY": self.secret,
            "KEFU_PORT": str(self.port),
            "KEFU_ACCESS_LOG": "false",
            "KEFU_LOG_LEVEL": "warning",
            **self.env,
        }
        log_path = self.data / "server.log"
        with log_path.open("a") as log:
            self.process = subprocess.Popen([BIN / "kefu", "demo"], env=env, stdout=log, stderr=log)
        deadline = time.monotonic() + 90
        while True:  # readiness is the server's own answer, polled with a deadline
            try:
                if httpx.get(f"{self.url}/readyz", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            assert self.process.poll() is None, log_path.read_text()
            assert time.monotonic() < deadline, "server did not become ready"
            time.sleep(0.1)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None

    def check_widget(self) -> None:
        script = httpx.get(f"{self.url}/widget.js")
        if script.status_code != 200:
            missing = {
                404: "kefu/app.py does not include kefu.channels.web.pages.router",
                503: "the widget is not built (make widget)",
            }.get(script.status_code, f"/widget.js answered {script.status_code}")
            if REQUIRE:
                pytest.fail(missing)
            pytest.skip(missing)
        console = httpx.get(f"{self.url}/console/login")
        if console.status_code != 200:
            missing = f"the console is not built (make web): {console.status_code}"
            if REQUIRE:
                pytest.fail(missing)
            pytest.skip(missing)


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One server for the session's tests."""
    kefu = KefuServer(tmp_path_factory.mktemp("e2e-server"))
    try:
        kefu.start()
        kefu.check_widget()
        yield kefu.url
    finally:
        kefu.stop()


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[KefuServer]:
    """A server of the test's own, for tests that stop and restart it."""
    kefu = KefuServer(tmp_path)
    try:
        kefu.start()
        kefu.check_widget()
        yield kefu
    finally:
        kefu.stop()


@pytest.fixture(scope="package")
def browser() -> Iterator[Browser]:
    """Package-scoped: Playwright's sync API runs an event loop on this thread while it is
    open, and the suite's asyncio tests need the thread back once the browser tests end."""
    if not CHROMIUM.exists():
        message = "Chromium is not installed (apt-get install chromium fonts-noto-cjk)"
        if REQUIRE:
            pytest.fail(message)
        pytest.skip(message)
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


OpenPage = Callable[..., Page]


@pytest.fixture
def open_page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[OpenPage]:
    """Pages in fresh contexts (a new visitor each); console errors fail the test."""
    errors: list[str] = []
    contexts: list[Any] = []

    def track(page: Page, expected: tuple[str, ...]) -> Page:
        def on_console(message: ConsoleMessage) -> None:
            if message.type == "error" and not any(re.search(e, message.text) for e in expected):
                errors.append(f"console: {message.text} ({message.location})")

        page.on("console", on_console)
        page.on("pageerror", lambda error: errors.append(f"page error: {error}"))
        return page

    def open_(
        url: str,
        *,
        phone: bool = False,
        locale: str = "zh-CN",
        context: Any = None,
        expected_errors: tuple[str, ...] = (),
    ) -> Page:
        """``expected_errors``: console errors (regular expressions) the test provokes."""
        if context is None:
            options: dict[str, Any] = {"locale": locale, "viewport": DESKTOP}
            if phone:
                options.update(viewport=PHONE, is_mobile=True, has_touch=True)
                options.update(device_scale_factor=2)
            context = browser.new_context(**options)
            contexts.append(context)
        page = track(context.new_page(), expected_errors)
        page.goto(url)
        return page

    yield open_
    for context in contexts:
        context.close()
    assert not errors, "\n".join(errors)


def screenshot(page: Page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path


def account(role: str, tenant: str = demo.TENANT) -> demo.DemoAccount:
    """The demo account holding ``role`` in ``tenant``."""
    return next(a for a in demo.ACCOUNTS if a.role.value == role and a.tenant == tenant)


def sign_in(
    open_page: OpenPage, server: str, role: str, *, locale: str = "zh-CN", context: Any = None
) -> Page:
    """The console, signed in as the demo account of ``role``, once its navigation shows."""
    user = account(role)
    page = open_page(f"{server}/console/login", locale=locale, context=context)
    page.locator("input[name=tenant]").fill(user.tenant)
    page.locator("input[name=login]").fill(user.login)
    page.locator("input[name=password]").fill(demo.PASSWORD)
    page.locator("button[type=submit]").click()
    page.locator("[data-test=nav]").wait_for()
    return page


class AgentSocket:
    """An agent's WebSocket: keeps the agent present (the site is ``available``) and can type."""

    def __init__(self, ws: ClientConnection, token: str) -> None:
        self.ws = ws
        self.ws.send(json.dumps({"type": "auth", "token": token, "ref": "auth"}))
        ready = json.loads(self.ws.recv(timeout=10))
        assert ready["type"] == "ready", ready
        self.heartbeat = float(ready["heartbeat"])
        self.frames: queue.Queue[dict[str, Any]] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        while True:
            try:
                raw = self.ws.recv(timeout=self.heartbeat / 2)
            except TimeoutError:
                self.send({"type": "ping"})
                continue
            except ConnectionClosed:
                return
            self.frames.put(json.loads(raw))

    def send(self, frame: dict[str, Any]) -> None:
        self.ws.send(json.dumps(frame))

    def wait_for(
        self, wanted: Callable[[dict[str, Any]], bool], timeout: float = 10
    ) -> dict[str, Any]:
        """The first frame from now on that ``wanted`` accepts."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            assert left > 0, "the agent did not receive the expected frame"
            try:
                frame = self.frames.get(timeout=left)
            except queue.Empty:
                continue
            if wanted(frame):
                return frame

    def close(self) -> None:
        self.ws.close()
        self.reader.join(timeout=10)


class AgentApi:
    """The REST side an agent's console uses (docs/protocol.md §3)."""

    def __init__(self, base: str) -> None:
        login = httpx.post(
            f"{base}/api/v1/auth/login",
            json={"tenant": AGENT.tenant, "login": AGENT.login, "password": demo.PASSWORD},
        )
        assert login.status_code == 200, login.text
        self.token: str = login.json()["access_token"]
        self.http = httpx.Client(
            base_url=f"{base}/api/v1", headers={"Authorization": f"Bearer {self.token}"}
        )

    def conversation_of(self, name: str) -> dict[str, Any]:
        """The conversation whose pre-chat name is ``name`` (each test uses a new one)."""
        answer = self.http.get("/conversations", params={"limit": 100})
        assert answer.status_code == 200, answer.text
        found = [c for c in answer.json()["items"] if c["prechat"].get("name") == name]
        assert len(found) == 1, [c["prechat"] for c in answer.json()["items"]]
        return dict(found[0])

    def conversations_of_contact(self, contact_id: str) -> list[dict[str, Any]]:
        """The contact's conversations, newest activity first."""
        answer = self.http.get("/conversations", params={"limit": 100})
        assert answer.status_code == 200, answer.text
        return [c for c in answer.json()["items"] if c["contact_id"] == contact_id]

    def take(self, conversation_id: str) -> None:
        """Assign the conversation to this agent."""
        me = self.http.get("/me").json()["user"]["id"]
        answer = self.http.post(f"/conversations/{conversation_id}/assign", json={"user_id": me})
        assert answer.status_code == 200, answer.text

    def resolve(self, conversation_id: str) -> None:
        answer = self.http.post(f"/conversations/{conversation_id}/resolve")
        assert answer.status_code == 200, answer.text

    def conversation(self, conversation_id: str) -> dict[str, Any]:
        answer = self.http.get(f"/conversations/{conversation_id}")
        assert answer.status_code == 200, answer.text
        return dict(answer.json())

    def messages(self, conversation_id: str) -> list[dict[str, Any]]:
        answer = self.http.get(f"/conversations/{conversation_id}/messages")
        assert answer.status_code == 200, answer.text
        return list(answer.json())

    def reply(self, conversation_id: str, body: str) -> dict[str, Any]:
        answer = self.http.post(
            f"/conversations/{conversation_id}/messages",
            json={"client_msg_id": os.urandom(8).hex(), "kind": "text", "body": body},
        )
        assert answer.status_code == 201, answer.text
        return dict(answer.json()["message"])

    def read(self, conversation_id: str, seq: int) -> None:
        answer = self.http.post(f"/conversations/{conversation_id}/read", json={"seq": seq})
        assert answer.status_code == 200, answer.text


@pytest.fixture
def agent_api(server: str) -> Iterator[AgentApi]:
    api = AgentApi(server)
    yield api
    api.http.close()


@pytest.fixture
def agent(server: str, agent_api: AgentApi) -> Iterator[AgentSocket]:
    """An agent online: the demo site is ``available`` while this socket is open."""
    with connect(server.replace("http", "ws", 1) + "/api/v1/ws") as ws:
        online = AgentSocket(ws, agent_api.token)
        yield online
        online.close()

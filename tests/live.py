"""Real servers and real WebSocket clients for the live-chat tests.

``LiveServer`` runs Kefu under Uvicorn (the WebSocket implementation ``kefu serve`` uses) on
a free loopback port inside the test's event loop; ``KefuProcess`` runs ``kefu serve`` as a
separate process, as an operator does. ``Peer`` is a WebSocket client that records every
``message`` frame it receives, so tests can assert on the exact sequence.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx
import uvicorn
from websockets.asyncio.client import ClientConnection, connect

from kefu.app import create_app
from kefu.config import Settings
from kefu.services import Services

BIN = Path(sys.executable).parent
FRAME_TIMEOUT = 10.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class LiveServer:
    def __init__(self, settings: Settings) -> None:
        self.app = create_app(settings)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.ws_url = f"ws://127.0.0.1:{self.port}/api/v1/ws"
        config = uvicorn.Config(
            self.app,
            host="127.0.0.1",
            port=self.port,
            ws="websockets-sansio",
            ws_ping_interval=None,
            log_config=None,
            access_log=False,
            lifespan="on",
        )
        self._server = uvicorn.Server(config)
        self._task: asyncio.Task[None] | None = None

    @property
    def services(self) -> Services:
        services: Services = self.app.state.services
        return services

    async def __aenter__(self) -> LiveServer:
        self._task = asyncio.create_task(self._server.serve())
        await eventually(self._started)
        return self

    async def _started(self) -> bool:
        assert self._task is not None
        if self._task.done():
            self._task.result()
            raise RuntimeError("the server stopped during start-up")
        return bool(self._server.started)

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.should_exit = True
        if self._task is not None:
            await asyncio.wait_for(self._task, 30)


class KefuProcess:
    """``kefu serve`` in its own process, with the given ``KEFU_*`` environment."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.ws_url = f"ws://127.0.0.1:{self.port}/api/v1/ws"
        self._env = {**os.environ, **env, "KEFU_PORT": str(self.port)}
        self._log_path = log
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self._log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [BIN / "kefu", "serve"], env=self._env, stdout=log, stderr=log
            )
        deadline = time.monotonic() + 60
        while True:  # ready when it says so, polled with a deadline
            try:
                if httpx.get(f"{self.url}/readyz", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            assert self.process.poll() is None, self._log_path.read_text()
            assert time.monotonic() < deadline, "kefu serve did not become ready"
            time.sleep(0.1)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


class Peer:
    """A WebSocket client that authenticates and records the messages it is given."""

    def __init__(self, ws_url: str, token: str) -> None:
        self.ws_url = ws_url
        self.token = token
        self.ws: ClientConnection | None = None
        self.ready: dict[str, Any] = {}
        self.messages: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.frames: list[dict[str, Any]] = []
        self._unread: list[dict[str, Any]] = []  # received, not yet taken by expect()

    async def connect(self) -> Peer:
        self.ws = await connect(self.ws_url, max_size=2**20)
        await self.send({"type": "auth", "token": self.token, "ref": "auth"})
        self.ready = await self.expect("ready")
        return self

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()

    async def send(self, frame: dict[str, Any]) -> None:
        assert self.ws is not None
        await self.ws.send(json.dumps(frame))

    async def receive(self) -> dict[str, Any]:
        assert self.ws is not None
        frame: dict[str, Any] = json.loads(await asyncio.wait_for(self.ws.recv(), FRAME_TIMEOUT))
        self.frames.append(frame)
        self._unread.append(frame)
        if frame["type"] == "message":
            self.messages[frame["conversation_id"]].append(frame["message"])
        return frame

    async def expect(
        self,
        kind: str,
        predicate: Callable[[dict[str, Any]], bool] = lambda frame: True,
    ) -> dict[str, Any]:
        """The first frame of ``kind`` satisfying ``predicate``, received earlier or next."""
        return await self._take(lambda f: f["type"] == kind and predicate(f))

    async def request(self, frame: dict[str, Any], kind: str) -> dict[str, Any]:
        """Send ``frame`` with a fresh ``ref``; the answer to it: ``kind``, or an error."""
        ref = uuid.uuid4().hex[:12]
        await self.send({**frame, "ref": ref})
        return await self._take(lambda f: f.get("ref") == ref and f["type"] in (kind, "error"))

    async def _take(self, wanted: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        async with asyncio.timeout(FRAME_TIMEOUT):
            while True:
                for index, frame in enumerate(self._unread):
                    if wanted(frame):
                        del self._unread[index]
                        return frame
                await self.receive()

    async def subscribe(self, conversation_id: str, after_seq: int = 0) -> dict[str, Any]:
        return await self.request(
            {"type": "subscribe", "conversation_id": conversation_id, "after_seq": after_seq},
            "subscribed",
        )

    async def say(
        self, conversation_id: str, body: str, client_msg_id: str | None = None, **extra: Any
    ) -> dict[str, Any]:
        """Send a text message; the frame acknowledging it (on a socket subscribed to the
        conversation its own copy, else an ``ack``), or the error refusing it."""
        client_msg_id = client_msg_id or uuid.uuid4().hex
        ref = uuid.uuid4().hex[:12]
        await self.send(
            {
                "type": "send",
                "ref": ref,
                "conversation_id": conversation_id,
                "client_msg_id": client_msg_id,
                "body": body,
                **extra,
            }
        )
        return await self._take(
            lambda f: f.get("ref") == ref or self.is_own(f, conversation_id, client_msg_id)
        )

    async def acknowledgement(self, conversation_id: str, client_msg_id: str) -> dict[str, Any]:
        """The frame acknowledging a message sent without ``say``: its own copy or an ack."""
        return await self._take(
            lambda f: (
                self.is_own(f, conversation_id, client_msg_id)
                or (f["type"] == "ack" and f["client_msg_id"] == client_msg_id)
            )
        )

    def is_own(self, frame: dict[str, Any], conversation_id: str, client_msg_id: str) -> bool:
        """Whether ``frame`` is this peer's own copy of the message it sent as ``client_msg_id``."""
        if frame["type"] != "message" or frame["conversation_id"] != conversation_id:
            return False
        message, session = frame["message"], self.ready["session"]
        if message["client_msg_id"] != client_msg_id:
            return False
        if session["kind"] == "visitor":
            return bool(message["sender"]["type"] == "customer")
        return bool(message["sender"]["id"] == session["user_id"])

    async def until_seq(self, conversation_id: str, seq: int) -> list[int]:
        """Read until the message with ``seq`` has arrived; the seqs received so far."""
        while not any(m["seq"] >= seq for m in self.messages[conversation_id]):
            await self.receive()
        return self.seqs(conversation_id)

    def seqs(self, conversation_id: str) -> list[int]:
        return [m["seq"] for m in self.messages[conversation_id]]


def acked_seq(frame: dict[str, Any]) -> int:
    """The seq a stored message got, from the frame that acknowledged it."""
    seq = frame["message"]["seq"] if frame["type"] == "message" else frame["seq"]
    assert isinstance(seq, int), frame
    return seq


async def visitor_session(base_url: str, site: str, **body: Any) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=base_url) as http:
        response = await http.post(f"/api/v1/widget/{site}/sessions", json=body)
        assert response.status_code == 201, response.text
        session: dict[str, Any] = response.json()
        return session


async def staff_token(base_url: str, tenant: str, login: str, password: str) -> str:
    async with httpx.AsyncClient(base_url=base_url) as http:
        response = await http.post(
            "/api/v1/auth/login", json={"tenant": tenant, "login": login, "password": password}
        )
        assert response.status_code == 200, response.text
        token: str = response.json()["access_token"]
        return token


async def eventually(check: Callable[[], Awaitable[bool]], seconds: float = 10.0) -> None:
    """Wait until ``check()`` holds, polling: for state another process or task records."""
    async with asyncio.timeout(seconds):
        while not await check():  # noqa: ASYNC110 - the state lives elsewhere; nothing to await
            await asyncio.sleep(0.02)


class AsgiServer:
    """Any ASGI app under Uvicorn on a free loopback port, inside the test's event loop."""

    def __init__(self, app: Any) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_config=None,
                                lifespan="off")  # fmt: skip
        self._server = uvicorn.Server(config)
        self._task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> AsgiServer:
        self._task = asyncio.create_task(self._server.serve())
        await eventually(self._started)
        return self

    async def _started(self) -> bool:
        assert self._task is not None
        if self._task.done():
            self._task.result()
            raise RuntimeError("the server stopped during start-up")
        return bool(self._server.started)

    async def __aexit__(self, *exc: object) -> None:
        self._server.should_exit = True
        if self._task is not None:
            await asyncio.wait_for(self._task, 30)

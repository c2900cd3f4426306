"""The baseline of ``bench/chat.py``: a raw ASGI WebSocket relay, no framework, no storage.

Two sockets that open ``/relay/{key}/c`` and ``/relay/{key}/a`` are a pair; every text frame
one of them sends goes to the other unchanged. Served by Uvicorn with the settings
``kefu serve`` uses (uvloop, httptools, ``websockets-sansio``, 1 MiB frames, no protocol
pings), so the two targets differ only in what the application does with a frame. Any HTTP
request is answered ``200 ok`` (the readiness probe).

Run by ``bench/chat.py`` as ``python bench/chat_relay.py --fd N``: it serves the listening
socket inherited as file descriptor N until SIGTERM or until its parent goes away.
"""

from __future__ import annotations

import argparse
import os
import socket
import threading
import time
from typing import Any

import uvicorn

Send = Any  # an ASGI send callable
LIFETIME_SECONDS = 1800.0  # the relay stops itself after this, whatever happens


class Relay:
    def __init__(self) -> None:
        self.pairs: dict[str, dict[str, Send]] = {}

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                else:
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] == "http":
            await send({"type": "http.response.start", "status": 200, "headers": []})
            await send({"type": "http.response.body", "body": b"ok"})
            return
        await self.relay(scope, receive, send)

    async def relay(self, scope: dict[str, Any], receive: Any, send: Send) -> None:
        parts = scope["path"].split("/")  # "", "relay", key, side
        if len(parts) != 4 or parts[1] != "relay" or parts[3] not in ("c", "a"):
            await send({"type": "websocket.close", "code": 4404})
            return
        key, side = parts[2], parts[3]
        other = "a" if side == "c" else "c"
        await receive()  # websocket.connect
        await send({"type": "websocket.accept"})
        pair = self.pairs.setdefault(key, {})
        pair[side] = send
        try:
            while True:
                message = await receive()
                if message["type"] != "websocket.receive":
                    return
                peer = pair.get(other)
                if peer is not None:
                    await peer({"type": "websocket.send", "text": message.get("text")})
        finally:
            if pair.get(side) is send:
                del pair[side]
            if not pair and self.pairs.get(key) is pair:
                del self.pairs[key]


def _watch_parent(parent: int, server: uvicorn.Server) -> None:
    deadline = time.monotonic() + LIFETIME_SECONDS
    while os.getppid() == parent and time.monotonic() < deadline:
        time.sleep(0.5)
    server.should_exit = True
    time.sleep(10)
    os._exit(3)


def serve(fd: int) -> None:
    config = uvicorn.Config(
        Relay(),
        loop="uvloop",
        http="httptools",
        ws="websockets-sansio",
        ws_max_size=1024 * 1024,
        ws_ping_interval=None,
        log_config=None,
        access_log=False,
        server_header=False,
        lifespan="on",
        timeout_graceful_shutdown=2,
    )
    server = uvicorn.Server(config)
    threading.Thread(target=_watch_parent, args=(os.getppid(), server), daemon=True).start()
    server.run(sockets=[socket.socket(fileno=fd)])


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="The raw WebSocket relay of bench/chat.py.")
    parser.add_argument("--fd", type=int, required=True, help="an inherited listening socket")
    serve(parser.parse_args().fd)

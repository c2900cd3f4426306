"""The load generator of ``bench/chat.py``: a lean WebSocket client and the chat workloads.

It runs in worker processes (``multiprocessing``, spawn), apart from both servers; the
benchmark's main process sends each worker commands over a pipe. A worker holds its share
of the pairs (customer socket and agent socket of one conversation) for both targets:

- **kefu**: a visitor session over HTTP, a visitor socket that authenticates, ``start``s a
  conversation and ``subscribe``s to it; an agent socket that authenticates and subscribes.
- **relay**: two sockets on ``/relay/{key}/c`` and ``/relay/{key}/a``.

Both targets get the same ``send`` frames. A delivery is a frame carrying the other side's
message: a ``message`` frame from Kefu, the forwarded ``send`` frame from the relay. Kefu's
other frames (acks, the sender's own copy, conversation updates) are recognised by their
first bytes and skipped without being parsed.

The client is a minimal RFC 6455 implementation on an asyncio ``Protocol`` (text frames,
unfragmented), so that the client's own cost stays small next to the servers'. Client frames
are masked with the all-zero key: a valid mask that makes masking free on this side, while
the server unmasks as it always does.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import os
import random
import resource
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

import httpx
import uvloop

HOST = "127.0.0.1"
SETUP_CONCURRENCY = 16  # sockets (and visitor sessions) being set up at once, per worker
SETUP_TIMEOUT = 120.0
TICK = 0.001  # the open-loop sender wakes at most this often and sends whatever is due
HEARTBEAT_SECONDS = 20.0  # a Kefu socket silent this long sends a protocol ping
MESSAGE_PREFIX = b'{"type":"message"'
SEND_PREFIX = b'{"type":"send"'
ERROR_PREFIX = b'{"type":"error"'
ZERO_MASK = b"\x00\x00\x00\x00"

Handler = Callable[["Wire", bytes], None]


class SetupError(RuntimeError):
    pass


# --------------------------------------------------------------------------- the client


class Wire(asyncio.Protocol):
    """One client WebSocket. ``handler`` gets every text frame's payload."""

    def __init__(self, side: str) -> None:
        self.side = side  # "c" (customer) or "a" (agent)
        self.key = ""  # the conversation id (kefu) or pair key (relay)
        self.peer: Wire | None = None
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.upgraded = False
        loop = asyncio.get_running_loop()
        self.handshake: asyncio.Future[None] = loop.create_future()
        self.closed: asyncio.Future[int] = loop.create_future()
        self.requests: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self.handler: Handler = answer_requests
        self.sent = 0  # messages sent: the client_msg_id counter
        self.last_sent = time.monotonic()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def connection_lost(self, exc: Exception | None) -> None:
        self._close(1006)

    def _close(self, code: int) -> None:
        if not self.closed.done():
            self.closed.set_result(code)
        if not self.handshake.done():
            self.handshake.set_exception(SetupError(f"closed during the handshake ({code})"))
        for waiter in self.requests.values():
            if not waiter.done():
                waiter.set_exception(SetupError(f"socket closed with {code}"))
        self.requests.clear()

    def data_received(self, data: bytes) -> None:
        buf = self.buffer
        buf += data
        if not self.upgraded:
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(buf[:end])
            del buf[: end + 4]
            if not head.startswith(b"HTTP/1.1 101"):
                self.handshake.set_exception(SetupError(head.split(b"\r\n")[0].decode()))
                self.abort()
                return
            self.upgraded = True
            self.handshake.set_result(None)
        pos, size = 0, len(buf)
        while size - pos >= 2:
            first, length = buf[pos], buf[pos + 1] & 0x7F
            start = pos + 2
            if length == 126:
                if size - pos < 4:
                    break
                length, start = int.from_bytes(buf[pos + 2 : pos + 4], "big"), pos + 4
            elif length == 127:
                if size - pos < 10:
                    break
                length, start = int.from_bytes(buf[pos + 2 : pos + 10], "big"), pos + 10
            end = start + length
            if end > size:
                break
            payload = bytes(buf[start:end])
            pos = end
            opcode = first & 0x0F
            if opcode == 1:
                self.handler(self, payload)
            elif opcode == 8:
                code = int.from_bytes(payload[:2], "big") if len(payload) >= 2 else 1005
                self._close(code)
                self._write(0x88, payload[:2])
                if self.transport is not None:
                    self.transport.close()
            elif opcode == 9:
                self._write(0x8A, payload)
        del buf[:pos]

    def _write(self, first: int, payload: bytes) -> None:
        size = len(payload)
        if size < 126:
            header = bytes((first, 0x80 | size))
        elif size < 65536:
            header = bytes((first, 0xFE)) + size.to_bytes(2, "big")
        else:
            header = bytes((first, 0xFF)) + size.to_bytes(8, "big")
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(header + ZERO_MASK + payload)

    def send_text(self, payload: bytes) -> None:
        self.last_sent = time.monotonic()
        self._write(0x81, payload)

    def send_message(self, body: str) -> None:
        """A chat message in the protocol's ``send`` frame (ASCII body)."""
        self.sent += 1
        self.send_text(
            b'{"type":"send","conversation_id":"%s","client_msg_id":"%s%d","body":"%s"}'
            % (self.key.encode(), self.side.encode(), self.sent, body.encode())
        )

    def abort(self) -> None:
        """Drop the connection at once (RST): the server discards what it has not read."""
        if self.transport is not None:
            self.transport.abort()

    @property
    def open(self) -> bool:
        return not self.closed.done()


def answer_requests(wire: Wire, payload: bytes) -> None:
    """The setup handler: resolve the request a frame answers (by ``ref``)."""
    if payload.startswith(MESSAGE_PREFIX):
        return
    frame = json.loads(payload)
    waiter = wire.requests.pop(frame.get("ref") or "", None)
    if waiter is not None and not waiter.done():
        waiter.set_result(frame)


async def open_wire(port: int, path: str, side: str) -> Wire:
    loop = asyncio.get_running_loop()
    transport, wire = await loop.create_connection(lambda: Wire(side), HOST, port)
    key = base64.b64encode(os.urandom(16)).decode()
    transport.write(
        (
            f"GET {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
            "Sec-WebSocket-Version: 13\r\n\r\n"
        ).encode()
    )
    await asyncio.wait_for(wire.handshake, SETUP_TIMEOUT)
    return wire


_refs = iter(range(1, 1 << 62))


async def request(wire: Wire, frame: dict[str, Any], kind: str) -> dict[str, Any]:
    """Send ``frame`` with a fresh ``ref``; its answer, which must be of ``kind``."""
    ref = f"r{next(_refs)}"
    waiter: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
    wire.requests[ref] = waiter
    wire.send_text(json.dumps({**frame, "ref": ref}).encode())
    answer = await asyncio.wait_for(waiter, SETUP_TIMEOUT)
    if answer.get("type") != kind:
        raise SetupError(f"{frame['type']}: expected {kind}, got {answer}")
    return answer


# --------------------------------------------------------------------------- workloads


@dataclass
class Tally:
    start: float
    stop: float
    delivered: int = 0  # deliveries inside [start, stop)
    errors: dict[str, int] = field(default_factory=dict)
    finished: int = 0  # pairs whose last message arrived after stop
    pairs: int = 0
    all_finished: asyncio.Event = field(default_factory=asyncio.Event)


def body_of(payload: bytes, tally: Tally) -> str | None:
    """The body of a delivered message, or None for any other frame."""
    if payload.startswith(MESSAGE_PREFIX):
        body: str = json.loads(payload)["message"]["body"]
        return body
    if payload.startswith(SEND_PREFIX):
        relayed: str = json.loads(payload)["body"]
        return relayed
    if payload.startswith(ERROR_PREFIX):
        code = json.loads(payload).get("code") or "?"
        tally.errors[code] = tally.errors.get(code, 0) + 1
    return None


def saturation_handler(tally: Tally) -> Handler:
    """Ping-pong: whoever receives the other side's message answers at once, until stop."""

    def handle(wire: Wire, payload: bytes) -> None:
        body = body_of(payload, tally)
        if body is None or body[0] == wire.side:
            return  # not a message, or this side's own copy
        now = time.monotonic()
        if now >= tally.stop:
            tally.finished += 1
            if tally.finished >= tally.pairs:
                tally.all_finished.set()
            return
        if now >= tally.start:
            tally.delivered += 1
        wire.send_message(f"{wire.side} {now:.6f}")

    return handle


@dataclass
class Offered:
    """The open-loop run's book: when each message was meant to go, until it arrives."""

    start: float
    stop: float
    outstanding: dict[str, float] = field(default_factory=dict)  # "c12@key" -> intended
    latencies: list[float] = field(default_factory=list)  # seconds, window messages only
    sent: int = 0  # messages meant for [start, stop)
    max_lag: float = 0.0  # how late the client sent one, at worst
    sending: bool = True
    settled: asyncio.Event = field(default_factory=asyncio.Event)  # nothing outstanding


def latency_handler(tally: Tally, book: Offered) -> Handler:
    def handle(wire: Wire, payload: bytes) -> None:
        body = body_of(payload, tally)
        if body is None or body[0] == wire.side:
            return
        now = time.monotonic()
        if tally.start <= now < tally.stop:
            tally.delivered += 1
        parts = body.split(" ")
        intended = book.outstanding.pop(parts[-1], None) if len(parts) == 3 else None
        if intended is not None:
            book.latencies.append(now - intended)
            if not book.outstanding and not book.sending:
                book.settled.set()

    return handle


async def offer(wires: list[Wire], rate: float, ramp: float, book: Offered) -> None:
    """Send at ``rate`` messages/s round-robin over ``wires`` from ``start - ramp`` to
    ``stop``, on a fixed schedule: the body carries the time the message was due, so a
    late client counts against the latency rather than hiding it (including up to one
    ``TICK`` of the sender's own granularity)."""
    if rate <= 0 or not wires:
        return
    interval = 1.0 / rate
    due = book.start - ramp
    index = 0
    while due < book.stop:
        now = time.monotonic()
        while due <= now and due < book.stop:
            wire = wires[index % len(wires)]
            index += 1
            if wire.open:
                ident = f"{wire.side}{wire.sent + 1}@{wire.key}"
                wire.send_message(f"{wire.side} {due:.6f} {ident}")
                if due >= book.start:
                    book.sent += 1
                    book.outstanding[ident] = due
                    book.max_lag = max(book.max_lag, now - due)
            due += interval
        # At least a timer tick: a shorter sleep returns at once and the loop would spin.
        await asyncio.sleep(max(TICK, min(due, book.stop) - time.monotonic()))


# --------------------------------------------------------------------------- the worker


@dataclass
class Pair:
    key: str
    customer: Wire
    agent: Wire


class Worker:
    def __init__(self, index: int) -> None:
        self.index = index
        self.pairs: dict[str, list[Pair]] = {"kefu": [], "relay": []}
        self.visitors: list[Wire] = []  # kefu customers awaiting their agent socket
        self.idle: list[Wire] = []
        self.kefu_port = 0
        self.http: httpx.AsyncClient | None = None

    # --- setup --------------------------------------------------------------------------

    async def kefu_visitors(self, port: int, count: int, idle: bool = False) -> dict[str, Any]:
        """``count`` visitors: session, socket, auth, start, subscribe. Their conversation
        ids, and the seconds spent in the sessions and in the sockets."""
        if self.http is not None and port != self.kefu_port:
            await self.http.aclose()
            self.http = None
        self.kefu_port = port
        if self.http is None:
            self.http = httpx.AsyncClient(
                base_url=f"http://{HOST}:{port}",
                limits=httpx.Limits(max_connections=SETUP_CONCURRENCY),
                timeout=SETUP_TIMEOUT,
            )
        timing = {"sessions": 0.0, "sockets": 0.0}
        gate = asyncio.Semaphore(SETUP_CONCURRENCY)
        made: list[Wire] = []
        kept = self.idle if idle else self.visitors
        ready = [0]

        async def one(n: int) -> None:
            async with gate:
                assert self.http is not None
                t0 = time.monotonic()
                response = await self.http.post(
                    "/api/v1/widget/demo-web/sessions", json={"locale": "en"}
                )
                if response.status_code != 201:
                    raise SetupError(f"session: {response.status_code} {response.text[:200]}")
                t1 = time.monotonic()
                wire = await open_wire(port, "/api/v1/ws", "c")
                made.append(wire)
                kept.append(wire)  # from now on kept alive by the heartbeats
                token = response.json()["token"]
                await request(wire, {"type": "auth", "token": token}, "ready")
                prechat = {"name": f"Bench {self.index}-{n}"}
                started = await request(wire, {"type": "start", "prechat": prechat}, "conversation")
                wire.key = started["conversation"]["id"]
                await request(
                    wire, {"type": "subscribe", "conversation_id": wire.key}, "subscribed"
                )
                timing["sessions"] += t1 - t0
                timing["sockets"] += time.monotonic() - t1
                ready[0] += 1
                if idle and ready[0] % 1000 == 0:
                    print(f"    worker {self.index}: {ready[0]} of {count} connected", flush=True)

        try:
            await asyncio.gather(*(one(n) for n in range(count)))
        except BaseException:
            for wire in made:
                wire.abort()
                kept.remove(wire)
            raise
        return {"conversation_ids": [w.key for w in made], **timing}

    async def kefu_agents(self, token: str) -> int:
        """An agent socket for each waiting visitor, subscribed to its conversation."""
        gate = asyncio.Semaphore(SETUP_CONCURRENCY)

        async def one(customer: Wire) -> Pair:
            async with gate:
                agent = await open_wire(self.kefu_port, "/api/v1/ws", "a")
                agent.key = customer.key
                await request(agent, {"type": "auth", "token": token}, "ready")
                await request(
                    agent, {"type": "subscribe", "conversation_id": agent.key}, "subscribed"
                )
                return Pair(customer.key, customer, agent)

        pairs = await asyncio.gather(*(one(c) for c in self.visitors))
        self.visitors = []
        self.pairs["kefu"].extend(pairs)
        return len(pairs)

    async def relay_pairs(self, port: int, keys: list[str]) -> int:
        gate = asyncio.Semaphore(SETUP_CONCURRENCY)

        async def one(key: str) -> Pair:
            async with gate:
                customer = await open_wire(port, f"/relay/{key}/c", "c")
                agent = await open_wire(port, f"/relay/{key}/a", "a")
                customer.key = agent.key = key
                return Pair(key, customer, agent)

        pairs = await asyncio.gather(*(one(k) for k in keys))
        self.pairs["relay"].extend(pairs)
        return len(pairs)

    async def heartbeats(self) -> None:
        """Kefu closes a socket silent for three heartbeats: ping the quiet ones."""
        ping = b'{"type":"ping"}'
        while True:
            await asyncio.sleep(1.0)
            now = time.monotonic()
            kefu = [w for p in self.pairs["kefu"] for w in (p.customer, p.agent)]
            for wire in [*kefu, *self.visitors, *self.idle]:
                if wire.open and now - wire.last_sent > HEARTBEAT_SECONDS + random.random():
                    wire.send_text(ping)

    # --- measurements -------------------------------------------------------------------

    def _wires(self, target: str) -> list[Wire]:
        return [w for p in self.pairs[target] for w in (p.customer, p.agent)]

    async def saturate(
        self, target: str, begin: float, start: float, stop: float, drain: float
    ) -> dict[str, Any]:
        """Every pair ping-pongs from ``begin``; deliveries in [start, stop) count."""
        tally = Tally(start, stop, pairs=len(self.pairs[target]))
        handler = saturation_handler(tally)
        wires = self._wires(target)
        for wire in wires:
            wire.handler = handler
        await asyncio.sleep(max(0.0, begin - time.monotonic()))
        for pair in self.pairs[target]:
            pair.customer.send_message(f"c {time.monotonic():.6f}")
        cpu = await self._cpu_between(start, stop)
        with contextlib.suppress(TimeoutError):  # the messages in flight at stop arrive
            await asyncio.wait_for(tally.all_finished.wait(), drain)
        for wire in wires:
            wire.handler = answer_requests
        return {
            "delivered": tally.delivered,
            "unfinished": tally.pairs - tally.finished,
            "errors": tally.errors,
            "cpu": cpu,
            "closed": self._closed(target),
        }

    async def latency(
        self, target: str, rate: float, begin: float, start: float, stop: float, drain: float
    ) -> dict[str, Any]:
        """Open loop at ``rate`` from ``begin``; latency of messages due in [start, stop)."""
        tally = Tally(start, stop)
        book = Offered(start, stop)
        handler = latency_handler(tally, book)
        wires = self._wires(target)
        random.Random(self.index).shuffle(wires)
        for wire in wires:
            wire.handler = handler
        await asyncio.sleep(max(0.0, begin - time.monotonic()))
        sender = asyncio.create_task(offer(wires, rate, start - begin, book))
        cpu = await self._cpu_between(start, stop)
        await sender
        deadline = stop + drain
        book.sending = False
        if book.outstanding:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(book.settled.wait(), max(0.0, deadline - time.monotonic()))
        end = time.monotonic()
        for wire in wires:
            wire.handler = answer_requests
        return {
            "latencies": book.latencies,
            # Never delivered: waited at least this long (a lower bound of their latency).
            "undelivered": [end - due for due in book.outstanding.values()],
            "sent": book.sent,
            "delivered_in_window": tally.delivered,
            "max_lag": book.max_lag,
            "errors": tally.errors,
            "cpu": cpu,
            "closed": self._closed(target),
        }

    @staticmethod
    async def _cpu_between(start: float, stop: float) -> float:
        """This process's CPU time over [start, stop), as a share of one core."""
        await asyncio.sleep(max(0.0, start - time.monotonic()))
        cpu0, t0 = time.process_time(), time.monotonic()
        await asyncio.sleep(max(0.0, stop - time.monotonic()))
        return (time.process_time() - cpu0) / max(1e-9, time.monotonic() - t0)

    def _closed(self, target: str) -> dict[str, int]:
        codes: dict[str, int] = {}
        for wire in self._wires(target):
            if wire.closed.done():
                code = str(wire.closed.result())
                codes[code] = codes.get(code, 0) + 1
        return codes

    async def idle_check(self) -> dict[str, Any]:
        """Every idle socket still answers a ping: how many did, within 60 s."""
        answered = 0
        alive = [w for w in self.idle if w.open]
        gate = asyncio.Semaphore(256)

        async def one(wire: Wire) -> None:
            nonlocal answered
            async with gate:
                try:
                    await request(wire, {"type": "ping"}, "pong")
                    answered += 1
                except (SetupError, TimeoutError):
                    pass

        await asyncio.wait_for(asyncio.gather(*(one(w) for w in alive)), 60)
        closed: dict[str, int] = {}
        for wire in self.idle:
            if wire.closed.done():
                code = str(wire.closed.result())
                closed[code] = closed.get(code, 0) + 1
        return {"answered": answered, "sockets": len(self.idle), "closed": closed}

    def close(self, target: str) -> int:
        """Abort the target's sockets (``idle`` for the idle ones)."""
        if target == "idle":
            wires, self.idle = self.idle, []
        elif target == "kefu":
            wires = [*self._wires("kefu"), *self.visitors]
            self.pairs["kefu"], self.visitors = [], []
        else:
            wires, self.pairs[target] = self._wires(target), []
        for wire in wires:
            wire.abort()
        return len(wires)

    async def aclose(self) -> None:
        for target in ("kefu", "relay", "idle"):
            self.close(target)
        if self.http is not None:
            await self.http.aclose()


async def serve_commands(index: int, pipe: Connection) -> None:
    worker = Worker(index)
    loop = asyncio.get_running_loop()
    beat = asyncio.create_task(worker.heartbeats())
    try:
        while True:
            name, kwargs = await loop.run_in_executor(None, pipe.recv)
            if name == "stop":
                break
            try:
                method = getattr(worker, name)
                result = method(**kwargs)
                if asyncio.iscoroutine(result):
                    result = await result
                pipe.send(("ok", result))
            except Exception as exc:  # noqa: BLE001 - any failure goes back to the bench
                pipe.send(("error", f"{exc!r}\n{traceback.format_exc()}"))
    finally:
        beat.cancel()
        await worker.aclose()
        pipe.send(("ok", None))


def worker_main(index: int, pipe: Connection) -> None:
    """A worker process's entry point (``multiprocessing``, spawn)."""
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        runner.run(serve_commands(index, pipe))

"""API overhead: Kefu's full stack versus a bare FastAPI endpoint, in one server process.

Run from the checkout root (``make bench`` does)::

    .venv/bin/python bench/api.py [--rounds 3] [--seconds 8] [--concurrency 32]

One uvicorn process (uvloop, httptools, as ``kefu serve`` runs it) serves a tiny ASGI
dispatcher: ``/bare/...`` goes to a bare FastAPI app that returns a constant JSON object,
everything else to ``kefu.app.create_app``. The Kefu request is an authenticated,
tenant-scoped ``GET /api/v1/org-units/{id}``: request middleware (request id, metrics,
JSON access log), bearer access token, permission check, an SQLite read, the response
model. The database and data folder are fresh temporary ones, seeded with the demo tenant.

This process is the load generator: an asyncio HTTP/1.1 keep-alive client over raw sockets
on 127.0.0.1, N connections, fixed duration. The targets alternate (bare, kefu, bare, kefu,
...) and the medians are compared, so noise on a shared machine hits both alike. Only 200
responses count. The last line printed is one JSON object (``kefu_rps``, ``bare_rps``,
``ratio``, ...).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Awaitable
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any, TypeVar

import uvicorn
import uvloop
from fastapi import FastAPI
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict
from starlette.types import ASGIApp, Receive, Scope, Send

from kefu import demo
from kefu.app import create_app
from kefu.config import Settings
from kefu.core.logging import configure_logging
from kefu.db.migrate import upgrade
from kefu.services import Services

HOST = "127.0.0.1"
BARE_PATH = "/bare/ping"
GOAL = 0.5  # Kefu should reach at least half the bare endpoint's throughput.
MAX_CONCURRENCY = 256
MAX_REQUESTS_PER_RUN = 5_000_000  # a hard cap on top of the time limit
SERVER_READY_SECONDS = 60.0
SERVER_LIFETIME_SECONDS = 900.0  # the server stops itself after this, whatever happens

T = TypeVar("T")


# --------------------------------------------------------------------------- settings


class BenchSettings(Settings):
    """Kefu's settings from the constructor only: no ``KEFU_*`` variable or ``kefu.toml``
    may change what is measured (a Redis URL, a disabled access log, another database)."""

    model_config = SettingsConfigDict(toml_file=None)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings,)


def bench_settings(data_dir: Path) -> Settings:
    """Defaults (access log on, JSON logs, 10 s auth cache), on the temporary database."""
    return BenchSettings(
        data_dir=data_dir,
        database_url=f"sqlite+aiosqlite:///{data_dir / 'kefu.db'}",
        secret_key=(data_dir / "bench_secret").read_text().strip(),
    )


async def prepare(data_dir: Path) -> None:
    """Migrate the fresh database and seed the demo tenants."""
    services = Services.build(bench_settings(data_dir))
    try:
        await upgrade(services.db.engine)
        await demo.seed(services)
    finally:
        await services.close()


# --------------------------------------------------------------------------- server side


class Dispatcher:
    """``/bare/...`` to the bare app; everything else, lifespan included, to Kefu."""

    def __init__(self, kefu_app: ASGIApp, bare_app: ASGIApp) -> None:
        self.kefu_app = kefu_app
        self.bare_app = bare_app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith("/bare/"):
            await self.bare_app(scope, receive, send)
        else:
            await self.kefu_app(scope, receive, send)


def bare_app() -> FastAPI:
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)

    @app.get(BARE_PATH)
    async def ping() -> dict[str, str]:
        return {"status": "ok", "service": "bare"}

    return app


def _watch_parent(parent: int, server: uvicorn.Server, lifetime: float) -> None:
    """Stop the server when the benchmark process goes away or the lifetime is over."""
    deadline = time.monotonic() + lifetime
    while os.getppid() == parent and time.monotonic() < deadline:
        time.sleep(0.5)
    server.should_exit = True
    time.sleep(10)
    os._exit(3)


def serve(fd: int, data_dir: Path, parent: int) -> None:
    settings = bench_settings(data_dir)
    configure_logging(settings.log_level, settings.log_format)  # as `kefu serve` does
    app = Dispatcher(create_app(settings), bare_app())
    config = uvicorn.Config(
        app,
        loop="uvloop",
        http="httptools",
        log_config=None,
        access_log=False,
        server_header=False,
        lifespan="on",
        timeout_graceful_shutdown=5,
    )
    server = uvicorn.Server(config)
    threading.Thread(
        target=_watch_parent, args=(parent, server, SERVER_LIFETIME_SECONDS), daemon=True
    ).start()
    server.run(sockets=[socket.socket(fileno=fd)])


# --------------------------------------------------------------------------- client side


@dataclass
class Tally:
    ok: int = 0
    other: int = 0
    errors: int = 0
    sent: int = 0


@dataclass
class Run:
    target: str
    rps: float
    ok: int
    other: int
    errors: int
    seconds: float
    client_cpu: float  # share of one core the load generator used
    server_cpu: float | None  # share of one core the server used
    server_cpu_us: float | None  # server CPU time per counted request, microseconds


def request_bytes(port: int, path: str, token: str) -> bytes:
    # The same headers for both targets; the bare endpoint simply ignores the token.
    return (
        f"GET {path} HTTP/1.1\r\n"
        f"Host: {HOST}:{port}\r\n"
        f"Authorization: Bearer {token}\r\n"
        "Accept: application/json\r\n"
        "User-Agent: kefu-bench\r\n"
        "\r\n"
    ).encode()


async def read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    lower = head.lower()
    at = lower.find(b"\r\ncontent-length:")
    if at < 0:
        raise ValueError("response without Content-Length")
    end = lower.index(b"\r\n", at + 2)
    length = int(lower[at + 17 : end])
    return status, await reader.readexactly(length)


async def http_once(
    port: int, method: str, path: str, body: object = None, token: str = ""
) -> tuple[int, Any]:
    """One request on a fresh connection; for setting up, not for measuring."""
    payload = b"" if body is None else json.dumps(body).encode()
    lines = [f"{method} {path} HTTP/1.1", f"Host: {HOST}:{port}", "Connection: close"]
    if token:
        lines.append(f"Authorization: Bearer {token}")
    if body is not None:
        lines.append("Content-Type: application/json")
    lines.append(f"Content-Length: {len(payload)}")
    reader, writer = await asyncio.open_connection(HOST, port)
    try:
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + payload)
        status, raw = await asyncio.wait_for(read_response(reader), 30)
    finally:
        writer.close()
    return status, json.loads(raw) if raw else None


async def connection(
    port: int, request: bytes, start: float, stop: float, tally: Tally, cap: int
) -> None:
    """Send ``request`` back to back; count responses that complete inside [start, stop)."""
    loop = asyncio.get_running_loop()
    try:
        reader, writer = await asyncio.open_connection(HOST, port)
    except OSError:
        tally.errors += 1
        return
    try:
        while tally.sent < cap:
            tally.sent += 1
            writer.write(request)
            status, _ = await read_response(reader)
            now = loop.time()
            if now >= stop:
                break
            if now >= start:
                if status == 200:
                    tally.ok += 1
                else:
                    tally.other += 1
    except (OSError, ValueError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
        tally.errors += 1
    finally:
        writer.close()


def cpu_seconds(pid: int) -> float | None:
    """User plus system CPU time of a process, from /proc (Linux); None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


async def load(
    target: str,
    port: int,
    request: bytes,
    *,
    concurrency: int,
    ramp: float,
    seconds: float,
    server_pid: int,
) -> Run:
    """``concurrency`` connections for ``ramp`` + ``seconds``; the ramp is not counted."""
    loop = asyncio.get_running_loop()
    start = loop.time() + ramp
    stop = start + seconds
    tally = Tally()
    workers = [
        asyncio.ensure_future(connection(port, request, start, stop, tally, MAX_REQUESTS_PER_RUN))
        for _ in range(concurrency)
    ]
    try:
        await asyncio.sleep(max(0.0, start - loop.time()))
        cpu0, srv0, t0 = time.process_time(), cpu_seconds(server_pid), loop.time()
        await asyncio.sleep(max(0.0, stop - loop.time()))
        cpu1, srv1, t1 = time.process_time(), cpu_seconds(server_pid), loop.time()
        _done, pending = await asyncio.wait(workers, timeout=30)
        tally.errors += len(pending)
    finally:
        for task in workers:
            task.cancel()
    server_cpu = None if srv0 is None or srv1 is None else srv1 - srv0
    return Run(
        target=target,
        rps=tally.ok / seconds,
        ok=tally.ok,
        other=tally.other,
        errors=tally.errors,
        seconds=seconds,
        client_cpu=(cpu1 - cpu0) / (t1 - t0),
        server_cpu=None if server_cpu is None else server_cpu / (t1 - t0),
        server_cpu_us=None if server_cpu is None or not tally.ok else server_cpu / tally.ok * 1e6,
    )


# --------------------------------------------------------------------------- orchestration


async def wait_ready(port: int, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + SERVER_READY_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited with {server.returncode}")
        try:
            status, _ = await asyncio.wait_for(http_once(port, "GET", "/healthz"), 5)
            if status == 200:
                return
        except (OSError, TimeoutError, ValueError, asyncio.IncompleteReadError):
            pass
        await asyncio.sleep(0.2)
    raise RuntimeError("the server did not become ready in time")


async def sign_in(port: int) -> tuple[str, str]:
    """The demo tenant admin's access token, and the path of one of the tenant's units."""
    status, tokens = await http_once(
        port,
        "POST",
        "/api/v1/auth/login",
        {"tenant": demo.TENANT, "login": f"admin@{demo.DOMAIN}", "password": demo.PASSWORD},
    )
    if status != 200:
        raise RuntimeError(f"login failed: {status} {tokens}")
    token: str = tokens["access_token"]
    status, units = await http_once(port, "GET", "/api/v1/org-units", token=token)
    if status != 200 or not units:
        raise RuntimeError(f"listing org units failed: {status} {units}")
    path = f"/api/v1/org-units/{units[0]['id']}"
    status, unit = await http_once(port, "GET", path, token=token)
    if status != 200:
        raise RuntimeError(f"reading {path} failed: {status} {unit}")
    return token, path


def show(run: Run, index: int) -> None:
    server = "" if run.server_cpu is None else f", server CPU {run.server_cpu:4.0%}"
    per_req = "" if run.server_cpu_us is None else f", {run.server_cpu_us:4.0f} µs CPU/req"
    bad = f", {run.other} non-200, {run.errors} errors" if run.other or run.errors else ""
    print(
        f"  round {index} {run.target:<4} {run.rps:7.0f} req/s"
        f"  (client CPU {run.client_cpu:4.0%}{server}{per_req}{bad})",
        flush=True,
    )


async def measure(
    args: argparse.Namespace, port: int, server: subprocess.Popen[bytes]
) -> list[Run]:
    """Warm up, then alternate bare and kefu ``args.rounds`` times."""
    await wait_ready(port, server)
    token, kefu_path = await sign_in(port)
    requests = {
        "bare": request_bytes(port, BARE_PATH, token),
        "kefu": request_bytes(port, kefu_path, token),
    }
    print(
        f"server pid {server.pid} on {HOST}:{port}; kefu: GET {kefu_path}; "
        f"bare: GET {BARE_PATH}; {args.concurrency} connections",
        flush=True,
    )
    if args.warmup > 0:
        print(f"warm-up {args.warmup:g} s, half on each target (not counted)", flush=True)
        for target in ("bare", "kefu"):
            await load(
                target,
                port,
                requests[target],
                concurrency=args.concurrency,
                ramp=0,
                seconds=args.warmup / 2,
                server_pid=server.pid,
            )
    print(
        f"{args.rounds} rounds of {args.seconds:g} s per target "
        f"(after {args.ramp:g} s uncounted ramp each)",
        flush=True,
    )
    runs: list[Run] = []
    for index in range(1, args.rounds + 1):
        for target in ("bare", "kefu"):
            run = await load(
                target,
                port,
                requests[target],
                concurrency=args.concurrency,
                ramp=args.ramp,
                seconds=args.seconds,
                server_pid=server.pid,
            )
            show(run, index)
            runs.append(run)
            if server.poll() is not None:
                raise RuntimeError(f"the server exited with {server.returncode}")
    return runs


def start_server(data_dir: Path, log: Path) -> tuple[subprocess.Popen[bytes], int]:
    """The server process, on a listening socket bound here (no port race), logging to
    ``log``. It runs this file with the hidden ``--serve-fd`` option."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind((HOST, 0))
        listener.listen(1024)
        port: int = listener.getsockname()[1]
        command = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--serve-fd",
            str(listener.fileno()),
            "--data-dir",
            str(data_dir),
        ]
        with log.open("wb") as log_file:
            server = subprocess.Popen(
                command,
                pass_fds=(listener.fileno(),),
                stdin=subprocess.DEVNULL,
                stdout=log_file,
                stderr=log_file,
            )
    return server, port


def stop_server(server: subprocess.Popen[bytes]) -> None:
    if server.poll() is None:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(5)


def median_of(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(statistics.median(present), 1) if present else None


def summarise(args: argparse.Namespace, runs: list[Run], log: Path) -> dict[str, Any]:
    by_target = {t: [r for r in runs if r.target == t] for t in ("bare", "kefu")}
    kefu_rps = statistics.median(r.rps for r in by_target["kefu"])
    bare_rps = statistics.median(r.rps for r in by_target["bare"])
    ratio = kefu_rps / bare_rps if bare_rps else 0.0
    cpu_us = {t: median_of([r.server_cpu_us for r in rs]) for t, rs in by_target.items()}
    cpu_ratio = cpu_us["bare"] / cpu_us["kefu"] if cpu_us["bare"] and cpu_us["kefu"] else None
    client_cpu = max(r.client_cpu for r in runs)
    with log.open("rb") as lines:
        access_lines = sum(1 for line in lines if b'"kefu.access"' in line)
    result: dict[str, Any] = {
        "benchmark": "api",
        "kefu_rps": round(kefu_rps, 1),
        "bare_rps": round(bare_rps, 1),
        "ratio": round(ratio, 3),
        "goal_ratio": GOAL,
        "meets_goal": ratio >= GOAL,
        "kefu_rps_rounds": [round(r.rps, 1) for r in by_target["kefu"]],
        "bare_rps_rounds": [round(r.rps, 1) for r in by_target["bare"]],
        "kefu_server_cpu_us_per_request": cpu_us["kefu"],
        "bare_server_cpu_us_per_request": cpu_us["bare"],
        "cpu_ratio": None if cpu_ratio is None else round(cpu_ratio, 3),
        "max_client_cpu": round(client_cpu, 2),
        "non_200": sum(r.other for r in runs),
        "errors": sum(r.errors for r in runs),
        "access_log_lines": access_lines,
        "rounds": args.rounds,
        "seconds": args.seconds,
        "warmup_seconds": args.warmup,
        "concurrency": args.concurrency,
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
    }
    print(f"kefu {kefu_rps:.0f} req/s, bare {bare_rps:.0f} req/s (medians)")
    print(f"ratio kefu/bare {ratio:.3f}  (goal >= {GOAL}: {'met' if ratio >= GOAL else 'MISSED'})")
    if cpu_ratio is not None:
        print(
            f"server CPU per request: kefu {cpu_us['kefu']:.0f} µs, bare {cpu_us['bare']:.0f} µs"
            f" (bare/kefu {cpu_ratio:.3f})"
        )
    if client_cpu > 0.9:
        print("note: the load generator used nearly a full core; bare_rps may be client-bound")
    if result["non_200"] or result["errors"]:
        print(f"warning: {result['non_200']} non-200 responses, {result['errors']} errors")
    return result


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=3, choices=range(1, 11), metavar="1-10")
    parser.add_argument("--seconds", type=float, default=8.0, help="measured seconds per run")
    parser.add_argument("--warmup", type=float, default=5.0, help="uncounted seconds at start")
    parser.add_argument("--ramp", type=float, default=1.0, help="uncounted seconds per run")
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--serve-fd", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not 1 <= args.concurrency <= MAX_CONCURRENCY:
        parser.error(f"--concurrency must be 1-{MAX_CONCURRENCY}")
    for name in ("seconds", "warmup", "ramp"):
        if not 0 <= getattr(args, name) <= 60:
            parser.error(f"--{name} must be 0-60")
    if args.seconds <= 0:
        parser.error("--seconds must be positive")
    return args


def _interrupt(signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt


async def stoppable(work: Awaitable[T]) -> T:
    """Await ``work``; SIGTERM cancels it, as Ctrl-C does, so that the cleanup still runs."""
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    assert task is not None
    loop.add_signal_handler(signal.SIGTERM, task.cancel)
    try:
        return await work
    finally:
        loop.remove_signal_handler(signal.SIGTERM)
        signal.signal(signal.SIGTERM, _interrupt)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.serve_fd is not None:
        serve(args.serve_fd, args.data_dir, os.getppid())
        return 0

    signal.signal(signal.SIGTERM, _interrupt)
    started = time.monotonic()
    data_dir = Path(tempfile.mkdtemp(prefix="kefu-bench-"))
    log = data_dir / "server.log"
    server: subprocess.Popen[bytes] | None = None
    try:
        (data_dir / "bench_secret").write_text(os.urandom(32).hex())
        with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
            runner.run(stoppable(prepare(data_dir)))
            print(f"fresh SQLite database in {data_dir}, seeded with the demo tenant", flush=True)
            server, port = start_server(data_dir, log)
            try:
                runs = runner.run(stoppable(measure(args, port, server)))
            finally:
                stop_server(server)
        result = summarise(args, runs, log)
        result["wall_seconds"] = round(time.monotonic() - started, 1)
    except (KeyboardInterrupt, asyncio.CancelledError):
        print("interrupted: no result", file=sys.stderr)
        return 130
    except Exception:
        if server is not None and log.exists():
            tail = log.read_text(errors="replace")[-4000:]
            print(f"--- end of the server log ---\n{tail}", file=sys.stderr)
        raise
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Live chat: Kefu over real WebSockets versus a raw ASGI relay, in the same run.

Run from the checkout root::

    .venv/bin/python bench/chat.py [--conversations 100,1000] [--seconds 8] [--idle 10000]

Targets, each in its own server process on 127.0.0.1:

- **kefu**: ``kefu serve`` (one process, as SQLite requires) on a fresh data folder and
  SQLite database, seeded with the demo tenant. Each conversation is a visitor session
  (``POST /api/v1/widget/demo-web/sessions``), a visitor socket that authenticates, starts
  the conversation and subscribes to it, and an agent socket subscribed to it. Every
  message is stored (one transaction) and acknowledged, as in production.
- **relay**: ``bench/chat_relay.py``, a raw ASGI app under the same Uvicorn settings that
  pairs two sockets by a key and forwards each text frame to the other; nothing stored.

The load generator runs in ``--clients`` worker processes (``bench/chat_load.py``), apart
from both servers; the same ``send`` frames go to both targets. Two measurements per size:

- **saturation**: every pair ping-pongs (the customer sends, the agent receives it and
  answers, the customer receives that and sends again) for ``--seconds``; delivered
  messages per second. The targets alternate for ``--rounds`` rounds; medians compared.
- **latency**: open loop at ``--rate`` messages/s spread over every socket of every pair,
  each message due at a fixed time that its body carries; send-to-delivery latency of the
  messages due in the window, p50 and p99. A message still undelivered ``--drain`` seconds
  after the window counts with the time it has waited so far (so the percentile is then a
  lower bound, and says so).

Then ``--idle`` visitors connect (session, auth, start, subscribe) to a fresh ``kefu serve``
process and stay; the server's resident memory is read from /proc.

The server's per-connection message rate limit (a policy against abusive clients, 10/s by
default) is raised for the run: it would otherwise cap the offered load, not measure it.
Conversations are assigned (over REST, before the agents connect) to the demo agent, who
has no socket, while the agent sockets belong to a separate agent account: so each message
reaches the sockets of its own conversation, as with one agent per conversation, instead of
every socket of one account. The last line printed is one JSON object for the largest size
(``conversations``, ``kefu_msgs_per_s``, ``relay_msgs_per_s``, ``ratio``, ``kefu_p99_ms``,
``idle_connections``, ``idle_rss_mb``, ...).
"""

from __future__ import annotations

import argparse
import asyncio
import ctypes
import json
import multiprocessing
import os
import platform
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from contextlib import suppress
from multiprocessing.connection import Connection
from pathlib import Path
from types import FrameType
from typing import Any

import chat_load
import httpx
import uvloop
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict
from sqlalchemy import select

import kefu
from kefu import demo
from kefu.config import Settings
from kefu.db.migrate import upgrade
from kefu.identity import schemas
from kefu.identity.context import system_context
from kefu.identity.models import User
from kefu.identity.permissions import Role
from kefu.identity.service.tenants import tenant_by_slug
from kefu.services import Services

HOST = "127.0.0.1"
BENCH_DIR = Path(__file__).resolve().parent
GOAL_RATIO = 0.3  # Kefu's saturation throughput against the relay's, at 1,000
GOAL_P99_MS = 100.0  # at the fixed offered load, at 1,000 conversations
GOAL_IDLE_RSS_MB = 1536.0  # 10,000 idle customers on one process
BENCH_AGENT = "B0001"  # the account of the agent sockets
PARKING_AGENT = "K0001"  # the demo agent: conversations are assigned to them
RATE_LIMIT = {"KEFU_CHAT_RATE_PER_SECOND": "1000", "KEFU_CHAT_RATE_BURST": "10000"}
READY_SECONDS = 60.0


# --------------------------------------------------------------------------- the database


class BenchSettings(Settings):
    """Settings from the constructor only: no ``KEFU_*`` variable or ``kefu.toml``."""

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


def server_env(data_dir: Path, port: int) -> dict[str, str]:
    """``kefu serve``'s environment: no inherited ``KEFU_*``, the bench's own settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KEFU_")}
    env.update(
        KEFU_DATA_DIR=str(data_dir),
        KEFU_DATABASE_URL=f"sqlite+aiosqlite:///{data_dir / 'kefu.db'}",
        KEFU_SECRET_KEY=(data_dir / "bench_secret").read_text().strip(),
        KEFU_HOST=HOST,
        KEFU_PORT=str(port),
        KEFU_ACCESS_LOG="false",
        KEFU_LOG_LEVEL="warning",
        **RATE_LIMIT,
    )
    return env


async def prepare(data_dir: Path) -> str:
    """Migrate, seed the demo tenant, add the bench agent; the parking agent's user id."""
    env = server_env(data_dir, 1)
    settings = BenchSettings(
        data_dir=data_dir,
        database_url=env["KEFU_DATABASE_URL"],
        secret_key=env["KEFU_SECRET_KEY"],
    )
    services = Services.build(settings)
    try:
        await upgrade(services.db.engine)
        await demo.seed(services)
        async with services.db.transaction() as session:
            tenant = await tenant_by_slug(session, demo.TENANT)
            assert tenant is not None
            ctx = system_context(tenant.id, tenant.kind, label="bench-chat")
            request = schemas.UserCreate.model_validate(
                {
                    "employee_no": BENCH_AGENT,
                    "name": "Bench Agent",
                    "email": f"bench@{demo.DOMAIN}",
                    "roles": [Role.AGENT],
                    "password": demo.PASSWORD,
                }
            )
            await services.directory.create_user(session, ctx, request)
            parking = await session.scalar(
                select(User.id).where(
                    User.tenant_id == tenant.id, User.employee_no == PARKING_AGENT
                )
            )
            assert parking is not None
            # Every conversation of the run is parked with this agent: lift their
            # concurrency limit (the API caps it at a real person's 100).
            state = await services.routing.agents.state(session, tenant.id, parking)
            state.max_concurrent = 1_000_000
            return str(parking)
    finally:
        await services.close()


# --------------------------------------------------------------------------- processes


def _child_setup() -> None:
    """In each server process: as many file descriptors as allowed; die with the bench."""
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    with suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


class Server:
    def __init__(self, name: str, process: subprocess.Popen[bytes], port: int, log: Path):
        self.name = name
        self.process = process
        self.port = port
        self.log = log
        self.url = f"http://{HOST}:{port}"

    @property
    def pid(self) -> int:
        return self.process.pid

    def wait_ready(self, path: str) -> None:
        deadline = time.monotonic() + READY_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}")
            with suppress(httpx.TransportError):
                if httpx.get(self.url + path, timeout=2).status_code == 200:
                    return
            time.sleep(0.2)
        raise RuntimeError(f"{self.name} did not become ready in time")

    def check(self) -> None:
        if self.process.poll() is not None:
            raise RuntimeError(f"{self.name} exited with {self.process.returncode}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()  # a backlog of unread frames: drop it
                self.process.wait(5)


def start_kefu(data_dir: Path, log: Path) -> Server:
    port = free_port()
    with log.open("ab") as log_file:
        process = subprocess.Popen(
            [sys.executable, "-m", "kefu", "serve"],
            cwd=data_dir,  # no kefu.toml
            env=server_env(data_dir, port),
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=log_file,
            preexec_fn=_child_setup,
        )
    server = Server("kefu serve", process, port, log)
    server.wait_ready("/readyz")
    return server


def start_relay(log: Path) -> Server:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind((HOST, 0))
        listener.listen(4096)
        port = int(listener.getsockname()[1])
        with log.open("ab") as log_file:
            process = subprocess.Popen(
                [sys.executable, str(BENCH_DIR / "chat_relay.py"), "--fd", str(listener.fileno())],
                pass_fds=(listener.fileno(),),
                stdin=subprocess.DEVNULL,
                stdout=log_file,
                stderr=log_file,
                preexec_fn=_child_setup,
            )
    server = Server("relay", process, port, log)
    server.wait_ready("/healthz")
    return server


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


class Workers:
    """The load generator's processes, driven over pipes."""

    def __init__(self, count: int) -> None:
        context = multiprocessing.get_context("spawn")
        self.pipes: list[Connection] = []
        self.processes: list[Any] = []
        for index in range(count):
            ours, theirs = context.Pipe()
            process = context.Process(
                target=chat_load.worker_main, args=(index, theirs), daemon=True
            )
            process.start()
            self.pipes.append(ours)
            self.processes.append(process)

    def __len__(self) -> int:
        return len(self.pipes)

    def send(self, name: str, each: list[dict[str, Any]] | dict[str, Any]) -> None:
        """Command every worker: ``each`` holds one worker's arguments, or all's alike."""
        each = each if isinstance(each, list) else [each] * len(self)
        for pipe, kwargs in zip(self.pipes, each, strict=True):
            pipe.send((name, kwargs))

    def collect(self) -> list[Any]:
        results, failures = [], []
        for index, pipe in enumerate(self.pipes):
            status, value = pipe.recv()
            (results if status == "ok" else failures).append(value)
            if status != "ok":
                failures[-1] = f"worker {index}: {value}"
        if failures:
            raise RuntimeError("\n".join(failures))
        return results

    def call(self, name: str, each: list[dict[str, Any]] | dict[str, Any]) -> list[Any]:
        self.send(name, each)
        return self.collect()

    def stop(self) -> None:
        for pipe in self.pipes:
            with suppress(OSError):
                pipe.send(("stop", {}))
        for process in self.processes:
            process.join(10)
            if process.is_alive():
                process.terminate()


def split(total: int, parts: int) -> list[int]:
    return [total // parts + (1 if i < total % parts else 0) for i in range(parts)]


# --------------------------------------------------------------------------- measuring


def login(server: Server, login_name: str) -> str:
    response = httpx.post(
        server.url + "/api/v1/auth/login",
        json={"tenant": demo.TENANT, "login": login_name, "password": demo.PASSWORD},
        timeout=30,
    )
    if response.status_code != 200:
        raise RuntimeError(f"login {login_name}: {response.status_code} {response.text}")
    token: str = response.json()["access_token"]
    return token


def set_up_pairs(
    kefu: Server, relay: Server, workers: Workers, count: int, parking: str
) -> dict[str, float]:
    """``count`` pairs on each target, split over the workers; setup seconds."""
    shares = split(count, len(workers))
    t0 = time.monotonic()
    opened = workers.call("kefu_visitors", [{"port": kefu.port, "count": n} for n in shares])
    t1 = time.monotonic()
    admin = login(kefu, f"admin@{demo.DOMAIN}")
    with httpx.Client(
        base_url=kefu.url, headers={"Authorization": f"Bearer {admin}"}, timeout=30
    ) as http:
        for result in opened:
            for conversation_id in result["conversation_ids"]:
                response = http.post(
                    f"/api/v1/conversations/{conversation_id}/assign", json={"user_id": parking}
                )
                if response.status_code != 200:
                    raise RuntimeError(f"assign: {response.status_code} {response.text}")
    t2 = time.monotonic()
    agent = login(kefu, f"bench@{demo.DOMAIN}")
    workers.call("kefu_agents", {"token": agent})
    t3 = time.monotonic()
    keys, at = [], 0
    for n in shares:
        keys.append({"port": relay.port, "keys": [f"{count}-{i}" for i in range(at, at + n)]})
        at += n
    workers.call("relay_pairs", keys)
    return {
        "kefu_visitors_s": round(t1 - t0, 1),
        "kefu_assign_s": round(t2 - t1, 1),
        "kefu_agents_s": round(t3 - t2, 1),
        "relay_pairs_s": round(time.monotonic() - t3, 1),
    }


def server_cpu(server: Server, start: float, stop: float) -> float:
    """The server's CPU over [start, stop), as a share of one core; waits until ``stop``."""
    time.sleep(max(0.0, start - time.monotonic()))
    cpu0, t0 = cpu_seconds(server.pid), time.monotonic()
    time.sleep(max(0.0, stop - time.monotonic()))
    return (cpu_seconds(server.pid) - cpu0) / (time.monotonic() - t0)


def profile(args: argparse.Namespace, server: Server, name: str) -> subprocess.Popen[bytes] | None:
    """With ``--profile DIR``: py-spy samples the Kefu server over the coming window, into
    ``DIR/name.txt`` (collapsed stacks, one line per stack with its sample count)."""
    if args.profile is None or server.name == "relay":
        return None
    spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    args.profile.mkdir(parents=True, exist_ok=True)
    command = [spy, "record", "--pid", str(server.pid), "--rate", "200", "--nonblocking"]
    command += ["--duration", str(round(0.5 + args.ramp + args.seconds)), "--format", "raw"]
    command += ["--output", str(args.profile / f"{name}.txt")]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def window(args: argparse.Namespace) -> tuple[float, float, float]:
    """(begin, start, stop): the workers begin shortly, count after the ramp."""
    begin = time.monotonic() + 0.5
    return begin, begin + args.ramp, begin + args.ramp + args.seconds


def saturation(
    args: argparse.Namespace, target: str, server: Server, workers: Workers, name: str
) -> dict[str, Any]:
    profiler = profile(args, server, name)
    begin, start, stop = window(args)
    workers.send(
        "saturate",
        {"target": target, "begin": begin, "start": start, "stop": stop, "drain": args.drain},
    )
    cpu = server_cpu(server, start, stop)
    results = workers.collect()
    if profiler is not None:
        profiler.wait(30)
    delivered = sum(r["delivered"] for r in results)
    server.check()
    return {
        "target": target,
        "msgs_per_s": round(delivered / args.seconds, 1),
        "server_cpu": round(cpu, 2),
        "server_cpu_us_per_msg": round(cpu * args.seconds / delivered * 1e6) if delivered else None,
        "client_cpu": [round(r["cpu"], 2) for r in results],
        "errors": merge(r["errors"] for r in results),
        "closed": merge(r["closed"] for r in results),
    }


def latency(
    args: argparse.Namespace, target: str, server: Server, workers: Workers, pairs: int
) -> dict[str, Any]:
    profiler = profile(args, server, f"latency-{pairs}")
    begin, start, stop = window(args)
    workers.send(
        "latency",
        [
            {
                "target": target,
                "rate": args.rate * n / pairs,
                "begin": begin,
                "start": start,
                "stop": stop,
                "drain": args.drain,
            }
            for n in split(pairs, len(workers))
        ],
    )
    cpu = server_cpu(server, start, stop)
    results = workers.collect()
    if profiler is not None:
        profiler.wait(30)
    waiting = sorted(x for r in results for x in r["undelivered"])
    every = sorted([x for r in results for x in r["latencies"]] + waiting)
    p99 = percentile(every, 99)
    server.check()
    return {
        "target": target,
        "offered_per_s": round(sum(r["sent"] for r in results) / args.seconds, 1),
        "achieved_per_s": round(sum(r["delivered_in_window"] for r in results) / args.seconds, 1),
        "p50_ms": percentile(every, 50),
        "p99_ms": p99,
        "max_ms": round(every[-1] * 1000, 1) if every else None,
        "undelivered": len(waiting),
        # A percentile that reaches a message never delivered only says "at least this".
        "p99_lower_bound": bool(waiting) and p99 >= waiting[0] * 1000,
        "max_send_lag_ms": round(max(r["max_lag"] for r in results) * 1000, 1),
        "server_cpu": round(cpu, 2),
        "client_cpu": [round(r["cpu"], 2) for r in results],
        "errors": merge(r["errors"] for r in results),
        "closed": merge(r["closed"] for r in results),
    }


def percentile(sorted_seconds: list[float], pct: float) -> float | None:
    """Nearest-rank percentile of sorted seconds, in milliseconds."""
    if not sorted_seconds:
        return None
    rank = min(len(sorted_seconds), max(1, -(-len(sorted_seconds) * pct // 100)))
    return round(sorted_seconds[int(rank) - 1] * 1000, 2)


def merge(counts: Iterable[dict[str, int]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for each in counts:
        for key, value in each.items():
            out[key] = out.get(key, 0) + value
    return out


def show_saturation(run: dict[str, Any], index: int) -> None:
    trouble = ""
    if run["errors"] or run["closed"]:
        trouble = f", errors {run['errors']}, closed {run['closed']}"
    print(
        f"    round {index} {run['target']:<5} {run['msgs_per_s']:9.1f} msgs/s"
        f"  (server CPU {run['server_cpu']:.0%}, {run['server_cpu_us_per_msg']} µs/msg;"
        f" client CPU {', '.join(f'{c:.0%}' for c in run['client_cpu'])}{trouble})",
        flush=True,
    )


def show_latency(run: dict[str, Any]) -> None:
    bound = "≥ " if run["p99_lower_bound"] else ""
    trouble = ""
    if run["errors"] or run["closed"]:
        trouble = f", errors {run['errors']}, closed {run['closed']}"
    print(
        f"    {run['target']:<5} offered {run['offered_per_s']:.0f}/s achieved"
        f" {run['achieved_per_s']:.0f}/s: p50 {run['p50_ms']} ms, p99 {bound}{run['p99_ms']} ms,"
        f" max {run['max_ms']} ms, {run['undelivered']} undelivered"
        f"  (server CPU {run['server_cpu']:.0%}; client CPU"
        f" {', '.join(f'{c:.0%}' for c in run['client_cpu'])},"
        f" worst send lag {run['max_send_lag_ms']} ms{trouble})",
        flush=True,
    )


# --------------------------------------------------------------------------- phases


def conversations_phase(
    args: argparse.Namespace,
    data_dir: Path,
    relay: Server,
    workers: Workers,
    pairs: int,
    parking: str,
) -> dict[str, Any]:
    """Both measurements at ``pairs`` conversations, on a fresh ``kefu serve`` process."""
    print(f"\n== {pairs} conversations ==", flush=True)
    kefu = start_kefu(data_dir, data_dir / "kefu.log")
    servers = {"kefu": kefu, "relay": relay}
    try:
        setup = set_up_pairs(kefu, relay, workers, pairs, parking)
        print(f"  set up {pairs} pairs on each target: {setup}", flush=True)
        print(
            f"  saturation: {args.rounds} round(s) of {args.seconds:g} s per target"
            f" after {args.ramp:g} s uncounted",
            flush=True,
        )
        runs: dict[str, list[dict[str, Any]]] = {"kefu": [], "relay": []}
        for index in range(1, args.rounds + 1):
            for target in ("relay", "kefu"):
                name = f"saturation-{pairs}-{index}"
                run = saturation(args, target, servers[target], workers, name)
                show_saturation(run, index)
                runs[target].append(run)
        print(f"  latency at {args.rate:g} msgs/s offered, {args.seconds:g} s:", flush=True)
        # Kefu last: if it cannot keep up, its backlog must not delay anything after it.
        lat = {}
        for target in ("relay", "kefu"):
            lat[target] = latency(args, target, servers[target], workers, pairs)
            show_latency(lat[target])
        workers.call("close", {"target": "kefu"})
        workers.call("close", {"target": "relay"})
    finally:
        kefu.stop()
    kefu_rate = statistics.median(r["msgs_per_s"] for r in runs["kefu"])
    relay_rate = statistics.median(r["msgs_per_s"] for r in runs["relay"])
    ratio = kefu_rate / relay_rate if relay_rate else 0.0
    print(
        f"  => kefu {kefu_rate:.0f} msgs/s, relay {relay_rate:.0f} msgs/s, ratio {ratio:.3f};"
        f" p99 kefu {'≥ ' if lat['kefu']['p99_lower_bound'] else ''}{lat['kefu']['p99_ms']} ms,"
        f" relay {lat['relay']['p99_ms']} ms",
        flush=True,
    )
    return {
        "conversations": pairs,
        "kefu_msgs_per_s": round(kefu_rate, 1),
        "relay_msgs_per_s": round(relay_rate, 1),
        "ratio": round(ratio, 4),
        "kefu_p50_ms": lat["kefu"]["p50_ms"],
        "kefu_p99_ms": lat["kefu"]["p99_ms"],
        "kefu_p99_lower_bound": lat["kefu"]["p99_lower_bound"],
        "kefu_offered_per_s": lat["kefu"]["offered_per_s"],
        "kefu_achieved_per_s": lat["kefu"]["achieved_per_s"],
        "kefu_undelivered": lat["kefu"]["undelivered"],
        "relay_p50_ms": lat["relay"]["p50_ms"],
        "relay_p99_ms": lat["relay"]["p99_ms"],
        "relay_achieved_per_s": lat["relay"]["achieved_per_s"],
        "kefu_server_cpu_us_per_msg": statistics.median(
            r["server_cpu_us_per_msg"] or 0 for r in runs["kefu"]
        ),
        "relay_server_cpu_us_per_msg": statistics.median(
            r["server_cpu_us_per_msg"] or 0 for r in runs["relay"]
        ),
        "max_client_cpu": max(
            c for r in [*runs["kefu"], *runs["relay"], *lat.values()] for c in r["client_cpu"]
        ),
        "saturation_rounds": runs,
        "latency_runs": lat,
        "setup_seconds": setup,
    }


def idle_phase(args: argparse.Namespace, data_dir: Path, workers: Workers) -> dict[str, Any]:
    """``args.idle`` visitors connected, authenticated and subscribed to one fresh process."""
    print(f"\n== {args.idle} idle customers ==", flush=True)
    kefu = start_kefu(data_dir, data_dir / "kefu.log")
    try:
        before = rss_mb(kefu.pid)
        t0 = time.monotonic()
        opened = workers.call(
            "kefu_visitors",
            [{"port": kefu.port, "count": n, "idle": True} for n in split(args.idle, len(workers))],
        )
        setup = time.monotonic() - t0
        print(
            f"  connected in {setup:.0f} s (per worker, seconds in sessions"
            f" {[round(r['sessions']) for r in opened]}, in sockets"
            f" {[round(r['sockets']) for r in opened]}); server RSS {before:.0f} MB before",
            flush=True,
        )
        cpu = server_cpu(kefu, time.monotonic(), time.monotonic() + 5)
        checks = workers.call("idle_check", {})
        answered = sum(c["answered"] for c in checks)
        closed = merge(c["closed"] for c in checks)
        after = rss_mb(kefu.pid)
        kefu.check()
        workers.call("close", {"target": "idle"})
    finally:
        kefu.stop()
    print(
        f"  {answered} of {args.idle} answered a ping{f' (closed: {closed})' if closed else ''};"
        f" server RSS {after:.0f} MB"
        f" ({(after - before) * 1024 / max(1, answered):.1f} KB per connection),"
        f" server CPU while idle {cpu:.0%}",
        flush=True,
    )
    return {
        "idle_connections": answered,
        "idle_rss_mb": round(after, 1),
        "idle_rss_before_mb": round(before, 1),
        "idle_kb_per_connection": round((after - before) * 1024 / max(1, answered), 1),
        "idle_server_cpu": round(cpu, 3),
        "idle_setup_seconds": round(setup, 1),
    }


# --------------------------------------------------------------------------- main


def source() -> dict[str, Any]:
    """Which Kefu was measured: the commit of the tree it was imported from, and whether
    that tree had changes to it."""
    root = Path(kefu.__file__).resolve().parent.parent
    out: dict[str, Any] = {"kefu_source": str(root)}
    with suppress(OSError, subprocess.CalledProcessError):
        git = ["git", "-C", str(root)]
        out["commit"] = subprocess.check_output([*git, "rev-parse", "--short", "HEAD"]).decode()
        out["commit"] = out["commit"].strip()
        dirty = subprocess.check_output([*git, "status", "--porcelain", "--", "kefu"]).decode()
        out["kefu_tree_modified"] = bool(dirty.strip())
    return out


def summarise(
    args: argparse.Namespace, sizes: list[dict[str, Any]], idle: dict[str, Any]
) -> dict[str, Any]:
    print("\n== summary ==")
    for size in sizes:
        bound = "≥ " if size["kefu_p99_lower_bound"] else ""
        print(
            f"  {size['conversations']:>5} conversations: kefu {size['kefu_msgs_per_s']:.0f}"
            f" msgs/s, relay {size['relay_msgs_per_s']:.0f} msgs/s, ratio {size['ratio']:.3f};"
            f" at {args.rate:g}/s kefu achieved {size['kefu_achieved_per_s']:.0f}/s,"
            f" p50 {size['kefu_p50_ms']} ms, p99 {bound}{size['kefu_p99_ms']} ms;"
            f" relay p50 {size['relay_p50_ms']} ms, p99 {size['relay_p99_ms']} ms"
        )
    main_size = max(sizes, key=lambda s: s["conversations"]) if sizes else {}
    result: dict[str, Any] = {
        "benchmark": "chat",
        **{k: v for k, v in main_size.items() if k not in ("saturation_rounds", "latency_runs")},
        **idle,
        "goal_ratio": GOAL_RATIO,
        "goal_p99_ms": GOAL_P99_MS,
        "goal_idle_rss_mb": GOAL_IDLE_RSS_MB,
    }
    if main_size:
        result["meets_ratio"] = main_size["ratio"] >= GOAL_RATIO
        p99 = main_size["kefu_p99_ms"]
        result["meets_p99"] = p99 is not None and p99 < GOAL_P99_MS
        result["sizes"] = [
            {k: v for k, v in s.items() if k not in ("saturation_rounds", "latency_runs")}
            for s in sizes
        ]
        print(
            f"  goals at {main_size['conversations']}: ratio ≥ {GOAL_RATIO}:"
            f" {'met' if result['meets_ratio'] else 'MISSED'}; p99 < {GOAL_P99_MS:g} ms at"
            f" {args.rate:g}/s: {'met' if result['meets_p99'] else 'MISSED'}"
        )
    if idle:
        result["meets_idle"] = (
            idle["idle_connections"] >= args.idle and idle["idle_rss_mb"] < GOAL_IDLE_RSS_MB
        )
        print(
            f"  idle: {idle['idle_connections']} connections, {idle['idle_rss_mb']:.0f} MB RSS"
            f" (goal {args.idle} under {GOAL_IDLE_RSS_MB:.0f} MB:"
            f" {'met' if result['meets_idle'] else 'MISSED'})"
        )
    result.update(
        rate=args.rate,
        seconds=args.seconds,
        rounds=args.rounds,
        clients=args.clients,
        cpus=os.cpu_count(),
        python=platform.python_version(),
        **source(),
    )
    return result


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--conversations",
        type=lambda text: [int(n) for n in text.split(",") if n],
        default=[100, 1000],
        help="comma-separated sizes (pairs), e.g. 100,1000; empty for none",
    )
    parser.add_argument("--seconds", type=float, default=8.0, help="measured seconds per run")
    parser.add_argument("--ramp", type=float, default=2.0, help="uncounted seconds per run")
    parser.add_argument("--rounds", type=int, default=1, help="saturation rounds per target")
    parser.add_argument("--rate", type=float, default=2000.0, help="offered msgs/s (latency)")
    parser.add_argument("--drain", type=float, default=5.0, help="seconds to wait for stragglers")
    parser.add_argument("--idle", type=int, default=10_000, help="idle customers; 0 for none")
    parser.add_argument("--clients", type=int, default=1, help="load generator processes")
    parser.add_argument(
        "--profile", type=Path, help="sample the Kefu server with py-spy into this folder"
    )
    args = parser.parse_args(argv)
    if any(not 1 <= n <= 5000 for n in args.conversations):
        parser.error("--conversations: sizes of 1-5000")
    if not 0 < args.seconds <= 120 or not 0 <= args.ramp <= 60 or not 0 <= args.drain <= 120:
        parser.error("--seconds 0-120 (not 0), --ramp and --drain 0-60")
    if not 1 <= args.rounds <= 10 or not 1 <= args.clients <= 16 or not 0 <= args.idle <= 50_000:
        parser.error("--rounds 1-10, --clients 1-16, --idle 0-50000")
    if args.rate <= 0:
        parser.error("--rate must be positive")
    return args


def _interrupt(signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, _interrupt)
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    started = time.monotonic()
    data_dir = Path(tempfile.mkdtemp(prefix="kefu-bench-chat-"))
    relay: Server | None = None
    workers: Workers | None = None
    try:
        (data_dir / "bench_secret").write_text(os.urandom(32).hex())
        with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
            parking = runner.run(prepare(data_dir))
        print(f"fresh SQLite database in {data_dir}, seeded with the demo tenant", flush=True)
        relay = start_relay(data_dir / "relay.log")
        workers = Workers(args.clients)
        print(
            f"relay pid {relay.pid}; {args.clients} load generator process(es);"
            f" {os.cpu_count()} CPUs",
            flush=True,
        )
        sizes = [
            conversations_phase(args, data_dir, relay, workers, n, parking)
            for n in args.conversations
        ]
        idle = idle_phase(args, data_dir, workers) if args.idle else {}
        result = summarise(args, sizes, idle)
        result["wall_seconds"] = round(time.monotonic() - started, 1)
    except KeyboardInterrupt:
        print("interrupted: no result", file=sys.stderr)
        return 130
    except Exception:
        for log in ("kefu.log", "relay.log"):
            path = data_dir / log
            if path.exists():
                tail = path.read_text(errors="replace")[-3000:]
                print(f"--- end of {log} ---\n{tail}", file=sys.stderr)
        raise
    finally:
        if workers is not None:
            workers.stop()
        if relay is not None:
            relay.stop()
        shutil.rmtree(data_dir, ignore_errors=True)
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

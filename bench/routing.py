"""Routing: the real board against Erlang C, and routing decisions per second.

Run from the checkout root::

    .venv/bin/python bench/routing.py [--database-url postgresql+asyncpg://...] [--quick]

Three parts:

- **erlang**: a discrete-event simulation on a simulated clock (nothing sleeps) that drives
  ``kefu.routing.board.Board`` for a whole run: Poisson arrivals (classified by a
  ``Router``: one decision per replication, as they all have the same facts) are
  ``offer``-ed to the board; when an agent finishes (exponential handling
  times), the board is told (``set_free``) and ``release`` hands them the best waiting
  conversation. N agents in one group, one conversation each at a time, no abandonment:
  the M/M/N queue Erlang C describes. Per load level, the share answered within 20 s
  (service level) and the average speed of answer, against Erlang C's for the same
  parameters. Independent replications, each after an uncounted warm-up, give the
  sampling error (a 95 % interval).
- **memory**: the real ``Router.decide`` (50 rules of mixed condition types) and
  ``Board.offer``/``release`` on one board of 1,000 agents in several groups with about
  5,000 conversations waiting; each decision classifies an arriving conversation and
  places it, and one busy agent finishes a conversation per arrival, so the queue stays
  near 5,000. Decisions per second of wall time.
- **postgres**: the ``Routing`` service on PostgreSQL (``--database-url`` or
  ``KEFU_BENCH_DATABASE_URL``; skipped without one): a tenant with 1,000 agents online,
  groups, 50 rules and 5,000 queued conversations; a decision is ``Routing.route`` of a new
  conversation in its own transaction, then dispatch rounds until one assigns nothing (as
  ``kefu/routing/dispatcher.py`` does), with one conversation resolved per decision (its
  own transaction, ``Conversations.set_status``) so agents free slots and rounds assign.

The last line printed is one JSON object (``max_sl_deviation_pp``,
``decisions_per_s_memory``, ``decisions_per_s_postgres``, the per-load figures, ...).
"""

from __future__ import annotations

import argparse
import asyncio
import heapq
import json
import math
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import TypeAdapter
from sqlalchemy import func, insert, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

import kefu
from kefu.config import Settings
from kefu.contacts.models import Contact
from kefu.conversations.models import Conversation, Message
from kefu.core.clock import utcnow
from kefu.core.events import ConversationChanged
from kefu.core.hours import DAYS, BusinessHours
from kefu.db.migrate import upgrade
from kefu.identity.context import system_context
from kefu.identity.models import User
from kefu.identity.service.tenants import create_tenant
from kefu.routing.board import Agent, Board, Waiting
from kefu.routing.conditions import Conditions, Facts
from kefu.routing.config import compile_group
from kefu.routing.models import (
    AgentState,
    Assignment,
    QueueEntry,
    QueueTarget,
    RoutingRule,
    RoutingSettings,
    SkillGroup,
    SkillGroupMember,
)
from kefu.routing.policy import Policy
from kefu.routing.rules import Action, Decision, Group, Router, Rule, ToGroup
from kefu.services import Services

SL_SECONDS = 20.0
GOAL_SL_PP = 3.0
GOAL_MEMORY_PER_S = 5_000.0
ZONE = ZoneInfo("Asia/Shanghai")
CONDITIONS: TypeAdapter[Any] = TypeAdapter(Conditions)
ACTION: TypeAdapter[Any] = TypeAdapter(Action)

# --------------------------------------------------------------------------- Erlang C


def erlang_c(agents: int, offered: float) -> float:
    """Probability that an arrival waits, for ``offered`` Erlangs on ``agents`` servers:
    Erlang B by its recursion (no factorials, no overflow), then C from B."""
    if offered >= agents:
        return 1.0
    b = 1.0
    for k in range(1, agents + 1):
        b = offered * b / (k + offered * b)
    return agents * b / (agents - offered * (1.0 - b))


@dataclass(frozen=True, slots=True)
class Prediction:
    wait_probability: float
    service_level: float  # share answered within SL_SECONDS
    asa: float  # average speed of answer, seconds


def predict(agents: int, arrival_rate: float, handle_seconds: float) -> Prediction:
    mu = 1.0 / handle_seconds
    c = erlang_c(agents, arrival_rate / mu)
    drain = agents * mu - arrival_rate
    return Prediction(c, 1.0 - c * math.exp(-drain * SL_SECONDS), c / drain)


# --------------------------------------------------------------------------- simulation

ARRIVE, FINISH = 0, 1


def one_group_router(group_id: uuid.UUID) -> Router:
    """Every conversation to the one group, by a rule (the default would be any agent)."""
    group = Group(group_id, "sim", "least_load", 7, BusinessHours(None, [], ZONE), None, None)
    rule = Rule(
        uuid.UUID(int=1),
        "web to the one group",
        CONDITIONS.validate_python([{"type": "channel", "in": ["web", "app"]}]),
        ToGroup(type="group", group_id=group_id),
    )
    return Router([rule], {group_id: group}, Policy())


@dataclass(slots=True)
class Tally:
    """Waits of the conversations that arrived in the measured window."""

    count: int = 0
    within: int = 0  # answered within SL_SECONDS
    total_wait: float = 0.0

    def add(self, wait: float) -> None:
        self.count += 1
        self.within += wait <= SL_SECONDS
        self.total_wait += wait


def simulate(
    agents: int, arrival_rate: float, handle_seconds: float, warmup: int, measured: int, seed: int
) -> Tally:
    """One replication: ``warmup`` arrivals uncounted, then ``measured`` counted; runs until
    every counted conversation is answered (later arrivals wait behind them in rank
    order, so stopping arrivals then changes none of their waits)."""
    rng = random.Random(seed)
    group_id = uuid.UUID(int=2)
    # Every arrival has the same facts, so the router's decision is the same for all: it
    # is taken once (per arrival it would cost more than the board, and change nothing).
    facts = Facts(now=datetime(2026, 11, 24, 10, 0, tzinfo=UTC), timezone=ZONE, channel="web")
    decision = one_group_router(group_id).decide(facts)
    assert decision.outcome == "queue"
    assert decision.group_id == group_id
    groups, head_start_ms = frozenset([group_id]), decision.head_start * 1000
    board = Board()
    for n in range(agents):
        board.put_agent(Agent(uuid.UUID(int=1000 + n), free=1, groups={group_id: 3}))
    events: list[tuple[float, int, int, uuid.UUID | None]] = []  # (time, kind, seq, agent)
    arrived: dict[uuid.UUID, tuple[float, bool]] = {}  # waiting: (arrival time, counted)
    tally = Tally()
    last = warmup + measured
    seq = 0
    heapq.heappush(events, (rng.expovariate(arrival_rate), ARRIVE, 0, None))

    def serve(agent: Agent, now: float) -> None:
        nonlocal seq
        seq += 1
        heapq.heappush(events, (now + rng.expovariate(1.0 / handle_seconds), FINISH, seq, agent.id))

    while events:
        now, kind, number, agent_id = heapq.heappop(events)
        if kind == ARRIVE:
            if number + 1 < last:
                seq += 1
                heapq.heappush(
                    events, (now + rng.expovariate(arrival_rate), ARRIVE, number + 1, None)
                )
            waiting = Waiting(
                uuid.UUID(int=10**9 + number), rank=int(now * 1000) - head_start_ms, groups=groups
            )
            agent = board.offer(waiting, now)
            counted = number >= warmup
            if agent is not None:
                if counted:
                    tally.add(0.0)
                serve(agent, now)
            else:
                arrived[waiting.id] = (now, counted)
        else:
            assert agent_id is not None
            agent = board.agents[agent_id]
            agent.active -= 1  # the board only counts up; the service rebuilds it each round
            board.set_free(agent_id, 1)
            for taken in board.release(agent_id, now):
                at, counted = arrived.pop(taken.id)
                if counted:
                    tally.add(now - at)
                serve(agent, now)
    assert not arrived
    assert board.queue_length() == 0
    return tally


def _replicate(job: tuple[int, float, float, int, int, int]) -> tuple[int, int, float]:
    tally = simulate(*job)
    return tally.count, tally.within, tally.total_wait


@dataclass(frozen=True, slots=True)
class SimPlan:
    agents: int
    handle_seconds: float
    occupancies: list[float]
    measured: int  # counted arrivals per replication
    warmup: int  # uncounted arrivals before them
    replications: Callable[[float], int]


def full_plan(args: argparse.Namespace) -> SimPlan:
    """Replications grow as (1 - occupancy)^-2 (the variance of a queue's averages does):
    60 at 95 %, 15 at 90 %, at least 6 elsewhere, of 40,000 counted arrivals each."""

    def replications(occupancy: float) -> int:
        scale: float = args.sim_scale
        return max(6, math.ceil(scale * 60 * (0.05 / (1.0 - occupancy)) ** 2))

    return SimPlan(args.agents, args.handle, args.occupancy, 40_000, 8_000, replications)


def quick_plan(args: argparse.Namespace) -> SimPlan:
    return SimPlan(args.agents, args.handle, args.occupancy, 2_000, 500, lambda _occ: 3)


def erlang_part(plan: SimPlan, jobs: int) -> list[dict[str, Any]]:
    print(
        f"\n== service level against Erlang C: {plan.agents} agents, mean handling"
        f" {plan.handle_seconds:g} s, SL = answered within {SL_SECONDS:g} s ==",
        flush=True,
    )
    print(
        f"  per load: replications of {plan.measured:,} counted arrivals after {plan.warmup:,}"
        f" uncounted; ± is two standard errors over the replications; {jobs} process(es)",
        flush=True,
    )
    levels = []
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for occupancy in plan.occupancies:
            started = time.monotonic()
            rate = occupancy * plan.agents / plan.handle_seconds
            count = plan.replications(occupancy)
            base = int(occupancy * 1000) * 100_000
            work = [
                (plan.agents, rate, plan.handle_seconds, plan.warmup, plan.measured, base + seed)
                for seed in range(count)
            ]
            runs = list(pool.map(_replicate, work))
            sls = [within / n for n, within, _ in runs]
            asas = [wait / n for n, _, wait in runs]
            total = sum(n for n, _, _ in runs)
            sl = sum(w for _, w, _ in runs) / total
            asa = sum(w for _, _, w in runs) / total
            sl_err = 2 * statistics.stdev(sls) / math.sqrt(count)
            asa_err = 2 * statistics.stdev(asas) / math.sqrt(count)
            want = predict(plan.agents, rate, plan.handle_seconds)
            level = {
                "occupancy": occupancy,
                "arrivals_per_hour": round(rate * 3600, 1),
                "conversations": total,
                "replications": count,
                "sl_sim": round(sl, 4),
                "sl_sim_2se_pp": round(sl_err * 100, 2),
                "sl_erlang_c": round(want.service_level, 4),
                "sl_deviation_pp": round((sl - want.service_level) * 100, 2),
                "asa_sim_s": round(asa, 2),
                "asa_sim_2se_s": round(asa_err, 2),
                "asa_erlang_c_s": round(want.asa, 2),
                "wait_probability_erlang_c": round(want.wait_probability, 4),
                "seconds": round(time.monotonic() - started, 1),
            }
            levels.append(level)
            print(
                f"  occupancy {occupancy:4.0%}: SL {sl:7.2%} ± {sl_err * 100:.2f} pp"
                f" (Erlang C {want.service_level:7.2%}, {level['sl_deviation_pp']:+.2f} pp);"
                f" ASA {asa:6.1f} ± {asa_err:.1f} s (Erlang C {want.asa:6.1f} s);"
                f" {total:,} conversations in {level['seconds']:.0f} s",
                flush=True,
            )
    return levels


# --------------------------------------------------------------------------- a tenant's setup

GROUP_NAMES = [
    "售前",
    "售后",
    "物流",
    "退款",
    "技术支持",
    "企业客户",
    "VIP",
    "English",
    "华南",
    "华北",
]
STRATEGY_CYCLE = ["least_load", "round_robin", "proficiency", "last_agent"]
WORDS = [
    "订单", "退款", "发票", "物流", "快递", "优惠券", "会员", "积分", "账号", "密码",
    "登录", "支付", "退货", "换货", "保修", "安装", "价格", "库存", "尺码", "颜色",
    "地址", "取消", "投诉", "合同", "批发", "代理", "门店", "预约", "维修", "开票",
    "refund", "invoice", "delivery", "password", "warranty", "price", "cancel", "coupon",
    "account", "upgrade",
]  # fmt: skip
TAGS = [f"tag{n:02d}" for n in range(24)]
PROVINCES = [
    "广东", "北京", "上海", "浙江", "江苏", "四川", "湖北", "山东", "福建", "河南",
    "湖南", "安徽", "河北", "陕西", "重庆", "天津", "辽宁", "云南", "广西", "江西",
]  # fmt: skip
CITIES = ["市区", "新区", "开发区"]
CATEGORIES = [f"cat{n:02d}" for n in range(20)]
ENTRIES = [f"entry_{n:02d}" for n in range(20)]
CHANNELS = ["web", "web", "web", "app", "app", "wechat", "api"]
LANGUAGES = ["zh-CN"] * 16 + ["zh-TW", "en-US", "en-GB", "ja", "ko"]
PLANS = ["free", "free", "free", "pro", "pro", "enterprise"]
COUNTRIES = ["CN"] * 8 + ["US", "JP", "SG", "DE"]


@dataclass(frozen=True, slots=True)
class Customer:
    """What a conversation brings to routing (the contact's and the conversation's)."""

    channel: str
    url: str | None
    entry: str | None
    level: int
    tags: tuple[str, ...]
    region: str | None
    text: str
    language: str | None
    attributes: dict[str, Any]

    def facts(self, now: datetime) -> Facts:
        return Facts(
            now=now,
            timezone=ZONE,
            channel=self.channel,
            url=self.url,
            entry=self.entry,
            level=self.level,
            tags=frozenset(self.tags),
            region=self.region,
            text=self.text,
            language=self.language,
            attributes=self.attributes,
        )


def customers(rng: random.Random, count: int) -> list[Customer]:
    out = []
    for _ in range(count):
        words = rng.sample(WORDS, rng.choice((0, 1, 1, 2)))
        attributes: dict[str, Any] = {"plan": rng.choice(PLANS), "country": rng.choice(COUNTRIES)}
        if rng.random() < 0.004:
            attributes["manager"] = f"am{rng.randrange(3)}"
        out.append(
            Customer(
                channel=rng.choice(CHANNELS),
                url=(
                    f"https://shop.example.com/c/{rng.choice(CATEGORIES)}/item/{rng.randrange(10**5)}"
                    if rng.random() < 0.7
                    else None
                ),
                entry=rng.choice(ENTRIES) if rng.random() < 0.5 else None,
                level=rng.choice((0, 0, 0, 0, 1, 1, 2, 3, 4, 5)),
                tags=tuple(rng.sample(TAGS, rng.choice((0, 1, 1, 2, 3)))),
                region=(rng.choice(PROVINCES) + rng.choice(CITIES)) if rng.random() < 0.8 else None,
                text="你好，" + "，".join(f"想问一下{w}的问题" for w in words) + "。",
                language=rng.choice(LANGUAGES) if rng.random() < 0.9 else None,
                attributes=attributes,
            )
        )
    return out


def group_rows(rng: random.Random, tenant_id: uuid.UUID) -> list[dict[str, Any]]:
    """Skill groups as rows: mixed strategies; half with a weekly schedule open every hour
    (the check runs, the answer does not depend on when the bench runs)."""
    always = [["00:00", "24:00"]]
    return [
        {
            "id": uuid.UUID(int=rng.getrandbits(128)),
            "tenant_id": tenant_id,
            "name": name,
            "strategy": STRATEGY_CYCLE[n % len(STRATEGY_CYCLE)],
            "last_agent_days": 7,
            "timezone": None,
            "business_hours": dict.fromkeys(DAYS, always) if n % 2 else None,
            "holidays": [],
            "overflow_group_id": None,
            "overflow_after_seconds": None,
        }
        for n, name in enumerate(GROUP_NAMES)
    ]


def rule_rows(
    rng: random.Random, groups: list[uuid.UUID], managers: list[uuid.UUID]
) -> list[dict[str, Any]]:
    """50 rules as an admin would write them: each condition type, alone and combined,
    each matching a few per cent of conversations; 46 to a group, 3 to a named account
    manager (with a fallback group), 1 to the bot."""

    def words(k: int) -> list[str]:
        return rng.sample(WORDS, k)

    makers: list[Callable[[], list[dict[str, Any]]]] = [
        lambda: [{"type": "keywords", "any": words(1)}],
        lambda: [{"type": "channel", "in": ["wechat"]}, {"type": "level", "min": 4}],
        lambda: [{"type": "tags", "any": rng.sample(TAGS, 1)}],
        lambda: [{"type": "region", "in": rng.sample(PROVINCES, 1)}, {"type": "level", "min": 1}],
        lambda: [{"type": "url", "patterns": [f"*/c/{rng.choice(CATEGORIES)}/*"]}],
        lambda: [
            {"type": "attribute", "key": "plan", "in": ["enterprise"]},
            {"type": "not", "of": {"type": "language", "in": ["zh"]}},
        ],
        lambda: [{"type": "entry", "in": rng.sample(ENTRIES, 1)}],
        lambda: [
            {
                "type": "any",
                "of": [
                    {"type": "keywords", "any": words(1)},
                    {"type": "tags", "all": rng.sample(TAGS, 2)},
                ],
            }
        ],
        lambda: [{"type": "language", "in": [rng.choice(["ja", "ko", "en"])]}],
        lambda: [
            {"type": "time", "days": [1, 2, 3, 4, 5], "from": "12:00", "to": "13:30"},
            {"type": "keywords", "any": words(1)},
        ],
        lambda: [{"type": "level", "min": 5}, {"type": "tags", "any": rng.sample(TAGS, 3)}],
        lambda: [
            {
                "type": "all",
                "of": [
                    {"type": "attribute", "key": "country", "in": [rng.choice(COUNTRIES[8:])]},
                    {"type": "channel", "in": ["web", "app"]},
                ],
            }
        ],
    ]
    rows: list[dict[str, Any]] = []
    for n in range(50):
        if n in (5, 17, 33):  # customers with an account manager
            manager = len(rows) % len(managers)
            conditions = [{"type": "attribute", "key": "manager", "in": [f"am{manager}"]}]
            fallback = str(groups[n % len(groups)])
            action: dict[str, Any] = {
                "type": "agent",
                "user_id": str(managers[manager]),
                "fallback_group_id": fallback,
            }
        elif n == 40:
            conditions = [{"type": "keywords", "any": ["机器人", "bot"]}]
            action = {"type": "bot", "handover_group_id": str(groups[0])}
        else:
            conditions = makers[n % len(makers)]()
            action = {"type": "group", "group_id": str(groups[n % len(groups)])}
        rows.append({"name": f"rule {n:02d}", "conditions": conditions, "action": action})
    return rows


def policy() -> Policy:
    """The default head starts, a default group, and two composite priority rules."""
    return Policy.model_validate(
        {
            "priority_rules": [
                {
                    "name": "complaints first",
                    "conditions": [{"type": "keywords", "any": ["投诉", "取消"]}],
                    "head_start": 120,
                },
                {
                    "name": "enterprise",
                    "conditions": [{"type": "attribute", "key": "plan", "in": ["enterprise"]}],
                    "head_start": 300,
                },
            ]
        }
    )


def compile_router(
    groups: list[dict[str, Any]], rules: list[dict[str, Any]], settings: Policy
) -> Router:
    """The same compilation as ``RoutingConfig.router``, from the same rows."""
    compiled = {g["id"]: compile_group(SkillGroup(**g), "Asia/Shanghai") for g in groups}
    return Router(
        [
            Rule(
                uuid.UUID(int=n + 1),
                r["name"],
                CONDITIONS.validate_python(r["conditions"]),
                ACTION.validate_python(r["action"]),
            )
            for n, r in enumerate(rules)
        ],
        compiled,
        settings,
    )


def memberships(
    rng: random.Random, agents: int, groups: list[uuid.UUID]
) -> list[dict[uuid.UUID, int]]:
    """Each agent in one to three groups, with a proficiency of 1-5."""
    return [
        {g: rng.randint(1, 5) for g in rng.sample(groups, rng.choice((1, 1, 2, 2, 3)))}
        for _ in range(agents)
    ]


def waiting_for(
    router: Router, decision: Decision, conversation_id: uuid.UUID, rank: int
) -> Waiting:
    """What the service queues for a decision (a named agent who is signed in: only them,
    until the fallback group's overflow wait, which never comes due here)."""
    group = router.groups.get(decision.group_id) if decision.group_id else None
    named = decision.agent_id is not None
    return Waiting(
        id=conversation_id,
        rank=rank - decision.head_start * 1000,
        groups=frozenset([decision.group_id]) if decision.group_id and not named else frozenset(),
        agent_id=decision.agent_id,
        strategy=group.strategy if group else "least_load",
    )


# --------------------------------------------------------------------------- in memory


def memory_part(decisions: int, rounds: int, agents: int, queue: int, slots: int) -> dict[str, Any]:
    print(
        f"\n== decisions in memory: {agents:,} agents ({slots} slots each), 50 rules,"
        f" ~{queue:,} waiting ==",
        flush=True,
    )
    rng = random.Random(11)
    tenant_id = uuid.UUID(int=7)
    groups = group_rows(rng, tenant_id)
    group_ids = [g["id"] for g in groups]
    agent_ids = [uuid.UUID(int=rng.getrandbits(128)) for _ in range(agents)]
    rules = rule_rows(rng, group_ids, agent_ids[:3])
    router = compile_router(groups, rules, policy())
    board = Board()
    for agent_id, member in zip(agent_ids, memberships(rng, agents, group_ids), strict=True):
        board.put_agent(Agent(agent_id, free=slots, groups=member))
    pool = customers(rng, 4096)
    start = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)  # 17:00 in Shanghai, a Tuesday
    busy: list[uuid.UUID] = []  # one entry per conversation being served
    outcomes: dict[str, int] = {}
    matched: list[int] = []
    tried = {rule.id: index + 1 for index, rule in enumerate(router.rules)}
    clock = 0.0

    def arrive(n: int) -> None:
        facts = pool[n % len(pool)].facts(start + timedelta(seconds=clock))
        decision = router.decide(facts)
        outcomes[decision.outcome] = outcomes.get(decision.outcome, 0) + 1
        # Rules tried: up to the one that matched, or all of them.
        matched.append(tried[decision.rule.id] if decision.rule else len(router.rules))
        if decision.outcome == "queue":
            waiting = waiting_for(router, decision, uuid.UUID(int=n + 1), int(clock * 1000))
            agent = board.offer(waiting, clock)
            if agent is not None:
                busy.append(agent.id)

    def finish() -> None:
        index = rng.randrange(len(busy))
        agent_id = busy[index]
        busy[index] = busy[-1]
        busy.pop()
        agent = board.agents[agent_id]
        agent.active -= 1
        board.set_free(agent_id, agent.free + 1)
        for _taken in board.release(agent_id, clock):
            busy.append(agent_id)

    n = 0
    while board.queue_length() < queue:  # fill every slot, then the queue
        arrive(n)
        n += 1
    print(
        f"  set up: {len(busy):,} conversations served, {board.queue_length():,} waiting"
        f" after {n:,} arrivals",
        flush=True,
    )
    outcomes.clear()
    matched.clear()
    rates, lengths = [], []
    for index in range(1, rounds + 1):
        started = time.perf_counter()
        for _ in range(decisions):
            clock += 0.01
            arrive(n)
            finish()
            n += 1
        elapsed = time.perf_counter() - started
        rates.append(decisions / elapsed)
        lengths.append(board.queue_length())
        print(
            f"  round {index}: {rates[-1]:,.0f} decisions/s ({elapsed / decisions * 1e6:.0f} µs"
            f" each: classify, place, one agent frees a slot); {lengths[-1]:,} waiting",
            flush=True,
        )
    facts = [c.facts(start) for c in pool]
    started = time.perf_counter()
    for fact in facts:
        router.decide(fact)
    decide_us = (time.perf_counter() - started) / len(facts) * 1e6
    rate = statistics.median(rates)
    print(
        f"  => {rate:,.0f} decisions/s (median of {rounds});"
        f" Router.decide alone {decide_us:.0f} µs;"
        f" rules tested per decision: median {statistics.median(matched):.0f}, mean"
        f" {statistics.mean(matched):.1f} of 50; outcomes {outcomes}",
        flush=True,
    )
    return {
        "decisions_per_s_memory": round(rate),
        "memory_rounds_per_s": [round(r) for r in rates],
        "memory_decide_us": round(decide_us, 1),
        "memory_rules_tested_mean": round(statistics.mean(matched), 1),
        "memory_outcomes": outcomes,
        "memory_queue_min": min(lengths),
        "memory_queue_max": max(lengths),
    }


# --------------------------------------------------------------------------- PostgreSQL


def bench_database(url: str) -> tuple[str, str]:
    """The database to (re)create and the server's maintenance database, as URLs. Only a
    database with "bench" in its name is dropped and recreated."""
    parsed = make_url(url)
    name = parsed.database or ""
    if "bench" not in name:
        raise SystemExit(
            f"--database-url: {name!r} is dropped and recreated: name one with 'bench'"
        )
    return (
        parsed.render_as_string(hide_password=False),
        parsed.set(database="postgres").render_as_string(hide_password=False),
    )


async def recreate(url: str, *, create: bool = True) -> None:
    target, admin = bench_database(url)
    name = make_url(target).database
    engine = create_async_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            if create:
                await connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        await engine.dispose()


@dataclass(slots=True)
class Seeded:
    tenant_id: uuid.UUID
    new: list[uuid.UUID]  # queued, not routed yet: one per decision
    open: list[uuid.UUID]  # assigned, being served


async def seed(
    services: Services, rng: random.Random, agents: int, queue: int, slots: int, new: int
) -> Seeded:
    """A tenant: agents online and full, groups, 50 rules, a policy; ``queue`` conversations
    waiting (placed as the router decides); ``new`` ones with a first message, not routed."""
    now = utcnow()
    async with services.db.transaction() as session:
        tenant = await create_tenant(session, slug="bench", name="Bench", kind="platform")
        tid = tenant.id
        groups = group_rows(rng, tid)
        group_ids = [g["id"] for g in groups]
        agent_ids = [uuid.UUID(int=rng.getrandbits(128)) for _ in range(agents)]
        await session.execute(
            insert(User),
            [
                {
                    "id": a,
                    "tenant_id": tid,
                    "employee_no": f"A{n:05d}",
                    "name": f"Agent {n}",
                    "roles": ["agent"],
                    "password_hash": "!",
                    "password_changed_at": now,
                }
                for n, a in enumerate(agent_ids)
            ],
        )
        await session.execute(insert(SkillGroup), groups)
        members = memberships(rng, agents, group_ids)
        await session.execute(
            insert(SkillGroupMember),
            [
                {"group_id": g, "user_id": a, "tenant_id": tid, "proficiency": p}
                for a, member in zip(agent_ids, members, strict=True)
                for g, p in member.items()
            ],
        )
        rules = rule_rows(rng, group_ids, agent_ids[:3])
        await session.execute(
            insert(RoutingRule),
            [{"tenant_id": tid, "position": n, "enabled": True, **r} for n, r in enumerate(rules)],
        )
        settings = policy()
        await session.execute(
            insert(RoutingSettings),
            [{"tenant_id": tid, "policy": settings.model_dump(mode="json", by_alias=True)}],
        )
        router = compile_router(groups, rules, settings)
        served = [(a, members[n]) for n, a in enumerate(agent_ids) for _ in range(slots)]
        people = customers(rng, len(served) + queue + new)
        contact_ids = [uuid.UUID(int=rng.getrandbits(128)) for _ in people]
        await session.execute(
            insert(Contact),
            [
                {
                    "id": c,
                    "tenant_id": tid,
                    "visitor_hash": c.hex,
                    "region": p.region,
                    "level": p.level,
                    "tags": list(p.tags),
                    "attributes": p.attributes,
                }
                for c, p in zip(contact_ids, people, strict=True)
            ],
        )
        conversations, messages, entries, targets, assignments = [], [], [], [], []
        seeded = Seeded(tid, [], [])
        for n, (contact_id, person) in enumerate(zip(contact_ids, people, strict=True)):
            cid = uuid.UUID(int=rng.getrandbits(128))
            row: dict[str, Any] = {
                "id": cid,
                "tenant_id": tid,
                "contact_id": contact_id,
                "channel": person.channel,
                "source_url": person.url,
                "entry": person.entry,
                "language": person.language,
                "status": "queued",
                "last_seq": 1,
                "waiting_since": now,
                "routed_at": now,
                "group_id": None,
                "assignee_id": None,
            }
            decision = router.decide(person.facts(now))
            group_id = decision.group_id if decision.outcome == "queue" else None
            if n < len(served):  # being served by an agent of one of their groups
                agent_id, member = served[n]
                group_id = rng.choice(list(member))
                row.update(status="open", assignee_id=agent_id, group_id=group_id)
                assignments.append(
                    {
                        "tenant_id": tid,
                        "conversation_id": cid,
                        "contact_id": contact_id,
                        "user_id": agent_id,
                        "group_id": group_id,
                        "reason": "routed",
                        "assigned_at": now - timedelta(seconds=rng.randrange(1, 600)),
                    }
                )
                seeded.open.append(cid)
            elif n < len(served) + queue:  # waiting in their group, for up to an hour
                if decision.agent_id is not None or group_id is None:
                    group_id = rng.choice(group_ids)
                row["group_id"] = group_id
                rank = int(now.timestamp() * 1000) - rng.randrange(3_600_000)
                entries.append(
                    {
                        "conversation_id": cid,
                        "tenant_id": tid,
                        "contact_id": contact_id,
                        "group_id": group_id,
                        "rank": rank - decision.head_start * 1000,
                        "head_start": decision.head_start,
                        "enqueued_at": now,
                    }
                )
                targets.append({"conversation_id": cid, "group_id": group_id})
            else:  # a customer has just written: to be routed
                row["routed_at"] = None
                seeded.new.append(cid)
            conversations.append(row)
            messages.append(
                {
                    "tenant_id": tid,
                    "conversation_id": cid,
                    "seq": 1,
                    "sender_type": "customer",
                    "sender_id": contact_id,
                    "sender_ref": f"contact:{contact_id}",
                    "client_msg_id": cid.hex,
                    "body": person.text,
                }
            )
        await session.execute(insert(Conversation), conversations)
        await session.execute(insert(Message), messages)
        await session.execute(insert(QueueEntry), entries)
        await session.execute(insert(QueueTarget), targets)
        await session.execute(insert(Assignment), assignments)
        await session.execute(
            insert(AgentState),
            [
                {
                    "user_id": a,
                    "tenant_id": tid,
                    "status": "online",
                    "max_concurrent": slots,
                    "active": slots,
                    "changed_at": now,
                    "last_assigned_at": now - timedelta(seconds=rng.randrange(1, 600)),
                }
                for a in agent_ids
            ],
        )
    async with services.db.transaction() as session:
        await session.execute(text("ANALYZE"))
    return seeded


async def postgres_run(
    url: str, decisions: int, warmup: int, agents: int, queue: int, slots: int
) -> dict[str, Any]:
    data_dir = Path(tempfile.mkdtemp(prefix="kefu-bench-routing-"))
    await recreate(url)
    services = Services.build(Settings(database_url=url, data_dir=data_dir, access_log=False))
    try:
        await upgrade(services.db.engine)
        started = time.monotonic()
        rng = random.Random(13)
        world = await seed(services, rng, agents, queue, slots, decisions + warmup)
        print(
            f"  seeded in {time.monotonic() - started:.0f} s: {agents:,} agents online with"
            f" {slots} conversations each, {queue:,} queued, {decisions + warmup:,} to route",
            flush=True,
        )
        return await postgres_measure(services, world, rng, decisions, warmup)
    finally:
        await services.close()
        await recreate(url, create=False)
        shutil.rmtree(data_dir, ignore_errors=True)


async def postgres_measure(
    services: Services, world: Seeded, rng: random.Random, decisions: int, warmup: int
) -> dict[str, Any]:
    routing, db = services.routing, services.db
    ctx = system_context(world.tenant_id, "platform", "bench")
    serving = list(world.open)

    async def opened(event: ConversationChanged) -> None:
        if event.conversation.get("status") == "open":
            serving.append(event.conversation_id)

    services.bus.subscribe(ConversationChanged, opened)
    spent = {"route": 0.0, "resolve": 0.0, "dispatch": 0.0}
    rounds = assigned = 0
    for n, conversation_id in enumerate(world.new):
        if n == warmup:
            spent = dict.fromkeys(spent, 0.0)
            rounds = assigned = 0
        t0 = time.perf_counter()
        async with db.transaction() as session:
            decision = await routing.route(session, conversation_id)
        assert decision is not None
        t1 = time.perf_counter()
        index = rng.randrange(len(serving))
        serving[index], done = serving[-1], serving[index]
        serving.pop()
        async with db.transaction() as session:
            await services.conversations.set_status(session, ctx, done, "resolve")
        t2 = time.perf_counter()
        for _ in range(50):  # as the dispatcher: rounds until one assigns nothing
            async with db.transaction() as session:
                count = await routing.dispatch_round(session, world.tenant_id)
            rounds += 1
            assigned += count
            if count == 0:
                break
        t3 = time.perf_counter()
        spent["route"] += t1 - t0
        spent["resolve"] += t2 - t1
        spent["dispatch"] += t3 - t2
    async with db.read() as session:
        waiting = await session.scalar(
            select(func.count())
            .select_from(QueueEntry)
            .where(QueueEntry.tenant_id == world.tenant_id)
        )
    positions = []
    for _ in range(3):  # what the dispatcher does after its rounds, with this queue
        t0 = time.perf_counter()
        async with db.transaction() as session:
            await routing.positions(session, world.tenant_id)
        positions.append(time.perf_counter() - t0)
        async with db.transaction() as session:  # the queue moves on by one
            done = serving.pop(rng.randrange(len(serving)))
            await services.conversations.set_status(session, ctx, done, "resolve")
        async with db.transaction() as session:
            await routing.dispatch_round(session, world.tenant_id)
    decision_s = spent["route"] + spent["dispatch"]
    rate = decisions / decision_s
    cycle = decisions / sum(spent.values())
    ms = {k: round(v / decisions * 1000, 2) for k, v in spent.items()}
    print(
        f"  => {rate:,.0f} decisions/s (route + dispatch rounds; {cycle:,.0f}/s with the"
        f" resolve); per decision, ms: {ms}; {assigned:,} assigned in {rounds:,} rounds;"
        f" {waiting:,} waiting at the end; a positions() pass {1000 * min(positions):.0f} ms",
        flush=True,
    )
    return {
        "decisions_per_s_postgres": round(rate, 1),
        "postgres_cycles_per_s": round(cycle, 1),
        "postgres_ms_per_decision": ms,
        "postgres_assigned": assigned,
        "postgres_rounds": rounds,
        "postgres_queue_end": waiting,
        "postgres_positions_ms": round(1000 * min(positions), 1),
        "postgres_decisions": decisions,
    }


def postgres_part(args: argparse.Namespace) -> dict[str, Any]:
    url = args.database_url or os.environ.get("KEFU_BENCH_DATABASE_URL", "")
    print("\n== decisions through PostgreSQL (the Routing service) ==", flush=True)
    if not url:
        print(
            "  skipped: no --database-url or KEFU_BENCH_DATABASE_URL"
            " (postgresql+asyncpg://..., a database named *bench*, dropped and recreated)",
            flush=True,
        )
        return {"decisions_per_s_postgres": None}
    if make_url(url).get_backend_name() != "postgresql":
        raise SystemExit("--database-url: a postgresql+asyncpg:// URL")
    return asyncio.run(
        postgres_run(url, args.pg_decisions, args.pg_warmup, args.pool, args.queue, args.slots)
    )


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


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="a short smoke run")
    parser.add_argument("--database-url", default="", help="PostgreSQL for the third part")
    parser.add_argument("--agents", type=int, default=20, help="agents in the simulation")
    parser.add_argument("--handle", type=float, default=180.0, help="mean handling seconds")
    parser.add_argument(
        "--occupancy",
        type=lambda text: [float(x) for x in text.split(",") if x],
        default=[0.5, 0.6, 0.7, 0.8, 0.9, 0.95],
        help="comma-separated load levels (occupancy = λ / (N μ)), each below 1",
    )
    parser.add_argument(
        "--sim-scale", type=float, default=1.0, help="multiply the simulation's replications"
    )
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes")
    parser.add_argument("--pool", type=int, default=1000, help="agents for the throughput")
    parser.add_argument("--queue", type=int, default=5000, help="conversations waiting")
    parser.add_argument("--slots", type=int, default=3, help="conversations per agent")
    parser.add_argument("--decisions", type=int, default=20_000, help="per in-memory round")
    parser.add_argument("--rounds", type=int, default=3, help="in-memory rounds")
    parser.add_argument("--pg-decisions", type=int, default=300, help="measured, PostgreSQL")
    parser.add_argument("--pg-warmup", type=int, default=20, help="uncounted, PostgreSQL")
    args = parser.parse_args(argv)
    if args.quick:
        args.pool, args.queue = min(args.pool, 200), min(args.queue, 500)
        args.decisions, args.rounds = min(args.decisions, 500), 1
        args.pg_decisions, args.pg_warmup = min(args.pg_decisions, 10), min(args.pg_warmup, 2)
    if not args.occupancy or any(not 0 < x < 1 for x in args.occupancy):
        parser.error("--occupancy: levels between 0 and 1")
    if not 1 <= args.agents <= 1000 or args.handle <= 0 or not 0 < args.sim_scale <= 10:
        parser.error("--agents 1-1000, --handle > 0, --sim-scale 0-10")
    if min(args.jobs, args.pool, args.queue, args.slots, args.decisions, args.rounds) < 1:
        parser.error("--jobs, --pool, --queue, --slots, --decisions, --rounds: at least 1")
    if args.pg_decisions < 1 or args.pg_warmup < 0:
        parser.error("--pg-decisions at least 1, --pg-warmup at least 0")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.monotonic()
    plan = quick_plan(args) if args.quick else full_plan(args)
    levels = erlang_part(plan, args.jobs)
    memory = memory_part(args.decisions, args.rounds, args.pool, args.queue, args.slots)
    postgres = postgres_part(args)
    deviation = max(abs(level["sl_deviation_pp"]) for level in levels)
    asa_deviation = max(abs(level["asa_sim_s"] - level["asa_erlang_c_s"]) for level in levels)
    result: dict[str, Any] = {
        "benchmark": "routing",
        "max_sl_deviation_pp": deviation,
        "max_asa_deviation_s": round(asa_deviation, 2),
        "meets_erlang_c": deviation <= GOAL_SL_PP and len(levels) >= 5,
        "decisions_per_s_memory": memory["decisions_per_s_memory"],
        "meets_memory": memory["decisions_per_s_memory"] >= GOAL_MEMORY_PER_S,
        "decisions_per_s_postgres": postgres["decisions_per_s_postgres"],
        "goal_sl_pp": GOAL_SL_PP,
        "goal_memory_per_s": GOAL_MEMORY_PER_S,
        "sim_agents": args.agents,
        "sim_handle_seconds": args.handle,
        "sl_seconds": SL_SECONDS,
        "levels": levels,
        **{k: v for k, v in memory.items() if k != "decisions_per_s_memory"},
        **{k: v for k, v in postgres.items() if k != "decisions_per_s_postgres"},
        "quick": args.quick,
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        **source(),
    }
    pg = postgres["decisions_per_s_postgres"]
    print("\n== summary ==")
    print(
        f"  service level vs Erlang C: worst {deviation:.2f} pp over {len(levels)} load levels"
        f" (goal ≤ {GOAL_SL_PP:g} pp: {'met' if result['meets_erlang_c'] else 'MISSED'})"
    )
    print(
        f"  in memory: {memory['decisions_per_s_memory']:,} decisions/s (goal ≥"
        f" {GOAL_MEMORY_PER_S:,.0f}: {'met' if result['meets_memory'] else 'MISSED'});"
        f" PostgreSQL: {'skipped' if pg is None else f'{pg:,.0f} decisions/s'}"
    )
    result["wall_seconds"] = round(time.monotonic() - started, 1)
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Tickets at scale: creations per second, and list and search latency at 100,000 tickets.

Run from the checkout root::

    .venv/bin/python bench/tickets.py                     # SQLite, 100,000 tickets
    .venv/bin/python bench/tickets.py --db postgresql     # KEFU_BENCH_DATABASE_URL
    .venv/bin/python bench/tickets.py --tickets 2000 --rounds 5   # a quick look

Two tenants in one database: the **large** one with ``--tickets`` tickets and the
**baseline** one with ``--baseline-tickets`` (1,000), each with agents in teams, a
supervisor, customers, the built-in ticket types and an SLA policy. Every ticket is made
by ``Tickets.create`` (``source="api"``; ``--batch`` tickets per transaction), with a
Chinese subject and description and the custom fields of its type (complaint, report,
repair, appeal, internal), a priority, an assignee and team (or none), tags, and a share
watched; a share is then moved through its type's workflow by ``Tickets.move`` in the same
transaction (open, pending, solved, closed). Creation times are spread over the last 90
days (the process clock, ``kefu.core.clock``, is moved back while creating), so SLA
deadlines of unsolved tickets have passed; after creating, up to ``--jobs`` due SLA and
follow-up jobs run through the scheduler (breaches escalate as in production).

Then, alternating round by round between the two tenants, realistic list requests through
``Tickets.search`` in a read-only transaction (``Database.read()``, as the API's GET routes
run): the default list, category tabs, assigned to me, a team, priorities, SLA breached,
soonest due, a tag, a type, a customer's tickets, watched, the second page by keyset; and
full-text searches (Chinese words, an order number prefix, a ticket number). A primary-key
read of a ticket is timed in the same rounds. One query set also runs through the HTTP app
(``httpx.ASGITransport``, bearer token, response model), to include authentication and
serialisation.

The figures that matter are the large tenant's p95 and its **ratios** to the baseline
tenant's same queries and to the primary-key read, measured in the same run. Goal (issue
7): list p95 < 50 ms at 100,000 tickets. The last line printed is one JSON object.

On PostgreSQL (``--database-url`` or ``KEFU_BENCH_DATABASE_URL``, a database with
``bench`` in its name: dropped and recreated at the start, dropped at the end) the tables
are ``ANALYZE``-d after seeding, as autovacuum would shortly do; SQLite is measured as
Kefu deploys it (no ``ANALYZE``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
from argon2 import PasswordHasher
from sqlalchemy import insert, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

import kefu
from kefu.app import create_app
from kefu.config import Settings
from kefu.contacts.models import Contact
from kefu.conversations.service import Cursor
from kefu.core import clock
from kefu.core.ids import new_id
from kefu.identity import passwords
from kefu.identity import schemas as identity
from kefu.identity.context import Context, Principal, system_context
from kefu.identity.permissions import Role, permissions_for
from kefu.identity.service.tenants import create_tenant
from kefu.services import Services
from kefu.tickets.models import Ticket, TicketCounter, TicketEvent, TicketSearch, TicketWatcher
from kefu.tickets.schemas import SlaPolicyIn, TicketFilter, TicketIn

GOAL_LIST_P95_MS = 50.0
PASSWORD = "Bench-Tickets-42"
SPREAD = timedelta(days=90)
NIL = uuid.UUID(int=0)
TEAMS = ("售后一组", "售后二组", "物流专线", "维修调度")
# Tags and the share of tickets carrying each: a few common, some rare (媒体曝光, 3 in 1,000).
TAGS = (
    ("VIP", 0.15),
    ("加急", 0.1),
    ("催单", 0.1),
    ("大促", 0.08),
    ("老客户", 0.08),
    ("重复投诉", 0.04),
    ("待回访", 0.04),
    ("12315", 0.01),
    ("媒体曝光", 0.003),
)
PRODUCTS = {"空调": ("KFR-35GW", "KFR-72LW"), "洗衣机": ("XQG100", "XQB80")}
CITIES = ("上海市浦东新区", "北京市朝阳区", "广州市天河区", "深圳市南山区", "杭州市西湖区")
TYPE_SHARES = (("complaint", 0.35), ("report", 0.25), ("repair", 0.2), ("appeal", 0.1))
# The rest are "internal". Where tickets end up, as shares of all tickets.
ENDS = (("new", 0.15), ("open", 0.2), ("pending", 0.1), ("solved", 0.25), ("closed", 0.3))
PATHS = {  # the moves to reach each category, per workflow's initial state
    "new": {"new": [], "open": ["open"], "pending": ["open", "pending"]}
    | {"solved": ["open", "solved"], "closed": ["open", "solved", "closed"]},
    "submitted": {"new": [], "open": ["reviewing"], "pending": ["reviewing", "need_info"]}
    | {"solved": ["reviewing", "approved"], "closed": ["reviewing", "rejected", "closed"]},
}
PRIORITIES = (("low", 0.15), ("normal", 0.6), ("high", 0.18), ("urgent", 0.07))


def _pick(rng: random.Random, shares: tuple[tuple[str, float], ...], rest: str = "") -> str:
    roll = rng.random()
    for value, share in shares:
        if roll < share:
            return value
        roll -= share
    return rest or shares[-1][0]


# --------------------------------------------------------------------------- the tickets


def order_no(n: int) -> str:
    return f"{202600000000 + n * 7919 % 99999999:012d}"


def waybill_no(n: int) -> str:
    return f"SF{1300000000 + n * 104729 % 899999999}"


def draft(rng: random.Random, n: int, people: People) -> TicketIn:
    """A ticket as an integration would send it: its type's fields filled in."""
    kind = _pick(rng, TYPE_SHARES, "internal")
    city = rng.choice(CITIES)
    fields: dict[str, Any]
    if kind == "complaint":
        category = rng.choice(("服务态度", "物流配送", "商品质量", "售后处理", "其他"))
        expectation = rng.choice(("退款", "换货", "补偿", "道歉"))
        number = order_no(n)
        subject = rng.choice(
            (
                f"订单{number}迟迟不发货，要求{expectation}",
                f"客服态度恶劣，投诉处理结果（订单{number}）",
                f"收到的商品有质量问题，申请{expectation}",
                f"售后一直没有回复，{city}用户投诉",
            )
        )
        description = (
            f"客户来电反映：订单号{number}，{category}方面的问题，已经等了{rng.randint(2, 15)}天，"
            f"多次联系客服没有结果，情绪比较激动，希望尽快{expectation}。"
        )
        fields = {"category": category, "order_no": number, "expectation": expectation}
    elif kind == "report":
        issue = rng.choice(("延误", "破损", "丢件", "拒收"))
        waybill = waybill_no(n)
        subject = f"运单{waybill}{issue}报备"
        description = f"{city}网点反馈运单{waybill}出现{issue}，请仓储和物流协助核实并回复客户。"
        day = 1 + n % 28
        fields = {"waybill_no": waybill, "issue": issue, "happened_on": f"2026-10-{day:02d}"}
    elif kind == "repair":
        product = rng.choice(tuple(PRODUCTS))
        model = rng.choice(PRODUCTS[product])
        fault = rng.choice(("不制冷", "漏水", "噪音很大", "无法开机", "显示故障代码E4"))
        subject = f"{product}{model}{fault}，预约上门维修"
        description = f"客户的{product}（型号{model}）{fault}，购买不到一年，希望师傅尽快上门。"
        fields = {"product": [product, model], "bought_on": "2026-03-15", "address": city}
    elif kind == "appeal":
        against = rng.choice(("处罚", "评价", "扣款"))
        subject = f"商家对{against}提出申诉"
        description = f"商家认为平台的{against}依据不足，已提交聊天记录和发货凭证，请求重新审核。"
        fields = {"subject": against}
    else:
        department = rng.choice(("仓储", "财务", "技术", "运营"))
        subject = f"请{department}协助处理客户问题"
        description = f"内部协办：客户退款流程卡在{department}环节，请{department}同事跟进。"
        fields = {"department": department}
    assignee = None if rng.random() < 0.15 else rng.choice(people.agents)
    team = people.team_of.get(assignee) if assignee else rng.choice((None, *people.teams))
    tags = [tag for tag, share in TAGS if rng.random() < share]
    return TicketIn.model_validate(
        {
            "type_key": kind,
            "subject": subject,
            "description": description,
            "priority": _pick(rng, PRIORITIES),
            "assignee_id": assignee,
            "team_id": team,
            "contact_id": rng.choice(people.contacts) if rng.random() < 0.8 else None,
            "fields": fields,
            "tags": tags,
            "watcher_ids": [people.supervisor] if rng.random() < 0.05 else [],
        }
    )


@dataclass
class People:
    tenant_id: uuid.UUID
    slug: str
    agents: list[uuid.UUID] = field(default_factory=list)
    teams: list[uuid.UUID] = field(default_factory=list)
    team_of: dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)
    contacts: list[uuid.UUID] = field(default_factory=list)
    supervisor: uuid.UUID = NIL
    agent_login: str = ""
    type_ids: dict[str, uuid.UUID] = field(default_factory=dict)


async def people(services: Services, slug: str, agents: int, contacts: int) -> People:
    """A tenant with teams of agents, a supervisor, customers and an SLA policy."""
    async with services.db.transaction() as session:
        tenant = await create_tenant(session, slug=slug, name=f"工单压测 {slug}", kind="platform")
        ctx = system_context(tenant.id, tenant.kind, "bench")
        world = People(tenant.id, slug)
        for name in TEAMS:
            unit = await services.directory.create_unit(
                session, ctx, identity.OrgUnitCreate(name=name, kind="team")
            )
            world.teams.append(unit.id)
        for n in range(agents + 1):
            role, no = (Role.SUPERVISOR, "S0001") if n == agents else (Role.AGENT, f"A{n:04d}")
            team = world.teams[n % len(world.teams)]
            user = await services.directory.create_user(
                session,
                ctx,
                identity.UserCreate(
                    employee_no=no,
                    name=f"坐席{n:03d}",
                    email=f"{no.lower()}@{slug}.example.com",
                    roles=[role],
                    org_unit_ids=[team],
                    password=PASSWORD,
                ),
            )
            if role == Role.SUPERVISOR:
                world.supervisor = user.id
            else:
                world.agents.append(user.id)
                world.team_of[user.id] = team
        world.agent_login = f"a0000@{slug}.example.com"
        world.contacts = [uuid.uuid4() for _ in range(contacts)]
        await session.execute(
            insert(Contact),
            [
                {"id": c, "tenant_id": tenant.id, "name": f"客户{n:05d}", "phone": f"138{n:08d}"}
                for n, c in enumerate(world.contacts)
            ],
        )
        await services.sla_policies.create(
            session,
            ctx,
            SlaPolicyIn.model_validate(
                {
                    "name": "标准时效",
                    "rules": {
                        "type_keys": ["complaint", "report", "repair"],
                        "targets": {
                            "urgent": {"first_response": 30, "resolution": 240},
                            "high": {"first_response": 60, "resolution": 720},
                            "normal": {"first_response": 240, "resolution": 2880},
                            "low": {"resolution": 7200},
                        },
                    },
                }
            ),
        )
        for row in await services.tickets.types.all(session, tenant.id):
            world.type_ids[row.key] = row.id
    return world


async def create_tickets(
    services: Services, world: People, count: int, batch: int, seed: int
) -> dict[str, Any]:
    """``count`` tickets through ``Tickets.create``, ``batch`` per transaction, a share
    moved on; their creation times spread over the last 90 days."""
    rng = random.Random(seed)
    ctx = system_context(world.tenant_id, "platform", "bench-import")
    tickets = services.tickets
    clock.reset()
    clock.advance(-SPREAD)
    step = SPREAD / max(count, 1)
    spent = moved = 0.0
    moves = 0
    started = time.perf_counter()
    report_every = max(count // 10, batch)
    made = 0
    try:
        while made < count:
            size = min(batch, count - made)
            drafts = [draft(rng, made + i, world) for i in range(size)]
            t0 = time.perf_counter()
            async with services.db.transaction() as session:
                for one in drafts:
                    ticket = await tickets.create(session, ctx, one, source="api")
                    end = _pick(rng, ENDS)
                    path = PATHS["submitted" if ticket.status == "submitted" else "new"][end]
                    if path:
                        m0 = time.perf_counter()
                        for target in path:
                            await tickets.move(session, ctx, ticket, target)
                        await session.flush()
                        moved += time.perf_counter() - m0
                        moves += len(path)
                    clock.advance(step)
            spent += time.perf_counter() - t0
            made += size
            if made % report_every < size or made == count:
                print(
                    f"  {world.slug}: {made:,} tickets, {made / spent:,.0f}/s so far",
                    flush=True,
                )
    finally:
        clock.reset()
    return {
        "tickets": count,
        "seconds": round(time.perf_counter() - started, 1),
        "creates_per_s": round(count / (spent - moved), 1),
        "with_moves_per_s": round(count / spent, 1),
        "moves": moves,
    }


SHIFTED = ("created_at", "updated_at", "sla_due_at", "escalated_at", "first_responded_at")
SHIFTED += ("solved_at", "closed_at")


async def fill(services: Services, world: People, total: int, seed: int) -> dict[str, Any]:
    """Up to ``total`` tickets by copying the service-made ones with Core inserts: each copy
    is a made ticket's row (its state, SLA clocks and flags, fields, tags, words, history
    and watchers) with a new id and number, its own order or waybill number, times moved
    by up to half a day, and an assignee and customer drawn again. Copies have no timers."""
    rng = random.Random(seed)
    tid = world.tenant_id
    started = time.perf_counter()
    async with services.db.read() as session:
        rows = (
            await session.execute(
                select(Ticket.__table__).where(Ticket.tenant_id == tid).order_by(Ticket.number)
            )
        ).mappings()
        templates = [dict(row) for row in rows]
        words_of = select(TicketSearch.ticket_id, TicketSearch.body)
        found = await session.execute(words_of.where(TicketSearch.tenant_id == tid))
        bodies = dict(found.all())  # not dict(result): a Result has keys() of its own
        history: dict[uuid.UUID, list[dict[str, Any]]] = {}
        for event in (
            await session.execute(select(TicketEvent.__table__).where(TicketEvent.tenant_id == tid))
        ).mappings():
            history.setdefault(event["ticket_id"], []).append(dict(event))
        watched: dict[uuid.UUID, list[uuid.UUID]] = {}
        for ticket_id, user_id in await session.execute(
            select(TicketWatcher.ticket_id, TicketWatcher.user_id).where(
                TicketWatcher.tenant_id == tid
            )
        ):
            watched.setdefault(ticket_id, []).append(user_id)
    made = len(templates)
    number = max(t["number"] for t in templates)
    n = made
    while n < total:
        tickets, words, events, watchers = [], [], [], []
        for _ in range(min(2000, total - n)):
            template = templates[n % made]
            copy = dict(template)
            copy["id"], copy["number"] = new_id(), number + 1
            number += 1
            delta = timedelta(seconds=rng.uniform(-43_200, 43_200))
            for key in SHIFTED:
                if copy[key] is not None:
                    copy[key] += delta
            if copy["assignee_id"] is not None:
                copy["assignee_id"] = rng.choice(world.agents)
                copy["team_id"] = world.team_of[copy["assignee_id"]]
            if copy["contact_id"] is not None:
                copy["contact_id"] = rng.choice(world.contacts)
            body = bodies.get(template["id"], "")
            fields = dict(copy["fields"])
            for key, fresh in (("order_no", order_no(n)), ("waybill_no", waybill_no(n))):
                if key in fields:
                    old = fields[key]
                    fields[key] = fresh
                    copy["subject"] = copy["subject"].replace(old, fresh)
                    copy["description"] = copy["description"].replace(old, fresh)
                    body = body.replace(old.lower(), fresh.lower())
            copy["fields"] = fields
            tickets.append(copy)
            words.append({"tenant_id": tid, "ticket_id": copy["id"], "body": body})
            for event in history.get(template["id"], []):
                events.append(
                    {
                        **event,
                        "id": new_id(),
                        "ticket_id": copy["id"],
                        "created_at": event["created_at"] + delta,
                    }
                )
            for user_id in watched.get(template["id"], []):
                watchers.append({"tenant_id": tid, "ticket_id": copy["id"], "user_id": user_id})
            n += 1
        async with services.db.transaction() as session:
            await session.execute(insert(Ticket.__table__), tickets)
            await session.execute(insert(TicketSearch.__table__), words)
            if events:
                await session.execute(insert(TicketEvent.__table__), events)
            if watchers:
                await session.execute(insert(TicketWatcher.__table__), watchers)
            await session.execute(
                update(TicketCounter).where(TicketCounter.tenant_id == tid).values(last=number)
            )
        if n % 20_000 < 2000 or n == total:
            print(f"  {world.slug}: {n:,} tickets (copies)", flush=True)
    return {"copied": total - made, "copy_seconds": round(time.perf_counter() - started, 1)}


# --------------------------------------------------------------------------- measuring


@dataclass
class Query:
    name: str
    where: TicketFilter
    search: bool = False
    second_page: bool = False


def queries(world: People, number: int, order: str) -> list[Query]:
    """What agents and supervisors open all day, and what they type in the search box."""
    team = world.teams[0]
    f = TicketFilter.model_validate
    return [
        Query("default", f({})),
        Query("default_page2", f({}), second_page=True),
        Query("tab_todo", f({"category": ["new", "open"]})),
        Query("tab_pending", f({"category": ["pending"]})),
        Query("mine_open", f({"assignee": "me", "category": ["new", "open", "pending"]})),
        Query("mine_all", f({"assignee": "me"})),
        Query("unassigned", f({"assignee": "none", "category": ["new", "open"]})),
        Query("team", f({"team_id": team})),
        Query("team_todo", f({"team_id": team, "category": ["new", "open"]})),
        Query("urgent_high", f({"priority": ["urgent", "high"], "category": ["new", "open"]})),
        Query("sla_breached", f({"sla": "breached"})),
        Query("due_soonest", f({"sort": "due"})),
        Query("tag_vip", f({"tag": "VIP"})),
        Query("tag_rare", f({"tag": "媒体曝光"})),
        Query("type_complaint", f({"type_id": world.type_ids["complaint"]})),
        Query("customer", f({"contact_id": world.contacts[7]})),
        Query("watching", f({"watching": True})),
        Query("created_new", f({"sort": "created"})),
        Query("q_refund", f({"q": "退款"}), search=True),
        Query("q_two_words", f({"q": "空调 不制冷"}), search=True),
        Query("q_damage_todo", f({"q": "破损", "category": ["new", "open"]}), search=True),
        Query("q_order_no", f({"q": order}), search=True),
        Query("q_order_prefix", f({"q": order[:9]}), search=True),
        Query("q_ticket_no", f({"q": f"#{number}"}), search=True),
    ]


def _q(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def agent_context(world: People) -> Context:
    principal = Principal(
        tenant_id=world.tenant_id,
        tenant_kind="platform",
        actor_type="user",
        actor_id=world.agents[0],
        label=world.agent_login,
        roles=frozenset({Role.AGENT}),
        permissions=permissions_for({Role.AGENT}),
    )
    return Context(principal=principal)


class Target:
    """One tenant's query set, with what each query found."""

    def __init__(self, services: Services, world: People, number: int) -> None:
        self.services, self.world = services, world
        self.ctx = agent_context(world)
        self.number = number
        self.queries: list[Query] = []
        self.cursors: dict[str, Cursor | None] = {}
        self.times: dict[str, list[float]] = {}
        self.rows: dict[str, int] = {}
        self.pk: list[float] = []
        self.ids: list[uuid.UUID] = []

    async def prepare(self) -> None:
        async with self.services.db.read() as session:
            _, cursor = await self.services.tickets.search(
                session, self.ctx, TicketFilter(), limit=50, cursor=None
            )
            self.cursors["default_page2"] = cursor
            mine = Ticket.tenant_id == self.world.tenant_id
            self.ids = list(await session.scalars(select(Ticket.id).where(mine)))
            fields = await session.scalar(
                select(Ticket.fields)
                .where(mine, Ticket.type_id == self.world.type_ids["complaint"])
                .where(Ticket.number > len(self.ids) // 3)
                .order_by(Ticket.number)
                .limit(1)
            )
        self.queries = queries(self.world, self.number, (fields or {}).get("order_no", "0"))
        self.times = {q.name: [] for q in self.queries}
        self.order = (fields or {}).get("order_no", "0")

    async def one(self, query: Query) -> None:
        tickets = self.services.tickets
        t0 = time.perf_counter()
        async with self.services.db.read() as session:
            rows, _ = await tickets.search(
                session,
                self.ctx,
                query.where,
                limit=50,
                cursor=self.cursors.get(query.name) if query.second_page else None,
            )
        self.times[query.name].append(time.perf_counter() - t0)
        self.rows[query.name] = len(rows)

    async def lookup(self, rng: random.Random) -> None:
        ticket_id = rng.choice(self.ids)
        t0 = time.perf_counter()
        async with self.services.db.read() as session:
            await self.services.tickets.get(session, self.ctx, ticket_id)
        self.pk.append(time.perf_counter() - t0)

    def figures(self) -> dict[str, Any]:
        lists = [t for q in self.queries if not q.search for t in self.times[q.name]]
        found = [t for q in self.queries if q.search for t in self.times[q.name]]
        return {
            "list_p50_ms": round(_q(lists, 0.5), 2),
            "list_p95_ms": round(_q(lists, 0.95), 2),
            "search_p50_ms": round(_q(found, 0.5), 2),
            "search_p95_ms": round(_q(found, 0.95), 2),
            "pk_p50_ms": round(_q(self.pk, 0.5), 3),
            "pk_p95_ms": round(_q(self.pk, 0.95), 3),
            "queries": {
                q.name: {
                    "p50_ms": round(_q(self.times[q.name], 0.5), 2),
                    "p95_ms": round(_q(self.times[q.name], 0.95), 2),
                    "rows": self.rows.get(q.name, 0),
                }
                for q in self.queries
            },
        }


async def measure(large: Target, small: Target, rounds: int, seed: int) -> None:
    """Round after round, each tenant's queries in a shuffled order, the two tenants and
    the primary-key reads interleaved, so both see the same machine."""
    rng = random.Random(seed)
    for target in (large, small):  # warm caches and statements, uncounted
        for query in target.queries:
            await target.one(query)
            target.times[query.name].clear()
    for _ in range(rounds):
        order = list(range(len(large.queries)))
        rng.shuffle(order)
        for index in order:
            for target in (large, small) if rng.random() < 0.5 else (small, large):
                await target.one(target.queries[index])
                await target.lookup(rng)


HTTP_QUERIES = (
    ("default", {}),
    ("tab_todo", {"category": ["new", "open"]}),
    ("mine_open", {"assignee": "me", "category": ["new", "open", "pending"]}),
    ("q_refund", {"q": "退款"}),
)


async def measure_http(
    app: Any, worlds: tuple[People, People], rounds: int, seed: int
) -> dict[str, dict[str, float]]:
    """GET /api/v1/tickets as the console sends it, each tenant's agent signed in."""
    rng = random.Random(seed)
    transport = httpx.ASGITransport(app=app)
    times: dict[str, list[float]] = {w.slug: [] for w in worlds}
    async with httpx.AsyncClient(transport=transport, base_url="http://kefu.bench") as http:
        headers = {}
        for world in worlds:
            login = await http.post(
                "/api/v1/auth/login",
                json={"tenant": world.slug, "login": world.agent_login, "password": PASSWORD},
            )
            assert login.status_code == 200, login.text
            headers[world.slug] = {"Authorization": f"Bearer {login.json()['access_token']}"}

        async def get(world: People, params: dict[str, Any]) -> float:
            t0 = time.perf_counter()
            answer = await http.get("/api/v1/tickets", params=params, headers=headers[world.slug])
            spent = time.perf_counter() - t0
            assert answer.status_code == 200, answer.text
            return spent

        for world in worlds:
            for _, params in HTTP_QUERIES:
                await get(world, params)
        for _ in range(rounds):
            for _, params in rng.sample(HTTP_QUERIES, len(HTTP_QUERIES)):
                for world in worlds if rng.random() < 0.5 else worlds[::-1]:
                    times[world.slug].append(await get(world, params))
    return {
        slug: {"p50_ms": round(_q(t, 0.5), 2), "p95_ms": round(_q(t, 0.95), 2)}
        for slug, t in times.items()
    }


async def run_due_jobs(services: Services, limit: int) -> int:
    """Run due SLA warnings, breaches and follow-ups as the job loop would (up to ``limit``)."""
    ran = 0
    while ran < limit:
        done = await services.scheduler.run_due(min(200, limit - ran))
        if not done:
            break
        ran += done
    return ran


# --------------------------------------------------------------------------- databases


def bench_database(url: str) -> tuple[str, str]:
    parsed = make_url(url)
    name = parsed.database or ""
    if parsed.get_backend_name() != "postgresql":
        raise SystemExit("--database-url: a postgresql+asyncpg:// URL")
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
    engine = create_async_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            name = make_url(target).database
            await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            if create:
                await connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        await engine.dispose()


async def explain(services: Services, target: Target, names: list[str]) -> dict[str, str]:
    """The plan of each named query, for the report (``--explain``)."""
    plans: dict[str, str] = {}
    dialect = services.db.engine.dialect.name
    prefix = "EXPLAIN QUERY PLAN " if dialect == "sqlite" else "EXPLAIN "
    captured: list[tuple[str, Any]] = []

    def catch(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "FROM tickets" in statement:
            captured.append((statement, params))

    from sqlalchemy import event

    sync_engine = services.db.reader.sync_engine
    event.listen(sync_engine, "before_cursor_execute", catch)
    try:
        for query in target.queries:
            if query.name not in names:
                continue
            captured.clear()
            await target.one(query)
            if not captured:
                continue
            statement, params = captured[-1]
            raw = await services.db.reader.raw_connection()
            try:
                driver = raw.driver_connection
                if dialect == "sqlite":
                    cursor = await driver.execute(prefix + statement, params)
                    plans[query.name] = "\n".join(str(r[-1]) for r in await cursor.fetchall())
                else:
                    rows = await driver.fetch(prefix + statement, *params)
                    plans[query.name] = "\n".join(r[0] for r in rows)
            finally:
                raw.close()
    finally:
        event.remove(sync_engine, "before_cursor_execute", catch)
    return plans


# --------------------------------------------------------------------------- the run


def source() -> dict[str, Any]:
    root = Path(kefu.__file__).resolve().parent.parent
    out: dict[str, Any] = {}
    with suppress(OSError, subprocess.CalledProcessError):
        git = ["git", "-C", str(root)]
        out["commit"] = subprocess.check_output([*git, "rev-parse", "--short", "HEAD"]).decode()
        out["commit"] = out["commit"].strip()
        dirty = subprocess.check_output([*git, "status", "--porcelain", "--", "kefu"]).decode()
        out["kefu_tree_modified"] = bool(dirty.strip())
    return out


async def run(args: argparse.Namespace) -> dict[str, Any]:
    data_dir = Path(tempfile.mkdtemp(prefix="kefu-bench-tickets-"))
    if args.db == "postgresql":
        url = args.database_url or os.environ.get("KEFU_BENCH_DATABASE_URL", "")
        if not url:
            raise SystemExit("--db postgresql: --database-url or KEFU_BENCH_DATABASE_URL")
        await recreate(url)
    else:
        url = f"sqlite+aiosqlite:///{data_dir / 'kefu.db'}"
    settings = Settings(database_url=url, data_dir=data_dir, access_log=False, secret_key="b" * 48)  # type: ignore[call-arg]
    app = create_app(settings)
    services: Services = app.state.services
    # Accounts are signed in twice; Argon2 at full cost adds nothing to what is measured.
    passwords._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    result: dict[str, Any] = {}
    try:
        async with app.router.lifespan_context(app):
            services.job_loop.use(None)  # due jobs run when the bench says, not meanwhile
            small = await people(services, "baseline", 8, 200)
            large = await people(services, "large", 40, max(200, args.tickets // 20))
            print(f"== creating tickets ({args.batch} per transaction) ==", flush=True)
            through = min(args.tickets, args.service_tickets)
            created_small = await create_tickets(
                services, small, min(args.baseline_tickets, through), args.batch, 1
            )
            created = await create_tickets(services, large, through, args.batch, 2)
            ran = await run_due_jobs(services, args.jobs)
            print(f"  ran {ran:,} due SLA and follow-up jobs", flush=True)
            copied = await fill(services, large, args.tickets, 5)
            copied_small = await fill(services, small, args.baseline_tickets, 6)
            if args.db == "postgresql":
                async with services.db.transaction() as session:
                    await session.execute(text("ANALYZE"))
            big, base = (
                Target(services, large, args.tickets // 2),
                Target(services, small, args.baseline_tickets // 2),
            )
            await big.prepare()
            await base.prepare()
            print(f"== {args.rounds} rounds of {len(big.queries)} queries per tenant ==")
            await measure(big, base, args.rounds, 3)
            http = await measure_http(app, (large, small), args.http_rounds, 4)
            plans = await explain(services, big, args.explain) if args.explain else {}
            async with services.db.read() as session:
                counts = {
                    row[0]: row[1]
                    for row in await session.execute(
                        text(
                            "SELECT category, count(*) FROM tickets WHERE tenant_id = :t "
                            "GROUP BY category"
                        ).bindparams(t=large.tenant_id)
                    )
                }
                breached = await session.scalar(
                    text(
                        "SELECT count(*) FROM tickets WHERE tenant_id = :t AND sla_breached"
                    ).bindparams(t=large.tenant_id)
                )
            result = {
                "created": created,
                "copied": copied["copied"] + copied_small["copied"],
                "copy_seconds": copied["copy_seconds"],
                "created_baseline": created_small,
                "jobs_run": ran,
                "large": big.figures(),
                "baseline": base.figures(),
                "http": http,
                "plans": plans,
                "order_no": big.order,
                "categories": counts,
                "breached": breached,
            }
    finally:
        await services.close()
        if args.keep:
            print(f"kept: {url}", flush=True)
        else:
            if args.db == "postgresql":
                await recreate(url, create=False)
            shutil.rmtree(data_dir, ignore_errors=True)
    return result


def report(args: argparse.Namespace, found: dict[str, Any], wall: float) -> dict[str, Any]:
    big, base = found["large"], found["baseline"]
    print(
        f"\n== {args.db}: {args.tickets:,} tickets (baseline tenant {args.baseline_tickets:,}) =="
    )
    made = found["created"]
    print(
        f"creations: {made['creates_per_s']:,.0f}/s through Tickets.create, {args.batch} per"
        f" transaction ({made['with_moves_per_s']:,.0f}/s with {made['moves']:,} workflow"
        f" moves); baseline tenant {found['created_baseline']['creates_per_s']:,.0f}/s"
    )
    if found["copied"]:
        print(
            f"made {made['tickets']:,} through the service, then {found['copied']:,} copies of"
            f" them by Core inserts ({found['copy_seconds']:.0f} s)"
        )
    print(
        f"categories: {found['categories']}; SLA breached: {found['breached']:,}"
        f" ({found['jobs_run']:,} due jobs run)"
    )
    print(f"\n{'query':<16} {'rows':>4} {'p50 ms':>8} {'p95 ms':>8} {'base p95':>9} {'ratio':>6}")
    for name, q in big["queries"].items():
        b = base["queries"][name]
        ratio = q["p95_ms"] / max(b["p95_ms"], 0.001)
        print(
            f"{name:<16} {q['rows']:>4} {q['p50_ms']:>8.2f} {q['p95_ms']:>8.2f}"
            f" {b['p95_ms']:>9.2f} {ratio:>6.2f}"
        )
    print(
        f"\nlists:  p50 {big['list_p50_ms']:.2f} ms, p95 {big['list_p95_ms']:.2f} ms"
        f" (baseline p95 {base['list_p95_ms']:.2f} ms)"
    )
    print(
        f"search: p50 {big['search_p50_ms']:.2f} ms, p95 {big['search_p95_ms']:.2f} ms"
        f" (baseline p95 {base['search_p95_ms']:.2f} ms)"
    )
    print(f"primary-key read: p50 {big['pk_p50_ms']:.3f} ms, p95 {big['pk_p95_ms']:.3f} ms")
    http = found["http"]
    print(
        f"HTTP GET /tickets (4 queries): p50 {http['large']['p50_ms']:.2f} ms, p95"
        f" {http['large']['p95_ms']:.2f} ms (baseline p95 {http['baseline']['p95_ms']:.2f} ms)"
    )
    for name, plan in found["plans"].items():
        print(f"\n-- plan of {name}:\n{plan}")
    met = big["list_p95_ms"] < GOAL_LIST_P95_MS
    print(f"\ngoal list p95 < {GOAL_LIST_P95_MS:g} ms: {'met' if met else 'MISSED'}")
    slowest = max(big["queries"].items(), key=lambda kv: kv[1]["p95_ms"])
    return {
        "benchmark": "tickets",
        "db": args.db,
        "tickets": args.tickets,
        "baseline_tickets": args.baseline_tickets,
        "batch": args.batch,
        "creates_per_s": made["creates_per_s"],
        "creates_with_moves_per_s": made["with_moves_per_s"],
        "baseline_creates_per_s": found["created_baseline"]["creates_per_s"],
        "moves": made["moves"],
        "through_service": made["tickets"],
        "copied": found["copied"],
        "list_p50_ms": big["list_p50_ms"],
        "list_p95_ms": big["list_p95_ms"],
        "search_p50_ms": big["search_p50_ms"],
        "search_p95_ms": big["search_p95_ms"],
        "pk_p50_ms": big["pk_p50_ms"],
        "baseline_list_p95_ms": base["list_p95_ms"],
        "baseline_search_p95_ms": base["search_p95_ms"],
        "list_p95_ratio_to_baseline": round(big["list_p95_ms"] / max(base["list_p95_ms"], 1e-3), 2),
        "search_p95_ratio_to_baseline": round(
            big["search_p95_ms"] / max(base["search_p95_ms"], 1e-3), 2
        ),
        "list_p95_ratio_to_pk": round(big["list_p95_ms"] / max(big["pk_p50_ms"], 1e-3), 1),
        "http_list_p50_ms": http["large"]["p50_ms"],
        "http_list_p95_ms": http["large"]["p95_ms"],
        "http_baseline_p95_ms": http["baseline"]["p95_ms"],
        "slowest_query": slowest[0],
        "goal_list_p95_ms": GOAL_LIST_P95_MS,
        "meets_goal": met,
        "queries": {
            name: {**q, "baseline_p95_ms": base["queries"][name]["p95_ms"]}
            for name, q in big["queries"].items()
        },
        "order_no_searched": found["order_no"],
        "categories": found["categories"],
        "sla_breached": found["breached"],
        "jobs_run": found["jobs_run"],
        "rounds": args.rounds,
        "wall_seconds": round(wall, 1),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        **source(),
    }


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--tickets", type=int, default=100_000, help="in the large tenant")
    parser.add_argument("--baseline-tickets", type=int, default=1_000, help="baseline tenant")
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--database-url", default="", help="PostgreSQL, a *bench* database")
    parser.add_argument(
        "--service-tickets",
        type=int,
        default=10_000,
        help="made through Tickets.create; the rest up to --tickets are copies of them",
    )
    parser.add_argument("--batch", type=int, default=50, help="tickets per transaction")
    parser.add_argument("--rounds", type=int, default=20, help="rounds of every query")
    parser.add_argument("--http-rounds", type=int, default=25, help="rounds over HTTP")
    parser.add_argument("--jobs", type=int, default=3000, help="due jobs to run at most")
    parser.add_argument(
        "--explain",
        type=lambda s: [x for x in s.split(",") if x],
        default=[],
        help="comma-separated query names whose plans to print",
    )
    parser.add_argument("--keep", action="store_true", help="keep the database, to look into")
    args = parser.parse_args(argv)
    if (
        min(
            args.tickets,
            args.baseline_tickets,
            args.service_tickets,
            args.batch,
            args.rounds,
            args.http_rounds,
        )
        < 1
    ):
        parser.error("--tickets, --baseline-tickets, --batch, --rounds, --http-rounds: >= 1")
    if args.jobs < 0:
        parser.error("--jobs: at least 0")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.monotonic()
    found = asyncio.run(run(args))
    result = report(args, found, time.monotonic() - started)
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

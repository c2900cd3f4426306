"""Unanswered-question mining, on SQLite and PostgreSQL: which turns count, paraphrases in
one cluster and other questions in others, the proposal of a similar question for a near
entry, reviews, and adding a similar question through the knowledge base."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.bot.mining import CLUSTER_SIMILARITY, Mining, leader_clusters, mined_text
from kefu.bot.models import BotTurn, FaqEntry, KnowledgeVersion
from kefu.bot.settings import BotSettings
from kefu.bot.text import normalize
from kefu.core.clock import utcnow
from kefu.core.errors import Invalid
from kefu.identity.context import system_context
from kefu.identity.models import AuditEntry
from kefu.services import Services
from tests.bot.conftest import MemoEmbedder
from tests.bot.turns import add_conversation, add_turn, memo_mining
from tests.world import World

REFUND = ["退款多久能到账", "退款什么时候到账啊", "申请退款后几天能收到钱", "我的退款还没到账"]
OPEN_ACCOUNT = ["怎样开户", "开户要怎么办理"]  # near the world's entry 如何开户
ADDRESS = ["你们公司地址在哪里", "公司在哪"]


def test_paraphrases_share_a_cluster_and_other_questions_do_not(embedder: MemoEmbedder) -> None:
    texts = [*REFUND, *ADDRESS, "今天天气怎么样", "how long does a refund take"]
    vectors = embedder.embed([normalize(t) for t in texts])
    clusters = leader_clusters(vectors, CLUSTER_SIMILARITY)
    assert clusters == [[0, 1, 2, 3], [4, 5], [6], [7]]
    # Every member is within the threshold of its leader.
    for members in clusters:
        assert all(vectors[members[0]] @ vectors[m] >= CLUSTER_SIMILARITY for m in members)


def test_a_request_for_a_person_counts_only_for_what_else_it_says() -> None:
    settings = BotSettings()
    assert mined_text("转人工", "request", settings) is None
    assert mined_text("人工客服！！", "request", settings) is None
    assert mined_text("转人工，我的退款还没到账", "request", settings) == "我的退款还没到账"
    assert mined_text("I want to talk to a human about my refund", "request", settings) == (
        "i want to about my refund"
    )
    assert mined_text("ＡＰＰ怎麼下載", "unanswered", settings) == "app怎么下载"
    assert mined_text(" ？？ ", None, settings) is None


@pytest.fixture
def mining(services: Services, embedder: MemoEmbedder) -> Mining:
    return memo_mining(services, embedder)


async def _history(services: Services, world: World) -> dict[str, list[uuid.UUID]]:
    """Unanswered turns of three questions, and turns that must not count."""
    now = utcnow()
    ids: dict[str, list[uuid.UUID]] = {"refund": [], "open": [], "address": [], "other": []}
    async with services.db.transaction() as session:
        tenant = world.tenant_id
        c = await add_conversation(session, tenant, "queued")

        async def turn(key: str, question: str, outcome: str = "fallback", **kw: Any) -> None:
            ids[key].append(await add_turn(session, tenant, c, question, outcome, **kw))

        await turn("refund", REFUND[0], at=now - timedelta(hours=5))
        await turn("refund", REFUND[1], "suggest", at=now - timedelta(hours=4))
        await turn("refund", REFUND[2], "handover", reason="unanswered")
        await turn("refund", f"转人工，{REFUND[3]}", "handover", reason="request")
        await turn("open", OPEN_ACCOUNT[0], at=now - timedelta(hours=3))
        await turn("open", OPEN_ACCOUNT[0], "suggest", at=now - timedelta(hours=2))
        await turn("open", OPEN_ACCOUNT[1], "handover", reason="anger")
        await turn("address", ADDRESS[0])
        await turn("address", ADDRESS[1])
        # None of these count: answered, a VIP, a bare request, reviewed, too old.
        await turn("other", "怎么开户", "direct", entry_id=world.entry_id, score=0.93)
        await turn("other", "退款多久能到账", "handover", reason="vip")
        await turn("other", "转人工", "handover", reason="request")
        await turn("other", "退款多久能到账", review="dismissed")
        await turn("other", "退款多久能到账", at=now - timedelta(days=40))
        # Another tenant's customers ask the same.
        foreign = await add_conversation(session, world.other_tenant_id)
        for question in REFUND:
            await add_turn(session, world.other_tenant_id, foreign, question)
    return ids


async def test_unanswered_questions_are_clustered_with_a_proposal_each(
    services: Services, world: World, mining: Mining
) -> None:
    ids = await _history(services, world)
    now = utcnow()
    async with services.db.read() as session:
        found = await mining.candidates(
            session, world.tenant_id, now - timedelta(days=7), now + timedelta(seconds=1)
        )
    assert (found.turns, found.truncated) == (9, False)
    assert [(c.count, set(c.turn_ids)) for c in found.clusters] == [
        (4, set(ids["refund"])),
        (3, set(ids["open"])),
        (2, set(ids["address"])),
    ]
    refund, open_account, address = found.clusters
    # The most frequent wording leads; samples are the distinct wordings, as asked.
    assert open_account.question == "怎样开户"
    assert open_account.samples == ["怎样开户", "开户要怎么办理"]
    assert set(refund.samples) == {*REFUND[:3], f"转人工，{REFUND[3]}"}
    assert refund.turn_ids[0] == ids["refund"][3]  # newest first
    assert refund.first_seen < refund.last_seen
    # Near the world's entry 如何开户: a similar question of it; the rest are new entries.
    assert open_account.proposal.kind == "similar"
    assert open_account.proposal.entry_id == world.entry_id
    assert open_account.proposal.question == "如何开户"
    assert (open_account.proposal.score or 0) >= 0.88
    assert refund.proposal.kind == address.proposal.kind == "new"
    assert refund.proposal.entry_id == world.entry_id  # the nearest, for comparison

    async with services.db.read() as session:
        top = await mining.candidates(session, world.tenant_id, now - timedelta(days=7), now, 1)
        other = await mining.candidates(
            session, world.other_tenant_id, now - timedelta(days=7), now
        )
    assert [c.count for c in top.clusters] == [4]
    assert [c.count for c in other.clusters] == [4]
    assert not set(other.clusters[0].turn_ids) & {i for v in ids.values() for i in v}


async def test_reviewed_turns_leave_the_candidates(
    services: Services, world: World, mining: Mining
) -> None:
    ids = await _history(services, world)
    ctx = system_context(world.tenant_id, "platform", label="editor")
    async with services.db.transaction() as session:
        assert await mining.review(session, ctx, ids["refund"] + ids["refund"], "dismissed") == 4
    now = utcnow()
    async with services.db.read() as session:
        found = await mining.candidates(session, world.tenant_id, now - timedelta(days=7), now)
        reviews = set(
            await session.scalars(select(BotTurn.review).where(BotTurn.id.in_(ids["refund"])))
        )
        audit = await session.scalar(
            select(AuditEntry).where(
                AuditEntry.tenant_id == world.tenant_id,
                AuditEntry.action == "knowledge.unanswered.review",
            )
        )
    assert [c.count for c in found.clusters] == [3, 2]
    assert reviews == {"dismissed"}
    assert audit is not None
    assert audit.after == {"action": "dismissed", "turn_ids": [str(i) for i in ids["refund"]]}


async def test_a_similar_question_is_added_to_the_entry_and_its_turns_marked(
    services: Services, world: World, mining: Mining
) -> None:
    ids = await _history(services, world)
    ctx = system_context(world.tenant_id, "platform", label="editor")
    async with services.db.transaction() as session:
        entry, reviewed = await mining.add_similar(
            session, ctx, world.entry_id, "怎样开户", ids["open"]
        )
    assert reviewed == 3
    assert entry.version == 2
    async with services.db.read() as session:
        stored = await session.get(FaqEntry, world.entry_id)
        versions = list(
            await session.scalars(
                select(KnowledgeVersion.version).where(KnowledgeVersion.target_id == world.entry_id)
            )
        )
        actions = list(
            await session.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.tenant_id == world.tenant_id)
                .order_by(AuditEntry.seq.desc())
                .limit(2)
            )
        )
        reviews = set(
            await session.scalars(select(BotTurn.review).where(BotTurn.id.in_(ids["open"])))
        )
    assert stored is not None
    assert stored.similar == ["怎么开户", "开户流程", "怎样开户"]
    assert (stored.version, sorted(versions)) == (2, [1, 2])
    assert actions == ["knowledge.unanswered.review", "knowledge.entry.update"]
    assert reviews == {"added"}
    # The bot's index follows the change (knowledge.changed after the commit).
    hits = await services.bot.search(world.tenant_id, "怎样开户")
    assert (hits[0].entry.id, hits[0].question) == (str(world.entry_id), "怎样开户")


async def test_bad_reviews_change_nothing(services: Services, world: World, mining: Mining) -> None:
    ids = await _history(services, world)
    ctx = system_context(world.tenant_id, "platform", label="editor")
    async with services.db.read() as session:
        foreign = list(
            await session.scalars(
                select(BotTurn.id).where(BotTurn.tenant_id == world.other_tenant_id)
            )
        )
    entry_id, question, unknown = world.entry_id, "怎样开户", uuid.uuid4()
    cases: list[tuple[Callable[[AsyncSession], Awaitable[object]], str]] = [
        (lambda s: mining.review(s, ctx, [*ids["refund"], foreign[0]], "added"), "unknown_turns"),
        (lambda s: mining.review(s, ctx, [], "added"), "no_turns"),
        (lambda s: mining.add_similar(s, ctx, unknown, question, ids["open"]), "unknown_entry"),
        (lambda s: mining.add_similar(s, ctx, entry_id, question, foreign), "unknown_turns"),
    ]  # fmt: skip
    for call, code in cases:
        with pytest.raises(Invalid) as raised:
            async with services.db.transaction() as session:
                await call(session)
        assert raised.value.code == code
    async with services.db.read() as session:
        reviews = set(await session.scalars(select(BotTurn.review)))
        entry = await session.get(FaqEntry, world.entry_id)
    assert reviews == {None, "dismissed"}  # only the turn reviewed from the start
    assert entry is not None
    assert entry.version == 1

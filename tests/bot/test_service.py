"""The bot service on the knowledge base: built from the database on first use, following
edits and deletions through knowledge.changed without a restart, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid

from kefu.bot import schemas
from kefu.bot.answer import Outcome
from kefu.bot.service import Bot
from kefu.identity.context import system_context
from kefu.services import Services
from tests.bot.conftest import MemoEmbedder
from tests.world import World


async def _add(services: Services, world: World, question: str, similar: list[str]) -> uuid.UUID:
    ctx = system_context(world.tenant_id, "company", label="test")
    draft = schemas.FaqIn(question=question, similar=similar, answer=f"答：{question}")
    async with services.db.transaction() as session:
        entry = await services.knowledge.create_entry(session, ctx, draft)
    return entry.id


async def test_the_bot_answers_from_the_knowledge_base_and_follows_its_edits(
    services: Services, world: World
) -> None:
    refund = await _add(services, world, "怎么申请退款", ["退款流程是什么", "我要退钱"])
    await _add(services, world, "发票怎么开", ["如何开具发票", "开发票"])
    first = await services.bot.search(world.tenant_id, "我想申请退款")
    assert first[0].entry.id == str(refund)

    ctx = system_context(world.tenant_id, "company", label="test")
    async with services.db.transaction() as session:  # staged knowledge.changed
        patch = schemas.FaqPatch(question="快递多久能到", similar=["几天到货"])
        await services.knowledge.update_entry(session, ctx, refund, patch)
    moved = await services.bot.search(world.tenant_id, "快递几天能到")
    assert moved[0].entry.id == str(refund)
    assert moved[0].entry.question == "快递多久能到"

    async with services.db.transaction() as session:
        await services.knowledge.delete_entry(session, ctx, refund)
    after = await services.bot.search(world.tenant_id, "快递多久能到")
    assert str(refund) not in {hit.entry.id for hit in after}
    unrelated = await services.bot.ask(world.tenant_id, "今天天气怎么样，适合去爬山吗")
    assert unrelated.outcome is not Outcome.DIRECT


async def test_a_tenant_without_a_knowledge_base_never_loads_the_model(
    services: Services, world: World, embedder: MemoEmbedder
) -> None:
    loads: list[int] = []

    def load() -> MemoEmbedder:
        loads.append(1)
        return embedder

    bot = Bot(services.db, services.knowledge, services.bus, embedder=load)
    assert await bot.search(world.other_tenant_id, "怎么开户") == []
    assert await bot.search(world.other_tenant_id, "怎么开户") == []
    assert loads == []
    # Its first entry is found at once.
    ctx = system_context(world.other_tenant_id, "platform", label="test")
    async with services.db.transaction() as session:
        draft = schemas.FaqIn(question="怎么开户", similar=[], answer="在 App 开户。")
        entry = await services.knowledge.create_entry(session, ctx, draft)
    [hit, *_] = await bot.search(world.other_tenant_id, "怎么开户")
    assert hit.entry.id == str(entry.id)
    assert loads == [1]

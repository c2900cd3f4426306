"""Stored question vectors on SQLite and PostgreSQL: an index built after a restart runs
the model on nothing it embedded before, an edit embeds only its new question, and a
rebuild drops the vectors of questions no longer asked."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select

from kefu.bot import schemas
from kefu.bot.embedding import Vectors
from kefu.bot.models import BotVector
from kefu.bot.service import Bot
from kefu.identity.context import system_context
from kefu.services import Services
from tests.bot.conftest import MemoEmbedder
from tests.world import World


class Counting:
    """The test session's embedder, counting the texts it is asked to embed."""

    name = "test-model"

    def __init__(self, model: MemoEmbedder) -> None:
        self._model = model
        self.texts: list[str] = []

    @property
    def dim(self) -> int:
        return self._model.dim

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.texts += texts
        return self._model.embed(texts)


async def _stored(services: Services, world: World) -> int:
    async with services.db.read() as session:
        count = await session.scalar(
            select(func.count()).where(
                BotVector.tenant_id == world.tenant_id, BotVector.model == "test-model"
            )
        )
    return count or 0


async def test_a_restarted_bot_reads_its_vectors_instead_of_embedding(
    services: Services, world: World, embedder: MemoEmbedder
) -> None:
    ctx = system_context(world.tenant_id, "company", label="test")
    async with services.db.transaction() as session:
        draft = schemas.FaqIn(
            question="怎么申请退款", similar=["我要退钱"], answer="在订单页申请。"
        )
        refund = await services.knowledge.create_entry(session, ctx, draft)
    first = Counting(embedder)
    bot = Bot(services.db, services.knowledge, services.bus, embedder=lambda: first)
    answer = await bot.search(world.tenant_id, "我想申请退款")
    # The world's entry (three questions) and this one (two), and the query itself.
    assert len(first.texts) == 5 + 1
    assert await _stored(services, world) == 5

    again = Counting(embedder)
    restarted = Bot(services.db, services.knowledge, services.bus, embedder=lambda: again)
    same = await restarted.search(world.tenant_id, "我想申请退款")
    assert again.texts == ["我想申请退款"]  # the query only
    assert [h.entry.id for h in same] == [h.entry.id for h in answer]
    assert abs(same[0].score - answer[0].score) < 0.002  # stored in half precision

    # One new question, one embedding: whichever of the running bots follows the edit
    # first embeds and stores it, the others read it.
    seen = len(first.texts), len(again.texts)
    async with services.db.transaction() as session:
        patch = schemas.FaqPatch(similar=["我要退钱", "退款流程"])
        await services.knowledge.update_entry(session, ctx, refund.id, patch)
    assert first.texts[seen[0] :] + again.texts[seen[1] :] == ["退款流程"]
    assert await _stored(services, world) == 6

    async with services.db.transaction() as session:
        await services.knowledge.delete_entry(session, ctx, refund.id)
    rebuilt = Counting(embedder)
    fresh = Bot(services.db, services.knowledge, services.bus, embedder=lambda: rebuilt)
    await fresh.index(world.tenant_id)
    assert rebuilt.texts == []
    assert await _stored(services, world) == 3  # the deleted entry's vectors are gone

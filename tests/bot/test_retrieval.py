from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import numpy as np
import pytest

from kefu.bot.embedding import E5Embedder, Vectors
from kefu.bot.retrieval import FaqEntry, FaqIndex
from kefu.bot.text import Analyzer
from tests.bot.conftest import MemoEmbedder

ENTRIES = [
    FaqEntry("open", "怎么开通创业板", ("创业板开通需要什么条件", "如何申请创业板权限")),
    FaqEntry("fund-safe", "在这里买基金安全吗", ("我的基金账户是否安全",)),
    FaqEntry("withdraw", "钱包转出多久到账", ("提现什么时候到银行卡",)),
    FaqEntry("pin", "How do I reset my card PIN?", ("I forgot my PIN",)),
    FaqEntry("refund", "Refund not showing up", ("I can't see my refund on my statement",)),
]


@pytest.fixture
def index(embedder: MemoEmbedder) -> FaqIndex:
    index = FaqIndex(Analyzer(), embedder)
    for entry in ENTRIES:
        index.upsert(entry)
    return index


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("創業板怎麼開通？", "open"),
        ("基金买了安全不", "fund-safe"),
        ("转出的钱什么时候到账", "withdraw"),
        ("i can't remember my pin number", "pin"),
        ("where is my refund", "refund"),
    ],
)
def test_an_obvious_match_ranks_first(index: FaqIndex, query: str, expected: str) -> None:
    hits = index.search(query)
    assert hits[0].entry.id == expected
    assert len({h.entry.id for h in hits}) == len(hits) <= 3
    assert hits[0].score >= hits[-1].score


def test_a_hit_names_the_question_that_matched_best(index: FaqIndex) -> None:
    hit = index.search("I forgot my PIN")[0]
    assert hit.question == "I forgot my PIN"
    assert hit.semantic == pytest.approx(1.0, abs=1e-3)  # the best question itself
    assert hit.lexical == pytest.approx(1.0, abs=1e-3)


def test_an_edited_question_is_found_by_its_new_wording_and_not_the_old(
    index: FaqIndex,
) -> None:
    old = "钱包转出多久到账"
    assert index.search(old)[0].question == old
    index.upsert(FaqEntry("withdraw", "信用卡还款日是哪天", ("怎么查信用卡账单日",)))
    assert len(index) == len(ENTRIES)
    assert index.search("信用卡哪天还款")[0].entry.id == "withdraw"
    assert all(h.question != old for h in index.search(old))


def test_a_removed_entry_is_never_found_and_its_room_is_reused(index: FaqIndex) -> None:
    index.remove("pin")
    assert "pin" not in index
    assert all(h.entry.id != "pin" for h in index.search("reset my PIN", k=10))
    index.upsert(FaqEntry("card-lost", "I lost my card", ("my card was stolen",)))
    assert index.search("someone stole my card")[0].entry.id == "card-lost"
    index.remove("no-such-entry")
    assert len(index) == len(ENTRIES)


def test_stored_vectors_skip_embedding(index: FaqIndex, embedder: MemoEmbedder) -> None:
    entry = FaqEntry("hours", "客服工作时间", ("人工客服几点上班",))
    vectors = index.embed_questions(entry)
    fresh = FaqIndex(Analyzer(), embedder)
    fresh.upsert(entry, vectors)
    assert fresh.search("客服几点上班")[0].entry.id == "hours"
    with pytest.raises(ValueError, match="one vector per question"):
        fresh.upsert(entry, np.zeros((1, embedder.dim), dtype=np.float32))


def test_search_skips_entries_not_available_on_the_channel_or_date(
    embedder: MemoEmbedder,
) -> None:
    index = FaqIndex(Analyzer(), embedder)
    index.upsert(FaqEntry("web", "怎么开发票", channels=frozenset({"web"})))
    index.upsert(FaqEntry("off", "开发票要多久", enabled=False))
    index.upsert(FaqEntry("old", "发票怎么开", valid_until=datetime(2020, 1, 1, tzinfo=UTC)))
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert [h.entry.id for h in index.search("开发票", channel="web", at=now)] == ["web"]
    assert index.search("开发票", channel="wechat", at=now) == []


def test_synonyms_of_the_tenant_bring_a_lexical_match(embedder: MemoEmbedder) -> None:
    plain = FaqIndex(Analyzer(), embedder)
    tenant = FaqIndex(Analyzer(synonyms=[["同花顺", "ths"]]), embedder)
    for index in (plain, tenant):
        index.upsert(FaqEntry("app", "同花顺登录不上"))
    assert plain.search("ths登录不上")[0].lexical < tenant.search("ths登录不上")[0].lexical
    assert tenant.search("ths登录不上")[0].lexical == pytest.approx(1.0, abs=1e-3)


def test_an_empty_index_finds_nothing(embedder: MemoEmbedder) -> None:
    assert FaqIndex(Analyzer(), embedder).search("anything") == []


def test_an_edit_embeds_only_the_questions_that_changed(embedder: MemoEmbedder) -> None:
    class Counting:
        dim = embedder.dim

        def __init__(self) -> None:
            self.texts: list[str] = []

        def embed(self, texts: Sequence[str]) -> Vectors:
            self.texts.extend(texts)
            return embedder.embed(texts)

    counting = Counting()
    index = FaqIndex(Analyzer(), counting)
    index.upsert(FaqEntry("fee", "手续费怎么算", ("佣金多少",)))
    index.upsert(FaqEntry("fee", "手续费怎么算", ("佣金多少", "交易费用是多少")))
    assert counting.texts == ["手续费怎么算", "佣金多少", "交易费用是多少"]
    assert index.search("交易费用")[0].question == "交易费用是多少"


def test_the_embedder_remembers_recent_texts_within_its_bound() -> None:
    embedder = E5Embedder(remember=2)
    first = embedder.embed(["退款多久到账", "how do I top up"])
    again = embedder.embed(["how do I top up", "退款多久到账"])
    assert np.array_equal(first[::-1], again)
    embedder.embed(["third text"])
    assert len(embedder._recent) == 2
    assert np.linalg.norm(embedder.embed(["退款多久到账"])[0]) == pytest.approx(1.0, abs=1e-4)

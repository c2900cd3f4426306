"""The bot's statistics, on SQLite and PostgreSQL: every figure against a hand-counted
history, days in the tenant's time zone (summer time included), another tenant's turns
never counted, and the window's rules."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update

from kefu.bot.insights_schemas import DayOut, TopicOut
from kefu.bot.period import MAX_DAYS, Piece, period
from kefu.bot.stats import BotStats
from kefu.core.errors import Invalid
from kefu.identity.models import Tenant
from kefu.services import Services
from tests.bot.conftest import MemoEmbedder
from tests.bot.turns import add_conversation, add_turn, memo_mining
from tests.world import World

SHANGHAI = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def test_a_window_is_whole_days_where_the_tenant_is() -> None:
    window = period(SHANGHAI, date(2026, 11, 19), date(2026, 11, 20))
    assert (window.start, window.end) == (utc(2026, 11, 18, 16), utc(2026, 11, 20, 16))
    assert window.days == [date(2026, 11, 19), date(2026, 11, 20)]
    assert window.pieces() == [Piece(window.start, window.end, 8 * 3600)]
    default = period(SHANGHAI, None, None, today=date(2026, 11, 20))
    assert (default.since, default.until) == (date(2026, 11, 14), date(2026, 11, 20))
    assert period(SHANGHAI, None, date(2026, 1, 7)).since == date(2026, 1, 1)


def test_a_window_is_cut_where_summer_time_changes_the_offset() -> None:
    year = period(BERLIN, date(2026, 1, 1), date(2026, 12, 31)).pieces()
    assert [(p.start, p.offset) for p in year] == [
        (utc(2025, 12, 31, 23), 3600),
        (utc(2026, 3, 29, 1), 7200),
        (utc(2026, 10, 25, 1), 3600),
    ]
    assert year[-1].end == utc(2026, 12, 31, 23)


def test_a_bad_window_is_refused() -> None:
    with pytest.raises(Invalid) as raised:
        period(SHANGHAI, date(2026, 11, 21), date(2026, 11, 20))
    assert raised.value.code == "invalid_range"
    with pytest.raises(Invalid) as raised:
        period(SHANGHAI, date(2025, 11, 20), date(2026, 11, 21))
    assert raised.value.code == "range_too_long"
    assert len(period(SHANGHAI, date(2025, 11, 21), date(2026, 11, 21)).days) == MAX_DAYS


@pytest.fixture
def stats(services: Services, embedder: MemoEmbedder) -> BotStats:
    return BotStats(memo_mining(services, embedder))


async def _history(services: Services, world: World) -> None:
    """Seven conversations of the world's tenant (Asia/Shanghai, UTC+8) and one of another
    tenant; the figures below are counted by hand from this."""
    t = world.tenant_id
    agent = world.actors["agent"].user_id
    async with services.db.transaction() as s:
        c1 = await add_conversation(s, t, "resolved")  # the bot alone: resolved by it
        await add_turn(s, t, c1, "怎么开户", "direct", at=utc(2026, 11, 19, 1), feedback="up")
        await add_turn(s, t, c1, "退款多久能到账", "suggest", at=utc(2026, 11, 19, 15, 59))
        await add_turn(
            s, t, c1, "开户要多久", "direct", at=utc(2026, 11, 19, 16, 1), feedback="down"
        )
        c2 = await add_conversation(s, t, "queued")
        await add_turn(s, t, c2, "退款什么时候到账啊", "fallback", at=utc(2026, 11, 20, 2))
        await add_turn(
            s,
            t,
            c2,
            "申请退款后几天能收到钱",
            "handover",
            reason="unanswered",
            at=utc(2026, 11, 20, 2, 1),
        )
        c3 = await add_conversation(s, t, "closed", agent)  # an agent took it
        await add_turn(
            s, t, c3, "开户需要什么", "generated", at=utc(2026, 11, 20, 3), feedback="up"
        )
        c4 = await add_conversation(s, t, "resolved")
        await add_turn(s, t, c4, "怎么销户", "direct", at=utc(2026, 11, 20, 4))
        await add_turn(s, t, c4, "公司在哪", "handover", reason="anger", at=utc(2026, 11, 20, 4, 5))
        c5 = await add_conversation(s, t, "bot")
        await add_turn(s, t, c5, "转人工", "handover", reason="request", at=utc(2026, 11, 20, 5))
        c6 = await add_conversation(s, t, "resolved")  # before the window
        await add_turn(s, t, c6, "怎么开户", "direct", at=utc(2026, 11, 18, 10))
        c7 = await add_conversation(s, t, "closed")  # handed over after the window
        await add_turn(s, t, c7, "你们公司地址在哪里", "fallback", at=utc(2026, 11, 20, 15, 30))
        await add_turn(s, t, c7, "地址", "handover", reason="vip", at=utc(2026, 11, 21, 1))
        other = await add_conversation(s, world.other_tenant_id, "resolved")
        for hour in range(3):
            await add_turn(
                s,
                world.other_tenant_id,
                other,
                "退款多久能到账",
                "fallback",
                at=utc(2026, 11, 20, hour),
            )
            await add_turn(
                s,
                world.other_tenant_id,
                other,
                "你好",
                "direct",
                at=utc(2026, 11, 20, hour, 30),
                feedback="up",
            )


async def test_the_figures_are_those_counted_by_hand(
    services: Services, world: World, stats: BotStats
) -> None:
    await _history(services, world)
    window = period(SHANGHAI, date(2026, 11, 19), date(2026, 11, 20))
    async with services.db.read() as session:
        out = await stats.report(session, world.tenant_id, window)
    figures = out.model_dump(exclude={"top_unanswered", "days"})
    assert figures == {
        "since": date(2026, 11, 19),
        "until": date(2026, 11, 20),
        "timezone": "Asia/Shanghai",
        "turns": 10,
        "conversations": 6,  # c1, c2, c3, c4, c5, c7
        "answered": 4,
        "generated": 1,
        "suggested": 1,
        "fallback": 2,
        "handovers": 3,
        "answered_rate": 0.4,
        "suggested_rate": 0.1,
        "fallback_rate": 0.2,
        "handover_conversations": 3,  # c2, c4, c5
        "handover_rate": 0.5,
        "handover_reasons": {"request": 1, "unanswered": 1, "anger": 1, "vip": 0, "unhelpful": 0},
        "resolved_by_bot": 1,  # c1: c3 had an agent, c4 and c7 were handed over
        "resolution_rate": 0.1667,
        "helpful": 2,
        "unhelpful": 1,
        "helpful_rate": 0.6667,
    }
    # 2026-11-19 15:59 UTC is 23:59 in Shanghai, 16:01 UTC already the next day.
    assert out.days == [
        DayOut(date=date(2026, 11, 19), turns=2, answered=1, handovers=0),
        DayOut(date=date(2026, 11, 20), turns=8, answered=3, handovers=3),
    ]
    # The bare request for a person is no topic; the other five misses make two.
    assert out.top_unanswered == [
        TopicOut(question="申请退款后几天能收到钱", count=3),
        TopicOut(question="你们公司地址在哪里", count=2),
    ]

    async with services.db.read() as session:
        other = await stats.report(session, world.other_tenant_id, window)
    assert (other.turns, other.conversations, other.resolved_by_bot, other.helpful) == (6, 1, 1, 3)
    assert [t.count for t in other.top_unanswered] == [3]


async def test_days_follow_summer_time(services: Services, world: World, stats: BotStats) -> None:
    async with services.db.transaction() as s:
        await s.execute(
            update(Tenant).where(Tenant.id == world.tenant_id).values(timezone="Europe/Berlin")
        )
        c = await add_conversation(s, world.tenant_id)
        # Berlin leaves summer time at 2026-10-25 01:00 UTC (03:00 CEST becomes 02:00 CET).
        for at in (
            utc(2026, 10, 24, 21, 30),
            utc(2026, 10, 24, 22, 30),
            utc(2026, 10, 25, 22, 30),
            utc(2026, 10, 25, 23, 30),
        ):
            await add_turn(s, world.tenant_id, c, "你好", "direct", at=at)
    window = period(BERLIN, date(2026, 10, 24), date(2026, 10, 26))
    async with services.db.read() as session:
        out = await stats.report(session, world.tenant_id, window)
    assert [(d.date.day, d.turns) for d in out.days] == [(24, 1), (25, 2), (26, 1)]
    assert out.timezone == "Europe/Berlin"


async def test_no_turns_no_rates(services: Services, world: World, stats: BotStats) -> None:
    window = period(SHANGHAI, date(2026, 11, 19), date(2026, 11, 20))
    async with services.db.read() as session:
        out = await stats.report(session, world.tenant_id, window)
    assert (out.turns, out.answered_rate, out.handover_rate, out.helpful_rate) == (
        0,
        None,
        None,
        None,
    )
    assert out.top_unanswered == []
    assert [d.turns for d in out.days] == [0, 0]

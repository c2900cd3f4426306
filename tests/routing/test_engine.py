"""The routing engine without a database: conditions, rules (with business hours), priority and
the assignment strategies."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pydantic import TypeAdapter, ValidationError

from kefu.core.hours import BusinessHours, Schedule
from kefu.routing.board import Agent, Board, Waiting, choose
from kefu.routing.conditions import Condition, Facts
from kefu.routing.policy import Policy, PriorityRule
from kefu.routing.rules import Group, LeaveMessage, Router, Rule, ToAgent, ToBot, ToGroup

SHANGHAI = ZoneInfo("Asia/Shanghai")
# Monday 2026-11-23, 10:00 in Shanghai.
MONDAY_10 = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
_CONDITION: TypeAdapter[Any] = TypeAdapter(Condition)


def facts(**values: Any) -> Facts:
    values.setdefault("now", MONDAY_10)
    values.setdefault("timezone", SHANGHAI)
    return Facts(**values)


def check(condition: dict[str, Any], **values: Any) -> bool:
    parsed = _CONDITION.validate_python(condition)
    why: list[str] = []
    ok = parsed.test(facts(**values), why)
    assert why  # every verdict explains itself
    assert parsed.test(facts(**values)) == ok  # and does not depend on being asked
    return ok


# --- conditions -----------------------------------------------------------------------------


def test_channel_entry_and_language() -> None:
    assert check({"type": "channel", "in": ["web", "api"]}, channel="api")
    assert not check({"type": "channel", "in": ["web"]}, channel="wechat")
    assert check({"type": "entry", "in": ["app-order"]}, entry="app-order")
    assert not check({"type": "entry", "in": ["app-order"]}, entry=None)
    assert check({"type": "language", "in": ["zh"]}, language="zh-CN")
    assert check({"type": "language", "in": ["zh-TW"]}, language="zh-tw")
    assert not check({"type": "language", "in": ["zh"]}, language="zhx")
    assert not check({"type": "language", "in": ["en"]}, language=None)


def test_url_patterns_are_globs_ignoring_case() -> None:
    rule = {"type": "url", "patterns": ["https://shop.example.com/checkout*", "*/refund/*"]}
    assert check(rule, url="https://SHOP.example.com/checkout/step2")
    assert check(rule, url="https://m.example.com/refund/123")
    assert not check(rule, url="https://shop.example.com/cart")
    assert not check(rule, url=None)


def test_customer_level_tags_region_and_attributes() -> None:
    assert check({"type": "level", "min": 2}, level=3)
    assert not check({"type": "level", "min": 2, "max": 2}, level=3)
    assert check({"type": "tags", "any": ["vip", "kol"]}, tags=frozenset({"kol"}))
    assert not check({"type": "tags", "all": ["vip", "kol"]}, tags=frozenset({"kol"}))
    assert check({"type": "tags", "any": ["a"], "all": ["b"]}, tags=frozenset({"a", "b"}))
    assert check({"type": "region", "in": ["广东"]}, region="广东深圳")
    assert not check({"type": "region", "in": ["广东"]}, region="广西南宁")
    assert not check({"type": "region", "in": ["广东"]}, region=None)
    assert check({"type": "attribute", "key": "plan", "in": ["gold"]}, attributes={"plan": "gold"})
    assert not check({"type": "attribute", "key": "plan", "in": ["gold"]}, attributes={})


def test_keywords_match_within_chinese_text_ignoring_case() -> None:
    rule = {"type": "keywords", "any": ["退款", "Refund"]}
    assert check(rule, text="我想申请退款可以吗")
    assert check(rule, text="REFUND please")
    assert not check(rule, text="你好")


def test_time_of_day_in_the_tenant_or_the_condition_zone() -> None:
    office = {"type": "time", "days": [1, 2, 3, 4, 5], "from": "09:00", "to": "18:00"}
    assert check(office)  # Monday 10:00 in Shanghai
    assert not check(office, now=datetime(2026, 11, 23, 11, 0, tzinfo=UTC))  # 19:00
    assert not check(office, now=datetime(2026, 11, 22, 2, 0, tzinfo=UTC))  # Sunday
    # The same instant is 02:00 in London: outside the window there.
    assert not check({**office, "timezone": "Europe/London"})


def test_an_overnight_window_belongs_to_the_day_it_opened() -> None:
    night = {"type": "time", "days": [5], "from": "22:00", "to": "06:00"}  # Friday night
    friday_23 = datetime(2026, 11, 27, 15, 0, tzinfo=UTC)
    saturday_03 = datetime(2026, 11, 27, 19, 0, tzinfo=UTC)
    saturday_23 = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)
    assert check(night, now=friday_23)
    assert check(night, now=saturday_03)
    assert not check(night, now=saturday_23)


def test_composite_conditions() -> None:
    # (key account AND an outage word) OR (a VIP level AND NOT the app)
    urgent = {
        "type": "any",
        "of": [
            {
                "type": "all",
                "of": [
                    {"type": "tags", "any": ["key_account"]},
                    {"type": "keywords", "any": ["停产", "宕机"]},
                ],
            },
            {
                "type": "all",
                "of": [
                    {"type": "level", "min": 5},
                    {"type": "not", "of": {"type": "channel", "in": ["api"]}},
                ],
            },
        ],
    }
    key = frozenset({"key_account"})
    assert check(urgent, tags=key, text="系统宕机了")
    assert not check(urgent, tags=key, text="发票怎么开")
    assert check(urgent, level=6, channel="web")
    assert not check(urgent, level=6, channel="api")
    assert check({"type": "not", "of": {"type": "channel", "in": ["web"]}}, channel="api")


@pytest.mark.parametrize(
    "condition",
    [
        {"type": "colour", "in": ["red"]},
        {"type": "channel", "in": []},
        {"type": "time", "from": "9:00"},
        {"type": "time", "from": "25:00"},
        {"type": "time", "timezone": "Mars/Olympus"},
        {"type": "level", "min": 10},
        {"type": "channel", "in": ["web"], "extra": 1},
        {"type": "all", "of": []},
        # Composition has a fixed depth: no OR inside an AND, no NOT of a NOT.
        {"type": "all", "of": [{"type": "any", "of": [{"type": "channel", "in": ["web"]}]}]},
        {"type": "not", "of": {"type": "not", "of": {"type": "channel", "in": ["web"]}}},
    ],
)
def test_malformed_conditions_are_refused(condition: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        _CONDITION.validate_python(condition)


# --- rules ----------------------------------------------------------------------------------

PRESALES, AFTERSALES, NIGHT = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
ALICE = uuid.uuid4()


def _hours(**days: list[list[str]]) -> Schedule:
    return Schedule.model_validate(days)


def _group(group_id: uuid.UUID, name: str, schedule: Schedule | None = None) -> Group:
    return Group(group_id, name, "least_load", 7, BusinessHours(schedule, [], SHANGHAI), None, None)


def _rule(name: str, conditions: list[dict[str, Any]], action: Any) -> Rule:
    parsed = [_CONDITION.validate_python(c) for c in conditions]
    return Rule(uuid.uuid4(), name, parsed, action)


def _to(group_id: uuid.UUID) -> ToGroup:
    return ToGroup(type="group", group_id=group_id)


def _to_bot(group_id: uuid.UUID) -> ToBot:
    return ToBot(type="bot", handover_group_id=group_id)


def _router(policy: Policy | None = None) -> Router:
    office = _hours(**{d: [["09:00", "18:00"]] for d in ("mon", "tue", "wed", "thu", "fri")})
    groups = {
        PRESALES: _group(PRESALES, "售前", office),
        AFTERSALES: _group(AFTERSALES, "售后"),
        NIGHT: _group(NIGHT, "夜班"),
    }
    to_agent = ToAgent(type="agent", user_id=ALICE)
    rules = [
        _rule("VIP to Alice", [{"type": "level", "min": 5}], to_agent),
        _rule("Refunds", [{"type": "keywords", "any": ["退款"]}], _to(AFTERSALES)),
        _rule("App users", [{"type": "channel", "in": ["api"]}], _to_bot(AFTERSALES)),
        _rule("Shop pages", [{"type": "url", "patterns": ["*shop*"]}], _to(PRESALES)),
    ]
    return Router(rules, groups, policy or Policy(default_group_id=NIGHT))


def test_the_first_matching_rule_decides_and_says_why() -> None:
    router = _router()
    decision = router.decide(facts(text="我要退款", url="https://shop.example.com"), explain=True)
    assert (decision.outcome, decision.group_id) == ("queue", AFTERSALES)
    assert decision.rule is not None
    assert decision.rule.name == "Refunds"
    explained = decision.explain()
    assert [r["matched"] for r in explained["rules"]] == [False, True]
    assert "level 0 not in 5..9" in explained["rules"][0]["reason"]


def test_named_agent_bot_and_default_group() -> None:
    router = _router()
    vip = router.decide(facts(level=6))
    assert (vip.outcome, vip.agent_id) == ("queue", ALICE)
    bot = router.decide(facts(channel="api"))
    assert (bot.outcome, bot.handover_group_id) == ("bot", AFTERSALES)
    nothing = router.decide(facts(channel="wechat"))
    assert (nothing.outcome, nothing.group_id, nothing.note) == ("queue", NIGHT, "no rule matched")


def test_black_list_is_refused_and_white_list_skips_the_bot() -> None:
    router = _router(Policy(blacklist_reply="不予服务"))
    refused = router.decide(facts(channel="api"), listed="black")
    assert (refused.outcome, refused.reply) == ("refuse", "不予服务")
    white = router.decide(facts(channel="api"), listed="white")
    assert (white.outcome, white.group_id) == ("queue", AFTERSALES)


def test_a_closed_group_takes_messages_and_tells_when_it_opens() -> None:
    router = _router(Policy(out_of_hours_reply="请留言"))
    saturday = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
    decision = router.decide(facts(url="https://shop.example.com", now=saturday))
    assert (decision.outcome, decision.reply) == ("leave_message", "请留言")
    assert decision.next_open == datetime(2026, 11, 30, 9, 0, tzinfo=SHANGHAI)
    assert router.decide(facts(url="https://shop.example.com")).outcome == "queue"


def test_priority_from_level_repeat_and_composite_rules() -> None:
    policy = Policy(
        level_head_start={2: 180},
        repeat_head_start=120,
        priority_rules=[
            PriorityRule.model_validate(
                {
                    "name": "Key account, business impact",
                    "conditions": [
                        {"type": "tags", "any": ["key_account"]},
                        {"type": "keywords", "any": ["宕机"]},
                    ],
                    "head_start": 900,
                }
            ),
            PriorityRule.model_validate(
                {
                    "name": "Key account, simple question",
                    "conditions": [
                        {"type": "tags", "any": ["key_account"]},
                        {"type": "keywords", "any": ["发票"]},
                    ],
                    "head_start": -300,
                }
            ),
        ],
    )
    router = _router(policy)
    key = frozenset({"key_account"})
    reasons: list[str] = []
    urgent = router.head_start(facts(level=2, tags=key, text="系统宕机"), repeat=True, why=reasons)
    assert urgent == 180 + 120 + 900
    assert len(reasons) == 3
    later = router.head_start(facts(tags=key, text="发票怎么开"), repeat=False)
    assert later == -300
    assert router.decide(facts(level=2), repeat=True).head_start == 300


# --- strategies and the board ---------------------------------------------------------------

G = uuid.uuid4()


def _agent(name: int, active: int = 0, free: int = 1, last: float = 0.0, skill: int = 3) -> Agent:
    return Agent(uuid.UUID(int=name), free, active, last, {G: skill})


def test_least_load_then_longest_idle() -> None:
    a, b, c = _agent(1, active=2), _agent(2, active=1, last=50), _agent(3, active=1, last=10)
    assert choose(Waiting(uuid.uuid4(), 0, frozenset({G})), [a, b, c]) is c


def test_round_robin_takes_turns() -> None:
    a, b = _agent(1, active=0, last=20), _agent(2, active=5, last=10)
    waiting = Waiting(uuid.uuid4(), 0, frozenset({G}), strategy="round_robin")
    assert choose(waiting, [a, b]) is b


def test_last_agent_when_they_have_room_else_least_load() -> None:
    a, b = _agent(1, active=0), _agent(2, active=3)
    waiting = Waiting(uuid.uuid4(), 0, frozenset({G}), preferred=b.id, strategy="last_agent")
    assert choose(waiting, [a, b]) is b
    assert choose(waiting, [a]) is a


def test_proficiency_first_then_load() -> None:
    a, b, c = _agent(1, skill=5, active=3), _agent(2, skill=5, active=1), _agent(3, skill=2)
    waiting = Waiting(uuid.uuid4(), 0, frozenset({G}), strategy="proficiency")
    assert choose(waiting, [a, b, c]) is b


def test_the_board_serves_the_best_rank_first_within_each_agents_room() -> None:
    board = Board()
    agent = _agent(1, free=0)
    board.put_agent(agent)
    late_vip = Waiting(uuid.uuid4(), rank=900, groups=frozenset({G}))
    early = Waiting(uuid.uuid4(), rank=500, groups=frozenset({G}))
    ordinary = Waiting(uuid.uuid4(), rank=1000, groups=frozenset({G}))
    for waiting in (ordinary, late_vip, early):
        assert board.offer(waiting, now=1.0) is None
    board.set_free(agent.id, 2)
    taken = board.release(agent.id, now=2.0)
    assert [w.id for w in taken] == [early.id, late_vip.id]
    assert (agent.free, agent.active, board.queue_length()) == (0, 2, 1)


def test_a_named_agent_only_unless_a_fallback_group_is_open() -> None:
    board = Board()
    alice, bob = _agent(1), _agent(2)
    board.put_agent(alice)
    board.put_agent(bob)
    for_alice = Waiting(uuid.uuid4(), 0, agent_id=alice.id)
    assert board.offer(for_alice, 0.0) is alice
    second = Waiting(uuid.uuid4(), 1, agent_id=alice.id)
    assert board.offer(second, 0.0) is None  # Alice is full; Bob may not take it
    with_fallback = Waiting(uuid.uuid4(), 2, groups=frozenset({G}), agent_id=alice.id)
    assert board.offer(with_fallback, 0.0) is bob


def test_withdrawn_conversations_are_skipped() -> None:
    board = Board()
    agent = _agent(1, free=0)
    board.put_agent(agent)
    first = Waiting(uuid.uuid4(), 1, frozenset({G}))
    second = Waiting(uuid.uuid4(), 2, frozenset({G}))
    board.offer(first, 0.0)
    board.offer(second, 0.0)
    assert board.withdraw(first.id) is first
    board.set_free(agent.id, 1)
    assert board.release(agent.id, 1.0) == [second]


def test_a_conversation_for_a_named_agent_waits_for_them_alone() -> None:
    board = Board()
    alice, bob = _agent(1, free=0), _agent(2, free=0)
    board.put_agent(alice)
    board.put_agent(bob)
    for_alice = Waiting(uuid.uuid4(), 0, agent_id=alice.id)
    assert board.offer(for_alice, 0.0) is None
    board.set_free(bob.id, 1)
    assert board.release(bob.id, 1.0) == []
    board.set_free(alice.id, 1)
    assert board.release(alice.id, 2.0) == [for_alice]


def test_a_leave_message_action() -> None:
    rule = _rule(
        "By message", [{"type": "keywords", "any": ["投诉"]}], LeaveMessage(type="leave_message")
    )
    router = Router([rule], {}, Policy())
    assert router.decide(facts(text="我要投诉")).outcome == "leave_message"
    assert router.decide(facts(text="你好")).outcome == "queue"

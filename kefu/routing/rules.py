"""Routing rules and the decision they make for a conversation, with its reasons.

``Router`` is a tenant's compiled configuration (rules in order, skill groups, policy). It is
pure: the service builds it from the database and caches it; the simulator in
``bench/routing.py`` drives the same object.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from kefu.core.hours import BusinessHours
from kefu.routing.conditions import Conditions, Facts, all_hold
from kefu.routing.policy import Policy


class _Action(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ToGroup(_Action):
    type: Literal["group"]
    group_id: uuid.UUID


class ToAgent(_Action):
    """A named agent; when they are signed out, or still busy after the fallback group's
    overflow wait, the fallback group's agents may take it."""

    type: Literal["agent"]
    user_id: uuid.UUID
    fallback_group_id: uuid.UUID | None = None


class ToBot(_Action):
    """The bot answers first; a handover (the customer asks for a person) goes to the
    group. White-listed customers skip the bot."""

    type: Literal["bot"]
    handover_group_id: uuid.UUID | None = None


class LeaveMessage(_Action):
    type: Literal["leave_message"]


Action = Annotated[ToGroup | ToAgent | ToBot | LeaveMessage, Field(discriminator="type")]


@dataclass(frozen=True, slots=True)
class Rule:
    id: uuid.UUID
    name: str
    conditions: Conditions
    action: ToGroup | ToAgent | ToBot | LeaveMessage


@dataclass(frozen=True, slots=True)
class Group:
    id: uuid.UUID
    name: str
    strategy: str
    last_agent_days: int
    hours: BusinessHours
    overflow_group_id: uuid.UUID | None
    overflow_after: int | None  # seconds


Outcome = Literal["queue", "bot", "leave_message", "refuse"]


@dataclass(slots=True)
class Decision:
    """Where a conversation goes, and why."""

    outcome: Outcome
    group_id: uuid.UUID | None = None
    agent_id: uuid.UUID | None = None
    rule: Rule | None = None
    head_start: int = 0
    reply: str | None = None  # said to the customer (black list, out of hours)
    handover_group_id: uuid.UUID | None = None  # for the bot
    trace: list[dict[str, Any]] = field(default_factory=list)
    priority: list[str] = field(default_factory=list)
    note: str | None = None
    next_open: datetime | None = None

    def explain(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome,
            "group_id": str(self.group_id) if self.group_id else None,
            "agent_id": str(self.agent_id) if self.agent_id else None,
            "rule": {"id": str(self.rule.id), "name": self.rule.name} if self.rule else None,
            "head_start": self.head_start,
            "priority": self.priority,
            "rules": self.trace,
            "note": self.note,
            "next_open": self.next_open.isoformat() if self.next_open else None,
        }


class Router:
    def __init__(self, rules: list[Rule], groups: dict[uuid.UUID, Group], policy: Policy):
        self.rules = rules
        self.groups = groups
        self.policy = policy

    def decide(
        self,
        facts: Facts,
        *,
        listed: str | None = None,
        repeat: bool = False,
        explain: bool = False,
    ) -> Decision:
        """The first rule that matches decides; then lists, business hours, priority.
        ``explain`` records each rule tried and what gave the head start (the dry run)."""
        if listed == "black":
            return Decision(
                "refuse", reply=self.policy.blacklist_reply, note="customer on the black list"
            )
        decision = self._match(facts, explain)
        if decision.outcome == "bot" and listed == "white":
            decision.outcome, decision.group_id = "queue", decision.handover_group_id
            decision.note = "customer on the white list skips the bot"
        if decision.outcome == "queue":
            self._check_hours(decision, facts.now)
        if decision.outcome == "queue":
            reasons: list[str] | None = [] if explain else None
            decision.head_start = self.head_start(facts, repeat=repeat, why=reasons)
            decision.priority = reasons or []
        return decision

    def _match(self, facts: Facts, explain: bool) -> Decision:
        trace: list[dict[str, Any]] = []
        for rule in self.rules:
            if not explain:
                if not all_hold(rule.conditions, facts):
                    continue
            else:
                why: list[str] = []
                ok = all_hold(rule.conditions, facts, why)
                trace.append(
                    {"id": str(rule.id), "name": rule.name, "matched": ok, "reason": why[-1]}
                )
                if not ok:
                    continue
            action = rule.action
            if isinstance(action, ToGroup):
                return Decision("queue", group_id=action.group_id, rule=rule, trace=trace)
            if isinstance(action, ToAgent):
                return Decision(
                    "queue",
                    agent_id=action.user_id,
                    group_id=action.fallback_group_id,
                    rule=rule,
                    trace=trace,
                )
            if isinstance(action, ToBot):
                return Decision(
                    "bot", handover_group_id=action.handover_group_id, rule=rule, trace=trace
                )
            return Decision("leave_message", rule=rule, trace=trace)
        return Decision(
            "queue", group_id=self.policy.default_group_id, trace=trace, note="no rule matched"
        )

    def _check_hours(self, decision: Decision, now: datetime) -> None:
        group = self.groups.get(decision.group_id) if decision.group_id else None
        if group is None or decision.agent_id is not None or group.hours.is_open(now):
            return
        decision.outcome = "leave_message"
        decision.reply = self.policy.out_of_hours_reply
        decision.next_open = group.hours.next_open(now)
        decision.note = f"{group.name} is closed"

    def head_start(self, facts: Facts, *, repeat: bool, why: list[str] | None = None) -> int:
        """Seconds of head start in the queue; with ``why``, what gave it."""
        total = 0
        level_bonus = self.policy.level_head_start.get(facts.level, 0)
        if level_bonus:
            total += level_bonus
            if why is not None:
                why.append(f"level {facts.level}: {level_bonus:+d} s")
        if repeat and self.policy.repeat_head_start:
            total += self.policy.repeat_head_start
            if why is not None:
                why.append(f"repeat contact: {self.policy.repeat_head_start:+d} s")
        for rule in self.policy.priority_rules:
            held: list[str] | None = [] if why is not None else None
            if all_hold(rule.conditions, facts, held):
                total += rule.head_start
                if why is not None and held:
                    why.append(f"{rule.name} ({held[-1]}): {rule.head_start:+d} s")
        return total

    def overflow_due(
        self, group_id: uuid.UUID | None, enqueued_at: datetime
    ) -> tuple[uuid.UUID, datetime] | None:
        """The group a conversation waiting in ``group_id`` overflows to, and when."""
        group = self.groups.get(group_id) if group_id else None
        if group is None or group.overflow_group_id is None or group.overflow_after is None:
            return None
        return group.overflow_group_id, enqueued_at + timedelta(seconds=group.overflow_after)

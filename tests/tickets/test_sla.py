"""SLA clocks in business hours: deadlines, pauses while waiting on the customer, breaches."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from kefu.core.hours import BusinessHours, Holiday, Schedule
from kefu.tickets.policy import PolicyRules
from kefu.tickets.sla import Clock, raised

SHANGHAI = ZoneInfo("Asia/Shanghai")
NINE_TO_SIX = Schedule.model_validate(
    {day: [["09:00", "18:00"]] for day in ("mon", "tue", "wed", "thu", "fri")}
)
HOURS = BusinessHours(NINE_TO_SIX, [Holiday.model_validate({"date": "2026-10-01"})], SHANGHAI)


def at(text: str) -> datetime:
    """A Shanghai wall-clock time as an aware UTC instant."""
    return datetime.fromisoformat(text).replace(tzinfo=SHANGHAI).astimezone(UTC)


def test_a_deadline_counts_business_hours_only() -> None:
    clock = Clock(target=4 * 3600)
    clock.start(HOURS, at("2026-09-29 16:00"))  # a Tuesday: 2 h today, 2 h tomorrow
    assert clock.due_at == at("2026-09-30 11:00")


def test_holidays_and_weekends_are_skipped() -> None:
    clock = Clock(target=3 * 3600)
    clock.start(HOURS, at("2026-09-30 17:00"))  # 1 h, then 国庆 (Thursday), then Friday
    assert clock.due_at == at("2026-10-02 11:00")
    weekend = Clock(target=3600)
    weekend.start(HOURS, at("2026-10-03 10:00"))  # a Saturday: from Monday's opening
    assert weekend.due_at == at("2026-10-05 10:00")


def test_waiting_on_the_customer_pauses_the_clock() -> None:
    clock = Clock(target=4 * 3600)
    clock.start(HOURS, at("2026-09-29 09:00"))
    clock.pause(HOURS, at("2026-09-29 10:30"))  # 1.5 h spent
    assert clock.status(at("2026-09-29 14:00")) == "paused"
    assert clock.due_at is None
    clock.start(HOURS, at("2026-09-30 09:00"))  # the customer answered a day later
    assert clock.spent == 1.5 * 3600
    assert clock.due_at == at("2026-09-30 11:30")
    assert clock.status(at("2026-09-30 11:29")) == "running"
    assert clock.status(at("2026-09-30 11:30")) == "breached"


def test_a_met_target_stops_for_good() -> None:
    clock = Clock(target=3600)
    clock.start(HOURS, at("2026-09-29 09:00"))
    clock.stop(HOURS, at("2026-09-29 09:20"))
    clock.start(HOURS, at("2026-09-29 10:00"))  # no restart once met
    assert clock.status(at("2026-09-30 09:00")) == "met"
    assert clock.used(HOURS, at("2026-09-30 09:00")) == 20 * 60


def test_the_warning_comes_before_the_deadline() -> None:
    clock = Clock(target=5 * 3600)
    clock.start(HOURS, at("2026-09-29 09:00"))
    assert clock.warn_at(HOURS, 3600) == at("2026-09-29 13:00")
    assert clock.due_at == at("2026-09-29 14:00")


def test_clocks_survive_storage() -> None:
    clock = Clock(target=7200)
    clock.start(HOURS, at("2026-09-29 09:00"))
    clock.pause(HOURS, at("2026-09-29 09:30"))
    assert Clock.from_json(clock.to_json()) == clock


def test_escalation_raises_the_priority_one_step() -> None:
    assert [raised(p) for p in ("low", "normal", "high", "urgent")] == [
        "normal",
        "high",
        "urgent",
        "urgent",
    ]


def test_a_policy_needs_a_target() -> None:
    with pytest.raises(ValidationError):
        PolicyRules.model_validate({"targets": {"high": {}}})
    rules = PolicyRules.model_validate(
        {"type_keys": ["complaint"], "targets": {"high": {"first_response": 30}}}
    )
    assert rules.covers("complaint")
    assert not rules.covers("repair")
    assert rules.targets["high"].seconds("first_response") == 1800
    assert rules.targets["high"].seconds("resolution") is None

"""What the customer is told: the visit's time in the tenant's zone and language."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from kefu.appointments.notices import Visit, notice, when

SHANGHAI = ZoneInfo("Asia/Shanghai")
VISIT = Visit(
    starts_at=datetime(2026, 12, 5, 1, 0, tzinfo=UTC),
    ends_at=datetime(2026, 12, 5, 3, 0, tzinfo=UTC),
    area="深圳南山区",
    team="上门服务组",
    address="科技园 1 号",
)


def test_the_time_is_the_tenants() -> None:
    assert when(VISIT, SHANGHAI) == "2026-12-05 09:00-11:00"
    late = Visit(
        datetime(2026, 12, 5, 15, 0, tzinfo=UTC),
        datetime(2026, 12, 5, 17, 0, tzinfo=UTC),
        "a",
        "b",
        "c",
    )
    assert when(late, SHANGHAI) == "2026-12-05 23:00-2026-12-06 01:00"


def test_each_notice_in_chinese_and_english() -> None:
    booked = notice("booked", VISIT, SHANGHAI, "zh-CN")
    assert booked == (
        "已为您预约上门服务：2026-12-05 09:00-11:00"
        "（深圳南山区，服务团队：上门服务组，地址：科技园 1 号）。"
    )
    moved = notice("moved", VISIT, SHANGHAI, "en", before=VISIT)
    assert moved.startswith("Your on-site visit has moved to 2026-12-05 09:00-11:00")
    assert moved.endswith("It was 2026-12-05 09:00-11:00.")
    assert "cancelled" in notice("cancelled", VISIT, SHANGHAI, "en")
    assert "科技园" not in notice("cancelled", VISIT, SHANGHAI, "zh-CN")  # no address needed
    assert notice("reminder", VISIT, SHANGHAI, "zh-CN").startswith("温馨提醒")

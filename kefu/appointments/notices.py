"""What the customer is told about their appointment, in the tenant's language and time zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal
from zoneinfo import ZoneInfo

Notice = Literal["booked", "moved", "cancelled", "reminder"]


@dataclass(frozen=True, slots=True)
class Visit:
    """An appointment as the customer knows it: when, where and who comes."""

    starts_at: datetime
    ends_at: datetime
    area: str
    team: str
    address: str


def when(visit: Visit, zone: ZoneInfo) -> str:
    start, end = visit.starts_at.astimezone(zone), visit.ends_at.astimezone(zone)
    if start.date() == end.date():
        return f"{start:%Y-%m-%d %H:%M}-{end:%H:%M}"
    return f"{start:%Y-%m-%d %H:%M}-{end:%Y-%m-%d %H:%M}"


def notice(
    kind: Notice, visit: Visit, zone: ZoneInfo, locale: str, before: Visit | None = None
) -> str:
    """The text of a ticket comment and a conversation message; ``before`` is the visit a
    move came from."""
    at = when(visit, zone)
    if locale.lower().startswith("en"):
        where = f"{visit.area}; team: {visit.team}; address: {visit.address}"
        if kind == "booked":
            return f"Your on-site visit is booked for {at} ({where})."
        if kind == "moved":
            was = f" It was {when(before, zone)}." if before else ""
            return f"Your on-site visit has moved to {at} ({where}).{was}"
        if kind == "cancelled":
            return f"Your on-site visit of {at} ({visit.area}) has been cancelled."
        return f"Reminder: your on-site visit is at {at} ({where})."
    where = f"{visit.area}，服务团队：{visit.team}，地址：{visit.address}"
    if kind == "booked":
        return f"已为您预约上门服务：{at}（{where}）。"
    if kind == "moved":
        was = f"原预约时间：{when(before, zone)}。" if before else ""
        return f"您的上门服务已改约至 {at}（{where}）。{was}"
    if kind == "cancelled":
        return f"您 {at}（{visit.area}）的上门服务已取消。"
    return f"温馨提醒：上门服务将于 {at} 进行（{where}）。"

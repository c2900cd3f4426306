"""Routing API shapes."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr

from kefu.contacts.schemas import MAX_LEVEL
from kefu.core.hours import Holiday, Schedule
from kefu.identity.schemas import IsoDatetime
from kefu.routing.board import STRATEGIES
from kefu.routing.conditions import Conditions, Zone
from kefu.routing.policy import BreakReason
from kefu.routing.rules import Action

Strategy = Literal["least_load", "round_robin", "last_agent", "proficiency"]
assert set(STRATEGIES) == set(Strategy.__args__)  # type: ignore[attr-defined]
Name = Annotated[StrictStr, Field(min_length=1, max_length=100)]
Note = Annotated[StrictStr, Field(max_length=2000)]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- skill groups ---------------------------------------------------------------------------


class Member(_In):
    user_id: uuid.UUID
    proficiency: StrictInt = Field(default=3, ge=1, le=5)


class GroupIn(_In):
    name: Name
    strategy: Strategy = "least_load"
    last_agent_days: StrictInt = Field(default=7, ge=0, le=365)
    timezone: Zone = None
    business_hours: Schedule | None = None
    holidays: list[Holiday] = Field(default_factory=list, max_length=400)
    overflow_group_id: uuid.UUID | None = None
    overflow_after_seconds: StrictInt | None = Field(default=None, ge=0, le=86_400)
    members: list[Member] = Field(default_factory=list, max_length=5000)


class GroupOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: uuid.UUID
    name: str
    strategy: str
    last_agent_days: int
    timezone: str | None
    business_hours: dict[str, Any] | None
    holidays: list[dict[str, Any]]
    overflow_group_id: uuid.UUID | None
    overflow_after_seconds: int | None
    members: list[Member]
    open_now: bool


# --- rules ----------------------------------------------------------------------------------


class RuleIn(_In):
    name: Name
    enabled: StrictBool = True
    conditions: Conditions = Field(default_factory=list)
    action: Action
    # Where it goes in the order, counted from 0 (default: last).
    position: StrictInt | None = Field(default=None, ge=0, le=10_000)


class RuleOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: uuid.UUID
    position: int
    name: str
    enabled: bool
    conditions: list[dict[str, Any]]
    action: dict[str, Any]


class RuleOrder(_In):
    ids: list[uuid.UUID] = Field(max_length=10_000)


# --- lists ----------------------------------------------------------------------------------


class ListEntryIn(_In):
    contact_id: uuid.UUID
    kind: Literal["black", "white"]
    note: Note | None = None
    expires_at: IsoDatetime | None = None


class ListEntryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: uuid.UUID
    contact_id: uuid.UUID
    kind: str
    note: str | None
    expires_at: datetime | None
    created_by: uuid.UUID | None
    created_at: datetime


# --- agents ---------------------------------------------------------------------------------

AgentStatus = Literal["offline", "online", "busy", "break"]


class AgentStateIn(_In):
    status: AgentStatus
    reason: Annotated[StrictStr, Field(max_length=32)] | None = None


class AgentLimitIn(_In):
    max_concurrent: StrictInt = Field(ge=0, le=100)


class AgentStateOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    user_id: uuid.UUID
    status: str
    reason: str | None
    max_concurrent: int
    active: int
    changed_at: datetime
    last_assigned_at: datetime | None
    wrap_up_until: datetime | None


class MyStateOut(AgentStateOut):
    """The agent's own state, with the break reasons the tenant offers (for the switcher)."""

    break_reasons: list[BreakReason]


class StateChangeOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    status: str
    reason: str | None
    started_at: datetime
    ended_at: datetime | None
    changed_by: str


# --- queue, dry run, transfer -----------------------------------------------------------------


class QueuedOut(BaseModel):
    conversation_id: uuid.UUID
    contact_id: uuid.UUID
    group_id: uuid.UUID | None
    agent_id: uuid.UUID | None
    targets: list[uuid.UUID]
    head_start: int
    enqueued_at: datetime
    waited_seconds: int
    position: int | None
    expected_wait: int | None


class FactsIn(_In):
    """A conversation described by hand, for the dry run."""

    channel: Annotated[StrictStr, Field(max_length=16)] = "web"
    url: Annotated[StrictStr, Field(max_length=2048)] | None = None
    entry: Annotated[StrictStr, Field(max_length=100)] | None = None
    level: StrictInt = Field(default=0, ge=0, le=MAX_LEVEL)
    tags: list[Annotated[StrictStr, Field(max_length=50)]] = Field(
        default_factory=list, max_length=50
    )
    region: Annotated[StrictStr, Field(max_length=100)] | None = None
    text: Annotated[StrictStr, Field(max_length=5000)] = ""
    language: Annotated[StrictStr, Field(max_length=16)] | None = None
    attributes: dict[str, Any] = Field(default_factory=dict, max_length=100)
    listed: Literal["black", "white"] | None = None
    repeat: StrictBool = False
    at: IsoDatetime | None = None  # default: now


class DryRunIn(_In):
    """Either an existing conversation or a description of one."""

    conversation_id: uuid.UUID | None = None
    facts: FactsIn | None = None


class DryRunOut(BaseModel):
    outcome: str
    group_id: uuid.UUID | None
    agent_id: uuid.UUID | None
    rule: dict[str, Any] | None
    head_start: int
    priority: list[str]
    rules: list[dict[str, Any]]
    note: str | None
    next_open: datetime | None
    # Who would take it now, by the group's strategy (None: it would wait).
    would_assign: uuid.UUID | None


class TransferIn(_In):
    user_id: uuid.UUID | None = None
    group_id: uuid.UUID | None = None
    note: Note | None = None


class InviteIn(_In):
    user_id: uuid.UUID
    note: Note | None = None


class GroupFigures(BaseModel):
    """One skill group on the wallboard (``group_id`` null: conversations in no group, or
    the tenant's total)."""

    group_id: uuid.UUID | None
    name: str | None
    waiting: int
    longest_wait: int  # seconds, of the one waiting longest now
    answered: int  # today, out of the queue
    answered_in_time: int  # within service_level_seconds
    service_level: float | None  # 0 to 1; null before anyone was offered today
    average_wait: float | None  # seconds, of those answered today


class WallboardOut(BaseModel):
    generated_at: datetime
    since: datetime  # today's start in the tenant's time zone
    service_level_seconds: int
    total: GroupFigures
    groups: list[GroupFigures]
    agents: dict[str, int]  # agents by state


class DirectoryGroup(BaseModel):
    id: uuid.UUID
    name: str
    open_now: bool


class DirectoryAgent(BaseModel):
    user_id: uuid.UUID
    name: str
    employee_no: str
    status: str
    active: int
    max_concurrent: int
    group_ids: list[uuid.UUID]


class DirectoryOut(BaseModel):
    """Who and where a conversation can go: for an agent's transfer and invite."""

    groups: list[DirectoryGroup]
    agents: list[DirectoryAgent]

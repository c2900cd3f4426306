"""API shapes for tickets, their types, SLA policies, comments, history and saved filters."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StringConstraints

from kefu.core.hours import Holiday, Schedule
from kefu.identity.schemas import Strict
from kefu.routing.conditions import Zone
from kefu.tickets.fields import FieldDef
from kefu.tickets.policy import PolicyRules
from kefu.tickets.sla import Priority
from kefu.tickets.workflow import Category, Workflow

Subject = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Description = Annotated[str, StringConstraints(max_length=20_000)]
Tag = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=30)]
Tags = Annotated[list[Tag], Field(max_length=20)]
TypeKey = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=50)]
CommentBody = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)
]
Source = Literal["console", "conversation", "api", "leave_message", "email"]
Sort = Literal["updated", "created", "due"]


# --- types and policies ----------------------------------------------------------------------


class TicketTypeIn(Strict):
    key: TypeKey
    name: Name
    name_en: Name | None = None
    fields: list[FieldDef] = Field(default_factory=list, max_length=50)
    workflow: Workflow
    follow_up: FollowUpRule | None = None


class TicketTypeUpdate(Strict):
    name: Name | None = None
    name_en: Name | None = None
    fields: Annotated[list[FieldDef], Field(max_length=50)] | None = None
    workflow: Workflow | None = None
    follow_up: FollowUpRule | None = None
    active: StrictBool | None = None
    version: StrictInt | None = Field(default=None, description="Refuse the change unless current.")


class FollowUpRule(Strict):
    """A callback (回访) this many business hours after the ticket is solved."""

    after_hours: Annotated[StrictInt, Field(ge=0, le=24 * 30)] = 24


class TicketTypeOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: uuid.UUID
    key: str
    name: str
    name_en: str | None
    fields: list[FieldDef]
    workflow: Workflow
    follow_up: FollowUpRule | None
    active: bool
    version: int


class HoursIn(Strict):
    """The business hours an SLA counts in (``kefu.core.hours``); without them, every hour."""

    timezone: Zone = Field(default=None, description="The tenant's zone when left out.")
    schedule: Schedule | None = Field(default=None, description="None: open every day.")
    holidays: list[Holiday] = Field(default_factory=list, max_length=400)


class SlaPolicyIn(Strict):
    name: Name
    position: Annotated[StrictInt, Field(ge=0, le=1000)] = 0
    active: StrictBool = True
    rules: PolicyRules
    hours: HoursIn | None = None


class SlaPolicyUpdate(Strict):
    name: Name | None = None
    position: Annotated[StrictInt, Field(ge=0, le=1000)] | None = None
    active: StrictBool | None = None
    rules: PolicyRules | None = None
    hours: HoursIn | None = None


class SlaPolicyOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: uuid.UUID
    name: str
    position: int
    active: bool
    rules: PolicyRules
    hours: HoursIn | None
    version: int


# --- tickets ---------------------------------------------------------------------------------


class TicketIn(Strict):
    type_id: uuid.UUID | None = None
    type_key: TypeKey | None = Field(default=None, description="The type by key (or type_id).")
    subject: Subject
    description: Description = ""
    priority: Priority = "normal"
    assignee_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    conversation_id: uuid.UUID | None = Field(
        default=None, description="Link the ticket to a conversation and attach its transcript."
    )
    fields: dict[str, Any] = Field(default_factory=dict)
    tags: Tags = Field(default_factory=list)
    watcher_ids: Annotated[list[uuid.UUID], Field(max_length=20)] = Field(default_factory=list)


class TicketUpdate(Strict):
    subject: Subject | None = None
    description: Description | None = None
    priority: Priority | None = None
    assignee_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    fields: dict[str, Any] | None = Field(default=None, description="Only the keys given change.")
    tags: Tags | None = None
    version: StrictInt | None = Field(default=None, description="Refuse the change unless current.")


class TransitionIn(Strict):
    status: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,29}$")]
    comment: CommentBody | None = Field(default=None, description="An internal note with it.")
    version: StrictInt | None = None


class SlaClockOut(BaseModel):
    status: Literal["running", "paused", "met", "breached"]
    target_seconds: float
    used_seconds: float
    due_at: datetime | None
    met_at: datetime | None
    breached_at: datetime | None


class TicketOut(BaseModel):
    id: uuid.UUID
    number: int
    type_id: uuid.UUID
    type_key: str
    subject: str
    description: str
    status: str
    category: Category
    priority: Priority
    assignee_id: uuid.UUID | None
    team_id: uuid.UUID | None
    contact_id: uuid.UUID | None
    conversation_id: uuid.UUID | None
    source: Source
    fields: dict[str, Any]
    tags: list[str]
    created_by: str
    sla_policy_id: uuid.UUID | None
    sla: dict[str, SlaClockOut]
    sla_due_at: datetime | None
    sla_breached: bool
    escalated_at: datetime | None
    first_responded_at: datetime | None
    solved_at: datetime | None
    closed_at: datetime | None
    created_at: datetime
    updated_at: datetime
    version: int
    transitions: list[str] = Field(description="The states the caller may move it to.")


class TicketBrief(BaseModel):
    """A row of the ticket list."""

    id: uuid.UUID
    number: int
    type_id: uuid.UUID
    subject: str
    status: str
    category: Category
    priority: Priority
    assignee_id: uuid.UUID | None
    team_id: uuid.UUID | None
    contact_id: uuid.UUID | None
    conversation_id: uuid.UUID | None
    source: Source
    tags: list[str]
    sla_due_at: datetime | None
    sla_breached: bool
    escalated_at: datetime | None
    created_at: datetime
    updated_at: datetime


class TicketPage(BaseModel):
    items: list[TicketBrief]
    next_cursor: str | None = None


class TicketFilter(Strict):
    """What the list shows; saved filters store one of these."""

    category: list[Category] | None = None
    status: Annotated[str, StringConstraints(max_length=30)] | None = None
    type_id: uuid.UUID | None = None
    priority: list[Priority] | None = None
    assignee: Literal["me", "none"] | uuid.UUID | None = None
    team_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    conversation_id: uuid.UUID | None = None
    tag: Tag | None = None
    watching: StrictBool = False
    sla: Literal["breached", "running", "escalated"] | None = None
    q: Annotated[str, StringConstraints(max_length=100, pattern=r"^[^\x00]*$")] | None = None
    sort: Sort = "updated"


class CommentIn(Strict):
    body: CommentBody
    public: StrictBool = Field(default=False, description="Seen by the customer.")
    attachment_ids: Annotated[list[uuid.UUID], Field(max_length=10)] = Field(default_factory=list)


class CommentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: uuid.UUID
    author: str
    author_name: str | None
    body: str
    public: bool
    kind: Literal["comment", "transcript", "system"] = Field(
        description="A comment; the transcript of the conversation it was made from; a notice."
    )
    attachment_ids: list[uuid.UUID]
    created_at: datetime


class EventOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: uuid.UUID
    kind: str
    actor: str
    actor_name: str | None
    changes: dict[str, Any]
    created_at: datetime


class WatcherIn(Strict):
    user_id: uuid.UUID


class BulkIn(Strict):
    ids: Annotated[list[uuid.UUID], Field(min_length=1, max_length=200)]
    assignee_id: uuid.UUID | None = None
    unassign: StrictBool = False
    team_id: uuid.UUID | None = None
    priority: Priority | None = None
    status: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,29}$")] | None = None
    add_tags: Tags = Field(default_factory=list)
    remove_tags: Tags = Field(default_factory=list)


class BulkResult(BaseModel):
    id: uuid.UUID
    ok: bool
    code: str | None = None
    message: str | None = None


class BulkOut(BaseModel):
    updated: int
    results: list[BulkResult]


class ViewIn(Strict):
    name: Name
    shared: StrictBool = Field(default=False, description="Seen by everyone (tickets:manage).")
    filters: TicketFilter
    position: Annotated[StrictInt, Field(ge=0, le=1000)] = 0


class ViewUpdate(Strict):
    name: Name | None = None
    filters: TicketFilter | None = None
    position: Annotated[StrictInt, Field(ge=0, le=1000)] | None = None


class ViewOut(BaseModel):
    id: uuid.UUID
    name: str
    shared: bool
    filters: TicketFilter
    position: int


TicketTypeIn.model_rebuild()
TicketTypeUpdate.model_rebuild()

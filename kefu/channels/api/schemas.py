"""API shapes of the open API channel and of webhooks."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StringConstraints

from kefu.contacts.schemas import ContactFields, Text100
from kefu.conversations.schemas import WebUrl
from kefu.identity.schemas import Locale, Strict

ExternalId = Annotated[str, StringConstraints(min_length=1, max_length=128)]
WEBHOOK_EVENTS = ("message.created", "conversation.changed")
WebhookEvent = Literal["message.created", "conversation.changed"]
Channel = Literal["web", "api"]


class ChannelUser(ContactFields):
    """The app's user: its id in the app, and what the app knows of them."""

    id: ExternalId


class ChannelSource(Strict):
    url: WebUrl | None = None
    entry: Text100 | None = None
    campaign: Text100 | None = None
    device: Literal["desktop", "mobile", "tablet", "app"] | None = None
    language: Locale | None = None


class ChannelConversationIn(Strict):
    user: ChannelUser
    source: ChannelSource = Field(default_factory=ChannelSource)


class ChannelConversationOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    contact_id: uuid.UUID
    status: str
    last_seq: int
    agent_read_seq: int
    created_at: datetime


class WebhookIn(Strict):
    url: WebUrl
    description: Annotated[str, StringConstraints(max_length=200)] | None = None
    events: list[WebhookEvent] = Field(min_length=1, max_length=len(WEBHOOK_EVENTS))
    channels: list[Channel] = Field(default_factory=list, max_length=2)


class WebhookUpdate(Strict):
    url: WebUrl | None = None
    description: Annotated[str, StringConstraints(max_length=200)] | None = None
    events: list[WebhookEvent] | None = Field(default=None, min_length=1)
    channels: list[Channel] | None = None
    enabled: StrictBool | None = None


class WebhookOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    url: str
    description: str | None
    events: list[str]
    channels: list[str]
    enabled: bool
    created_at: datetime


class WebhookCreated(WebhookOut):
    secret: str = Field(description="Shown once: verify X-Kefu-Signature with it.")


class WebhookSecretOut(BaseModel):
    secret: str


class DeliveryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    event: str
    status: str
    attempts: int
    next_attempt_at: datetime
    last_status: int | None
    last_error: str | None
    created_at: datetime
    delivered_at: datetime | None
    payload: dict[str, Any]

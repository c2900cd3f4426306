"""Frames a client may send over the WebSocket (docs/protocol.md)."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from pydantic import Field, StrictBool, StrictInt, StringConstraints, TypeAdapter

from kefu.channels.web.schemas import Page
from kefu.conversations.schemas import MessageIn
from kefu.identity.schemas import Locale, Strict

Ref = Annotated[str, StringConstraints(max_length=64)]
PrechatValue = Annotated[str, StringConstraints(strip_whitespace=True, max_length=1000)]


class _Frame(Strict):
    ref: Ref | None = None


class Auth(_Frame):
    type: Literal["auth"]
    token: Annotated[str, StringConstraints(min_length=1, max_length=8192)]


class Ping(_Frame):
    type: Literal["ping"]


class Start(_Frame):
    type: Literal["start"]
    prechat: dict[Annotated[str, StringConstraints(max_length=32)], PrechatValue] = Field(
        default_factory=dict, max_length=10
    )
    page: Page | None = None
    language: Locale | None = None


class Subscribe(_Frame):
    type: Literal["subscribe"]
    conversation_id: uuid.UUID
    after_seq: StrictInt = Field(default=0, ge=0)


class Unsubscribe(_Frame):
    type: Literal["unsubscribe"]
    conversation_id: uuid.UUID


class Send(MessageIn):
    type: Literal["send"]
    ref: Ref | None = None
    conversation_id: uuid.UUID


class TypingFrame(_Frame):
    type: Literal["typing"]
    conversation_id: uuid.UUID
    on: StrictBool = True


class Read(_Frame):
    type: Literal["read"]
    conversation_id: uuid.UUID
    seq: StrictInt = Field(ge=0)


ClientFrame = Annotated[
    Ping | Start | Subscribe | Unsubscribe | Send | TypingFrame | Read | Auth,
    Field(discriminator="type"),
]
client_frame: TypeAdapter[ClientFrame] = TypeAdapter(ClientFrame)

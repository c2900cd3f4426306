"""API shapes for conversations, messages, attachments and canned replies."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    AnyUrl,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StringConstraints,
    UrlConstraints,
)

from kefu.contacts.schemas import ContactBrief
from kefu.identity.schemas import Strict

ClientMsgId = Annotated[
    str, StringConstraints(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")
]
# The service checks the configured limit and answers ``message_too_long``; this bound only
# keeps absurd bodies from being parsed at all.
Body = Annotated[str, StringConstraints(max_length=65_536)]
MAX_URL = 2048


def _fits(url: AnyUrl) -> AnyUrl:
    # Checked again after normalisation (a "/" appended, an IDN host in punycode), which
    # can make an accepted URL longer than the columns that store it.
    if len(str(url)) > MAX_URL:
        raise ValueError(f"at most {MAX_URL} characters")
    return url


WebUrl = Annotated[
    AnyUrl,
    UrlConstraints(max_length=MAX_URL, allowed_schemes=["http", "https"]),
    AfterValidator(_fits),
]
Status = Literal["bot", "queued", "open", "pending", "resolved", "closed"]
SenderType = Literal["customer", "agent", "bot", "system"]


class SenderOut(BaseModel):
    type: SenderType
    id: uuid.UUID | None = None
    name: str | None = None


class AttachmentOut(BaseModel):
    id: uuid.UUID
    name: str
    content_type: str
    size: int
    url: str


class CardButton(Strict):
    label: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]
    # reply: sends the value as the customer's message; link: opens it; feedback: rates the
    # message it belongs to ("up" or "down", the bot's answers).
    action: Literal["reply", "link", "feedback"]
    value: Annotated[str, StringConstraints(min_length=1, max_length=500)]


class Card(Strict):
    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
    text: Annotated[str, StringConstraints(max_length=1000)] | None = None
    image_url: WebUrl | None = None
    buttons: list[CardButton] = Field(default_factory=list, max_length=6)


class MessageOut(BaseModel):
    id: uuid.UUID
    seq: int
    conversation_id: uuid.UUID
    client_msg_id: str | None
    sender: SenderOut
    kind: Literal["text", "image", "file", "card"]
    body: str
    private: bool
    attachment: AttachmentOut | None = None
    card: dict[str, Any] | None = None
    created_at: datetime


class MessageIn(Strict):
    client_msg_id: ClientMsgId
    kind: Literal["text", "image", "file", "card"] = "text"
    body: Body = ""
    attachment_id: uuid.UUID | None = None
    card: Card | None = None
    private: StrictBool = False


class SendResult(BaseModel):
    message: MessageOut
    duplicate: bool


class ConversationOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    contact_id: uuid.UUID
    contact: ContactBrief | None = None
    site_id: uuid.UUID | None
    channel: str
    status: Status
    assignee_id: uuid.UUID | None
    group_id: uuid.UUID | None = None  # the skill group routing chose
    source_url: str | None
    referrer: str | None
    entry: str | None
    campaign: str | None
    device: str | None
    language: str | None
    prechat: dict[str, Any]
    last_seq: int
    customer_read_seq: int
    agent_read_seq: int
    last_message_preview: str | None
    last_activity_at: datetime
    waiting_since: datetime | None
    created_at: datetime
    resolved_at: datetime | None
    closed_at: datetime | None


class VisitorConversationOut(BaseModel):
    """What a customer's own devices see of a conversation."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    status: Status
    last_seq: int
    agent_read_seq: int
    customer_read_seq: int
    created_at: datetime


VISITOR_CONVERSATION_FIELDS = frozenset(VisitorConversationOut.model_fields)


class AssignIn(Strict):
    user_id: uuid.UUID | None


class ReadIn(Strict):
    seq: StrictInt = Field(ge=0)


class CannedReplyOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    scope: Literal["personal", "team", "everyone"]
    owner_id: uuid.UUID | None
    org_unit_id: uuid.UUID | None
    shortcut: str
    title: str
    body: str
    updated_at: datetime


Shortcut = Annotated[
    str, StringConstraints(min_length=1, max_length=32, pattern=r"^[^\s\x00/][^\s\x00]*$")
]
ReplyTitle = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
ReplyBody = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=5000)]


class CannedReplyCreate(Strict):
    scope: Literal["personal", "team", "everyone"] = "personal"
    org_unit_id: uuid.UUID | None = None
    shortcut: Shortcut
    title: ReplyTitle
    body: ReplyBody


class CannedReplyUpdate(Strict):
    shortcut: Shortcut | None = None
    title: ReplyTitle | None = None
    body: ReplyBody | None = None

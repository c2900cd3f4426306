"""API shapes of the web channel: widget sites, their settings, visitor sessions."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StringConstraints

from kefu.contacts.schemas import Text100
from kefu.conversations.schemas import WebUrl
from kefu.identity.schemas import Locale, Name, Slug, Strict

Short = Annotated[str, StringConstraints(strip_whitespace=True, max_length=100)]
FieldKey = Annotated[str, StringConstraints(min_length=1, max_length=32, pattern=r"^[a-z_]+$")]
Color = Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")]
Greeting = Annotated[str, StringConstraints(max_length=500)]
ContentType = Annotated[str, StringConstraints(pattern=r"^[a-z]+/[a-z0-9.+-]+$", max_length=100)]

DEFAULT_UPLOAD_TYPES = [
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/webp",
    "application/pdf",
    "text/plain",
]


class PrechatField(Strict):
    key: FieldKey
    type: Literal["text", "email", "phone", "textarea"] = "text"
    required: StrictBool = False
    label: dict[Locale, Short] = Field(min_length=1)


class Prechat(Strict):
    enabled: StrictBool = False
    fields: list[PrechatField] = Field(default_factory=list, max_length=10)


class Uploads(Strict):
    max_bytes: StrictInt = Field(default=10 * 1024 * 1024, ge=1024)
    types: list[ContentType] = Field(default_factory=lambda: list(DEFAULT_UPLOAD_TYPES))


DEFAULT_GREETING: dict[Locale, str] = {
    "zh-CN": "您好，有什么可以帮您？",
    "en": "Hi! How can we help?",
}


class SiteSettings(Strict):
    color: Color = "#1f6feb"
    locale: Locale = "zh-CN"
    greeting: dict[Locale, Greeting] = Field(default_factory=lambda: dict(DEFAULT_GREETING))
    prechat: Prechat = Field(default_factory=Prechat)
    uploads: Uploads = Field(default_factory=Uploads)


class SiteCreate(Strict):
    key: Slug
    name: Name
    settings: SiteSettings = Field(default_factory=SiteSettings)


class SiteUpdate(Strict):
    name: Name | None = None
    enabled: StrictBool | None = None
    settings: SiteSettings | None = None


class SiteOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    key: str
    name: str
    enabled: bool
    settings: SiteSettings
    created_at: datetime


class SiteCreated(SiteOut):
    identity_secret: str = Field(description="Shown once: sign identity tokens with it.")


class IdentitySecretOut(BaseModel):
    identity_secret: str


class PublicSite(BaseModel):
    """What the widget needs before anyone signs in."""

    site: str
    name: str
    color: str
    locale: str
    greeting: dict[str, str]
    prechat: Prechat
    available: bool
    uploads: Uploads


class Page(Strict):
    url: WebUrl | None = None
    referrer: WebUrl | None = None
    title: Annotated[str, StringConstraints(max_length=300)] | None = None


class SessionIn(Strict):
    visitor_id: Annotated[str, StringConstraints(max_length=64)] | None = None
    identity_token: Annotated[str, StringConstraints(max_length=8192)] | None = None
    locale: Locale | None = None
    page: Page | None = None
    entry: Text100 | None = None
    campaign: Text100 | None = None
    device: Literal["desktop", "mobile", "tablet", "app"] | None = None


class SessionContact(BaseModel):
    id: uuid.UUID
    name: str | None
    verified: bool


class ActiveConversation(BaseModel):
    id: uuid.UUID
    status: str
    last_seq: int


class SessionOut(BaseModel):
    visitor_id: str | None
    contact: SessionContact
    token: str
    expires_in: int
    active_conversation: ActiveConversation | None


class LeaveMessageIn(Strict):
    body: Annotated[str, StringConstraints(max_length=65_536)]
    name: Text100 | None = None
    phone: Annotated[str, StringConstraints(max_length=32)] | None = None
    email: Annotated[str, StringConstraints(max_length=254)] | None = None

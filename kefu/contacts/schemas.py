"""API shapes for customer profiles."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    EmailStr,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StringConstraints,
    field_validator,
)

from kefu.identity.schemas import Phone, Strict

Tag = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=32)]
Text100 = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
AttributeKey = Annotated[
    str, StringConstraints(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")
]
# Strict scalars: a long numeric string must not slip past the length limit as a number.
AttributeValue = (
    Annotated[str, StringConstraints(max_length=500)] | StrictInt | StrictFloat | StrictBool | None
)
MAX_TAGS = 32
MAX_ATTRIBUTES = 50
MAX_LEVEL = 9


class ContactBrief(BaseModel):
    """What a conversation list shows of its customer."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str | None
    level: int
    tags: list[str]
    verified: bool


class ContactOut(ContactBrief):
    external_id: str | None
    phone: str | None
    email: str | None
    region: str | None
    attributes: dict[str, Any]
    created_at: datetime
    last_seen_at: datetime | None


class ContactFields(Strict):
    """Profile fields; used for agents' edits and for signed identity claims alike."""

    name: Text100 | None = None
    phone: Phone | None = None
    email: EmailStr | None = None
    region: Text100 | None = None
    level: StrictInt | None = Field(default=None, ge=0, le=MAX_LEVEL)
    tags: list[Tag] | None = Field(default=None, max_length=MAX_TAGS)
    attributes: dict[AttributeKey, AttributeValue] | None = Field(
        default=None, max_length=MAX_ATTRIBUTES
    )

    @field_validator("tags")
    @classmethod
    def _distinct(cls, tags: list[str] | None) -> list[str] | None:
        return None if tags is None else list(dict.fromkeys(tags))


class ContactUpdate(ContactFields):
    pass

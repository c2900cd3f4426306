"""The catalogue of domain events. Names are stable: other nodes and integrations read them."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import ClassVar, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from kefu.core.clock import utcnow


class Event(BaseModel):
    model_config = ConfigDict(frozen=True)
    name: ClassVar[str]
    tenant_id: uuid.UUID
    occurred_at: datetime = Field(default_factory=utcnow)


CATALOGUE: dict[str, type[Event]] = {}


_E = TypeVar("_E", bound=type[Event])


def _register(cls: _E) -> _E:
    CATALOGUE[cls.name] = cls
    return cls


@_register
class TenantChanged(Event):
    """A tenant's settings or status changed; cached authorisations of it are stale."""

    name = "tenant.changed"


@_register
class UserChanged(Event):
    """A user's roles, status or password changed; their cached authorisations are stale."""

    name = "user.changed"
    user_id: uuid.UUID


@_register
class SessionRevoked(Event):
    name = "auth.session_revoked"
    session_id: uuid.UUID
    user_id: uuid.UUID


@_register
class ApiKeyRevoked(Event):
    name = "api_key.revoked"
    api_key_id: uuid.UUID

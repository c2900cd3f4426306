"""Who is acting: the authenticated principal and the request it acts through."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Literal

from kefu.identity.permissions import Permission, Role


@dataclass(frozen=True, slots=True)
class Principal:
    tenant_id: uuid.UUID
    tenant_kind: str
    actor_type: Literal["user", "api_key", "system"]
    actor_id: uuid.UUID | None
    label: str
    roles: frozenset[Role]
    permissions: frozenset[Permission]
    session_id: uuid.UUID | None = None
    name: str | None = None  # what customers see of a person: the name, not the login

    @property
    def display_name(self) -> str:
        return self.name or self.label

    @property
    def user_id(self) -> uuid.UUID | None:
        return self.actor_id if self.actor_type == "user" else None


@dataclass(frozen=True, slots=True)
class Context:
    """What every service call that changes data receives: actor, tenant, provenance."""

    principal: Principal
    source_ip: str | None = None
    request_id: str | None = None

    @property
    def tenant_id(self) -> uuid.UUID:
        return self.principal.tenant_id


def system_context(tenant_id: uuid.UUID, tenant_kind: str, label: str = "kefu-cli") -> Context:
    """The actor for operator commands run on the server (``kefu user create`` …)."""
    principal = Principal(
        tenant_id=tenant_id,
        tenant_kind=tenant_kind,
        actor_type="system",
        actor_id=None,
        label=label,
        roles=frozenset(Role),
        permissions=frozenset(Permission),
    )
    return Context(principal=principal)

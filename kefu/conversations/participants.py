"""Who takes part in a conversation: the customer's session, and the sender of a message."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Literal

from kefu.identity.context import Context


@dataclass(frozen=True, slots=True)
class Visitor:
    """A customer's authenticated session on one site (from a visitor token)."""

    tenant_id: uuid.UUID
    contact_id: uuid.UUID
    site_id: uuid.UUID
    site_key: str
    expires_at: int
    # Where the session began, as the widget reported it: carried to the conversation.
    entry: str | None = None
    campaign: str | None = None
    device: str | None = None


@dataclass(frozen=True, slots=True)
class Sender:
    type: Literal["customer", "agent", "bot", "system"]
    # The idempotency scope of ``client_msg_id``: "contact:<id>", "user:<id>", "api_key:<id>".
    ref: str
    id: uuid.UUID | None = None
    name: str | None = None

    @classmethod
    def customer(cls, contact_id: uuid.UUID, name: str | None = None) -> Sender:
        return cls("customer", f"contact:{contact_id}", contact_id, name)

    @classmethod
    def staff(cls, ctx: Context) -> Sender:
        """A signed-in agent, or an integration acting through an API key."""
        principal = ctx.principal
        ref = f"{principal.actor_type}:{principal.actor_id}"
        return cls("agent", ref, principal.actor_id, principal.display_name)

"""The catalogue of domain events. Names are stable: other nodes and integrations read them."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, ClassVar, Literal, TypeVar

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


@_register
class WebhookChanged(Event):
    """A webhook was created, changed or deleted: cached subscriptions of its tenant are stale."""

    name = "webhook.changed"
    webhook_id: uuid.UUID


@_register
class ConversationChanged(Event):
    """A conversation started or changed status, assignee or profile (not when a message
    merely moves its ``last_seq``, preview and activity time on: ``MessageCreated`` says so).

    ``conversation`` is its public form (``ConversationOut``), so that every node can push it
    to sockets without reading the database.
    """

    name = "conversation.changed"
    conversation_id: uuid.UUID
    contact_id: uuid.UUID
    conversation: dict[str, Any]
    previous_assignee_id: uuid.UUID | None = None  # told when a conversation leaves them


@_register
class MessageCreated(Event):
    """A message was stored; ``message`` is its public form (``MessageOut``).

    It also tells how the message moved its conversation on, so that conversation lists
    stay current without a snapshot per message: ``seq`` is the new ``last_seq``, the
    message's ``created_at`` the new ``last_activity_at``, ``preview`` the new
    ``last_message_preview`` (an internal note leaves it as it was), and ``status`` and
    ``assignee_id`` are the conversation's after the message (``None`` from a node that
    predates them).
    """

    name = "message.created"
    conversation_id: uuid.UUID
    contact_id: uuid.UUID
    seq: int
    private: bool
    channel: str = "web"
    message: dict[str, Any]
    status: str | None = None
    assignee_id: uuid.UUID | None = None
    preview: str | None = None


@_register
class ConversationRead(Event):
    name = "conversation.read"
    conversation_id: uuid.UUID
    contact_id: uuid.UUID
    by: Literal["customer", "agent"]
    seq: int


@_register
class Typing(Event):
    """Someone is typing. Relayed between nodes, never stored."""

    name = "conversation.typing"
    conversation_id: uuid.UUID
    contact_id: uuid.UUID
    sender: dict[str, Any]
    on: bool


@_register
class RoutingChanged(Event):
    """A tenant's skill groups, rules or routing policy changed: compiled routers are stale."""

    name = "routing.changed"


@_register
class AgentStateChanged(Event):
    """An agent's state, load or maximum changed (the supervisor's wall board follows it)."""

    name = "agent.state_changed"
    user_id: uuid.UUID
    status: str
    reason: str | None = None
    active: int
    max_concurrent: int


@_register
class QueueChanged(Event):
    """A queued conversation's position or expected wait changed, or it left the queue
    (``position`` None)."""

    name = "queue.changed"
    conversation_id: uuid.UUID
    contact_id: uuid.UUID
    position: int | None
    expected_wait: int | None  # seconds


@_register
class RoutingRequested(Event):
    """A conversation needs routing (its first customer message, a return after resolving,
    a handover from the bot). Handled on the node that committed it."""

    name = "routing.requested"
    conversation_id: uuid.UUID


@_register
class KnowledgeChanged(Event):
    """FAQ entries or help articles were created, changed or deleted (one event per
    transaction, an import included): the bot's index re-reads these ids
    (``Knowledge.index_entries``); an id that is no longer found was deleted."""

    name = "knowledge.changed"
    entry_ids: list[uuid.UUID] = Field(default_factory=list)
    article_ids: list[uuid.UUID] = Field(default_factory=list)


@_register
class AssistSuggested(Event):
    """Answers from the knowledge base for a customer's message in a conversation with a
    person (agent assist): ``suggestions`` are ``[{"entry_id", "question", "answer",
    "score"}]``, best first. Pushed to the agents following the conversation."""

    name = "assist.suggested"
    conversation_id: uuid.UUID
    seq: int
    suggestions: list[dict[str, Any]]


@_register
class TicketAlert(Event):
    """A ticket's SLA is about to be missed (``warning``) or was missed (``breach``): its
    assignee and watchers are told, and those who see every conversation when
    ``supervisors``."""

    name = "ticket.sla_alert"
    ticket_id: uuid.UUID
    number: int
    subject: str
    kind: Literal["warning", "breach"]
    metrics: list[str]
    user_ids: list[uuid.UUID]
    supervisors: bool
    priority: str


@_register
class FollowUpDue(Event):
    """A follow-up call (回访) of a solved ticket is due: its assignee is told."""

    name = "ticket.follow_up_due"
    follow_up_id: uuid.UUID
    ticket_id: uuid.UUID
    number: int
    subject: str
    user_ids: list[uuid.UUID]

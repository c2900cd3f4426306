"""Conversations and messages: the rules of live chat, free of HTTP and sockets.

Every accepted message gets the next per-conversation ``seq`` under a lock on the
conversation row, and is idempotent on ``(sender, client_msg_id)``: a resend returns the
stored message. Events are staged on the session and published after the commit, so no
socket hears of a message that was rolled back.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, Protocol
from urllib.parse import quote

from sqlalchemy import and_, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.config import Settings
from kefu.contacts.models import Contact
from kefu.contacts.schemas import ContactBrief
from kefu.contacts.service import fill_unverified
from kefu.conversations import schemas
from kefu.conversations.models import ACTIVE_STATUSES, Attachment, Conversation, Message
from kefu.conversations.participants import Sender, Visitor
from kefu.conversations.text import clean, preview
from kefu.core.bus import stage
from kefu.core.clock import utcnow
from kefu.core.errors import Conflict, Forbidden, Invalid, KefuError, NotFound
from kefu.core.events import (
    ConversationChanged,
    ConversationRead,
    MessageCreated,
    RoutingRequested,
)
from kefu.identity.context import Context
from kefu.identity.models import User
from kefu.identity.permissions import Permission

_FILE_URL_PURPOSE = b"kefu-file-url"


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a conversation started: page, entry point, campaign, device, language."""

    channel: str = "web"
    source_url: str | None = None
    referrer: str | None = None
    entry: str | None = None
    campaign: str | None = None
    device: str | None = None
    language: str | None = None

    @classmethod
    def of(
        cls,
        visitor: Visitor,
        page_url: str | None = None,
        referrer: str | None = None,
        language: str | None = None,
    ) -> Origin:
        """A web conversation's origin: the page now, and how the session began."""
        return cls(
            channel="web",
            source_url=page_url,
            referrer=referrer,
            entry=visitor.entry,
            campaign=visitor.campaign,
            device=visitor.device,
            language=language,
        )


@dataclass(frozen=True, slots=True)
class Draft:
    """A message to store, with the check that its sender may write there."""

    conversation_id: uuid.UUID
    sender: Sender
    message: schemas.MessageIn
    may_write: Callable[[Conversation], bool] = lambda conversation: True


@dataclass(frozen=True, slots=True)
class Sent:
    message: Message
    attachment: Attachment | None
    duplicate: bool


@dataclass(frozen=True, slots=True)
class Cursor:
    """A position in a list ordered by last activity, newest first."""

    at: datetime
    id: uuid.UUID

    def encode(self) -> str:
        """Opaque and URL-safe: clients pass it back, never build it."""
        raw = f"{self.at.isoformat()}|{self.id}".encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @classmethod
    def decode(cls, text: str) -> Cursor:
        try:
            raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode()
            at, ident = raw.split("|", 1)
            parsed = datetime.fromisoformat(at)
            if parsed.tzinfo is None:
                raise ValueError("naive")
            return cls(parsed, uuid.UUID(ident))
        except ValueError as exc:  # bad base64, text, date or id
            raise Invalid("The cursor is not one this API returned.", code="bad_cursor") from exc


class Assignments(Protocol):
    """What routing does when a conversation changes hands (``kefu.routing.service``):
    it keeps each agent's load, the queue and the assignment history."""

    async def take(
        self, session: AsyncSession, conversation: Conversation, user_id: uuid.UUID, reason: str
    ) -> bool: ...

    async def leave(
        self, session: AsyncSession, conversation: Conversation, *, resolved: bool
    ) -> None: ...

    async def requeue(
        self, session: AsyncSession, conversation: Conversation, group_id: uuid.UUID | None
    ) -> None: ...


class Conversations:
    def __init__(self, settings: Settings) -> None:
        self._file_key = hmac.new(
            settings.effective_secret_key.encode(), _FILE_URL_PURPOSE, hashlib.sha256
        ).digest()
        self._max_chars = settings.max_message_chars
        self.assignments: Assignments | None = None  # wired by ``Services.build``

    # --- reading ----------------------------------------------------------------------------

    async def get(
        self, session: AsyncSession, ctx: Context, conversation_id: uuid.UUID
    ) -> Conversation:
        conversation = await session.get(Conversation, conversation_id)
        if conversation is None or conversation.tenant_id != ctx.tenant_id:
            raise NotFound("No such conversation.")
        return conversation

    async def of_visitor(
        self, session: AsyncSession, visitor: Visitor, conversation_id: uuid.UUID
    ) -> Conversation:
        conversation = await session.get(Conversation, conversation_id)
        if conversation is None or conversation.contact_id != visitor.contact_id:
            raise NotFound("No such conversation.")
        return conversation

    async def active(self, session: AsyncSession, visitor: Visitor) -> Conversation | None:
        """The visitor's conversation on this site that is neither resolved nor closed."""
        return await self.active_for(session, visitor.contact_id, site_id=visitor.site_id)

    async def active_for(
        self,
        session: AsyncSession,
        contact_id: uuid.UUID,
        *,
        site_id: uuid.UUID | None = None,
        channel: str = "web",
    ) -> Conversation | None:
        """The contact's active conversation on a site, or on a site-less channel."""
        query = select(Conversation).where(
            Conversation.contact_id == contact_id, Conversation.status.in_(ACTIVE_STATUSES)
        )
        if site_id is not None:
            query = query.where(Conversation.site_id == site_id)
        else:
            query = query.where(Conversation.site_id.is_(None), Conversation.channel == channel)
        return await session.scalar(query)

    async def search(
        self,
        session: AsyncSession,
        ctx: Context,
        *,
        status: str | None,
        assignee: Literal["me", "none"] | uuid.UUID | None,
        limit: int,
        cursor: Cursor | None,
    ) -> tuple[list[tuple[Conversation, Contact]], Cursor | None]:
        query = (
            select(Conversation, Contact)
            .join(Contact, Contact.id == Conversation.contact_id)
            .where(Conversation.tenant_id == ctx.tenant_id)
        )
        if status is not None:
            query = query.where(Conversation.status == status)
        if assignee == "me":
            query = query.where(Conversation.assignee_id == ctx.principal.user_id)
        elif assignee == "none":
            query = query.where(Conversation.assignee_id.is_(None))
        elif assignee is not None:
            query = query.where(Conversation.assignee_id == assignee)
        if cursor is not None:
            query = query.where(
                or_(
                    Conversation.last_activity_at < cursor.at,
                    and_(Conversation.last_activity_at == cursor.at, Conversation.id < cursor.id),
                )
            )
        query = query.order_by(Conversation.last_activity_at.desc(), Conversation.id.desc())
        rows = [(c, k) for c, k in await session.execute(query.limit(limit))]
        last = rows[-1][0] if len(rows) == limit else None
        return rows, None if last is None else Cursor(last.last_activity_at, last.id)

    async def messages(
        self,
        session: AsyncSession,
        conversation: Conversation,
        *,
        after_seq: int,
        limit: int,
        include_private: bool,
    ) -> list[schemas.MessageOut]:
        query = select(Message, Attachment).outerjoin(
            Attachment, Attachment.id == Message.attachment_id
        )
        query = query.where(Message.conversation_id == conversation.id, Message.seq > after_seq)
        if not include_private:
            query = query.where(Message.private.is_(False))
        rows = await session.execute(query.order_by(Message.seq).limit(limit))
        return [self.message_out(m, a) for m, a in rows]

    async def messages_after(
        self, session: AsyncSession, conversation_id: uuid.UUID, after_seq: int, limit: int
    ) -> list[schemas.MessageOut]:
        """Every message after ``after_seq``, private ones included: for the socket replay,
        which decides per subscriber what it may see."""
        rows = await session.execute(
            select(Message, Attachment)
            .outerjoin(Attachment, Attachment.id == Message.attachment_id)
            .where(Message.conversation_id == conversation_id, Message.seq > after_seq)
            .order_by(Message.seq)
            .limit(limit)
        )
        return [self.message_out(m, a) for m, a in rows]

    # --- starting ---------------------------------------------------------------------------

    async def start(
        self,
        session: AsyncSession,
        visitor: Visitor,
        origin: Origin,
        prechat: dict[str, str],
        *,
        status: str = "queued",
    ) -> tuple[Conversation, bool]:
        """The visitor's active conversation on this site, or a new one (then ``True``)."""
        contact = await session.get(Contact, visitor.contact_id)
        if contact is None:
            raise NotFound("No such contact.")
        return await self.open_for(
            session, contact, visitor.site_id, origin, prechat, status=status
        )

    async def open_for(
        self,
        session: AsyncSession,
        contact: Contact,
        site_id: uuid.UUID | None,
        origin: Origin,
        prechat: dict[str, str],
        *,
        status: str = "queued",
    ) -> tuple[Conversation, bool]:
        """The contact's active conversation on the site (or site-less channel), or a new
        one (then ``True``). One at a time, even when two requests race to start it."""
        existing = await self.active_for(
            session, contact.id, site_id=site_id, channel=origin.channel
        )
        if existing is not None:
            return existing, False
        fill_unverified(contact, prechat.get("name"), prechat.get("phone"), prechat.get("email"))
        conversation = Conversation(
            tenant_id=contact.tenant_id,
            contact_id=contact.id,
            site_id=site_id,
            status=status,
            prechat=prechat,
            last_activity_at=utcnow(),
            last_seq=0,
            customer_read_seq=0,
            agent_read_seq=0,
            **_origin_columns(origin),
        )
        try:
            async with session.begin_nested():
                session.add(conversation)
        except IntegrityError:
            # Another tab or request of the same customer started one a moment ago.
            existing = await self.active_for(
                session, contact.id, site_id=site_id, channel=origin.channel
            )
            if existing is None:
                raise
            return existing, False
        self.announce(session, conversation)
        return conversation, True

    # --- messages ---------------------------------------------------------------------------

    async def send(
        self,
        session: AsyncSession,
        conversation_id: uuid.UUID,
        sender: Sender,
        draft: schemas.MessageIn,
    ) -> tuple[Message, Attachment | None, bool]:
        """Store ``draft`` as the conversation's next message; ``True`` if it was a resend.

        The caller has checked that ``sender`` may write to this conversation.
        """
        [result] = await self.send_many(session, [Draft(conversation_id, sender, draft)])
        if isinstance(result, KefuError):
            raise result
        return result.message, result.attachment, result.duplicate

    async def send_many(
        self, session: AsyncSession, drafts: Sequence[Draft]
    ) -> list[Sent | KefuError]:
        """Store many messages in one transaction, with a handful of statements whatever
        their number: the conversations are locked together (in id order, so two batches
        never deadlock), earlier copies and attachments are read in one query each, and
        the new rows are written in one flush. Each draft gets its outcome or its error;
        one refused draft does not refuse the others."""
        results: list[Sent | KefuError | None] = [None] * len(drafts)
        bodies: dict[int, str] = {}
        for index, draft in enumerate(drafts):
            body = clean(draft.message.body)
            try:
                self._check_draft(draft.sender, draft.message, body)
            except KefuError as exc:
                results[index] = exc
                continue
            bodies[index] = body
        if bodies:
            await self._store(session, drafts, bodies, results)
        return [r if r is not None else KefuError("Not stored.") for r in results]

    async def _store(
        self,
        session: AsyncSession,
        drafts: Sequence[Draft],
        bodies: dict[int, str],
        results: list[Sent | KefuError | None],
    ) -> None:
        ids = sorted({drafts[i].conversation_id for i in bodies})
        conversations = {
            c.id: c
            for c in await session.scalars(
                select(Conversation)
                .where(Conversation.id.in_(ids))
                .order_by(Conversation.id)
                .with_for_update()
                .execution_options(populate_existing=True)
            )
        }
        client_ids = {drafts[i].message.client_msg_id for i in bodies}
        earlier = {
            (m.conversation_id, m.sender_ref, m.client_msg_id): m
            for m in await session.scalars(
                select(Message).where(
                    Message.conversation_id.in_(ids), Message.client_msg_id.in_(client_ids)
                )
            )
        }
        wanted = {drafts[i].message.attachment_id for i in bodies} | {
            m.attachment_id for m in earlier.values()
        }
        wanted.discard(None)
        attachments: dict[uuid.UUID, Attachment] = {}
        if wanted:
            query = select(Attachment).where(Attachment.id.in_(wanted))
            attachments = {a.id: a for a in await session.scalars(query)}
        before: dict[uuid.UUID, tuple[str, uuid.UUID | None, bool]] = {}
        created: list[Sent] = []
        claims: dict[uuid.UUID, uuid.UUID] = {}  # conversation -> the agent answering it
        now = utcnow()
        for index, body in bodies.items():
            draft = drafts[index]
            conversation = conversations.get(draft.conversation_id)
            if conversation is None or not draft.may_write(conversation):
                results[index] = NotFound("No such conversation.")
                continue
            key = (conversation.id, draft.sender.ref, draft.message.client_msg_id)
            if key in earlier:
                copy = earlier[key]
                found = attachments.get(copy.attachment_id) if copy.attachment_id else None
                results[index] = Sent(copy, found, True)
                continue
            try:
                attachment = self._usable_attachment(conversation, draft.message, attachments)
            except KefuError as exc:
                results[index] = exc
                continue
            state = before.setdefault(
                conversation.id, (conversation.status, conversation.assignee_id, False)
            )
            conversation.last_seq += 1
            message = Message(
                tenant_id=conversation.tenant_id,
                conversation_id=conversation.id,
                seq=conversation.last_seq,
                sender_type=draft.sender.type,
                sender_id=draft.sender.id,
                sender_name=draft.sender.name,
                sender_ref=draft.sender.ref,
                client_msg_id=draft.message.client_msg_id,
                kind=draft.message.kind,
                body=body,
                private=draft.message.private,
                attachment_id=attachment.id if attachment else None,
                card=draft.message.card.model_dump(mode="json") if draft.message.card else None,
                created_at=now,
            )
            session.add(message)
            earlier[key] = message  # a second copy in this same batch is a resend
            claimant = self._after_message(conversation, message, draft.sender, attachment)
            if claimant is not None:
                claims.setdefault(conversation.id, claimant)
            before[conversation.id] = (state[0], state[1], state[2] or not message.private)
            sent = Sent(message, attachment, False)
            results[index] = sent
            created.append(sent)
        if not created:
            return
        await session.flush()
        await self._after_batch(session, conversations, before, claims)
        for sent in created:
            conversation = conversations[sent.message.conversation_id]
            stage(
                session,
                MessageCreated(
                    tenant_id=conversation.tenant_id,
                    conversation_id=conversation.id,
                    contact_id=conversation.contact_id,
                    seq=sent.message.seq,
                    private=sent.message.private,
                    channel=conversation.channel,
                    message=self.message_out(sent.message, sent.attachment).model_dump(mode="json"),
                ),
            )
        # One conversation change per conversation and batch, not one per message.
        for conversation_id, (status, assignee, public) in before.items():
            conversation = conversations[conversation_id]
            if public or (conversation.status, conversation.assignee_id) != (status, assignee):
                self.announce(session, conversation)

    async def _after_batch(
        self,
        session: AsyncSession,
        conversations: dict[uuid.UUID, Conversation],
        touched: dict[uuid.UUID, tuple[str, uuid.UUID | None, bool]],
        claims: dict[uuid.UUID, uuid.UUID],
    ) -> None:
        """Answering an unassigned conversation takes it, within the agent's maximum (agents
        in id order: the lock order routing keeps); a customer writing in a conversation
        nobody routed yet asks for routing."""
        if self.assignments is not None:
            for conversation_id, user_id in sorted(claims.items(), key=lambda c: (c[1], c[0])):
                conversation = conversations[conversation_id]
                if conversation.assignee_id is None:
                    await self.assignments.take(session, conversation, user_id, "reply")
        for conversation_id in touched:
            conversation = conversations[conversation_id]
            if (
                conversation.status == "queued"
                and conversation.routed_at is None
                and conversation.waiting_since is not None
            ):
                stage(
                    session,
                    RoutingRequested(
                        tenant_id=conversation.tenant_id, conversation_id=conversation.id
                    ),
                )

    def _check_draft(self, sender: Sender, draft: schemas.MessageIn, body: str) -> None:
        if len(body) > self._max_chars:
            raise Invalid(
                f"A message holds at most {self._max_chars} characters.",
                code="message_too_long",
                details={"max_chars": self._max_chars, "chars": len(body)},
            )
        if sender.type == "customer" and (draft.private or draft.kind == "card"):
            raise Forbidden("Customers send text, images and files only.")
        if draft.kind == "text" and not body:
            raise Invalid("The message is empty.", details={"field": "body"})
        if draft.kind in ("image", "file") and draft.attachment_id is None:
            raise Invalid(f"A {draft.kind} message needs an attachment_id.")
        if draft.kind != "card" and draft.card is not None:
            raise Invalid("Only a card message carries a card.", details={"field": "card"})
        if draft.kind == "card" and draft.card is None:
            raise Invalid("A card message needs a card.", details={"field": "card"})

    async def lock(self, session: AsyncSession, conversation_id: uuid.UUID) -> Conversation:
        """The conversation, locked until commit: messages get their seq one at a time.

        On SQLite every writing transaction already holds the database's write lock.
        """
        conversation = await session.scalar(
            select(Conversation)
            .where(Conversation.id == conversation_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        if conversation is None:
            raise NotFound("No such conversation.")
        return conversation

    @staticmethod
    def _usable_attachment(
        conversation: Conversation,
        draft: schemas.MessageIn,
        attachments: dict[uuid.UUID, Attachment],
    ) -> Attachment | None:
        if conversation.status == "closed":
            raise Conflict("The conversation is closed.", code="conversation_closed")
        if draft.attachment_id is None:
            return None
        attachment = attachments.get(draft.attachment_id)
        if attachment is None or attachment.conversation_id != conversation.id:
            raise NotFound("No such attachment in this conversation.", code="attachment_not_found")
        if draft.kind == "image" and not attachment.content_type.startswith("image/"):
            raise Invalid("This attachment is not an image; send it as a file.")
        return attachment

    @staticmethod
    def _after_message(
        conversation: Conversation,
        message: Message,
        sender: Sender,
        attachment: Attachment | None,
    ) -> uuid.UUID | None:
        """Update the conversation for a new message; the agent who answers it unassigned."""
        conversation.last_activity_at = message.created_at
        if message.private:
            return None
        conversation.last_message_preview = preview(
            message.body or (attachment.name if attachment else "") or message.kind
        )
        if sender.type == "customer":
            conversation.waiting_since = conversation.waiting_since or message.created_at
            if conversation.status == "resolved":  # the customer came back: route again
                conversation.status, conversation.assignee_id = "queued", None
                conversation.resolved_at = conversation.routed_at = None
        elif sender.type == "agent":
            conversation.waiting_since = None
            if conversation.assignee_id is None and sender.ref.startswith("user:"):
                return sender.id
        return None

    def message_out(self, message: Message, attachment: Attachment | None) -> schemas.MessageOut:
        return schemas.MessageOut(
            id=message.id,
            seq=message.seq,
            conversation_id=message.conversation_id,
            client_msg_id=message.client_msg_id,
            sender=schemas.SenderOut(
                type=message.sender_type,
                id=message.sender_id,
                name=message.sender_name,
            ),
            kind=message.kind,
            body=message.body,
            private=message.private,
            attachment=self.attachment_out(attachment) if attachment else None,
            card=message.card,
            created_at=message.created_at,
        )

    # --- attachments ------------------------------------------------------------------------

    def file_signature(self, attachment_id: uuid.UUID) -> str:
        return hmac.new(self._file_key, attachment_id.bytes, hashlib.sha256).hexdigest()[:32]

    def attachment_out(self, attachment: Attachment) -> schemas.AttachmentOut:
        signature = self.file_signature(attachment.id)
        return schemas.AttachmentOut(
            id=attachment.id,
            name=attachment.name,
            content_type=attachment.content_type,
            size=attachment.size,
            url=f"/api/v1/files/{attachment.id}/{signature}/{quote(attachment.name)}",
        )

    # --- status, assignment, read marks -----------------------------------------------------

    async def set_status(
        self,
        session: AsyncSession,
        ctx: Context,
        conversation_id: uuid.UUID,
        action: Literal["reopen", "resolve", "close"],
    ) -> Conversation:
        conversation = await self.lock(session, conversation_id)
        if conversation.tenant_id != ctx.tenant_id:
            raise NotFound("No such conversation.")
        if conversation.status == "closed":
            raise Conflict("The conversation is closed.", code="conversation_closed")
        now = utcnow()
        hooks = self.assignments
        if action in ("resolve", "close"):
            if hooks is not None:
                await hooks.leave(session, conversation, resolved=True)
            if action == "resolve":
                conversation.status, conversation.resolved_at = "resolved", now
            else:
                conversation.status, conversation.closed_at = "closed", now
            conversation.waiting_since = None
        elif conversation.status == "resolved":
            conversation.resolved_at = None
            # Back to its agent if they have room, else to the queue of its group.
            assignee = conversation.assignee_id
            if hooks is None:
                conversation.status = "open" if assignee else "queued"
            elif assignee is None or not await hooks.take(
                session, conversation, assignee, "reopened"
            ):
                conversation.status, conversation.assignee_id = "queued", None
                await hooks.requeue(session, conversation, conversation.group_id)
        conversation.last_activity_at = now
        self.announce(session, conversation)
        return conversation

    async def assign(
        self,
        session: AsyncSession,
        ctx: Context,
        conversation_id: uuid.UUID,
        user_id: uuid.UUID | None,
    ) -> Conversation:
        """Assign to ``user_id`` (``None``: back to the queue). Without
        ``conversations:manage`` one may only take an unassigned conversation for oneself,
        or hand one's own back to the queue."""
        conversation = await self.lock(session, conversation_id)
        if conversation.tenant_id != ctx.tenant_id:
            raise NotFound("No such conversation.")
        manager = Permission.CONVERSATIONS_MANAGE in ctx.principal.permissions
        me = ctx.principal.user_id
        if not manager and not (user_id in (None, me) and conversation.assignee_id in (None, me)):
            raise Forbidden(
                "Only a supervisor may assign conversations to others or take them over.",
                details={"permission": Permission.CONVERSATIONS_MANAGE.value},
            )
        if conversation.status in ("resolved", "closed"):
            raise Conflict("Reopen the conversation first.", code="conversation_not_active")
        if user_id is not None:
            user = await session.get(User, user_id)
            if user is None or user.tenant_id != ctx.tenant_id or user.status != "active":
                raise Invalid("No such active user.", details={"field": "user_id"})
        previous = conversation.assignee_id
        if previous == user_id:
            return conversation
        hooks = self.assignments
        if hooks is None:
            conversation.assignee_id = user_id
            conversation.status = "open" if user_id else "queued"
        elif user_id is None:
            await hooks.requeue(session, conversation, conversation.group_id)
        else:
            await hooks.leave(session, conversation, resolved=False)
            conversation.assignee_id = None
            reason = "claimed" if user_id == me else "supervisor"
            if not await hooks.take(session, conversation, user_id, reason):
                raise Conflict(
                    "That agent has no room for another conversation.",
                    code="agent_at_capacity",
                    details={"user_id": str(user_id)},
                )
        conversation.last_activity_at = utcnow()
        self.announce(session, conversation, previous)
        return conversation

    async def mark_read(
        self,
        session: AsyncSession,
        conversation: Conversation,
        by: Literal["customer", "agent"],
        seq: int,
    ) -> int:
        """Move the read mark forward to ``seq`` (never back, never past the last message)."""
        column = Conversation.customer_read_seq if by == "customer" else Conversation.agent_read_seq
        seq = min(seq, conversation.last_seq)
        result = await session.execute(
            update(Conversation)
            .where(Conversation.id == conversation.id, column < seq)
            .values({column: seq})
            .execution_options(synchronize_session=False)
        )
        if result.rowcount:  # type: ignore[attr-defined]
            stage(
                session,
                ConversationRead(
                    tenant_id=conversation.tenant_id,
                    conversation_id=conversation.id,
                    contact_id=conversation.contact_id,
                    by=by,
                    seq=seq,
                ),
            )
        return seq

    # --- shapes -----------------------------------------------------------------------------

    @staticmethod
    def out(conversation: Conversation, contact: Contact | None = None) -> schemas.ConversationOut:
        out = schemas.ConversationOut.model_validate(conversation)
        if contact is not None:
            out.contact = ContactBrief.model_validate(contact)
        return out

    def announce(
        self,
        session: AsyncSession,
        conversation: Conversation,
        previous_assignee_id: uuid.UUID | None = None,
    ) -> None:
        stage(
            session,
            ConversationChanged(
                tenant_id=conversation.tenant_id,
                conversation_id=conversation.id,
                contact_id=conversation.contact_id,
                conversation=self.out(conversation).model_dump(mode="json"),
                previous_assignee_id=previous_assignee_id,
            ),
        )


def _origin_columns(origin: Origin) -> dict[str, Any]:
    return {
        "channel": origin.channel,
        "source_url": origin.source_url,
        "referrer": origin.referrer,
        "entry": origin.entry,
        "campaign": origin.campaign,
        "device": origin.device,
        "language": origin.language,
    }

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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any, Literal, Protocol, cast
from urllib.parse import quote

from sqlalchemy import (
    String,
    Table,
    Uuid,
    and_,
    bindparam,
    column,
    insert,
    or_,
    select,
    update,
    values,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key
from sqlalchemy.sql.elements import ColumnElement

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
from kefu.core.ids import new_id
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


@dataclass(slots=True)
class ConversationHead:
    """The columns of a conversation that sending a message reads and moves on: whose it
    is, its state, and its latest message. Read without loading the whole row."""

    id: uuid.UUID
    tenant_id: uuid.UUID
    contact_id: uuid.UUID
    channel: str
    status: str
    assignee_id: uuid.UUID | None
    last_seq: int
    last_message_preview: str | None
    last_activity_at: datetime
    waiting_since: datetime | None
    resolved_at: datetime | None
    routed_at: datetime | None

    def moved(self, now: datetime) -> dict[str, Any]:
        """The columns a round of messages may have changed, by name."""
        return {
            "status": self.status,
            "assignee_id": self.assignee_id,
            "last_seq": self.last_seq,
            "last_message_preview": self.last_message_preview,
            "last_activity_at": self.last_activity_at,
            "waiting_since": self.waiting_since,
            "resolved_at": self.resolved_at,
            "routed_at": self.routed_at,
            "updated_at": now,
        }


_conversations = cast(Table, Conversation.__table__)
_messages = cast(Table, Message.__table__)
_HEAD_COLUMNS = [_conversations.c[f.name] for f in fields(ConversationHead)]
# One statement for every conversation a round moves on (an executemany); the columns it
# sets are the keys of ``ConversationHead.moved``.
_ADVANCE = update(_conversations).where(_conversations.c.id == bindparam("b_id"))


def _sync_loaded(session: AsyncSession, heads: Iterable[ConversationHead], now: datetime) -> None:
    """Conversations the caller already loaded in this session see what the round wrote."""
    loaded = session.identity_map
    for head in heads:
        conversation = loaded.get(identity_key(Conversation, head.id))
        if conversation is not None:
            for name, value in head.moved(now).items():
                set_committed_value(conversation, name, value)


@dataclass(frozen=True, slots=True)
class Draft:
    """A message to store, with the check that its sender may write there."""

    conversation_id: uuid.UUID
    sender: Sender
    message: schemas.MessageIn
    may_write: Callable[[ConversationHead], bool] = lambda conversation: True


@dataclass(frozen=True, slots=True)
class Sent:
    message: schemas.MessageOut
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

    @property
    def _routing(self) -> Assignments:
        assert self.assignments is not None, "Services.build wires routing in"
        return self.assignments

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
        contact_id: uuid.UUID | None = None,
        groups: Sequence[uuid.UUID] | None = None,
        ungrouped: bool = False,
    ) -> tuple[list[tuple[Conversation, Contact]], Cursor | None]:
        """``groups``: only conversations of these skill groups, and of none when
        ``ungrouped`` (an agent's queue: their groups and the tenant's general queue)."""
        query = (
            select(Conversation, Contact)
            .join(Contact, Contact.id == Conversation.contact_id)
            .where(Conversation.tenant_id == ctx.tenant_id)
        )
        if status is not None:
            query = query.where(Conversation.status == status)
        if contact_id is not None:
            query = query.where(Conversation.contact_id == contact_id)
        if groups is not None:
            in_groups: ColumnElement[bool] = Conversation.group_id.in_(list(groups))
            if ungrouped:
                in_groups = or_(in_groups, Conversation.group_id.is_(None))
            query = query.where(in_groups)
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
    ) -> Sent:
        """Store ``draft`` as the conversation's next message (or find its earlier copy).

        The caller has checked that ``sender`` may write to this conversation.
        """
        [result] = await self.send_many(session, [Draft(conversation_id, sender, draft)])
        if isinstance(result, KefuError):
            raise result
        return result

    async def send_many(
        self, session: AsyncSession, drafts: Sequence[Draft]
    ) -> list[Sent | KefuError]:
        """Store many messages in one transaction, with a handful of statements whatever
        their number: the conversations are locked together (in id order, so two batches
        never deadlock), earlier copies and attachments are read in one query each, the
        new rows are inserted with one ``executemany`` and the conversations moved on with
        another. Each draft gets its outcome or its error; one refused draft does not
        refuse the others."""
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
        # Core statements, not the unit of work: a round of hundreds of messages would
        # otherwise spend most of its time hydrating and flushing ORM objects.
        await session.flush()  # what the caller changed is visible to the lock below
        ids = sorted({drafts[i].conversation_id for i in bodies})
        heads = {
            row.id: ConversationHead(*row)
            for row in await session.execute(
                select(*_HEAD_COLUMNS)
                .where(_conversations.c.id.in_(ids))
                .order_by(_conversations.c.id)
                .with_for_update()
            )
        }
        # Exactly the round's (conversation, sender, client id) keys, each one lookup in the
        # unique index: a row-value IN list would make SQLite scan the table, and a filter
        # on the conversations alone read their whole history every round.
        keys = values(
            column("conversation_id", Uuid()),
            column("sender_ref", String()),
            column("client_msg_id", String()),
            name="round_keys",
        ).data(
            list(
                {
                    (d.conversation_id, d.sender.ref, d.message.client_msg_id)
                    for d in (drafts[i] for i in bodies)
                }
            )
        )
        wanted_keys = keys.cte("round_keys")
        earlier: dict[tuple[uuid.UUID, str, str | None], Message] = {
            (m.conversation_id, m.sender_ref, m.client_msg_id): m
            for m in await session.scalars(
                select(Message).join(
                    wanted_keys,
                    and_(
                        Message.conversation_id == wanted_keys.c.conversation_id,
                        Message.sender_ref == wanted_keys.c.sender_ref,
                        Message.client_msg_id == wanted_keys.c.client_msg_id,
                    ),
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
        before = {head.id: (head.status, head.assignee_id) for head in heads.values()}
        created: dict[tuple[uuid.UUID, str, str | None], Sent] = {}
        rows: list[dict[str, Any]] = []
        # Each new message with its conversation as it left it: (status, assignee, preview).
        events: list[tuple[ConversationHead, Sent, tuple[str, uuid.UUID | None, str | None]]] = []
        claims: dict[uuid.UUID, uuid.UUID] = {}  # conversation -> the agent answering it
        now = utcnow()
        for index, body in bodies.items():
            draft = drafts[index]
            head = heads.get(draft.conversation_id)
            if head is None or not draft.may_write(head):
                results[index] = NotFound("No such conversation.")
                continue
            key = (head.id, draft.sender.ref, draft.message.client_msg_id)
            if key in created:  # a second copy in this same round is a resend
                results[index] = Sent(created[key].message, True)
                continue
            if key in earlier:
                copy = earlier[key]
                found = attachments.get(copy.attachment_id) if copy.attachment_id else None
                results[index] = Sent(self.message_out(copy, found), True)
                continue
            try:
                attachment = self._usable_attachment(head, draft.message, attachments)
            except KefuError as exc:
                results[index] = exc
                continue
            head.last_seq += 1
            row = {
                "id": new_id(),
                "tenant_id": head.tenant_id,
                "conversation_id": head.id,
                "seq": head.last_seq,
                "sender_type": draft.sender.type,
                "sender_id": draft.sender.id,
                "sender_name": draft.sender.name,
                "sender_ref": draft.sender.ref,
                "client_msg_id": draft.message.client_msg_id,
                "kind": draft.message.kind,
                "body": body,
                "private": draft.message.private,
                "attachment_id": attachment.id if attachment else None,
                "card": draft.message.card.model_dump(mode="json") if draft.message.card else None,
                "created_at": now,
            }
            rows.append(row)
            claimant = self._after_message(head, row, draft.sender, attachment)
            if claimant is not None:
                claims.setdefault(head.id, claimant)
            sent = Sent(self._new_message_out(row, attachment), False)
            created[key] = sent
            results[index] = sent
            line = None if row["private"] else head.last_message_preview
            events.append((head, sent, (head.status, head.assignee_id, line)))
        if not rows:
            return
        await session.execute(insert(_messages), rows)
        moved = {head.id: head for head, _, _ in events}
        await session.execute(
            _ADVANCE, [{"b_id": head.id, **head.moved(now)} for head in moved.values()]
        )
        _sync_loaded(session, moved.values(), now)
        for head, sent, (status, assignee_id, line) in events:
            stage(
                session,
                MessageCreated(
                    occurred_at=now,  # the round's one clock reading, not one per message
                    tenant_id=head.tenant_id,
                    conversation_id=head.id,
                    contact_id=head.contact_id,
                    seq=sent.message.seq,
                    private=sent.message.private,
                    channel=head.channel,
                    message=sent.message.model_dump(mode="json"),
                    status=status,
                    assignee_id=assignee_id,
                    preview=line,
                ),
            )
        claimed = await self._claim(session, claims)
        # A message that takes a conversation or brings its customer back changes it; the
        # others leave it as it was and need no snapshot.
        changed = [
            i for i, h in moved.items() if (h.status, h.assignee_id) != before[i] or i in claimed
        ]
        if changed:
            for conversation in await session.scalars(
                select(Conversation)
                .where(Conversation.id.in_(changed))
                .execution_options(populate_existing=True)
            ):
                self.announce(session, conversation)
        # A customer writing in a conversation nobody routed yet asks for routing.
        for head in moved.values():
            if head.id in claimed or head.status != "queued" or head.routed_at is not None:
                continue
            if head.waiting_since is not None:
                stage(session, RoutingRequested(tenant_id=head.tenant_id, conversation_id=head.id))

    async def _claim(
        self, session: AsyncSession, claims: dict[uuid.UUID, uuid.UUID]
    ) -> set[uuid.UUID]:
        """Answering an unassigned conversation takes it, within the agent's maximum; agents
        in id order, the lock order routing keeps. The conversations taken."""
        if not claims:
            return set()
        loaded = {
            c.id: c
            for c in await session.scalars(
                select(Conversation)
                .where(Conversation.id.in_(claims))
                .execution_options(populate_existing=True)
            )
        }
        taken = set()
        for conversation_id, user_id in sorted(claims.items(), key=lambda c: (c[1], c[0])):
            if await self._routing.take(session, loaded[conversation_id], user_id, "reply"):
                taken.add(conversation_id)
        return taken

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
        conversation: ConversationHead,
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
        conversation: ConversationHead,
        message: dict[str, Any],
        sender: Sender,
        attachment: Attachment | None,
    ) -> uuid.UUID | None:
        """How a new message (a ``messages`` row) moves its conversation on; the agent who
        answers it unassigned (routing decides whether they may take it)."""
        created_at: datetime = message["created_at"]
        conversation.last_activity_at = created_at
        if message["private"]:
            return None
        conversation.last_message_preview = preview(
            message["body"] or (attachment.name if attachment else "") or message["kind"]
        )
        if sender.type == "customer":
            conversation.waiting_since = conversation.waiting_since or created_at
            if conversation.status == "resolved":  # the customer came back: route again
                conversation.status, conversation.assignee_id = "queued", None
                conversation.resolved_at = conversation.routed_at = None
        elif sender.type in ("agent", "bot"):  # answered
            conversation.waiting_since = None
            if (
                sender.type == "agent"
                and conversation.assignee_id is None
                and sender.ref.startswith("user:")
            ):
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

    def _new_message_out(
        self, row: dict[str, Any], attachment: Attachment | None
    ) -> schemas.MessageOut:
        """A ``messages`` row just inserted, in its public form."""
        return schemas.MessageOut(
            id=row["id"],
            seq=row["seq"],
            conversation_id=row["conversation_id"],
            client_msg_id=row["client_msg_id"],
            sender=schemas.SenderOut(
                type=row["sender_type"], id=row["sender_id"], name=row["sender_name"]
            ),
            kind=row["kind"],
            body=row["body"],
            private=row["private"],
            attachment=self.attachment_out(attachment) if attachment else None,
            card=row["card"],
            created_at=row["created_at"],
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
        if action in ("resolve", "close"):
            await self._routing.leave(session, conversation, resolved=True)
            if action == "resolve":
                conversation.status, conversation.resolved_at = "resolved", now
            else:
                conversation.status, conversation.closed_at = "closed", now
            conversation.waiting_since = None
        elif conversation.status == "resolved":
            conversation.resolved_at = None
            # Back to its agent if they have room, else to the queue of its group.
            assignee = conversation.assignee_id
            if assignee is None or not await self._routing.take(
                session, conversation, assignee, "reopened"
            ):
                conversation.status, conversation.assignee_id = "queued", None
                await self._routing.requeue(session, conversation, conversation.group_id)
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
        if user_id is None:
            await self._routing.requeue(session, conversation, conversation.group_id)
        else:
            await self._routing.leave(session, conversation, resolved=False)
            conversation.assignee_id = None
            reason = "claimed" if user_id == me else "supervisor"
            if not await self._routing.take(session, conversation, user_id, reason):
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

"""Tickets: creating them from wherever a problem arrives, changing them, moving them
through their type's workflow, comments, watchers and the history of every change.

Every write checks the ticket's tenant, the type's custom fields and workflow, and that the
people, teams, contacts and conversations it names are the tenant's; a refused write
changes nothing. The SLA clocks follow each change (``timers``).
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Text, and_, cast, false, or_, select
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.contacts.models import Contact
from kefu.conversations.models import Attachment, Conversation, Message
from kefu.conversations.participants import Sender
from kefu.conversations.schemas import MessageIn
from kefu.conversations.service import Conversations, Cursor
from kefu.core.clock import utcnow
from kefu.core.errors import Conflict, Invalid, KefuError, NotFound
from kefu.core.ids import new_id
from kefu.identity.context import Context, system_context
from kefu.identity.models import OrgUnit, Tenant, User
from kefu.tickets import schemas, search
from kefu.tickets.fields import attachment_ids, check_values, searchable
from kefu.tickets.models import (
    Ticket,
    TicketComment,
    TicketCounter,
    TicketEvent,
    TicketType,
    TicketWatcher,
)
from kefu.tickets.timers import Timers, clocks
from kefu.tickets.types import TicketTypes, fields_of, workflow_of

log = logging.getLogger("kefu.tickets")
SUBJECT_CHARS = 60  # of a message, as a ticket's subject
DESCRIPTION_CHARS = 20_000
TRANSCRIPT_LIMIT = 500  # messages copied into a ticket made from a conversation
Moved = Callable[[AsyncSession, Context, Ticket, TicketType, str], Awaitable[None]]


def actor_of(ctx: Context) -> tuple[str, str]:
    principal = ctx.principal
    ident = principal.actor_id or principal.label
    return f"{principal.actor_type}:{ident}", principal.display_name


class Tickets:
    def __init__(self, types: TicketTypes, timers: Timers, conversations: Conversations) -> None:
        self.types = types
        self.timers = timers
        self._conversations = conversations
        # What else happens when a ticket changes state (a follow-up scheduled, a survey
        # offered): ``await hook(session, ctx, ticket, ticket_type, category_before)``.
        self.on_moved: list[Moved] = []

    # --- reading ---------------------------------------------------------------------------

    async def get(self, session: AsyncSession, ctx: Context, ticket_id: uuid.UUID) -> Ticket:
        ticket = await session.get(Ticket, ticket_id)
        if ticket is None or ticket.tenant_id != ctx.tenant_id:
            raise NotFound("No such ticket.")
        return ticket

    async def lock(self, session: AsyncSession, ctx: Context, ticket_id: uuid.UUID) -> Ticket:
        """The ticket, locked until the transaction ends: changes to it are made one at a time."""
        ticket = await session.get(Ticket, ticket_id, with_for_update=True)
        if ticket is None or ticket.tenant_id != ctx.tenant_id:
            raise NotFound("No such ticket.")
        return ticket

    async def out(self, session: AsyncSession, ctx: Context, ticket: Ticket) -> schemas.TicketOut:
        ticket_type = await session.get(TicketType, ticket.type_id)
        assert ticket_type is not None
        workflow = workflow_of(ticket_type)
        hours = await self.timers.hours(session, ticket)
        now = utcnow()
        sla = {
            metric: schemas.SlaClockOut(
                status=clock.status(now),
                target_seconds=clock.target,
                used_seconds=clock.used(hours, now),
                due_at=clock.due_at,
                met_at=clock.met_at,
                breached_at=clock.breached_at,
            )
            for metric, clock in clocks(ticket).items()
        }
        return schemas.TicketOut.model_validate(
            {
                **{c.key: getattr(ticket, c.key) for c in Ticket.__table__.columns},
                "type_key": ticket_type.key,
                "sla": sla,
                "transitions": workflow.targets(ticket.status, ctx.principal.roles),
            }
        )

    async def search(
        self,
        session: AsyncSession,
        ctx: Context,
        where: schemas.TicketFilter,
        *,
        limit: int,
        cursor: Cursor | None,
    ) -> tuple[list[Ticket], Cursor | None]:
        column = {
            "updated": Ticket.updated_at,
            "created": Ticket.created_at,
            "due": Ticket.sla_due_at,
        }[where.sort]
        query = select(Ticket).where(Ticket.tenant_id == ctx.tenant_id)
        for condition in self._conditions(session, ctx, where):
            query = query.where(condition)
        if where.sort == "due":
            query = query.where(Ticket.sla_due_at.is_not(None))
            if cursor is not None:
                query = query.where(
                    or_(column > cursor.at, and_(column == cursor.at, Ticket.id > cursor.id))
                )
            query = query.order_by(column.asc(), Ticket.id.asc())
        else:
            if cursor is not None:
                query = query.where(
                    or_(column < cursor.at, and_(column == cursor.at, Ticket.id < cursor.id))
                )
            query = query.order_by(column.desc(), Ticket.id.desc())
        rows = list((await session.scalars(query.limit(limit))).all())
        if len(rows) < limit:
            return rows, None
        last = rows[-1]
        at = getattr(last, column.key)
        return rows, Cursor(at, last.id)

    def _conditions(
        self, session: AsyncSession, ctx: Context, where: schemas.TicketFilter
    ) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = []
        if where.category and len(where.category) == 1:
            # An equality, not IN: SQLite then reads the category index in the list's order.
            found.append(Ticket.category == where.category[0])
        elif where.category:
            found.append(Ticket.category.in_(where.category))
        if where.status:
            found.append(Ticket.status == where.status)
        if where.type_id:
            found.append(Ticket.type_id == where.type_id)
        if where.priority:
            found.append(Ticket.priority.in_(where.priority))
        if where.assignee == "me":
            found.append(Ticket.assignee_id == ctx.principal.user_id)
        elif where.assignee == "none":
            found.append(Ticket.assignee_id.is_(None))
        elif where.assignee is not None:
            found.append(Ticket.assignee_id == where.assignee)
        for column, value in (
            (Ticket.team_id, where.team_id),
            (Ticket.contact_id, where.contact_id),
            (Ticket.conversation_id, where.conversation_id),
        ):
            if value is not None:
                found.append(column == value)
        if where.tag:
            if _dialect(session) == "postgresql":
                # Containment, which the GIN index on ``tags::jsonb`` answers (migration 0015).
                found.append(cast(Ticket.tags, JSONB).contains([where.tag]))
            else:
                # A short JSON list, stored as json.dumps writes it (a Chinese tag as \u
                # escapes): match the tag's own JSON text, LIKE's wildcards escaped.
                tag = json.dumps(where.tag)
                found.append(Ticket.tags.cast(Text).contains(tag, autoescape=True))
        if where.watching:
            found.append(
                Ticket.id.in_(
                    select(TicketWatcher.ticket_id).where(
                        TicketWatcher.user_id == ctx.principal.user_id
                    )
                )
            )
        if where.sla == "breached":
            found.append(Ticket.sla_breached.is_(True))
        elif where.sla == "escalated":
            found.append(Ticket.escalated_at.is_not(None))
        elif where.sla == "running":
            found.append(Ticket.sla_due_at.is_not(None))
        if where.q:
            dialect = _dialect(session)
            number = (
                int(where.q.strip().lstrip("#"))
                if where.q.strip().lstrip("#").isdigit() and len(where.q.strip()) < 18
                else None
            )
            matched = search.matching(dialect, ctx.tenant_id, where.q, number=number)
            found.append(matched if matched is not None else false())
        return found

    async def comments(self, session: AsyncSession, ticket: Ticket) -> Sequence[TicketComment]:
        query = select(TicketComment).where(TicketComment.ticket_id == ticket.id)
        return (await session.scalars(query.order_by(TicketComment.created_at))).all()

    async def events(self, session: AsyncSession, ticket: Ticket) -> Sequence[TicketEvent]:
        return (
            await session.scalars(
                select(TicketEvent)
                .where(TicketEvent.ticket_id == ticket.id)
                .order_by(TicketEvent.created_at, TicketEvent.id)
            )
        ).all()

    async def watchers(self, session: AsyncSession, ticket: Ticket) -> list[uuid.UUID]:
        return list(
            await session.scalars(
                select(TicketWatcher.user_id).where(TicketWatcher.ticket_id == ticket.id)
            )
        )

    # --- creating --------------------------------------------------------------------------

    async def create(
        self,
        session: AsyncSession,
        ctx: Context,
        draft: schemas.TicketIn,
        *,
        source: str,
    ) -> Ticket:
        ticket_type = await self._type_for(session, ctx, draft)
        if not ticket_type.active:
            raise Invalid("This ticket type is not in use.", code="ticket_type_inactive")
        definitions = fields_of(ticket_type)
        values = check_values(definitions, draft.fields)
        conversation = None
        contact_id = draft.contact_id
        if draft.conversation_id is not None:
            conversation = await session.get(Conversation, draft.conversation_id)
            if conversation is None or conversation.tenant_id != ctx.tenant_id:
                raise NotFound("No such conversation.", details={"field": "conversation_id"})
            if contact_id is None:
                contact_id = conversation.contact_id
        await self._check_people(session, ctx, assignee_id=draft.assignee_id, team_id=draft.team_id)
        await self._check_contact(session, ctx, contact_id)
        await self._check_files(
            session, ctx, None, conversation, attachment_ids(definitions, values)
        )
        watchers = list(dict.fromkeys(draft.watcher_ids))
        for user_id in watchers:
            await self._check_user(session, ctx, user_id, "watcher_ids")
        workflow = workflow_of(ticket_type)
        state = workflow.state(workflow.initial)
        actor, actor_name = actor_of(ctx)
        ticket = Ticket(
            id=new_id(),
            tenant_id=ctx.tenant_id,
            number=await self._next_number(session, ctx.tenant_id),
            type_id=ticket_type.id,
            subject=draft.subject,
            description=draft.description,
            status=state.key,
            category=state.category,
            priority=draft.priority,
            assignee_id=draft.assignee_id,
            team_id=draft.team_id,
            contact_id=contact_id,
            conversation_id=conversation.id if conversation else None,
            source=source,
            fields={k: v for k, v in values.items() if v is not None},
            tags=list(dict.fromkeys(draft.tags)),
            created_by=actor,
            sla={},
        )
        # Its clocks first: the ticket is then written once, with them.
        await self.timers.start(session, ticket, ticket_type)
        session.add(ticket)
        for user_id in watchers:
            session.add(
                TicketWatcher(tenant_id=ctx.tenant_id, ticket_id=ticket.id, user_id=user_id)
            )
        session.add(
            TicketEvent(
                tenant_id=ctx.tenant_id,
                ticket_id=ticket.id,
                kind="created",
                actor=actor,
                actor_name=actor_name,
                changes={"status": [None, ticket.status], "source": source},
            )
        )
        transcript = ""
        if conversation is not None:
            transcript = await self._attach_transcript(session, ctx, ticket, conversation)
        words = [ticket.subject, ticket.description, searchable(definitions, values), transcript]
        await search.index(session, ctx.tenant_id, ticket.id, search.words(words), new=True)
        await session.flush()
        return ticket

    async def from_message(
        self,
        session: AsyncSession,
        conversation: Conversation,
        body: str,
    ) -> Ticket:
        """A 留言 ticket for a message a customer left (outside business hours, or with no
        one to answer), linked to the conversation that holds it."""
        tenant = await session.get(Tenant, conversation.tenant_id)
        assert tenant is not None
        ctx = system_context(tenant.id, tenant.kind, label="widget")
        first_line = body.strip().splitlines()[0] if body.strip() else "留言"
        draft = schemas.TicketIn(
            type_key="message",
            subject=first_line[:SUBJECT_CHARS],
            description=body[:DESCRIPTION_CHARS],
            conversation_id=conversation.id,
        )
        return await self.create(session, ctx, draft, source="leave_message")

    async def _type_for(
        self, session: AsyncSession, ctx: Context, draft: schemas.TicketIn
    ) -> TicketType:
        if draft.type_id is not None:
            return await self.types.get(session, ctx.tenant_id, draft.type_id)
        if draft.type_key is not None:
            return await self.types.by_key(session, ctx.tenant_id, draft.type_key)
        raise Invalid(
            "A ticket needs its type.", code="required_field", details={"field": "type_id"}
        )

    async def _next_number(self, session: AsyncSession, tenant_id: uuid.UUID) -> int:
        """The tenant's next ticket number: one atomic upsert, so concurrent creations never
        share a number."""
        dialect = _dialect(session)
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        statement = (
            insert(TicketCounter)
            .values(tenant_id=tenant_id, last=1)
            .on_conflict_do_update(
                index_elements=[TicketCounter.tenant_id],
                set_={"last": TicketCounter.last + 1},
            )
            .returning(TicketCounter.last)
        )
        number = (await session.execute(statement)).scalar_one()
        return int(number)

    async def _attach_transcript(
        self, session: AsyncSession, ctx: Context, ticket: Ticket, conversation: Conversation
    ) -> str:
        """The conversation's messages so far, as an internal comment of the ticket."""
        messages = (
            await session.scalars(
                select(Message)
                .where(Message.conversation_id == conversation.id, Message.private.is_(False))
                .order_by(Message.seq.desc())
                .limit(TRANSCRIPT_LIMIT)
            )
        ).all()
        lines = []
        for message in reversed(messages):
            who = message.sender_name or {"customer": "客户", "bot": "机器人"}.get(
                message.sender_type, message.sender_type
            )
            stamp = message.created_at.strftime("%Y-%m-%d %H:%M:%S")
            body = message.body or (f"[{message.kind}]" if message.kind != "text" else "")
            lines.append(f"[{stamp}] {who}: {body}")
        transcript = "\n".join(lines)
        if transcript:
            actor, actor_name = actor_of(ctx)
            session.add(
                TicketComment(
                    tenant_id=ctx.tenant_id,
                    ticket_id=ticket.id,
                    author=actor,
                    author_name=actor_name,
                    body=transcript,
                    public=False,
                    kind="transcript",
                )
            )
        return transcript

    # --- changing --------------------------------------------------------------------------

    async def update(
        self,
        session: AsyncSession,
        ctx: Context,
        ticket_id: uuid.UUID,
        change: schemas.TicketUpdate,
    ) -> Ticket:
        ticket = await self.lock(session, ctx, ticket_id)
        self._check_version(ticket, change.version)
        given = change.model_fields_set - {"version"}
        ticket_type = await session.get(TicketType, ticket.type_id)
        assert ticket_type is not None
        changes: dict[str, Any] = {}
        if "fields" in given and change.fields is not None:
            definitions = fields_of(ticket_type)
            checked = check_values(definitions, change.fields, partial=True)
            await self._check_files(
                session, ctx, ticket, None, attachment_ids(definitions, checked)
            )
            merged = {**ticket.fields, **checked}
            merged = {k: v for k, v in merged.items() if v is not None}
            for key in sorted(set(ticket.fields) | set(merged)):
                if ticket.fields.get(key) != merged.get(key):
                    changes[f"fields.{key}"] = [ticket.fields.get(key), merged.get(key)]
            ticket.fields = merged
        if "assignee_id" in given or "team_id" in given:
            await self._check_people(
                session,
                ctx,
                assignee_id=change.assignee_id if "assignee_id" in given else None,
                team_id=change.team_id if "team_id" in given else None,
            )
        if "contact_id" in given:
            await self._check_contact(session, ctx, change.contact_id)
        for name in ("subject", "description", "priority", "assignee_id", "team_id", "contact_id"):
            if name not in given:
                continue
            value = getattr(change, name)
            if value is None and name in ("subject", "description", "priority"):
                continue
            if getattr(ticket, name) != value:
                changes[name] = [_json(getattr(ticket, name)), _json(value)]
                setattr(ticket, name, value)
        if "tags" in given and change.tags is not None:
            tags = list(dict.fromkeys(change.tags))
            if tags != ticket.tags:
                changes["tags"] = [ticket.tags, tags]
                ticket.tags = tags
        if not changes:
            return ticket
        self.record(session, ctx, ticket, "updated", changes)
        if "priority" in changes:
            await self.timers.priority_changed(session, ticket)
        if any(k in changes for k in ("subject", "description")) or any(
            k.startswith("fields.") for k in changes
        ):
            await self.reindex(session, ticket)
        await session.flush()
        return ticket

    async def transition(
        self,
        session: AsyncSession,
        ctx: Context,
        ticket_id: uuid.UUID,
        move: schemas.TransitionIn,
    ) -> Ticket:
        ticket = await self.lock(session, ctx, ticket_id)
        self._check_version(ticket, move.version)
        await self.move(session, ctx, ticket, move.status, note=move.comment)
        await session.flush()
        return ticket

    async def move(
        self,
        session: AsyncSession,
        ctx: Context,
        ticket: Ticket,
        target: str,
        *,
        note: str | None = None,
        check: bool = True,
    ) -> None:
        """Move a locked ticket to ``target``: checked against the workflow and the mover's
        roles unless ``check`` is off (a follow-up reopening it)."""
        ticket_type = await session.get(TicketType, ticket.type_id)
        assert ticket_type is not None
        workflow = workflow_of(ticket_type)
        state = (
            workflow.check(ticket.status, target, ctx.principal.roles)
            if check
            else workflow.state(target)
        )
        before_status, before = ticket.status, ticket.category
        ticket.status, ticket.category = state.key, state.category
        now = utcnow()
        if state.category == "solved":
            ticket.solved_at = now
        if state.category == "closed":
            ticket.closed_at = now
        if state.category in ("new", "open", "pending"):
            ticket.solved_at = None
            ticket.closed_at = None
        changes: dict[str, Any] = {"status": [before_status, state.key]}
        if note:
            changes["note"] = note
        self.record(session, ctx, ticket, "status", changes)
        if before != state.category:
            await self.timers.category_changed(session, ticket, before, state.category)
        for hook in self.on_moved:
            await hook(session, ctx, ticket, ticket_type, before)

    async def bulk(
        self, session: AsyncSession, ctx: Context, change: schemas.BulkIn
    ) -> schemas.BulkOut:
        """One change to many tickets, each in a savepoint of its own: a ticket refused is
        left as it was and the others are changed."""
        results: list[schemas.BulkResult] = []
        for ticket_id in dict.fromkeys(change.ids):
            try:
                async with session.begin_nested():
                    await self._bulk_one(session, ctx, ticket_id, change)
            except KefuError as error:
                results.append(
                    schemas.BulkResult(
                        id=ticket_id, ok=False, code=error.code, message=error.message
                    )
                )
            else:
                results.append(schemas.BulkResult(id=ticket_id, ok=True))
        return schemas.BulkOut(updated=sum(r.ok for r in results), results=results)

    async def _bulk_one(
        self, session: AsyncSession, ctx: Context, ticket_id: uuid.UUID, change: schemas.BulkIn
    ) -> None:
        ticket = await self.lock(session, ctx, ticket_id)
        fields: dict[str, Any] = {}
        if change.unassign:
            fields["assignee_id"] = None
        elif change.assignee_id is not None:
            fields["assignee_id"] = change.assignee_id
        if change.team_id is not None:
            fields["team_id"] = change.team_id
        if change.priority is not None:
            fields["priority"] = change.priority
        if change.add_tags or change.remove_tags:
            removed = set(change.remove_tags)
            kept = [t for t in ticket.tags if t not in removed]
            fields["tags"] = list(dict.fromkeys([*kept, *change.add_tags]))[:20]
        if fields:
            await self.update(session, ctx, ticket.id, schemas.TicketUpdate(**fields))
        if change.status is not None and change.status != ticket.status:
            await self.move(session, ctx, ticket, change.status)
        await session.flush()

    def record(
        self,
        session: AsyncSession,
        ctx: Context,
        ticket: Ticket,
        kind: str,
        changes: dict[str, Any],
    ) -> TicketEvent:
        """A line of the ticket's history; the ticket counts as changed."""
        actor, actor_name = actor_of(ctx)
        event = TicketEvent(
            tenant_id=ticket.tenant_id,
            ticket_id=ticket.id,
            kind=kind,
            actor=actor,
            actor_name=actor_name,
            changes=changes,
        )
        session.add(event)
        ticket.updated_at = utcnow()
        ticket.version += 1
        return event

    async def comment(
        self,
        session: AsyncSession,
        ctx: Context,
        ticket: Ticket,
        body: str,
        *,
        public: bool,
        attachment_ids: Sequence[uuid.UUID] = (),
    ) -> TicketComment:
        actor, actor_name = actor_of(ctx)
        comment = TicketComment(
            tenant_id=ticket.tenant_id,
            ticket_id=ticket.id,
            author=actor,
            author_name=actor_name,
            body=body,
            public=public,
            attachment_ids=[str(i) for i in attachment_ids],
        )
        session.add(comment)
        ticket.updated_at = utcnow()
        ticket.version += 1
        if public and ctx.principal.actor_type == "user" and ticket.first_responded_at is None:
            ticket.first_responded_at = utcnow()
            await self.timers.responded(session, ticket)
        await session.flush()
        await self.reindex(session, ticket)
        return comment

    async def add_comment(
        self,
        session: AsyncSession,
        ctx: Context,
        ticket_id: uuid.UUID,
        draft: schemas.CommentIn,
    ) -> TicketComment:
        ticket = await self.lock(session, ctx, ticket_id)
        await self._check_files(session, ctx, ticket, None, set(draft.attachment_ids))
        comment = await self.comment(
            session,
            ctx,
            ticket,
            draft.body,
            public=draft.public,
            attachment_ids=draft.attachment_ids,
        )
        if draft.public and ticket.conversation_id is not None:
            await self._tell_customer(session, ctx, ticket, draft.body)
        return comment

    async def _tell_customer(
        self, session: AsyncSession, ctx: Context, ticket: Ticket, body: str
    ) -> None:
        """A public answer reaches the customer in the ticket's conversation, unless it is
        closed; the ticket keeps the comment either way."""
        assert ticket.conversation_id is not None
        conversation = await session.get(Conversation, ticket.conversation_id)
        if conversation is None or conversation.status == "closed":
            return
        draft = MessageIn(client_msg_id=new_id().hex, body=f"【工单 #{ticket.number}】{body}")
        try:
            async with session.begin_nested():
                await self._conversations.send(session, conversation.id, Sender.staff(ctx), draft)
        except KefuError as error:  # too long for a chat message: the ticket still has it
            log.info("ticket comment not posted to its conversation: %s", error.code)

    async def watch(
        self, session: AsyncSession, ctx: Context, ticket_id: uuid.UUID, user_id: uuid.UUID
    ) -> list[uuid.UUID]:
        ticket = await self.lock(session, ctx, ticket_id)
        await self._check_user(session, ctx, user_id, "user_id")
        if await session.get(TicketWatcher, (ticket.id, user_id)) is None:
            session.add(
                TicketWatcher(tenant_id=ctx.tenant_id, ticket_id=ticket.id, user_id=user_id)
            )
            self.record(session, ctx, ticket, "watcher_added", {"user_id": str(user_id)})
            await session.flush()
        return await self.watchers(session, ticket)

    async def unwatch(
        self, session: AsyncSession, ctx: Context, ticket_id: uuid.UUID, user_id: uuid.UUID
    ) -> list[uuid.UUID]:
        ticket = await self.lock(session, ctx, ticket_id)
        row = await session.get(TicketWatcher, (ticket.id, user_id))
        if row is None:
            raise NotFound("This person does not watch the ticket.", code="not_watching")
        await session.delete(row)
        self.record(session, ctx, ticket, "watcher_removed", {"user_id": str(user_id)})
        await session.flush()
        return await self.watchers(session, ticket)

    async def reindex(self, session: AsyncSession, ticket: Ticket) -> None:
        ticket_type = await session.get(TicketType, ticket.type_id)
        assert ticket_type is not None
        bodies = await session.scalars(
            select(TicketComment.body).where(TicketComment.ticket_id == ticket.id)
        )
        await search.index(
            session,
            ticket.tenant_id,
            ticket.id,
            search.words(
                [
                    ticket.subject,
                    ticket.description,
                    searchable(fields_of(ticket_type), ticket.fields),
                    *bodies,
                ]
            ),
        )

    # --- checks ----------------------------------------------------------------------------

    @staticmethod
    def _check_version(ticket: Ticket, version: int | None) -> None:
        if version is not None and version != ticket.version:
            raise Conflict(
                "The ticket changed meanwhile; reload it.",
                code="version_conflict",
                details={"version": ticket.version},
            )

    async def _check_people(
        self,
        session: AsyncSession,
        ctx: Context,
        *,
        assignee_id: uuid.UUID | None,
        team_id: uuid.UUID | None,
    ) -> None:
        if assignee_id is not None:
            await self._check_user(session, ctx, assignee_id, "assignee_id")
        if team_id is not None:
            unit = await session.get(OrgUnit, team_id)
            if unit is None or unit.tenant_id != ctx.tenant_id:
                raise Invalid("No such team.", code="unknown_team", details={"field": "team_id"})

    async def attachments(self, session: AsyncSession, ticket: Ticket) -> Sequence[Attachment]:
        return (
            await session.scalars(
                select(Attachment)
                .where(Attachment.ticket_id == ticket.id)
                .order_by(Attachment.created_at)
            )
        ).all()

    @staticmethod
    async def _check_files(
        session: AsyncSession,
        ctx: Context,
        ticket: Ticket | None,
        conversation: Conversation | None,
        ids: set[uuid.UUID],
    ) -> None:
        """Files a ticket names are its own uploads or its conversation's."""
        if not ids:
            return
        conversation_id = ticket.conversation_id if ticket else (conversation and conversation.id)
        owners = []
        if ticket is not None:
            owners.append(Attachment.ticket_id == ticket.id)
        if conversation_id is not None:
            owners.append(Attachment.conversation_id == conversation_id)
        found = set(
            await session.scalars(
                select(Attachment.id).where(
                    Attachment.id.in_(ids),
                    Attachment.tenant_id == ctx.tenant_id,
                    or_(*owners) if owners else false(),
                )
            )
        )
        if ids - found:
            raise Invalid(
                "No such file on this ticket or its conversation.",
                code="unknown_attachment",
                details={"attachment_ids": sorted(str(i) for i in ids - found)},
            )

    @staticmethod
    async def _check_user(
        session: AsyncSession, ctx: Context, user_id: uuid.UUID, field: str
    ) -> None:
        user = await session.get(User, user_id)
        if user is None or user.tenant_id != ctx.tenant_id or user.status != "active":
            raise Invalid("No such active user.", code="unknown_user", details={"field": field})

    @staticmethod
    async def _check_contact(
        session: AsyncSession, ctx: Context, contact_id: uuid.UUID | None
    ) -> None:
        if contact_id is None:
            return
        contact = await session.get(Contact, contact_id)
        if contact is None or contact.tenant_id != ctx.tenant_id:
            raise Invalid(
                "No such customer.", code="unknown_contact", details={"field": "contact_id"}
            )


def _dialect(session: AsyncSession) -> str:
    return session.bind.dialect.name if session.bind else "sqlite"


def _json(value: object) -> object:
    return str(value) if isinstance(value, uuid.UUID) else value

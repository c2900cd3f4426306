"""Routing: deciding where a conversation goes, the queue, assignment, transfer and
invitation (agent states: ``agents.py``).

Correctness under concurrency rests on three guarded statements, whatever the number of
processes: an agent's load only rises by ``UPDATE ... WHERE active < max_concurrent``; a
conversation is only given while it is locked and still queued and unassigned; and locks
are taken in one order everywhere — conversations (by id), then agents (by id).
"""

from __future__ import annotations

import math
import uuid
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, delete, exists, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.contacts.models import Contact
from kefu.conversations.models import Conversation, Message
from kefu.conversations.participants import Sender
from kefu.conversations.schemas import MessageIn
from kefu.conversations.service import Conversations
from kefu.core.bus import stage
from kefu.core.clock import utcnow
from kefu.core.errors import Conflict, Forbidden, Invalid, NotFound
from kefu.core.events import QueueChanged
from kefu.core.ids import new_id
from kefu.identity.context import Context
from kefu.identity.models import User
from kefu.identity.permissions import Permission
from kefu.routing import schemas
from kefu.routing.agents import EVENT_COLUMNS, AgentStates
from kefu.routing.board import Agent, Board, Waiting
from kefu.routing.conditions import Facts
from kefu.routing.config import RoutingConfig
from kefu.routing.models import (
    AgentState,
    Assignment,
    Participant,
    QueueEntry,
    QueueTarget,
)
from kefu.routing.rules import Decision, Group, Router

LOADED = ("open", "pending")  # statuses that count towards an agent's load
ROUND_LIMIT = 500  # queued conversations looked at per dispatch round
_NAMED_FALLBACK_SECONDS = 60


def _ms(at: datetime) -> int:
    return int(at.timestamp() * 1000)


class Routing:
    def __init__(self, config: RoutingConfig, conversations: Conversations) -> None:
        self.config = config
        self.agents = AgentStates(config)
        self._conversations = conversations

    # --- deciding ---------------------------------------------------------------------------

    async def facts(
        self, session: AsyncSession, conversation: Conversation, router: Router, zone: ZoneInfo
    ) -> tuple[Facts, str | None, bool]:
        """What routing knows of the conversation, its list, and whether it is a repeat."""
        contact = await session.get(Contact, conversation.contact_id)
        assert contact is not None
        text = await session.scalar(
            select(Message.body)
            .where(
                Message.conversation_id == conversation.id,
                Message.sender_type == "customer",
                Message.private.is_(False),
            )
            .order_by(Message.seq)
            .limit(1)
        )
        now = utcnow()
        facts = Facts(
            now=now,
            timezone=zone,
            channel=conversation.channel,
            url=conversation.source_url,
            entry=conversation.entry,
            level=contact.level,
            tags=frozenset(contact.tags or ()),
            region=contact.region,
            text=text or "",
            language=conversation.language,
            attributes=contact.attributes or {},
        )
        listed = await self.config.listed(session, conversation.tenant_id, contact.id)
        repeat = False
        window = router.policy.repeat_window_minutes
        if window:
            repeat = (
                await session.scalar(
                    select(
                        exists().where(
                            Conversation.contact_id == contact.id,
                            Conversation.id != conversation.id,
                            Conversation.created_at >= now - timedelta(minutes=window),
                        )
                    )
                )
            ) or False
        return facts, listed, repeat

    async def route(
        self, session: AsyncSession, conversation_id: uuid.UUID, *, handover: bool = False
    ) -> Decision | None:
        """Route a queued conversation not yet routed (or one the bot hands over), once:
        the conversation's lock makes a second attempt a no-op."""
        conversation = await self._conversations.lock(session, conversation_id)
        if handover:
            if conversation.status != "bot":
                return None
            # The bot answered until now: the customer waits for a person from here.
            conversation.waiting_since = conversation.waiting_since or utcnow()
        elif conversation.status != "queued" or conversation.routed_at is not None:
            return None
        router, zone = await self.config.router(session, conversation.tenant_id)
        facts, listed, repeat = await self.facts(session, conversation, router, zone)
        decision = router.decide(facts, listed=listed, repeat=repeat)
        if handover and decision.outcome == "bot":  # the bot hands over: to its group
            decision = Decision(
                "queue",
                group_id=decision.handover_group_id,
                rule=decision.rule,
                trace=decision.trace,
                note="handed over by the bot",
            )
            decision.head_start = router.head_start(facts, repeat=repeat)
        await self.apply(session, conversation, decision, router)
        return decision

    async def apply(
        self,
        session: AsyncSession,
        conversation: Conversation,
        decision: Decision,
        router: Router,
    ) -> None:
        now = utcnow()
        before = (conversation.status, conversation.group_id)
        conversation.routed_at = now
        if decision.outcome in ("refuse", "leave_message"):
            if decision.reply:
                await self._say(session, conversation, decision.reply)
            if decision.outcome == "refuse":
                conversation.status, conversation.closed_at = "closed", now
            else:
                conversation.status = "pending"
            conversation.waiting_since = None if decision.outcome == "refuse" else now
        elif decision.outcome == "bot":
            conversation.status = "bot"
            conversation.group_id = decision.handover_group_id
        else:
            conversation.status = "queued"
            conversation.group_id = decision.group_id
            await self.enqueue(
                session,
                conversation,
                router,
                agent_id=decision.agent_id,
                head_start=decision.head_start,
                rule_id=decision.rule.id if decision.rule else None,
            )
        if (conversation.status, conversation.group_id) != before:
            self._conversations.announce(session, conversation)

    async def _say(self, session: AsyncSession, conversation: Conversation, text: str) -> None:
        await self._conversations.send(
            session,
            conversation.id,
            Sender("system", "system", None, None),
            MessageIn(client_msg_id=new_id().hex, body=text),
        )

    # --- the queue --------------------------------------------------------------------------

    async def enqueue(
        self,
        session: AsyncSession,
        conversation: Conversation,
        router: Router,
        *,
        agent_id: uuid.UUID | None = None,
        head_start: int = 0,
        rule_id: uuid.UUID | None = None,
    ) -> QueueEntry:
        """Queue the conversation for ``agent_id``, or its group (None: any agent)."""
        now = utcnow()
        group_id = conversation.group_id
        group = router.groups.get(group_id) if group_id else None
        targets: list[uuid.UUID] = []
        overflow_to, overflow_at = None, None
        if agent_id is not None:
            named = await self.agents.state(session, conversation.tenant_id, agent_id)
            if group_id is not None:
                if named.status == "offline":
                    targets = [group_id]  # signed out: the fallback group at once
                else:
                    wait = group.overflow_after if group and group.overflow_after else None
                    overflow_to = group_id
                    overflow_at = now + timedelta(seconds=wait or _NAMED_FALLBACK_SECONDS)
        elif group_id is not None:
            targets = [group_id]
            due = router.overflow_due(group_id, now)
            if due is not None:
                overflow_to, overflow_at = due
        preferred = await self._last_agent(
            session, conversation.tenant_id, conversation.contact_id, group, now
        )
        entry = QueueEntry(
            conversation_id=conversation.id,
            tenant_id=conversation.tenant_id,
            contact_id=conversation.contact_id,
            group_id=group_id,
            rank=_ms(now) - head_start * 1000,
            head_start=head_start,
            enqueued_at=now,
            agent_id=agent_id,
            preferred_agent_id=preferred,
            overflow_to_id=overflow_to,
            overflow_at=overflow_at,
            rule_id=rule_id,
        )
        await self.dequeue(session, conversation.id)  # a transfer re-queues: a fresh entry
        session.add(entry)
        await session.flush()
        session.add_all(QueueTarget(conversation_id=conversation.id, group_id=g) for g in targets)
        await session.flush()
        return entry

    @staticmethod
    async def _last_agent(
        session: AsyncSession,
        tenant_id: uuid.UUID,
        contact_id: uuid.UUID | None,
        group: Group | None,
        now: datetime,
    ) -> uuid.UUID | None:
        """Who last served the customer within the group's window, if it routes so."""
        if contact_id is None or group is None or group.strategy != "last_agent":
            return None
        if group.last_agent_days <= 0:
            return None
        return await session.scalar(
            select(Assignment.user_id)
            .where(
                Assignment.tenant_id == tenant_id,
                Assignment.contact_id == contact_id,
                Assignment.assigned_at >= now - timedelta(days=group.last_agent_days),
            )
            .order_by(Assignment.assigned_at.desc())
            .limit(1)
        )

    async def dequeue(self, session: AsyncSession, conversation_id: uuid.UUID) -> datetime | None:
        """Takes the conversation out of the queue; when it had been queued since."""
        await session.execute(
            delete(QueueTarget).where(QueueTarget.conversation_id == conversation_id)
        )
        return await session.scalar(
            delete(QueueEntry)
            .where(QueueEntry.conversation_id == conversation_id)
            .returning(QueueEntry.enqueued_at)
        )

    async def _free_agents(self, session: AsyncSession, tenant_id: uuid.UUID) -> Board:
        """A board of the tenant's agents who are online and have room."""
        free = (
            await session.execute(
                select(
                    AgentState.user_id,
                    AgentState.active,
                    AgentState.max_concurrent,
                    AgentState.last_assigned_at,
                ).where(
                    AgentState.tenant_id == tenant_id,
                    AgentState.status == "online",
                    AgentState.active < AgentState.max_concurrent,
                )
            )
        ).all()
        memberships = await self.config.member_groups(session, [row[0] for row in free])
        board = Board()
        for user_id, active, maximum, last in free:
            board.put_agent(
                Agent(
                    id=user_id,
                    free=maximum - active,
                    active=active,
                    last_assigned=last.timestamp() if last else 0.0,
                    groups=memberships.get(user_id, {}),
                )
            )
        return board

    async def dispatch_round(self, session: AsyncSession, tenant_id: uuid.UUID) -> int:
        """Match free agents to the best-ranked conversations they may take; how many were
        assigned. Loop until it answers 0."""
        now = utcnow()
        router, _zone = await self.config.router(session, tenant_id)
        board = await self._free_agents(session, tenant_id)
        if not board.agents:
            return 0
        groups = {g for a in board.agents.values() for g in a.groups}
        targeted = exists().where(QueueTarget.conversation_id == QueueEntry.conversation_id)
        eligible = or_(
            QueueEntry.agent_id.in_(board.agents),
            and_(QueueEntry.agent_id.is_(None), ~targeted),
        )
        if groups:
            eligible = or_(
                eligible,
                exists().where(
                    QueueTarget.conversation_id == QueueEntry.conversation_id,
                    QueueTarget.group_id.in_(groups),
                ),
            )
        entries = (
            await session.scalars(
                select(QueueEntry)
                .where(QueueEntry.tenant_id == tenant_id, eligible)
                .order_by(QueueEntry.rank, QueueEntry.conversation_id)
                # Every entry here can go to some free agent, so a round fills at least one
                # slot; a few per slot leave room for entries only busy agents could take.
                .limit(min(ROUND_LIMIT, 4 * sum(a.free for a in board.agents.values())))
            )
        ).all()
        if not entries:
            return 0
        targets: dict[uuid.UUID, set[uuid.UUID]] = {}
        for row in await session.scalars(
            select(QueueTarget).where(
                QueueTarget.conversation_id.in_([e.conversation_id for e in entries])
            )
        ):
            targets.setdefault(row.conversation_id, set()).add(row.group_id)
        plan: list[tuple[uuid.UUID, uuid.UUID]] = []
        stamp = now.timestamp()
        for entry in entries:
            group = router.groups.get(entry.group_id) if entry.group_id else None
            waiting = Waiting(
                id=entry.conversation_id,
                rank=entry.rank,
                groups=frozenset(targets.get(entry.conversation_id, ())),
                agent_id=entry.agent_id,
                preferred=entry.preferred_agent_id,
                strategy=group.strategy if group else "least_load",
            )
            agent = board.offer(waiting, stamp)
            if agent is not None:
                plan.append((entry.conversation_id, agent.id))
        if not plan:
            return 0
        # Lock what we plan to give (conversations first, by id); one another node is
        # giving right now is skipped, not waited for.
        locked = {
            c.id: c
            for c in await session.scalars(
                select(Conversation)
                .where(Conversation.id.in_([c for c, _ in plan]))
                .order_by(Conversation.id)
                .with_for_update(skip_locked=True)
                .execution_options(populate_existing=True)
            )
        }
        assigned = 0
        for conversation_id, agent_id in sorted(plan, key=lambda p: (p[1], p[0])):
            conversation = locked.get(conversation_id)
            if conversation is None or conversation.status != "queued":
                continue
            if conversation.assignee_id is not None:
                continue
            if await self.take(session, conversation, agent_id, "routed", routed=True):
                self._conversations.announce(session, conversation)
                assigned += 1
        return assigned

    # --- assignment -------------------------------------------------------------------------

    async def take(
        self,
        session: AsyncSession,
        conversation: Conversation,
        user_id: uuid.UUID,
        reason: str,
        *,
        routed: bool = False,
        available: bool = False,
    ) -> bool:
        """Give the (locked) conversation to ``user_id`` if they have room: routing also
        needs them online, a transfer online or busy. False changes nothing."""
        now = utcnow()
        guard = (
            update(AgentState)
            .where(
                AgentState.user_id == user_id,
                AgentState.tenant_id == conversation.tenant_id,
                AgentState.active < AgentState.max_concurrent,
            )
            .values(active=AgentState.active + 1, last_assigned_at=now)
            .returning(*EVENT_COLUMNS)
            .execution_options(synchronize_session=False)
        )
        if routed:
            guard = guard.where(AgentState.status == "online")
        elif available:
            guard = guard.where(AgentState.status.in_(("online", "busy")))
        else:
            await self.agents.state(session, conversation.tenant_id, user_id)
        raised = (await session.execute(guard)).first()
        if raised is None:
            return False
        queued_at = await self.dequeue(session, conversation.id)
        conversation.assignee_id = user_id
        if conversation.status in ("queued", "bot", "pending", "resolved"):
            conversation.status = "open"
        conversation.last_activity_at = now
        session.add(
            Assignment(
                tenant_id=conversation.tenant_id,
                conversation_id=conversation.id,
                contact_id=conversation.contact_id,
                user_id=user_id,
                group_id=conversation.group_id,
                reason=reason,
                assigned_at=now,
                queued_at=queued_at,
            )
        )
        stage(
            session,
            QueueChanged(
                tenant_id=conversation.tenant_id,
                conversation_id=conversation.id,
                contact_id=conversation.contact_id,
                position=None,
                expected_wait=None,
            ),
        )
        self.agents.announce(session, raised._asdict())
        return True

    async def leave(
        self,
        session: AsyncSession,
        conversation: Conversation,
        *,
        resolved: bool,
    ) -> None:
        """The (locked) conversation stops counting for its assignee: resolved, closed,
        transferred or handed back. A resolve starts the tenant's wrap-up time."""
        user_id = conversation.assignee_id
        if user_id is None or conversation.status not in LOADED:
            return
        now = utcnow()
        await session.execute(
            update(AgentState)
            .where(AgentState.user_id == user_id, AgentState.active > 0)
            .values(active=AgentState.active - 1)
            .execution_options(synchronize_session=False)
        )
        await session.execute(
            update(Assignment)
            .where(Assignment.conversation_id == conversation.id, Assignment.ended_at.is_(None))
            .values(ended_at=now)
        )
        row = await session.get(AgentState, user_id, populate_existing=True)
        if row is None:
            return
        policy = await self.config.current_policy(session, conversation.tenant_id)
        if resolved and policy.wrap_up_seconds and row.status == "online":
            until = now + timedelta(seconds=policy.wrap_up_seconds)
            await self.agents.move(session, row, "wrap_up", None, "system", until=until)
        else:
            self.agents.announce(session, row)

    async def requeue(
        self, session: AsyncSession, conversation: Conversation, group_id: uuid.UUID | None
    ) -> None:
        """Back to the queue of ``group_id`` (None: any agent), keeping its priority. The
        caller announces the change."""
        await self.leave(session, conversation, resolved=False)
        conversation.assignee_id = None
        conversation.status = "queued"
        conversation.group_id = group_id
        conversation.routed_at = conversation.routed_at or utcnow()
        router, zone = await self.config.router(session, conversation.tenant_id)
        facts, _listed, repeat = await self.facts(session, conversation, router, zone)
        head_start = router.head_start(facts, repeat=repeat)
        await self.enqueue(session, conversation, router, head_start=head_start)

    async def transfer(
        self,
        session: AsyncSession,
        ctx: Context,
        conversation_id: uuid.UUID,
        change: schemas.TransferIn,
    ) -> Conversation:
        if (change.user_id is None) == (change.group_id is None):
            raise Invalid("Transfer to a user or to a group.", details={"field": "user_id"})
        conversation = await self._conversations.lock(session, conversation_id)
        if conversation.tenant_id != ctx.tenant_id:
            raise NotFound("No such conversation.")
        me = ctx.principal.user_id
        previous = conversation.assignee_id
        if (
            conversation.assignee_id != me
            and Permission.CONVERSATIONS_MANAGE not in ctx.principal.permissions
        ):
            raise Forbidden(
                "Only the conversation's agent or a supervisor may transfer it.",
                details={"permission": Permission.CONVERSATIONS_MANAGE.value},
            )
        if conversation.status not in ("queued", "open", "pending", "bot"):
            raise Conflict("Reopen the conversation first.", code="conversation_not_active")
        if change.user_id is not None:
            if change.user_id == conversation.assignee_id:
                raise Conflict("The conversation is theirs already.", code="already_assigned")
            user = await session.get(User, change.user_id)
            if user is None or user.tenant_id != ctx.tenant_id or user.status != "active":
                raise Invalid("No such active user.", details={"field": "user_id"})
            await self.leave(session, conversation, resolved=False)
            conversation.assignee_id = None
            if not await self.take(
                session, conversation, change.user_id, "transfer", available=True
            ):
                raise Conflict(
                    "That agent is not available or has no room for another conversation.",
                    code="agent_unavailable",
                )
            target = user.name
        else:
            assert change.group_id is not None
            router, _zone = await self.config.router(session, ctx.tenant_id)
            group = router.groups.get(change.group_id)
            if group is None:
                raise Invalid("No such skill group.", details={"field": "group_id"})
            await self.requeue(session, conversation, change.group_id)
            target = group.name
        if change.note:
            await self._note(session, ctx, conversation, f"转接给 {target}：{change.note}")
        self._conversations.announce(session, conversation, previous)
        return conversation

    async def invite(
        self,
        session: AsyncSession,
        ctx: Context,
        conversation_id: uuid.UUID,
        change: schemas.InviteIn,
    ) -> Participant:
        conversation = await self._conversations.lock(session, conversation_id)
        if conversation.tenant_id != ctx.tenant_id:
            raise NotFound("No such conversation.")
        if conversation.status in ("resolved", "closed"):
            raise Conflict("Reopen the conversation first.", code="conversation_not_active")
        user = await session.get(User, change.user_id)
        if user is None or user.tenant_id != ctx.tenant_id or user.status != "active":
            raise Invalid("No such active user.", details={"field": "user_id"})
        if change.user_id == conversation.assignee_id:
            raise Conflict("The conversation is theirs already.", code="already_assigned")
        participant = await session.get(Participant, (conversation.id, change.user_id))
        if participant is not None and participant.left_at is None:
            raise Conflict("They take part already.", code="already_participant")
        if participant is None:
            participant = Participant(
                conversation_id=conversation.id, user_id=change.user_id, tenant_id=ctx.tenant_id
            )
            session.add(participant)
        participant.invited_by, participant.joined_at, participant.left_at = (
            ctx.principal.user_id,
            utcnow(),
            None,
        )
        text = f"邀请 {user.name} 协助" + (f"：{change.note}" if change.note else "")
        await self._note(session, ctx, conversation, text)
        return participant

    async def _note(
        self, session: AsyncSession, ctx: Context, conversation: Conversation, text: str
    ) -> None:
        await self._conversations.send(
            session,
            conversation.id,
            Sender.staff(ctx),
            MessageIn(client_msg_id=new_id().hex, body=text, private=True),
        )

    # --- overflow and positions -------------------------------------------------------------

    async def overflow(self, session: AsyncSession, tenant_id: uuid.UUID, now: datetime) -> int:
        """Let the next group take conversations that waited past their group's limit."""
        router, _zone = await self.config.router(session, tenant_id)
        due = (
            await session.scalars(
                select(QueueEntry)
                .where(
                    QueueEntry.tenant_id == tenant_id,
                    QueueEntry.overflow_at.is_not(None),
                    QueueEntry.overflow_at <= now,
                )
                .with_for_update(skip_locked=True)
            )
        ).all()
        for entry in due:
            target = entry.overflow_to_id
            assert target is not None
            present = await session.get(QueueTarget, (entry.conversation_id, target))
            if present is None:
                session.add(QueueTarget(conversation_id=entry.conversation_id, group_id=target))
            following = router.overflow_due(target, now)
            entry.overflow_to_id, entry.overflow_at = following if following else (None, None)
        await session.flush()
        return len(due)

    async def positions(self, session: AsyncSession, tenant_id: uuid.UUID) -> int:
        """Recount each waiting customer's place and expected wait; tell those whose
        figures changed. Places are counted in the conversation's own group (or among
        those waiting for the same named agent)."""
        router, _zone = await self.config.router(session, tenant_id)
        entries = (
            await session.scalars(
                select(QueueEntry)
                .where(QueueEntry.tenant_id == tenant_id)
                .order_by(QueueEntry.rank, QueueEntry.conversation_id)
            )
        ).all()
        if not entries:
            return 0
        capacity = await self._capacity(session, tenant_id)
        handle = await self._handle_seconds(
            session, tenant_id, router.policy.default_handle_seconds
        )
        seen: dict[object, int] = {}
        told = 0
        for entry in entries:
            key: object = ("agent", entry.agent_id) if entry.agent_id else entry.group_id
            position = seen[key] = seen.get(key, 0) + 1
            slots = 1 if entry.agent_id else max(1, capacity.get(entry.group_id, 0))
            expected = math.ceil(position * handle.get(entry.group_id, handle[None]) / slots)
            if (entry.position, entry.expected_wait) == (position, expected):
                continue
            entry.position, entry.expected_wait = position, expected
            stage(
                session,
                QueueChanged(
                    tenant_id=tenant_id,
                    conversation_id=entry.conversation_id,
                    contact_id=entry.contact_id,
                    position=position,
                    expected_wait=expected,
                ),
            )
            told += 1
        await session.flush()
        return told

    async def _capacity(
        self, session: AsyncSession, tenant_id: uuid.UUID
    ) -> dict[uuid.UUID | None, int]:
        """Conversation slots of signed-in agents, per group (None: all of them)."""
        rows = (
            await session.execute(
                select(AgentState.user_id, AgentState.max_concurrent).where(
                    AgentState.tenant_id == tenant_id,
                    AgentState.status.in_(("online", "busy", "wrap_up")),
                )
            )
        ).all()
        slots = dict(rows)
        capacity: dict[uuid.UUID | None, int] = {None: sum(slots.values())}
        for user_id, groups in (await self.config.member_groups(session, slots)).items():
            for group_id in groups:
                capacity[group_id] = capacity.get(group_id, 0) + slots[user_id]
        return capacity

    async def _handle_seconds(
        self, session: AsyncSession, tenant_id: uuid.UUID, default: int
    ) -> dict[uuid.UUID | None, float]:
        """Average handling time over the last day's finished assignments, per group."""
        since = utcnow() - timedelta(days=1)
        rows = (
            await session.execute(
                select(Assignment.group_id, Assignment.assigned_at, Assignment.ended_at)
                .where(
                    Assignment.tenant_id == tenant_id,
                    Assignment.ended_at.is_not(None),
                    Assignment.ended_at >= since,
                )
                .order_by(Assignment.ended_at.desc())
                .limit(2000)
            )
        ).all()
        totals: dict[uuid.UUID | None, list[float]] = {None: []}
        for group_id, start, end in rows:
            assert end is not None
            seconds = (end - start).total_seconds()
            totals.setdefault(group_id, []).append(seconds)
            totals[None].append(seconds)
        out: dict[uuid.UUID | None, float] = {k: sum(v) / len(v) for k, v in totals.items() if v}
        out.setdefault(None, float(default))
        return out

    async def queue(self, session: AsyncSession, ctx: Context) -> list[schemas.QueuedOut]:
        entries = (
            await session.scalars(
                select(QueueEntry)
                .where(QueueEntry.tenant_id == ctx.tenant_id)
                .order_by(QueueEntry.rank, QueueEntry.conversation_id)
            )
        ).all()
        targets: dict[uuid.UUID, list[uuid.UUID]] = {}
        if entries:
            for row in await session.scalars(
                select(QueueTarget).where(
                    QueueTarget.conversation_id.in_([e.conversation_id for e in entries])
                )
            ):
                targets.setdefault(row.conversation_id, []).append(row.group_id)
        now = utcnow()
        return [
            schemas.QueuedOut(
                conversation_id=e.conversation_id,
                contact_id=e.contact_id,
                group_id=e.group_id,
                agent_id=e.agent_id,
                targets=sorted(targets.get(e.conversation_id, [])),
                head_start=e.head_start,
                enqueued_at=e.enqueued_at,
                waited_seconds=int((now - e.enqueued_at).total_seconds()),
                position=e.position,
                expected_wait=e.expected_wait,
            )
            for e in entries
        ]

    # --- housekeeping -----------------------------------------------------------------------

    async def unrouted(
        self, session: AsyncSession, limit: int = 500
    ) -> list[tuple[uuid.UUID, uuid.UUID]]:
        """Queued conversations a customer has written in but nobody routed (a node stopped
        between the message and its routing): (tenant, conversation)."""
        rows = await session.execute(
            select(Conversation.tenant_id, Conversation.id)
            .where(
                Conversation.status == "queued",
                Conversation.routed_at.is_(None),
                Conversation.waiting_since.is_not(None),
            )
            .limit(limit)
        )
        return [(t, c) for t, c in rows.all()]

    async def busy_tenants(self, session: AsyncSession) -> list[uuid.UUID]:
        """Tenants with someone waiting."""
        return list(await session.scalars(select(QueueEntry.tenant_id).distinct()))

    async def preview(
        self, session: AsyncSession, ctx: Context, request: schemas.DryRunIn
    ) -> schemas.DryRunOut:
        """Which rule routes this conversation, why, and who would take it now."""
        router, zone = await self.config.router(session, ctx.tenant_id)
        if (request.conversation_id is None) == (request.facts is None):
            raise Invalid("Give a conversation_id or facts.", details={"field": "facts"})
        if request.conversation_id is not None:
            conversation = await session.get(Conversation, request.conversation_id)
            if conversation is None or conversation.tenant_id != ctx.tenant_id:
                raise NotFound("No such conversation.")
            facts, listed, repeat = await self.facts(session, conversation, router, zone)
            contact_id: uuid.UUID | None = conversation.contact_id
        else:
            given = request.facts
            assert given is not None
            facts = Facts(
                now=given.at or utcnow(),
                timezone=zone,
                channel=given.channel,
                url=given.url,
                entry=given.entry,
                level=given.level,
                tags=frozenset(given.tags),
                region=given.region,
                text=given.text,
                language=given.language,
                attributes=given.attributes,
            )
            listed, repeat, contact_id = given.listed, given.repeat, None
        decision = router.decide(facts, listed=listed, repeat=repeat, explain=True)
        would = None
        if decision.outcome == "queue":
            would = await self._would_take(session, ctx.tenant_id, router, decision, contact_id)
        explained = decision.explain()
        return schemas.DryRunOut(**explained, would_assign=would)

    async def _would_take(
        self,
        session: AsyncSession,
        tenant_id: uuid.UUID,
        router: Router,
        decision: Decision,
        contact_id: uuid.UUID | None,
    ) -> uuid.UUID | None:
        board = await self._free_agents(session, tenant_id)
        group = router.groups.get(decision.group_id) if decision.group_id else None
        preferred = await self._last_agent(session, tenant_id, contact_id, group, utcnow())
        agent = board.pick(
            Waiting(
                id=uuid.uuid4(),
                rank=0,
                groups=frozenset([decision.group_id])
                if decision.group_id and not decision.agent_id
                else frozenset(),
                agent_id=decision.agent_id,
                preferred=preferred,
                strategy=group.strategy if group else "least_load",
            )
        )
        return agent.id if agent else None

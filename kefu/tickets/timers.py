"""SLA on tickets: which policy applies, the clocks' moves with the ticket, and the timers
that warn before a deadline and escalate a breach.

A ticket's clocks live in ``Ticket.sla`` (``sla.Clock`` as JSON). Two durable jobs per
ticket, keyed by its id, fire at the earliest warning and the earliest deadline; every
change of the clocks schedules them again (or cancels them), in the same transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.core.bus import stage
from kefu.core.clock import utcnow
from kefu.core.events import TicketAlert
from kefu.core.hours import BusinessHours, Holiday, Schedule
from kefu.identity.models import Tenant, User
from kefu.jobs.scheduler import Job, Scheduler
from kefu.tickets.models import SlaPolicy, Ticket, TicketEvent, TicketType, TicketWatcher
from kefu.tickets.policy import PolicyRules
from kefu.tickets.sla import METRICS, Clock, Metric, raised

WARN = "ticket.sla_warn"
BREACH = "ticket.sla_breach"
SYSTEM = "system:sla"


def clocks(ticket: Ticket) -> dict[Metric, Clock]:
    return {m: Clock.from_json(ticket.sla[m]) for m in METRICS if m in (ticket.sla or {})}


def _store(ticket: Ticket, found: dict[Metric, Clock], now: datetime) -> None:
    ticket.sla = {metric: clock.to_json() for metric, clock in found.items()}
    running = [c.due_at for c in found.values() if c.due_at is not None and c.met_at is None]
    ticket.sla_due_at = min(running) if running else None
    ticket.sla_breached = any(c.status(now) == "breached" for c in found.values())


class Timers:
    def __init__(self, scheduler: Scheduler) -> None:
        self._scheduler = scheduler
        scheduler.register(WARN, self._on_warn)
        scheduler.register(BREACH, self._on_breach)

    # --- policy ----------------------------------------------------------------------------

    async def policy_for(
        self, session: AsyncSession, tenant_id: uuid.UUID, type_key: str
    ) -> SlaPolicy | None:
        policies = await session.scalars(
            select(SlaPolicy)
            .where(SlaPolicy.tenant_id == tenant_id, SlaPolicy.active.is_(True))
            .order_by(SlaPolicy.position, SlaPolicy.created_at)
        )
        for policy in policies:
            if PolicyRules.model_validate(policy.rules).covers(type_key):
                return policy
        return None

    @staticmethod
    async def _policy(session: AsyncSession, ticket: Ticket) -> SlaPolicy | None:
        """The policy the ticket counts by (read once per transaction: the identity map)."""
        if ticket.sla_policy_id is None:
            return None
        return await session.get(SlaPolicy, ticket.sla_policy_id)

    async def _rules(self, session: AsyncSession, ticket: Ticket) -> PolicyRules | None:
        policy = await self._policy(session, ticket)
        return PolicyRules.model_validate(policy.rules) if policy else None

    async def hours(self, session: AsyncSession, ticket: Ticket) -> BusinessHours:
        policy = await self._policy(session, ticket)
        if policy is None or policy.hours is None:
            return BusinessHours.always()
        hours = policy.hours
        zone = hours.get("timezone") or await session.scalar(
            select(Tenant.timezone).where(Tenant.id == ticket.tenant_id)
        )
        schedule = hours.get("schedule")
        return BusinessHours(
            Schedule.model_validate(schedule) if schedule is not None else None,
            [Holiday.model_validate(h) for h in hours.get("holidays", [])],
            ZoneInfo(zone or "UTC"),
        )

    # --- the clocks' moves -----------------------------------------------------------------

    async def start(self, session: AsyncSession, ticket: Ticket, ticket_type: TicketType) -> None:
        """Apply the first policy that covers the ticket's type and start its clocks."""
        policy = await self.policy_for(session, ticket.tenant_id, ticket_type.key)
        ticket.sla_policy_id = policy.id if policy else None
        if policy is None:
            _store(ticket, {}, utcnow())
            return
        await self._retarget(session, ticket, {})

    async def _retarget(
        self, session: AsyncSession, ticket: Ticket, found: dict[Metric, Clock]
    ) -> None:
        """Clocks with the targets of the ticket's priority (a new ticket, a new priority)."""
        rules = await self._rules(session, ticket)
        if rules is None:
            return
        hours = await self.hours(session, ticket)
        now = utcnow()
        targets = rules.targets.get(ticket.priority)  # type: ignore[call-overload]
        for metric in METRICS:
            seconds = targets.seconds(metric) if targets else None
            clock = found.get(metric)
            if seconds is None:
                if clock is not None and clock.met_at is None:
                    del found[metric]  # no target at this priority any more
                continue
            if clock is None:
                clock = found[metric] = Clock(target=seconds)
                answered = metric == "first_response" and ticket.first_responded_at
                if not answered and ticket.category not in ("pending", "solved", "closed"):
                    clock.start(hours, now)
            elif clock.met_at is None and clock.target != seconds:
                was_running = clock.running_since is not None
                clock.pause(hours, now)
                clock.target = seconds
                clock.warned_at = None
                if was_running:
                    clock.start(hours, now)
        await self._save(session, ticket, found, hours)

    async def priority_changed(self, session: AsyncSession, ticket: Ticket) -> None:
        await self._retarget(session, ticket, clocks(ticket))

    async def category_changed(
        self, session: AsyncSession, ticket: Ticket, before: str, after: str
    ) -> None:
        """``pending`` pauses; ``solved`` and ``closed`` stop the clocks (a solution answers
        the customer too); a reopened ticket's resolution clock runs on from where it
        stopped."""
        found = clocks(ticket)
        if not found:
            return
        hours = await self.hours(session, ticket)
        now = utcnow()
        for metric, clock in found.items():
            if after == "pending":
                clock.pause(hours, now)
            elif after in ("solved", "closed"):
                clock.stop(hours, now)
            elif after in ("new", "open"):
                if before in ("solved", "closed") and metric == "resolution":
                    clock.met_at = None
                if metric == "first_response" and ticket.first_responded_at:
                    continue
                clock.start(hours, now)
        await self._save(session, ticket, found, hours)

    async def responded(self, session: AsyncSession, ticket: Ticket) -> None:
        """The first public answer to the customer: the first-response clock stops."""
        found = clocks(ticket)
        clock = found.get("first_response")
        if clock is None or clock.met_at is not None:
            return
        hours = await self.hours(session, ticket)
        clock.stop(hours, utcnow())
        await self._save(session, ticket, found, hours)

    async def _save(
        self,
        session: AsyncSession,
        ticket: Ticket,
        found: dict[Metric, Clock],
        hours: BusinessHours,
    ) -> None:
        _store(ticket, found, utcnow())
        rules = await self._rules(session, ticket)
        key = str(ticket.id)
        breach = [c.due_at for c in found.values() if c.due_at and c.breached_at is None]
        warns = [
            at
            for c in found.values()
            if c.breached_at is None and rules is not None
            for at in [c.warn_at(hours, c.target * rules.warn_ratio)]
            if at is not None and rules.warn_ratio > 0
        ]
        for kind, moments in ((BREACH, breach), (WARN, warns)):
            if moments:
                await self._scheduler.schedule(
                    session, kind=kind, key=key, due_at=min(moments), tenant_id=ticket.tenant_id
                )
            else:
                await self._scheduler.cancel(session, kind, key)

    # --- the jobs --------------------------------------------------------------------------

    async def _locked(self, session: AsyncSession, job: Job) -> Ticket | None:
        return await session.get(Ticket, uuid.UUID(job.key), with_for_update=True)

    async def _on_warn(self, session: AsyncSession, job: Job) -> None:
        ticket = await self._locked(session, job)
        if ticket is None:
            return
        rules = await self._rules(session, ticket)
        if rules is None:
            return
        hours = await self.hours(session, ticket)
        found = clocks(ticket)
        now = utcnow()
        warned: list[Metric] = []
        for metric, clock in found.items():
            at = clock.warn_at(hours, clock.target * rules.warn_ratio)
            if at is not None and at <= now and clock.breached_at is None:
                clock.warned_at = now
                warned.append(metric)
        if warned:
            session.add(_event(ticket, "sla_warning", {"metrics": warned}))
            await self._alert(session, ticket, "warning", warned, notify=True)
        await self._save(session, ticket, found, hours)

    async def _on_breach(self, session: AsyncSession, job: Job) -> None:
        ticket = await self._locked(session, job)
        if ticket is None:
            return
        rules = await self._rules(session, ticket)
        if rules is None:
            return
        hours = await self.hours(session, ticket)
        found = clocks(ticket)
        now = utcnow()
        breached: list[Metric] = [
            metric
            for metric, clock in found.items()
            if clock.breached_at is None and clock.due_at is not None and clock.due_at <= now
        ]
        for metric in breached:
            found[metric].breached_at = now
        if breached:
            changes = await self._escalate(session, ticket, rules)
            session.add(_event(ticket, "sla_breached", {"metrics": breached, **changes}))
            ticket.escalated_at = now
            ticket.version += 1
            notify = rules.escalation.notify_supervisors
            await self._alert(session, ticket, "breach", breached, notify=notify)
        await self._save(session, ticket, found, hours)

    async def _escalate(
        self, session: AsyncSession, ticket: Ticket, rules: PolicyRules
    ) -> dict[str, list[str | None]]:
        """What the policy says a breach does; the changes as the history shows them."""
        escalation = rules.escalation
        changes: dict[str, list[str | None]] = {}
        if escalation.raise_priority and raised(ticket.priority) != ticket.priority:
            changes["priority"] = [ticket.priority, raised(ticket.priority)]
            ticket.priority = raised(ticket.priority)
        if escalation.reassign_to and escalation.reassign_to != ticket.assignee_id:
            user = await session.get(User, escalation.reassign_to)
            if user is not None and user.tenant_id == ticket.tenant_id and user.status == "active":
                changes["assignee_id"] = [_text(ticket.assignee_id), str(user.id)]
                ticket.assignee_id = user.id
        if escalation.reassign_team and escalation.reassign_team != ticket.team_id:
            changes["team_id"] = [_text(ticket.team_id), str(escalation.reassign_team)]
            ticket.team_id = escalation.reassign_team
        return changes

    async def _alert(
        self,
        session: AsyncSession,
        ticket: Ticket,
        kind: str,
        metrics: Sequence[Metric],
        *,
        notify: bool,
    ) -> None:
        """Tell the assignee and the watchers, and the supervisors when the policy says so."""
        users = set(
            await session.scalars(
                select(TicketWatcher.user_id).where(TicketWatcher.ticket_id == ticket.id)
            )
        )
        if ticket.assignee_id:
            users.add(ticket.assignee_id)
        stage(
            session,
            TicketAlert(
                tenant_id=ticket.tenant_id,
                ticket_id=ticket.id,
                number=ticket.number,
                subject=ticket.subject,
                kind=kind,
                metrics=list(metrics),
                user_ids=sorted(users),
                supervisors=notify,
                priority=ticket.priority,
            ),
        )


def _text(value: uuid.UUID | None) -> str | None:
    return str(value) if value is not None else None


def _event(ticket: Ticket, kind: str, changes: dict[str, object]) -> TicketEvent:
    return TicketEvent(
        tenant_id=ticket.tenant_id,
        ticket_id=ticket.id,
        kind=kind,
        actor=SYSTEM,
        actor_name="SLA",
        changes=changes,
    )

"""A satisfaction survey offered when a ticket is solved, if the tenant surveys tickets.

The link goes into the customer-visible thread as a public notice, and the history says
it was offered; the customer answers it on the survey page (docs/surveys.md).
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from kefu.identity.context import Context
from kefu.surveys.service import Surveys
from kefu.tickets.models import Ticket, TicketComment, TicketType
from kefu.tickets.service import Tickets, actor_of


class SurveyOffer:
    def __init__(self, tickets: Tickets, surveys: Surveys) -> None:
        self._tickets = tickets
        self._surveys = surveys
        tickets.on_moved.append(self._on_moved)

    async def _on_moved(
        self,
        session: AsyncSession,
        ctx: Context,
        ticket: Ticket,
        ticket_type: TicketType,
        before: str,
    ) -> None:
        if ticket.category != "solved" or before in ("solved", "closed"):
            return
        if ticket.contact_id is None:
            return
        if not await self._surveys.enabled(session, ticket.tenant_id, "ticket"):
            return
        path = self._surveys.link(
            ticket.tenant_id,
            "ticket",
            ticket.id,
            ticket.contact_id,
            agent_id=ticket.assignee_id,
            team_id=ticket.team_id,
        )
        actor, actor_name = actor_of(ctx)
        session.add(
            TicketComment(
                tenant_id=ticket.tenant_id,
                ticket_id=ticket.id,
                author=actor,
                author_name=actor_name,
                body=f"您的工单 #{ticket.number} 已解决，请对本次服务进行评价：{path}",
                public=True,
                kind="system",
            )
        )
        self._tickets.record(session, ctx, ticket, "survey_offered", {"path": path})

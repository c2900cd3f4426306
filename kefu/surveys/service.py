"""Satisfaction surveys: who may answer which survey and until when, the answer's checks,
and the one write of an answer (docs/surveys.md).

An invitation is never a row. A conversation invites its own customer (the visitor token)
once it is resolved or closed; any subject invites the holder of a signed link
(``Surveys.link``). The row is written when the customer answers, one per subject: a
second, different answer is refused with ``409 survey_answered``; the same answer sent
again (a retry after a lost response) is answered with the stored one, so an answer the
customer saw accepted is never lost and never counted twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.config import Settings
from kefu.conversations.models import Conversation
from kefu.conversations.participants import Visitor
from kefu.conversations.service import Conversations
from kefu.core.clock import utcnow
from kefu.core.errors import Conflict, Invalid, KefuError, NotFound
from kefu.identity.context import Context
from kefu.identity.models import OrgUnit, Tenant, User
from kefu.surveys.config import SurveyConfig
from kefu.surveys.links import LinkClaims, LinkInvalid, LinkSigner
from kefu.surveys.models import Survey
from kefu.surveys.schemas import AnswerIn, AnswerOut, FormState, SurveyFilter, SurveyFormOut
from kefu.surveys.settings import SurveySettings, sentiment_of

LINK_PATH = "/survey/"


class SurveyDisabled(NotFound):
    code = "survey_disabled"


class SurveyNotReady(Conflict):
    code = "survey_not_ready"


class SurveyAnswered(Conflict):
    code = "survey_answered"


class SurveyExpired(KefuError):
    status_code = 410
    code = "survey_expired"


class UnknownReason(Invalid):
    code = "unknown_reason"


class CommentNotAllowed(Invalid):
    code = "comment_not_allowed"


@dataclass(frozen=True, slots=True)
class Invitation:
    """One subject's survey as a customer may reach it, through the widget or a link."""

    tenant_id: uuid.UUID
    subject_type: str
    subject_id: uuid.UUID
    contact_id: uuid.UUID | None
    channel: str
    # When the answerable time starts: the conversation's end, or the link's issue time.
    # None: the conversation has not ended yet.
    invited_at: datetime | None
    agent_id: uuid.UUID | None = None
    group_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None


def _ended_at(conversation: Conversation) -> datetime | None:
    if conversation.status not in ("resolved", "closed"):
        return None
    ends = [t for t in (conversation.resolved_at, conversation.closed_at) if t is not None]
    return min(ends) if ends else conversation.last_activity_at


def _same_answer(survey: Survey, answer: AnswerIn) -> bool:
    return (
        survey.rating == answer.rating
        and list(survey.reasons) == list(dict.fromkeys(answer.reasons))
        and survey.comment == answer.comment
    )


class Surveys:
    def __init__(self, settings: Settings, config: SurveyConfig, conversations: Conversations):
        self._signer = LinkSigner(settings.effective_secret_key)
        self.config = config
        self._conversations = conversations

    # --- invitations ------------------------------------------------------------------------

    def link(
        self,
        tenant_id: uuid.UUID,
        subject_type: str,
        subject_id: uuid.UUID,
        contact_id: uuid.UUID | None,
        *,
        agent_id: uuid.UUID | None = None,
        team_id: uuid.UUID | None = None,
    ) -> str:
        """The path of a survey page for one subject (``/survey/<token>``), answerable by
        whoever holds it for the tenant's ``answer_days`` from now. Put the server's public
        address in front of it. ``agent_id`` and ``team_id`` name who served the customer
        (a ticket's assignee and team); a conversation's are read when it is answered."""
        if subject_type not in ("conversation", "ticket"):
            raise ValueError(f"unknown subject type {subject_type!r}")
        claims = LinkClaims(
            tenant_id=tenant_id,
            subject_type=subject_type,
            subject_id=subject_id,
            contact_id=contact_id,
            issued_at=utcnow(),
            agent_id=agent_id,
            team_id=team_id,
        )
        return LINK_PATH + self._signer.sign(claims)

    async def enabled(self, session: AsyncSession, tenant_id: uuid.UUID, subject_type: str) -> bool:
        """Whether the tenant surveys this kind of subject: ask before sending a link."""
        return (await self.config.get(session, tenant_id)).enabled_for(subject_type)

    async def for_visitor(
        self, session: AsyncSession, visitor: Visitor, conversation_id: uuid.UUID
    ) -> Invitation:
        """The survey of one of the visitor's own conversations (``404`` for any other)."""
        conversation = await self._conversations.of_visitor(session, visitor, conversation_id)
        return self._of_conversation(conversation, "widget")

    async def for_link(self, session: AsyncSession, token: str) -> Invitation:
        """The survey a link names (``404 survey_link_invalid`` for a forged one)."""
        claims = self._signer.verify(token)
        invitation = Invitation(
            tenant_id=claims.tenant_id,
            subject_type=claims.subject_type,
            subject_id=claims.subject_id,
            contact_id=claims.contact_id,
            channel="link",
            invited_at=claims.issued_at,
            agent_id=claims.agent_id,
            team_id=claims.team_id,
        )
        if claims.subject_type != "conversation":
            return invitation
        conversation = await session.get(Conversation, claims.subject_id)
        if (
            conversation is None
            or conversation.tenant_id != claims.tenant_id
            or conversation.contact_id != claims.contact_id
        ):
            raise LinkInvalid("This survey link is not valid.")
        found = self._of_conversation(conversation, "link")
        # The link's own time counts, once the conversation has ended.
        started = found.invited_at and max(found.invited_at, claims.issued_at)
        return replace(found, invited_at=started)

    @staticmethod
    def _of_conversation(conversation: Conversation, channel: str) -> Invitation:
        return Invitation(
            tenant_id=conversation.tenant_id,
            subject_type="conversation",
            subject_id=conversation.id,
            contact_id=conversation.contact_id,
            channel=channel,
            invited_at=_ended_at(conversation),
            agent_id=conversation.assignee_id,
            group_id=conversation.group_id,
        )

    # --- the form and the answer ------------------------------------------------------------

    async def _stored(self, session: AsyncSession, invitation: Invitation) -> Survey | None:
        survey = await session.scalar(
            select(Survey).where(
                Survey.subject_type == invitation.subject_type,
                Survey.subject_id == invitation.subject_id,
            )
        )
        return survey if survey is None or survey.tenant_id == invitation.tenant_id else None

    @staticmethod
    def _expires_at(invitation: Invitation, settings: SurveySettings) -> datetime | None:
        if invitation.invited_at is None:
            return None
        return invitation.invited_at + timedelta(days=settings.answer_days)

    @staticmethod
    def _state(
        invitation: Invitation, settings: SurveySettings, stored: Survey | None
    ) -> FormState:
        if stored is not None:
            return "answered"
        if not settings.enabled_for(invitation.subject_type):
            return "disabled"
        expires = Surveys._expires_at(invitation, settings)
        if expires is None:
            return "pending"
        return "expired" if utcnow() >= expires else "open"

    async def form(
        self, session: AsyncSession, invitation: Invitation, locale: str | None = None
    ) -> SurveyFormOut:
        """What the customer is asked and where the survey stands; never refuses."""
        settings = await self.config.get(session, invitation.tenant_id)
        stored = await self._stored(session, invitation)
        if locale is None:
            locale = await session.scalar(
                select(Tenant.locale).where(Tenant.id == invitation.tenant_id)
            )
        return SurveyFormOut.of(
            settings,
            subject_type=invitation.subject_type,
            subject_id=invitation.subject_id,
            state=self._state(invitation, settings, stored),
            locale=locale or "zh-CN",
            expires_at=self._expires_at(invitation, settings),
            answer=AnswerOut.model_validate(stored) if stored else None,
        )

    async def answer(
        self, session: AsyncSession, invitation: Invitation, answer: AnswerIn
    ) -> tuple[Survey, bool]:
        """Store the customer's answer: ``(survey, True)``, or ``(survey, False)`` for the
        same answer sent again. Refusals change nothing."""
        settings = await self.config.get(session, invitation.tenant_id)
        stored = await self._stored(session, invitation)
        if stored is not None:
            return self._again(stored, answer), False
        state = self._state(invitation, settings, None)
        if state == "disabled":
            raise SurveyDisabled("No survey is offered for this.")
        if state == "pending":
            raise SurveyNotReady("The conversation has not ended yet.")
        if state == "expired":
            expires = self._expires_at(invitation, settings)
            raise SurveyExpired(
                "This survey can no longer be answered.",
                details={"expired_at": expires.isoformat() if expires else None},
            )
        reasons = self._check(settings, answer)
        survey = Survey(
            tenant_id=invitation.tenant_id,
            subject_type=invitation.subject_type,
            subject_id=invitation.subject_id,
            contact_id=invitation.contact_id,
            agent_id=await self._staff(session, invitation),
            group_id=invitation.group_id,
            team_id=await self._team(session, invitation),
            rating=answer.rating,
            reasons=reasons,
            comment=answer.comment,
            channel=invitation.channel,
            language=answer.language or "zh-CN",
            invited_at=invitation.invited_at,
            answered_at=utcnow(),
        )
        try:
            async with session.begin_nested():
                session.add(survey)
        except IntegrityError:  # answered a moment ago, by another tab or device
            stored = await self._stored(session, invitation)
            if stored is None:
                raise
            return self._again(stored, answer), False
        return survey, True

    @staticmethod
    def _again(stored: Survey, answer: AnswerIn) -> Survey:
        if _same_answer(stored, answer):
            return stored
        raise SurveyAnswered(
            "This survey has already been answered.",
            details={"answered_at": stored.answered_at.isoformat(), "rating": stored.rating},
        )

    @staticmethod
    def _check(settings: SurveySettings, answer: AnswerIn) -> list[str]:
        sentiment = sentiment_of(answer.rating)
        keys = list(dict.fromkeys(answer.reasons))
        for key in keys:
            reason = settings.reason(key)
            if reason is None or reason.sentiment != sentiment:
                raise UnknownReason(
                    f"{key!r} is not a reason offered for this rating.",
                    details={
                        "reason": key,
                        "allowed": [r.key for r in settings.reasons if r.sentiment == sentiment],
                    },
                )
        if answer.comment and not settings.comment:
            raise CommentNotAllowed("This survey takes no comment.")
        return keys

    @staticmethod
    async def _staff(session: AsyncSession, invitation: Invitation) -> uuid.UUID | None:
        """The agent a link names, if they are still one of the tenant's users."""
        if invitation.agent_id is None or invitation.channel == "widget":
            return invitation.agent_id
        user = await session.get(User, invitation.agent_id)
        return user.id if user is not None and user.tenant_id == invitation.tenant_id else None

    @staticmethod
    async def _team(session: AsyncSession, invitation: Invitation) -> uuid.UUID | None:
        """The team a link names, unless it was deleted since."""
        if invitation.team_id is None:
            return None
        unit = await session.get(OrgUnit, invitation.team_id)
        return unit.id if unit is not None and unit.tenant_id == invitation.tenant_id else None

    # --- reports ----------------------------------------------------------------------------

    async def search(
        self,
        session: AsyncSession,
        ctx: Context,
        where: SurveyFilter,
        *,
        start: datetime,
        end: datetime,
        limit: int,
        after: uuid.UUID | None = None,
    ) -> Sequence[Survey]:
        """Answers in ``[start, end)``, newest first, a keyset page at a time."""
        query = select(Survey).where(
            Survey.tenant_id == ctx.tenant_id,
            Survey.answered_at >= start,
            Survey.answered_at < end,
            *filters(where),
        )
        if after is not None:
            query = query.where(Survey.id < after)
        return (await session.scalars(query.order_by(Survey.id.desc()).limit(limit))).all()


def filters(where: SurveyFilter) -> list[ColumnElement[bool]]:
    """The filter's conditions on ``surveys``."""
    conditions: list[ColumnElement[bool]] = []
    if where.subject_type is not None:
        conditions.append(Survey.subject_type == where.subject_type)
    if where.subject_id is not None:
        conditions.append(Survey.subject_id == where.subject_id)
    if where.rating is not None:
        conditions.append(Survey.rating == where.rating)
    if where.agent_id is not None:
        conditions.append(Survey.agent_id == where.agent_id)
    if where.group_id is not None:
        conditions.append(Survey.group_id == where.group_id)
    if where.channel is not None:
        conditions.append(Survey.channel == where.channel)
    return conditions

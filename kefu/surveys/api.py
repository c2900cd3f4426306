"""Surveys over REST: the settings (``surveys:manage``), the answers and their statistics
for reports (``reports:read``), and a link to a conversation's survey for agents to send
(docs/surveys.md). The customer's side is in ``customer_api``."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel

from kefu.bot.insights_schemas import Since, Until
from kefu.bot.period import read_period
from kefu.core.http import API_PREFIX
from kefu.core.pagination import Limit, Page, page
from kefu.identity.context import Context
from kefu.identity.deps import Authorize, ReadSessionDep, ServicesDep, SessionDep
from kefu.identity.permissions import Permission
from kefu.surveys.schemas import Channel, SubjectType, SurveyFilter, SurveyOut, SurveyStatsOut
from kefu.surveys.settings import SurveySettings

router = APIRouter(prefix=API_PREFIX, tags=["surveys"])

SurveysManage = Annotated[Context, Depends(Authorize(Permission.SURVEYS_MANAGE))]
ReportsRead = Annotated[Context, Depends(Authorize(Permission.REPORTS_READ))]
Reply = Annotated[Context, Depends(Authorize(Permission.CONVERSATIONS_REPLY))]


class SurveyLinkOut(BaseModel):
    path: str
    answer_days: int


def _filter(
    subject_type: Annotated[SubjectType | None, Query()] = None,
    subject_id: Annotated[uuid.UUID | None, Query()] = None,
    rating: Annotated[int | None, Query(ge=1, le=5)] = None,
    agent_id: Annotated[uuid.UUID | None, Query()] = None,
    group_id: Annotated[uuid.UUID | None, Query()] = None,
    channel: Annotated[Channel | None, Query()] = None,
) -> SurveyFilter:
    return SurveyFilter(
        subject_type=subject_type,
        subject_id=subject_id,
        rating=rating,
        agent_id=agent_id,
        group_id=group_id,
        channel=channel,
    )


FilterDep = Annotated[SurveyFilter, Depends(_filter)]


@router.get("/surveys/settings", response_model=SurveySettings)
async def get_settings(
    ctx: SurveysManage, svc: ServicesDep, session: ReadSessionDep
) -> SurveySettings:
    return await svc.surveys.config.get(session, ctx.tenant_id)


@router.put("/surveys/settings", response_model=SurveySettings)
async def set_settings(
    body: SurveySettings, ctx: SurveysManage, svc: ServicesDep, session: SessionDep
) -> SurveySettings:
    """Replace the settings (audited as ``surveys.settings``)."""
    return await svc.surveys.config.set(session, ctx, body)


@router.get("/surveys", response_model=Page[SurveyOut])
async def list_surveys(
    ctx: ReportsRead,
    svc: ServicesDep,
    session: ReadSessionDep,
    where: FilterDep,
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    cursor: uuid.UUID | None = None,
) -> Page[SurveyOut]:
    """Answers of at most 366 whole days, newest first."""
    window = await read_period(session, ctx.tenant_id, since, until)
    rows = await svc.surveys.search(
        session, ctx, where, start=window.start, end=window.end, limit=limit, after=cursor
    )
    return page(rows, limit, SurveyOut)


@router.get("/surveys/stats", response_model=SurveyStatsOut)
async def survey_stats(
    ctx: ReportsRead,
    svc: ServicesDep,
    session: ReadSessionDep,
    where: FilterDep,
    since: Since = None,
    until: Until = None,
) -> SurveyStatsOut:
    """Count, average, CSAT, the distribution of ratings, the top reasons and a series per
    day, over at most 366 whole days in the tenant's time zone."""
    window = await read_period(session, ctx.tenant_id, since, until)
    return await svc.survey_stats.report(session, ctx.tenant_id, window, where)


@router.post("/conversations/{conversation_id}/survey-link", response_model=SurveyLinkOut)
async def conversation_survey_link(
    conversation_id: uuid.UUID, ctx: Reply, svc: ServicesDep, session: ReadSessionDep
) -> SurveyLinkOut:
    """A link to the conversation's survey, for sending to its customer (by e-mail, SMS, an
    app); answerable once the conversation has ended."""
    conversation = await svc.conversations.get(session, ctx, conversation_id)
    settings = await svc.surveys.config.get(session, ctx.tenant_id)
    path = svc.surveys.link(ctx.tenant_id, "conversation", conversation.id, conversation.contact_id)
    return SurveyLinkOut(path=path, answer_days=settings.answer_days)

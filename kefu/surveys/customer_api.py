"""The customer's side of surveys: the widget's calls with the visitor token, and the JSON
behind a survey link (``/survey/<token>``), public because the token is the capability."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response, status
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.channels.web.api import VisitorDep
from kefu.core.errors import ErrorOut, Unauthenticated
from kefu.core.http import API_PREFIX
from kefu.identity.deps import ReadSessionDep, ServicesDep, SessionDep
from kefu.identity.schemas import Locale
from kefu.services import Services
from kefu.surveys.schemas import AnswerIn, SurveyFormOut
from kefu.surveys.service import Invitation

router = APIRouter(prefix=API_PREFIX, tags=["surveys"])

Token = Annotated[str, Path(min_length=1, max_length=256, description="A survey link's token.")]
LocaleQuery = Annotated[Locale | None, Query(description="The language of the answer.")]
ANSWER_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"model": SurveyFormOut, "description": "The same answer again: the stored one"},
    410: {"model": ErrorOut, "description": "Too late to answer (survey_expired)"},
}


def _own_site(site: str, site_key: str) -> None:
    if site != site_key:
        raise Unauthenticated("This visitor token is for another site.", code="invalid_token")


async def _answered(
    svc: Services,
    session: AsyncSession,
    invitation: Invitation,
    body: AnswerIn,
    response: Response,
) -> SurveyFormOut:
    _, created = await svc.surveys.answer(session, invitation, body)
    response.status_code = status.HTTP_201_CREATED if created else status.HTTP_200_OK
    return await svc.surveys.form(session, invitation, body.language)


@router.get("/widget/{site}/conversations/{conversation_id}/survey", response_model=SurveyFormOut)
async def widget_survey(
    site: str,
    conversation_id: uuid.UUID,
    visitor: VisitorDep,
    svc: ServicesDep,
    session: ReadSessionDep,
    locale: LocaleQuery = None,
) -> SurveyFormOut:
    """The survey of one of the visitor's conversations and where it stands (``state``)."""
    _own_site(site, visitor.site_key)
    invitation = await svc.surveys.for_visitor(session, visitor, conversation_id)
    return await svc.surveys.form(session, invitation, locale)


@router.post(
    "/widget/{site}/conversations/{conversation_id}/survey",
    response_model=SurveyFormOut,
    status_code=status.HTTP_201_CREATED,
    responses=ANSWER_RESPONSES,
)
async def widget_answer(
    site: str,
    conversation_id: uuid.UUID,
    body: AnswerIn,
    visitor: VisitorDep,
    svc: ServicesDep,
    session: SessionDep,
    response: Response,
) -> SurveyFormOut:
    """The visitor answers: ``201``, or ``200`` for the same answer sent again."""
    _own_site(site, visitor.site_key)
    invitation = await svc.surveys.for_visitor(session, visitor, conversation_id)
    return await _answered(svc, session, invitation, body, response)


@router.get("/survey-links/{token}", response_model=SurveyFormOut)
async def link_survey(
    token: Token, svc: ServicesDep, session: ReadSessionDep, locale: LocaleQuery = None
) -> SurveyFormOut:
    """The survey a link names, and where it stands."""
    invitation = await svc.surveys.for_link(session, token)
    return await svc.surveys.form(session, invitation, locale)


@router.post(
    "/survey-links/{token}",
    response_model=SurveyFormOut,
    status_code=status.HTTP_201_CREATED,
    responses=ANSWER_RESPONSES,
)
async def link_answer(
    token: Token, body: AnswerIn, svc: ServicesDep, session: SessionDep, response: Response
) -> SurveyFormOut:
    """The link's holder answers: ``201``, or ``200`` for the same answer sent again."""
    invitation = await svc.surveys.for_link(session, token)
    return await _answered(svc, session, invitation, body, response)

"""The surveys service on SQLite and PostgreSQL: what it offers other domains (``link``,
``enabled``), and an answer that races another for the same subject."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from kefu.identity.context import system_context
from kefu.services import Services
from kefu.surveys.models import Survey
from kefu.surveys.schemas import AnswerIn
from kefu.surveys.service import Invitation, SurveyAnswered, Surveys
from kefu.surveys.settings import SurveySettings
from tests.world import World


async def test_link_and_enabled_for_the_tickets_domain(services: Services, world: World) -> None:
    ticket_id = uuid.uuid4()
    path = services.surveys.link(world.tenant_id, "ticket", ticket_id, None)
    assert path.startswith("/survey/")
    async with services.db.read() as session:
        invitation = await services.surveys.for_link(session, path.removeprefix("/survey/"))
        assert (invitation.subject_type, invitation.subject_id) == ("ticket", ticket_id)
        assert invitation.contact_id is None
        assert await services.surveys.enabled(session, world.tenant_id, "ticket") is True
    async with services.db.transaction() as session:
        ctx = system_context(world.tenant_id, "platform")
        await services.surveys.config.set(session, ctx, SurveySettings(tickets=False))
    async with services.db.read() as session:
        assert await services.surveys.enabled(session, world.tenant_id, "ticket") is False
        assert await services.surveys.enabled(session, world.tenant_id, "conversation") is True
    with pytest.raises(ValueError, match="unknown subject type"):
        services.surveys.link(world.tenant_id, "order", ticket_id, None)


async def test_answers_racing_for_one_subject_store_one(
    services: Services, world: World, client: httpx.AsyncClient
) -> None:
    token = services.surveys.link(world.tenant_id, "ticket", uuid.uuid4(), world.contact_id)
    token = token.removeprefix("/survey/")

    async def answer(rating: int) -> Any:
        try:
            async with services.db.transaction() as session:
                invitation = await services.surveys.for_link(session, token)
                survey, created = await services.surveys.answer(
                    session, invitation, AnswerIn(rating=rating)
                )
                return survey.rating, created
        except SurveyAnswered as refused:
            return refused.code

    results = await asyncio.gather(answer(5), answer(1))
    assert sorted(map(str, results)) in (
        ["(1, True)", "survey_answered"],
        ["(5, True)", "survey_answered"],
    )
    async with services.db.read() as session:
        assert len((await session.scalars(select(Survey))).all()) == 1


async def test_an_answer_that_loses_the_race_at_the_insert_gets_the_stored_one(
    services: Services, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The unique index refuses the second insert; the service then reads the first."""
    token = services.surveys.link(world.tenant_id, "ticket", uuid.uuid4(), None)
    token = token.removeprefix("/survey/")
    async with services.db.transaction() as session:
        invitation = await services.surveys.for_link(session, token)
        await services.surveys.answer(session, invitation, AnswerIn(rating=4, reasons=["fast"]))

    stored = Surveys._stored
    calls = 0

    async def blind_once(self: Surveys, session: Any, invitation: Invitation) -> Survey | None:
        nonlocal calls
        calls += 1
        return None if calls == 1 else await stored(self, session, invitation)

    monkeypatch.setattr(Surveys, "_stored", blind_once)
    async with services.db.transaction() as session:
        invitation = await services.surveys.for_link(session, token)
        survey, created = await services.surveys.answer(
            session, invitation, AnswerIn(rating=4, reasons=["fast"])
        )
        assert (survey.rating, created) == (4, False)
    calls = 0
    async with services.db.transaction() as session:
        invitation = await services.surveys.for_link(session, token)
        with pytest.raises(SurveyAnswered):
            await services.surveys.answer(session, invitation, AnswerIn(rating=2))
    async with services.db.read() as session:
        rows = (await session.scalars(select(Survey))).all()
    assert [(r.rating, r.reasons) for r in rows] == [(4, ["fast"])]

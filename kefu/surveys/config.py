"""A tenant's survey settings, read when a survey is offered or answered and changed by
administrators (audited)."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from kefu.identity.context import Context
from kefu.identity.service.audit import Audited
from kefu.surveys.models import SurveySettingsRow
from kefu.surveys.settings import SurveySettings


class SurveyConfig(Audited):
    async def get(self, session: AsyncSession, tenant_id: uuid.UUID) -> SurveySettings:
        row = await session.get(SurveySettingsRow, tenant_id)
        return SurveySettings.model_validate(row.settings) if row else SurveySettings()

    async def set(
        self, session: AsyncSession, ctx: Context, settings: SurveySettings
    ) -> SurveySettings:
        row = await session.get(SurveySettingsRow, ctx.tenant_id)
        before = row.settings if row else None
        after = settings.model_dump(mode="json")
        if row is None:
            session.add(SurveySettingsRow(tenant_id=ctx.tenant_id, settings=after))
        else:
            row.settings = after
        await self.audit(
            session, ctx, "surveys.settings", "tenant", ctx.tenant_id, before=before, after=after
        )
        return settings

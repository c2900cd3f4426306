"""A tenant's bot settings, read by the dialogue and changed by administrators (audited).
The generative endpoint's API key is write-only: it is never answered, nor written to the
audit log."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kefu.bot.dialogue_schemas import BotSettingsOut
from kefu.bot.generative import check_endpoint
from kefu.bot.models import BotSettingsRow
from kefu.bot.settings import BotSettings
from kefu.config import Settings
from kefu.identity.context import Context
from kefu.identity.service.audit import Audited


def redacted(settings: BotSettings) -> dict[str, Any]:
    """The settings as the API shows them: no API key, and whether one is set."""
    return BotSettingsOut.of(settings).model_dump(mode="json")


class BotConfig(Audited):
    def __init__(self, settings: Settings) -> None:
        super().__init__(settings.effective_secret_key)
        self._settings = settings

    async def get(self, session: AsyncSession, tenant_id: uuid.UUID) -> BotSettings:
        row = await session.get(BotSettingsRow, tenant_id)
        return BotSettings.model_validate(row.settings) if row else BotSettings()

    async def set(self, session: AsyncSession, ctx: Context, settings: BotSettings) -> BotSettings:
        row = await session.get(BotSettingsRow, ctx.tenant_id)
        before = row.settings if row else None
        if not settings.generative.api_key and before:
            kept = (before.get("generative") or {}).get("api_key", "")
            settings = settings.model_copy(
                update={"generative": settings.generative.model_copy(update={"api_key": kept})}
            )
        if settings.generative.enabled:
            check_endpoint(settings.generative, self._settings)
        after = settings.model_dump(mode="json")
        if row is None:
            session.add(BotSettingsRow(tenant_id=ctx.tenant_id, settings=after))
        else:
            row.settings = after
        await self.audit(
            session,
            ctx,
            "bot.settings",
            "tenant",
            ctx.tenant_id,
            before=redacted(BotSettings.model_validate(before)) if before else None,
            after=redacted(settings),
        )
        return settings

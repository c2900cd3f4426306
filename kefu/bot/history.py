"""The history of FAQ entries and articles: one version row per change, readable after
the entry is gone; and the ``knowledge.changed`` event each change stages."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.bot import schemas
from kefu.bot.models import KnowledgeVersion
from kefu.core.bus import stage
from kefu.core.clock import utcnow
from kefu.core.errors import NotFound
from kefu.core.events import KnowledgeChanged
from kefu.identity.context import Context

Target = Literal["entry", "article"]
Action = Literal["create", "update", "delete", "import"]


def new_version(
    ctx: Context,
    target_type: Target,
    target_id: uuid.UUID,
    version: int,
    action: Action,
    snapshot: dict[str, Any],
) -> KnowledgeVersion:
    """A version row: the content after the change (before it, for a deletion)."""
    principal = ctx.principal
    return KnowledgeVersion(
        tenant_id=ctx.tenant_id,
        target_type=target_type,
        target_id=target_id,
        version=version,
        action=action,
        snapshot=snapshot,
        actor_type=principal.actor_type,
        actor_id=str(principal.actor_id) if principal.actor_id else None,
        actor_label=principal.label[:120],
        changed_at=utcnow(),
    )


def changed(
    session: AsyncSession,
    ctx: Context,
    entry_ids: Collection[uuid.UUID] = (),
    article_ids: Collection[uuid.UUID] = (),
) -> None:
    """Stage ``knowledge.changed`` for these ids (published after the commit)."""
    if entry_ids or article_ids:
        stage(
            session,
            KnowledgeChanged(
                tenant_id=ctx.tenant_id, entry_ids=list(entry_ids), article_ids=list(article_ids)
            ),
        )


async def read(
    session: AsyncSession,
    ctx: Context,
    target_type: Target,
    target_id: uuid.UUID,
    *,
    before_version: int | None,
    limit: int,
) -> schemas.VersionPage:
    """Changes newest first, each with the content before and after it; a page ends
    below ``before_version``. 404 when the tenant never had such an entry or article."""
    query = select(KnowledgeVersion).where(
        KnowledgeVersion.tenant_id == ctx.tenant_id,
        KnowledgeVersion.target_id == target_id,
        KnowledgeVersion.target_type == target_type,
    )
    if before_version is not None:
        query = query.where(KnowledgeVersion.version < before_version)
    ordered = query.order_by(KnowledgeVersion.version.desc()).limit(limit + 1)
    rows = list(await session.scalars(ordered))
    if not rows and before_version is None:
        raise NotFound(f"No such {'FAQ entry' if target_type == 'entry' else 'article'}.")
    items = []
    for index, row in enumerate(rows[:limit]):
        previous = rows[index + 1].snapshot if index + 1 < len(rows) else None
        deleted = row.action == "delete"
        items.append(
            schemas.VersionOut(
                version=row.version,
                action=row.action,
                changed_at=row.changed_at,
                actor_type=row.actor_type,
                actor_id=row.actor_id,
                actor_label=row.actor_label,
                before=row.snapshot if deleted else previous,
                after=None if deleted else row.snapshot,
            )
        )
    cursor = str(items[-1].version) if len(rows) > limit else None
    return schemas.VersionPage(items=items, next_cursor=cursor)

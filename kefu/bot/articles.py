"""Help articles: longer texts in the knowledge base's category tree, read rather than
matched; audited, versioned and announced like FAQ entries."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.bot import history, richtext, schemas
from kefu.bot.categories import Categories
from kefu.bot.keys import normalise
from kefu.bot.models import KnowledgeArticle
from kefu.core.errors import Conflict, NotFound
from kefu.identity.context import Context
from kefu.identity.service.audit import Audited


def article_snapshot(article: KnowledgeArticle) -> dict[str, Any]:
    return {
        "category_id": str(article.category_id) if article.category_id else None,
        "title": article.title,
        "body": article.body_html,
        "enabled": article.enabled,
    }


def article_out(article: KnowledgeArticle) -> schemas.ArticleOut:
    return schemas.ArticleOut(
        id=article.id,
        category_id=article.category_id,
        title=article.title,
        body=article.body_html,
        body_text=article.body_text,
        enabled=article.enabled,
        version=article.version,
        created_by=article.created_by,
        updated_by=article.updated_by,
        created_at=article.created_at,
        updated_at=article.updated_at,
    )


class Articles(Audited):
    def __init__(self, secret_key: str, categories: Categories) -> None:
        super().__init__(secret_key)
        self.categories = categories

    async def get(
        self, session: AsyncSession, ctx: Context, article_id: uuid.UUID
    ) -> KnowledgeArticle:
        article = await session.get(KnowledgeArticle, article_id)
        if article is None or article.tenant_id != ctx.tenant_id:
            raise NotFound("No such article.")
        return article

    async def search(
        self,
        session: AsyncSession,
        ctx: Context,
        *,
        category_id: uuid.UUID | None = None,
        enabled: bool | None = None,
        q: str | None = None,
        cursor: uuid.UUID | None = None,
        limit: int = 50,
    ) -> Sequence[KnowledgeArticle]:
        query = select(KnowledgeArticle).where(KnowledgeArticle.tenant_id == ctx.tenant_id)
        if category_id is not None:
            ids = await self.categories.subtree(session, ctx, category_id)
            query = query.where(KnowledgeArticle.category_id.in_(ids))
        if enabled is not None:
            query = query.where(KnowledgeArticle.enabled == enabled)
        if q and normalise(q):
            query = query.where(
                KnowledgeArticle.search_text.contains(normalise(q), autoescape=True)
            )
        if cursor is not None:
            query = query.where(KnowledgeArticle.id > cursor)
        return (await session.scalars(query.order_by(KnowledgeArticle.id).limit(limit))).all()

    async def create(
        self, session: AsyncSession, ctx: Context, draft: schemas.ArticleIn
    ) -> KnowledgeArticle:
        await self.categories.check(session, ctx, draft.category_id)
        html, text = richtext.render_required(draft.body, "body")
        article = KnowledgeArticle(
            tenant_id=ctx.tenant_id,
            category_id=draft.category_id,
            title=draft.title,
            body_html=html,
            body_text=text,
            enabled=draft.enabled,
            version=1,
            created_by=ctx.principal.user_id,
            updated_by=ctx.principal.user_id,
            search_text=normalise(f"{draft.title}\n{text}"),
        )
        session.add(article)
        await session.flush()
        after = article_snapshot(article)
        session.add(history.new_version(ctx, "article", article.id, 1, "create", after))
        await self.audit(
            session, ctx, "knowledge.article.create", "kb_article", article.id, after=after
        )
        history.changed(session, ctx, article_ids=[article.id])
        return article

    async def update(
        self,
        session: AsyncSession,
        ctx: Context,
        article_id: uuid.UUID,
        patch: schemas.ArticlePatch,
    ) -> KnowledgeArticle:
        article = await self.get(session, ctx, article_id)
        if patch.version is not None and patch.version != article.version:
            raise Conflict(
                "The article was changed meanwhile; reload it.",
                code="version_conflict",
                details={"version": article.version},
            )
        sent = patch.model_fields_set
        if "category_id" in sent:
            await self.categories.check(session, ctx, patch.category_id)
        before = article_snapshot(article)
        if "category_id" in sent:
            article.category_id = patch.category_id
        if patch.title is not None:
            article.title = patch.title
        if patch.body is not None:
            article.body_html, article.body_text = richtext.render_required(patch.body, "body")
        if patch.enabled is not None:
            article.enabled = patch.enabled
        after = article_snapshot(article)
        if after == before:
            return article
        article.search_text = normalise(f"{article.title}\n{article.body_text}")
        article.version += 1
        article.updated_by = ctx.principal.user_id
        await session.flush()
        session.add(
            history.new_version(ctx, "article", article.id, article.version, "update", after)
        )
        await self.audit(
            session,
            ctx,
            "knowledge.article.update",
            "kb_article",
            article.id,
            before=before,
            after=after,
        )
        history.changed(session, ctx, article_ids=[article.id])
        return article

    async def delete(self, session: AsyncSession, ctx: Context, article_id: uuid.UUID) -> None:
        article = await self.get(session, ctx, article_id)
        before = article_snapshot(article)
        session.add(
            history.new_version(ctx, "article", article.id, article.version + 1, "delete", before)
        )
        await session.delete(article)
        await self.audit(
            session, ctx, "knowledge.article.delete", "kb_article", article_id, before=before
        )
        history.changed(session, ctx, article_ids=[article_id])

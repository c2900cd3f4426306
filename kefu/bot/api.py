"""The knowledge base over REST: categories, FAQ entries, help articles, their history,
and FAQ files to import, export and start from (docs/bot.md#knowledge-base)."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Response, UploadFile, status

from kefu.bot import io, schemas
from kefu.bot.articles import article_out
from kefu.bot.entries import entry_out
from kefu.conversations.api import UPLOAD_ERRORS, upload_size_guard
from kefu.conversations.attachments import FileTooLarge
from kefu.core.clock import utcnow
from kefu.core.http import API_PREFIX
from kefu.core.pagination import Limit, SearchText
from kefu.identity.context import Context
from kefu.identity.deps import Authorize, ReadSessionDep, ServicesDep, SessionDep
from kefu.identity.permissions import Permission

router = APIRouter(prefix=API_PREFIX, tags=["knowledge"])

KnowledgeRead = Annotated[Context, Depends(Authorize(Permission.KNOWLEDGE_READ))]
KnowledgeManage = Annotated[Context, Depends(Authorize(Permission.KNOWLEDGE_MANAGE))]
Format = Annotated[schemas.ImportFormat, Query(alias="format")]
VersionCursor = Annotated[
    int | None, Query(ge=1, le=2**31 - 1, description="A version: older ones follow.")
]


def _file_response(media_types: list[str]) -> dict[int | str, dict[str, Any]]:
    return {
        200: {
            "content": {media_type: {"schema": {"type": "string", "format": "binary"}}
                        for media_type in media_types},
            "description": "The file, as an attachment",
        }
    }  # fmt: skip


def _attachment(data: bytes, fmt: schemas.ImportFormat, stem: str) -> Response:
    return Response(
        content=data,
        media_type=io.MEDIA_TYPES[fmt],
        headers={"Content-Disposition": f'attachment; filename="{stem}.{fmt}"'},
    )


# --- categories -----------------------------------------------------------------------------


@router.get("/knowledge/categories", response_model=list[schemas.CategoryOut])
async def list_categories(
    ctx: KnowledgeRead, svc: ServicesDep, session: ReadSessionDep
) -> list[schemas.CategoryOut]:
    return await svc.knowledge.categories.list(session, ctx)


@router.post("/knowledge/categories", response_model=schemas.CategoryOut, status_code=201)
async def create_category(
    body: schemas.CategoryIn, ctx: KnowledgeManage, svc: ServicesDep, session: SessionDep
) -> schemas.CategoryOut:
    return await svc.knowledge.categories.create(session, ctx, body)


@router.get("/knowledge/categories/{category_id}", response_model=schemas.CategoryOut)
async def get_category(
    category_id: uuid.UUID, ctx: KnowledgeRead, svc: ServicesDep, session: ReadSessionDep
) -> schemas.CategoryOut:
    return await svc.knowledge.categories.get(session, ctx, category_id)


@router.patch("/knowledge/categories/{category_id}", response_model=schemas.CategoryOut)
async def update_category(
    category_id: uuid.UUID,
    body: schemas.CategoryPatch,
    ctx: KnowledgeManage,
    svc: ServicesDep,
    session: SessionDep,
) -> schemas.CategoryOut:
    return await svc.knowledge.categories.update(session, ctx, category_id, body)


@router.delete("/knowledge/categories/{category_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_category(
    category_id: uuid.UUID, ctx: KnowledgeManage, svc: ServicesDep, session: SessionDep
) -> Response:
    await svc.knowledge.categories.delete(session, ctx, category_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# --- FAQ entries ----------------------------------------------------------------------------


@router.get("/knowledge/entries", response_model=schemas.FaqPage)
async def list_entries(
    ctx: KnowledgeRead,
    svc: ServicesDep,
    session: ReadSessionDep,
    category_id: uuid.UUID | None = None,
    enabled: bool | None = None,
    q: SearchText = None,
    limit: Limit = 50,
    cursor: uuid.UUID | None = None,
) -> schemas.FaqPage:
    rows = await svc.knowledge.entries(
        session, ctx, category_id=category_id, enabled=enabled, q=q, cursor=cursor, limit=limit
    )
    next_cursor = str(rows[-1].id) if len(rows) == limit else None
    return schemas.FaqPage(items=[entry_out(r) for r in rows], next_cursor=next_cursor)


@router.post("/knowledge/entries", response_model=schemas.FaqOut, status_code=201)
async def create_entry(
    body: schemas.FaqIn, ctx: KnowledgeManage, svc: ServicesDep, session: SessionDep
) -> schemas.FaqOut:
    return entry_out(await svc.knowledge.create_entry(session, ctx, body))


@router.get("/knowledge/entries/{entry_id}", response_model=schemas.FaqOut)
async def get_entry(
    entry_id: uuid.UUID, ctx: KnowledgeRead, svc: ServicesDep, session: ReadSessionDep
) -> schemas.FaqOut:
    return entry_out(await svc.knowledge.entry(session, ctx, entry_id))


@router.patch("/knowledge/entries/{entry_id}", response_model=schemas.FaqOut)
async def update_entry(
    entry_id: uuid.UUID,
    body: schemas.FaqPatch,
    ctx: KnowledgeManage,
    svc: ServicesDep,
    session: SessionDep,
) -> schemas.FaqOut:
    return entry_out(await svc.knowledge.update_entry(session, ctx, entry_id, body))


@router.delete("/knowledge/entries/{entry_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_entry(
    entry_id: uuid.UUID, ctx: KnowledgeManage, svc: ServicesDep, session: SessionDep
) -> Response:
    await svc.knowledge.delete_entry(session, ctx, entry_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/knowledge/entries/{entry_id}/history", response_model=schemas.VersionPage)
async def entry_history(
    entry_id: uuid.UUID,
    ctx: KnowledgeRead,
    svc: ServicesDep,
    session: ReadSessionDep,
    limit: Limit = 50,
    cursor: VersionCursor = None,
) -> schemas.VersionPage:
    return await svc.knowledge.history(
        session, ctx, "entry", entry_id, before_version=cursor, limit=limit
    )


# --- articles -------------------------------------------------------------------------------


@router.get("/knowledge/articles", response_model=schemas.ArticlePage)
async def list_articles(
    ctx: KnowledgeRead,
    svc: ServicesDep,
    session: ReadSessionDep,
    category_id: uuid.UUID | None = None,
    enabled: bool | None = None,
    q: SearchText = None,
    limit: Limit = 50,
    cursor: uuid.UUID | None = None,
) -> schemas.ArticlePage:
    rows = await svc.knowledge.articles.search(
        session, ctx, category_id=category_id, enabled=enabled, q=q, cursor=cursor, limit=limit
    )
    next_cursor = str(rows[-1].id) if len(rows) == limit else None
    return schemas.ArticlePage(items=[article_out(r) for r in rows], next_cursor=next_cursor)


@router.post("/knowledge/articles", response_model=schemas.ArticleOut, status_code=201)
async def create_article(
    body: schemas.ArticleIn, ctx: KnowledgeManage, svc: ServicesDep, session: SessionDep
) -> schemas.ArticleOut:
    return article_out(await svc.knowledge.articles.create(session, ctx, body))


@router.get("/knowledge/articles/{article_id}", response_model=schemas.ArticleOut)
async def get_article(
    article_id: uuid.UUID, ctx: KnowledgeRead, svc: ServicesDep, session: ReadSessionDep
) -> schemas.ArticleOut:
    return article_out(await svc.knowledge.articles.get(session, ctx, article_id))


@router.patch("/knowledge/articles/{article_id}", response_model=schemas.ArticleOut)
async def update_article(
    article_id: uuid.UUID,
    body: schemas.ArticlePatch,
    ctx: KnowledgeManage,
    svc: ServicesDep,
    session: SessionDep,
) -> schemas.ArticleOut:
    return article_out(await svc.knowledge.articles.update(session, ctx, article_id, body))


@router.delete("/knowledge/articles/{article_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_article(
    article_id: uuid.UUID, ctx: KnowledgeManage, svc: ServicesDep, session: SessionDep
) -> Response:
    await svc.knowledge.articles.delete(session, ctx, article_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/knowledge/articles/{article_id}/history", response_model=schemas.VersionPage)
async def article_history(
    article_id: uuid.UUID,
    ctx: KnowledgeRead,
    svc: ServicesDep,
    session: ReadSessionDep,
    limit: Limit = 50,
    cursor: VersionCursor = None,
) -> schemas.VersionPage:
    return await svc.knowledge.history(
        session, ctx, "article", article_id, before_version=cursor, limit=limit
    )


# --- files ----------------------------------------------------------------------------------


@router.post(
    "/knowledge/import",
    response_model=schemas.ImportOut,
    responses=UPLOAD_ERRORS,
    dependencies=[Depends(upload_size_guard)],
)
async def import_entries(
    file: UploadFile,
    ctx: KnowledgeManage,
    svc: ServicesDep,
    session: SessionDep,
    dry_run: bool = False,
    fmt: Annotated[schemas.ImportFormat | None, Query(alias="format")] = None,
) -> schemas.ImportOut:
    """An .xlsx, CSV or JSON Lines file of FAQ entries (the format from ``format``, else
    from the file). Every row is checked first: any bad row answers 422
    ``import_invalid`` with ``details.errors`` and imports nothing."""
    limit = svc.settings.max_upload_bytes
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(f"Files may be at most {limit} bytes.", details={"max_bytes": limit})
    return await svc.knowledge.files.import_file(
        session, ctx, data, filename=file.filename, fmt=fmt, dry_run=dry_run
    )


@router.get(
    "/knowledge/export",
    response_class=Response,
    responses=_file_response(list(io.MEDIA_TYPES.values())),
)
async def export_entries(
    ctx: KnowledgeRead, svc: ServicesDep, session: ReadSessionDep, fmt: Format = "xlsx"
) -> Response:
    data = await svc.knowledge.files.export_file(session, ctx, fmt)
    return _attachment(data, fmt, f"knowledge-{utcnow():%Y%m%d}")


@router.get(
    "/knowledge/template",
    response_class=Response,
    responses=_file_response([io.MEDIA_TYPES["xlsx"], io.MEDIA_TYPES["csv"]]),
)
async def template(
    ctx: KnowledgeRead,
    fmt: Annotated[schemas.SpreadsheetFormat, Query(alias="format")] = "xlsx",
) -> Response:
    return _attachment(io.template(fmt), fmt, "knowledge-template")

"""The knowledge base: FAQ entries and help articles in a category tree, each change
audited, versioned and announced (``knowledge.changed``) so the bot's index follows it
without a restart (docs/bot.md#knowledge-base)."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.bot import history, richtext, schemas
from kefu.bot.articles import Articles
from kefu.bot.categories import Categories
from kefu.bot.entries import (
    IndexedEntry,
    apply_entry,
    entry_snapshot,
    question_key,
    to_second,
)
from kefu.bot.faq_files import FaqFiles
from kefu.bot.keys import normalise
from kefu.bot.models import FaqEntry
from kefu.core.errors import Conflict, Invalid, NotFound
from kefu.identity.context import Context
from kefu.identity.service.audit import Audited


class Knowledge(Audited):
    """FAQ entries with their history, imports and exports; ``categories`` holds the tree
    and ``articles`` the help articles."""

    def __init__(self, secret_key: str) -> None:
        super().__init__(secret_key)
        self.categories = Categories(secret_key)
        self.articles = Articles(secret_key, self.categories)
        self.files = FaqFiles(secret_key, self.categories)

    async def history(
        self,
        session: AsyncSession,
        ctx: Context,
        target_type: history.Target,
        target_id: uuid.UUID,
        *,
        before_version: int | None,
        limit: int,
    ) -> schemas.VersionPage:
        return await history.read(
            session, ctx, target_type, target_id, before_version=before_version, limit=limit
        )

    # --- FAQ entries ------------------------------------------------------------------------

    async def entry(self, session: AsyncSession, ctx: Context, entry_id: uuid.UUID) -> FaqEntry:
        entry = await session.get(FaqEntry, entry_id)
        if entry is None or entry.tenant_id != ctx.tenant_id:
            raise NotFound("No such FAQ entry.")
        return entry

    async def entries(
        self,
        session: AsyncSession,
        ctx: Context,
        *,
        category_id: uuid.UUID | None = None,
        enabled: bool | None = None,
        q: str | None = None,
        cursor: uuid.UUID | None = None,
        limit: int = 50,
    ) -> Sequence[FaqEntry]:
        """Entries by id; ``category_id`` includes its sub-categories; ``q`` is a substring
        of the question, a similar question or the answer's text (case and width
        ignored)."""
        query = select(FaqEntry).where(FaqEntry.tenant_id == ctx.tenant_id)
        if category_id is not None:
            ids = await self.categories.subtree(session, ctx, category_id)
            query = query.where(FaqEntry.category_id.in_(ids))
        if enabled is not None:
            query = query.where(FaqEntry.enabled == enabled)
        if q and normalise(q):
            query = query.where(FaqEntry.search_text.contains(normalise(q), autoescape=True))
        if cursor is not None:
            query = query.where(FaqEntry.id > cursor)
        return (await session.scalars(query.order_by(FaqEntry.id).limit(limit))).all()

    async def _check_unique(
        self,
        session: AsyncSession,
        ctx: Context,
        key: str,
        external_id: str | None,
        entry_id: uuid.UUID | None,
    ) -> None:
        clash = select(FaqEntry.id).where(
            FaqEntry.tenant_id == ctx.tenant_id, FaqEntry.question_key == key
        )
        if entry_id is not None:
            clash = clash.where(FaqEntry.id != entry_id)
        other = await session.scalar(clash)
        if other is not None:
            raise Conflict(
                "Another entry has this standard question.",
                code="question_taken",
                details={"field": "question", "entry_id": str(other)},
            )
        if external_id is None:
            return
        clash = select(FaqEntry.id).where(
            FaqEntry.tenant_id == ctx.tenant_id, FaqEntry.external_id == external_id
        )
        if entry_id is not None:
            clash = clash.where(FaqEntry.id != entry_id)
        other = await session.scalar(clash)
        if other is not None:
            raise Conflict(
                "Another entry has this external id.",
                code="external_id_taken",
                details={"field": "external_id", "entry_id": str(other)},
            )

    async def create_entry(
        self, session: AsyncSession, ctx: Context, draft: schemas.FaqIn
    ) -> FaqEntry:
        await self.categories.check(session, ctx, draft.category_id)
        html, text = richtext.render_required(draft.answer, "answer")
        await self._check_unique(
            session, ctx, question_key(draft.question), draft.external_id, None
        )
        entry = FaqEntry(
            tenant_id=ctx.tenant_id,
            version=1,
            created_by=ctx.principal.user_id,
            updated_by=ctx.principal.user_id,
        )
        fields = draft.model_dump(exclude={"answer"})
        fields.update(
            answer_html=html,
            answer_text=text,
            valid_from=to_second(draft.valid_from),
            valid_until=to_second(draft.valid_until),
        )
        apply_entry(entry, fields)
        session.add(entry)
        await session.flush()
        after = entry_snapshot(entry)
        session.add(history.new_version(ctx, "entry", entry.id, 1, "create", after))
        await self.audit(session, ctx, "knowledge.entry.create", "faq_entry", entry.id, after=after)
        history.changed(session, ctx, entry_ids=[entry.id])
        return entry

    async def update_entry(
        self, session: AsyncSession, ctx: Context, entry_id: uuid.UUID, patch: schemas.FaqPatch
    ) -> FaqEntry:
        entry = await self.entry(session, ctx, entry_id)
        if patch.version is not None and patch.version != entry.version:
            raise Conflict(
                "The entry was changed meanwhile; reload it.",
                code="version_conflict",
                details={"version": entry.version},
            )
        sent = patch.model_fields_set - {"version"}
        clearable = {"category_id", "valid_from", "valid_until", "external_id"}
        fields = {
            name: getattr(patch, name)
            for name in sent
            if getattr(patch, name) is not None or name in clearable
        }
        if "answer" in fields:
            fields["answer_html"], fields["answer_text"] = richtext.render_required(
                fields.pop("answer"), "answer"
            )
        for name in ("valid_from", "valid_until"):
            if name in fields:
                fields[name] = to_second(fields[name])
        start = fields.get("valid_from", entry.valid_from)
        end = fields.get("valid_until", entry.valid_until)
        if start is not None and end is not None and end <= start:
            raise Invalid(
                "valid_until must be later than valid_from.",
                code="invalid_validity",
                details={"field": "valid_until"},
            )
        if "category_id" in fields:
            await self.categories.check(session, ctx, fields["category_id"])
        question = fields.get("question", entry.question)
        await self._check_unique(
            session,
            ctx,
            question_key(question),
            fields.get("external_id", entry.external_id),
            entry.id,
        )
        before = entry_snapshot(entry)
        apply_entry(entry, fields)
        after = entry_snapshot(entry)
        if after == before:
            return entry
        entry.version += 1
        entry.updated_by = ctx.principal.user_id
        await session.flush()
        session.add(history.new_version(ctx, "entry", entry.id, entry.version, "update", after))
        await self.audit(
            session,
            ctx,
            "knowledge.entry.update",
            "faq_entry",
            entry.id,
            before=before,
            after=after,
        )
        history.changed(session, ctx, entry_ids=[entry.id])
        return entry

    async def delete_entry(self, session: AsyncSession, ctx: Context, entry_id: uuid.UUID) -> None:
        entry = await self.entry(session, ctx, entry_id)
        before = entry_snapshot(entry)
        session.add(
            history.new_version(ctx, "entry", entry.id, entry.version + 1, "delete", before)
        )
        await session.delete(entry)
        await self.audit(
            session, ctx, "knowledge.entry.delete", "faq_entry", entry_id, before=before
        )
        history.changed(session, ctx, entry_ids=[entry_id])

    async def index_entries(
        self,
        session: AsyncSession,
        tenant_id: uuid.UUID,
        ids: Collection[uuid.UUID] | None = None,
    ) -> list[IndexedEntry]:
        """Every entry of the tenant (or those of ``ids`` that still exist), disabled and
        expired ones included, for building the bot's index."""
        columns = (
            FaqEntry.id,
            FaqEntry.external_id,
            FaqEntry.category_id,
            FaqEntry.question,
            FaqEntry.similar,
            FaqEntry.answer_html,
            FaqEntry.answer_text,
            FaqEntry.channels,
            FaqEntry.enabled,
            FaqEntry.valid_from,
            FaqEntry.valid_until,
        )
        query = select(*columns).where(FaqEntry.tenant_id == tenant_id)
        wanted = list(ids) if ids is not None else None
        out: list[IndexedEntry] = []
        chunks: list[list[uuid.UUID] | None] = [None]
        if wanted is not None:
            chunks = [wanted[i : i + 500] for i in range(0, len(wanted), 500)]
        for chunk in chunks:
            statement = query if chunk is None else query.where(FaqEntry.id.in_(chunk))
            for row in await session.execute(statement.order_by(FaqEntry.id)):
                out.append(
                    IndexedEntry(
                        id=row.id,
                        external_id=row.external_id,
                        category_id=row.category_id,
                        question=row.question,
                        similar=tuple(row.similar),
                        answer=row.answer_html,
                        answer_text=row.answer_text,
                        channels=tuple(row.channels),
                        enabled=row.enabled,
                        valid_from=row.valid_from,
                        valid_until=row.valid_until,
                    )
                )
        return out

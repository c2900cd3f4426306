"""Importing and exporting FAQ entries as files: all rows checked first, then all applied
in the caller's transaction, or none (docs/bot.md#import-and-export)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.bot import history, io, schemas
from kefu.bot.categories import Categories, Path, Tree
from kefu.bot.entries import apply_entry, entry_snapshot, question_key
from kefu.bot.keys import normalise
from kefu.bot.models import FaqEntry
from kefu.bot.rows import Draft, ImportInvalid
from kefu.core.ids import new_id
from kefu.identity.context import Context
from kefu.identity.models import Tenant
from kefu.identity.service.audit import Audited

_CHUNK = 500


class FaqFiles(Audited):
    def __init__(self, secret_key: str, categories: Categories) -> None:
        super().__init__(secret_key)
        self.categories = categories

    async def _tenant_style(
        self, session: AsyncSession, tenant_id: uuid.UUID
    ) -> tuple[ZoneInfo, str]:
        """The time zone a file's times are read and written in, and its language."""
        row = (
            await session.execute(
                select(Tenant.timezone, Tenant.locale).where(Tenant.id == tenant_id)
            )
        ).one_or_none()
        zone_name, locale = (row.timezone, row.locale) if row else ("Asia/Shanghai", "zh-CN")
        try:
            return ZoneInfo(zone_name), locale
        except (ValueError, KeyError, OSError):
            return ZoneInfo("UTC"), locale

    # --- import -----------------------------------------------------------------------------

    async def import_file(
        self,
        session: AsyncSession,
        ctx: Context,
        data: bytes,
        *,
        filename: str | None = None,
        fmt: schemas.ImportFormat | None = None,
        dry_run: bool = False,
    ) -> schemas.ImportOut:
        """Read, check and apply a file of FAQ entries. A row matches an existing entry by
        its id (external id), else by its standard question; matched entries are replaced
        by the row (an empty id keeps the entry's), others created; missing categories
        are created. Any bad row: 422 ``import_invalid`` and nothing changes.
        ``dry_run`` checks everything and changes nothing."""
        chosen = fmt or io.detect_format(data, filename)
        zone, _locale = await self._tenant_style(session, ctx.tenant_id)
        drafts, errors = io.parse(data, chosen, zone)
        return await self.apply(session, ctx, drafts, fmt=chosen, dry_run=dry_run, errors=errors)

    async def _match(
        self,
        session: AsyncSession,
        ctx: Context,
        drafts: Sequence[Draft],
        errors: list[schemas.RowError],
    ) -> list[uuid.UUID | None]:
        """The existing entry each draft changes (None: a new one), or ``ImportInvalid``
        with these and the rows' earlier ``errors``."""
        existing = (
            await session.execute(
                select(FaqEntry.id, FaqEntry.question_key, FaqEntry.external_id).where(
                    FaqEntry.tenant_id == ctx.tenant_id
                )
            )
        ).all()
        by_key = {r.question_key: r.id for r in existing}
        by_external = {r.external_id: r.id for r in existing if r.external_id}
        rows_by_key: dict[str, int] = {}
        rows_by_external: dict[str, int] = {}
        rows_by_target: dict[uuid.UUID, int] = {}
        targets: list[uuid.UUID | None] = []

        def fail(draft: Draft, column: str, code: str, message: str) -> None:
            errors.append(
                schemas.RowError(
                    row=draft.row, column=draft.column(column), code=code, message=message
                )
            )

        for draft in drafts:
            key = question_key(draft.question)
            repeated = key in rows_by_key
            if repeated:
                fail(
                    draft,
                    "question",
                    "duplicate_question",
                    f"Row {rows_by_key[key]} has the same standard question.",
                )
            rows_by_key.setdefault(key, draft.row)
            if draft.external_id is not None:
                if draft.external_id in rows_by_external:
                    fail(
                        draft,
                        "id",
                        "duplicate_id",
                        f"Row {rows_by_external[draft.external_id]} has the same id.",
                    )
                rows_by_external.setdefault(draft.external_id, draft.row)
            target = by_external.get(draft.external_id) if draft.external_id else None
            target = target or by_key.get(key)
            owner = by_key.get(key)
            if owner is not None and owner != target:
                fail(
                    draft,
                    "question",
                    "question_taken",
                    "Another entry, with another id, has this standard question.",
                )
            if target is not None:
                if target in rows_by_target and not repeated:
                    fail(
                        draft,
                        "question",
                        "duplicate_entry",
                        f"Row {rows_by_target[target]} changes the same entry.",
                    )
                rows_by_target.setdefault(target, draft.row)
            targets.append(target)
        if errors:
            raise ImportInvalid(errors)
        return targets

    async def _category_ids(
        self,
        session: AsyncSession,
        ctx: Context,
        drafts: Sequence[Draft],
        dry_run: bool,
    ) -> tuple[dict[Path, uuid.UUID], int]:
        """Each path's category, created when missing (in a dry run, a stand-in id)."""
        tree = await self.categories.tree(session, ctx.tenant_id)
        paths = {d.category for d in drafts if d.category}
        if not dry_run:
            found, created = await self.categories.ensure(session, ctx, tree, paths)
            await session.flush()
            return found, created
        return _planned(tree, paths)

    async def apply(
        self,
        session: AsyncSession,
        ctx: Context,
        drafts: Sequence[Draft],
        *,
        fmt: schemas.ImportFormat,
        dry_run: bool = False,
        errors: Sequence[schemas.RowError] = (),
    ) -> schemas.ImportOut:
        """Apply checked drafts (see ``import_file``); ``errors`` of other rows refuse
        the whole file, with whatever the drafts add."""
        targets = await self._match(session, ctx, drafts, list(errors))
        category_ids, categories_created = await self._category_ids(session, ctx, drafts, dry_run)
        wanted = [t for t in targets if t is not None]
        current: dict[uuid.UUID, FaqEntry] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            current.update(
                (e.id, e)
                for e in await session.scalars(select(FaqEntry).where(FaqEntry.id.in_(chunk)))
            )
        user = ctx.principal.user_id
        created = updated = unchanged = 0
        changed: list[uuid.UUID] = []
        for draft, target in zip(drafts, targets, strict=True):
            fields: dict[str, object] = {
                "question": draft.question,
                "similar": list(draft.similar),
                "answer_html": draft.answer_html,
                "answer_text": draft.answer_text,
                "category_id": category_ids[draft.category] if draft.category else None,
                "channels": list(draft.channels),
                "valid_from": draft.valid_from,
                "valid_until": draft.valid_until,
                "enabled": draft.enabled,
            }
            if draft.external_id is not None:
                fields["external_id"] = draft.external_id
            if target is None:
                created += 1
                if dry_run:
                    continue
                entry = FaqEntry(
                    id=new_id(),
                    tenant_id=ctx.tenant_id,
                    version=1,
                    external_id=None,
                    created_by=user,
                    updated_by=user,
                )
                apply_entry(entry, fields)
                session.add(entry)
                session.add(
                    history.new_version(ctx, "entry", entry.id, 1, "import", entry_snapshot(entry))
                )
                changed.append(entry.id)
                continue
            entry = current[target]
            before = entry_snapshot(entry)
            candidate = FaqEntry(external_id=entry.external_id)  # transient: never saved
            apply_entry(candidate, fields)
            if entry_snapshot(candidate) == before:
                unchanged += 1
                continue
            updated += 1
            if dry_run:
                continue
            apply_entry(entry, fields)
            entry.version += 1
            entry.updated_by = user
            session.add(
                history.new_version(
                    ctx, "entry", entry.id, entry.version, "import", entry_snapshot(entry)
                )
            )
            changed.append(entry.id)
        result = schemas.ImportOut(
            format=fmt,
            dry_run=dry_run,
            rows=len(drafts),
            created=created,
            updated=updated,
            unchanged=unchanged,
            categories_created=categories_created,
        )
        if not dry_run:
            await self.audit(
                session,
                ctx,
                "knowledge.import",
                "knowledge_base",
                None,
                after=result.model_dump(mode="json", exclude={"dry_run"}),
            )
            history.changed(session, ctx, entry_ids=changed)
        return result

    # --- export -----------------------------------------------------------------------------

    async def exported(self, session: AsyncSession, ctx: Context) -> list[io.Exported]:
        """Every entry as a file row, by category path and then question."""
        tree = await self.categories.tree(session, ctx.tenant_id)
        rows = await session.scalars(select(FaqEntry).where(FaqEntry.tenant_id == ctx.tenant_id))
        out = [
            io.Exported(
                question=e.question,
                similar=list(e.similar),
                answer_html=e.answer_html,
                answer_text=e.answer_text,
                category="/".join(tree.path(e.category_id)) if e.category_id else "",
                channels=list(e.channels),
                valid_from=e.valid_from,
                valid_until=e.valid_until,
                enabled=e.enabled,
                external_id=e.external_id,
            )
            for e in rows
        ]
        return sorted(out, key=lambda e: (e.category, normalise(e.question)))

    async def export_file(
        self, session: AsyncSession, ctx: Context, fmt: schemas.ImportFormat
    ) -> bytes:
        zone, locale = await self._tenant_style(session, ctx.tenant_id)
        return io.write(fmt, await self.exported(session, ctx), zone, locale)


def _planned(tree: Tree, paths: set[Path]) -> tuple[dict[Path, uuid.UUID], int]:
    """A dry run's categories: existing ones, stand-in ids for those an import would make."""
    found: dict[Path, uuid.UUID] = {}
    missing: set[Path] = set()
    for path in paths:
        category_id = tree.find(path)
        found[path] = category_id or new_id()
        missing |= {path[:n] for n in range(1, len(path) + 1) if tree.find(path[:n]) is None}
    return found, len(missing)

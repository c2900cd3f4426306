"""The knowledge base's category tree: sibling names unique (case and width ignored), at
most ``MAX_CATEGORY_DEPTH`` levels, no cycles, deleted only when empty."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.bot import schemas
from kefu.bot.keys import normalise
from kefu.bot.models import FaqEntry, KnowledgeArticle, KnowledgeCategory
from kefu.core.errors import Conflict, Invalid, NotFound
from kefu.core.ids import new_id
from kefu.identity.context import Context
from kefu.identity.service.audit import Audited

Path = tuple[str, ...]


def _key(name: str) -> str:
    return normalise(name)


@dataclass
class Tree:
    """A tenant's categories, loaded at once: trees of hundreds of nodes."""

    nodes: dict[uuid.UUID, KnowledgeCategory]

    def path(self, category_id: uuid.UUID) -> Path:
        names: list[str] = []
        node: uuid.UUID | None = category_id
        while node is not None and len(names) <= schemas.MAX_CATEGORY_DEPTH:
            category = self.nodes[node]
            names.append(category.name)
            node = category.parent_id
        return tuple(reversed(names))

    def children(self, parent_id: uuid.UUID | None) -> list[KnowledgeCategory]:
        return [c for c in self.nodes.values() if c.parent_id == parent_id]

    def subtree(self, category_id: uuid.UUID) -> set[uuid.UUID]:
        found = {category_id}
        pending = [category_id]
        while pending:
            for child in self.children(pending.pop()):
                found.add(child.id)
                pending.append(child.id)
        return found

    def height(self, category_id: uuid.UUID) -> int:
        """Levels from this node down, itself included."""
        below = [self.height(c.id) for c in self.children(category_id)]
        return 1 + max(below, default=0)

    def find(self, path: Path) -> uuid.UUID | None:
        parent: uuid.UUID | None = None
        for name in path:
            key = _key(name)
            match = next((c for c in self.children(parent) if _key(c.name) == key), None)
            if match is None:
                return None
            parent = match.id
        return parent

    def out(self, category: KnowledgeCategory) -> schemas.CategoryOut:
        return schemas.CategoryOut(
            id=category.id,
            parent_id=category.parent_id,
            name=category.name,
            path="/".join(self.path(category.id)),
            created_at=category.created_at,
            updated_at=category.updated_at,
        )


class Categories(Audited):
    async def tree(self, session: AsyncSession, tenant_id: uuid.UUID) -> Tree:
        query = select(KnowledgeCategory).where(KnowledgeCategory.tenant_id == tenant_id)
        return Tree({c.id: c for c in await session.scalars(query)})

    async def list(self, session: AsyncSession, ctx: Context) -> list[schemas.CategoryOut]:
        """Every category, sorted by path."""
        tree = await self.tree(session, ctx.tenant_id)
        return sorted((tree.out(c) for c in tree.nodes.values()), key=lambda c: c.path)

    async def get(
        self, session: AsyncSession, ctx: Context, category_id: uuid.UUID
    ) -> schemas.CategoryOut:
        tree = await self.tree(session, ctx.tenant_id)
        if category_id not in tree.nodes:
            raise NotFound("No such category.")
        return tree.out(tree.nodes[category_id])

    async def check(
        self, session: AsyncSession, ctx: Context, category_id: uuid.UUID | None
    ) -> None:
        """A category of the caller's tenant, or 422 ``unknown_category``."""
        if category_id is None:
            return
        found = await session.scalar(
            select(KnowledgeCategory.id).where(
                KnowledgeCategory.id == category_id,
                KnowledgeCategory.tenant_id == ctx.tenant_id,
            )
        )
        if found is None:
            raise Invalid(
                "No such category.", code="unknown_category", details={"field": "category_id"}
            )

    async def subtree(
        self, session: AsyncSession, ctx: Context, category_id: uuid.UUID
    ) -> set[uuid.UUID]:
        """The category and every category below it (just the id when it is unknown)."""
        tree = await self.tree(session, ctx.tenant_id)
        return tree.subtree(category_id) if category_id in tree.nodes else {category_id}

    def _check_name(
        self, tree: Tree, parent_id: uuid.UUID | None, name: str, itself: uuid.UUID | None
    ) -> None:
        key = _key(name)
        for sibling in tree.children(parent_id):
            if sibling.id != itself and _key(sibling.name) == key:
                raise Conflict(
                    "A category of that name exists at this place of the tree.",
                    code="category_name_taken",
                    details={"field": "name", "category_id": str(sibling.id)},
                )

    def _check_place(
        self, tree: Tree, parent_id: uuid.UUID | None, itself: uuid.UUID | None
    ) -> None:
        if parent_id is None:
            return
        if parent_id not in tree.nodes:
            raise Invalid("No such parent category.", code="unknown_parent")
        if itself is not None and parent_id in tree.subtree(itself):
            raise Conflict(
                "A category cannot move under itself or below itself.", code="category_cycle"
            )
        height = tree.height(itself) if itself is not None else 1
        if len(tree.path(parent_id)) + height > schemas.MAX_CATEGORY_DEPTH:
            raise Invalid(
                f"Categories nest at most {schemas.MAX_CATEGORY_DEPTH} deep.",
                code="category_too_deep",
            )

    async def create(
        self, session: AsyncSession, ctx: Context, draft: schemas.CategoryIn
    ) -> schemas.CategoryOut:
        tree = await self.tree(session, ctx.tenant_id)
        self._check_place(tree, draft.parent_id, None)
        self._check_name(tree, draft.parent_id, draft.name, None)
        category = KnowledgeCategory(
            tenant_id=ctx.tenant_id, parent_id=draft.parent_id, name=draft.name
        )
        session.add(category)
        await session.flush()
        tree.nodes[category.id] = category
        out = tree.out(category)
        await self.audit(
            session,
            ctx,
            "knowledge.category.create",
            "kb_category",
            category.id,
            after=out.model_dump(mode="json", exclude={"created_at", "updated_at"}),
        )
        return out

    async def update(
        self,
        session: AsyncSession,
        ctx: Context,
        category_id: uuid.UUID,
        patch: schemas.CategoryPatch,
    ) -> schemas.CategoryOut:
        tree = await self.tree(session, ctx.tenant_id)
        category = tree.nodes.get(category_id)
        if category is None:
            raise NotFound("No such category.")
        before = tree.out(category).model_dump(mode="json", exclude={"created_at", "updated_at"})
        parent_id = patch.parent_id if "parent_id" in patch.model_fields_set else category.parent_id
        name = patch.name if patch.name is not None else category.name
        self._check_place(tree, parent_id, category.id)
        self._check_name(tree, parent_id, name, category.id)
        category.parent_id, category.name = parent_id, name
        after = tree.out(category).model_dump(mode="json", exclude={"created_at", "updated_at"})
        if after != before:
            await session.flush()
            await self.audit(
                session,
                ctx,
                "knowledge.category.update",
                "kb_category",
                category.id,
                before=before,
                after=after,
            )
        return tree.out(category)

    async def delete(self, session: AsyncSession, ctx: Context, category_id: uuid.UUID) -> None:
        """Only an empty category: no sub-category, entry or article."""
        tree = await self.tree(session, ctx.tenant_id)
        category = tree.nodes.get(category_id)
        if category is None:
            raise NotFound("No such category.")
        used = bool(tree.children(category_id))
        for model in (FaqEntry, KnowledgeArticle):
            if used:
                break
            query = select(model.id).where(model.category_id == category_id).limit(1)
            used = await session.scalar(query) is not None
        if used:
            raise Conflict(
                "The category holds sub-categories, entries or articles; move or delete them "
                "first.",
                code="category_not_empty",
            )
        before = tree.out(category).model_dump(mode="json", exclude={"created_at", "updated_at"})
        await session.delete(category)
        await self.audit(
            session, ctx, "knowledge.category.delete", "kb_category", category_id, before=before
        )

    async def ensure(
        self, session: AsyncSession, ctx: Context, tree: Tree, paths: Iterable[Path]
    ) -> tuple[dict[Path, uuid.UUID], int]:
        """The category of each path, creating the missing ones (an import's ``交易/开户``);
        and how many were created. Paths are already checked for names and depth."""
        found: dict[Path, uuid.UUID] = {}
        created = 0
        for path in sorted(set(paths), key=len):
            parent: uuid.UUID | None = None
            for depth in range(1, len(path) + 1):
                prefix = path[:depth]
                existing = found.get(prefix) or tree.find(prefix)
                if existing is None:
                    category = KnowledgeCategory(
                        id=new_id(), tenant_id=ctx.tenant_id, parent_id=parent, name=path[depth - 1]
                    )
                    session.add(category)
                    tree.nodes[category.id] = category
                    existing = category.id
                    created += 1
                found[prefix] = existing
                parent = existing
        return found, created

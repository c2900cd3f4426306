"""Customer profiles: found or created by the channels, read and edited by agents."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.contacts import schemas
from kefu.contacts.models import Contact
from kefu.core.clock import utcnow
from kefu.core.errors import NotFound
from kefu.identity.context import Context
from kefu.identity.service.audit import Audited
from kefu.identity.tokens import digest, new_secret

VISITOR_PREFIX = "v_"


def snapshot(contact: Contact) -> dict[str, Any]:
    return schemas.ContactOut.model_validate(contact).model_dump(
        mode="json", exclude={"created_at", "last_seen_at"}
    )


class Contacts(Audited):
    async def get(self, session: AsyncSession, ctx: Context, contact_id: uuid.UUID) -> Contact:
        contact = await session.get(Contact, contact_id)
        if contact is None or contact.tenant_id != ctx.tenant_id:
            raise NotFound("No such contact.")
        return contact

    async def search(
        self,
        session: AsyncSession,
        ctx: Context,
        *,
        q: str | None,
        limit: int,
        after: uuid.UUID | None,
    ) -> Sequence[Contact]:
        query = select(Contact).where(Contact.tenant_id == ctx.tenant_id)
        if q:
            pattern = f"%{q.replace('%', '').replace('_', '')}%"
            query = query.where(
                or_(
                    Contact.name.ilike(pattern),
                    Contact.phone.ilike(pattern),
                    Contact.email.ilike(pattern),
                    Contact.external_id == q,
                )
            )
        if after is not None:
            query = query.where(Contact.id < after)
        return (await session.scalars(query.order_by(Contact.id.desc()).limit(limit))).all()

    async def update(
        self,
        session: AsyncSession,
        ctx: Context,
        contact_id: uuid.UUID,
        change: schemas.ContactUpdate,
    ) -> Contact:
        contact = await self.get(session, ctx, contact_id)
        before = snapshot(contact)
        apply(contact, change)
        await session.flush()
        await self.audit(
            session,
            ctx,
            "contact.update",
            "contact",
            contact.id,
            before=before,
            after=snapshot(contact),
        )
        return contact

    # --- for the channels -----------------------------------------------------------------

    async def visitor(
        self, session: AsyncSession, tenant_id: uuid.UUID, visitor_id: str | None
    ) -> tuple[Contact, str]:
        """The anonymous contact holding ``visitor_id``, or a new one with a new id."""
        if visitor_id and visitor_id.startswith(VISITOR_PREFIX):
            contact = await session.scalar(
                select(Contact).where(
                    Contact.tenant_id == tenant_id, Contact.visitor_hash == digest(visitor_id)
                )
            )
            if contact is not None:
                contact.last_seen_at = utcnow()
                return contact, visitor_id
        visitor_id = VISITOR_PREFIX + new_secret(18)
        contact = Contact(
            tenant_id=tenant_id,
            visitor_hash=digest(visitor_id),
            tags=[],
            attributes={},
            last_seen_at=utcnow(),
        )
        session.add(contact)
        await session.flush()
        return contact, visitor_id

    async def verified(
        self,
        session: AsyncSession,
        tenant_id: uuid.UUID,
        external_id: str,
        claims: schemas.ContactFields,
    ) -> Contact:
        """The contact the embedding site vouched for; the signed claims update the profile."""
        contact = await session.scalar(
            select(Contact).where(
                Contact.tenant_id == tenant_id, Contact.external_id == external_id
            )
        )
        if contact is None:
            contact = Contact(tenant_id=tenant_id, external_id=external_id, tags=[], attributes={})
            try:
                async with session.begin_nested():
                    session.add(contact)
            except IntegrityError:  # another page of the same customer came first
                contact = (
                    await session.scalars(
                        select(Contact).where(
                            Contact.tenant_id == tenant_id, Contact.external_id == external_id
                        )
                    )
                ).one()
        apply(contact, claims)
        contact.last_seen_at = utcnow()
        await session.flush()
        return contact


def apply(contact: Contact, change: schemas.ContactFields) -> None:
    for field, value in change.model_dump(exclude_unset=True).items():
        if value is None and field in ("level", "tags", "attributes"):
            continue  # these columns are never null
        setattr(contact, field, value)


def fill_unverified(
    contact: Contact, name: str | None, phone: str | None, email: str | None
) -> None:
    """What a customer typed into a form fills gaps; it never overwrites a verified profile."""
    if contact.verified:
        return
    for field, value in (("name", name), ("phone", phone), ("email", email)):
        if value:
            setattr(contact, field, value)

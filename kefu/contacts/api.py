"""Customer profiles over REST."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends

from kefu.contacts import schemas
from kefu.core.http import API_PREFIX
from kefu.core.pagination import Limit, Page, SearchText, page
from kefu.identity.context import Context
from kefu.identity.deps import Authorize, ServicesDep, SessionDep
from kefu.identity.permissions import Permission

router = APIRouter(prefix=API_PREFIX, tags=["contacts"])

ContactsRead = Annotated[Context, Depends(Authorize(Permission.CONTACTS_READ))]
ContactsWrite = Annotated[Context, Depends(Authorize(Permission.CONTACTS_WRITE))]


@router.get("/contacts", response_model=Page[schemas.ContactOut])
async def search_contacts(
    ctx: ContactsRead,
    svc: ServicesDep,
    session: SessionDep,
    q: SearchText = None,
    limit: Limit = 50,
    cursor: uuid.UUID | None = None,
) -> Page[schemas.ContactOut]:
    rows = await svc.contacts.search(session, ctx, q=q, limit=limit, after=cursor)
    return page(rows, limit, schemas.ContactOut)


@router.get("/contacts/{contact_id}", response_model=schemas.ContactOut)
async def get_contact(
    contact_id: uuid.UUID, ctx: ContactsRead, svc: ServicesDep, session: SessionDep
) -> object:
    return await svc.contacts.get(session, ctx, contact_id)


@router.patch("/contacts/{contact_id}", response_model=schemas.ContactOut)
async def update_contact(
    contact_id: uuid.UUID,
    body: schemas.ContactUpdate,
    ctx: ContactsWrite,
    svc: ServicesDep,
    session: SessionDep,
) -> object:
    return await svc.contacts.update(session, ctx, contact_id, body)

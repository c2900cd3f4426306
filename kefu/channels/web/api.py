"""The widget's public API (site settings, sessions, leave-a-message, uploads) and the
administration of widget sites."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Form, UploadFile, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from kefu.bot.dialogue_schemas import FeedbackIn, FeedbackOut
from kefu.channels.web import schemas
from kefu.conversations import schemas as conversation_schemas
from kefu.conversations.api import UPLOAD_ERRORS, save_upload, upload_size_guard
from kefu.conversations.participants import Sender, Visitor
from kefu.conversations.service import Origin
from kefu.core.errors import Unauthenticated
from kefu.core.http import API_PREFIX
from kefu.identity.context import Context
from kefu.identity.deps import Authorize, ServicesDep, SessionDep
from kefu.identity.permissions import Permission

router = APIRouter(prefix=API_PREFIX, tags=["widget"])
admin_router = APIRouter(prefix=API_PREFIX, tags=["sites"])

SitesManage = Annotated[Context, Depends(Authorize(Permission.SITES_MANAGE))]
_visitor_bearer = HTTPBearer(
    auto_error=False, scheme_name="VisitorToken", description="A visitor token from /sessions."
)


async def visitor_session(
    svc: ServicesDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_visitor_bearer)],
) -> Visitor:
    """The customer behind a visitor token (the widget's calls)."""
    if credentials is None:
        raise Unauthenticated("Send the visitor token from /widget/{site}/sessions.")
    return svc.web.visitor(credentials.credentials)


VisitorDep = Annotated[Visitor, Depends(visitor_session)]


@router.get("/widget/{site}", response_model=schemas.PublicSite)
async def site_settings(site: str, svc: ServicesDep, session: SessionDep) -> schemas.PublicSite:
    found = await svc.web.public_site(session, site)
    settings = schemas.SiteSettings.model_validate(found.settings)
    return schemas.PublicSite(
        site=found.key,
        name=found.name,
        color=settings.color,
        locale=settings.locale,
        greeting=dict(settings.greeting),
        prechat=settings.prechat,
        available=await svc.presence.available(found.tenant_id),
        uploads=settings.uploads,
    )


@router.post(
    "/widget/{site}/sessions",
    response_model=schemas.SessionOut,
    status_code=status.HTTP_201_CREATED,
)
async def open_session(
    site: str, body: schemas.SessionIn, svc: ServicesDep, session: SessionDep
) -> schemas.SessionOut:
    found = await svc.web.public_site(session, site)
    return await svc.web.open_session(session, found, body)


def _same_site(visitor: Visitor, site: str) -> None:
    if visitor.site_key != site:
        raise Unauthenticated("This visitor token is for another site.", code="invalid_token")


@router.post(
    "/widget/{site}/leave-message",
    response_model=conversation_schemas.VisitorConversationOut,
    status_code=status.HTTP_201_CREATED,
)
async def leave_message(
    site: str,
    body: schemas.LeaveMessageIn,
    visitor: VisitorDep,
    svc: ServicesDep,
    session: SessionDep,
) -> conversation_schemas.VisitorConversationOut:
    _same_site(visitor, site)
    prechat = {
        k: v for k, v in (("name", body.name), ("phone", body.phone), ("email", body.email)) if v
    }
    conversation, _ = await svc.conversations.start(
        session, visitor, Origin.of(visitor), prechat, status="pending"
    )
    draft = conversation_schemas.MessageIn(client_msg_id=uuid.uuid4().hex, body=body.body)
    await svc.conversations.send(
        session, conversation.id, Sender.customer(visitor.contact_id), draft
    )
    await svc.tickets.from_message(session, conversation, body.body)
    return conversation_schemas.VisitorConversationOut.model_validate(conversation)


@router.post(
    "/widget/{site}/uploads",
    response_model=conversation_schemas.AttachmentOut,
    status_code=status.HTTP_201_CREATED,
    dependencies=[Depends(upload_size_guard)],
    responses=UPLOAD_ERRORS,
)
async def upload(
    site: str,
    conversation_id: Annotated[uuid.UUID, Form()],
    file: UploadFile,
    visitor: VisitorDep,
    svc: ServicesDep,
    session: SessionDep,
) -> conversation_schemas.AttachmentOut:
    _same_site(visitor, site)
    conversation = await svc.conversations.of_visitor(session, visitor, conversation_id)
    found = await svc.web.public_site(session, site)
    uploads = schemas.SiteSettings.model_validate(found.settings).uploads
    return await save_upload(
        svc,
        session,
        conversation,
        file,
        uploaded_by=Sender.customer(visitor.contact_id).ref,
        allowed_types=uploads.types,
        max_bytes=uploads.max_bytes,
    )


@router.post("/widget/{site}/feedback", response_model=FeedbackOut)
async def rate_answer(
    site: str, body: FeedbackIn, visitor: VisitorDep, svc: ServicesDep, session: SessionDep
) -> FeedbackOut:
    """The customer rates one of the bot's answers (its 有帮助 / 没帮助 buttons)."""
    _same_site(visitor, site)
    conversation = await svc.conversations.of_visitor(session, visitor, body.conversation_id)
    await svc.dialogue.feedback(session, conversation.id, body.message_id, body.helpful)
    return FeedbackOut(message_id=body.message_id, feedback="up" if body.helpful else "down")


# --- administration -------------------------------------------------------------------------


@admin_router.get("/sites", response_model=list[schemas.SiteOut])
async def list_sites(ctx: SitesManage, svc: ServicesDep, session: SessionDep) -> object:
    return await svc.web.sites(session, ctx)


@admin_router.post(
    "/sites", response_model=schemas.SiteCreated, status_code=status.HTTP_201_CREATED
)
async def create_site(
    body: schemas.SiteCreate, ctx: SitesManage, svc: ServicesDep, session: SessionDep
) -> schemas.SiteCreated:
    site, secret = await svc.web.create_site(session, ctx, body)
    return schemas.SiteCreated(
        **schemas.SiteOut.model_validate(site).model_dump(), identity_secret=secret
    )


@admin_router.get("/sites/{site_id}", response_model=schemas.SiteOut)
async def get_site(
    site_id: uuid.UUID, ctx: SitesManage, svc: ServicesDep, session: SessionDep
) -> object:
    return await svc.web.site(session, ctx, site_id)


@admin_router.patch("/sites/{site_id}", response_model=schemas.SiteOut)
async def update_site(
    site_id: uuid.UUID,
    body: schemas.SiteUpdate,
    ctx: SitesManage,
    svc: ServicesDep,
    session: SessionDep,
) -> object:
    return await svc.web.update_site(session, ctx, site_id, body)


@admin_router.post("/sites/{site_id}/identity-secret", response_model=schemas.IdentitySecretOut)
async def rotate_identity_secret(
    site_id: uuid.UUID, ctx: SitesManage, svc: ServicesDep, session: SessionDep
) -> schemas.IdentitySecretOut:
    return schemas.IdentitySecretOut(
        identity_secret=await svc.web.rotate_secret(session, ctx, site_id)
    )

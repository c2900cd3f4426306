"""The open API channel and webhooks over REST (docs/protocol.md, section 4)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, UploadFile, status

from kefu.channels.api import schemas
from kefu.channels.web.schemas import DEFAULT_UPLOAD_TYPES
from kefu.conversations import schemas as conversation_schemas
from kefu.conversations.api import UPLOAD_ERRORS, save_upload, upload_size_guard
from kefu.conversations.participants import Sender
from kefu.core.http import API_PREFIX
from kefu.core.pagination import Limit
from kefu.identity.context import Context
from kefu.identity.deps import Authorize, ServicesDep, SessionDep
from kefu.identity.permissions import Permission

router = APIRouter(prefix=API_PREFIX, tags=["open API channel"])
webhooks_router = APIRouter(prefix=API_PREFIX, tags=["webhooks"])

ChannelApi = Annotated[Context, Depends(Authorize(Permission.CHANNEL_API))]
WebhooksManage = Annotated[Context, Depends(Authorize(Permission.WEBHOOKS_MANAGE))]


@router.post(
    "/channel/conversations",
    response_model=schemas.ChannelConversationOut,
    status_code=status.HTTP_201_CREATED,
    responses={200: {"model": schemas.ChannelConversationOut, "description": "Already open"}},
)
async def open_conversation(
    body: schemas.ChannelConversationIn,
    ctx: ChannelApi,
    svc: ServicesDep,
    session: SessionDep,
    response: Response,
) -> object:
    conversation, created = await svc.api_channel.open(session, ctx, body)
    if not created:
        response.status_code = status.HTTP_200_OK
    return conversation


@router.get(
    "/channel/conversations/{conversation_id}", response_model=schemas.ChannelConversationOut
)
async def get_conversation(
    conversation_id: uuid.UUID, ctx: ChannelApi, svc: ServicesDep, session: SessionDep
) -> object:
    return await svc.api_channel.conversation(session, ctx, conversation_id)


@router.get(
    "/channel/conversations/{conversation_id}/messages",
    response_model=list[conversation_schemas.MessageOut],
)
async def list_messages(
    conversation_id: uuid.UUID,
    ctx: ChannelApi,
    svc: ServicesDep,
    session: SessionDep,
    after_seq: Annotated[int, Query(ge=0)] = 0,
    limit: Limit = 100,
) -> list[conversation_schemas.MessageOut]:
    conversation = await svc.api_channel.conversation(session, ctx, conversation_id)
    return await svc.conversations.messages(
        session, conversation, after_seq=after_seq, limit=limit, include_private=False
    )


@router.post(
    "/channel/conversations/{conversation_id}/messages",
    response_model=conversation_schemas.SendResult,
    status_code=status.HTTP_201_CREATED,
    responses={
        200: {"model": conversation_schemas.SendResult, "description": "A resend: the stored one"}
    },
)
async def send_message(
    conversation_id: uuid.UUID,
    body: conversation_schemas.MessageIn,
    ctx: ChannelApi,
    svc: ServicesDep,
    session: SessionDep,
    response: Response,
) -> conversation_schemas.SendResult:
    conversation = await svc.api_channel.conversation(session, ctx, conversation_id)
    sent = await svc.conversations.send(
        session, conversation.id, Sender.customer(conversation.contact_id), body
    )
    if sent.duplicate:
        response.status_code = status.HTTP_200_OK
    return conversation_schemas.SendResult(message=sent.message, duplicate=sent.duplicate)


@router.post(
    "/channel/conversations/{conversation_id}/read", response_model=conversation_schemas.ReadIn
)
async def mark_read(
    conversation_id: uuid.UUID,
    body: conversation_schemas.ReadIn,
    ctx: ChannelApi,
    svc: ServicesDep,
    session: SessionDep,
) -> conversation_schemas.ReadIn:
    conversation = await svc.api_channel.conversation(session, ctx, conversation_id)
    seq = await svc.conversations.mark_read(session, conversation, "customer", body.seq)
    return conversation_schemas.ReadIn(seq=seq)


@router.post(
    "/channel/conversations/{conversation_id}/attachments",
    response_model=conversation_schemas.AttachmentOut,
    status_code=status.HTTP_201_CREATED,
    dependencies=[Depends(upload_size_guard)],
    responses=UPLOAD_ERRORS,
)
async def upload_attachment(
    conversation_id: uuid.UUID,
    file: UploadFile,
    ctx: ChannelApi,
    svc: ServicesDep,
    session: SessionDep,
) -> conversation_schemas.AttachmentOut:
    conversation = await svc.api_channel.conversation(session, ctx, conversation_id)
    return await save_upload(
        svc,
        session,
        conversation,
        file,
        uploaded_by=Sender.customer(conversation.contact_id).ref,
        allowed_types=DEFAULT_UPLOAD_TYPES,
    )


# --- webhooks -------------------------------------------------------------------------------


@webhooks_router.get("/webhooks", response_model=list[schemas.WebhookOut])
async def list_webhooks(ctx: WebhooksManage, svc: ServicesDep, session: SessionDep) -> object:
    return await svc.webhooks.all(session, ctx)


@webhooks_router.post(
    "/webhooks", response_model=schemas.WebhookCreated, status_code=status.HTTP_201_CREATED
)
async def create_webhook(
    body: schemas.WebhookIn, ctx: WebhooksManage, svc: ServicesDep, session: SessionDep
) -> schemas.WebhookCreated:
    webhook, secret = await svc.webhooks.create(session, ctx, body)
    return schemas.WebhookCreated(
        **schemas.WebhookOut.model_validate(webhook).model_dump(), secret=secret
    )


@webhooks_router.get("/webhooks/{webhook_id}", response_model=schemas.WebhookOut)
async def get_webhook(
    webhook_id: uuid.UUID, ctx: WebhooksManage, svc: ServicesDep, session: SessionDep
) -> object:
    return await svc.webhooks.get(session, ctx, webhook_id)


@webhooks_router.patch("/webhooks/{webhook_id}", response_model=schemas.WebhookOut)
async def update_webhook(
    webhook_id: uuid.UUID,
    body: schemas.WebhookUpdate,
    ctx: WebhooksManage,
    svc: ServicesDep,
    session: SessionDep,
) -> object:
    return await svc.webhooks.update(session, ctx, webhook_id, body)


@webhooks_router.delete("/webhooks/{webhook_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_webhook(
    webhook_id: uuid.UUID, ctx: WebhooksManage, svc: ServicesDep, session: SessionDep
) -> None:
    await svc.webhooks.delete(session, ctx, webhook_id)


@webhooks_router.post("/webhooks/{webhook_id}/secret", response_model=schemas.WebhookSecretOut)
async def rotate_webhook_secret(
    webhook_id: uuid.UUID, ctx: WebhooksManage, svc: ServicesDep, session: SessionDep
) -> schemas.WebhookSecretOut:
    return schemas.WebhookSecretOut(
        secret=await svc.webhooks.rotate_secret(session, ctx, webhook_id)
    )


@webhooks_router.get("/webhooks/{webhook_id}/deliveries", response_model=list[schemas.DeliveryOut])
async def list_deliveries(
    webhook_id: uuid.UUID,
    ctx: WebhooksManage,
    svc: ServicesDep,
    session: SessionDep,
    limit: Limit = 50,
) -> object:
    return await svc.webhooks.deliveries(session, ctx, webhook_id, limit)

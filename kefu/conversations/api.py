"""Conversations, messages, attachments and canned replies over REST, for agents and
integrations (docs/protocol.md, section 3)."""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, Request, Response, UploadFile, status
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.conversations import schemas
from kefu.conversations.attachments import STAFF_UPLOAD_TYPES, FileTooLarge
from kefu.conversations.models import Conversation
from kefu.conversations.participants import Sender
from kefu.conversations.service import Cursor
from kefu.core.errors import ErrorOut
from kefu.core.http import API_PREFIX
from kefu.core.pagination import Limit, SearchText
from kefu.identity.context import Context
from kefu.identity.deps import Authorize, ServicesDep, SessionDep
from kefu.identity.permissions import Permission
from kefu.services import Services

router = APIRouter(prefix=API_PREFIX, tags=["conversations"])
files_router = APIRouter(prefix=API_PREFIX, tags=["conversations"])

ConversationsRead = Annotated[Context, Depends(Authorize(Permission.CONVERSATIONS_READ))]
ConversationsReply = Annotated[Context, Depends(Authorize(Permission.CONVERSATIONS_REPLY))]
ConversationsManage = Annotated[Context, Depends(Authorize(Permission.CONVERSATIONS_MANAGE))]

UPLOAD_ERRORS: dict[int | str, dict[str, Any]] = {
    413: {"model": ErrorOut, "description": "The file is larger than allowed"},
    415: {"model": ErrorOut, "description": "This type of file is not allowed here"},
}

# Multipart bodies carry some framing around the file itself.
_MULTIPART_OVERHEAD = 64 * 1024


class ConversationPage(BaseModel):
    items: list[schemas.ConversationOut]
    next_cursor: str | None = None


async def upload_size_guard(request: Request, svc: ServicesDep) -> None:
    """Refuse an oversized upload from its declared length, before reading a byte of it."""
    declared = request.headers.get("content-length")
    limit = svc.settings.max_upload_bytes + _MULTIPART_OVERHEAD
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise FileTooLarge(
            f"Files may be at most {svc.settings.max_upload_bytes} bytes.",
            details={"max_bytes": svc.settings.max_upload_bytes},
        )


async def save_upload(
    svc: Services,
    session: AsyncSession,
    conversation: Conversation,
    file: UploadFile,
    *,
    uploaded_by: str,
    allowed_types: list[str],
    max_bytes: int | None = None,
) -> schemas.AttachmentOut:
    """Read an uploaded file (never more than the limit), check it and store it."""
    limit = min(max_bytes or svc.settings.max_upload_bytes, svc.settings.max_upload_bytes)
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(f"Files may be at most {limit} bytes.", details={"max_bytes": limit})
    attachment = await svc.attachments.upload(
        session,
        conversation,
        uploaded_by=uploaded_by,
        name=file.filename,
        data=data,
        max_bytes=limit,
        allowed_types=allowed_types,
    )
    return svc.conversations.attachment_out(attachment)


@router.get("/conversations", response_model=ConversationPage)
async def list_conversations(
    ctx: ConversationsRead,
    svc: ServicesDep,
    session: SessionDep,
    status: schemas.Status | None = None,
    assignee: Literal["me", "none"] | uuid.UUID | None = None,
    group: Literal["mine"] | uuid.UUID | None = None,
    contact_id: uuid.UUID | None = None,
    limit: Limit = 50,
    cursor: SearchText = None,
) -> ConversationPage:
    groups: list[uuid.UUID] | None = None
    if group == "mine":
        # The caller's skill groups and the general queue (conversations in no group).
        user = ctx.principal.user_id
        joined = await svc.routing.config.member_groups(session, [user]) if user else {}
        groups = list(joined.get(user, {})) if user else []
    elif group is not None:
        groups = [group]
    rows, after = await svc.conversations.search(
        session,
        ctx,
        status=status,
        assignee=assignee,
        limit=limit,
        cursor=Cursor.decode(cursor) if cursor else None,
        contact_id=contact_id,
        groups=groups,
        ungrouped=group == "mine",
    )
    return ConversationPage(
        items=[svc.conversations.out(c, contact) for c, contact in rows],
        next_cursor=after.encode() if after else None,
    )


@router.get("/conversations/{conversation_id}", response_model=schemas.ConversationOut)
async def get_conversation(
    conversation_id: uuid.UUID, ctx: ConversationsRead, svc: ServicesDep, session: SessionDep
) -> schemas.ConversationOut:
    conversation = await svc.conversations.get(session, ctx, conversation_id)
    contact = await svc.contacts.get(session, ctx, conversation.contact_id)
    return svc.conversations.out(conversation, contact)


@router.get("/conversations/{conversation_id}/messages", response_model=list[schemas.MessageOut])
async def list_messages(
    conversation_id: uuid.UUID,
    ctx: ConversationsRead,
    svc: ServicesDep,
    session: SessionDep,
    after_seq: Annotated[int, Query(ge=0)] = 0,
    limit: Limit = 100,
) -> list[schemas.MessageOut]:
    conversation = await svc.conversations.get(session, ctx, conversation_id)
    return await svc.conversations.messages(
        session, conversation, after_seq=after_seq, limit=limit, include_private=True
    )


@router.post(
    "/conversations/{conversation_id}/messages",
    response_model=schemas.SendResult,
    status_code=status.HTTP_201_CREATED,
    responses={200: {"model": schemas.SendResult, "description": "A resend: the stored message"}},
)
async def send_message(
    conversation_id: uuid.UUID,
    body: schemas.MessageIn,
    ctx: ConversationsReply,
    svc: ServicesDep,
    session: SessionDep,
    response: Response,
) -> schemas.SendResult:
    conversation = await svc.conversations.get(session, ctx, conversation_id)
    sent = await svc.conversations.send(session, conversation.id, Sender.staff(ctx), body)
    if sent.duplicate:
        response.status_code = status.HTTP_200_OK
    return schemas.SendResult(message=sent.message, duplicate=sent.duplicate)


@router.post("/conversations/{conversation_id}/assign", response_model=schemas.ConversationOut)
async def assign_conversation(
    conversation_id: uuid.UUID,
    body: schemas.AssignIn,
    ctx: ConversationsReply,
    svc: ServicesDep,
    session: SessionDep,
) -> schemas.ConversationOut:
    conversation = await svc.conversations.assign(session, ctx, conversation_id, body.user_id)
    return svc.conversations.out(conversation)


@router.post("/conversations/{conversation_id}/resolve", response_model=schemas.ConversationOut)
async def resolve_conversation(
    conversation_id: uuid.UUID, ctx: ConversationsReply, svc: ServicesDep, session: SessionDep
) -> schemas.ConversationOut:
    conversation = await svc.conversations.set_status(session, ctx, conversation_id, "resolve")
    return svc.conversations.out(conversation)


@router.post("/conversations/{conversation_id}/reopen", response_model=schemas.ConversationOut)
async def reopen_conversation(
    conversation_id: uuid.UUID, ctx: ConversationsReply, svc: ServicesDep, session: SessionDep
) -> schemas.ConversationOut:
    conversation = await svc.conversations.set_status(session, ctx, conversation_id, "reopen")
    return svc.conversations.out(conversation)


@router.post("/conversations/{conversation_id}/close", response_model=schemas.ConversationOut)
async def close_conversation(
    conversation_id: uuid.UUID, ctx: ConversationsManage, svc: ServicesDep, session: SessionDep
) -> schemas.ConversationOut:
    conversation = await svc.conversations.set_status(session, ctx, conversation_id, "close")
    return svc.conversations.out(conversation)


@router.post("/conversations/{conversation_id}/read", response_model=schemas.ReadIn)
async def mark_read(
    conversation_id: uuid.UUID,
    body: schemas.ReadIn,
    ctx: ConversationsReply,
    svc: ServicesDep,
    session: SessionDep,
) -> schemas.ReadIn:
    conversation = await svc.conversations.get(session, ctx, conversation_id)
    seq = await svc.conversations.mark_read(session, conversation, "agent", body.seq)
    return schemas.ReadIn(seq=seq)


@router.post(
    "/conversations/{conversation_id}/attachments",
    response_model=schemas.AttachmentOut,
    status_code=status.HTTP_201_CREATED,
    dependencies=[Depends(upload_size_guard)],
    responses=UPLOAD_ERRORS,
)
async def upload_attachment(
    conversation_id: uuid.UUID,
    file: UploadFile,
    ctx: ConversationsReply,
    svc: ServicesDep,
    session: SessionDep,
) -> schemas.AttachmentOut:
    conversation = await svc.conversations.get(session, ctx, conversation_id)
    return await save_upload(
        svc,
        session,
        conversation,
        file,
        uploaded_by=Sender.staff(ctx).ref,
        allowed_types=STAFF_UPLOAD_TYPES,
    )


@files_router.get("/files/{attachment_id}/{signature}/{name}", include_in_schema=False)
async def download_file(
    attachment_id: uuid.UUID, signature: str, name: str, svc: ServicesDep, session: SessionDep
) -> Response:
    attachment, data = await svc.attachments.download(session, attachment_id, signature)
    inline = attachment.content_type.startswith("image/") or attachment.content_type in (
        "application/pdf",
        "text/plain",
    )
    disposition = "inline" if inline else "attachment"
    content_type = attachment.content_type
    if content_type == "text/plain":
        content_type += "; charset=utf-8"
    return Response(
        data,
        media_type=content_type,
        headers={
            "Content-Disposition": f"{disposition}; filename*=UTF-8''{quote(attachment.name)}",
            "X-Content-Type-Options": "nosniff",
            # Whatever a file holds, it never runs as a page of this origin.
            "Content-Security-Policy": "sandbox; default-src 'none'; img-src 'self'",
            "Cache-Control": "private, max-age=86400, immutable",
        },
    )


# --- canned replies -------------------------------------------------------------------------


@router.get("/canned-replies", response_model=list[schemas.CannedReplyOut])
async def list_canned_replies(
    ctx: ConversationsReply, svc: ServicesDep, session: SessionDep, q: SearchText = None
) -> object:
    return await svc.canned_replies.visible(session, ctx, q)


@router.post(
    "/canned-replies", response_model=schemas.CannedReplyOut, status_code=status.HTTP_201_CREATED
)
async def create_canned_reply(
    body: schemas.CannedReplyCreate, ctx: ConversationsReply, svc: ServicesDep, session: SessionDep
) -> object:
    return await svc.canned_replies.create(session, ctx, body)


@router.patch("/canned-replies/{reply_id}", response_model=schemas.CannedReplyOut)
async def update_canned_reply(
    reply_id: uuid.UUID,
    body: schemas.CannedReplyUpdate,
    ctx: ConversationsReply,
    svc: ServicesDep,
    session: SessionDep,
) -> object:
    return await svc.canned_replies.update(session, ctx, reply_id, body)


@router.delete("/canned-replies/{reply_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_canned_reply(
    reply_id: uuid.UUID, ctx: ConversationsReply, svc: ServicesDep, session: SessionDep
) -> None:
    await svc.canned_replies.delete(session, ctx, reply_id)

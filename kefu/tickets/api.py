"""Tickets over REST (docs/api.md, docs/tickets.md): types and SLA policies
(``tickets:manage``), tickets, comments, watchers, history and follow-ups (``tickets:read``
and ``tickets:write``), saved filters and bulk changes."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Response, UploadFile, status
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from kefu.conversations.api import UPLOAD_ERRORS, upload_size_guard
from kefu.conversations.attachments import STAFF_UPLOAD_TYPES
from kefu.conversations.schemas import AttachmentOut
from kefu.conversations.service import Cursor
from kefu.core.errors import Forbidden
from kefu.core.http import API_PREFIX
from kefu.core.pagination import Limit, SearchText
from kefu.identity.context import Context
from kefu.identity.deps import Authorize, ReadSessionDep, ServicesDep, SessionDep
from kefu.identity.permissions import Permission
from kefu.tickets import schemas
from kefu.tickets.followups import FollowUpOut, OutcomeIn
from kefu.tickets.service import actor_of
from kefu.tickets.sla import Priority
from kefu.tickets.workflow import Category

router = APIRouter(prefix=API_PREFIX, tags=["tickets"])

Read = Annotated[Context, Depends(Authorize(Permission.TICKETS_READ))]
Write = Annotated[Context, Depends(Authorize(Permission.TICKETS_WRITE))]
Manage = Annotated[Context, Depends(Authorize(Permission.TICKETS_MANAGE))]


# --- types and SLA policies ------------------------------------------------------------------


@router.get("/ticket-types", response_model=list[schemas.TicketTypeOut])
async def list_types(
    ctx: Read, svc: ServicesDep, session: SessionDep
) -> list[schemas.TicketTypeOut]:
    """Every type of the tenant, the built-in ones created the first time."""
    rows = await svc.tickets.types.all(session, ctx.tenant_id)
    return [schemas.TicketTypeOut.model_validate(row) for row in rows]


@router.post(
    "/ticket-types", response_model=schemas.TicketTypeOut, status_code=status.HTTP_201_CREATED
)
async def create_type(
    body: schemas.TicketTypeIn, ctx: Manage, svc: ServicesDep, session: SessionDep
) -> schemas.TicketTypeOut:
    row = await svc.tickets.types.create(session, ctx, body)
    return schemas.TicketTypeOut.model_validate(row)


@router.patch("/ticket-types/{type_id}", response_model=schemas.TicketTypeOut)
async def update_type(
    type_id: uuid.UUID,
    body: schemas.TicketTypeUpdate,
    ctx: Manage,
    svc: ServicesDep,
    session: SessionDep,
) -> schemas.TicketTypeOut:
    row = await svc.tickets.types.update(session, ctx, type_id, body)
    return schemas.TicketTypeOut.model_validate(row)


@router.get("/sla-policies", response_model=list[schemas.SlaPolicyOut])
async def list_policies(
    ctx: Read, svc: ServicesDep, session: ReadSessionDep
) -> list[schemas.SlaPolicyOut]:
    rows = await svc.sla_policies.all(session, ctx.tenant_id)
    return [schemas.SlaPolicyOut.model_validate(row) for row in rows]


@router.post(
    "/sla-policies", response_model=schemas.SlaPolicyOut, status_code=status.HTTP_201_CREATED
)
async def create_policy(
    body: schemas.SlaPolicyIn, ctx: Manage, svc: ServicesDep, session: SessionDep
) -> schemas.SlaPolicyOut:
    """Applies to tickets created from now on (a ticket keeps the policy it started with)."""
    row = await svc.sla_policies.create(session, ctx, body)
    return schemas.SlaPolicyOut.model_validate(row)


@router.patch("/sla-policies/{policy_id}", response_model=schemas.SlaPolicyOut)
async def update_policy(
    policy_id: uuid.UUID,
    body: schemas.SlaPolicyUpdate,
    ctx: Manage,
    svc: ServicesDep,
    session: SessionDep,
) -> schemas.SlaPolicyOut:
    row = await svc.sla_policies.update(session, ctx, policy_id, body)
    return schemas.SlaPolicyOut.model_validate(row)


@router.delete("/sla-policies/{policy_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_policy(
    policy_id: uuid.UUID, ctx: Manage, svc: ServicesDep, session: SessionDep
) -> Response:
    """Tickets that counted by it keep their deadlines, with no more warnings or escalation."""
    await svc.sla_policies.delete(session, ctx, policy_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# --- tickets ---------------------------------------------------------------------------------


def _filter(
    category: Annotated[list[Category] | None, Query()] = None,
    status_: Annotated[str | None, Query(alias="status", max_length=30)] = None,
    type_id: uuid.UUID | None = None,
    priority: Annotated[list[Priority] | None, Query()] = None,
    assignee: Annotated[
        Literal["me", "none"] | uuid.UUID | None, Query(description="'me', 'none' or a user id")
    ] = None,
    team_id: uuid.UUID | None = None,
    contact_id: uuid.UUID | None = None,
    conversation_id: uuid.UUID | None = None,
    tag: Annotated[str | None, Query(min_length=1, max_length=30)] = None,
    watching: bool = False,
    sla: Literal["breached", "running", "escalated"] | None = None,
    q: SearchText = None,
    sort: schemas.Sort = "updated",
) -> schemas.TicketFilter:
    try:
        return schemas.TicketFilter.model_validate(
            {
                "category": category,
                "status": status_,
                "type_id": type_id,
                "priority": priority,
                "assignee": assignee,
                "team_id": team_id,
                "contact_id": contact_id,
                "conversation_id": conversation_id,
                "tag": tag,
                "watching": watching,
                "sla": sla,
                "q": q,
                "sort": sort,
            }
        )
    except ValidationError as error:  # the query's values, as the body's would be
        raise RequestValidationError(
            [{**e, "loc": ("query", *e["loc"])} for e in error.errors(include_url=False)]
        ) from None


FilterDep = Annotated[schemas.TicketFilter, Depends(_filter)]


@router.get("/tickets", response_model=schemas.TicketPage)
async def list_tickets(
    ctx: Read,
    svc: ServicesDep,
    session: ReadSessionDep,
    where: FilterDep,
    limit: Limit = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> schemas.TicketPage:
    """Newest change first (``sort=updated``), newest first (``created``) or the soonest
    SLA deadline first (``due``, only tickets with a running clock). ``q`` searches the
    words of subjects, descriptions, field values and comments, or a ticket number."""
    rows, after = await svc.tickets.search(
        session,
        ctx,
        where,
        limit=limit,
        cursor=Cursor.decode(cursor) if cursor else None,
    )
    return schemas.TicketPage(
        items=[schemas.TicketBrief.model_validate(row, from_attributes=True) for row in rows],
        next_cursor=after.encode() if after else None,
    )


@router.post("/tickets", response_model=schemas.TicketOut, status_code=status.HTTP_201_CREATED)
async def create_ticket(
    body: schemas.TicketIn, ctx: Write, svc: ServicesDep, session: SessionDep
) -> schemas.TicketOut:
    """From the console (``source`` console), from a conversation when ``conversation_id``
    is given (its transcript attached), or from an integration's API key (``api``)."""
    if body.conversation_id is not None:
        source = "conversation"
    elif ctx.principal.actor_type == "api_key":
        source = "api"
    else:
        source = "console"
    ticket = await svc.tickets.create(session, ctx, body, source=source)
    return await svc.tickets.out(session, ctx, ticket)


@router.post("/ticket-batches", response_model=schemas.BulkOut)
async def bulk_update(
    body: schemas.BulkIn, ctx: Manage, svc: ServicesDep, session: SessionDep
) -> schemas.BulkOut:
    """The same change to many tickets; each is checked on its own, and one refused (a move
    its workflow does not allow) leaves the others changed. The results say which."""
    return await svc.tickets.bulk(session, ctx, body)


@router.get("/tickets/{ticket_id}", response_model=schemas.TicketOut)
async def get_ticket(
    ticket_id: uuid.UUID, ctx: Read, svc: ServicesDep, session: ReadSessionDep
) -> schemas.TicketOut:
    ticket = await svc.tickets.get(session, ctx, ticket_id)
    return await svc.tickets.out(session, ctx, ticket)


@router.patch("/tickets/{ticket_id}", response_model=schemas.TicketOut)
async def update_ticket(
    ticket_id: uuid.UUID,
    body: schemas.TicketUpdate,
    ctx: Write,
    svc: ServicesDep,
    session: SessionDep,
) -> schemas.TicketOut:
    ticket = await svc.tickets.update(session, ctx, ticket_id, body)
    return await svc.tickets.out(session, ctx, ticket)


@router.post("/tickets/{ticket_id}/transition", response_model=schemas.TicketOut)
async def transition_ticket(
    ticket_id: uuid.UUID,
    body: schemas.TransitionIn,
    ctx: Write,
    svc: ServicesDep,
    session: SessionDep,
) -> schemas.TicketOut:
    """Move the ticket to another state of its workflow: ``invalid_transition`` when the
    workflow has no such move (the allowed ones are in the details), ``transition_forbidden``
    when it needs another role."""
    ticket = await svc.tickets.transition(session, ctx, ticket_id, body)
    return await svc.tickets.out(session, ctx, ticket)


@router.get("/tickets/{ticket_id}/comments", response_model=list[schemas.CommentOut])
async def list_comments(
    ticket_id: uuid.UUID, ctx: Read, svc: ServicesDep, session: ReadSessionDep
) -> list[schemas.CommentOut]:
    ticket = await svc.tickets.get(session, ctx, ticket_id)
    rows = await svc.tickets.comments(session, ticket)
    return [schemas.CommentOut.model_validate(row) for row in rows]


@router.post(
    "/tickets/{ticket_id}/comments",
    response_model=schemas.CommentOut,
    status_code=status.HTTP_201_CREATED,
)
async def add_comment(
    ticket_id: uuid.UUID,
    body: schemas.CommentIn,
    ctx: Write,
    svc: ServicesDep,
    session: SessionDep,
) -> schemas.CommentOut:
    """A public comment is an answer to the customer (the first one stops the first-response
    clock); an internal one is seen by staff only."""
    row = await svc.tickets.add_comment(session, ctx, ticket_id, body)
    return schemas.CommentOut.model_validate(row)


@router.get("/tickets/{ticket_id}/events", response_model=list[schemas.EventOut])
async def list_events(
    ticket_id: uuid.UUID, ctx: Read, svc: ServicesDep, session: ReadSessionDep
) -> list[schemas.EventOut]:
    """The history: every change, who made it and when, oldest first."""
    ticket = await svc.tickets.get(session, ctx, ticket_id)
    return [
        schemas.EventOut.model_validate(row) for row in await svc.tickets.events(session, ticket)
    ]


@router.get("/tickets/{ticket_id}/watchers", response_model=list[uuid.UUID])
async def list_watchers(
    ticket_id: uuid.UUID, ctx: Read, svc: ServicesDep, session: ReadSessionDep
) -> list[uuid.UUID]:
    ticket = await svc.tickets.get(session, ctx, ticket_id)
    return await svc.tickets.watchers(session, ticket)


@router.post("/tickets/{ticket_id}/watchers", response_model=list[uuid.UUID])
async def add_watcher(
    ticket_id: uuid.UUID,
    body: schemas.WatcherIn,
    ctx: Write,
    svc: ServicesDep,
    session: SessionDep,
) -> list[uuid.UUID]:
    return await svc.tickets.watch(session, ctx, ticket_id, body.user_id)


@router.delete("/tickets/{ticket_id}/watchers/{user_id}", response_model=list[uuid.UUID])
async def remove_watcher(
    ticket_id: uuid.UUID, user_id: uuid.UUID, ctx: Write, svc: ServicesDep, session: SessionDep
) -> list[uuid.UUID]:
    return await svc.tickets.unwatch(session, ctx, ticket_id, user_id)


@router.get("/tickets/{ticket_id}/attachments", response_model=list[AttachmentOut])
async def list_attachments(
    ticket_id: uuid.UUID, ctx: Read, svc: ServicesDep, session: ReadSessionDep
) -> list[AttachmentOut]:
    """Files uploaded to the ticket (its conversation's are in the conversation)."""
    ticket = await svc.tickets.get(session, ctx, ticket_id)
    rows = await svc.tickets.attachments(session, ticket)
    return [svc.conversations.attachment_out(row) for row in rows]


@router.post(
    "/tickets/{ticket_id}/attachments",
    response_model=AttachmentOut,
    status_code=status.HTTP_201_CREATED,
    dependencies=[Depends(upload_size_guard)],
    responses=UPLOAD_ERRORS,
)
async def upload_attachment(
    ticket_id: uuid.UUID, file: UploadFile, ctx: Write, svc: ServicesDep, session: SessionDep
) -> AttachmentOut:
    """A file for the ticket's comments and attachment fields (the types agents may send)."""
    ticket = await svc.tickets.get(session, ctx, ticket_id)
    limit = svc.settings.max_upload_bytes
    data = await file.read(limit + 1)
    row = await svc.attachments.store(
        session,
        tenant_id=ticket.tenant_id,
        folder=f"tickets/{ticket.id}",
        owner={"ticket_id": ticket.id},
        uploaded_by=actor_of(ctx)[0],
        name=file.filename,
        data=data,
        max_bytes=limit,
        allowed_types=STAFF_UPLOAD_TYPES,
    )
    return svc.conversations.attachment_out(row)


# --- follow-ups ------------------------------------------------------------------------------


@router.get("/tickets/{ticket_id}/follow-ups", response_model=list[FollowUpOut])
async def ticket_follow_ups(
    ticket_id: uuid.UUID, ctx: Read, svc: ServicesDep, session: ReadSessionDep
) -> list[FollowUpOut]:
    ticket = await svc.tickets.get(session, ctx, ticket_id)
    return await svc.follow_ups.of_ticket(session, ticket)


@router.post("/tickets/{ticket_id}/follow-ups/{follow_up_id}/outcome", response_model=FollowUpOut)
async def record_follow_up(
    ticket_id: uuid.UUID,
    follow_up_id: uuid.UUID,
    body: OutcomeIn,
    ctx: Write,
    svc: ServicesDep,
    session: SessionDep,
) -> FollowUpOut:
    """What the customer said: ``unsatisfied`` reopens the ticket, ``satisfied`` closes it
    where its workflow can close it, ``unreachable`` only notes the call."""
    return await svc.follow_ups.record(session, ctx, ticket_id, follow_up_id, body)


@router.get("/follow-ups", response_model=list[FollowUpOut])
async def follow_up_tasks(
    ctx: Read,
    svc: ServicesDep,
    session: ReadSessionDep,
    mine: bool = True,
    status_: Annotated[
        Literal["scheduled", "done", "cancelled"] | None, Query(alias="status")
    ] = "scheduled",
    due_within_hours: Annotated[int | None, Query(ge=0, le=24 * 365)] = None,
    limit: Limit = 50,
) -> list[FollowUpOut]:
    """The callback task list, soonest due first: the caller's own by default."""
    return await svc.follow_ups.tasks(
        session, ctx, mine=mine, status=status_, due_within_hours=due_within_hours, limit=limit
    )


# --- saved filters ---------------------------------------------------------------------------


@router.get("/ticket-views", response_model=list[schemas.ViewOut])
async def list_views(ctx: Read, svc: ServicesDep, session: ReadSessionDep) -> list[schemas.ViewOut]:
    """The caller's own saved filters and the shared ones."""
    return await svc.ticket_views.visible(session, ctx)


@router.post("/ticket-views", response_model=schemas.ViewOut, status_code=status.HTTP_201_CREATED)
async def create_view(
    body: schemas.ViewIn, ctx: Read, svc: ServicesDep, session: SessionDep
) -> schemas.ViewOut:
    if body.shared and Permission.TICKETS_MANAGE not in ctx.principal.permissions:
        raise Forbidden(
            "Shared filters need the permission 'tickets:manage'.",
            details={"permission": Permission.TICKETS_MANAGE.value},
        )
    return await svc.ticket_views.create(session, ctx, body)


@router.patch("/ticket-views/{view_id}", response_model=schemas.ViewOut)
async def update_view(
    view_id: uuid.UUID,
    body: schemas.ViewUpdate,
    ctx: Read,
    svc: ServicesDep,
    session: SessionDep,
) -> schemas.ViewOut:
    return await svc.ticket_views.update(session, ctx, view_id, body)


@router.delete("/ticket-views/{view_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_view(
    view_id: uuid.UUID, ctx: Read, svc: ServicesDep, session: SessionDep
) -> Response:
    await svc.ticket_views.delete(session, ctx, view_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)

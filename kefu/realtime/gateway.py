"""The WebSocket endpoint for customers and agents (docs/protocol.md).

One ``Connection`` per socket: a reader that handles the client's frames one at a time (so a
client's messages are stored in the order it sent them), and a writer that drains the
socket's queue. The hub pushes live events into that queue; a client that stops reading is
disconnected once its backlog passes ``MAX_BACKLOG`` rather than holding memory forever.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import uuid
from dataclasses import dataclass
from typing import Any, Literal

from fastapi import WebSocket
from pydantic import ValidationError
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from starlette.websockets import WebSocketDisconnect, WebSocketState

from kefu.conversations.models import Conversation
from kefu.conversations.participants import Sender, Visitor
from kefu.conversations.schemas import VISITOR_CONVERSATION_FIELDS
from kefu.conversations.service import ConversationHead, Draft, Origin
from kefu.core.errors import Forbidden, KefuError, NotFound, Unauthenticated
from kefu.core.events import ApiKeyRevoked, SessionRevoked, TenantChanged, Typing, UserChanged
from kefu.identity.context import Context, Principal
from kefu.identity.permissions import Permission
from kefu.realtime import frames
from kefu.realtime.hub import Subscription, dumps
from kefu.realtime.ratelimit import TokenBucket
from kefu.services import Services

log = logging.getLogger("kefu.realtime")

MAX_FRAME_CHARS = 65_536
MAX_BACKLOG = 1_000
AUTH_SECONDS = 10.0
SILENT_HEARTBEATS = 3  # a socket silent this many heartbeats is closed

CLOSE_UNAUTHENTICATED = 4401
CLOSE_FORBIDDEN = 4403
CLOSE_TIMEOUT = 4408
CLOSE_TOO_SLOW = 4429
CLOSE_GOING_AWAY = 1001

_BAD_FRAME_ERRORS = {
    "json_invalid",
    "json_type",
    "model_type",
    "union_tag_invalid",
    "union_tag_not_found",
    "model_attributes_type",
}


@dataclass(frozen=True, slots=True)
class _Close:
    code: int


class Connection:
    def __init__(
        self,
        ws: WebSocket,
        services: Services,
        credential: str,
        *,
        visitor: Visitor | None = None,
        principal: Principal | None = None,
    ) -> None:
        self.ws = ws
        self.services = services
        self.credential = credential
        self.visitor = visitor
        self.principal = principal
        self.kind: Literal["visitor", "agent"] = "visitor" if visitor else "agent"
        if visitor is not None:
            self.tenant_id = visitor.tenant_id
            self.contact_id: uuid.UUID | None = visitor.contact_id
            self.user_id: uuid.UUID | None = None
            self.sender = Sender.customer(visitor.contact_id)
        else:
            assert principal is not None
            self.tenant_id = principal.tenant_id
            self.contact_id = None
            self.user_id = principal.user_id
            self.sender = Sender.staff(Context(principal=principal))
        self.sender_ref = self.sender.ref
        self.subscriptions: dict[uuid.UUID, Subscription] = {}
        self._queue: asyncio.Queue[str | _Close] = asyncio.Queue()
        self._closing = False
        self._heard = 0.0  # the loop's time of the last frame from the client
        self._watchdog: asyncio.TimerHandle | None = None
        settings = services.settings
        self._messages = TokenBucket(settings.chat_rate_per_second, settings.chat_rate_burst)
        self._typing = TokenBucket(2.0, 5)

    # --- what the hub calls -----------------------------------------------------------------

    def push(self, text: str) -> None:
        if self._closing:
            return
        if self._queue.qsize() >= MAX_BACKLOG:
            self.close_soon(CLOSE_TOO_SLOW)
            return
        self._queue.put_nowait(text)

    def close_soon(self, code: int) -> None:
        if not self._closing:
            self._closing = True
            self._queue.put_nowait(_Close(code))

    def sees_all(self) -> bool:
        return (
            self.principal is not None
            and Permission.CONVERSATIONS_MANAGE in self.principal.permissions
        )

    def matches(self, event: Any) -> bool:
        principal = self.principal
        if principal is None:
            return False
        if isinstance(event, SessionRevoked):
            return principal.session_id == event.session_id
        if isinstance(event, UserChanged):
            return principal.user_id == event.user_id
        if isinstance(event, ApiKeyRevoked):
            return principal.actor_type == "api_key" and principal.actor_id == event.api_key_id
        return isinstance(event, TenantChanged)

    async def recheck(self) -> None:
        """The credential again, after a revocation or change: still good, or goodbye."""
        try:
            principal = await self.services.gate.authenticate(self.credential)
        except Unauthenticated as exc:
            self._send_error(None, exc)
            self.close_soon(CLOSE_UNAUTHENTICATED)
            return
        if Permission.CONVERSATIONS_READ not in principal.permissions:
            self.close_soon(CLOSE_FORBIDDEN)
            return
        self.principal = principal

    # --- the socket -------------------------------------------------------------------------

    async def run(self, first: dict[str, Any]) -> None:
        hub = self.services.hub
        hub.register(self)
        writer = asyncio.create_task(self._write())
        try:
            self.push(dumps(first))
            await self._read()
        finally:
            hub.unregister(self)
            if not writer.done():
                self.close_soon(CLOSE_GOING_AWAY)
                with contextlib.suppress(asyncio.TimeoutError, Exception):
                    await asyncio.wait_for(writer, 5)
            writer.cancel()

    async def _write(self) -> None:
        while True:
            item = await self._queue.get()
            if isinstance(item, _Close):
                with contextlib.suppress(Exception):
                    await self.ws.close(item.code)
                return
            try:
                await self.ws.send_text(item)
            except (WebSocketDisconnect, RuntimeError, OSError):
                return

    async def _read(self) -> None:
        loop = asyncio.get_running_loop()
        silence = SILENT_HEARTBEATS * self.services.settings.ws_heartbeat_seconds
        self._heard = loop.time()
        self._watchdog = loop.call_later(silence, self._check_silence, silence)
        try:
            while not self._closing:
                message = await self.ws.receive()
                self._heard = loop.time()
                if message["type"] == "websocket.disconnect":
                    return
                text = message.get("text")
                if text is None:
                    self._error(None, "bad_frame", "Send JSON text frames.")
                    continue
                await self._handle(text)
        finally:
            if self._watchdog is not None:
                self._watchdog.cancel()

    def _check_silence(self, silence: float) -> None:
        """Close a socket silent for ``silence`` seconds. One timer per socket, moved on
        when it fires, costs less than a timeout around every read."""
        loop = asyncio.get_running_loop()
        quiet = loop.time() - self._heard
        if quiet >= silence:
            self.close_soon(CLOSE_TIMEOUT)  # the reader then hears the disconnect
        else:
            self._watchdog = loop.call_later(silence - quiet, self._check_silence, silence)

    async def _handle(self, text: str) -> None:
        if len(text) > MAX_FRAME_CHARS:
            self._error(None, "bad_frame", f"A frame holds at most {MAX_FRAME_CHARS} characters.")
            return
        try:
            frame = frames.client_frame.validate_json(text)
        except ValidationError as exc:
            self._refuse(text, exc)
            return
        try:
            await self._dispatch(frame)
        except KefuError as exc:
            self._send_error(frame.ref, exc)
        except IntegrityError:
            self._error(
                frame.ref, "conflict", "That conflicts with a change made at the same time."
            )
        except SQLAlchemyError:
            log.exception("a %s frame failed in the database", frame.type)
            self._error(frame.ref, "unavailable", "Not stored; try again in a moment.")

    async def _dispatch(self, frame: frames.ClientFrame) -> None:
        match frame:
            case frames.Ping():
                self.push(dumps({"type": "pong", "ref": frame.ref}))
            case frames.Send():
                await self._send(frame)
            case frames.TypingFrame():
                await self._typing_frame(frame)
            case frames.Read():
                await self._read_mark(frame)
            case frames.Subscribe():
                await self._subscribe(frame)
            case frames.Unsubscribe():
                self.services.hub.unsubscribe(self, frame.conversation_id)
            case frames.Start():
                await self._start(frame)
            case frames.Auth():
                self._error(frame.ref, "bad_frame", "Already authenticated.")

    # --- frames -----------------------------------------------------------------------------

    async def _conversation(self, session: Any, conversation_id: uuid.UUID) -> Conversation:
        conversations = self.services.conversations
        if self.visitor is not None:
            return await conversations.of_visitor(session, self.visitor, conversation_id)
        return await conversations.get(session, self._context(), conversation_id)

    def _context(self) -> Context:
        assert self.principal is not None
        return Context(principal=self.principal, source_ip=_peer(self.ws))

    def _require(self, permission: Permission) -> None:
        if self.principal is not None and permission not in self.principal.permissions:
            raise Forbidden(
                f"This needs the permission {permission.value!r}.",
                details={"permission": permission.value},
            )

    async def _send(self, frame: frames.Send) -> None:
        wait = self._messages.take()
        if wait:
            self._error(
                frame.ref,
                "rate_limited",
                "Too many messages; slow down.",
                {"retry_after": round(wait, 2)},
            )
            return
        self._require(Permission.CONVERSATIONS_REPLY)
        # The frame is a validated ``MessageIn`` already; the service reads only its fields.
        sent = await self.services.writer.send(
            Draft(frame.conversation_id, self.sender, frame, self._may_write)
        )
        if not sent.duplicate and frame.conversation_id in self.subscriptions:
            # The hub has handed this socket its own copy of the message, after the commit
            # and in seq order: that frame is the acknowledgement, one frame fewer.
            return
        ack = {
            "type": "ack",
            "ref": frame.ref,
            "conversation_id": str(frame.conversation_id),
            "client_msg_id": sent.message.client_msg_id,
            "message_id": str(sent.message.id),
            "seq": sent.message.seq,
            "duplicate": sent.duplicate,
        }
        self.push(dumps(ack))

    def _may_write(self, conversation: ConversationHead) -> bool:
        if self.visitor is not None:
            return conversation.contact_id == self.visitor.contact_id
        return conversation.tenant_id == self.tenant_id

    async def _subscribe(self, frame: frames.Subscribe) -> None:
        self._require(Permission.CONVERSATIONS_READ)
        async with self.services.db.transaction() as session:
            conversation = await self._conversation(session, frame.conversation_id)
        # Never past the end: a subscription that believed itself ahead would drop the
        # next messages as already delivered.
        after_seq = min(frame.after_seq, conversation.last_seq)
        last = await self.services.hub.subscribe(self, frame.conversation_id, after_seq)
        self.push(
            dumps(
                {
                    "type": "subscribed",
                    "ref": frame.ref,
                    "conversation_id": str(frame.conversation_id),
                    "last_seq": last,
                }
            )
        )

    async def _typing_frame(self, frame: frames.TypingFrame) -> None:
        if frame.conversation_id not in self.subscriptions:
            raise NotFound("Subscribe to the conversation first.")
        if self._typing.take():
            return  # typing is a hint: excess is dropped, not refused
        contact_id = self.contact_id or await self._contact_of(frame.conversation_id)
        sender = {"type": self.sender.type, "name": self.sender.name, "ref": self.sender_ref}
        event = Typing(
            tenant_id=self.tenant_id,
            conversation_id=frame.conversation_id,
            contact_id=contact_id,
            sender=sender,
            on=frame.on,
        )
        await self.services.bus.publish([event])

    async def _contact_of(self, conversation_id: uuid.UUID) -> uuid.UUID:
        async with self.services.db.transaction() as session:
            return (await self._conversation(session, conversation_id)).contact_id

    async def _read_mark(self, frame: frames.Read) -> None:
        if frame.conversation_id not in self.subscriptions:
            raise NotFound("Subscribe to the conversation first.")
        by: Literal["customer", "agent"] = "customer" if self.visitor else "agent"
        async with self.services.db.transaction() as session:
            conversation = await self._conversation(session, frame.conversation_id)
            await self.services.conversations.mark_read(session, conversation, by, frame.seq)

    async def _start(self, frame: frames.Start) -> None:
        if self.visitor is None:
            raise Forbidden("Only a customer starts a conversation this way.")
        page = frame.page
        origin = Origin.of(
            self.visitor,
            page_url=str(page.url) if page and page.url else None,
            referrer=str(page.referrer) if page and page.referrer else None,
            language=frame.language,
        )
        async with self.services.db.transaction() as session:
            conversation, _created = await self.services.conversations.start(
                session, self.visitor, origin, dict(frame.prechat)
            )
            out = self.services.conversations.out(conversation).model_dump(mode="json")
        seen = {k: v for k, v in out.items() if k in VISITOR_CONVERSATION_FIELDS}
        self.push(dumps({"type": "conversation", "ref": frame.ref, "conversation": seen}))

    # --- errors -----------------------------------------------------------------------------

    def _refuse(self, text: str, exc: ValidationError) -> None:
        ref = None
        with contextlib.suppress(ValueError, AttributeError):
            raw = json.loads(text)
            candidate = raw.get("ref")
            ref = candidate if isinstance(candidate, str) and len(candidate) <= 64 else None
        errors = exc.errors(include_url=False, include_input=False)
        if any(e["type"] in _BAD_FRAME_ERRORS for e in errors):
            self._error(ref, "bad_frame", "Not a frame of this protocol: see docs/protocol.md.")
            return
        details = [
            {"field": ".".join(str(p) for p in e["loc"][1:]), "problem": e["msg"]} for e in errors
        ]
        self._error(ref, "validation_error", "A field is not valid.", details)

    def _send_error(self, ref: str | None, exc: KefuError) -> None:
        self._error(ref, exc.code, exc.message, exc.details)

    def _error(self, ref: str | None, code: str, message: str, details: Any = None) -> None:
        self.push(
            dumps(
                {"type": "error", "ref": ref, "code": code, "message": message, "details": details}
            )
        )


def _peer(ws: WebSocket) -> str | None:
    return ws.client.host if ws.client else None


async def websocket_endpoint(ws: WebSocket) -> None:
    services: Services = ws.app.state.services
    await ws.accept()
    try:
        opened = await _authenticate(ws, services)
    except WebSocketDisconnect:
        return
    if opened is None:
        return
    connection, ready = opened
    await connection.run(ready)


async def _authenticate(
    ws: WebSocket, services: Services
) -> tuple[Connection, dict[str, Any]] | None:
    try:
        message = await asyncio.wait_for(ws.receive(), AUTH_SECONDS)
    except TimeoutError:
        await ws.close(CLOSE_TIMEOUT)
        return None
    if message["type"] == "websocket.disconnect":
        return None
    try:
        frame = frames.Auth.model_validate_json(message.get("text") or "")
    except ValidationError:
        await _reject(
            ws, None, CLOSE_UNAUTHENTICATED, "unauthenticated", "The first frame must be auth."
        )
        return None
    try:
        connection, session = await _identify(ws, services, frame.token)
    except Unauthenticated as exc:
        await _reject(ws, frame.ref, CLOSE_UNAUTHENTICATED, exc.code, exc.message)
        return None
    except Forbidden as exc:
        await _reject(ws, frame.ref, CLOSE_FORBIDDEN, exc.code, exc.message)
        return None
    ready: dict[str, Any] = {
        "type": "ready",
        "ref": frame.ref,
        "heartbeat": services.settings.ws_heartbeat_seconds,
        "session": session,
    }
    if connection.visitor is not None:
        async with services.db.transaction() as db_session:
            active = await services.conversations.active(db_session, connection.visitor)
        ready["active_conversation"] = (
            {"id": str(active.id), "status": active.status, "last_seq": active.last_seq}
            if active
            else None
        )
    return connection, ready


async def _identify(
    ws: WebSocket, services: Services, token: str
) -> tuple[Connection, dict[str, Any]]:
    try:
        visitor = services.web.visitor(token)
    except Unauthenticated as exc:
        if exc.code == "token_expired":
            raise
    else:
        session = {
            "kind": "visitor",
            "contact_id": str(visitor.contact_id),
            "site": visitor.site_key,
        }
        return Connection(ws, services, token, visitor=visitor), session
    principal = await services.gate.authenticate(token)
    if Permission.CONVERSATIONS_READ not in principal.permissions:
        raise Forbidden("This account may not take part in conversations.")
    session = {
        "kind": "agent",
        "user_id": str(principal.actor_id),
        "tenant_id": str(principal.tenant_id),
    }
    return Connection(ws, services, token, principal=principal), session


async def _reject(ws: WebSocket, ref: str | None, code: int, error: str, message: str) -> None:
    with contextlib.suppress(Exception):
        await ws.send_text(
            dumps({"type": "error", "ref": ref, "code": error, "message": message, "details": None})
        )
        if ws.application_state != WebSocketState.DISCONNECTED:
            await ws.close(code)

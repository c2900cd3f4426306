"""The domain event bus: typed events, published only after their transaction commits.

Services stage events on the database session (:func:`stage`); the transaction helper in
``kefu.db.session`` publishes them once the commit succeeded, so no subscriber ever sees an
event for data that was rolled back. Subscribers run in-process; with Redis configured every
event is also relayed to the other processes, whose subscribers run there.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.core.events import CATALOGUE, Event

log = logging.getLogger("kefu.bus")

E = TypeVar("E", bound=Event)
Handler = Callable[[Any], Awaitable[None]]

_STAGED_KEY = "kefu.staged_events"
CHANNEL = "kefu:events"


def stage(session: AsyncSession, event: Event) -> None:
    """Queue ``event`` to be published after ``session`` commits."""
    session.info.setdefault(_STAGED_KEY, []).append(event)


def take_staged(session: AsyncSession) -> list[Event]:
    events: list[Event] = session.info.pop(_STAGED_KEY, [])
    return events


class _Envelope(BaseModel):
    name: str
    origin: str
    payload: dict[str, Any]


class EventBus:
    """Dispatches events to local subscribers; a Redis relay adds the other processes."""

    def __init__(self) -> None:
        self._handlers: dict[type[Event], list[Handler]] = defaultdict(list)
        self._origin = f"{os.getpid()}-{id(self):x}"
        self._redis: Any = None
        self._listener: asyncio.Task[None] | None = None
        self._ready = asyncio.Event()

    def subscribe(self, event_type: type[E], handler: Callable[[E], Awaitable[None]]) -> None:
        self._handlers[event_type].append(handler)

    async def publish(self, events: Sequence[Event]) -> None:
        for event in events:
            await self._dispatch(event)
            if self._redis is not None:
                envelope = _Envelope(
                    name=event.name,
                    origin=self._origin,
                    payload=event.model_dump(mode="json"),
                )
                await self._redis.publish(CHANNEL, envelope.model_dump_json())

    async def _dispatch(self, event: Event) -> None:
        for handler in self._handlers.get(type(event), ()):
            try:
                await handler(event)
            except Exception:  # one failing subscriber must not starve the others
                log.exception("event subscriber failed", extra={"event": event.name})

    async def connect_redis(self, url: str) -> None:
        from redis.asyncio import Redis

        self._redis = Redis.from_url(url)
        pubsub = self._redis.pubsub()
        await pubsub.subscribe(CHANNEL)
        # Wait for Redis to confirm: from then on no event published anywhere is missed.
        while (await pubsub.get_message(timeout=5.0) or {}).get("type") != "subscribe":
            pass
        self._listener = asyncio.create_task(self._listen(pubsub), name="kefu-bus-relay")

    async def _listen(self, pubsub: Any) -> None:
        async for message in pubsub.listen():
            if message.get("type") != "message":
                continue
            try:
                envelope = _Envelope.model_validate_json(message["data"])
                if envelope.origin == self._origin:
                    continue
                event_type = CATALOGUE.get(envelope.name)
                if event_type is None:  # an event from a newer node; nothing here listens
                    continue
                await self._dispatch(event_type.model_validate(envelope.payload))
            except ValidationError:
                log.warning("malformed event on the relay channel")

    async def ping(self) -> str:
        if self._redis is None:
            return "error: not connected"
        try:
            await self._redis.ping()
        except Exception as exc:  # noqa: BLE001 - reported by the readiness probe
            return f"error: {type(exc).__name__}"
        return "ok"

    async def close(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._listener
        if self._redis is not None:
            await self._redis.aclose()

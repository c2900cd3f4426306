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
from redis.asyncio import Redis
from redis.exceptions import RedisError
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.core.events import CATALOGUE, Event

log = logging.getLogger("kefu.bus")

E = TypeVar("E", bound=Event)
Handler = Callable[[Any], Awaitable[None]]

_STAGED_KEY = "kefu.staged_events"
CHANNEL = "kefu:events"
_CONFIRM_SECONDS = 5.0


def stage(session: AsyncSession, event: Event) -> None:
    """Queue ``event`` to be published after ``session`` commits."""
    session.info.setdefault(_STAGED_KEY, []).append(event)


def staged(session: AsyncSession) -> list[Event]:
    """The events staged so far, left in place."""
    events: list[Event] = session.info.get(_STAGED_KEY, [])
    return events


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
        self._local_only: set[Handler] = set()
        self._origin = f"{os.getpid()}-{id(self):x}"
        self._redis: Any = None
        self._listener: asyncio.Task[None] | None = None
        self.relay_healthy = True
        self.relay_subscriptions = 0  # confirmed (re)subscriptions, for probes and tests

    def subscribe(
        self,
        event_type: type[E],
        handler: Callable[[E], Awaitable[None]],
        *,
        relayed: bool = True,
    ) -> None:
        """Call ``handler`` for each event of the type; ``relayed=False``: only for events
        committed in this process (work one node should do, not every node)."""
        self._handlers[event_type].append(handler)
        if not relayed:
            self._local_only.add(handler)

    async def publish(self, events: Sequence[Event]) -> None:
        """Dispatch committed events here and relay them to the other processes.

        The data is already committed: a relay failure is logged, never raised to a client
        as if the change had failed, and the events after it are still dispatched.
        """
        for event in events:
            await self._dispatch(event)
            if self._redis is not None:
                envelope = _Envelope(
                    name=event.name,
                    origin=self._origin,
                    payload=event.model_dump(mode="json"),
                )
                try:
                    await self._redis.publish(CHANNEL, envelope.model_dump_json())
                except (RedisError, OSError):
                    log.exception("relaying %s to the other processes failed", event.name)

    async def _dispatch(self, event: Event, *, relayed: bool = False) -> None:
        for handler in self._handlers.get(type(event), ()):
            if relayed and handler in self._local_only:
                continue
            try:
                await handler(event)
            except Exception:  # one failing subscriber must not starve the others
                log.exception("event subscriber failed", extra={"event": event.name})

    async def connect_redis(self, url: str) -> None:
        self._redis = Redis.from_url(url)
        pubsub = await self._subscribe()
        self._listener = asyncio.create_task(self._listen(pubsub), name="kefu-bus-relay")

    async def _subscribe(self) -> Any:
        """Subscribe and wait for Redis to confirm: from then on no relayed event is missed."""
        pubsub = self._redis.pubsub()
        await pubsub.subscribe(CHANNEL)
        async with asyncio.timeout(_CONFIRM_SECONDS):
            while (await pubsub.get_message(timeout=_CONFIRM_SECONDS) or {}).get(
                "type"
            ) != "subscribe":
                pass
        self.relay_subscriptions += 1
        return pubsub

    async def _listen(self, pubsub: Any) -> None:
        """Relay events to local subscribers for as long as the process runs.

        After a lost connection the client reconnects and resubscribes on the next read;
        Redis confirms with a "subscribe" message. Events published while this node was away
        are not replayed: the principal cache's short lifetime bounds what it can miss.
        """
        delay = 0.1
        while True:
            try:
                async for message in pubsub.listen():
                    kind = message.get("type")
                    if kind == "subscribe":
                        self.relay_healthy, delay = True, 0.1
                        self.relay_subscriptions += 1
                    elif kind == "message":
                        await self._receive(message["data"])
            except (RedisError, OSError):
                if self.relay_healthy:
                    log.warning("event relay lost its Redis connection; reconnecting")
                self.relay_healthy = False
                await asyncio.sleep(delay)  # back off while Redis is away
                delay = min(delay * 2, 5.0)

    async def _receive(self, data: bytes) -> None:
        try:
            envelope = _Envelope.model_validate_json(data)
        except ValidationError:
            log.warning("malformed event on the relay channel")
            return
        event_type = CATALOGUE.get(envelope.name)
        # Our own events were dispatched at publication; unknown ones come from newer nodes.
        if envelope.origin == self._origin or event_type is None:
            return
        try:
            event = event_type.model_validate(envelope.payload)
        except ValidationError:
            log.warning("malformed %s event on the relay channel", envelope.name)
            return
        await self._dispatch(event, relayed=True)

    async def ping(self) -> str:
        if self._redis is None:
            return "error: not connected"
        if not self.relay_healthy:
            return "error: relay resubscribing"
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

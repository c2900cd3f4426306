"""Pure ASGI middleware: request ids, the access log and Prometheus metrics.

Written against the raw ASGI interface rather than ``BaseHTTPMiddleware``: it runs on
every request, and the extra task and stream copies of the latter cost real throughput.
"""

from __future__ import annotations

import json
import os
import re
import time

from prometheus_client import CollectorRegistry, Counter, Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kefu.core.errors import error_body
from kefu.core.logging import access_log, request_id_var

API_PREFIX = "/api/v1"
_INTERNAL_ERROR = json.dumps(error_body("internal_error", "An internal error occurred.")).encode()
_VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class Metrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.registry = registry
        self.requests = Counter(
            "kefu_http_requests_total",
            "HTTP requests by route template, method and status.",
            ["method", "route", "status"],
            registry=registry,
        )
        self.latency = Histogram(
            "kefu_http_request_duration_seconds",
            "HTTP request latency by route template.",
            ["method", "route"],
            registry=registry,
            buckets=(
                0.001,
                0.0025,
                0.005,
                0.01,
                0.025,
                0.05,
                0.1,
                0.25,
                0.5,
                1,
                2.5,
                5,
            ),
        )
        # ``labels()`` hashes and validates its arguments under a lock on every call; the
        # children it returns are stable, so each (method, route, status) looks them up once.
        self._children: dict[tuple[str, str, int], tuple[Counter, Histogram]] = {}

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        """Count one request and record its latency."""
        children = self._children.get((method, route, status))
        if children is None:
            children = (
                self.requests.labels(method, route, str(status)),
                self.latency.labels(method, route),
            )
            self._children[(method, route, status)] = children
        children[0].inc()
        children[1].observe(seconds)


class RequestMiddleware:
    def __init__(self, app: ASGIApp, metrics: Metrics, *, log_access: bool) -> None:
        self.app = app
        self.metrics = metrics
        self.log_access = log_access

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = None
        for name, value in scope["headers"]:
            if name == b"x-request-id":
                incoming = value.decode("latin-1")
                break
        request_id = (
            incoming if incoming and _VALID_REQUEST_ID.match(incoming) else os.urandom(16).hex()
        )
        token = request_id_var.set(request_id)
        status = 500
        started = time.perf_counter()

        started_response = False

        async def send_with_id(message: Message) -> None:
            nonlocal status, started_response
            if message["type"] == "http.response.start":
                status = message["status"]
                started_response = True
                message["headers"] = [
                    *message.get("headers", []),
                    (b"x-request-id", request_id.encode()),
                ]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception:
            # Rendered here, inside the request's context, so the 500 carries its request id
            # in the header and in the log line; the exception's text stays in the log.
            access_log.exception("unhandled error", path=scope["path"])
            if started_response:
                raise
            headers = [(b"content-type", b"application/json")]
            await send_with_id({"type": "http.response.start", "status": 500, "headers": headers})
            await send({"type": "http.response.body", "body": _INTERNAL_ERROR})
        finally:
            elapsed = time.perf_counter() - started
            # Label by route template, never by raw path: ids must not explode the series.
            template = getattr(scope.get("route"), "path", "unmatched")
            method = scope["method"]
            self.metrics.observe(method, template, status, elapsed)
            if self.log_access:
                access_log.request(
                    method=method,
                    path=scope["path"],
                    status=status,
                    duration_ms=round(elapsed * 1000, 2),
                )
            request_id_var.reset(token)

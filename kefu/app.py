"""The ASGI application: routers, middleware, error handling, and the services' lifespan."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI, Response
from fastapi.routing import APIRoute
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text

import kefu
from kefu import console
from kefu.appointments import api as appointments_api
from kefu.bot import api as knowledge_api
from kefu.bot import dialogue_api, insights_api
from kefu.channels.api import api as channel_api
from kefu.channels.web import api as web_api
from kefu.channels.web import pages
from kefu.channels.web.cors import WidgetCors
from kefu.config import Settings
from kefu.contacts import api as contacts_api
from kefu.conversations import api as conversations_api
from kefu.core.errors import ERROR_RESPONSES, error_body, install_error_handlers
from kefu.core.http import API_PREFIX, RequestMiddleware
from kefu.db.migrate import upgrade
from kefu.identity.api import auth, directory, security, tenants
from kefu.identity.deps import Authorize, authenticated
from kefu.realtime.gateway import websocket_endpoint
from kefu.routing import api as routing_api
from kefu.services import Services
from kefu.surveys import api as surveys_api
from kefu.surveys import customer_api as survey_customer_api
from kefu.surveys import pages as survey_pages
from kefu.tickets import api as tickets_api

API_ROUTERS: tuple[APIRouter, ...] = (
    auth.router,
    tenants.router,
    directory.router,
    security.router,
    conversations_api.router,
    conversations_api.files_router,
    contacts_api.router,
    web_api.router,
    web_api.admin_router,
    channel_api.router,
    channel_api.webhooks_router,
    routing_api.router,
    knowledge_api.router,
    dialogue_api.router,
    insights_api.router,
    surveys_api.router,
    survey_customer_api.router,
    tickets_api.router,
    appointments_api.router,
)


def route_permission(route: APIRoute) -> str:
    """``public``, ``authenticated``, ``visitor`` (a widget visitor token), or the
    permission a route's ``Authorize`` demands."""
    pending = list(route.dependant.dependencies)
    found = "public"
    while pending:
        dependant = pending.pop()
        if isinstance(dependant.call, Authorize):
            return dependant.call.permission.value
        if dependant.call is authenticated:
            found = "authenticated"
        if dependant.call is web_api.visitor_session:
            found = "visitor"
        pending.extend(dependant.dependencies)
    return found


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    services = Services.build(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if settings.migrate_on_start:
            await upgrade(services.db.engine)
        await services.start()
        try:
            yield
        finally:
            await services.close()

    app = FastAPI(
        title="Kefu API",
        version=kefu.__version__,
        lifespan=lifespan,
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.services = services
    install_error_handlers(app)
    for router in API_ROUTERS:
        for route in router.routes:
            if isinstance(route, APIRoute):
                route.openapi_extra = {"x-permission": route_permission(route)}
        app.include_router(router, responses=ERROR_RESPONSES)
    app.add_api_websocket_route(f"{API_PREFIX}/ws", websocket_endpoint)
    app.include_router(pages.router)  # /widget.js, /chat/{site}, /demo
    app.include_router(survey_pages.router)  # /survey/{token}
    app.include_router(console.router)  # /, /console/…

    @app.get("/healthz", tags=["operations"], include_in_schema=False)
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", tags=["operations"], include_in_schema=False)
    async def readyz(response: Response) -> dict[str, object]:
        checks: dict[str, str] = {}
        try:
            async with services.db.engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
            checks["database"] = "ok"
        except Exception as exc:  # noqa: BLE001 - a readiness probe reports, never raises
            checks["database"] = f"error: {type(exc).__name__}"
        if settings.redis_url:
            checks["redis"] = await services.bus.ping()
        ready = all(v == "ok" for v in checks.values())
        if not ready:
            response.status_code = 503
            return error_body("not_ready", "A dependency is unavailable.", checks)
        return {"status": "ready", "checks": checks}

    @app.get("/metrics", tags=["operations"], include_in_schema=False)
    async def metrics() -> Response:
        return Response(generate_latest(services.metrics.registry), media_type=CONTENT_TYPE_LATEST)

    app.add_middleware(WidgetCors)
    app.add_middleware(RequestMiddleware, metrics=services.metrics, log_access=settings.access_log)
    return app

"""Domain errors with stable machine-readable codes, and their HTTP rendering.

Every error a client can see is ``{"code": ..., "message": ..., "details": ...}``; the
``code`` is part of the API contract and never changes meaning.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import iter_route_contexts
from pydantic import BaseModel
from sqlalchemy.exc import IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("kefu.errors")


class KefuError(Exception):
    status_code = 400
    code = "bad_request"

    def __init__(self, message: str, *, code: str | None = None, details: Any = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.details = details


class Invalid(KefuError):
    status_code = 422
    code = "validation_error"


class Unauthenticated(KefuError):
    status_code = 401
    code = "unauthenticated"


class Forbidden(KefuError):
    status_code = 403
    code = "forbidden"


class NotFound(KefuError):
    status_code = 404
    code = "not_found"


class Conflict(KefuError):
    status_code = 409
    code = "conflict"


class Locked(KefuError):
    status_code = 423
    code = "account_locked"


class ErrorOut(BaseModel):
    """Every error answer. ``code`` is stable and machine-readable; ``message`` is for people."""

    code: str
    message: str
    details: Any = None


# Documented on every API operation, so generated clients know the error shape.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorOut, "description": description}
    for status, description in (
        (400, "Malformed request"),
        (401, "Not signed in, or the credential is no longer valid"),
        (403, "Signed in, but not allowed"),
        (404, "No such record in the caller's tenant"),
        (409, "Conflicts with existing data"),
        (422, "The request is not valid"),
    )
}


def error_body(code: str, message: str, details: Any = None) -> dict[str, Any]:
    return {"code": code, "message": message, "details": details}


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    return [
        {
            "loc": list(err.get("loc", ())),
            "type": err.get("type"),
            "msg": err.get("msg"),
        }
        for err in exc.errors()
    ]


_HTTP_CODES = {
    400: "bad_request",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
}


def _allowed_methods(request: Request) -> list[str]:
    """Every method some route offers at this path: each route knows only its own."""
    methods: set[str] = set()
    for context in iter_route_contexts(request.app.routes):
        route = context.original_route
        regex = getattr(route, "path_regex", None)
        if regex is not None and regex.match(request.url.path):
            methods |= set(getattr(route, "methods", None) or ())
    return sorted(methods)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(KefuError)
    async def _kefu_error(request: Request, exc: KefuError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status_code == 401 else None
        return JSONResponse(
            error_body(exc.code, exc.message, exc.details),
            status_code=exc.status_code,
            headers=headers,
        )

    @app.exception_handler(IntegrityError)
    async def _integrity(request: Request, exc: IntegrityError) -> JSONResponse:
        # Services check uniqueness first; this answers the rare race two requests run.
        log.info("integrity conflict", exc_info=exc)
        return JSONResponse(
            error_body("conflict", "The change conflicts with data saved meanwhile."),
            status_code=409,
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        details = _validation_details(exc)
        if any(d["type"] == "json_invalid" for d in details):
            return JSONResponse(
                error_body("malformed_json", "The request body is not valid JSON.", details),
                status_code=400,
            )
        return JSONResponse(
            error_body("validation_error", "The request is not valid.", details),
            status_code=422,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(exc.status_code, "http_error")
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = ", ".join(_allowed_methods(request))
        return JSONResponse(
            error_body(code, str(exc.detail), None), status_code=exc.status_code, headers=headers
        )

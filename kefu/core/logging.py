"""Structured logs: one JSON object a line, carrying the request id of the request in hand.

Two pipelines share one stream and one renderer. Everything else (Kefu's own loggers,
Uvicorn, libraries) goes through the standard library's logging with structlog's formatter.
The access log, one line per request, has a pipeline of its own that renders and writes
directly: the same fields for ~15 µs a line instead of ~95 µs through ``logging``.
"""

from __future__ import annotations

import logging
import sys
from contextvars import ContextVar
from typing import Any, TextIO

import structlog

request_id_var: ContextVar[str | None] = ContextVar("kefu_request_id", default=None)

ACCESS_LOGGER = "kefu.access"


def _add_request_id(
    _logger: object, _method: str, event_dict: structlog.types.EventDict
) -> structlog.types.EventDict:
    request_id = request_id_var.get()
    if request_id is not None:
        event_dict.setdefault("request_id", request_id)
    return event_dict


class _HandlerWriter:
    """A structlog logger that writes rendered lines to a logging handler's stream.

    It takes the handler's lock, so lines never interleave with other records, and like the
    handler it never lets a failed write (a closed or broken stream) fail the request.
    """

    def __init__(self, handler: logging.StreamHandler[TextIO]) -> None:
        self._handler = handler

    def msg(self, message: str) -> None:
        handler = self._handler
        try:
            with handler.lock:  # type: ignore[union-attr]
                handler.stream.write(message + "\n")
                handler.stream.flush()
        except Exception:  # noqa: BLE001 - as logging.Handler.handleError does, silently
            pass

    debug = info = warning = error = critical = exception = msg


class AccessLog:
    """The ``kefu.access`` logger: a direct structlog pipeline once logging is configured.

    Until :func:`configure_logging` runs, it logs through structlog's default logger.
    """

    def __init__(self) -> None:
        self._logger: Any = structlog.get_logger(ACCESS_LOGGER)

    def configure(
        self,
        handler: logging.StreamHandler[TextIO],
        level: int,
        renderer: structlog.types.Processor,
    ) -> None:
        self._logger = structlog.wrap_logger(
            _HandlerWriter(handler),
            processors=[
                structlog.processors.add_log_level,
                structlog.processors.TimeStamper(fmt="iso", utc=True),
                _add_request_id,
                structlog.processors.format_exc_info,
                renderer,
            ],
            wrapper_class=structlog.make_filtering_bound_logger(level),
            context_class=dict,
        ).bind(logger=ACCESS_LOGGER)

    def request(self, **fields: object) -> None:
        self._logger.info("request", **fields)

    def exception(self, event: str, **fields: object) -> None:
        """Log ``event`` with the exception being handled and its traceback."""
        self._logger.exception(event, **fields)


access_log = AccessLog()


def configure_logging(level: str = "info", fmt: str = "json") -> None:
    shared: list[structlog.types.Processor] = [
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        _add_request_id,
    ]
    renderer: structlog.types.Processor = (
        structlog.processors.JSONRenderer(ensure_ascii=False)
        if fmt == "json"
        else structlog.dev.ConsoleRenderer(colors=False)
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info,
            renderer,
        ],
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # Uvicorn's own access log would duplicate ours, which carries the request id.
    logging.getLogger("uvicorn.access").disabled = True
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    access_log.configure(handler, root.getEffectiveLevel(), renderer)

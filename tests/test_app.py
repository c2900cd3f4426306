"""Operations surface: health, readiness, metrics, request ids, logs, errors, OpenAPI."""

from __future__ import annotations

import io
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from kefu.app import create_app
from kefu.core.logging import access_log, configure_logging
from kefu.services import Services
from tests.conftest import make_settings
from tests.world import PASSWORD, World


async def test_health_and_readiness(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    ready = await client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["checks"]["database"] == "ok"


async def test_readiness_fails_when_the_database_is_unreachable(tmp_path: Path) -> None:
    settings = make_settings(
        "postgresql+asyncpg://kefu@127.0.0.1:9/nowhere", tmp_path, migrate_on_start=False
    )
    app = create_app(settings)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client,
    ):
        response = await client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["code"] == "not_ready"
    assert response.json()["details"]["database"].startswith("error")


async def test_metrics_count_requests_by_route_template(
    client: httpx.AsyncClient, world: World
) -> None:
    headers = world.actors["agent"].headers
    for _ in range(3):
        await client.get(f"/api/v1/users/{world.actors['analyst'].user_id}", headers=headers)
    await client.get(f"/api/v1/users/{world.actors['analyst'].user_id}")
    text = (await client.get("/metrics")).text
    route = 'method="GET",route="/api/v1/users/{user_id}"'
    assert f'kefu_http_requests_total{{{route},status="200"}} 3.0' in text
    assert f'kefu_http_requests_total{{{route},status="401"}} 1.0' in text
    assert f"kefu_http_request_duration_seconds_count{{{route}}} 4.0" in text


async def test_request_ids_are_echoed_or_made(client: httpx.AsyncClient) -> None:
    given = await client.get("/healthz", headers={"X-Request-ID": "abc-123"})
    assert given.headers["x-request-id"] == "abc-123"
    made = await client.get("/healthz")
    assert len(made.headers["x-request-id"]) == 32
    hostile = "bad id\u00e9<script>".encode() * 20
    replaced = await client.get("/healthz", headers={"X-Request-ID": hostile})
    assert len(replaced.headers["x-request-id"]) == 32


@pytest.fixture
def restore_logging(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Undo ``configure_logging`` after the test."""
    root = logging.getLogger()
    monkeypatch.setattr(access_log, "_logger", access_log._logger)
    saved = (root.handlers[:], root.level)
    yield
    root.handlers[:], _ = saved
    root.setLevel(saved[1])


def _log_lines(capfd: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    err = capfd.readouterr().err
    return [json.loads(line) for line in err.splitlines() if line.startswith("{")]


@pytest.mark.usefixtures("restore_logging")
async def test_logs_are_json_lines_with_the_request_id(
    database_url: str, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    configure_logging("info", "json")
    app = create_app(make_settings(database_url, tmp_path, access_log=True))
    transport = httpx.ASGITransport(app=app)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://t") as client,
    ):
        await client.get("/api/v1/tenant", headers={"X-Request-ID": "trace-42"})
    access = [line for line in _log_lines(capfd) if line.get("logger") == "kefu.access"]
    assert set(access[-1]) == {
        "event",
        "level",
        "logger",
        "timestamp",
        "request_id",
        "method",
        "path",
        "status",
        "duration_ms",
    }
    assert access[-1]["event"] == "request"
    assert access[-1]["level"] == "info"
    assert access[-1]["request_id"] == "trace-42"
    assert access[-1]["method"] == "GET"
    assert access[-1]["status"] == 401
    assert access[-1]["path"] == "/api/v1/tenant"
    assert isinstance(access[-1]["duration_ms"], float)
    assert str(access[-1]["timestamp"]).endswith("Z")


@pytest.mark.usefixtures("restore_logging")
async def test_a_crash_is_logged_with_its_traceback_and_request_id(
    app: FastAPI, capfd: pytest.CaptureFixture[str]
) -> None:
    configure_logging("info", "json")

    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("a bug")

    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        crash = await client.get("/boom", headers={"X-Request-ID": "crash-2"})
    assert (crash.status_code, crash.json()["code"]) == (500, "internal_error")
    crashes = [line for line in _log_lines(capfd) if line.get("event") == "unhandled error"]
    assert crashes[-1]["level"] == "error"
    assert crashes[-1]["request_id"] == "crash-2"
    assert "RuntimeError: a bug" in str(crashes[-1]["exception"])


@pytest.mark.usefixtures("restore_logging")
async def test_a_broken_log_stream_never_fails_a_request(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class BrokenPipe(io.StringIO):  # as when the process reading the logs has gone
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stderr", BrokenPipe())
    configure_logging("info", "json")
    app = create_app(make_settings(database_url, tmp_path, access_log=True))
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client,
    ):
        assert (await client.get("/healthz")).status_code == 200


async def test_unknown_routes_methods_and_crashes_answer_in_json(app: FastAPI) -> None:
    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("a bug")

    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        missing = await client.get("/api/v1/nothing-here")
        assert (missing.status_code, missing.json()["code"]) == (404, "not_found")
        wrong = await client.delete("/api/v1/tenant")
        assert (wrong.status_code, wrong.json()["code"]) == (405, "method_not_allowed")
        crash = await client.get("/boom", headers={"X-Request-ID": "crash-1"})
        assert (crash.status_code, crash.json()["code"]) == (500, "internal_error")
        assert crash.headers["x-request-id"] == "crash-1"
        assert "a bug" not in crash.text


async def test_openapi_documents_every_operation_with_its_permission(
    client: httpx.AsyncClient,
) -> None:
    spec = (await client.get("/api/openapi.json")).json()
    operations = [op for path in spec["paths"].values() for op in path.values()]
    assert len(operations) >= 25
    assert all("x-permission" in op for op in operations)
    assert (await client.get("/api/docs")).status_code == 200


async def test_a_uniqueness_race_answers_409_not_500(
    client: httpx.AsyncClient, world: World, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def no_check(*args: object, **kwargs: object) -> None:
        return None  # as if a concurrent request inserted between check and insert

    monkeypatch.setattr(services.directory, "_check_unique", no_check)
    body = {"employee_no": "E003", "name": "Twin", "roles": ["agent"], "password": PASSWORD}
    admin = world.actors["tenant_admin"].headers
    response = await client.post("/api/v1/users", json=body, headers=admin)
    assert (response.status_code, response.json()["code"]) == (409, "conflict")


async def test_unauthenticated_answers_carry_a_bearer_challenge(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/me")
    assert response.headers["www-authenticate"] == "Bearer"

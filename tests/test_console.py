"""The console's files: the single-page app at /console/, hashed assets cached for good,
nothing outside the build served, and a clear answer when it is not built."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from kefu import console
from kefu.core import static


@pytest.fixture
def build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(console, "files", static.StaticFiles(tmp_path))
    monkeypatch.setattr(static, "RECHECK_SECONDS", 0.0)
    return tmp_path


@pytest.fixture
def built(build: Path) -> Path:
    (build / "assets").mkdir()
    (build / "assets" / "index-abc123.js").write_text("console.log('kefu console');" * 20)
    (build / ".vite").mkdir()
    (build / ".vite" / "manifest.json").write_text("{}")
    (build / "favicon.svg").write_text("<svg/>")
    (build / "index.html").write_text('<div id="app"></div><script src="/console/assets/x.js">')
    return build


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    app = FastAPI()
    app.include_router(console.router)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://kefu.test") as client:
        yield client


async def test_every_console_path_is_the_app_with_a_strict_policy(
    built: Path, http: httpx.AsyncClient
) -> None:
    home = await http.get("/")
    assert (home.status_code, home.headers["location"]) == (307, "/console/")
    for path in ("/console/", "/console/workspace/0190", "/console/admin/rules"):
        page = await http.get(path)
        assert page.status_code == 200
        assert page.text.startswith('<div id="app">')
        assert page.headers["cache-control"] == "no-cache"
        assert "script-src 'self'" in page.headers["content-security-policy"]
        assert page.headers["x-frame-options"] == "DENY"


async def test_hashed_assets_are_cached_for_good_and_gzipped(
    built: Path, http: httpx.AsyncClient
) -> None:
    asset = await http.get("/console/assets/index-abc123.js", headers={"Accept-Encoding": "gzip"})
    assert asset.status_code == 200
    assert asset.headers["cache-control"] == console.IMMUTABLE
    assert asset.headers["content-encoding"] == "gzip"
    assert asset.headers["content-type"].startswith("text/javascript")
    assert asset.text == "console.log('kefu console');" * 20  # httpx decodes it
    again = await http.get(
        "/console/assets/index-abc123.js", headers={"If-None-Match": asset.headers["etag"]}
    )
    assert again.status_code == 304
    icon = await http.get("/console/favicon.svg")
    assert (icon.status_code, icon.headers["cache-control"]) == (200, "public, max-age=300")


async def test_nothing_outside_the_build_is_served(built: Path, http: httpx.AsyncClient) -> None:
    (built.parent / "secret.txt").write_text("nope")
    missing = await http.get("/console/assets/nothere.js")
    assert (missing.status_code, missing.json()["code"]) == (404, "not_found")
    for path in ("/console/.vite/manifest.json", "/console/assets/%2e%2e/%2e%2e/secret.txt"):
        answer = await http.get(path)  # not a file of the build: the app itself
        assert answer.text.startswith('<div id="app">'), answer.text


async def test_an_unbuilt_console_says_how_to_build_it(
    build: Path, http: httpx.AsyncClient
) -> None:
    answer = await http.get("/console/workspace")
    assert (answer.status_code, answer.json()["code"]) == (503, "console_not_built")
    assert "make install" in answer.json()["message"]

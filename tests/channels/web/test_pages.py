"""The widget's pages: the script with caching headers, the H5 page, the demo shop."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from kefu.channels.web import pages
from kefu.core import static as static_files

SCRIPT = b"(()=>{console.log('kefu')})();\n"


@pytest.fixture
def static(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(pages, "files", pages.StaticFiles(tmp_path))
    monkeypatch.setattr(static_files, "RECHECK_SECONDS", 0.0)
    return tmp_path


@pytest.fixture
def built(static: Path) -> Path:
    (static / "widget.js").write_bytes(SCRIPT)
    (static / "chat.html").write_text('<script src="/widget.js" data-site="{{site}}"></script>')
    (static / "demo.html").write_text("<title>云栖茶铺</title>")
    return static


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    app = FastAPI()
    app.include_router(pages.router)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://kefu.test") as client:
        yield client


async def test_script_is_served_with_a_short_cache_and_an_etag(
    built: Path, http: httpx.AsyncClient
) -> None:
    answer = await http.get("/widget.js", headers={"Accept-Encoding": "identity"})
    assert answer.status_code == 200
    assert answer.content == SCRIPT
    assert answer.headers["content-type"].startswith("text/javascript")
    assert answer.headers["cache-control"] == "public, max-age=300"
    etag = answer.headers["etag"]
    again = await http.get("/widget.js", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""


async def test_script_is_gzipped_for_clients_that_accept_it(
    built: Path, http: httpx.AsyncClient
) -> None:
    answer = await http.get("/widget.js", headers={"Accept-Encoding": "gzip"})
    assert answer.headers["content-encoding"] == "gzip"
    assert answer.headers["vary"] == "Accept-Encoding"
    assert answer.content == SCRIPT  # httpx decodes it


async def test_a_rebuild_is_picked_up(built: Path, http: httpx.AsyncClient) -> None:
    first = await http.get("/widget.js")
    (built / "widget.js").write_bytes(SCRIPT + b"// v2\n")
    second = await http.get("/widget.js", headers={"If-None-Match": first.headers["etag"]})
    assert second.status_code == 200
    assert second.content.endswith(b"// v2\n")
    assert second.headers["etag"] != first.headers["etag"]


async def test_without_a_build_every_page_answers_widget_not_built(
    static: Path, http: httpx.AsyncClient
) -> None:
    for path in ("/widget.js", "/chat/demo-web", "/demo"):
        answer = await http.get(path)
        assert answer.status_code == 503, path
        assert answer.json()["code"] == "widget_not_built"


async def test_chat_page_names_its_site_and_runs_only_its_own_script(
    built: Path, http: httpx.AsyncClient
) -> None:
    answer = await http.get("/chat/demo-web")
    assert answer.status_code == 200
    assert 'data-site="demo-web"' in answer.text
    policy = answer.headers["content-security-policy"]
    assert "script-src 'self'" in policy
    assert answer.headers["cache-control"] == "no-cache"


@pytest.mark.parametrize("site", ["Demo", "a%22%3E%3Cscript%3E", "-x", "x" * 64])
async def test_chat_page_refuses_a_malformed_site_key(
    built: Path, http: httpx.AsyncClient, site: str
) -> None:
    answer = await http.get(f"/chat/{site}")
    assert answer.status_code == 404
    assert "<script" not in answer.text


async def test_demo_page_is_served(built: Path, http: httpx.AsyncClient) -> None:
    answer = await http.get("/demo")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/html; charset=utf-8"
    assert "云栖茶铺" in answer.text

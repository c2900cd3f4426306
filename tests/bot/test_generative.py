"""Generative answers against a real HTTP server on loopback that speaks the OpenAI
chat-completions protocol: each test scripts what the "model" replies and checks what it
was sent and what the bot gets back (a grounded answer with its citations, or a refusal)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from kefu.bot.generative import (
    MAX_ANSWER_CHARS,
    MAX_TOKENS,
    REFUSAL,
    Generator,
    GroundedAnswer,
    Passage,
    check_endpoint,
)
from kefu.bot.settings import GenerativeSettings, Language
from kefu.config import Settings
from kefu.core.errors import Invalid
from tests.live import AsgiServer, free_port

PASSAGES = (
    Passage("e-open", "怎么开户？", "在 App 首页点击“开户”，按提示上传身份证即可。"),
    Passage("e-hours", "营业时间是几点？", "工作日 9:00-17:00，节假日休息。"),
    Passage("e-fee", "开户收费吗？", "开户免费。"),
)
QUESTION = "我想开户，要带什么？"


@dataclass
class Received:
    headers: dict[str, str]
    body: dict[str, Any]


@dataclass
class Llm:
    """A chat-completions endpoint under ``/v1``. It records each request, then answers
    ``content`` as a completion with ``status``, or ``raw`` bytes when set; with ``hold``
    it answers only once released (at the end of the test)."""

    base_url: str = ""
    content: str = ""
    status: int = 200
    raw: bytes | None = None
    hold: bool = False
    requests: list[Received] = field(default_factory=list)
    arrived: asyncio.Event = field(default_factory=asyncio.Event)
    release: asyncio.Event = field(default_factory=asyncio.Event)

    def app(self) -> Starlette:
        return Starlette(routes=[Route("/v1/chat/completions", self._complete, methods=["POST"])])

    async def _complete(self, request: Request) -> Response:
        self.requests.append(Received(dict(request.headers), await request.json()))
        self.arrived.set()
        if self.hold:
            await self.release.wait()
        if self.raw is not None:
            return Response(self.raw, self.status, media_type="application/json")
        completion = {
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "model": "qwen2.5:7b",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": self.content},
                    "finish_reason": "stop",
                }
            ],
        }
        return JSONResponse(completion, self.status)

    @property
    def last(self) -> Received:
        assert len(self.requests) == 1, self.requests
        return self.requests[0]


@pytest.fixture
async def llm() -> AsyncIterator[Llm]:
    server = Llm()
    async with AsgiServer(server.app()) as live:
        server.base_url = f"{live.url}/v1"
        try:
            yield server
        finally:
            server.release.set()  # a held request ends, so the server can stop


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient() as client:
        yield client


ALLOWED = Settings(llm_allow_private_endpoints=True)
GUARDED = Settings(llm_allow_private_endpoints=False)


def config(llm: Llm, **changes: Any) -> GenerativeSettings:
    values: dict[str, Any] = {
        "enabled": True,
        "base_url": llm.base_url,
        "model": "qwen2.5:7b",
        "api_key": "sk-test",
        "temperature": 0.1,
        "max_passages": 3,
        "timeout_seconds": 5,
        **changes,
    }
    return GenerativeSettings(**values)


async def ask(
    llm: Llm,
    http: httpx.AsyncClient,
    passages: tuple[Passage, ...] = PASSAGES,
    settings: Settings = ALLOWED,
    language: Language = "zh",
    **changes: Any,
) -> GroundedAnswer | None:
    return await Generator(settings, http).answer(
        QUESTION, passages, config(llm, **changes), language
    )


# --- what the model is sent -----------------------------------------------------------------


async def test_a_grounded_answer_cites_the_passages_and_the_markers_leave_the_text(
    llm: Llm, http: httpx.AsyncClient
) -> None:
    llm.content = "在 App 首页点击“开户” [1]，按提示上传身份证即可[1]。开户免费[3]。"

    answer = await ask(llm, http)

    assert answer == GroundedAnswer(
        "在 App 首页点击“开户”，按提示上传身份证即可。开户免费。", ("e-open", "e-fee")
    )
    sent = llm.last
    assert sent.headers["authorization"] == "Bearer sk-test"
    assert sent.body["model"] == "qwen2.5:7b"
    assert sent.body["temperature"] == 0.1
    assert sent.body["max_tokens"] == MAX_TOKENS
    system, user = sent.body["messages"]
    assert system["role"] == "system"
    assert "只能依据" in system["content"]
    assert REFUSAL in system["content"]
    assert "[1]" in system["content"]
    assert user["role"] == "user"
    for n, passage in enumerate(PASSAGES, start=1):
        assert f"[{n}] 问题：{passage.question}\n答案：{passage.answer}" in user["content"]
    assert user["content"].endswith(f"客户的问题：{QUESTION}")


async def test_english_prompt_no_key_no_header_and_a_trailing_slash(
    llm: Llm, http: httpx.AsyncClient
) -> None:
    llm.content = "Opening an account is free [3]. Bring your ID card [1][3]."
    passages = tuple(Passage(p.entry_id, f"Q{n}", f"A{n}") for n, p in enumerate(PASSAGES))

    answer = await ask(llm, http, passages, language="en", api_key="", base_url=f"{llm.base_url}/")

    assert answer == GroundedAnswer(
        "Opening an account is free. Bring your ID card.", ("e-fee", "e-open")
    )
    sent = llm.last
    assert "authorization" not in sent.headers
    system, user = sent.body["messages"]
    assert "ONLY" in system["content"]
    assert f"reply with exactly {REFUSAL}" in system["content"]
    assert "[1] Question: Q0\nAnswer: A0" in user["content"]
    assert user["content"].endswith(f"Customer's question: {QUESTION}")


async def test_at_most_max_passages_are_sent_and_a_citation_beyond_them_is_refused(
    llm: Llm, http: httpx.AsyncClient
) -> None:
    llm.content = "开户免费[3]。"

    assert await ask(llm, http, max_passages=2) is None

    user = llm.last.body["messages"][1]["content"]
    assert "[1] 问题：怎么开户？" in user
    assert "[2] 问题：营业时间是几点？" in user
    assert "[3]" not in user
    assert "开户收费吗" not in user


async def test_citation_styles_models_write_are_all_read(llm: Llm, http: httpx.AsyncClient) -> None:
    llm.content = "上传身份证即可【1】。工作日 9:00-17:00 [2, 3]，开户免费 [资料3]。"

    answer = await ask(llm, http)

    assert answer == GroundedAnswer(
        "上传身份证即可。工作日 9:00-17:00，开户免费。", ("e-open", "e-hours", "e-fee")
    )


async def test_only_the_token_refuses_not_the_words(llm: Llm, http: httpx.AsyncClient) -> None:
    llm.content = "If there is no answer at the hotline, open an account in the app [1]."

    answer = await ask(llm, http, language="en")

    assert answer == GroundedAnswer(
        "If there is no answer at the hotline, open an account in the app.", ("e-open",)
    )


async def test_a_long_answer_is_cut_at_a_sentence_end(llm: Llm, http: httpx.AsyncClient) -> None:
    llm.content = "开户免费[3]。" * 400

    answer = await ask(llm, http)

    assert answer is not None
    assert len(answer.text) <= MAX_ANSWER_CHARS
    assert answer.text.endswith("开户免费。")
    assert answer.cited == ("e-fee",)


# --- refusals -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        REFUSAL,
        f" {REFUSAL}.\n",
        f"资料没有提到需要携带什么。{REFUSAL}",  # half an answer is no answer
        "开户需要带身份证和银行卡。",  # no citation: not grounded
        "请带上身份证[1]和银行卡[4]。",  # [4] is not a passage
        "请带上身份证[0]。",
        "[1][2]",  # nothing but citations
    ],
)
async def test_a_reply_that_is_not_a_grounded_answer_is_refused(
    llm: Llm, http: httpx.AsyncClient, content: str
) -> None:
    llm.content = content

    assert await ask(llm, http) is None
    assert len(llm.requests) == 1


async def test_disabled_or_without_passages_nothing_is_asked(
    llm: Llm, http: httpx.AsyncClient
) -> None:
    llm.content = "开户免费[1]。"

    assert await ask(llm, http, enabled=False) is None
    assert await ask(llm, http, passages=()) is None

    assert llm.requests == []


@pytest.mark.parametrize(
    ("status", "raw"),
    [
        (500, b'{"error": {"message": "model overloaded"}}'),
        (401, b'{"error": {"message": "invalid api key"}}'),
        (302, b""),  # a redirect is not followed
        (200, b"<html>not json</html>"),
        (200, b'{"choices": []}'),
        (200, b'{"choices": [{"message": {"content": null}}]}'),
        (200, b'{"object": "error"}'),
    ],
)
async def test_an_endpoint_that_fails_or_answers_malformed_is_a_refusal_and_a_warning(
    llm: Llm,
    http: httpx.AsyncClient,
    caplog: pytest.LogCaptureFixture,
    status: int,
    raw: bytes,
) -> None:
    llm.status, llm.raw = status, raw

    with caplog.at_level(logging.WARNING, "kefu.bot.generative"):
        assert await ask(llm, http) is None

    assert len(llm.requests) == 1
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert warnings[0].getMessage().startswith("generative endpoint failed")
    assert "sk-test" not in caplog.text
    assert QUESTION not in caplog.text


async def test_a_slow_endpoint_is_given_up_on_after_the_timeout(
    llm: Llm, http: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    llm.hold, llm.content = True, "开户免费[3]。"

    with caplog.at_level(logging.WARNING, "kefu.bot.generative"):
        assert await ask(llm, http, timeout_seconds=0.3) is None

    await asyncio.wait_for(llm.arrived.wait(), 5)  # it was asked, and never answered in time
    assert "generative endpoint failed" in caplog.text
    assert not llm.release.is_set()


async def test_an_unreachable_endpoint_is_a_refusal(http: httpx.AsyncClient) -> None:
    nobody = Llm(base_url=f"http://127.0.0.1:{free_port()}/v1")

    assert await ask(nobody, http) is None


async def test_a_generator_owns_a_client_when_given_none(llm: Llm) -> None:
    llm.content = "开户免费[3]。"
    generator = Generator(ALLOWED)
    try:
        answer = await generator.answer(QUESTION, PASSAGES, config(llm), "zh")
    finally:
        await generator.close()

    assert answer == GroundedAnswer("开户免费。", ("e-fee",))


# --- where it may call (SSRF) ---------------------------------------------------------------


async def test_the_call_refuses_an_address_the_operator_did_not_allow(
    llm: Llm, http: httpx.AsyncClient
) -> None:
    assert await ask(llm, http, settings=GUARDED) is None  # 127.0.0.1, saved while allowed

    assert llm.requests == []


async def test_a_name_that_resolves_to_loopback_is_refused_at_call_time(
    llm: Llm, http: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name that passed the check when saved but now resolves inside the network (DNS
    rebinding) is refused before anything is sent; allowed, the same name is called."""
    loop = asyncio.get_running_loop()
    real = loop.getaddrinfo

    async def resolve(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host in ("llm.rebind.test", b"llm.rebind.test"):
            host = "127.0.0.1"
        return await real(host, port, *args, **kwargs)

    monkeypatch.setattr(loop, "getaddrinfo", resolve)
    llm.content = "开户免费[3]。"
    rebound = llm.base_url.replace("127.0.0.1", "llm.rebind.test")
    check_endpoint(config(llm, base_url=rebound), GUARDED)  # a name passes when saved

    assert await ask(llm, http, settings=GUARDED, base_url=rebound) is None
    assert llm.requests == []

    answer = await ask(llm, http, settings=ALLOWED, base_url=rebound)
    assert answer == GroundedAnswer("开户免费。", ("e-fee",))
    assert llm.last.headers["host"].startswith("llm.rebind.test:")


def endpoint(base_url: str, **changes: Any) -> GenerativeSettings:
    values: dict[str, Any] = {"enabled": True, "base_url": base_url, "model": "m", **changes}
    return GenerativeSettings(**values)


@pytest.mark.parametrize(
    "settings",
    [
        endpoint(""),
        endpoint("https://llm.example.com/v1", model=""),
        endpoint("ftp://llm.example.com/v1"),
        endpoint("llm.example.com/v1"),
        endpoint("https:///v1"),
        endpoint("https://llm.example.com/v1?key=1"),
        endpoint("https://llm.example.com:99999/v1"),
    ],
)
def test_an_incomplete_or_non_http_endpoint_is_invalid(settings: GenerativeSettings) -> None:
    with pytest.raises(Invalid) as refused:
        check_endpoint(settings, ALLOWED)

    assert refused.value.code == "llm_endpoint_invalid"
    assert refused.value.status_code == 422


@pytest.mark.parametrize(
    "base_url",
    [
        "http://127.0.0.1:11434/v1",
        "http://localhost:11434/v1",
        "http://[::1]:8000/v1",
        "http://[::ffff:127.0.0.1]/v1",
        "http://10.0.0.5/v1",
        "http://192.168.1.20:8000/v1",
        "http://169.254.169.254/v1",  # cloud metadata
        "http://0.0.0.0/v1",
    ],
)
def test_private_endpoints_are_refused_unless_the_operator_allows_them(base_url: str) -> None:
    with pytest.raises(Invalid) as refused:
        check_endpoint(endpoint(base_url), GUARDED)

    assert refused.value.code == "llm_endpoint_not_allowed"
    check_endpoint(endpoint(base_url), ALLOWED)


def test_public_endpoints_and_disabled_settings_pass() -> None:
    check_endpoint(endpoint("https://api.openai.com/v1"), GUARDED)
    check_endpoint(endpoint("https://8.8.8.8/v1/"), GUARDED)
    check_endpoint(GenerativeSettings(), GUARDED)  # off: nothing to check
    check_endpoint(GenerativeSettings(base_url="ftp://x"), GUARDED)


def test_the_setting_reads_its_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().llm_allow_private_endpoints is False
    monkeypatch.setenv("KEFU_LLM_ALLOW_PRIVATE_ENDPOINTS", "true")
    assert Settings().llm_allow_private_endpoints is True

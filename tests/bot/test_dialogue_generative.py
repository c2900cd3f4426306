"""The bot in a conversation with generative answers on, against a local server speaking
the chat-completions protocol: an answer worded from the retrieved entries when the model
grounds one, and the bot's own suggestions when it refuses."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from kefu.bot.generative import REFUSAL
from kefu.config import Settings
from kefu.services import Services
from tests.bot.test_dialogue import REFUND, _ask, _bot_first, _entries, _messages, _settings, _turns
from tests.bot.test_generative import Llm, llm  # noqa: F401 - the fixture
from tests.conftest import make_settings
from tests.world import World


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    # The local model listens on loopback, as a self-hosted one on the same box would.
    return make_settings(database_url, tmp_path, llm_allow_private_endpoints=True)


async def test_a_generated_answer_cites_the_entries_and_a_refusal_falls_back(
    client: httpx.AsyncClient,
    services: Services,
    world: World,
    llm: Llm,  # noqa: F811
) -> None:
    ids = await _entries(services, world)
    await _bot_first(client, services, world)
    unsure = {"direct": 1.0, "direct_margin": 0.0, "suggest": 0.5, "max_suggestions": 2}
    generative = {"enabled": True, "base_url": llm.base_url, "model": "qwen2.5:7b"}
    await _settings(client, services, world, thresholds=unsure, generative=generative)

    llm.content = "在订单页点击“申请退款”即可 [1]。"
    worded = await _ask(services, world, "退款要怎么弄")
    answer = (await _messages(services, worded))[-1]
    assert answer.body == "在订单页点击“申请退款”即可。"
    assert answer.card is not None
    assert [b["value"] for b in answer.card["buttons"]] == ["up", "down"]
    [turn] = await _turns(services, worded)
    assert (turn.outcome, str(turn.entry_id)) == ("generated", ids[REFUND[0]])
    sent = llm.last.body
    assert sent["model"] == "qwen2.5:7b"
    assert REFUND[2] in sent["messages"][1]["content"]  # the entry, as a numbered passage

    llm.requests.clear()
    llm.content = REFUSAL
    refused = await _ask(services, world, "退款要怎么弄呢")
    [turn] = await _turns(services, refused)
    assert turn.outcome == "suggest"
    assert len(llm.requests) == 1

"""A tenant's bot settings: what it says, when it hands over, how sure it must be, and the
optional generative answers. Defaults apply until an administrator saves them; texts left
empty are said in the conversation's language (zh-CN or English)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)

from kefu.bot.answer import BotThresholds


def _no_nul(value: str) -> str:
    if "\x00" in value:  # PostgreSQL cannot store one, and no person types one
        raise ValueError("NUL characters are not allowed")
    return value


_NoNul = AfterValidator(_no_nul)
Text = Annotated[str, StringConstraints(strip_whitespace=True, max_length=500), _NoNul]
Short = Annotated[str, StringConstraints(strip_whitespace=True, max_length=100), _NoNul]
Keyword = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=50), _NoNul
]

# A message that is one of these (ignoring case, width and punctuation) asks for a person.
HANDOVER_WORDS = (
    "人工",
    "转人工",
    "人工客服",
    "人工服务",
    "客服",
    "真人",
    "找人工",
    "转接人工",
    "agent",
    "human",
    "operator",
    "person",
    "representative",
)
# A message that contains one of these asks for a person whatever else it says.
HANDOVER_PHRASES = (
    "转人工",
    "人工客服",
    "人工服务",
    "找人工",
    "真人客服",
    "接人工",
    "talk to a human",
    "speak to a human",
    "talk to a person",
    "speak to a person",
    "talk to an agent",
    "speak to an agent",
    "real person",
    "human agent",
    "live agent",
)


class GenerativeEndpoint(BaseModel):
    """An OpenAI-compatible chat-completions endpoint that words answers from the
    retrieved entries only (docs/bot.md, "Generative answers"). Off by default."""

    # Strict: a JSON ``false`` is no temperature, ``"3"`` no count.
    model_config = ConfigDict(extra="forbid", strict=True)

    enabled: bool = False
    base_url: Text = ""
    model: Short = ""
    temperature: float = Field(default=0.2, ge=0, le=2)
    max_passages: int = Field(default=3, ge=1, le=8)
    timeout_seconds: float = Field(default=15, gt=0, le=120)


class GenerativeSettings(GenerativeEndpoint):
    # Write-only: answered as ``api_key_set``; an empty value on save keeps the stored key.
    api_key: Text = ""


class BotBehaviour(BaseModel):
    """What the bot says and when it hands over: the settings but the generative endpoint."""

    model_config = ConfigDict(extra="forbid", strict=True)

    name: Annotated[Short, StringConstraints(max_length=40)] = ""
    greeting: Text = ""
    fallback: Text = ""
    suggest_prompt: Text = ""
    handover_message: Text = ""
    # A message equal to one of the words, or containing one of the phrases, asks for a
    # person (compared after NFKC, case folding and dropping punctuation).
    handover_words: list[Keyword] = Field(default_factory=lambda: list(HANDOVER_WORDS))
    handover_phrases: list[Keyword] = Field(default_factory=lambda: list(HANDOVER_PHRASES))
    # Hand over after this many turns the bot could not answer (0: never).
    handover_after_unanswered: int = Field(default=2, ge=0, le=20)
    handover_on_anger: bool = True
    # Customers at this level or above go to a person at once (None: nobody).
    handover_level: int | None = Field(default=3, ge=0, le=9)
    # Offer the remaining suggestions and a person when an answer was rated unhelpful.
    handover_on_unhelpful: bool = False
    thresholds: BotThresholds = Field(default_factory=BotThresholds)

    @field_validator("handover_words", "handover_phrases")
    @classmethod
    def _few(cls, value: list[str]) -> list[str]:
        if len(value) > 100:
            raise ValueError("at most 100")
        return list(dict.fromkeys(value))


class BotSettings(BotBehaviour):
    generative: GenerativeSettings = Field(default_factory=GenerativeSettings)


Language = Literal["zh", "en"]

DEFAULT_TEXTS: dict[Language, dict[str, str]] = {
    "zh": {
        "name": "智能助手",
        "greeting": "您好，我是智能助手，很高兴为您服务。",
        "fallback": "抱歉，这个问题我暂时还不会回答。"
        "您可以换个说法再问我，或回复“转人工”联系人工客服。",
        "suggest_prompt": "您是不是想问：",
        "handover_message": "正在为您转接人工客服，请稍候。",
        "handover_button": "转人工",
        "helpful": "有帮助",
        "unhelpful": "没帮助",
        "unhelpful_reply": "抱歉没能帮到您。您可以换个说法再问我，或回复“转人工”联系人工客服。",
        "not_text": "抱歉，我暂时只能看懂文字消息，请用文字描述您的问题。",
    },
    "en": {
        "name": "Assistant",
        "greeting": "Hello, I'm the virtual assistant. Happy to help.",
        "fallback": "Sorry, I can't answer that yet. Try asking another way, or reply "
        "\u201cagent\u201d to talk to a person.",
        "suggest_prompt": "Did you mean:",
        "handover_message": "Connecting you with a colleague, one moment please.",
        "handover_button": "Talk to a person",
        "helpful": "Helpful",
        "unhelpful": "Not helpful",
        "unhelpful_reply": "Sorry that didn't help. Try asking another way, or reply "
        "\u201cagent\u201d to talk to a person.",
        "not_text": "Sorry, I can only read text for now. Please describe your question in words.",
    },
}


def language_of(tag: str | None) -> Language:
    return "en" if tag and tag.lower().startswith("en") else "zh"


def text(settings: BotSettings, key: str, language: Language) -> str:
    """A text the tenant set, else the built-in one in ``language``."""
    own = getattr(settings, key, "") if key in BotSettings.model_fields else ""
    return own or DEFAULT_TEXTS[language][key]

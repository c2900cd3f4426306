"""Knowledge-base API shapes: categories, FAQ entries, articles, versions, imports."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StringConstraints,
    field_validator,
    model_validator,
)

from kefu.identity.schemas import IsoDatetime, Strict

# Limits, also enforced on every imported row.
MAX_QUESTION = 500
MAX_SIMILAR = 200
MAX_ANSWER = 20_000
MAX_TITLE = 200
MAX_BODY = 200_000
MAX_CATEGORY_NAME = 50
MAX_CATEGORY_DEPTH = 8
MAX_EXTERNAL_ID = 100

Channel = Literal["web", "api", "email", "wechat", "wecom", "sms", "voice"]
CHANNELS: tuple[str, ...] = get_args(Channel)

Question = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_QUESTION)
]
RichText = Annotated[str, StringConstraints(min_length=1, max_length=MAX_ANSWER)]
CategoryName = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=1, max_length=MAX_CATEGORY_NAME, pattern=r"^[^/\\]+$"
    ),
]
ExternalId = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_EXTERNAL_ID)
]


class _In(Strict):
    """Request bodies; NUL characters refused in list items too."""

    @field_validator("*", mode="after")
    @classmethod
    def _no_nul_in_lists(cls, value: Any) -> Any:
        if isinstance(value, list) and any(isinstance(v, str) and "\x00" in v for v in value):
            raise ValueError("NUL characters are not allowed")
        return value


class _Validity(_In):
    @model_validator(mode="after")
    def _window(self) -> Any:
        start: datetime | None = getattr(self, "valid_from", None)
        end: datetime | None = getattr(self, "valid_until", None)
        if start is not None and end is not None and end <= start:
            raise ValueError("valid_until must be later than valid_from")
        return self


# --- categories -----------------------------------------------------------------------------


class CategoryIn(_In):
    name: CategoryName
    parent_id: uuid.UUID | None = None


class CategoryPatch(_In):
    """``parent_id: null`` moves the category to the top level; leaving it out keeps it."""

    name: CategoryName | None = None
    parent_id: uuid.UUID | None = None


class CategoryOut(BaseModel):
    id: uuid.UUID
    parent_id: uuid.UUID | None
    name: str
    path: str  # the names from the top, joined with "/": "交易/开户"
    created_at: datetime
    updated_at: datetime


# --- FAQ entries ----------------------------------------------------------------------------


class FaqIn(_Validity):
    question: Question
    similar: list[Question] = Field(default_factory=list, max_length=MAX_SIMILAR)
    answer: RichText
    category_id: uuid.UUID | None = None
    channels: list[Channel] = Field(default_factory=list, max_length=len(CHANNELS))
    valid_from: IsoDatetime | None = None
    valid_until: IsoDatetime | None = None
    enabled: StrictBool = True
    external_id: ExternalId | None = None


class FaqPatch(_Validity):
    """Only the fields sent change. ``null`` clears ``category_id``, ``valid_from``,
    ``valid_until`` and ``external_id``; it is ignored elsewhere. ``version``, when sent,
    must be the entry's current version (409 ``version_conflict`` otherwise)."""

    question: Question | None = None
    similar: list[Question] | None = Field(default=None, max_length=MAX_SIMILAR)
    answer: RichText | None = None
    category_id: uuid.UUID | None = None
    channels: list[Channel] | None = Field(default=None, max_length=len(CHANNELS))
    valid_from: IsoDatetime | None = None
    valid_until: IsoDatetime | None = None
    enabled: StrictBool | None = None
    external_id: ExternalId | None = None
    version: StrictInt | None = Field(default=None, ge=1)


class FaqOut(BaseModel):
    id: uuid.UUID
    external_id: str | None
    category_id: uuid.UUID | None
    question: str
    similar: list[str]
    answer: str  # sanitised HTML
    answer_text: str  # its plain-text rendering
    channels: list[str]  # empty: every channel
    valid_from: datetime | None
    valid_until: datetime | None
    enabled: bool
    version: int
    created_by: uuid.UUID | None
    updated_by: uuid.UUID | None
    created_at: datetime
    updated_at: datetime


# --- articles -------------------------------------------------------------------------------


class ArticleIn(_In):
    title: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TITLE)
    ]
    body: Annotated[str, StringConstraints(min_length=1, max_length=MAX_BODY)]
    category_id: uuid.UUID | None = None
    enabled: StrictBool = True


class ArticlePatch(_In):
    """Only the fields sent change; ``category_id: null`` clears the category."""

    title: (
        Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TITLE)]
        | None
    ) = None
    body: Annotated[str, StringConstraints(min_length=1, max_length=MAX_BODY)] | None = None
    category_id: uuid.UUID | None = None
    enabled: StrictBool | None = None
    version: StrictInt | None = Field(default=None, ge=1)


class ArticleOut(BaseModel):
    id: uuid.UUID
    category_id: uuid.UUID | None
    title: str
    body: str  # sanitised HTML
    body_text: str
    enabled: bool
    version: int
    created_by: uuid.UUID | None
    updated_by: uuid.UUID | None
    created_at: datetime
    updated_at: datetime


# --- history --------------------------------------------------------------------------------


class VersionOut(BaseModel):
    """One change: who made it, when, and the entry before and after it (``before`` is
    null for a creation, ``after`` for a deletion)."""

    model_config = ConfigDict(from_attributes=True)
    version: int
    action: Literal["create", "update", "delete", "import"]
    changed_at: datetime
    actor_type: str
    actor_id: str | None
    actor_label: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


class VersionPage(BaseModel):
    items: list[VersionOut]
    next_cursor: str | None = None


class FaqPage(BaseModel):
    items: list[FaqOut]
    next_cursor: str | None = None


class ArticlePage(BaseModel):
    items: list[ArticleOut]
    next_cursor: str | None = None


# --- import ---------------------------------------------------------------------------------

ImportFormat = Literal["xlsx", "csv", "jsonl"]
SpreadsheetFormat = Literal["xlsx", "csv"]


class RowError(BaseModel):
    """Why a row of an import was refused. ``row`` counts the file's lines or rows from 1
    (a spreadsheet's header is row 1); ``column`` is the column's header as the file wrote
    it (a key for JSONL), or null for the whole row or file."""

    row: int
    column: str | None
    code: str
    message: str


class ImportOut(BaseModel):
    format: ImportFormat
    dry_run: bool
    rows: int
    created: int
    updated: int
    unchanged: int
    categories_created: int

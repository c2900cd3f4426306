"""Checking the rows of an FAQ file: each cell read as people write it in Excel (dates,
是/否, channels by name, similar questions one per line), every problem reported by row
and column."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from kefu.bot import richtext, schemas
from kefu.bot.keys import normalise
from kefu.core.errors import Invalid

MAX_REPORTED_ERRORS = 500

CHANNEL_NAMES = {
    "网页": "web",
    "网站": "web",
    "web": "web",
    "api": "api",
    "app": "api",
    "邮件": "email",
    "email": "email",
    "微信": "wechat",
    "wechat": "wechat",
    "企业微信": "wecom",
    "wecom": "wecom",
    "短信": "sms",
    "sms": "sms",
    "电话": "voice",
    "语音": "voice",
    "voice": "voice",
}
_TRUE = {"是", "启用", "开启", "true", "yes", "y", "1", "on", "√", "✓"}
_FALSE = {"否", "停用", "禁用", "关闭", "false", "no", "n", "0", "off", "\u00d7", "✗"}
_SIMILAR_SPLIT = re.compile(r"\r\n|\r|\n|\|\|")
_CHANNEL_SPLIT = re.compile(r"[\s,，、;；|/]+")
_CATEGORY_SPLIT = re.compile("[/\uff0f]")
_CHINESE_DATE = re.compile(
    r"^(\d{4})年(\d{1,2})月(\d{1,2})日?(?:\s*(\d{1,2})[:：时](\d{1,2})(?:[:：分](\d{1,2})秒?)?)?$"
)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def formula_like(value: str) -> bool:
    """Text a spreadsheet would run as a formula, even behind quotes: our CSV export writes
    it behind one more ``'``, and reading takes that one away."""
    return value.lstrip("'").startswith(FORMULA_START)


class ImportInvalid(Invalid):
    """422 ``import_invalid``: ``details.errors`` lists each bad row's problems."""

    def __init__(self, errors: Sequence[schemas.RowError]) -> None:
        shown = sorted(errors, key=lambda e: (e.row, e.column or ""))[:MAX_REPORTED_ERRORS]
        super().__init__(
            f"{len(errors)} problem(s) in the file; nothing was imported.",
            code="import_invalid",
            details={"errors": [e.model_dump() for e in shown], "error_count": len(errors)},
        )
        self.errors = list(errors)


@dataclass(frozen=True, slots=True)
class Draft:
    """One checked row: the entry it describes, and where it came from for errors."""

    row: int
    question: str
    similar: tuple[str, ...]
    answer_html: str
    answer_text: str
    category: tuple[str, ...]  # the path; empty: no category
    channels: tuple[str, ...]
    valid_from: datetime | None
    valid_until: datetime | None
    enabled: bool
    external_id: str | None
    columns: dict[str, str] = field(default_factory=dict)  # field -> header as written

    def column(self, name: str) -> str:
        return self.columns.get(name, name)


@dataclass
class Raw:
    row: int
    values: dict[str, Any]
    columns: dict[str, str]


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    return str(value)


class _Row:
    """Checks one raw row, collecting errors against its columns."""

    def __init__(self, raw: Raw, errors: list[schemas.RowError], strip_guard: bool) -> None:
        self.raw = raw
        self.errors = errors
        self.ok = True
        self.failed: set[str] = set()
        self.strip_guard = strip_guard

    def fail(self, name: str, code: str, message: str) -> None:
        """Record a problem of a cell; only its first one, which explains the others."""
        self.ok = False
        if name in self.failed:
            return
        self.failed.add(name)
        column = self.raw.columns.get(name, name)
        self.errors.append(
            schemas.RowError(row=self.raw.row, column=column, code=code, message=message)
        )

    def text(self, name: str) -> str:
        raw = self.raw.values.get(name)
        if isinstance(raw, (list, dict)):
            self.fail(name, "bad_value", "Expected text.")
            return ""
        value = cell_text(raw)
        if self.strip_guard and value.startswith("'") and formula_like(value[1:]):
            value = value[1:]  # the guard our CSV export puts before formula-like text
        return value

    def limited(self, name: str, value: str, limit: int) -> str:
        if len(value) > limit:
            self.fail(name, "too_long", f"At most {limit} characters ({len(value)} given).")
        return value

    def question(self) -> str:
        value = self.text("question").strip()
        if not value:
            self.fail("question", "required", "The standard question is empty.")
        return self.limited("question", value, schemas.MAX_QUESTION)

    def similar(self) -> tuple[str, ...]:
        value = self.raw.values.get("similar")
        if isinstance(value, list):
            if not all(isinstance(v, str) for v in value):
                self.fail("similar", "bad_value", "Similar questions must be text.")
                return ()
            parts = [str(v) for v in value]
        else:
            parts = _SIMILAR_SPLIT.split(self.text("similar"))
        items = tuple(p.strip() for p in parts if p.strip())
        if len(items) > schemas.MAX_SIMILAR:
            self.fail(
                "similar",
                "too_many_similar",
                f"At most {schemas.MAX_SIMILAR} similar questions ({len(items)} given).",
            )
        for item in items:
            if len(item) > schemas.MAX_QUESTION:
                self.fail(
                    "similar",
                    "too_long",
                    f"A similar question has more than {schemas.MAX_QUESTION} characters.",
                )
                break
        return items

    def answer(self) -> tuple[str, str]:
        value = self.text("answer").strip()
        if not value:
            self.fail("answer", "required", "The answer is empty.")
            return "", ""
        if len(value) > schemas.MAX_ANSWER:
            self.limited("answer", value, schemas.MAX_ANSWER)
            return "", ""
        html, text = richtext.render(value)
        if not richtext.shows(html, text):
            self.fail("answer", "empty_answer", "Nothing is left once unsafe markup is removed.")
        return html, text

    def category(self) -> tuple[str, ...]:
        value = self.raw.values.get("category")
        parts = value if isinstance(value, list) else _CATEGORY_SPLIT.split(self.text("category"))
        path = tuple(str(p).strip() for p in parts if str(p).strip())
        if len(path) > schemas.MAX_CATEGORY_DEPTH:
            self.fail(
                "category",
                "bad_category",
                f"Categories nest at most {schemas.MAX_CATEGORY_DEPTH} deep.",
            )
        for name in path:
            if len(name) > schemas.MAX_CATEGORY_NAME or "\\" in name:
                self.fail(
                    "category",
                    "bad_category",
                    f"A category name has at most {schemas.MAX_CATEGORY_NAME} characters "
                    "and no slash.",
                )
                break
        return path

    def channels(self) -> tuple[str, ...]:
        value = self.raw.values.get("channels")
        parts = value if isinstance(value, list) else _CHANNEL_SPLIT.split(self.text("channels"))
        out: list[str] = []
        for part in parts:
            name = str(part).strip()
            if not name:
                continue
            channel = CHANNEL_NAMES.get(normalise(name))
            if channel is None:
                self.fail(
                    "channels",
                    "bad_channel",
                    f"Unknown channel {name!r}; use {', '.join(schemas.CHANNELS)}.",
                )
            elif channel not in out:
                out.append(channel)
        return tuple(out)

    def moment(self, name: str, zone: ZoneInfo) -> datetime | None:
        value = self.raw.values.get(name)
        if isinstance(value, datetime):
            return _aware(value, zone)
        if isinstance(value, date):
            return datetime.combine(value, time(), zone)
        text = self.text(name).strip()
        if not text:
            return None
        parsed = _parse_moment(text)
        if parsed is None:
            self.fail(name, "bad_date", f"{text!r} is not a date and time like 2026-10-01 08:00.")
            return None
        return _aware(parsed, zone)

    def enabled(self) -> bool:
        value = self.raw.values.get("enabled")
        if isinstance(value, bool):
            return value
        text = normalise(self.text("enabled"))
        if text == "" or text in _TRUE:
            return True
        if text in _FALSE:
            return False
        self.fail("enabled", "bad_boolean", f"{text!r} is neither 是/yes nor 否/no.")
        return True

    def external_id(self) -> str | None:
        value = self.text("id").strip()
        return self.limited("id", value, schemas.MAX_EXTERNAL_ID) or None


def _aware(value: datetime, zone: ZoneInfo) -> datetime:
    """A file's time without an offset is the tenant's local time. Whole seconds."""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=zone)
    return aware.replace(microsecond=0)


def _parse_moment(text: str) -> datetime | None:
    match = _CHINESE_DATE.match(text)
    if match:
        year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups())
        try:
            return datetime(year, month, day, hour, minute, second)
        except ValueError:
            return None
    try:
        return datetime.fromisoformat(text.replace("/", "-"))
    except ValueError:
        return None


def check(
    raw: Raw, zone: ZoneInfo, errors: list[schemas.RowError], *, strip_formula_guard: bool
) -> Draft | None:
    row = _Row(raw, errors, strip_formula_guard)
    question = row.question()
    similar = row.similar()
    html, text = row.answer()
    category = row.category()
    channels = row.channels()
    valid_from = row.moment("valid_from", zone)
    valid_until = row.moment("valid_until", zone)
    if valid_from is not None and valid_until is not None and valid_until <= valid_from:
        row.fail("valid_until", "invalid_validity", "The end of validity must follow its start.")
    enabled = row.enabled()
    external_id = row.external_id()
    if not row.ok:
        return None
    return Draft(
        row=raw.row,
        question=question,
        similar=similar,
        answer_html=html,
        answer_text=text,
        category=category,
        channels=channels,
        valid_from=valid_from,
        valid_until=valid_until,
        enabled=enabled,
        external_id=external_id,
        columns=raw.columns,
    )

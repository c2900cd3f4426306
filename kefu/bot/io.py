"""FAQ files: reading Excel (.xlsx), CSV and JSON Lines into checked drafts with row-level
errors (``kefu.bot.rows`` checks each row), and writing the same formats (export and the
template). Nothing here touches the database: ``FaqFiles`` applies the drafts."""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils.exceptions import InvalidFileException

from kefu.bot import richtext, schemas
from kefu.bot.keys import normalise
from kefu.bot.rows import Draft, ImportInvalid, Raw, cell_text, check, formula_like

MAX_ROWS = 20_000

# Column: the field it fills, the header written, and the headers read (any part of a
# header split at "/" may name it, case and width ignored).
COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "question": ("标准问题 / question", ("标准问题", "标准问", "问题", "question")),
    "similar": ("相似问题 / similar", ("相似问题", "相似问", "similar", "similar questions")),
    "answer": ("答案 / answer", ("答案", "answer")),
    "category": ("分类 / category", ("分类", "类目", "category")),
    "channels": ("渠道 / channels", ("渠道", "channels", "channel")),
    "valid_from": ("生效时间 / valid from", ("生效时间", "valid from", "valid_from")),
    "valid_until": ("失效时间 / valid until", ("失效时间", "valid until", "valid_until")),
    "enabled": ("启用 / enabled", ("启用", "是否启用", "enabled")),
    "id": ("编号 / id", ("编号", "id", "external id", "external_id")),
}
REQUIRED = ("question", "answer")
_ALIASES = {normalise(a): name for name, (_, aliases) in COLUMNS.items() for a in aliases}


def detect_format(data: bytes, filename: str | None) -> schemas.ImportFormat:
    """xlsx by its zip signature, JSON Lines by name or a leading ``{``, else CSV."""
    if data.startswith(b"PK\x03\x04"):
        return "xlsx"
    name = (filename or "").lower()
    if name.endswith((".jsonl", ".json", ".ndjson")):
        return "jsonl"
    if data.lstrip(codecs.BOM_UTF8 + b" \t\r\n").startswith(b"{"):
        return "jsonl"
    return "csv"


def parse(
    data: bytes, fmt: schemas.ImportFormat, zone: ZoneInfo
) -> tuple[list[Draft], list[schemas.RowError]]:
    """The file's good rows as drafts, and the problems of the others. A file that cannot
    be read at all raises ``ImportInvalid``."""
    if fmt == "xlsx":
        raws, errors = _read_xlsx(data)
    elif fmt == "jsonl":
        raws, errors = _read_jsonl(data)
    else:
        raws, errors = _read_csv(data)
    drafts = []
    for raw in raws:
        draft = check(raw, zone, errors, strip_formula_guard=fmt == "csv")
        if draft is not None:
            drafts.append(draft)
    return drafts, errors


def read(data: bytes, fmt: schemas.ImportFormat, zone: ZoneInfo) -> list[Draft]:
    """Every row of the file as a draft, or ``ImportInvalid`` with every problem found."""
    drafts, errors = parse(data, fmt, zone)
    if errors:
        raise ImportInvalid(errors)
    return drafts


# --- reading --------------------------------------------------------------------------------


def _file_error(code: str, message: str, row: int = 1, column: str | None = None) -> ImportInvalid:
    return ImportInvalid([schemas.RowError(row=row, column=column, code=code, message=message)])


def _header(cells: Sequence[Any]) -> dict[int, tuple[str, str]]:
    """Column index -> (field, header as written), or a file error."""
    found: dict[int, tuple[str, str]] = {}
    seen: dict[str, str] = {}
    for index, cell in enumerate(cells):
        label = cell_text(cell).strip()
        if not label:
            continue
        parts = [normalise(p) for p in [label, *label.split("/")]]
        name = next((_ALIASES[p] for p in parts if p in _ALIASES), None)
        if name is None:
            continue  # other columns are left alone
        if name in seen:
            raise _file_error(
                "duplicate_column", f"Both {seen[name]!r} and {label!r} are the {name} column."
            )
        seen[name] = label
        found[index] = (name, label)
    missing = [COLUMNS[n][0] for n in REQUIRED if n not in seen]
    if missing:
        raise _file_error(
            "missing_column", f"The first row must name the columns; missing: {', '.join(missing)}."
        )
    return found


def _rows(
    header: dict[int, tuple[str, str]], rows: Iterable[tuple[int, Sequence[Any]]]
) -> list[Raw]:
    out: list[Raw] = []
    columns = dict(header.values())
    for number, cells in rows:
        if all(cell_text(c).strip() == "" for c in cells):
            continue
        if len(out) >= MAX_ROWS:
            raise _file_error("too_many_rows", f"At most {MAX_ROWS} rows per file.", row=number)
        values = {
            name: cells[index] if index < len(cells) else None
            for index, (name, _) in header.items()
        }
        out.append(Raw(number, values, columns))
    return out


def _read_xlsx(data: bytes) -> tuple[list[Raw], list[schemas.RowError]]:
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, KeyError, ValueError, OSError) as exc:
        raise _file_error("unreadable_file", f"Not a readable .xlsx workbook ({exc}).") from exc
    except Exception as exc:  # zipfile and XML errors of a damaged file
        raise _file_error("unreadable_file", "Not a readable .xlsx workbook.") from exc
    try:
        sheet = book.worksheets[0]
        lines = ((n, row) for n, row in enumerate(sheet.iter_rows(values_only=True), start=1))
        first = next(lines, None)
        if first is None:
            raise _file_error("missing_column", "The sheet is empty.")
        return _rows(_header(first[1]), lines), []
    finally:
        book.close()


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, or GBK/GB18030 as Chinese Excel saves."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise _file_error("bad_encoding", "The file is neither UTF-8 nor GBK text.", row=1) from exc


def _read_csv(data: bytes) -> tuple[list[Raw], list[schemas.RowError]]:
    try:
        text = _decode(data)
    except UnicodeDecodeError as exc:
        raise _file_error("bad_encoding", "The file is not valid UTF-8 or UTF-16.") from exc
    first_line = text.split("\n", 1)[0]
    delimiter = max(",\t;", key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        # Rows are numbered as a spreadsheet shows the file: the header is row 1, and a
        # cell with line breaks does not add rows.
        lines = enumerate(reader, start=1)
        first = next(lines, None)
        if first is None:
            raise _file_error("missing_column", "The file is empty.")
        return _rows(_header(first[1]), lines), []
    except csv.Error as exc:
        raise _file_error("unreadable_file", f"Not a readable CSV file ({exc}).") from exc


def _read_jsonl(data: bytes) -> tuple[list[Raw], list[schemas.RowError]]:
    try:
        text = _decode(data)
    except UnicodeDecodeError as exc:
        raise _file_error("bad_encoding", "The file is not valid UTF-8.") from exc
    raws: list[Raw] = []
    errors: list[schemas.RowError] = []
    columns = {name: name for name in COLUMNS}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if len(raws) + len(errors) >= MAX_ROWS:
            raise _file_error("too_many_rows", f"At most {MAX_ROWS} lines per file.", row=number)
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            value = exc
        if not isinstance(value, dict):
            errors.append(
                schemas.RowError(
                    row=number, column=None, code="bad_json", message="Not a JSON object."
                )
            )
            continue
        values = {name: value.get(name) for name in COLUMNS if name in value}
        raws.append(Raw(number, values, columns))
    return raws, errors


# --- writing --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Exported:
    """An entry as a file row."""

    question: str
    similar: Sequence[str]
    answer_html: str
    answer_text: str
    category: str  # the path, "交易/开户"
    channels: Sequence[str]
    valid_from: datetime | None
    valid_until: datetime | None
    enabled: bool
    external_id: str | None

    @property
    def answer(self) -> str:
        """The plain text when it says all the HTML does; the HTML otherwise. Either
        reads back to the same answer."""
        plain = self.answer_text
        return plain if richtext.text_to_html(plain) == self.answer_html else self.answer_html


MEDIA_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson",
}
_YES_NO = {"zh-CN": ("是", "否"), "en": ("yes", "no")}


def _local(value: datetime | None, zone: ZoneInfo) -> datetime | None:
    return value.astimezone(zone).replace(tzinfo=None) if value is not None else None


def _cells(entry: Exported, zone: ZoneInfo, locale: str) -> list[Any]:
    yes, no = _YES_NO.get(locale, _YES_NO["zh-CN"])
    return [
        entry.question,
        "\n".join(entry.similar),
        entry.answer,
        entry.category,
        ",".join(entry.channels),
        _local(entry.valid_from, zone) or "",
        _local(entry.valid_until, zone) or "",
        yes if entry.enabled else no,
        entry.external_id or "",
    ]


HEADERS = [header for header, _ in COLUMNS.values()]


def write_xlsx(entries: Iterable[Exported], zone: ZoneInfo, locale: str) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("FAQ")
    sheet.append(HEADERS)
    for entry in entries:
        row = []
        for value in _cells(entry, zone, locale):
            cell = WriteOnlyCell(sheet)
            if isinstance(value, datetime):
                cell.value = value
                cell.number_format = "yyyy-mm-dd hh:mm:ss"
            else:
                cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
                cell.data_type = "s"  # text, even when it starts with "=": never a formula
            row.append(cell)
        sheet.append(row)
    _help_sheet(book)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _help_sheet(book: Workbook) -> None:
    sheet = book.create_sheet("说明 help")
    for line in (
        ["列 / column", "说明 / meaning"],
        [COLUMNS["question"][0], "必填，租户内唯一 / required, unique: matches existing entries"],
        [COLUMNS["similar"][0], "每行一个，或用 || 分隔 / one per line, or separated by ||"],
        [COLUMNS["answer"][0], "必填；纯文本或 HTML / required; plain text or HTML"],
        [COLUMNS["category"][0], "分类路径，如 交易/开户 / a path such as 交易/开户"],
        [COLUMNS["channels"][0], "留空为全部；" + ", ".join(schemas.CHANNELS)],
        [COLUMNS["valid_from"][0], "如 2026-10-01 08:00，留空为立即 / empty: from now"],
        [COLUMNS["valid_until"][0], "如 2026-12-31 23:59，留空为长期 / empty: no end"],
        [COLUMNS["enabled"][0], "是/否，留空为是 / yes or no, empty: yes"],
        [COLUMNS["id"][0], "选填，外部编号 / optional external id"],
    ):
        sheet.append(line)


def write_csv(entries: Iterable[Exported], zone: ZoneInfo, locale: str) -> bytes:
    """UTF-8 with a BOM (Excel then reads it as UTF-8); formula-like text behind a ``'``."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADERS)
    for entry in entries:
        row = []
        for value in _cells(entry, zone, locale):
            if isinstance(value, datetime):
                row.append(value.strftime("%Y-%m-%d %H:%M:%S"))
            elif formula_like(value):
                row.append(f"'{value}")
            else:
                row.append(value)
        writer.writerow(row)
    return codecs.BOM_UTF8 + out.getvalue().encode("utf-8")


def write_jsonl(entries: Iterable[Exported]) -> bytes:
    """The evaluation format (``id``, ``question``, ``similar``, ``answer``) and the rest."""
    lines: Iterator[str] = (
        json.dumps(
            {
                "id": e.external_id,
                "question": e.question,
                "similar": list(e.similar),
                "answer": e.answer,
                "category": e.category,
                "channels": list(e.channels),
                "valid_from": e.valid_from.isoformat() if e.valid_from else None,
                "valid_until": e.valid_until.isoformat() if e.valid_until else None,
                "enabled": e.enabled,
            },
            ensure_ascii=False,
        )
        for e in entries
    )
    return "".join(f"{line}\n" for line in lines).encode("utf-8")


def write(
    fmt: schemas.ImportFormat, entries: Iterable[Exported], zone: ZoneInfo, locale: str
) -> bytes:
    if fmt == "xlsx":
        return write_xlsx(entries, zone, locale)
    if fmt == "csv":
        return write_csv(entries, zone, locale)
    return write_jsonl(entries)


def template(fmt: schemas.SpreadsheetFormat) -> bytes:
    """An empty file with the columns (the xlsx with a sheet explaining them)."""
    zone = ZoneInfo("UTC")
    return write_xlsx([], zone, "zh-CN") if fmt == "xlsx" else write_csv([], zone, "zh-CN")

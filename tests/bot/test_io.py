"""FAQ files: Excel, CSV (UTF-8, with BOM, GBK) and JSON Lines in, row-level errors with
nothing imported, the same formats out, and import(export(x)) == x."""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from openpyxl import Workbook, load_workbook

from kefu.bot import io as faq_io
from kefu.bot.rows import ImportInvalid
from kefu.identity.context import system_context
from kefu.services import Services
from tests.world import World, fingerprint

API = "/api/v1/knowledge"
ZONE = ZoneInfo("Asia/Shanghai")
EVALUATION = Path(__file__).resolve().parents[3] / "shared" / "data" / "faq-zh" / "faq.jsonl"


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8") -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode(encoding)


def xlsx_bytes(rows: list[list[Any]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


async def upload(
    client: httpx.AsyncClient,
    headers: dict[str, str],
    name: str,
    data: bytes,
    expect: int = 200,
    query: str = "",
) -> Any:
    files = {"file": (name, data, "application/octet-stream")}
    response = await client.post(f"{API}/import{query}", files=files, headers=headers)
    assert response.status_code == expect, response.text
    return response.json()


async def export(client: httpx.AsyncClient, headers: dict[str, str], fmt: str) -> bytes:
    response = await client.get(f"{API}/export?format={fmt}", headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-disposition"].endswith(f'.{fmt}"')
    return response.content


async def entries(client: httpx.AsyncClient, headers: dict[str, str]) -> list[dict[str, Any]]:
    response = await client.get(f"{API}/entries?limit=200", headers=headers)
    return list(response.json()["items"])


HEADER = ["标准问题", "相似问题", "答案", "分类", "渠道", "生效时间", "失效时间", "启用"]


async def test_a_bad_row_is_reported_by_row_column_and_reason_and_nothing_is_imported(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    admin = world.actors["tenant_admin"].headers
    rows = [
        HEADER,
        ["如何开户", "怎么开户", "新答案", "交易/开户", "", "", "", "是"],  # fine: an update
        ["如何销户", "", "", "交易/销户", "网页", "", "", ""],  # no answer
        ["忘记密码", "", "点击找回", "", "传真", "2026-13-01", "", "也许"],
        ["如何开户", "", "重复", "", "", "", "", ""],  # the same question again
        ["定投", "", "a", "", "", "2026-10-01", "2026-09-01", ""],
    ]
    before = await fingerprint(services, world.tenant_id)
    refused = await upload(client, admin, "faq.csv", csv_bytes(rows), 422)
    assert refused["code"] == "import_invalid"
    errors = {(e["row"], e["column"], e["code"]) for e in refused["details"]["errors"]}
    assert errors == {
        (3, "答案", "required"),
        (4, "渠道", "bad_channel"),
        (4, "生效时间", "bad_date"),
        (4, "启用", "bad_boolean"),
        (5, "标准问题", "duplicate_question"),
        (6, "失效时间", "invalid_validity"),
    }
    assert all(e["message"] for e in refused["details"]["errors"])
    assert refused["details"]["error_count"] == 6
    assert await fingerprint(services, world.tenant_id) == before


async def test_an_import_creates_categories_and_entries_and_updates_by_question(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    admin = world.actors["tenant_admin"].headers
    rows = [
        [*HEADER, "编号"],
        [
            "如何开户",
            "怎么开户\n开户流程\n在哪开户",
            "<p>打开 App</p>",
            "交易",
            "",
            "",
            "",
            "是",
            "",
        ],
        [
            "如何销户",
            "怎么销户||注销账户",
            "到营业部办理",
            "交易/销户",
            "网页，微信",
            "",
            "",
            "否",
            "k2",
        ],
        ["融资融券", "", "两融需 50 万资产", "业务/两融/开通", "", "2026-10-01 09:00", "", "", ""],
    ]
    before = await fingerprint(services, world.tenant_id)
    dry = await upload(client, admin, "faq.csv", csv_bytes(rows), query="?dry_run=true")
    assert dry == {
        "format": "csv",
        "dry_run": True,
        "rows": 3,
        "created": 2,
        "updated": 1,
        "unchanged": 0,
        "categories_created": 4,
    }
    assert await fingerprint(services, world.tenant_id) == before

    done = await upload(client, admin, "faq.csv", csv_bytes(rows))
    assert {k: done[k] for k in ("created", "updated", "unchanged", "categories_created")} == {
        "created": 2,
        "updated": 1,
        "unchanged": 0,
        "categories_created": 4,
    }
    by_question = {e["question"]: e for e in await entries(client, admin)}
    opened = by_question["如何开户"]
    assert opened["similar"] == ["怎么开户", "开户流程", "在哪开户"]
    assert (opened["answer"], opened["version"]) == ("<p>打开 App</p>", 2)
    closed = by_question["如何销户"]
    assert closed["similar"] == ["怎么销户", "注销账户"]
    assert closed["channels"] == ["web", "wechat"]
    assert (closed["enabled"], closed["external_id"]) == (False, "k2")
    margin = by_question["融资融券"]
    assert margin["valid_from"] == "2026-10-01T01:00:00Z"  # 09:00 in the tenant's Shanghai
    categories = await client.get(f"{API}/categories", headers=admin)
    paths = {c["path"] for c in categories.json()}
    assert paths >= {"交易", "交易/销户", "业务", "业务/两融", "业务/两融/开通"}
    history = await client.get(f"{API}/entries/{opened['id']}/history", headers=admin)
    assert history.json()["items"][0]["action"] == "import"
    log = await client.get("/api/v1/audit-log?action=knowledge.import", headers=admin)
    assert log.json()["items"][0]["after"]["created"] == 2

    again = await upload(client, admin, "faq.csv", csv_bytes(rows))
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 3)


async def test_chinese_excel_csv_in_gbk_and_utf8_with_bom_are_read(
    client: httpx.AsyncClient, world: World
) -> None:
    admin = world.actors["tenant_admin"].headers
    gbk = csv_bytes([["标准问题", "答案"], ["转账限额是多少", "单笔五万元"]], "gbk")
    assert (await upload(client, admin, "faq.csv", gbk))["created"] == 1
    bom = b"\xef\xbb\xbf" + csv_bytes([["question", "answer"], ["港股通开通条件", "资产五十万"]])
    assert (await upload(client, admin, "faq.csv", bom))["created"] == 1
    tabs = "标准问题\t答案\n银证转账时间\t交易日九点到四点\n".encode("utf-16")
    assert (await upload(client, admin, "faq.txt", tabs, query="?format=csv"))["created"] == 1
    questions = {e["question"] for e in await entries(client, admin)}
    assert {"转账限额是多少", "港股通开通条件", "银证转账时间"} <= questions


async def test_xlsx_round_trips_and_reimporting_its_export_changes_nothing(
    client: httpx.AsyncClient, world: World, services: Services
) -> None:
    admin = world.actors["tenant_admin"].headers
    body = {
        "question": "=1+1 是公式吗",
        "similar": ["-号开头", "@某人"],
        "answer": '<p>见<a href="https://help.example.com">帮助</a></p><ul><li>一</li></ul>',
        "category_id": str(world.category_id),
        "channels": ["web", "sms"],
        "valid_from": "2026-10-01T00:00:00Z",
        "valid_until": "2027-01-01T00:00:00+08:00",
        "enabled": False,
        "external_id": "faq-007",
    }
    response = await client.post(f"{API}/entries", json=body, headers=admin)
    assert response.status_code == 201, response.text
    plain = {"question": "多行", "answer": "第一行\n\n第三行 a<b"}
    assert (await client.post(f"{API}/entries", json=plain, headers=admin)).status_code == 201
    original = await entries(client, admin)

    data = await export(client, admin, "xlsx")
    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["标准问题 / question", "相似问题 / similar", "答案 / answer"]
    formula = next(c for row in sheet.iter_rows() for c in row if c.value == "=1+1 是公式吗")
    assert formula.data_type == "s"  # text, never a formula

    before = await fingerprint(services, world.tenant_id)
    dry = await upload(client, admin, "kb.xlsx", data, query="?dry_run=true")
    assert (dry["created"], dry["updated"], dry["unchanged"]) == (0, 0, 3)
    assert await fingerprint(services, world.tenant_id) == before

    # Into an empty knowledge base: the same entries come out.
    outsider = world.outsider.headers
    assert (await upload(client, outsider, "kb.xlsx", data))["created"] == 3
    assert _content(await entries(client, outsider)) == _content(original)


def _content(items: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    keys = ("question", "similar", "answer", "answer_text", "channels", "valid_from",
            "valid_until", "enabled", "external_id")  # fmt: skip
    return sorted(tuple(json.dumps(e[k], ensure_ascii=False) for k in keys) for e in items)


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
async def test_csv_and_jsonl_round_trip(
    client: httpx.AsyncClient, world: World, services: Services, fmt: str
) -> None:
    admin = world.actors["tenant_admin"].headers
    for body in (
        {"question": "+86 手机号", "similar": ["'=引号"], "answer": "- 列表\n- 第二项"},
        {"question": '带逗号,和"引号"', "answer": "<p>a &amp; b</p>", "channels": ["api"]},
    ):
        response = await client.post(f"{API}/entries", json=body, headers=admin)
        assert response.status_code == 201, response.text
    original = await entries(client, admin)
    data = await export(client, admin, fmt)
    if fmt == "csv":
        assert data.startswith(b"\xef\xbb\xbf")
        assert "'+86 手机号" in data.decode("utf-8-sig")  # a formula guard for Excel
    before = await fingerprint(services, world.tenant_id)
    again = await upload(client, admin, f"kb.{fmt}", data)
    assert again["unchanged"] == 3
    assert await entries(client, admin) == original
    assert await fingerprint(services, world.tenant_id) != before  # only the import's audit
    outsider = world.outsider.headers
    await upload(client, outsider, f"kb.{fmt}", data)
    assert _content(await entries(client, outsider)) == _content(original)


async def test_the_template_names_the_columns(client: httpx.AsyncClient, world: World) -> None:
    agent = world.actors["agent"].headers
    response = await client.get(f"{API}/template", headers=agent)
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    book = load_workbook(io.BytesIO(response.content))
    assert [c.value for c in book.worksheets[0][1]] == faq_io.HEADERS
    assert len(book.worksheets) == 2  # and a sheet explaining them
    response = await client.get(f"{API}/template?format=csv", headers=agent)
    assert response.content.decode("utf-8-sig").splitlines() == [",".join(faq_io.HEADERS)]
    empty = await upload(client, world.actors["tenant_admin"].headers, "t.csv", response.content)
    assert empty["rows"] == 0


def _problems(data: bytes, fmt: str) -> set[tuple[int, str | None, str]]:
    with pytest.raises(ImportInvalid) as caught:
        faq_io.read(data, fmt, ZONE)  # type: ignore[arg-type]
    return {(e.row, e.column, e.code) for e in caught.value.errors}


def test_files_and_cells_people_get_wrong_are_explained() -> None:
    assert _problems(csv_bytes([["问题", "相似问"], ["a", "b"]]), "csv") == {
        (1, None, "missing_column")
    }
    assert _problems(csv_bytes([["问题", "question", "答案"]]), "csv") == {
        (1, None, "duplicate_column")
    }
    assert _problems(b"PK\x03\x04broken", "xlsx") == {(1, None, "unreadable_file")}
    assert _problems(b"\xff\xfe\x00", "csv") == {(1, None, "bad_encoding")}
    many = "\n".join(f"s{i}" for i in range(201))
    long = "长" * 501
    rows = [
        ["question", "similar", "answer", "category"],
        ["q", many, "a", ""],
        [long, "", "a", ""],
    ]
    rows.append(["q3", "", "<script>x</script>", "/".join(f"c{i}" for i in range(9))])
    assert _problems(xlsx_bytes(rows), "xlsx") == {
        (2, "similar", "too_many_similar"),
        (3, "question", "too_long"),
        (4, "answer", "empty_answer"),
        (4, "category", "bad_category"),
    }
    lines = '{"question": "q", "answer": "a"}\nnot json\n{"question": ["q"], "answer": "a"}\n'
    assert _problems(lines.encode(), "jsonl") == {
        (2, None, "bad_json"),
        (3, "question", "bad_value"),
    }


def test_cells_are_read_as_excel_writes_them() -> None:
    from datetime import date, datetime

    rows = [
        ["标准问题", "答案", "生效时间", "失效时间", "启用", "渠道", "编号"],
        [12345, 3.0, datetime(2026, 10, 1, 8, 30), date(2026, 12, 31), False, "企业微信 短信", 7],
        ["中文日期", "a", "2026年10月1日 8:30", "2026/12/31", "停用", "", ""],
    ]
    first, second = faq_io.read(xlsx_bytes(rows), "xlsx", ZONE)
    assert (first.question, first.answer_text, first.external_id) == ("12345", "3", "7")
    assert first.valid_from == datetime(2026, 10, 1, 8, 30, tzinfo=ZONE)
    assert first.valid_until == datetime(2026, 12, 31, tzinfo=ZONE)
    assert (first.enabled, first.channels) == (False, ("wecom", "sms"))
    assert second.valid_from == first.valid_from
    assert second.valid_until == first.valid_until
    assert second.enabled is False


async def test_the_evaluation_file_imports_through_the_product_in_well_under_seconds(
    services: Services, world: World
) -> None:
    if not EVALUATION.exists():
        pytest.skip(f"{EVALUATION} is not here")
    data = EVALUATION.read_bytes()
    ctx = system_context(world.other_tenant_id, "platform")
    started = time.perf_counter()
    async with services.db.transaction() as session:
        result = await services.knowledge.files.import_file(
            session, ctx, data, filename="faq.jsonl"
        )
    elapsed = time.perf_counter() - started
    assert (result.format, result.created, result.rows) == ("jsonl", 300, 300)
    assert elapsed < 5, elapsed
    async with services.db.read() as session:
        index = await services.knowledge.index_entries(session, ctx.tenant_id)
    source = {row["id"]: row for row in map(json.loads, data.decode().splitlines())}
    assert {e.external_id for e in index} == set(source)
    sample = next(e for e in index if e.external_id == "faq-000")
    assert sample.question == source["faq-000"]["question"]
    assert list(sample.similar) == source["faq-000"]["similar"]
    assert sample.answer_text == source["faq-000"]["answer"]

"""The bot's accuracy through the product: the knowledge base's own import, the bot service.

Run from the checkout root::

    .venv/bin/python bench/bot_accuracy.py --faq ../shared/data/faq-zh/faq.jsonl \\
        --queries ../shared/data/faq-zh/dev_queries.jsonl

Creates a fresh tenant on a fresh SQLite database, imports ``--faq`` (JSONL,
``{"id", "question", "similar", "answer"}`` a line) through ``Knowledge.files.import_file``
as an administrator's upload would, and asks every query of ``--queries`` through the bot
service (``Bot.search``, then the decision ``Bot.ask`` takes) with the tenant's default
settings. The first question builds the tenant's index from the database (the time it
takes is printed, not counted in the latency). Prints recall@1 and recall@3 of in-scope
queries, the share of in-scope queries answered directly, the precision of those answers,
the share of out-of-scope queries answered directly, and p50/p95 latency per query
(analyse, embed, rank, decide). The last line is one JSON object with the keys
``recall_at_1``, ``recall_at_3``, ``answered_in_scope``, ``precision_answered``,
``oos_answered``, ``p50_ms``, ``p95_ms``.
The measuring helpers are those of ``bench/bot_retrieval.py``.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import asyncio  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from dataclasses import asdict  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bot_retrieval import LabelledQuery, QueryResult, load_queries, summarise  # noqa: E402

from kefu.bot.answer import decide  # noqa: E402
from kefu.config import Settings  # noqa: E402
from kefu.db.migrate import upgrade  # noqa: E402
from kefu.identity.context import system_context  # noqa: E402
from kefu.identity.service.tenants import create_tenant  # noqa: E402
from kefu.services import Services  # noqa: E402


async def measure(faq: Path, data: bytes, queries: list[LabelledQuery]) -> list[QueryResult]:
    folder = Path(tempfile.mkdtemp(prefix="kefu-bench-bot-"))
    settings = Settings(
        database_url=f"sqlite+aiosqlite:///{folder / 'kefu.db'}",
        data_dir=str(folder),
        secret_key="bench-secret-bench-secret-bench-secret",
    )
    services = Services.build(settings)
    try:
        await upgrade(services.db.engine)
        async with services.db.transaction() as session:
            tenant = await create_tenant(session, slug="bench", name="Bench", kind="company")
            ctx = system_context(tenant.id, tenant.kind, label="bench")
            started = time.perf_counter()
            report = await services.knowledge.files.import_file(
                session, ctx, data, filename=faq.name
            )
        print(f"imported {faq.name}: {report} in {time.perf_counter() - started:.1f} s")
        async with services.db.read() as session:
            external = {
                str(e.id): e.external_id or str(e.id)
                for e in await services.knowledge.index_entries(session, tenant.id)
            }
        started = time.perf_counter()
        await services.bot.index(tenant.id)
        print(f"built the tenant's index in {time.perf_counter() - started:.1f} s")
        results = []
        for q in queries:
            start, cpu_start = time.perf_counter(), time.thread_time()
            hits = await services.bot.search(tenant.id, q.query)  # what Bot.ask decides on
            decision = decide(hits)
            ms = (time.perf_counter() - start) * 1000
            cpu_ms = (time.thread_time() - cpu_start) * 1000
            ranked = tuple(external[h.entry.id] for h in hits)
            results.append(QueryResult(q.expected, ranked, decision, ms, cpu_ms))
        return results
    finally:
        await services.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--faq", type=Path, required=True)
    parser.add_argument("--queries", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=0, help="ask only the first N queries")
    args = parser.parse_args()
    queries = load_queries(args.queries)[: args.limit or None]
    results = asyncio.run(measure(args.faq, args.faq.read_bytes(), queries))
    report = summarise(results)
    print(
        f"recall@1 {report.recall_at_1:.3f}, recall@3 {report.recall_at_3:.3f}; answered "
        f"directly {report.answered_in_scope:.3f} of in-scope queries with precision "
        f"{report.precision_answered:.3f}; out-of-scope answered {report.oos_answered:.3f}; "
        f"p50 {report.p50_ms} ms, p95 {report.p95_ms} ms"
    )
    print(json.dumps(asdict(report)))


if __name__ == "__main__":
    main()

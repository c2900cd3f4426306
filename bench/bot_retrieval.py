"""The bot's retrieval and decision on an FAQ and its labelled queries, on one core.

Run from the checkout root::

    .venv/bin/python bench/bot_retrieval.py --faq ../shared/data/faq-zh/faq.jsonl \\
        --queries ../shared/data/faq-zh/dev_queries.jsonl [--entries 10000] [--split held]

Builds a ``FaqIndex`` from ``--faq`` (one ``{"id", "question", "similar", "answer"}`` a
line) with the default analyser, embedder and fusion, asks every query of ``--queries``
(``{"query", "expected"}``, ``expected`` null for a question the FAQ cannot answer) and
takes the default ``BotThresholds`` decision. Prints recall@1 and recall@3 of in-scope
queries, the share of in-scope queries answered directly, the precision of those answers,
the share of out-of-scope queries answered directly, and the latency of one query
(analyse, embed, search, decide) at p50 and p95.

``--entries N`` pads the index to N entries with synthesised ones (fresh ids, never
correct): each copies a real entry's questions with their words shuffled and a few dropped,
and takes that entry's vectors plus noise (cosine ≈ 0.85 to the originals) instead of
embedding them, which would take tens of minutes. Scoring cost depends on the index's
size, not on the vectors' values. ``--split tune|held`` keeps one half of the queries (a
fixed hash split, the one the defaults were tuned on, or the other). ``--cache F.npz``
keeps the FAQ's question vectors between runs (query vectors are always computed live).

numpy and the embedding engine run on one thread (``OMP_NUM_THREADS=1`` and friends are
set before they load). Latency is wall-clock time; on a shared machine it includes waiting
for a core, so the CPU time of each query is printed beside it. The last line is one JSON
object: ``recall_at_1``, ``recall_at_3``, ``answered_in_scope``, ``precision_answered``,
``oos_answered``, ``p50_ms``, ``p95_ms`` (wall clock), ``cpu_p50_ms``, ``cpu_p95_ms``.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from dataclasses import asdict, dataclass  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any, cast  # noqa: E402

import numpy as np  # noqa: E402

from kefu.bot.answer import BotThresholds, Decision, Outcome, decide  # noqa: E402
from kefu.bot.embedding import default_embedder  # noqa: E402
from kefu.bot.retrieval import FaqEntry, FaqIndex, Hit  # noqa: E402
from kefu.bot.text import Analyzer  # noqa: E402


@dataclass(frozen=True, slots=True)
class LabelledQuery:
    query: str
    expected: str | None  # None: the FAQ cannot answer it


@dataclass(frozen=True, slots=True)
class QueryResult:
    """One query's result: the ranked ids, the decision, the time it took."""

    expected: str | None
    ranked: tuple[str, ...]
    decision: Decision
    ms: float  # wall clock
    cpu_ms: float  # CPU time of this thread: what the query cost, without waiting for a core


@dataclass(frozen=True, slots=True)
class Report:
    recall_at_1: float
    recall_at_3: float
    answered_in_scope: float
    precision_answered: float
    oos_answered: float
    p50_ms: float
    p95_ms: float
    cpu_p50_ms: float
    cpu_p95_ms: float
    in_scope: int
    out_of_scope: int


def read_jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_faq(path: Path) -> list[FaqEntry]:
    out = []
    for r in read_jsonl(path):
        similar = r.get("similar") or []
        if not isinstance(similar, list):
            raise ValueError(f"{path}: 'similar' of {r.get('id')!r} is not a list")
        out.append(
            FaqEntry(
                id=str(r["id"]),
                question=str(r["question"]),
                similar=tuple(str(s) for s in similar),
                answer=str(r.get("answer", "")),
            )
        )
    return out


def load_queries(path: Path) -> list[LabelledQuery]:
    out = []
    for r in read_jsonl(path):
        expected = r.get("expected")
        out.append(LabelledQuery(str(r["query"]), None if expected is None else str(expected)))
    return out


def half(query: str) -> str:
    """The fixed split of labelled queries: "tune" (defaults chosen on it) or "held"."""
    digest = int(hashlib.sha1(query.encode("utf-8")).hexdigest(), 16)
    return "tune" if digest % 2 == 0 else "held"


def pad(index: FaqIndex, real: Sequence[FaqEntry], size: int, seed: int = 7) -> None:
    """Add synthesised entries to ``index`` until it holds ``size`` entries."""
    rng = random.Random(seed)
    noise = np.random.default_rng(seed)
    vectors = {e.id: index.embed_questions(e) for e in real} if len(index) < size else {}
    n = 0
    while len(index) < size:
        source = rng.choice(real)
        questions = []
        for q in source.questions:
            words = index.analyzer.analyze(q) or [q]
            rng.shuffle(words)
            keep = max(1, len(words) - rng.randint(0, 2))
            sep = "" if all(ord(ch) > 0x2E80 for w in words for ch in w) else " "
            questions.append(sep.join(words[:keep]))
        base = vectors[source.id]
        jitter = base + noise.normal(0, 0.03, base.shape).astype(np.float32)
        jitter /= np.linalg.norm(jitter, axis=1, keepdims=True)
        entry = FaqEntry(f"pad-{n:06d}", questions[0], tuple(questions[1:]), source.answer)
        if len(entry.questions) == len(questions):
            index.upsert(entry, jitter)
        n += 1


def ask(
    index: FaqIndex, queries: Sequence[LabelledQuery], thresholds: BotThresholds
) -> list[QueryResult]:
    """Every query through analyse, embed, rank and decide, timed one by one."""
    out = []
    for q in queries:
        start, cpu_start = time.perf_counter(), time.thread_time()
        hits: list[Hit] = index.rank(index.prepare(q.query), k=max(3, thresholds.max_suggestions))
        decision = decide(hits, thresholds)
        ms = (time.perf_counter() - start) * 1000
        cpu_ms = (time.thread_time() - cpu_start) * 1000
        ranked = tuple(h.entry.id for h in hits)
        out.append(QueryResult(q.expected, ranked, decision, ms, cpu_ms))
    return out


def summarise(results: Sequence[QueryResult]) -> Report:
    in_scope = [r for r in results if r.expected is not None]
    oos = [r for r in results if r.expected is None]
    direct = [r for r in in_scope if r.decision.outcome is Outcome.DIRECT]
    ms = sorted(r.ms for r in results)
    cpu = sorted(r.cpu_ms for r in results)

    def p(values: Sequence[float], q: float) -> float:
        return round(values[min(len(values) - 1, int(q * len(values)))], 2) if values else 0.0

    def share(items: Sequence[QueryResult], test: Callable[[QueryResult], bool]) -> float:
        return round(sum(map(test, items)) / len(items), 4) if items else 0.0

    return Report(
        recall_at_1=share(in_scope, lambda r: r.ranked[:1] == (r.expected,)),
        recall_at_3=share(in_scope, lambda r: r.expected in r.ranked[:3]),
        answered_in_scope=share(in_scope, lambda r: r.decision.outcome is Outcome.DIRECT),
        precision_answered=share(direct, lambda r: r.ranked[0] == r.expected) if direct else 1.0,
        oos_answered=share(oos, lambda r: r.decision.outcome is Outcome.DIRECT),
        p50_ms=p(ms, 0.5),
        p95_ms=p(ms, 0.95),
        cpu_p50_ms=p(cpu, 0.5),
        cpu_p95_ms=p(cpu, 0.95),
        in_scope=len(in_scope),
        out_of_scope=len(oos),
    )


def build_index(entries: Sequence[FaqEntry], cache: Path | None = None) -> FaqIndex:
    """The index of ``entries``; ``cache`` (an .npz file) keeps question vectors between
    runs, keyed by the questions' text, since embedding them is most of the build."""
    index = FaqIndex(Analyzer(), default_embedder())
    stored: dict[str, np.ndarray] = {}
    if cache is not None and cache.exists():
        with np.load(cache) as data:
            stored = {k: data[k] for k in data.files}
    for entry in entries:
        key = hashlib.sha1("\x1f".join(entry.questions).encode("utf-8")).hexdigest()
        vectors = stored.get(key)
        if vectors is None or vectors.shape[0] != len(entry.questions):
            vectors = stored[key] = index.embed_questions(entry)
        index.upsert(entry, vectors)
    if cache is not None:
        np.savez(cache, **cast(dict[str, Any], stored))
    return index


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--faq", type=Path, required=True)
    parser.add_argument("--queries", type=Path, required=True)
    parser.add_argument("--entries", type=int, default=0, help="pad the FAQ to this many")
    parser.add_argument("--split", choices=["all", "tune", "held"], default="all")
    parser.add_argument("--limit", type=int, default=0, help="ask only this many queries")
    parser.add_argument("--cache", type=Path, help="an .npz file keeping question vectors")
    args = parser.parse_args(argv)

    entries = load_faq(args.faq)
    queries = load_queries(args.queries)
    if args.split != "all":
        queries = [q for q in queries if half(q.query) == args.split]
    if args.limit:
        queries = random.Random(1).sample(queries, min(args.limit, len(queries)))
    start = time.perf_counter()
    index = build_index(entries, args.cache)
    built = time.perf_counter() - start
    questions = sum(len(e.questions) for e in entries)
    print(f"indexed {len(entries)} entries, {questions} questions in {built:.1f} s", flush=True)
    if args.entries > len(index):
        start = time.perf_counter()
        pad(index, entries, args.entries)
        print(f"padded to {len(index)} entries in {time.perf_counter() - start:.1f} s", flush=True)
    thresholds = BotThresholds()
    print(f"thresholds: {thresholds.model_dump()}")
    report = summarise(ask(index, queries, thresholds))
    print(f"queries: {report.in_scope} in scope, {report.out_of_scope} out of scope")
    print(f"recall@1 {report.recall_at_1:.3f}  recall@3 {report.recall_at_3:.3f}")
    print(
        f"answered directly {report.answered_in_scope:.3f} of in-scope, "
        f"precision {report.precision_answered:.3f}; "
        f"out-of-scope answered {report.oos_answered:.3f}"
    )
    print(f"latency per query p50 {report.p50_ms:.1f} ms, p95 {report.p95_ms:.1f} ms")
    print(
        f"CPU time per query p50 {report.cpu_p50_ms:.1f} ms, p95 {report.cpu_p95_ms:.1f} ms "
        f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
    )
    result = asdict(report)
    del result["in_scope"], result["out_of_scope"]
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""bench/bot_retrieval.py end to end on a tiny FAQ, padded: the script runs and reports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "bot_retrieval.py"
KEYS = {
    "recall_at_1",
    "recall_at_3",
    "answered_in_scope",
    "precision_answered",
    "oos_answered",
    "p50_ms",
    "p95_ms",
}


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def test_the_bot_retrieval_benchmark_runs_end_to_end(tmp_path: Path) -> None:
    faq = write_jsonl(
        tmp_path / "faq.jsonl",
        [
            {
                "id": "a",
                "question": "怎么开通创业板",
                "similar": ["创业板权限怎么开"],
                "answer": "",
            },
            {"id": "b", "question": "How do I reset my PIN?", "similar": [], "answer": ""},
        ],
    )
    queries = write_jsonl(
        tmp_path / "queries.jsonl",
        [
            {"query": "創業板怎麼開通", "expected": "a"},
            {"query": "reset my card PIN", "expected": "b"},
            {"query": "明天天气怎么样", "expected": None},
        ],
    )
    command = [sys.executable, str(SCRIPT), "--faq", str(faq), "--queries", str(queries)]
    command += ["--entries", "20", "--cache", str(tmp_path / "vectors.npz")]
    for _ in range(2):  # the second run reads the question vectors from the cache
        done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
        result = json.loads(done.stdout.strip().splitlines()[-1])
        assert set(result) >= KEYS
        assert result["recall_at_3"] == 1.0
        assert "padded to 20 entries" in done.stdout

"""bench/tickets.py end to end at a tiny size: the script runs and reports (no timing).

With ``KEFU_TEST_DATABASE_URL`` set, it runs on PostgreSQL too, on a sibling database of
the test one (``<name>_tickets_bench``, created and dropped by the script)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "tickets.py"
KEYS = {"tickets", "creates_per_s", "list_p50_ms", "list_p95_ms", "search_p95_ms", "db"}
PG_URL = os.environ.get("KEFU_TEST_DATABASE_URL", "")


@pytest.mark.parametrize("db", ["sqlite", "postgresql"])
def test_the_tickets_benchmark_runs_end_to_end(db: str) -> None:
    command = [sys.executable, str(SCRIPT), "--db", db, "--tickets", "120"]
    command += ["--service-tickets", "60", "--baseline-tickets", "30", "--batch", "20"]
    command += ["--rounds", "2", "--http-rounds", "1", "--jobs", "50", "--explain", "default"]
    env = {k: v for k, v in os.environ.items() if k != "KEFU_BENCH_DATABASE_URL"}
    if db == "postgresql":
        if not PG_URL:
            pytest.skip("PostgreSQL (KEFU_TEST_DATABASE_URL) not configured")
        url = make_url(PG_URL)
        sibling = url.set(database=f"{url.database}_tickets_bench")
        command += ["--database-url", sibling.render_as_string(hide_password=False)]
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=600, check=False, env=env
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(result) >= KEYS
    assert result["db"] == db
    assert result["tickets"] == 120
    assert result["through_service"] == 60
    assert result["copied"] == 60  # the baseline tenant's 30 are all made by the service
    assert result["creates_per_s"] > 0
    for key in ("list_p50_ms", "list_p95_ms", "search_p50_ms", "search_p95_ms", "pk_p50_ms"):
        assert result[key] > 0
    assert result["list_p50_ms"] <= result["list_p95_ms"]
    assert sum(result["categories"].values()) == 120
    assert result["moves"] > 0
    queries = result["queries"]
    # Every list and search answered, at most a page; the default list and the order number
    # search find what the tenant holds.
    assert all(0 <= q["rows"] <= 50 for q in queries.values())
    assert queries["default"]["rows"] == 50
    assert queries["q_order_no"]["rows"] >= 1
    assert queries["q_ticket_no"]["rows"] >= 1

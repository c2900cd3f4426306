"""bench/routing.py end to end in its quick form: the script runs and reports (no timing).

With ``KEFU_TEST_DATABASE_URL`` set, the PostgreSQL part runs too, on a sibling database
of the test one (``<name>_routing_bench``, created and dropped by the script)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy.engine import make_url

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "routing.py"
KEYS = {"max_sl_deviation_pp", "decisions_per_s_memory", "decisions_per_s_postgres", "levels"}
PG_URL = os.environ.get("KEFU_TEST_DATABASE_URL", "")


def test_the_routing_benchmark_runs_end_to_end() -> None:
    command = [sys.executable, str(SCRIPT), "--quick", "--jobs", "1"]
    if PG_URL:
        url = make_url(PG_URL)
        sibling = url.set(database=f"{url.database}_routing_bench")
        command += ["--database-url", sibling.render_as_string(hide_password=False)]
    env = {k: v for k, v in os.environ.items() if k != "KEFU_BENCH_DATABASE_URL"}
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=300, check=False, env=env
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(result) >= KEYS
    levels = result["levels"]
    assert [level["occupancy"] for level in levels] == [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]
    for level in levels:
        assert 0 <= level["sl_sim"] <= 1
        assert 0 < level["sl_erlang_c"] < 1
        assert level["asa_sim_s"] >= 0
        assert level["asa_erlang_c_s"] > 0
        assert level["conversations"] > 0
    # Erlang C falls as the load rises; a tiny run is noisy, so only far apart.
    assert levels[0]["sl_erlang_c"] > levels[-1]["sl_erlang_c"]
    assert levels[0]["sl_sim"] > levels[-1]["sl_sim"]
    assert 0 <= result["max_sl_deviation_pp"] <= 100
    assert result["decisions_per_s_memory"] > 0
    if PG_URL:
        assert result["decisions_per_s_postgres"] > 0
        assert result["postgres_assigned"] > 0
    else:
        assert result["decisions_per_s_postgres"] is None

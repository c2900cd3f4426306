"""bench/chat.py end to end at a tiny size: the script runs and messages flow (no timing)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "chat.py"
KEYS = {
    "conversations",
    "kefu_msgs_per_s",
    "relay_msgs_per_s",
    "ratio",
    "kefu_p99_ms",
    "idle_connections",
    "idle_rss_mb",
}


def test_the_chat_benchmark_runs_end_to_end() -> None:
    command = [sys.executable, str(SCRIPT), "--conversations", "2", "--seconds", "1"]
    command += ["--ramp", "0.5", "--rounds", "1", "--rate", "20", "--drain", "5", "--idle", "20"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(result) >= KEYS
    assert result["conversations"] == 2
    assert result["kefu_msgs_per_s"] > 0
    assert result["relay_msgs_per_s"] > 0
    assert result["kefu_achieved_per_s"] > 0
    assert result["relay_achieved_per_s"] > 0
    assert result["idle_connections"] == 20
    assert result["idle_rss_mb"] > 0

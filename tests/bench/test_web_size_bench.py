"""bench/web_size.py on the built console: it reports the initial download and each page's."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REQUIRE

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "bench" / "web_size.py"


def test_the_console_size_benchmark_reports_the_initial_download() -> None:
    if not (ROOT / "kefu" / "web" / ".vite" / "manifest.json").exists():
        message = "the console is not built (make web)"
        if REQUIRE:
            pytest.fail(message)
        pytest.skip(message)
    done = subprocess.run(
        [sys.executable, str(SCRIPT)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert 0 < figures["initial_js_gzip_kb"] < figures["all_js_gzip_kb"]
    assert figures["workspace_page_js_gzip_kb"] > 0
    assert figures["within_budget"] == (figures["initial_js_gzip_kb"] <= 500)

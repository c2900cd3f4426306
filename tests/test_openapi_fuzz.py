"""Schemathesis fuzzes every operation of a real `kefu demo` server: no 5xx, ever.

It checks the responses against the OpenAPI document too (status codes, schemas, content
types, ``Allow`` headers) and that schema-violating input is refused. Schema-valid input
that a business rule refuses (a weak password, an unknown parent unit) is not a failure.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kefu import demo
from tests.conftest import SECRET

BIN = Path(sys.executable).parent
SKIPPED_PATHS = ("/api/v1/auth/logout", "/api/v1/me/password")  # would end the fuzzer's session


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def server(database_url: str, tmp_path: Path) -> Iterator[str]:
    port = _free_port()
    env = {
        **os.environ,
        "KEFU_DATABASE_URL": database_url,
        "KEFU_DATA_DIR": str(tmp_path),
        "KEFU_SECRET_KEY": SECRET,
        "KEFU_PORT": str(port),
        "KEFU_ACCESS_LOG": "false",
        "KEFU_LOG_LEVEL": "warning",
    }
    log = (tmp_path / "server.log").open("w")
    process = subprocess.Popen([BIN / "kefu", "demo"], env=env, stdout=log, stderr=log)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:  # readiness is the server's own answer, polled with a deadline
            try:
                if httpx.get(f"{url}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert process.poll() is None, (tmp_path / "server.log").read_text()
            assert time.monotonic() < deadline, "server did not become ready"
            time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


def test_no_operation_answers_5xx_or_breaks_its_contract(server: str, tmp_path: Path) -> None:
    login = httpx.post(
        f"{server}/api/v1/auth/login",
        json={"tenant": demo.TENANT, "login": demo.ACCOUNTS[0].login, "password": demo.PASSWORD},
    )
    token = login.json()["access_token"]
    # A file part is bytes, whatever they spell: schemathesis "breaks" a file field by
    # sending JSON text as the file, which an upload rightly stores. Uploads keep every
    # other check. (A `--checks` option would override this per-operation setting.)
    (tmp_path / "schemathesis.toml").write_text(
        "[[operations]]\n"
        'include-path-regex = "/(attachments|uploads|import)$"\n'
        "checks.negative_data_rejection.enabled = false\n"
    )
    command = [
        BIN / "schemathesis", "run", f"{server}/api/openapi.json",
        "--header", f"Authorization: Bearer {token}",
        "--exclude-checks", "positive_data_acceptance",  # every other check (the default)
        "--phases", "examples,coverage,fuzzing",
        "--max-examples", "25", "--seed", "20261123", "--workers", "1",
        "--continue-on-failure", "--no-color",
        *(arg for path in SKIPPED_PATHS for arg in ("--exclude-path", path)),
    ]  # fmt: skip
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=600, cwd=tmp_path, check=False
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    spec = httpx.get(f"{server}/api/openapi.json").json()
    operations = sum(len(ops) for path, ops in spec["paths"].items() if path not in SKIPPED_PATHS)
    assert f"Tested: {operations}" in result.stdout  # every operation, none left out

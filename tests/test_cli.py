"""The `kefu` command: what an operator types on the server."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import kefu
from kefu.cli import main, permission_table
from kefu.db.migrate import head_revision
from tests.conftest import SECRET


@pytest.fixture
def run(database_url: str, tmp_path: Path) -> object:
    env = {
        "KEFU_DATABASE_URL": database_url,
        "KEFU_DATA_DIR": str(tmp_path),
        "KEFU_SECRET_KEY": SECRET,
        "KEFU_LOG_LEVEL": "warning",
    }

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(main, list(args), env=env)

    return invoke


def test_version() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.output.strip() == f"kefu, version {kefu.__version__}"


def test_first_tenant_and_administrator(run: object) -> None:
    invoke = run  # type: ignore[assignment]
    assert invoke("migrate").output.strip() == f"database at revision {head_revision()}"
    created = invoke("tenant", "create", "--slug", "acme", "--name", "Acme 客服")
    assert created.exit_code == 0, created.output
    admin = invoke(
        "user", "create", "--tenant", "acme", "--employee-no", "A1", "--name", "管理员",
        "--email", "admin@acme.example.com", "--role", "tenant_admin", "--generate-password",
    )  # fmt: skip
    assert admin.exit_code == 0, admin.output
    assert "password: " in admin.output
    again = invoke(
        "user", "create", "--tenant", "acme", "--employee-no", "A1", "--name", "x",
        "--role", "agent", "--password", "Another-pass-123",
    )  # fmt: skip
    assert again.exit_code == 1
    assert "employee_no_taken" in again.output
    assert invoke("audit", "verify").output.strip() == "audit log intact"


def test_bad_input_exits_non_zero_and_creates_nothing(run: object) -> None:
    invoke = run  # type: ignore[assignment]
    bad_slug = invoke("tenant", "create", "--slug", "Not A Slug", "--name", "x")
    assert bad_slug.exit_code == 2
    assert invoke("tenant", "create", "--slug", "acme", "--name", "Acme").exit_code == 0
    assert invoke("tenant", "create", "--slug", "acme", "--name", "Acme").exit_code == 1
    weak = invoke(
        "user", "create", "--tenant", "acme", "--employee-no", "A1", "--name", "x",
        "--role", "agent", "--password", "weak",
    )  # fmt: skip
    assert weak.exit_code == 1
    assert "weak_password" in weak.output or "at least" in weak.output
    unknown = invoke(
        "user", "create", "--tenant", "nowhere", "--employee-no", "A1", "--name", "x",
        "--role", "agent", "--password", "Good-pass-123",
    )  # fmt: skip
    assert unknown.exit_code == 1
    assert "no tenant 'nowhere'" in unknown.output
    bad_role = invoke(
        "user", "create", "--tenant", "acme", "--employee-no", "A1", "--name", "x",
        "--role", "emperor", "--password", "Good-pass-123",
    )  # fmt: skip
    assert bad_role.exit_code == 2


def test_the_permission_document_is_generated_from_the_code() -> None:
    doc = (Path(__file__).parents[1] / "docs" / "permissions.md").read_text()
    assert permission_table() in doc, "regenerate with: kefu permissions"

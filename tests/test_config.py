"""Settings: the secret key is kept across restarts, and bad values are refused at start."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from kefu.config import Settings


def test_a_generated_secret_key_is_kept_in_the_data_folder(tmp_path: Path) -> None:
    first = Settings(data_dir=tmp_path).effective_secret_key
    assert len(first) >= 32
    assert Settings(data_dir=tmp_path).effective_secret_key == first
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["secret_key"]


def test_an_empty_key_file_is_an_error_not_an_empty_key(tmp_path: Path) -> None:
    (tmp_path / "secret_key").write_text("\n")
    with pytest.raises(ValueError, match="no usable key"):
        _ = Settings(data_dir=tmp_path).effective_secret_key


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("secret_key", "too-short"),
        ("trusted_proxies", ["10.0.0.0/33"]),
        ("database_url", "mysql://nope"),
        ("port", 70000),
    ],
)
def test_bad_settings_are_refused(name: str, value: object) -> None:
    with pytest.raises(ValidationError):
        Settings(**{name: value})  # type: ignore[arg-type]


def test_environment_variables_configure_kefu(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEFU_PORT", "9123")
    monkeypatch.setenv("KEFU_TRUSTED_PROXIES", '["127.0.0.1/32"]')
    settings = Settings()
    assert settings.port == 9123
    assert settings.trusted_proxies == ["127.0.0.1/32"]

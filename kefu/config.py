"""Typed settings: environment variables ``KEFU_*`` and an optional ``kefu.toml``."""

from __future__ import annotations

import ipaddress
import os
import secrets
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="KEFU_", toml_file="kefu.toml", extra="ignore", frozen=True
    )

    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    data_dir: Path = Path("data")
    database_url: str = ""
    redis_url: str = ""
    secret_key: str = ""
    migrate_on_start: bool = True

    log_level: Literal["debug", "info", "warning", "error"] = "info"
    log_format: Literal["json", "console"] = "json"
    access_log: bool = True

    access_token_ttl_seconds: int = Field(default=900, ge=30, le=86_400)
    refresh_token_ttl_seconds: int = Field(default=30 * 86_400, ge=300)
    auth_cache_seconds: float = Field(default=10.0, ge=0, le=300)
    login_max_failures: int = Field(default=5, ge=1, le=100)
    login_lockout_seconds: int = Field(default=900, ge=1)
    password_min_length: int = Field(default=10, ge=8, le=128)
    trusted_proxies: list[str] = Field(default_factory=list)

    files_dir: Path | None = None  # attachments; default: <data_dir>/files
    max_message_chars: int = Field(default=5000, ge=1, le=65_536)
    max_upload_bytes: int = Field(default=10 * 1024 * 1024, ge=1024, le=1024**3)
    visitor_token_ttl_seconds: int = Field(default=86_400, ge=300, le=30 * 86_400)
    # Per connection: sustained messages per second, and the burst allowed above it.
    chat_rate_per_second: float = Field(default=10.0, gt=0, le=1000)
    chat_rate_burst: int = Field(default=20, ge=1, le=10_000)
    ws_heartbeat_seconds: int = Field(default=25, ge=5, le=300)

    # Webhooks may target private, loopback and reserved addresses only when allowed (SSRF).
    webhook_allow_private_targets: bool = False
    webhook_timeout_seconds: float = Field(default=10.0, gt=0, le=60)
    webhook_max_attempts: int = Field(default=12, ge=1, le=50)

    # Generative answers may call endpoints on private, loopback and reserved addresses only
    # when allowed (SSRF): turn it on for a model served on the same box or network.
    llm_allow_private_endpoints: bool = False

    # Routing's housekeeping: overflow, wrap-up ends, queue positions, missed routings.
    routing_tick_seconds: float = Field(default=1.0, gt=0, le=60)

    # Scheduled work (SLA timers, follow-ups, reminders): run by `kefu serve` itself
    # (in_process) or by `kefu worker` over Redis (worker); auto picks worker exactly when
    # Redis and PostgreSQL are configured. A runner looks at the table at least every tick.
    jobs_mode: Literal["auto", "in_process", "worker"] = "auto"
    jobs_tick_seconds: float = Field(default=1.0, gt=0, le=60)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls))

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str) -> str:
        if value and not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("use sqlite+aiosqlite:// or postgresql+asyncpg://")
        return value

    @field_validator("secret_key")
    @classmethod
    def _long_secret(cls, value: str) -> str:
        if value and len(value) < 32:
            raise ValueError("use at least 32 characters, e.g. from `openssl rand -base64 48`")
        return value

    @model_validator(mode="after")
    def _workers_need_a_cluster(self) -> Settings:
        if self.jobs_mode == "worker" and not (self.redis_url and self._on_postgresql):
            raise ValueError(
                "jobs_mode=worker needs KEFU_REDIS_URL and a PostgreSQL KEFU_DATABASE_URL"
            )
        return self

    @property
    def _on_postgresql(self) -> bool:
        return self.database_url.startswith("postgresql")

    @cached_property
    def effective_jobs_mode(self) -> Literal["in_process", "worker"]:
        """Who runs scheduled work: each ``kefu serve`` itself, or ``kefu worker``."""
        if self.jobs_mode == "auto":
            return "worker" if self.redis_url and self._on_postgresql else "in_process"
        return self.jobs_mode

    @field_validator("trusted_proxies")
    @classmethod
    def _networks(cls, value: list[str]) -> list[str]:
        for network in value:
            ipaddress.ip_network(network, strict=False)  # raises ValueError when malformed
        return value

    @cached_property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{(self.data_dir / 'kefu.db').resolve()}"

    @cached_property
    def effective_files_dir(self) -> Path:
        return (self.files_dir or self.data_dir / "files").resolve()

    @cached_property
    def effective_secret_key(self) -> str:
        """The configured key, or one generated once and kept in the data folder.

        Tokens and the audit chain are keyed with it, so it must survive restarts.
        """
        if self.secret_key:
            return self.secret_key
        path = self.data_dir / "secret_key"
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            # Written aside, then linked in place: of processes starting together on a fresh
            # folder exactly one key wins, and nobody ever reads a half-written file.
            draft = path.with_name(f".secret_key.{os.getpid()}")
            fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w") as file:
                file.write(secrets.token_urlsafe(48))
            try:
                os.link(draft, path)
            except FileExistsError:
                pass
            finally:
                draft.unlink()
        key = path.read_text().strip()
        if len(key) < 32:
            raise ValueError(f"{path} holds no usable key; remove it or set KEFU_SECRET_KEY")
        return key

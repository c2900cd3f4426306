"""The services one Kefu process runs, wired together once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry

from kefu.config import Settings
from kefu.core.bus import EventBus
from kefu.core.http import Metrics
from kefu.db.engine import create_engine
from kefu.db.session import Database
from kefu.identity.gate import AuthGate
from kefu.identity.service.api_keys import ApiKeys
from kefu.identity.service.audit import AuditLog
from kefu.identity.service.auth import Auth
from kefu.identity.service.directory import Directory
from kefu.identity.service.tenants import Tenants


@dataclass
class Services:
    settings: Settings
    bus: EventBus
    db: Database
    metrics: Metrics
    gate: AuthGate
    auth: Auth
    directory: Directory
    tenants: Tenants
    api_keys: ApiKeys
    audit_log: AuditLog

    @classmethod
    def build(cls, settings: Settings) -> Services:
        bus = EventBus()
        db = Database(create_engine(settings.effective_database_url), bus)
        key = settings.effective_secret_key
        directory = Directory(key, settings.password_min_length)
        return cls(
            settings=settings,
            bus=bus,
            db=db,
            metrics=Metrics(CollectorRegistry()),
            gate=AuthGate(settings, db, bus),
            auth=Auth(settings, db),
            directory=directory,
            tenants=Tenants(key, directory),
            api_keys=ApiKeys(key),
            audit_log=AuditLog(key),
        )

    async def start(self) -> None:
        if self.settings.redis_url:
            await self.bus.connect_redis(self.settings.redis_url)

    async def close(self) -> None:
        await self.bus.close()
        await self.db.close()

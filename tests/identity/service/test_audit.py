"""The audit log records who changed what, and `kefu audit verify` catches tampering."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest
from click.testing import CliRunner
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DBAPIError

from kefu.cli import main
from kefu.config import Settings
from kefu.identity.models import AuditEntry, AuditHead
from kefu.identity.service.audit import verify_all
from kefu.services import Services
from tests.world import World


async def test_changes_are_recorded_with_actor_target_and_before_after(
    client: httpx.AsyncClient, world: World
) -> None:
    admin = world.actors["tenant_admin"]
    response = await client.patch(
        f"/api/v1/org-units/{world.child_unit_id}",
        json={"name": "Hotline team"},
        headers={**admin.headers, "X-Request-ID": "req-audit-1"},
    )
    assert response.status_code == 200
    log = await client.get(
        "/api/v1/audit-log", params={"action": "org_unit.update"}, headers=admin.headers
    )
    (entry,) = log.json()["items"]
    assert entry["actor_type"] == "user"
    assert entry["actor_id"] == str(admin.user_id)
    assert entry["target_id"] == str(world.child_unit_id)
    assert entry["source_ip"] == "127.0.0.1"
    assert entry["request_id"] == "req-audit-1"
    assert entry["before"]["name"] == "Online team"
    assert entry["after"]["name"] == "Hotline team"


async def test_reading_the_audit_log_is_itself_recorded(
    client: httpx.AsyncClient, world: World
) -> None:
    admin = world.actors["tenant_admin"]
    await client.get("/api/v1/audit-log", params={"action": "user.create"}, headers=admin.headers)
    log = await client.get(
        "/api/v1/audit-log", params={"action": "audit.read"}, headers=admin.headers
    )
    entries = log.json()["items"]
    assert entries[0]["actor_id"] == str(admin.user_id)
    assert entries[0]["after"] == {"filters": {"action": "user.create"}}


async def test_audit_log_pages_by_sequence(client: httpx.AsyncClient, world: World) -> None:
    admin = world.actors["tenant_admin"]
    seen: list[int] = []
    cursor = None
    while True:
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        body = (await client.get("/api/v1/audit-log", params=params, headers=admin.headers)).json()
        seen += [entry["seq"] for entry in body["items"] if entry["action"] != "audit.read"]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == sorted(seen, reverse=True)
    assert len(seen) == len(set(seen))
    assert min(seen) == 1


async def test_the_log_is_append_only_in_the_database(services: Services, world: World) -> None:
    async with services.db.transaction() as session:
        with pytest.raises(DBAPIError, match="append-only"):
            await session.execute(update(AuditEntry).values(action="forged"))
    async with services.db.transaction() as session:
        with pytest.raises(DBAPIError, match="append-only"):
            await session.execute(delete(AuditEntry))
    async with services.db.transaction() as session:
        with pytest.raises(DBAPIError, match="only advance"):
            await session.execute(update(AuditHead).values(seq=AuditHead.seq - 1))
    async with services.db.transaction() as session:
        with pytest.raises(DBAPIError, match="only advance"):
            await session.execute(delete(AuditHead))


PG_GUARDS = (
    "ALTER TABLE audit_log {} TRIGGER audit_log_append_only",
    "ALTER TABLE audit_heads {} TRIGGER audit_heads_advance",
)
SQLITE_GUARDS = (
    "audit_log_no_update",
    "audit_log_no_delete",
    "audit_heads_no_delete",
    "audit_heads_advance",
)


@pytest.fixture
async def unguarded(services: Services) -> AsyncIterator[None]:
    """Switch off the append-only guard, as an attacker with the owner's rights could."""
    postgres = services.db.engine.dialect.name == "postgresql"
    async with services.db.transaction() as session:
        if postgres:
            for statement in PG_GUARDS:
                await session.execute(text(statement.format("DISABLE")))
        else:  # each SQLite test has a database file of its own
            for trigger in SQLITE_GUARDS:
                await session.execute(text(f"DROP TRIGGER {trigger}"))
    yield
    if postgres:  # the PostgreSQL schema is shared by the whole run
        async with services.db.transaction() as session:
            for statement in PG_GUARDS:
                await session.execute(text(statement.format("ENABLE")))


def _verify_cli(settings: Settings) -> tuple[int, str]:
    env = {
        "KEFU_DATABASE_URL": settings.effective_database_url,
        "KEFU_SECRET_KEY": settings.effective_secret_key,
        "KEFU_DATA_DIR": str(settings.data_dir),
    }
    result = CliRunner().invoke(main, ["audit", "verify"], env=env)
    return result.exit_code, result.output


async def test_verify_passes_on_an_intact_log(services: Services, world: World) -> None:
    async with services.db.transaction() as session:
        assert await verify_all(session, services.settings.effective_secret_key) == []


async def test_cli_verify_reports_a_changed_row(
    services: Services, world: World, unguarded: None
) -> None:
    # The command runs its own event loop, so it runs in a thread of its own here.
    code, output = await asyncio.to_thread(_verify_cli, services.settings)
    assert (code, output.strip()) == (0, "audit log intact")

    async with services.db.transaction() as session:
        victim = await session.scalar(
            select(AuditEntry).where(AuditEntry.tenant_id == world.tenant_id, AuditEntry.seq == 3)
        )
        assert victim is not None
        victim.actor_label = "someone else"
        seq = victim.seq
    code, output = await asyncio.to_thread(_verify_cli, services.settings)
    assert code == 1
    assert f"tenant {world.tenant_id}: tampered at seq {seq}" in output


async def test_verify_reports_a_removed_row_and_a_truncated_tail(
    services: Services, world: World, unguarded: None
) -> None:
    key = services.settings.effective_secret_key
    async with services.db.transaction() as session:
        head = await session.get(AuditHead, world.tenant_id)
        assert head is not None
        last = head.seq
        await session.execute(
            delete(AuditEntry).where(AuditEntry.tenant_id == world.tenant_id, AuditEntry.seq == 2)
        )
    async with services.db.transaction() as session:
        (problem,) = await verify_all(session, key)
    assert (problem.tenant_id, problem.kind, problem.seq) == (world.tenant_id, "missing", 2)

    async with services.db.transaction() as session:
        await session.execute(
            delete(AuditEntry).where(AuditEntry.tenant_id == world.other_tenant_id)
        )
        await session.execute(
            delete(AuditEntry).where(
                AuditEntry.tenant_id == world.tenant_id, AuditEntry.seq == last
            )
        )
    async with services.db.transaction() as session:
        problems = {p.tenant_id: p for p in await verify_all(session, key)}
    assert problems[world.other_tenant_id].kind == "missing"
    assert problems[world.tenant_id].seq == 2


async def test_a_forged_chain_needs_the_server_key(services: Services, world: World) -> None:
    """Recomputing hashes without the secret key does not produce a valid chain."""
    async with services.db.transaction() as session:
        assert await verify_all(session, "a-guessed-key") != []

"""The ``kefu`` command."""

from __future__ import annotations

import asyncio
import gc
import getpass
import secrets
import sys
from collections.abc import Awaitable, Callable
from typing import TypeVar

import click
import uvicorn
from sqlalchemy.exc import SQLAlchemyError

import kefu
from kefu.config import Settings
from kefu.core.errors import KefuError
from kefu.core.logging import configure_logging
from kefu.db.engine import is_sqlite
from kefu.db.migrate import current_revision, upgrade
from kefu.identity import schemas
from kefu.identity.context import system_context
from kefu.identity.permissions import DESCRIPTIONS, ROLE_PERMISSIONS, Permission, Role
from kefu.identity.service.audit import verify_all
from kefu.identity.service.tenants import create_tenant, tenant_by_slug
from kefu.services import Services

T = TypeVar("T")


def _run(work: Callable[[Services], Awaitable[T]], *, migrate: bool = True) -> T:
    """Run one async operation against the configured database, then close it."""

    async def main() -> T:
        services = Services.build(Settings())
        try:
            if migrate:
                await upgrade(services.db.engine)
            return await work(services)
        finally:
            await services.close()

    try:
        return asyncio.run(main())
    except KefuError as exc:
        raise click.ClickException(f"{exc.code}: {exc.message}") from exc


def _serve(host: str | None, port: int | None, workers: int) -> None:
    # Thousands of sockets hold hundreds of thousands of long-lived objects. With the
    # default thresholds (700, 10, 10) every message round promoted its short-lived
    # objects and a full collection ran every few seconds under load, each pausing the
    # event loop for ~0.5 s (docs/benchmarks.md). Young collections every 50,000
    # allocations let a round's objects die young; full collections become rare.
    gc.set_threshold(50_000, 20, 10)
    settings = Settings()
    if workers > 1 and is_sqlite(settings.effective_database_url):
        # SQLite has one writer; one process serialises it. Scale out with PostgreSQL.
        raise click.UsageError("--workers > 1 needs PostgreSQL (KEFU_DATABASE_URL)")
    uvicorn.run(
        "kefu.app:create_app",
        factory=True,
        host=host or settings.host,
        port=port or settings.port,
        workers=workers,
        loop="uvloop",
        http="httptools",
        # Chosen by measurement (docs/architecture.md): keeps p99 low with many sockets.
        ws="websockets-sansio",
        ws_max_size=1024 * 1024,
        # The protocol has its own heartbeats (docs/protocol.md), spread by the clients.
        ws_ping_interval=None,
        log_config=None,
        access_log=False,
        server_header=False,
    )


@click.group()
@click.version_option(kefu.__version__, prog_name="kefu")
def main() -> None:
    """Kefu: omnichannel customer service. Settings come from KEFU_* variables."""
    settings = Settings()
    configure_logging(settings.log_level, settings.log_format)


@main.command()
@click.option("--host", help="Interface to listen on [KEFU_HOST, default 127.0.0.1].")
@click.option("--port", type=click.IntRange(1, 65535), help="Port [KEFU_PORT, default 8000].")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True)
def serve(host: str | None, port: int | None, workers: int) -> None:
    """Migrate the database and serve the API."""
    _serve(host, port, workers)


@main.command()
@click.option(
    "--concurrency",
    type=click.IntRange(1, 64),
    default=8,
    show_default=True,
    help="Jobs this process runs at once.",
)
def worker(concurrency: int) -> None:
    """Run scheduled work (SLA timers, follow-ups, reminders) from the Redis queue.

    For a cluster: with KEFU_REDIS_URL and PostgreSQL, `kefu serve` leaves scheduled work to
    one or more of these processes. Without them `kefu serve` runs it itself.
    """
    settings = Settings()
    if settings.effective_jobs_mode != "worker":
        reason = (
            "KEFU_JOBS_MODE is in_process"
            if settings.jobs_mode == "in_process"
            else "it needs KEFU_REDIS_URL and a PostgreSQL KEFU_DATABASE_URL"
        )
        raise click.UsageError(
            f"kefu worker has nothing to do: {reason}, so `kefu serve` runs scheduled work "
            "itself (docs/operations.md)"
        )
    from kefu.jobs.queue import run_worker

    def ready() -> None:
        click.echo(f"kefu worker: running scheduled jobs, {concurrency} at a time", err=True)

    asyncio.run(run_worker(settings, concurrency, ready))


@main.command()
def migrate() -> None:
    """Bring the database schema up to date."""

    async def work(services: Services) -> str | None:
        return await current_revision(services.db.engine)

    click.echo(f"database at revision {_run(work)}")


@main.command()
@click.option("--host", help="Interface to listen on [KEFU_HOST, default 127.0.0.1].")
@click.option("--port", type=click.IntRange(1, 65535), help="Port [KEFU_PORT, default 8000].")
def demo(host: str | None, port: int | None) -> None:
    """Migrate, seed the demo tenants, print how to sign in, then serve."""
    from kefu import demo as demo_data

    created = _run(demo_data.seed)
    settings = Settings()
    url = f"http://{host or settings.host}:{port or settings.port}"
    click.echo("")
    click.echo("Kefu demo " + ("created" if created else "already seeded; using it"))
    click.echo(f"  Console:   {url}/console/  (sign in with an account below)")
    click.echo(f"  Chat demo: {url}/demo  (H5 page: {url}/chat/{demo_data.SITE})")
    click.echo(f"  Help bot:  {url}/chat/{demo_data.HELP_SITE}  (the bot answers first)")
    click.echo(f"  API docs:  {url}/api/docs")
    click.echo(f"  Tenant:    {demo_data.TENANT}  (merchant tenant: {demo_data.MERCHANT})")
    click.echo(f"  Password:  {demo_data.PASSWORD}  (every demo account)")
    for account in demo_data.ACCOUNTS:
        click.echo(f"  {account.role.value:<15} {account.tenant:<10} {account.login}")
    click.echo(
        f"  Sign in:   curl -s -X POST {url}/api/v1/auth/login -H 'Content-Type: application/json'"
        f' -d \'{{"tenant":"{demo_data.TENANT}","login":"admin@{demo_data.DOMAIN}",'
        f'"password":"{demo_data.PASSWORD}"}}\''
    )
    click.echo("")
    _serve(host, port, 1)


@main.group()
def tenant() -> None:
    """Manage tenants."""


@tenant.command("create")
@click.option("--slug", required=True, help="Short name used to sign in, e.g. acme.")
@click.option("--name", required=True)
@click.option(
    "--kind",
    type=click.Choice(["company", "platform"]),
    default="company",
    show_default=True,
    help="company: one business (B2C); platform: hosts merchant tenants (B2B2C).",
)
def tenant_create(slug: str, name: str, kind: str) -> None:
    """Create a tenant."""
    _validate_slug(slug)

    async def work(services: Services) -> str:
        async with services.db.transaction() as session:
            created = await create_tenant(session, slug=slug, name=name, kind=kind)
            ctx = system_context(created.id, created.kind)
            await services.tenants.audit(session, ctx, "tenant.create", "tenant", created.id)
            return str(created.id)

    click.echo(f"tenant {slug} created: {_run(work)}")


def _validate_slug(slug: str) -> None:
    from pydantic import TypeAdapter, ValidationError

    try:
        TypeAdapter(schemas.Slug).validate_python(slug)
    except ValidationError as exc:
        raise click.BadParameter("2-63 of a-z, 0-9 and '-'", param_hint="--slug") from exc


@main.group()
def user() -> None:
    """Manage staff accounts."""


@user.command("create")
@click.option("--tenant", "tenant_slug", required=True, help="The tenant's slug.")
@click.option("--employee-no", required=True, help="Employee number (工号).")
@click.option("--name", required=True)
@click.option("--email")
@click.option(
    "--role",
    "roles",
    multiple=True,
    required=True,
    type=click.Choice([r.value for r in Role]),
    help="Repeat for several roles.",
)
@click.option("--password", help="Prompted for when omitted; --generate-password makes one.")
@click.option("--generate-password", is_flag=True, help="Generate and print a strong password.")
def user_create(
    tenant_slug: str,
    employee_no: str,
    name: str,
    email: str | None,
    roles: tuple[str, ...],
    password: str | None,
    generate_password: bool,
) -> None:
    """Create a staff account (for example the first tenant administrator)."""
    if generate_password:
        password = secrets.token_urlsafe(12) + "7a"
    elif password is None:
        password = getpass.getpass("Password: ")
    try:
        request = schemas.UserCreate.model_validate(
            {
                "employee_no": employee_no,
                "name": name,
                "email": email,
                "roles": list(roles),
                "password": password,
            }
        )
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc

    async def work(services: Services) -> str:
        async with services.db.transaction() as session:
            target = await tenant_by_slug(session, tenant_slug)
            if target is None:
                raise click.ClickException(f"no tenant {tenant_slug!r}")
            ctx = system_context(target.id, target.kind)
            created = await services.directory.create_user(session, ctx, request)
            return str(created.id)

    click.echo(f"user {employee_no} created in {tenant_slug}: {_run(work)}")
    if generate_password:
        click.echo(f"password: {password}")


@main.group()
def audit() -> None:
    """Audit log tools."""


@audit.command("verify")
def audit_verify() -> None:
    """Check every tenant's audit chain and report each one's first broken entry.

    Exit status: 0 intact, 1 tampered or missing entries found, 2 the check could not run.
    """

    async def work(services: Services) -> int:
        async with services.db.transaction() as session:
            problems = await verify_all(session, services.settings.effective_secret_key)
        for problem in problems:
            where = f"tenant {problem.tenant_id}: {problem.kind} at seq {problem.seq}"
            click.echo(f"{where}: {problem.detail}", err=True)
        return len(problems)

    try:
        problems = _run(work, migrate=False)
    except (OSError, SQLAlchemyError) as exc:
        click.echo(f"audit verify could not run: {exc}", err=True)
        sys.exit(2)
    if problems:
        sys.exit(1)
    click.echo("audit log intact")


@main.command()
def permissions() -> None:
    """Print the role → permission table as Markdown (docs/permissions.md)."""
    click.echo(permission_table())


def permission_table() -> str:
    roles = list(Role)
    lines = [
        "| permission | " + " | ".join(r.value for r in roles) + " | what it allows |",
        "|---|" + "---|" * len(roles) + "---|",
    ]
    for permission in Permission:
        marks = " | ".join("✓" if permission in ROLE_PERMISSIONS[r] else "" for r in roles)
        lines.append(f"| `{permission.value}` | {marks} | {DESCRIPTIONS[permission]} |")
    return "\n".join(lines)


@main.command()
def openapi() -> None:
    """Print the REST API's OpenAPI document as JSON (the console's types are built from it)."""
    import json

    from kefu.app import create_app

    click.echo(json.dumps(create_app().openapi(), ensure_ascii=False, indent=1))

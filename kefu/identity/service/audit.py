"""The audit log: append-only, hash-chained per tenant, keyed with the server secret.

Each entry's ``hash`` is an HMAC over the previous entry's hash and the entry's own fields,
so a row changed, removed or inserted directly in the database breaks the chain, and an
attacker without the server's secret key cannot forge a consistent one.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kefu.core.clock import utcnow
from kefu.identity.context import Context
from kefu.identity.models import AuditEntry, AuditHead
from kefu.identity.schemas import AuditQuery

GENESIS = "0" * 64
_BATCH = 1000


def _chain_key(secret_key: str) -> bytes:
    return hmac.new(secret_key.encode(), b"kefu-audit-chain", hashlib.sha256).digest()


def _canonical(entry: AuditEntry) -> bytes:
    fields = {
        "tenant_id": str(entry.tenant_id),
        "seq": entry.seq,
        "occurred_at": entry.occurred_at.isoformat(),
        "actor_type": entry.actor_type,
        "actor_id": entry.actor_id,
        "actor_label": entry.actor_label,
        "source_ip": entry.source_ip,
        "request_id": entry.request_id,
        "action": entry.action,
        "target_type": entry.target_type,
        "target_id": entry.target_id,
        "before": entry.before,
        "after": entry.after,
        "prev_hash": entry.prev_hash,
    }
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _seal(key: bytes, entry: AuditEntry) -> str:
    return hmac.new(key, _canonical(entry), hashlib.sha256).hexdigest()


async def start_chain(session: AsyncSession, tenant_id: uuid.UUID) -> None:
    """Every tenant gets its chain head when it is created; appends then only lock it."""
    session.add(AuditHead(tenant_id=tenant_id, seq=0, hash=GENESIS))
    await session.flush()


async def record(
    session: AsyncSession,
    ctx: Context,
    *,
    secret_key: str,
    action: str,
    target_type: str,
    target_id: uuid.UUID | str | None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    tenant_id: uuid.UUID | None = None,
) -> AuditEntry:
    """Append an entry in the caller's transaction: it commits or rolls back with the change."""
    chain_tenant = tenant_id or ctx.tenant_id
    head = await session.get(AuditHead, chain_tenant, with_for_update=True)
    if head is None:
        raise RuntimeError(f"tenant {chain_tenant} has no audit chain")
    principal = ctx.principal
    entry = AuditEntry(
        tenant_id=chain_tenant,
        seq=head.seq + 1,
        occurred_at=utcnow(),
        actor_type=principal.actor_type,
        actor_id=str(principal.actor_id) if principal.actor_id else None,
        actor_label=principal.label,
        source_ip=ctx.source_ip,
        request_id=ctx.request_id,
        action=action,
        target_type=target_type,
        target_id=str(target_id) if target_id is not None else None,
        before=before,
        after=after,
        prev_hash=head.hash,
    )
    entry.hash = _seal(_chain_key(secret_key), entry)
    head.seq = entry.seq
    head.hash = entry.hash
    session.add(entry)
    return entry


async def list_entries(
    session: AsyncSession, tenant_id: uuid.UUID, query: AuditQuery
) -> Sequence[AuditEntry]:
    statement = select(AuditEntry).where(AuditEntry.tenant_id == tenant_id)
    if query.cursor is not None:
        statement = statement.where(AuditEntry.seq < query.cursor)
    for column, value in (
        (AuditEntry.action, query.action),
        (AuditEntry.actor_id, query.actor_id),
        (AuditEntry.target_type, query.target_type),
        (AuditEntry.target_id, query.target_id),
    ):
        if value:
            statement = statement.where(column == value)
    if query.since:
        statement = statement.where(AuditEntry.occurred_at >= query.since)
    if query.until:
        statement = statement.where(AuditEntry.occurred_at < query.until)
    statement = statement.order_by(AuditEntry.seq.desc()).limit(query.limit)
    return (await session.scalars(statement)).all()


@dataclass(frozen=True)
class ChainProblem:
    tenant_id: uuid.UUID
    seq: int
    kind: str  # "tampered" or "missing"
    detail: str


async def verify_chain(
    session: AsyncSession, tenant_id: uuid.UUID, secret_key: str
) -> ChainProblem | None:
    """Walk one tenant's chain and return its first problem, or None when it is intact."""
    key = _chain_key(secret_key)
    head = await session.get(AuditHead, tenant_id)
    expected_seq, prev_hash = 1, GENESIS
    while True:
        rows = (
            await session.scalars(
                select(AuditEntry)
                .where(AuditEntry.tenant_id == tenant_id, AuditEntry.seq >= expected_seq)
                .order_by(AuditEntry.seq)
                .limit(_BATCH)
            )
        ).all()
        for entry in rows:
            if entry.seq != expected_seq:
                return ChainProblem(
                    tenant_id,
                    expected_seq,
                    "missing",
                    f"entry {expected_seq} is missing",
                )
            if entry.prev_hash != prev_hash or _seal(key, entry) != entry.hash:
                return ChainProblem(
                    tenant_id, entry.seq, "tampered", f"entry {entry.seq} was altered"
                )
            expected_seq, prev_hash = entry.seq + 1, entry.hash
        if len(rows) < _BATCH:
            break
    last = expected_seq - 1
    if head is None or head.seq != last or head.hash != prev_hash:
        head_seq = head.seq if head else 0
        if head_seq > last:
            return ChainProblem(
                tenant_id,
                last + 1,
                "missing",
                f"entries {last + 1}..{head_seq} are missing",
            )
        return ChainProblem(tenant_id, last, "tampered", "the chain head does not match")
    return None


async def verify_all(session: AsyncSession, secret_key: str) -> list[ChainProblem]:
    heads = set((await session.scalars(select(AuditHead.tenant_id))).all())
    chained = set((await session.scalars(select(AuditEntry.tenant_id).distinct())).all())
    problems = []
    for tenant_id in sorted(heads | chained):
        problem = await verify_chain(session, tenant_id, secret_key)
        if problem is not None:
            problems.append(problem)
    return problems


class Audited:
    """Base of services whose every change is written to the audit log."""

    def __init__(self, secret_key: str) -> None:
        self._secret_key = secret_key

    async def audit(
        self,
        session: AsyncSession,
        ctx: Context,
        action: str,
        target_type: str,
        target_id: uuid.UUID | str | None,
        *,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
        tenant_id: uuid.UUID | None = None,
    ) -> AuditEntry:
        return await record(
            session,
            ctx,
            secret_key=self._secret_key,
            action=action,
            target_type=target_type,
            target_id=target_id,
            before=before,
            after=after,
            tenant_id=tenant_id,
        )


class AuditLog(Audited):
    async def read(
        self, session: AsyncSession, ctx: Context, query: AuditQuery
    ) -> Sequence[AuditEntry]:
        """Read the tenant's log; who read it, and with what filters, is itself recorded."""
        rows = await list_entries(session, ctx.tenant_id, query)
        filters = query.model_dump(mode="json", exclude_none=True, exclude={"limit"})
        await self.audit(session, ctx, "audit.read", "audit_log", None, after={"filters": filters})
        return rows

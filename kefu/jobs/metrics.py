"""Prometheus series for scheduled work: what waits, how late it is, and how runs end."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge

from kefu.core.clock import utcnow
from kefu.jobs.scheduler import Backlog, Outcome


class JobMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.due = Gauge(
            "kefu_jobs_due",
            "Scheduled jobs past their time and not yet run (read from the database).",
            registry=registry,
        )
        self.lag = Gauge(
            "kefu_jobs_lag_seconds",
            "How long the oldest due job has waited past its time; 0 when none waits.",
            registry=registry,
        )
        self.failing = Gauge(
            "kefu_jobs_failing",
            "Scheduled jobs whose last attempt failed, waiting for their retry.",
            registry=registry,
        )
        self.runs = Counter(
            "kefu_jobs_runs_total",
            "Scheduled jobs run by this process, by kind and outcome (done, failed).",
            ["kind", "outcome"],
            registry=registry,
        )

    def record(self, backlog: Backlog) -> None:
        self.due.set(backlog.due)
        oldest = backlog.oldest_due_at
        self.lag.set(max((utcnow() - oldest).total_seconds(), 0.0) if oldest else 0.0)
        self.failing.set(backlog.failing)

    def count(self, kind: str, outcome: Outcome) -> None:
        self.runs.labels(kind, outcome).inc()

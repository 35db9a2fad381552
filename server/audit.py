"""Devices' audit events: appended per replica, each verified to extend that replica's hash
chain (app.core.audit_chain), so the server holds a log it can prove untampered."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, insert

from app.core.audit_chain import GENESIS, event_hash
from app.sync.protocol import AuditRecord, ChangeResult
from server.models import AuditEvent


@dataclass
class AuditOutcome:
    acked_seq: int
    last_hash: str | None
    rejected: list[ChangeResult] = field(default_factory=list)


def append_audit(
    connection: Connection,
    replica_id: str,
    events: list[AuditRecord],
    acked_seq: int,
    last_hash: str | None,
) -> AuditOutcome:
    """Store the events that extend the chain, in order. The first one that does not (a gap,
    a broken link, a hash that does not match its content) stops the batch: it is reported as
    rejected "audit_chain" (its seq in a ChangeResult) and is not acknowledged, nor is
    anything after it. Events at or below the acknowledged seq are duplicates, skipped."""
    outcome = AuditOutcome(acked_seq, last_hash)
    rows = []
    for event in events:
        if event.seq <= outcome.acked_seq:
            continue
        prev = outcome.last_hash or GENESIS
        if not _extends(event, outcome.acked_seq, prev):
            outcome.rejected.append(
                ChangeResult(seq=event.seq, status="rejected", reason="audit_chain")
            )
            break
        rows.append({"replica_id": replica_id, **event.model_dump()})
        outcome.acked_seq, outcome.last_hash = event.seq, event.hash
    if rows:
        connection.execute(insert(AuditEvent), rows)
    return outcome


def _extends(event: AuditRecord, acked_seq: int, prev_hash: str) -> bool:
    return (
        event.seq == acked_seq + 1
        and event.prev_hash == prev_hash
        and event_hash(prev_hash, event.model_dump()) == event.hash
    )

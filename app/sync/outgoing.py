"""Outgoing: unacknowledged outbox entries and audit events become push batches, and a push
response marks them acknowledged (in one local transaction per batch, so a push interrupted
at any moment resumes where it stopped and never sends a change twice as new).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.models import AuditEvent, OutboxEntry, SyncRejection
from app.models.base import utcnow
from app.sync import state
from app.sync.incoming import held_records
from app.sync.protocol import (
    MAX_BATCH,
    AuditRecord,
    Change,
    PushRequest,
    PushResponse,
    is_sealing,
)
from app.sync.records import record_values, wire_fields
from app.sync.scopes import RecordValues, ScopeResolver


@dataclass(frozen=True)
class Rejection:
    seq: int
    entity: str
    record_id: str
    reason: str


@dataclass(frozen=True)
class Batch:
    request: PushRequest
    entries: dict[int, tuple[str, str]]  # seq -> (entity, record id), to name rejections

    @property
    def empty(self) -> bool:
        return not self.request.changes and not self.request.audit


class BatchBuilder:
    """Turns outbox entries into Changes, with the batch's records loaded in one go."""

    def __init__(self, session: Session, entries: Sequence[OutboxEntry], owner_id: str) -> None:
        self.session = session
        self.records = held_records(session, [(e.entity, e.record_id) for e in entries])
        self.scopes = ScopeResolver(session, owner_id)

    def change(self, entry: OutboxEntry) -> Change:
        scope = self.scopes.scope(entry.entity, self._scope_values(entry))
        return Change(
            seq=entry.seq,
            entity=entry.entity,
            record_id=entry.record_id,
            # A record whose path leads nowhere still travels: the server refuses it by name.
            scope=scope or "unknown",
            op=entry.op,
            hlc=entry.hlc,
            fields=self._fields(entry),
        )

    def _scope_values(self, entry: OutboxEntry) -> Mapping[str, Any]:
        """The values that decide an entry's scope: the record as it is now, or (a record
        removed from the database) what its outbox entries carried."""
        record = self.records.get((entry.entity, entry.record_id))
        if record is not None:
            return RecordValues(record)
        values: dict[str, Any] = {"id": entry.record_id}
        query = select(OutboxEntry.changes).where(
            OutboxEntry.entity == entry.entity, OutboxEntry.record_id == entry.record_id
        )
        for changes in self.session.scalars(query.order_by(OutboxEntry.seq)):
            values.update(changes)
        return values

    def _fields(self, entry: OutboxEntry) -> dict[str, Any]:
        if entry.op == "delete":
            return {"deleted": True}
        record = self.records.get((entry.entity, entry.record_id))
        if record is not None and is_sealing(entry.entity, entry.changes):
            # A sealing change wins as a whole on every replica, so it carries every field.
            return wire_fields(entry.entity, record_values(record))
        return wire_fields(entry.entity, entry.changes)


def to_audit_record(event: AuditEvent) -> AuditRecord:
    return AuditRecord(
        seq=event.seq,
        id=event.id,
        at=event.at,
        actor=event.actor,
        action=event.action,
        entity=event.entity,
        record_id=event.record_id,
        detail=event.detail or {},
        prev_hash=event.prev_hash,
        hash=event.hash,
    )


def next_batch(session: Session, replica_id: str, owner_id: str, size: int = MAX_BATCH) -> Batch:
    """The oldest unacknowledged changes and audit events, in order."""
    entries = session.scalars(
        select(OutboxEntry)
        .where(OutboxEntry.acked_at.is_(None))
        .order_by(OutboxEntry.seq)
        .limit(size)
    ).all()
    builder = BatchBuilder(session, entries, owner_id)
    events = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.seq > state.get_int(session, state.AUDIT_ACKED))
        .order_by(AuditEvent.seq)
        .limit(size)
    ).all()
    request = PushRequest(
        replica_id=replica_id,
        changes=[builder.change(entry) for entry in entries],
        audit=[to_audit_record(event) for event in events],
    )
    return Batch(request, {e.seq: (e.entity, e.record_id) for e in entries})


def record_ack(session: Session, batch: Batch, response: PushResponse) -> list[Rejection]:
    """Mark what the server acknowledged and keep what it refused, in the caller's
    transaction. Returns the refusals of this batch."""
    session.execute(
        update(OutboxEntry)
        .where(OutboxEntry.acked_at.is_(None), OutboxEntry.seq <= response.acked_through)
        .values(acked_at=utcnow())
    )
    acked_audit = max(state.get_int(session, state.AUDIT_ACKED), response.audit_acked_through)
    state.put(session, state.AUDIT_ACKED, str(acked_audit))
    return [_reject(session, batch, r.seq, r.reason) for r in _refused(response)]


def _refused(response: PushResponse) -> Sequence[Any]:
    return [r for r in response.results if r.status == "rejected"]


def _reject(session: Session, batch: Batch, seq: int, reason: str | None) -> Rejection:
    entity, record_id = batch.entries.get(seq, ("", ""))
    session.merge(
        SyncRejection(seq=seq, entity=entity, record_id=record_id, reason=reason or "", at=utcnow())
    )
    return Rejection(seq, entity, record_id, reason or "")


def acked_through(session: Session) -> int:
    """The highest outbox seq the server has acknowledged."""
    query = select(func.max(OutboxEntry.seq)).where(OutboxEntry.acked_at.is_not(None))
    return session.scalar(query) or 0


def pending_changes(session: Session) -> int:
    query = select(func.count()).select_from(OutboxEntry).where(OutboxEntry.acked_at.is_(None))
    return session.scalar(query) or 0


def unsent_audit(session: Session) -> int:
    query = select(func.count()).where(AuditEvent.seq > state.get_int(session, state.AUDIT_ACKED))
    return session.scalar(query.select_from(AuditEvent)) or 0

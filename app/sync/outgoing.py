"""Outgoing: unacknowledged outbox entries and audit events become push batches, and a push
response marks them acknowledged (in one local transaction per batch, so a push interrupted
at any moment resumes where it stopped and never sends a change twice as new).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.models import AuditEvent, OutboxEntry, SyncRejection
from app.models.base import utcnow
from app.sync import state
from app.sync.incoming import CHUNK, RecordKey
from app.sync.protocol import (
    MAX_BATCH,
    MAX_BODY_BYTES,
    AuditRecord,
    Change,
    PushRequest,
    PushResponse,
    is_sealing,
)
from app.sync.records import model_for, record_values, wire_fields
from app.sync.scopes import PATH_COLUMNS, ScopeResolver

BODY_BUDGET = MAX_BODY_BYTES // 2  # a push body, measured as sent: room to spare
AUDIT_REFUSAL = "audit_chain"  # the one reason the server gives for an audit event


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

    @property
    def last_seq(self) -> int | None:
        """The last outbox seq sent (None: no changes in this batch)."""
        return self.request.changes[-1].seq if self.request.changes else None

    @property
    def last_audit_seq(self) -> int | None:
        return self.request.audit[-1].seq if self.request.audit else None

    def taken_whole(self, response: PushResponse) -> bool:
        """Whether the server acknowledged every change and audit event of this batch."""
        last, last_audit = self.last_seq, self.last_audit_seq
        changes_taken = last is None or response.acked_through >= last
        return changes_taken and (last_audit is None or response.audit_acked_through >= last_audit)


class BatchBuilder:
    """Turns outbox entries into Changes, with what decides the batch's scopes loaded in one
    go: the path columns of the records (plain rows, no ORM objects); a whole record only for
    a sealing change, which carries every field."""

    def __init__(self, session: Session, entries: Sequence[Any], owner_id: str) -> None:
        self.session = session
        self.paths = path_values(session, [(e.entity, e.record_id) for e in entries])
        self.scopes = ScopeResolver(session, owner_id)

    def change(self, entry: Any) -> Change:
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

    def _scope_values(self, entry: Any) -> Mapping[str, Any]:
        """The values that decide an entry's scope: the record as it is now, or (a record
        removed from the database) what its outbox entries carried."""
        values = self.paths.get((entry.entity, entry.record_id))
        if values is not None:
            return values
        values = {"id": entry.record_id}
        query = select(OutboxEntry.changes).where(
            OutboxEntry.entity == entry.entity, OutboxEntry.record_id == entry.record_id
        )
        changes: dict[str, Any]  # mypy reads select() of a JSON column as of no type
        for changes in self.session.scalars(query.order_by(OutboxEntry.seq)):
            values.update(changes)
        return values

    def _fields(self, entry: Any) -> dict[str, Any]:
        if entry.op == "delete":
            return {"deleted": True}
        key = (entry.entity, entry.record_id)
        if key in self.paths and is_sealing(entry.entity, entry.changes):
            # A sealing change wins as a whole on every replica, so it carries every field.
            model = model_for(entry.entity)
            record = self.session.get(model, entry.record_id) if model is not None else None
            if record is not None:
                return wire_fields(entry.entity, record_values(record))
        return wire_fields(entry.entity, entry.changes)


def path_values(session: Session, keys: Sequence[RecordKey]) -> dict[RecordKey, dict[str, Any]]:
    """The id and scope path columns (scopes.PATH_COLUMNS) of the held records among `keys`,
    one query per entity and chunk."""
    found: dict[RecordKey, dict[str, Any]] = {}
    by_entity: dict[str, set[str]] = {}
    for entity, record_id in keys:
        by_entity.setdefault(entity, set()).add(record_id)
    for entity, ids in by_entity.items():
        model = model_for(entity)
        if model is None:
            continue
        paths = [c for c in PATH_COLUMNS if c in model.__table__.columns]
        columns = [model.id, *(getattr(model, c) for c in paths)]
        ordered = sorted(ids)
        for start in range(0, len(ordered), CHUNK):
            query = select(*columns).where(model.id.in_(ordered[start : start + CHUNK]))
            rows: Iterable[tuple[Any, ...]] = session.execute(query)  # columns chosen at run time
            for record_id, *path in rows:
                found[(entity, record_id)] = {
                    "id": record_id,
                    **dict(zip(paths, path, strict=True)),
                }
    return found


_ENTRY_COLUMNS = (
    OutboxEntry.seq,
    OutboxEntry.entity,
    OutboxEntry.record_id,
    OutboxEntry.op,
    OutboxEntry.hlc,
    OutboxEntry.changes,
)


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


def next_batch(
    session: Session,
    replica_id: str,
    owner_id: str,
    size: int = MAX_BATCH,
    after: Batch | None = None,
) -> Batch:
    """The oldest unacknowledged changes and audit events, in order; with `after`, those that
    follow that batch (built while it is still on its way, see pipeline.py)."""
    entries_query = select(*_ENTRY_COLUMNS).where(OutboxEntry.acked_at.is_(None))
    audit_from = state.get_int(session, state.AUDIT_ACKED)
    if after is not None:
        if after.last_seq is not None:
            entries_query = entries_query.where(OutboxEntry.seq > after.last_seq)
        audit_from = max(audit_from, after.last_audit_seq or 0)
    entries = session.execute(entries_query.order_by(OutboxEntry.seq).limit(size)).all()
    builder = BatchBuilder(session, entries, owner_id)
    events = session.scalars(
        select(AuditEvent).where(AuditEvent.seq > audit_from).order_by(AuditEvent.seq).limit(size)
    ).all()
    request = _fitting(
        PushRequest(
            replica_id=replica_id,
            changes=[builder.change(entry) for entry in entries],
            audit=[to_audit_record(event) for event in events],
        )
    )
    sent = {change.seq for change in request.changes}
    return Batch(request, {e.seq: (e.entity, e.record_id) for e in entries if e.seq in sent})


def _fitting(request: PushRequest) -> PushRequest:
    """The request, halved until its body fits well within the server's limit (a batch of
    long notes can outgrow MAX_BODY_BYTES long before MAX_BATCH changes). The rest goes in
    the next batch: the server acknowledges through the last seq it handled."""
    while len(request.model_dump_json()) > BODY_BUDGET:
        changes, audit = request.changes, request.audit
        if len(changes) > 1:
            changes = changes[: len(changes) // 2]
        elif len(audit) > 1:
            audit = audit[: len(audit) // 2]
        else:
            break  # one record alone: sent as it is (the server answers too_large)
        request = PushRequest(replica_id=request.replica_id, changes=changes, audit=audit)
    return request


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
    if reason == AUDIT_REFUSAL:
        # An audit event's seq is numbered apart from the outbox's: it names no record, stays
        # unacknowledged (sent again next time) and is not a refused change to list.
        event_ids = {event.seq: event.id for event in batch.request.audit}
        return Rejection(seq, "audit_event", event_ids.get(seq, ""), reason)
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

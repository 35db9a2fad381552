"""What the UI shows about sync: whether this device is enrolled and up to date, and the
conflict log (local edits a newer value from another device replaced).

Plain results only. The device token and the pinned certificate never leave the vault through
here. Running a sync is app/sync/engine.py (network work, on its own thread).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    AuditEvent,
    Base,
    Client,
    OutboxEntry,
    SyncConflict,
    SyncRejection,
    SyncScope,
    SyncState,
)
from app.models.base import utcnow
from app.services.records import NotFound
from app.store.audit import record_event

CONFLICT_LIMIT = 500


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    server_url: str | None
    device_id: str | None
    worker_id: str | None
    last_sync_at: datetime | None
    pending_changes: int  # local changes the server has not acknowledged
    unsent_audit_events: int
    open_conflicts: int
    rejected_changes: int  # refused by the server (their values stay on this device)
    scopes_held: int


@dataclass(frozen=True)
class ConflictView:
    id: str
    entity: str
    record_id: str
    field: str
    local_value: Any  # the edit made here, which lost
    local_hlc: str
    remote_value: Any  # the value that replaced it
    remote_hlc: str
    created_at: datetime
    resolved_at: datetime | None
    client_id: str | None = None  # filled by conflicts_to_review: whose record this is
    client_name: str | None = None

    @property
    def open(self) -> bool:
        return self.resolved_at is None


def _state(session: Session) -> dict[str, str]:
    public = (
        SyncState.SERVER_URL,
        SyncState.DEVICE_ID,
        SyncState.WORKER_ID,
        SyncState.LAST_SYNC,
        SyncState.AUDIT_ACKED,
    )
    rows = session.scalars(select(SyncState).where(SyncState.key.in_(public)))
    return {row.key: row.value for row in rows}


def _count(session: Session, query: Any) -> int:
    return session.scalar(query) or 0


def sync_status(session: Session) -> SyncStatus:
    facts = _state(session)
    last = facts.get(SyncState.LAST_SYNC)
    acked_audit = int(facts.get(SyncState.AUDIT_ACKED) or 0)
    count = select(func.count())
    return SyncStatus(
        enrolled=SyncState.DEVICE_ID in facts,
        server_url=facts.get(SyncState.SERVER_URL),
        device_id=facts.get(SyncState.DEVICE_ID),
        worker_id=facts.get(SyncState.WORKER_ID),
        last_sync_at=datetime.fromisoformat(last) if last else None,
        pending_changes=_count(
            session, count.select_from(OutboxEntry).where(OutboxEntry.acked_at.is_(None))
        ),
        unsent_audit_events=_count(
            session, count.select_from(AuditEvent).where(AuditEvent.seq > acked_audit)
        ),
        open_conflicts=_count(
            session, count.select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
        ),
        rejected_changes=_count(session, count.select_from(SyncRejection)),
        scopes_held=_count(session, count.select_from(SyncScope)),
    )


def _view(row: SyncConflict) -> ConflictView:
    return ConflictView(
        row.id,
        row.entity,
        row.record_id,
        row.field,
        row.local_value,
        row.local_hlc,
        row.remote_value,
        row.remote_hlc,
        row.created_at,
        row.resolved_at,
    )


def list_conflicts(
    session: Session,
    record_id: str | None = None,
    include_resolved: bool = False,
    limit: int = CONFLICT_LIMIT,
) -> list[ConflictView]:
    """Conflicts, newest first: all of them, or those of one record."""
    query = select(SyncConflict).order_by(SyncConflict.created_at.desc(), SyncConflict.id)
    if record_id is not None:
        query = query.where(SyncConflict.record_id == record_id)
    if not include_resolved:
        query = query.where(SyncConflict.resolved_at.is_(None))
    return [_view(row) for row in session.scalars(query.limit(limit))]


def resolve_conflict(session: Session, conflict_id: str) -> ConflictView:
    """The worker has seen the conflict (and re-entered their value if it mattered)."""
    row = session.get(SyncConflict, conflict_id)
    if row is None:
        raise NotFound("This conflict is not on this device.")
    if row.resolved_at is None:
        row.resolved_at = utcnow()
        record_event(session, "sync.conflict_resolved", row.entity, row.record_id)
    return _view(row)


# A record finds its client through these columns, nearest first (a task names its client;
# an objective only its goal, whose case names the client).
_PARENTS = (("case_id", "case_file"), ("goal_id", "goal"))
_HOPS = 3


def _model(entity: str) -> type[Any] | None:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == entity:
            return mapper.class_
    return None


def _client_of(session: Session, entity: str, record_id: str) -> str | None:
    """The client a record is about, or None (a worker's own record, or one no longer here)."""
    for _ in range(_HOPS):
        if entity == "client":
            return record_id
        model = _model(entity)
        row = session.get(model, record_id) if model is not None else None
        if row is None:
            return None
        if client_id := getattr(row, "client_id", None):
            return str(client_id)
        parent = next(((e, getattr(row, a)) for a, e in _PARENTS if getattr(row, a, None)), None)
        if parent is None:
            return None
        entity, record_id = parent
    return None


def conflicts_to_review(session: Session, limit: int = CONFLICT_LIMIT) -> list[ConflictView]:
    """The open conflicts, newest first, each with the client it concerns (for the worker to
    tell them apart and open the record)."""
    views = []
    for view in list_conflicts(session, limit=limit):
        client_id = _client_of(session, view.entity, view.record_id)
        client = session.get(Client, client_id) if client_id else None
        name = client.display_name if client is not None else None
        views.append(replace(view, client_id=client_id if client else None, client_name=name))
    return views

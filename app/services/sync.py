"""What the UI shows about sync: whether this device is enrolled and up to date, and the
conflict log (local edits a newer value from another device replaced).

Plain results only. The device token and the pinned certificate never leave the vault through
here. Running a sync is app/sync/engine.py (network work, on its own thread).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    AuditEvent,
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

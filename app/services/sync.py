"""What the UI shows about sync: whether this device is enrolled and up to date, the
conflict log (local edits a newer value from another device replaced) and the changes the
office refused.

Plain results only. The device token and the pinned certificate never leave the vault through
here. Running a sync is app/sync/engine.py (network work, on its own thread).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.refusal import QT_TRANSLATE_NOOP
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
REFUSED_LIMIT = 500

# What each kind of synced record is called on screen (the conflict and refused lists); the UI
# translates it in the "RecordKind" context (app/ui/sync/words.py).
RECORD_KINDS = {
    "client": QT_TRANSLATE_NOOP("RecordKind", "Client profile"),
    "case_file": QT_TRANSLATE_NOOP("RecordKind", "Case"),
    "case_note": QT_TRANSLATE_NOOP("RecordKind", "Case note"),
    "consent": QT_TRANSLATE_NOOP("RecordKind", "Consent form"),
    "attachment": QT_TRANSLATE_NOOP("RecordKind", "Attachment"),
    "assessment": QT_TRANSLATE_NOOP("RecordKind", "Assessment"),
    "goal": QT_TRANSLATE_NOOP("RecordKind", "Case plan goal"),
    "objective": QT_TRANSLATE_NOOP("RecordKind", "Case plan objective"),
    "intervention": QT_TRANSLATE_NOOP("RecordKind", "Case plan intervention"),
    "task": QT_TRANSLATE_NOOP("RecordKind", "Task"),
    "visit": QT_TRANSLATE_NOOP("RecordKind", "Visit"),
    "referral": QT_TRANSLATE_NOOP("RecordKind", "Referral"),
    "stage_change": QT_TRANSLATE_NOOP("RecordKind", "Case stage change"),
    "case_transfer": QT_TRANSLATE_NOOP("RecordKind", "Case transfer"),
    "worker_profile": QT_TRANSLATE_NOOP("RecordKind", "Worker profile"),
    "related_person": QT_TRANSLATE_NOOP("RecordKind", "Related person"),
    "conflict_declaration": QT_TRANSLATE_NOOP("RecordKind", "Conflict of interest"),
    "duplicate_decision": QT_TRANSLATE_NOOP("RecordKind", "Duplicate check"),
    "screening": QT_TRANSLATE_NOOP("RecordKind", "Screening"),
    "objective_progress": QT_TRANSLATE_NOOP("RecordKind", "Progress on an objective"),
    "safety_plan": QT_TRANSLATE_NOOP("RecordKind", "Safety plan"),
    "mandated_report": QT_TRANSLATE_NOOP("RecordKind", "Mandated report"),
}


def record_kind(entity: str) -> str:
    """ "case_note" -> "Case note"; a kind this version does not name, in words anyway."""
    return (
        RECORD_KINDS.get(entity)
        or entity.replace("_", " ").capitalize()
        or QT_TRANSLATE_NOOP("RecordKind", "Change")
    )


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
        rejected_changes=count_refused(session),
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


@dataclass(frozen=True)
class RefusedView:
    """The notice of a change the office refused (which record, whose, why); the refused
    values are not repeated here."""

    seq: int  # the outbox sequence of the change: the notice's id
    entity: str
    kind: str  # the kind of record, in words ("Task")
    record_id: str
    reason: str  # the office's code ("sealed", "forbidden_scope", ...)
    at: datetime
    on_device: bool  # the record is still on this laptop (a reassigned client's is purged)
    client_id: str | None = None  # whose record it is, while that client is on this laptop
    client_name: str | None = None


def _on_device(session: Session, entity: str, record_id: str) -> bool:
    model = _model(entity)
    return model is not None and session.get(model, record_id) is not None


def _refused_view(session: Session, row: SyncRejection) -> RefusedView:
    client_id = _client_of(session, row.entity, row.record_id)
    client = session.get(Client, client_id) if client_id else None
    return RefusedView(
        seq=row.seq,
        entity=row.entity,
        kind=record_kind(row.entity),
        record_id=row.record_id,
        reason=row.reason,
        at=row.at,
        on_device=_on_device(session, row.entity, row.record_id),
        client_id=client.id if client is not None else None,
        client_name=client.display_name if client is not None else None,
    )


def refused_changes(session: Session, limit: int = REFUSED_LIMIT) -> list[RefusedView]:
    """The changes the office refused, newest first, each with the client it concerns."""
    query = select(SyncRejection).order_by(SyncRejection.at.desc(), SyncRejection.seq.desc())
    return [_refused_view(session, row) for row in session.scalars(query.limit(limit))]


def count_refused(session: Session) -> int:
    return _count(session, select(func.count()).select_from(SyncRejection))


def dismiss_refused(session: Session, seq: int) -> None:
    """The worker has dealt with a refused change (called the office, added an addendum).
    Only the notice goes (no column marks it seen, so no migration): the record and any
    conflict-log entry stay as they are, and the audit log keeps that it was dismissed."""
    row = session.get(SyncRejection, seq)
    if row is None:
        raise NotFound("This refused change is not on this device.")
    record_event(
        session,
        "sync.refusal_dismissed",
        row.entity or None,
        row.record_id or None,
        seq=row.seq,
        reason=row.reason or None,
    )
    session.delete(row)

"""Removing records from this device without telling the server (they stay there): a scope
no longer granted, and after a resync the records the server no longer has.

Only records with no unacknowledged outbox entry are ever removed: a local change the server
has not acknowledged is never thrown away. The values of purged records leave the vault
entirely: the rows, their acknowledged outbox entries and their conflict-log entries.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from app.models import OutboxEntry, SyncConflict, Synced
from app.store import audit
from app.store.outbox import remote_writes
from app.sync import guards, state
from app.sync.incoming import RecordKey, lifted_guards
from app.sync.protocol import CLIENT_SCOPE_PREFIX, WORKER_SCOPE_PREFIX
from app.sync.scopes import member_condition, scope_models

CHUNK = 500


def scope_ids(session: Session, scope: str, owner_id: str) -> dict[type[Synced], list[str]]:
    """Every record id of a scope, per model (read before deleting anything: membership of
    a goal's objectives is found through the goal, and so on)."""
    found = {}
    for model in scope_models():
        ids = session.scalars(select(model.id).where(member_condition(model, scope, owner_id)))
        found[model] = list(ids)
    return found


def has_pending(session: Session, scope: str, owner_id: str) -> bool:
    """Whether any record of the scope has a change the server has not acknowledged."""
    for model in scope_models():
        members = select(model.id).where(member_condition(model, scope, owner_id))
        pending = exists().where(
            OutboxEntry.acked_at.is_(None),
            OutboxEntry.entity == model.__tablename__,
            OutboxEntry.record_id.in_(members),
        )
        if session.scalar(select(pending)):
            return True
    return False


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def remove_records(session: Session, model: type[Synced], ids: list[str]) -> None:
    """Delete rows (and their trail) without outbox entries, guards lifted if needed."""
    guards.lift(session, model.__tablename__)
    entity = model.__tablename__
    for chunk in _chunks(ids):
        session.execute(
            delete(model).where(model.id.in_(chunk)).execution_options(synchronize_session=False)
        )
        session.execute(
            delete(OutboxEntry).where(
                OutboxEntry.entity == entity, OutboxEntry.record_id.in_(chunk)
            )
        )
        session.execute(
            delete(SyncConflict).where(
                SyncConflict.entity == entity, SyncConflict.record_id.in_(chunk)
            )
        )


def _audit_subject(scope: str) -> tuple[str | None, str | None]:
    if scope.startswith(CLIENT_SCOPE_PREFIX):
        return "client", scope.removeprefix(CLIENT_SCOPE_PREFIX)
    if scope.startswith(WORKER_SCOPE_PREFIX):
        return "worker_profile", scope.removeprefix(WORKER_SCOPE_PREFIX)
    return None, None


def purge_scope(session: Session, scope: str, owner_id: str) -> int:
    """Remove every record of a scope no longer granted; returns how many. The caller has
    checked `has_pending` first."""
    found = scope_ids(session, scope, owner_id)
    with remote_writes(session), lifted_guards(session):
        for model, ids in found.items():
            if ids:
                remove_records(session, model, ids)
    state.drop_scope(session, scope)
    removed = sum(len(ids) for ids in found.values())
    entity, record_id = _audit_subject(scope)
    audit.record_event(session, "sync.scope_purged", entity, record_id, records=removed)
    return removed


def drop_missing(
    session: Session, scopes: Iterable[str], seen: set[RecordKey], owner_id: str
) -> int:
    """After a full resync: remove records of these scopes the server did not send (it no
    longer has them), unless they hold unacknowledged local changes."""
    removed = 0
    with remote_writes(session), lifted_guards(session):
        for scope in scopes:
            for model, ids in scope_ids(session, scope, owner_id).items():
                gone = [i for i in ids if (model.__tablename__, i) not in seen]
                gone = [i for i in gone if not _pending_record(session, model, i)]
                if gone:
                    remove_records(session, model, gone)
                    removed += len(gone)
    return removed


def _pending_record(session: Session, model: type[Synced], record_id: str) -> bool:
    query = select(OutboxEntry.seq).where(
        OutboxEntry.entity == model.__tablename__,
        OutboxEntry.record_id == record_id,
        OutboxEntry.acked_at.is_(None),
    )
    return session.scalar(query.limit(1)) is not None

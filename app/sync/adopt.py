"""Adopting the server's id for this vault's worker, at enrollment.

A vault is created offline with its own id for its owner's worker_profile; on the server the
worker already has an id (`caseload-server user add`), which every device must use so that
assignments, authorship and scopes agree. Enrollment comes before any push, so every change
this vault ever made is still in its outbox, unsent: the old id is rewritten in the records
AND in those outbox entries, and it never reaches the server.

Why not rewrite through ORM updates (new outbox entries)? The inserts already queued would
still carry the old id: the server would store it, and another device pulling a page that
ends between such an insert and its correcting update could not commit the page (the old
profile exists nowhere, and foreign keys are enforced). Stage history and signed notes could
not take the update at all (append-only and sealed records: refused by the vault's triggers
and by the server).

A signed note's content hash covers its author and signer ids, so it is recomputed for the
new id (the same person under the id the office knows) and the rewrite is audited. The
owner's profile itself is the server's record (scope `staff`): it is inserted at the lowest
clock without an outbox entry, so the first pull fills in the server's values; the old
profile is removed with its outbox entries.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from app.core.notes import content_hash
from app.models import CaseNote, OutboxEntry, Synced, VaultMeta, WorkerProfile
from app.services.notes import HASHED_FIELDS
from app.store.inspect import synced_models
from app.store.outbox import remote_writes
from app.sync import guards
from app.sync.incoming import lifted_guards
from app.sync.protocol import WorkerInfo


def worker_references() -> Iterator[tuple[type[Synced], str]]:
    """(model, column) of every column that references a worker_profile."""
    for model in synced_models():
        for column in model.__table__.columns:
            if any(fk.column.table.name == "worker_profile" for fk in column.foreign_keys):
                yield model, column.key


def _rewrite_records(session: Session, old_id: str, new_id: str) -> None:
    for model, column in worker_references():
        guards.lift(session, model.__tablename__)
        session.execute(
            update(model)
            .where(getattr(model, column) == old_id)
            .values({column: new_id})
            .execution_options(synchronize_session=False)
        )


def _reseal_notes(session: Session, new_id: str) -> dict[str, str]:
    """New content hashes of signed notes whose ids changed: {note id: hash}."""
    signers = (CaseNote.author_id, CaseNote.signed_by_id, CaseNote.cosigned_by_id)
    query = select(CaseNote).where(
        CaseNote.status == "signed", or_(*(column == new_id for column in signers))
    )
    hashes = {}
    for note in session.scalars(query):
        note.content_hash = content_hash({name: getattr(note, name) for name in HASHED_FIELDS})
        hashes[note.id] = note.content_hash
    return hashes


def _rewrite_outbox(session: Session, old_id: str, new_id: str, hashes: dict[str, str]) -> None:
    columns: dict[str, set[str]] = {}
    for model, column in worker_references():
        columns.setdefault(model.__tablename__, set()).add(column)
    for entry in session.scalars(select(OutboxEntry).where(OutboxEntry.acked_at.is_(None))):
        names = columns.get(entry.entity, set())
        changes = {k: new_id if k in names and v == old_id else v for k, v in entry.changes.items()}
        if entry.record_id in hashes and "content_hash" in changes:
            changes["content_hash"] = hashes[entry.record_id]
        if changes != entry.changes:
            entry.changes = changes


def _server_profile(worker: WorkerInfo) -> WorkerProfile:
    # supervisor_id stays empty until the pull brings the supervisor's profile with it
    # (a reference to a profile this device does not hold yet would break the foreign key).
    return WorkerProfile(
        id=worker.id,
        display_name=worker.display_name,
        role=worker.role,
        supervisor_id=None,
        is_device_owner=True,
        hlc="",
        field_clocks={"*": ""},  # lowest clock: every field the server sends wins
    )


def _replace_profile(session: Session, old_id: str, worker: WorkerInfo) -> None:
    held = session.get(WorkerProfile, worker.id)
    if held is None:
        session.add(_server_profile(worker))
    else:
        held.is_device_owner = True
    session.execute(delete(WorkerProfile).where(WorkerProfile.id == old_id))
    session.execute(
        delete(OutboxEntry).where(
            OutboxEntry.entity == "worker_profile", OutboxEntry.record_id == old_id
        )
    )


def adopt_worker(session: Session, old_id: str, worker: WorkerInfo) -> None:
    """Make `worker.id` the vault owner's profile id, in the caller's transaction."""
    if old_id == worker.id:
        return
    with remote_writes(session), lifted_guards(session):
        _rewrite_records(session, old_id, worker.id)
        session.expire_all()
        hashes = _reseal_notes(session, worker.id)
        session.flush()
        _rewrite_outbox(session, old_id, worker.id, hashes)
        _replace_profile(session, old_id, worker)
    owner = session.get(VaultMeta, "owner_id")
    assert owner is not None
    owner.value = worker.id

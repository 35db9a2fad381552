"""Outbox entries and audit events become push batches; acknowledgements mark them."""

from sqlalchemy import func, select

from app.models import CaseNote, OutboxEntry, SyncRejection, Task
from app.sync import outgoing
from app.sync.protocol import ChangeResult, PushResponse, client_scope
from app.sync.records import record_values
from tests.sync.factory import add_caseload, write_note


def _batch(vault, size=500):
    with vault.session() as session:
        return outgoing.next_batch(session, vault.replica_id, vault.owner_id, size)


def _ack(vault, batch, acked_through, audit_through, results=()):
    response = PushResponse(
        acked_through=acked_through,
        audit_acked_through=audit_through,
        results=list(results),
        conflicts=0,
        server_time_ms=0,
    )
    with vault.session() as session:
        return outgoing.record_ack(session, batch, response)


def test_batch_is_in_outbox_order_with_scopes_and_audit(vault):
    mine = add_caseload(vault)
    batch = _batch(vault)
    seqs = [change.seq for change in batch.request.changes]
    assert seqs == sorted(seqs) and len(seqs) >= 7
    assert batch.request.replica_id == vault.replica_id
    note = next(c for c in batch.request.changes if c.entity == "case_note")
    assert note.op == "insert" and note.scope == client_scope(mine.client_id)
    assert {"hlc", "field_clocks", "updated_at"}.isdisjoint(note.fields)
    profile = next(c for c in batch.request.changes if c.entity == "worker_profile")
    assert "is_device_owner" not in profile.fields  # true on this device only
    assert [e.action for e in batch.request.audit][:1] == ["vault.created"]


def test_batches_are_limited_and_resume_after_the_ack(vault):
    add_caseload(vault)
    first = _batch(vault, size=3)
    assert len(first.request.changes) == 3
    last_seq = first.request.changes[-1].seq
    _ack(vault, first, last_seq, first.request.audit[-1].seq)
    second = _batch(vault, size=3)
    assert second.request.changes[0].seq > last_seq
    assert second.request.audit[0].seq > first.request.audit[-1].seq


def test_delete_travels_as_a_tombstone(vault):
    mine = add_caseload(vault)
    with vault.session() as session:
        session.delete(session.get(Task, mine.task_id))
    change = _batch(vault).request.changes[-1]
    assert (change.entity, change.op, change.fields) == ("task", "delete", {"deleted": True})
    # The record is gone from the database: its scope comes from what the outbox carried.
    assert change.scope == client_scope(mine.client_id)


def test_sealing_change_carries_every_field(vault):
    mine = add_caseload(vault)
    write_note(vault, mine.note_id, "Visited at home.", sign=True)
    with vault.session() as session:
        sealed = session.scalars(
            select(OutboxEntry)
            .where(OutboxEntry.record_id == mine.note_id)
            .order_by(OutboxEntry.seq)
        ).all()[-1]
        assert set(sealed.changes) == {"status", "signed_at", "signed_by_id", "content_hash"}
        expected = record_values(session.get(CaseNote, mine.note_id))
    change = next(c for c in _batch(vault).request.changes if c.seq == sealed.seq)
    assert change.fields == expected
    assert change.fields["sections"]["data"] == "Visited at home."


def test_ack_marks_entries_and_keeps_rejections(vault):
    add_caseload(vault)
    batch = _batch(vault)
    changes = batch.request.changes
    refused = changes[1]
    results = [
        ChangeResult(seq=c.seq, status="rejected", reason="forbidden_scope")
        if c is refused
        else ChangeResult(seq=c.seq, status="applied")
        for c in changes
    ]
    rejections = _ack(vault, batch, changes[-1].seq, batch.request.audit[-1].seq, results)
    assert [(r.seq, r.entity, r.reason) for r in rejections] == [
        (refused.seq, refused.entity, "forbidden_scope")
    ]
    with vault.session() as session:
        assert outgoing.pending_changes(session) == 0
        assert outgoing.unsent_audit(session) == 0
        assert session.scalar(select(func.count()).select_from(SyncRejection)) == 1
    assert _batch(vault).empty


def test_ack_is_idempotent_and_never_moves_back(vault):
    add_caseload(vault)
    batch = _batch(vault)
    top = batch.request.audit[-1].seq
    _ack(vault, batch, batch.request.changes[-1].seq, top)
    _ack(vault, batch, 0, 0)  # a stale answer (resent batch) changes nothing
    with vault.session() as session:
        assert outgoing.unsent_audit(session) == 0
        assert outgoing.pending_changes(session) == 0


def test_a_refused_audit_event_is_not_taken_for_the_change_of_the_same_number(vault):
    add_caseload(vault)
    batch = _batch(vault)
    event = batch.request.audit[0]
    assert event.seq in {change.seq for change in batch.request.changes}  # numbered apart
    refusal = ChangeResult(seq=event.seq, status="rejected", reason="audit_chain")
    [rejected] = _ack(vault, batch, batch.request.changes[-1].seq, 0, [refusal])
    assert (rejected.entity, rejected.record_id) == ("audit_event", event.id)
    with vault.session() as session:
        assert session.scalar(select(func.count()).select_from(SyncRejection)) == 0

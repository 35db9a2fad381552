"""Purging a scope no longer granted: every record of it leaves the device (signed notes and
stage history included), but never before its local changes were acknowledged."""

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app.models import AuditEvent, CaseNote, Client, OutboxEntry, StageChange
from app.sync import purge, state
from app.sync.engine import SyncRun
from app.sync.protocol import client_scope
from tests.sync.factory import add_caseload, write_note


def acknowledge_everything(vault):
    with vault.session() as session:
        for entry in session.scalars(select(OutboxEntry).where(OutboxEntry.acked_at.is_(None))):
            entry.acked_at = entry.created_at


def count(vault, model, *where):
    with vault.session() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


def test_purge_removes_the_scope_and_its_trail_only(vault):
    gone, kept = add_caseload(vault), add_caseload(vault, "Tobias", "Lindqvist")
    write_note(vault, gone.note_id, "Signed.", sign=True)
    write_note(vault, kept.note_id, "Signed too.", sign=True)
    acknowledge_everything(vault)
    scope = client_scope(gone.client_id)
    with vault.session() as session:
        state.hold_scope(session, scope, state.ACTIVE)
        removed = purge.purge_scope(session, scope, vault.owner_id)
    assert removed == 7  # client, case, stage change, goal, objective, note, task
    assert count(vault, Client, Client.id == gone.client_id) == 0
    assert count(vault, CaseNote, CaseNote.client_id == gone.client_id) == 0
    assert count(vault, OutboxEntry, OutboxEntry.record_id == gone.note_id) == 0
    assert count(vault, Client, Client.id == kept.client_id) == 1
    assert count(vault, StageChange) == 1
    with vault.session() as session:
        assert scope not in state.held_scopes(session)
        event = session.scalar(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1))
    assert (event.action, event.entity, event.record_id) == (
        "sync.scope_purged",
        "client",
        gone.client_id,
    )
    assert event.detail == {"records": 7}
    with pytest.raises(IntegrityError, match="append-only"), vault.session() as session:
        session.get(CaseNote, kept.note_id).location = "Changed"  # guards are back
        session.flush()


class NoNetwork:
    def close(self):
        return None


def test_scope_with_unacknowledged_changes_is_kept_until_they_are(vault):
    mine = add_caseload(vault)
    scope = client_scope(mine.client_id)
    with vault.session() as session:
        state.hold_scope(session, scope, state.ACTIVE)
    run = SyncRun(vault, NoNetwork(), lambda *_: None)
    run.granted = ["staff"]  # the client's scope is no longer granted
    run.purge_lost_scopes()
    assert run.receipt.scopes_purged == []
    assert count(vault, Client, Client.id == mine.client_id) == 1
    acknowledge_everything(vault)
    run.purge_lost_scopes()
    assert run.receipt.scopes_purged == [scope]
    assert count(vault, Client, Client.id == mine.client_id) == 0


def test_drop_missing_keeps_records_with_pending_changes(vault):
    mine = add_caseload(vault)
    scope = client_scope(mine.client_id)
    with vault.session() as session:
        removed = purge.drop_missing(session, [scope], set(), vault.owner_id)
    assert removed == 0  # nothing acknowledged yet: nothing may go
    acknowledge_everything(vault)
    with vault.session() as session:
        seen = {("client", mine.client_id), ("case_file", mine.case_id)}
        removed = purge.drop_missing(session, [scope], seen, vault.owner_id)
    assert removed == 5 and count(vault, Client) == 1

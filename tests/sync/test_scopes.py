"""Every local record has one scope, found from the record itself, and a scope lists exactly
its records (what purge removes and what the checksum covers)."""

from sqlalchemy import select

from app.models import (
    Attachment,
    Case,
    CaseNote,
    Goal,
    Objective,
    StageChange,
    Task,
    WorkerProfile,
)
from app.services import activity
from app.store.inspect import synced_models
from app.sync.protocol import STAFF_SCOPE, client_scope, worker_scope
from app.sync.scopes import record_scope, scope_records
from tests.sync.factory import add_caseload


def _scope(vault, model, record_id):
    with vault.session() as session:
        return record_scope(session, session.get(model, record_id), vault.owner_id)


def test_paths_from_every_kind_of_record(vault):
    mine = add_caseload(vault)
    expected = client_scope(mine.client_id)
    assert _scope(vault, Case, mine.case_id) == expected
    assert _scope(vault, Goal, mine.goal_id) == expected
    assert _scope(vault, Objective, mine.objective_id) == expected  # goal -> case -> client
    assert _scope(vault, CaseNote, mine.note_id) == expected
    assert _scope(vault, Task, mine.task_id) == expected
    with vault.session() as session:
        stage = session.scalar(select(StageChange.id).where(StageChange.case_id == mine.case_id))
    assert _scope(vault, StageChange, stage) == expected  # case only -> the case's client
    assert _scope(vault, WorkerProfile, vault.owner_id) == STAFF_SCOPE


def test_task_about_no_client_belongs_to_a_worker(vault):
    with vault.session() as session:
        own = activity.add_task(session, "Renew my badge")
    assert _scope(vault, Task, own) == worker_scope(vault.owner_id)


def test_attachment_follows_its_owner(vault):
    mine = add_caseload(vault)
    with vault.session() as session:
        attachment = Attachment(
            owner_entity="case_note",
            owner_id=mine.note_id,
            filename="scan.pdf",
            media_type="application/pdf",
            size_bytes=3,
            sha256="0" * 64,
            content=b"abc",
        )
        session.add(attachment)
    assert _scope(vault, Attachment, attachment.id) == client_scope(mine.client_id)


def test_scope_members_are_exactly_the_records_whose_scope_it_is(vault):
    first, second = add_caseload(vault), add_caseload(vault, "Tobias", "Lindqvist")
    with vault.session() as session:
        activity.add_task(session, "Renew my badge")
        members = {
            scope: set(scope_records(session, scope, vault.owner_id))
            for scope in (
                client_scope(first.client_id),
                client_scope(second.client_id),
                worker_scope(vault.owner_id),
                STAFF_SCOPE,
            )
        }
        every = {
            (model.__tablename__, record.id, record.hlc)
            for model in synced_models()
            for record in session.scalars(select(model))
        }
    assert set().union(*members.values()) == every
    assert sum(len(m) for m in members.values()) == len(every)  # no record in two scopes
    assert ("case_note", first.note_id) in {
        (e, i) for e, i, _ in members[client_scope(first.client_id)]
    }


def test_one_pass_grouping_agrees_with_each_scopes_query(vault):
    from app.sync.scopes import records_by_scope

    first, second = add_caseload(vault), add_caseload(vault, "Tobias", "Lindqvist")
    with vault.session() as session:
        activity.add_task(session, "Renew my badge")
        grouped = records_by_scope(session, vault.owner_id)
        assert set(grouped) == {
            client_scope(first.client_id),
            client_scope(second.client_id),
            worker_scope(vault.owner_id),
            STAFF_SCOPE,
        }
        for scope, rows in grouped.items():
            assert sorted(rows) == sorted(scope_records(session, scope, vault.owner_id))

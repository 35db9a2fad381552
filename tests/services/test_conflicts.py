"""Conflict-of-interest declarations and their review by a supervisor."""

from datetime import date

import pytest
from sqlalchemy import select

from app.core.refusal import Refusal
from app.models import AuditEvent, WorkerProfile
from app.services.casework import open_case
from app.services.conflicts import (
    conflicts_for_client,
    conflicts_pending_review,
    declare_conflict,
    may_review_conflicts,
    review_conflict,
)
from app.services.records import ClientDraft, create_client


@pytest.fixture
def people(vault):
    with vault.session() as session:
        client = create_client(session, ClientDraft("Rosa", "Delgado"), vault.owner_id)
        case_id = open_case(session, client, "Housing stability", vault.owner_id)
        supervisor = WorkerProfile(display_name="Sam Okafor", role="supervisor")
        colleague = WorkerProfile(display_name="Jordan Lee")
        session.add_all([supervisor, colleague])
        session.flush()
        return client, case_id, supervisor.id, colleague.id


def test_a_declaration_needs_a_client_or_a_case_and_a_description(vault, people):
    with vault.session() as session:
        with pytest.raises(Refusal, match="which client or case"):
            declare_conflict(session, vault.owner_id, "neighbour", "Lives next door")
        with pytest.raises(Refusal, match="description"):
            declare_conflict(session, vault.owner_id, "neighbour", "  ", client_id=people[0])


def test_a_conflict_is_pending_until_a_supervisor_reviews_it(vault, people):
    client, case_id, supervisor, colleague = people
    with vault.session() as session:
        declared = declare_conflict(
            session,
            vault.owner_id,
            "former neighbour",
            "Lived next door until 2023",
            case_id=case_id,
            disclosed_on=date(2025, 3, 3),
        )
        pending = conflicts_pending_review(session)
        assert [c.id for c in pending] == [declared] and pending[0].pending
        assert pending[0].client_id == client  # taken from the case
        with pytest.raises(Refusal, match="someone else"):
            review_conflict(session, declared, vault.owner_id, "Fine", "no_conflict")
        with pytest.raises(Refusal, match="Only a supervisor"):
            review_conflict(session, declared, colleague, "Fine", "no_conflict")
        with pytest.raises(Refusal, match="outcome must be one of"):
            review_conflict(session, declared, supervisor, "Fine", "shrug")
        assert conflicts_pending_review(session)  # still pending after refused reviews
        reviewed = review_conflict(
            session, declared, supervisor, "Contact limited to office visits.", "safeguards"
        )
        assert conflicts_pending_review(session) == []
        with pytest.raises(Refusal, match="already been reviewed"):
            review_conflict(session, declared, supervisor, "Again", "reassign")
        audit = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "conflict.reviewed")
        ).one()
    assert reviewed.review_status == "reviewed" and reviewed.reviewed_by_id == supervisor
    assert reviewed.reviewed_at is not None and reviewed.outcome == "safeguards"
    assert "Contact limited to office visits." in reviewed.review_note
    assert audit.record_id == declared and audit.detail["outcome"] == "safeguards"


def test_conflicts_for_a_client_cover_their_cases_newest_first(vault, people):
    client, case_id, _, _ = people
    with vault.session() as session:
        other = create_client(session, ClientDraft("Ola", "Nordmann"), vault.owner_id)
        first = declare_conflict(
            session,
            vault.owner_id,
            "relative",
            "Cousin",
            client_id=client,
            disclosed_on=date(2025, 1, 5),
        )
        second = declare_conflict(
            session,
            vault.owner_id,
            "landlord",
            "Rents to client",
            case_id=case_id,
            disclosed_on=date(2025, 2, 5),
        )
        declare_conflict(session, vault.owner_id, "friend", "School friend", client_id=other)
        found = conflicts_for_client(session, client)
    assert [c.id for c in found] == [second, first]
    assert found[0].relationship == "landlord" and found[0].case_id == case_id


def test_only_a_supervisor_may_review(vault, people):
    _client, _case, supervisor, colleague = people
    with vault.session() as session:
        assert may_review_conflicts(session, supervisor)
        assert not may_review_conflicts(session, colleague)
        assert not may_review_conflicts(session, vault.owner_id)  # the owner is a worker
        assert not may_review_conflicts(session, "0190a0c0-0000-7000-8000-000000000000")


def test_the_client_view_names_who_declared_and_who_reviewed(vault, people):
    client, _case, supervisor, colleague = people
    with vault.session() as session:
        declared = declare_conflict(session, colleague, "cousin", "Family", client_id=client)
        before = conflicts_for_client(session, client)[0]
        review_conflict(session, declared, supervisor, "Assign another worker.", "reassign")
        after = conflicts_for_client(session, client)[0]
        audit = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "conflict.reviewed")
        ).one()
    assert (before.worker_name, before.reviewed_by_name, before.pending) == (
        "Jordan Lee",
        None,
        True,
    )
    assert (after.worker_name, after.reviewed_by_name, after.outcome) == (
        "Jordan Lee",
        "Sam Okafor",
        "reassign",
    )
    assert audit.detail == {"reviewer": supervisor, "outcome": "reassign"}  # ids, never text
    assert audit.actor == vault.owner_id

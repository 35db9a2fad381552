"""Tasks and follow-ups, visits and referrals."""

from datetime import date, datetime

import pytest
from sqlalchemy import select

from app.core.refusal import Refusal
from app.models import AuditEvent, Consent, Referral, Task, Visit
from app.services.activity import (
    add_task,
    cancel_visit,
    complete_task,
    complete_visit,
    make_referral,
    reopen_task,
    schedule_visit,
    update_referral_status,
)
from app.services.casework import open_case
from app.services.records import ClientDraft, create_client


@pytest.fixture
def case(vault):
    with vault.session() as session:
        client = create_client(session, ClientDraft("Noor", "Haddad"), vault.owner_id)
        return client, open_case(session, client, "Family support", vault.owner_id)


def _consent(session, client_id, **fields):
    consent = Consent(
        client_id=client_id,
        scope="release_of_information",
        purpose="Referral to food bank",
        effective_on=date(2025, 1, 1),
        signer_name="Noor Haddad",
        signer_authority="self",
        method="written",
        language="en",
        template_id="roi",
        template_version="1",
        **fields,
    )
    session.add(consent)
    session.flush()
    return consent.id


def _actions(session):
    return list(session.scalars(select(AuditEvent.action)))


def test_task_on_a_case_belongs_to_its_client_and_can_be_ticked_off_and_reopened(vault, case):
    client, case_id = case
    with vault.session() as session:
        task_id = add_task(
            session,
            "Call the landlord",
            date(2025, 3, 10),
            case_id=case_id,
            assigned_to_id=vault.owner_id,
        )
        assert session.get(Task, task_id).client_id == client
        done = complete_task(session, task_id)
        again = complete_task(session, task_id)
        assert done.done and again.done_at == done.done_at
        assert not reopen_task(session, task_id).done
        assert _actions(session).count("task.completed") == 1
        assert "task.reopened" in _actions(session)


def test_a_follow_up_needs_a_client_and_a_title(vault, case):
    client, case_id = case
    with vault.session() as session:
        with pytest.raises(Refusal, match="needs a client or a case"):
            add_task(session, "Check in", kind="follow_up")
        with pytest.raises(Refusal, match="task title"):
            add_task(session, "  ", client_id=client)
        with pytest.raises(Refusal, match="kind of task"):
            add_task(session, "Check in", kind="errand", client_id=client)
        other = create_client(session, ClientDraft("Ola", "Nordmann"), vault.owner_id)
        with pytest.raises(Refusal, match="another client"):
            add_task(session, "Check in", case_id=case_id, client_id=other)
        assert add_task(session, "Renew my badge")  # a worker's own task needs no client


def test_visit_is_done_once_and_cannot_be_cancelled_afterwards(vault, case):
    client, case_id = case
    with vault.session() as session:
        with pytest.raises(Refusal, match="kind of contact"):
            schedule_visit(
                session, client, vault.owner_id, "carrier pigeon", datetime(2025, 3, 10, 9)
            )
        with pytest.raises(Refusal, match="between 1 minute and 12 hours"):
            schedule_visit(session, client, vault.owner_id, "home", datetime(2025, 3, 10, 9), 0)
        visit = schedule_visit(
            session,
            client,
            vault.owner_id,
            "home",
            datetime(2025, 3, 10, 9, 30),
            45,
            "Flat 3",
            "Budget review",
            case_id,
        )
        assert complete_visit(session, visit).status == "done"
        with pytest.raises(Refusal, match="already marked done"):
            cancel_visit(session, visit, "Double booked")
        missed = schedule_visit(session, client, vault.owner_id, "phone", datetime(2025, 3, 11, 14))
        assert complete_visit(session, missed, False, "Not at home").status == "no_show"
        gone = schedule_visit(session, client, vault.owner_id, "video", datetime(2025, 3, 12, 9))
        assert cancel_visit(session, gone, "Client in hospital").status == "cancelled"
        assert session.get(Visit, visit).duration_minutes == 45
        assert {"visit.scheduled", "visit.done", "visit.no_show", "visit.cancelled"} <= set(
            _actions(session)
        )


def test_referral_moves_on_and_stops_when_declined_or_completed(vault, case):
    client, case_id = case
    with vault.session() as session:
        with pytest.raises(Refusal, match="before the referral is made"):
            make_referral(
                session,
                case_id,
                "Food bank",
                "Eastside Pantry",
                "No food at home",
                date(2025, 3, 10),
                date(2025, 3, 1),
            )
        with pytest.raises(Refusal, match="reason"):
            make_referral(session, case_id, "Food bank", "Eastside Pantry", " ", date(2025, 3, 10))
        referral = make_referral(
            session,
            case_id,
            "Food bank",
            "Eastside Pantry",
            "No food at home",
            date(2025, 3, 10),
            date(2025, 3, 17),
        )
        assert session.get(Referral, referral).client_id == client
        assert update_referral_status(session, referral, "accepted") == "accepted"
        with pytest.raises(Refusal, match="accepted cannot become made"):
            update_referral_status(session, referral, "made")
        update_referral_status(session, referral, "completed")
        with pytest.raises(Refusal, match="completed cannot become declined"):
            update_referral_status(session, referral, "declined")
        with pytest.raises(Refusal, match="referral status"):
            update_referral_status(session, referral, "lost")
        assert "referral.status" in _actions(session)


def test_referral_under_consent_needs_that_clients_consent_in_force(vault, case):
    client, case_id = case
    with vault.session() as session:
        other = create_client(session, ClientDraft("Ola", "Nordmann"), vault.owner_id)
        theirs = _consent(session, other, status="active", expires_on=date(2026, 1, 1))
        expired = _consent(session, client, status="active", expires_on=date(2025, 2, 1))
        unsigned = _consent(session, client, status="draft")
        valid = _consent(session, client, status="active", expires_on=date(2026, 1, 1))
        withdrawn = _consent(session, client, status="active", expires_on=date(2026, 1, 1))
        _consent(
            session,
            client,
            status="revoked",
            revokes_id=withdrawn,
            revoked_at=datetime(2025, 2, 1),
            revocation_reason="Changed mind",
        )
        args = ("Food bank", "Eastside Pantry", "No food", date(2025, 3, 10))
        for consent, message in (
            (theirs, "another client"),
            (expired, "expired"),
            (unsigned, "not in force"),
            (withdrawn, "not in force"),
        ):
            with pytest.raises(Refusal, match=message):
                make_referral(session, case_id, *args, consent_id=consent)
        referral = make_referral(session, case_id, *args, consent_id=valid)
        assert session.get(Referral, referral).consent_id == valid

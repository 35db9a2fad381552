"""The case process: opening a case, stages forwards and back, closure checklist, transfer."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.core.refusal import Refusal
from app.core.stages import CaseStage
from app.models import AuditEvent, Case, Client, WorkerProfile
from app.services.activity import add_task
from app.services.casework import (
    Closing,
    ClosureChecklist,
    StageMoveRefused,
    close_case,
    known_programs,
    move_stage,
    open_case,
    stage_history,
    transfer_case,
)
from app.services.records import ClientDraft, NotFound, create_client

INFORMED = ClosureChecklist(client_informed=True)


@pytest.fixture
def case_id(vault):
    with vault.session() as session:
        client = create_client(session, ClientDraft("Ana", "Pereira"), vault.owner_id)
        return open_case(session, client, "Housing stability", vault.owner_id)


def test_stages_forward_and_back_are_recorded(vault, case_id):
    with vault.session() as session:
        for stage in (CaseStage.ASSESSMENT, CaseStage.PLANNING, CaseStage.ASSESSMENT):
            move_stage(session, case_id, stage, vault.owner_id, reason="review")
        history = stage_history(session, case_id)
    assert [h.to_stage for h in history] == ["intake", "assessment", "planning", "assessment"]
    assert history[-1].from_stage == "planning" and history[-1].changed_by == vault.owner_id


def test_closure_needs_checklist_and_reason(vault, case_id):
    with vault.session() as session:
        with pytest.raises(StageMoveRefused, match="not been told") as refused:
            move_stage(session, case_id, CaseStage.CLOSURE, vault.owner_id, "Goals met")
        assert "no follow-up booked" in str(refused.value)
        with pytest.raises(StageMoveRefused, match="reason"):
            move_stage(session, case_id, CaseStage.CLOSURE, vault.owner_id, " ", INFORMED)
        add_task(session, "Check in", date.today() + timedelta(30), "follow_up", case_id)
        move_stage(session, case_id, CaseStage.CLOSURE, vault.owner_id, "Goals met", INFORMED)
        case = session.get(Case, case_id)
        assert case.closed_on is not None and case.closure_reason == "Goals met"
        with pytest.raises(StageMoveRefused):
            move_stage(session, case_id, CaseStage.PLANNING, vault.owner_id)
        move_stage(session, case_id, CaseStage.INTAKE, vault.owner_id, "Reopened")
        assert session.get(Case, case_id).closed_on is None


def test_transfer_records_reason_and_handover(vault, case_id):
    with vault.session() as session:
        other = WorkerProfile(display_name="Jordan Lee")
        session.add(other)
        session.flush()
        with pytest.raises(Refusal):
            transfer_case(session, case_id, other.id, vault.owner_id, "Leave", "")
        transfer_case(
            session,
            case_id,
            other.id,
            vault.owner_id,
            "Parental leave",
            "Client prefers morning calls; landlord dispute ongoing.",
        )
        case = session.get(Case, case_id)
        assert case.assigned_worker_id == other.id
        assert session.get(Client, case.client_id).assigned_worker_id == other.id
        assert "case.transferred" in set(session.scalars(select(AuditEvent.action)))


@pytest.fixture
def new_client(vault):
    with vault.session() as session:
        return create_client(session, ClientDraft("Noor", "Haddad"), vault.owner_id)


def test_opening_a_case_starts_at_intake_with_the_reason_and_is_audited(vault, new_client):
    with vault.session() as session:
        case_id = open_case(
            session,
            new_client,
            "  Family support ",
            vault.owner_id,
            date(2025, 3, 4),
            reason=" Referred by the school ",
        )
        case = session.get(Case, case_id)
        history = stage_history(session, case_id)
        audit = session.scalars(select(AuditEvent).where(AuditEvent.record_id == case_id)).one()
    assert (case.stage, case.program, case.opened_on) == (
        "intake",
        "Family support",
        date(2025, 3, 4),
    )
    assert case.closed_on is None and case.assigned_worker_id == vault.owner_id
    assert case.case_number.startswith("C-2025-")
    assert [(h.from_stage, h.to_stage, h.reason) for h in history] == [
        (None, "intake", "Case opened: Referred by the school")
    ]
    assert audit.action == "case.opened" and audit.detail == {"client": new_client}
    assert audit.actor == vault.owner_id


def test_opening_a_case_refuses_what_cannot_be_right(vault, new_client):
    with vault.session() as session:
        with pytest.raises(Refusal, match="fill in the programme"):
            open_case(session, new_client, "  ", vault.owner_id)
        with pytest.raises(Refusal, match="cannot be in the future"):
            open_case(session, new_client, "Housing", vault.owner_id, date.today() + timedelta(1))
        with pytest.raises(NotFound):
            open_case(session, "0190a0c0-0000-7000-8000-000000000000", "Housing", vault.owner_id)
        first = open_case(session, new_client, "Housing", vault.owner_id)
        with pytest.raises(Refusal, match="already has an open case in this programme"):
            open_case(session, new_client, "Housing", vault.owner_id)
        open_case(session, new_client, "Employment", vault.owner_id)  # another programme: fine
        close_case(
            session, first, vault.owner_id, Closing("Goals met", True, follow_up_declined="Moved")
        )
        again = open_case(session, new_client, "Housing", vault.owner_id)  # after closing: fine
        assert known_programs(session) == ["Employment", "Housing"]
        opened = session.scalars(select(AuditEvent).where(AuditEvent.action == "case.opened"))
        assert {e.record_id for e in opened} >= {first, again}

"""The case process: stages forwards and back, closure checklist, transfer."""

import pytest
from sqlalchemy import select

from app.core.stages import CaseStage
from app.models import AuditEvent, Case, Client, WorkerProfile
from app.services.casework import (
    ClosureChecklist,
    StageMoveRefused,
    move_stage,
    open_case,
    stage_history,
    transfer_case,
)
from app.services.records import ClientDraft, create_client

ALL_DONE = ClosureChecklist(True, True, True, True)


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
        with pytest.raises(StageMoveRefused, match="follow-up scheduled"):
            move_stage(
                session,
                case_id,
                CaseStage.CLOSURE,
                vault.owner_id,
                "Goals met",
                ClosureChecklist(True, True, True, False),
            )
        with pytest.raises(StageMoveRefused, match="reason"):
            move_stage(session, case_id, CaseStage.CLOSURE, vault.owner_id, " ", ALL_DONE)
        move_stage(session, case_id, CaseStage.CLOSURE, vault.owner_id, "Goals met", ALL_DONE)
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
        with pytest.raises(ValueError):
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

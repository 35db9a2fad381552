"""Visit outcomes (done, cancelled, no-show with the reason) and who may give a task to whom."""

from datetime import datetime

import pytest
from sqlalchemy import select

from app.core.refusal import Refusal
from app.models import AuditEvent, Case, Task, WorkerProfile
from app.services.activity import (
    add_task,
    assign_task,
    record_visit_outcome,
    schedule_visit,
    visit_reasons,
)
from app.services.assignment import (
    NOT_ALLOWED,
    NOT_IN_TEAM,
    assignable_workers,
    set_case_shared,
    team_of,
)
from app.services.casework import open_case
from app.services.records import ClientDraft, create_client


@pytest.fixture
def case(vault):
    with vault.session() as session:
        client = create_client(session, ClientDraft("Noor", "Haddad"), vault.owner_id)
        return client, open_case(session, client, "Family support", vault.owner_id)


def _visit(session, vault, client, hour):
    return schedule_visit(session, client, vault.owner_id, "home", datetime(2025, 3, 10, hour))


def test_a_visit_ends_done_cancelled_or_missed_with_the_reason(vault, case):
    client, _case_id = case
    with vault.session() as session:
        done, called_off, missed = (_visit(session, vault, client, h) for h in (9, 11, 14))
        assert record_visit_outcome(session, done, "done").outcome_reason is None
        with pytest.raises(Refusal, match="reason the visit was cancelled"):
            record_visit_outcome(session, called_off, "cancelled", "  ")
        with pytest.raises(Refusal, match="reason for the no-show"):
            record_visit_outcome(session, missed, "no_show")
        with pytest.raises(Refusal, match="outcome of the visit"):
            record_visit_outcome(session, missed, "scheduled")
        state = record_visit_outcome(session, called_off, "cancelled", " Client in hospital ")
        assert (state.status, state.outcome_reason) == ("cancelled", "Client in hospital")
        record_visit_outcome(session, missed, "no_show", "Nobody answered the door")
        with pytest.raises(Refusal, match="already marked no show"):
            record_visit_outcome(session, missed, "done")
        assert visit_reasons(session, client) == {
            called_off: "Client in hospital",
            missed: "Nobody answered the door",
        }
        events = session.scalars(select(AuditEvent).where(AuditEvent.record_id == missed)).all()
    assert [e.action for e in events] == ["visit.scheduled", "visit.no_show"]
    assert "door" not in repr([e.detail for e in events])  # reasons stay out of the audit log


@pytest.fixture
def team(vault):
    """The device owner and a colleague under one supervisor; a worker of another team."""
    with vault.session() as session:
        lead = WorkerProfile(display_name="Sam Okafor", role="supervisor")
        other_lead = WorkerProfile(display_name="Kim Berg", role="supervisor")
        session.add_all([lead, other_lead])
        session.flush()
        colleague = WorkerProfile(display_name="Jordan Lee", supervisor_id=lead.id)
        outsider = WorkerProfile(display_name="Pat Moreau", supervisor_id=other_lead.id)
        session.add_all([colleague, outsider])
        session.get(WorkerProfile, vault.owner_id).supervisor_id = lead.id
        session.flush()
        return {"lead": lead.id, "colleague": colleague.id, "outsider": outsider.id}


def test_a_worker_gives_tasks_to_the_team_only_on_a_shared_case(vault, case, team):
    client, case_id = case
    me = vault.owner_id
    with vault.session() as session:
        assert team_of(session, me) == {me, team["lead"], team["colleague"]}
        assert [w.id for w in assignable_workers(session, me, case_id)] == [me]
        with pytest.raises(Refusal, match=NOT_ALLOWED[:40]):
            add_task(
                session,
                "Visit",
                case_id=case_id,
                assigned_to_id=team["colleague"],
                assigned_by_id=me,
            )
        with pytest.raises(Refusal, match="Only the case's worker or a supervisor"):
            set_case_shared(session, case_id, True, team["colleague"])
        assert set_case_shared(session, case_id, True, me) is True
        names = [w.display_name for w in assignable_workers(session, me, case_id)]
        assert names == ["Alex Rivera", "Jordan Lee", "Sam Okafor"]
        task = add_task(
            session, "Visit", case_id=case_id, assigned_to_id=team["colleague"], assigned_by_id=me
        )
        with pytest.raises(Refusal, match=NOT_IN_TEAM):
            assign_task(session, task, team["outsider"], me)
        assert assign_task(session, task, team["lead"], me).assigned_to_id == team["lead"]
        assert session.get(Task, task).assigned_to_id == team["lead"]
        assert session.get(Case, case_id).shared
        actions = list(session.scalars(select(AuditEvent.action)))
    assert {"case.shared", "task.assigned"} <= set(actions)


def test_a_supervisor_gives_tasks_to_the_workers_they_supervise(vault, case, team):
    client, case_id = case
    lead = team["lead"]
    with vault.session() as session:
        names = [w.display_name for w in assignable_workers(session, lead, None)]
        assert names == ["Alex Rivera", "Jordan Lee", "Sam Okafor"]
        task = add_task(session, "Call the school", client_id=client, assigned_to_id=lead)
        assert assign_task(session, task, vault.owner_id, lead).assigned_to_id == vault.owner_id
        with pytest.raises(Refusal, match=NOT_IN_TEAM):
            assign_task(session, task, team["outsider"], lead)
        assert set_case_shared(session, case_id, True, lead)  # a supervisor may share any case

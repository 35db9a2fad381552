"""Monitoring the plan: progress entries on objectives, interventions under objectives, the
client's agreement to the plan, and the notes that address each goal."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.core.refusal import Refusal
from app.models import AuditEvent, CaseNote, Objective, ObjectiveProgress
from app.services.casework import open_case
from app.services.monitoring import (
    add_progress_entry,
    plan_agreement,
    record_plan_agreement,
)
from app.services.notes import NoteFields, save_draft, sign_note, start_note
from app.services.plan import add_goal, add_intervention, add_objective, case_plan
from app.services.records import ClientDraft, create_client

TODAY = date(2025, 3, 10)
DAY = timedelta(days=1)


@pytest.fixture
def plan(vault):
    """A case with one goal and one objective: (client, case, goal, objective)."""
    with vault.session() as session:
        client = create_client(session, ClientDraft("Ana", "Pereira"), vault.owner_id)
        case = open_case(session, client, "Housing stability", vault.owner_id)
        goal = add_goal(session, case, "Keep the flat")
        objective = add_objective(
            session, goal, "Pay rent on time", "months paid on time", "0 of 3", "3 of 3"
        )
    return client, case, goal, objective


def test_progress_entries_keep_the_history_and_the_newest_sets_where_it_stands(vault, plan):
    client, case, _goal, objective = plan
    with vault.session() as session:
        first = add_progress_entry(
            session, objective, "1 of 3", TODAY - 20 * DAY, "January paid", today=TODAY
        )
        add_progress_entry(session, objective, "2 of 3", TODAY - 5 * DAY, today=TODAY)
        late = add_progress_entry(
            session, objective, "1 of 3", TODAY - 30 * DAY, "Typed in late", today=TODAY
        )
        assert session.get(ObjectiveProgress, first).client_id == client
    with vault.session() as session:
        shown = case_plan(session, case, TODAY).goals[0].objectives[0]
        stored = session.get(Objective, objective)
    assert shown.current_value == "2 of 3" == stored.current_value  # the late entry is older
    assert [(p.value, p.recorded_on) for p in shown.progress] == [
        ("2 of 3", TODAY - 5 * DAY),
        ("1 of 3", TODAY - 20 * DAY),
        ("1 of 3", TODAY - 30 * DAY),
    ]
    assert shown.progress[1].note == "January paid" and shown.progress[2].id == late


def test_an_entry_can_mark_the_objective_met_and_bad_entries_are_refused(vault, plan):
    _client, case, _goal, objective = plan
    with vault.session() as session:
        for value, day, status, message in (
            (" ", TODAY, "active", "value reached"),
            ("3 of 3", TODAY + DAY, "active", "cannot be in the future"),
            ("3 of 3", TODAY, "finished", "objective status must be one of"),
        ):
            with pytest.raises(Refusal, match=message):
                add_progress_entry(session, objective, value, day, status=status, today=TODAY)
        add_progress_entry(session, objective, "3 of 3", TODAY, status="met", today=TODAY)
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "objective.progress")
        ).all()
    with vault.session() as session:
        shown = case_plan(session, case, TODAY).goals[0].objectives[0]
    assert (shown.status, shown.current_value, len(shown.progress)) == ("met", "3 of 3", 1)
    assert [set(e.detail) for e in events] == [{"entry", "status"}]  # ids and codes only


def test_interventions_sit_under_their_objective_or_the_goal(vault, plan):
    _client, case, goal, objective = plan
    with vault.session() as session:
        other_goal = add_goal(session, case, "Find a job")
        add_intervention(session, goal, "Budgeting sessions", "case worker", "weekly", None, None)
        add_intervention(session, goal, "Standing order set up", "client", objective_id=objective)
        with pytest.raises(Refusal, match="another goal"):
            add_intervention(session, other_goal, "CV help", "worker", objective_id=objective)
    with vault.session() as session:
        keep = case_plan(session, case, TODAY).goals[0]
    assert [i.description for i in keep.interventions] == ["Budgeting sessions"]
    under = keep.objectives[0].interventions
    assert [(i.description, i.objective_id) for i in under] == [
        ("Standing order set up", objective)
    ]


def test_the_clients_agreement_to_the_plan_is_kept_in_their_words(vault, plan):
    _client, case, _goal, _objective = plan
    with vault.session() as session:
        assert plan_agreement(session, case).answer is None
        with pytest.raises(Refusal, match="what the client said"):
            record_plan_agreement(session, case, "disagreed", " ", TODAY, today=TODAY)
        with pytest.raises(Refusal, match="answer to the plan must be one of"):
            record_plan_agreement(session, case, "maybe", None, TODAY, today=TODAY)
        with pytest.raises(Refusal, match="future"):
            record_plan_agreement(session, case, "agreed", None, TODAY + DAY, today=TODAY)
        record_plan_agreement(
            session, case, "disagreed", "I will not move to a smaller flat", TODAY, today=TODAY
        )
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "plan.agreement"))
        assert event.one().detail == {"answer": "disagreed"}
    with vault.session() as session:
        agreement = case_plan(session, case, TODAY).agreement
    assert (agreement.answer, agreement.words, agreement.recorded_on) == (
        "disagreed",
        "I will not move to a smaller flat",
        TODAY,
    )


def _note(session, owner, client, case, goals, when, sign=True):
    note = start_note(session, client, "free", owner, case, when)
    fields = NoteFields(contact_type="home", goals_addressed=goals, sections={"text": "Visit"})
    save_draft(session, note.id, fields)
    if sign:
        sign_note(session, note.id, owner)
    return note.id


def test_a_goal_shows_the_notes_that_addressed_it(vault, plan):
    client, case, goal, _objective = plan
    owner = vault.owner_id
    now = datetime(2025, 3, 1, 10)
    with vault.session() as session:
        other = add_goal(session, case, "Find a job")
        both = _note(session, owner, client, case, (goal, other), now)
        only_job = _note(session, owner, client, case, (other,), now + DAY)
        _note(session, owner, client, case, (), now + 2 * DAY)
        draft = _note(session, owner, client, case, (goal,), now + 3 * DAY, sign=False)
        gone = _note(session, owner, client, case, (goal,), now + 4 * DAY, sign=False)
        session.get(CaseNote, gone).deleted = True
    with vault.session() as session:
        keep, job = case_plan(session, case, TODAY).goals
        addressed = session.get(CaseNote, both).goals_addressed
    assert [(n.note_id, n.status) for n in keep.notes] == [(draft, "draft"), (both, "signed")]
    assert [n.note_id for n in job.notes] == [only_job, both]
    assert keep.notes[1].occurred_at == now and keep.notes[1].contact_type == "home"
    assert set(addressed) == {goal, other}  # and the note names its goals: both ways

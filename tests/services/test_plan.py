"""The case plan: assessments and re-assessment dates, goals, measurable objectives,
interventions."""

from datetime import date

import pytest
from sqlalchemy import select

from app.core.refusal import Refusal
from app.models import AuditEvent
from app.services.casework import open_case
from app.services.plan import (
    add_goal,
    add_intervention,
    add_objective,
    case_plan,
    list_assessments,
    record_assessment,
    record_objective_progress,
    update_goal_progress,
)
from app.services.records import ClientDraft, NotFound, create_client

TODAY = date(2025, 3, 10)


@pytest.fixture
def case_id(vault):
    with vault.session() as session:
        client = create_client(session, ClientDraft("Ana", "Pereira"), vault.owner_id)
        return open_case(session, client, "Housing stability", vault.owner_id)


def test_plan_shows_goals_with_their_objectives_and_interventions(vault, case_id):
    with vault.session() as session:
        goal = add_goal(
            session, case_id, "Keep the flat", "Avoid eviction", "client", date(2025, 6, 30)
        )
        objective = add_objective(
            session,
            goal,
            "Pay rent on time",
            "months paid on time",
            "0 of 3",
            "3 of 3",
            date(2025, 6, 1),
        )
        add_intervention(
            session,
            goal,
            "Budgeting sessions",
            "case worker",
            "weekly",
            date(2025, 3, 1),
            date(2025, 5, 31),
        )
        record_objective_progress(session, objective, "2 of 3")
        other = add_goal(session, case_id, "Find a job")
    with vault.session() as session:
        plan = case_plan(session, case_id, today=TODAY)
    assert [g.title for g in plan.goals] == ["Keep the flat", "Find a job"]
    keep = plan.goals[0]
    assert keep.status == "active" and keep.progress_percent == 0
    assert [
        (o.measure, o.baseline_value, o.current_value, o.target_value) for o in keep.objectives
    ] == [("months paid on time", "0 of 3", "2 of 3", "3 of 3")]
    assert [(i.description, i.frequency) for i in keep.interventions] == [
        ("Budgeting sessions", "weekly")
    ]
    assert plan.goals[1].id == other and plan.goals[1].objectives == ()


def test_progress_outside_0_to_100_is_refused_and_nothing_changes(vault, case_id):
    with vault.session() as session:
        goal = add_goal(session, case_id, "Keep the flat")
        update_goal_progress(session, goal, "active", 40)
        for bad in (-1, 101, 50.5, True):
            with pytest.raises(Refusal, match="(between 0 and 100|whole number)"):
                update_goal_progress(session, goal, "active", bad)
        with pytest.raises(Refusal, match="goal status must be one of"):
            update_goal_progress(session, goal, "finished", 100)
        assert case_plan(session, case_id, TODAY).goals[0].progress_percent == 40
        update_goal_progress(session, goal, "met")
        met = case_plan(session, case_id, TODAY).goals[0]
    assert (met.status, met.progress_percent) == ("met", 100)


def test_objectives_must_be_measurable(vault, case_id):
    with vault.session() as session:
        goal = add_goal(session, case_id, "Keep the flat")
        with pytest.raises(Refusal, match="measure"):
            add_objective(session, goal, "Pay rent", "  ", None, "3 of 3")
        with pytest.raises(Refusal, match="target value"):
            add_objective(session, goal, "Pay rent", "months paid", None, "")
        with pytest.raises(Refusal, match="goal title"):
            add_goal(session, case_id, "   ")
        with pytest.raises(Refusal, match="cannot end before it starts"):
            add_intervention(
                session, goal, "Sessions", "worker", None, date(2025, 5, 1), date(2025, 4, 1)
            )
        with pytest.raises(NotFound):
            add_objective(session, "0190f0e0-0000-7000-8000-000000000000", "x", "y", None, "z")


def test_goals_and_objectives_past_their_target_are_overdue_while_active(vault, case_id):
    with vault.session() as session:
        late = add_goal(session, case_id, "Late goal", target_date=date(2025, 3, 1))
        done = add_goal(session, case_id, "Done goal", target_date=date(2025, 3, 1))
        add_objective(session, late, "Step", "count", None, "1", date(2025, 3, 9))
        update_goal_progress(session, done, "met", 100)
        goals = {g.title: g for g in case_plan(session, case_id, TODAY).goals}
    assert goals["Late goal"].overdue and goals["Late goal"].objectives[0].overdue
    assert not goals["Done goal"].overdue


def test_reassessment_due_date_comes_from_the_latest_assessment(vault, case_id):
    with vault.session() as session:
        with pytest.raises(Refusal, match="after the assessment date"):
            record_assessment(
                session, case_id, "assessment", date(2025, 1, 10), next_due_on=date(2025, 1, 1)
            )
        with pytest.raises(Refusal, match="risk level"):
            record_assessment(
                session, case_id, "assessment", date(2025, 1, 10), risk_level="extreme"
            )
        record_assessment(
            session,
            case_id,
            "assessment",
            date(2025, 1, 10),
            "Rent arrears",
            "Supportive sister",
            "Eviction notice",
            "high",
            date(2025, 3, 1),
        )
        plan = case_plan(session, case_id, today=TODAY)
        assert plan.reassessment_due_on == date(2025, 3, 1) and plan.reassessment_overdue
        record_assessment(
            session,
            case_id,
            "reassessment",
            date(2025, 3, 5),
            risk_level="medium",
            next_due_on=date(2025, 6, 5),
        )
        plan = case_plan(session, case_id, today=TODAY)
        history = list_assessments(session, case_id)
        actions = list(session.scalars(select(AuditEvent.action)))
    assert plan.reassessment_due_on == date(2025, 6, 5) and not plan.reassessment_overdue
    assert plan.last_assessed_on == date(2025, 3, 5)
    assert [(a.kind, a.risk_level) for a in history] == [
        ("reassessment", "medium"),
        ("assessment", "high"),
    ]
    assert history[1].needs == "Rent arrears"
    assert actions.count("assessment.recorded") == 2

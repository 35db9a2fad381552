"""The case plan: goals with measurable objectives, the interventions that work towards them,
and when the case must be re-assessed.

Assessments live in app/services/assessments.py; `record_assessment` and `list_assessments`
are re-exported here so the plan screen needs one module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.ids import uuid7
from app.models import Case, Goal, Intervention, Objective
from app.services.assessments import (
    AssessmentView,
    latest_assessment,
    list_assessments,
    record_assessment,
)
from app.services.fields import load, one_of, optional_text, required_text
from app.store.audit import record_event

__all__ = [
    "AssessmentView",
    "CasePlan",
    "GoalView",
    "InterventionView",
    "ObjectiveView",
    "add_goal",
    "add_intervention",
    "add_objective",
    "case_plan",
    "list_assessments",
    "record_assessment",
    "record_objective_progress",
    "update_goal_progress",
]

GOAL_STATUSES = ("active", "met", "not_met", "dropped")
OBJECTIVE_STATUSES = ("active", "met", "not_met", "dropped")


@dataclass(frozen=True)
class ObjectiveView:
    id: str
    description: str
    measure: str
    baseline_value: str | None
    target_value: str
    current_value: str | None
    target_date: date | None
    status: str
    overdue: bool


@dataclass(frozen=True)
class InterventionView:
    id: str
    description: str
    responsible_party: str
    frequency: str | None
    start_on: date | None
    end_on: date | None
    status: str


@dataclass(frozen=True)
class GoalView:
    id: str
    title: str
    description: str
    responsible_party: str
    target_date: date | None
    status: str
    progress_percent: int
    overdue: bool
    objectives: tuple[ObjectiveView, ...] = ()
    interventions: tuple[InterventionView, ...] = ()


@dataclass(frozen=True)
class CasePlan:
    case_id: str
    goals: tuple[GoalView, ...]
    last_assessed_on: date | None
    reassessment_due_on: date | None
    reassessment_overdue: bool


def _overdue(target: date | None, status: str, today: date) -> bool:
    return status == "active" and target is not None and target < today


def add_goal(
    session: Session,
    case_id: str,
    title: str,
    description: str = "",
    responsible_party: str = "client",
    target_date: date | None = None,
) -> str:
    load(session, Case, case_id, "case")
    goal = Goal(
        id=uuid7(),
        case_id=case_id,
        title=required_text(title, "goal title", 300),
        description=description.strip(),
        responsible_party=required_text(responsible_party, "person responsible", 200),
        target_date=target_date,
        status="active",
        progress_percent=0,
    )
    session.add(goal)
    record_event(session, "goal.added", "goal", goal.id, case=case_id)
    return goal.id


def update_goal_progress(
    session: Session, goal_id: str, status: str, progress_percent: int | None = None
) -> None:
    """Set a goal's status and, optionally, how far along it is (0 to 100 per cent)."""
    goal = load(session, Goal, goal_id, "goal")
    one_of(status, GOAL_STATUSES, "goal status")
    if progress_percent is not None:
        if isinstance(progress_percent, bool) or not isinstance(progress_percent, int):
            raise ValueError("Progress must be a whole number of per cent.")
        if not 0 <= progress_percent <= 100:
            raise ValueError("Progress must be between 0 and 100 per cent.")
        goal.progress_percent = progress_percent
    elif status == "met":
        goal.progress_percent = 100
    goal.status = status
    record_event(
        session, "goal.progress", "goal", goal.id, status=status, percent=goal.progress_percent
    )


def add_objective(
    session: Session,
    goal_id: str,
    description: str,
    measure: str,
    baseline_value: str | None,
    target_value: str,
    target_date: date | None = None,
) -> str:
    """A measurable step towards a goal: what is measured, where it starts, the target."""
    load(session, Goal, goal_id, "goal")
    objective = Objective(
        id=uuid7(),
        goal_id=goal_id,
        description=required_text(description, "objective", 10_000),
        measure=required_text(measure, "measure (what will be counted or checked)", 200),
        baseline_value=optional_text(baseline_value, "starting value", 100),
        target_value=required_text(target_value, "target value", 100),
        target_date=target_date,
        status="active",
    )
    session.add(objective)
    record_event(session, "objective.added", "objective", objective.id, goal=goal_id)
    return objective.id


def record_objective_progress(
    session: Session, objective_id: str, current_value: str, status: str = "active"
) -> None:
    objective = load(session, Objective, objective_id, "objective")
    one_of(status, OBJECTIVE_STATUSES, "objective status")
    objective.current_value = required_text(current_value, "current value", 100)
    objective.status = status
    record_event(session, "objective.progress", "objective", objective.id, status=status)


def add_intervention(
    session: Session,
    goal_id: str,
    description: str,
    responsible_party: str,
    frequency: str | None = None,
    start_on: date | None = None,
    end_on: date | None = None,
) -> str:
    load(session, Goal, goal_id, "goal")
    if start_on is not None and end_on is not None and end_on < start_on:
        raise ValueError("An intervention cannot end before it starts.")
    intervention = Intervention(
        id=uuid7(),
        goal_id=goal_id,
        description=required_text(description, "intervention", 10_000),
        responsible_party=required_text(responsible_party, "person responsible", 200),
        frequency=(frequency or "").strip() or None,
        start_on=start_on,
        end_on=end_on,
        status="planned",
    )
    session.add(intervention)
    record_event(session, "intervention.added", "intervention", intervention.id, goal=goal_id)
    return intervention.id


def _objectives(
    session: Session, goal_ids: list[str], today: date
) -> dict[str, list[ObjectiveView]]:
    by_goal: dict[str, list[ObjectiveView]] = {gid: [] for gid in goal_ids}
    rows = session.scalars(
        select(Objective)
        .where(Objective.goal_id.in_(goal_ids), Objective.deleted.is_(False))
        .order_by(Objective.target_date.is_(None), Objective.target_date, Objective.id)
    )
    for o in rows:
        by_goal[o.goal_id].append(
            ObjectiveView(
                o.id,
                o.description,
                o.measure,
                o.baseline_value,
                o.target_value,
                o.current_value,
                o.target_date,
                o.status,
                _overdue(o.target_date, o.status, today),
            )
        )
    return by_goal


def _interventions(session: Session, goal_ids: list[str]) -> dict[str, list[InterventionView]]:
    by_goal: dict[str, list[InterventionView]] = {gid: [] for gid in goal_ids}
    rows = session.scalars(
        select(Intervention)
        .where(Intervention.goal_id.in_(goal_ids), Intervention.deleted.is_(False))
        .order_by(Intervention.start_on.is_(None), Intervention.start_on, Intervention.id)
    )
    for i in rows:
        by_goal[i.goal_id].append(
            InterventionView(
                i.id,
                i.description,
                i.responsible_party,
                i.frequency,
                i.start_on,
                i.end_on,
                i.status,
            )
        )
    return by_goal


def case_plan(session: Session, case_id: str, today: date | None = None) -> CasePlan:
    """The whole plan of a case: goals with their objectives and interventions, and when the
    next re-assessment is due (set by the latest assessment)."""
    load(session, Case, case_id, "case")
    today = today or date.today()
    goals = list(
        session.scalars(
            select(Goal)
            .where(Goal.case_id == case_id, Goal.deleted.is_(False))
            .order_by(Goal.created_at, Goal.id)
        )
    )
    ids = [g.id for g in goals]
    objectives, interventions = _objectives(session, ids, today), _interventions(session, ids)
    latest = latest_assessment(session, case_id)
    due = latest.next_due_on if latest else None
    return CasePlan(
        case_id=case_id,
        goals=tuple(
            GoalView(
                g.id,
                g.title,
                g.description,
                g.responsible_party,
                g.target_date,
                g.status,
                g.progress_percent,
                _overdue(g.target_date, g.status, today),
                tuple(objectives[g.id]),
                tuple(interventions[g.id]),
            )
            for g in goals
        ),
        last_assessed_on=latest.assessed_on if latest else None,
        reassessment_due_on=due,
        reassessment_overdue=due is not None and due < today,
    )

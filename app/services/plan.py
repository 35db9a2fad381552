"""The case plan: goals with measurable objectives, the interventions that work towards them
(towards one objective, or the goal as a whole), and when the case must be re-assessed.

Assessments live in app/services/assessments.py (`record_assessment` and `list_assessments`
are re-exported here); progress entries, the client's agreement to the plan and the notes
that address a goal in app/services/monitoring.py. `case_plan` reads it all at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.ids import uuid7
from app.core.refusal import QT_TRANSLATE_NOOP, Refusal
from app.models import Case, Goal, Intervention, Objective
from app.services.assessments import (
    AssessmentView,
    latest_assessment,
    list_assessments,
    record_assessment,
)
from app.services.fields import load, one_of, optional_text, required_text
from app.services.monitoring import (
    NoteLink,
    PlanAgreement,
    ProgressEntry,
    add_progress_entry,
    notes_by_goal,
    plan_agreement,
    progress_history,
)
from app.store.audit import record_event

__all__ = ["AssessmentView", "list_assessments", "record_assessment"]  # re-exported

GOAL_STATUSES = ("active", "met", "not_met", "dropped")


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
    progress: tuple[ProgressEntry, ...] = ()  # newest first
    interventions: tuple[InterventionView, ...] = ()  # those working towards this objective


@dataclass(frozen=True)
class InterventionView:
    id: str
    description: str
    responsible_party: str
    frequency: str | None
    start_on: date | None
    end_on: date | None
    status: str
    objective_id: str | None = None


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
    interventions: tuple[InterventionView, ...] = ()  # for the goal as a whole
    notes: tuple[NoteLink, ...] = ()  # case notes that addressed it, newest first


@dataclass(frozen=True)
class CasePlan:
    case_id: str
    goals: tuple[GoalView, ...]
    last_assessed_on: date | None
    reassessment_due_on: date | None
    reassessment_overdue: bool
    agreement: PlanAgreement = PlanAgreement()


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
        title=required_text(title, QT_TRANSLATE_NOOP("Refusal", "goal title"), 300),
        description=description.strip(),
        responsible_party=required_text(
            responsible_party, QT_TRANSLATE_NOOP("Refusal", "person responsible"), 200
        ),
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
    one_of(status, GOAL_STATUSES, QT_TRANSLATE_NOOP("Refusal", "goal status"))
    if progress_percent is not None:
        if isinstance(progress_percent, bool) or not isinstance(progress_percent, int):
            raise Refusal(
                QT_TRANSLATE_NOOP("Refusal", "Progress must be a whole number of per cent.")
            )
        if not 0 <= progress_percent <= 100:
            raise Refusal(
                QT_TRANSLATE_NOOP("Refusal", "Progress must be between 0 and 100 per cent.")
            )
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
        description=required_text(description, QT_TRANSLATE_NOOP("Refusal", "objective"), 10_000),
        measure=required_text(
            measure, QT_TRANSLATE_NOOP("Refusal", "measure (what will be counted or checked)"), 200
        ),
        baseline_value=optional_text(
            baseline_value, QT_TRANSLATE_NOOP("Refusal", "starting value"), 100
        ),
        target_value=required_text(target_value, QT_TRANSLATE_NOOP("Refusal", "target value"), 100),
        target_date=target_date,
        status="active",
    )
    session.add(objective)
    record_event(session, "objective.added", "objective", objective.id, goal=goal_id)
    return objective.id


def record_objective_progress(
    session: Session, objective_id: str, current_value: str, status: str = "active"
) -> None:
    """Where an objective stands today (a progress entry without a note)."""
    add_progress_entry(session, objective_id, current_value, date.today(), status=status)


def add_intervention(
    session: Session,
    goal_id: str,
    description: str,
    responsible_party: str,
    frequency: str | None = None,
    start_on: date | None = None,
    end_on: date | None = None,
    objective_id: str | None = None,
) -> str:
    """Who does what, how often, towards the goal or (given) one of its objectives."""
    load(session, Goal, goal_id, "goal")
    if objective_id and load(session, Objective, objective_id, "objective").goal_id != goal_id:
        raise Refusal(QT_TRANSLATE_NOOP("Refusal", "That objective belongs to another goal."))
    if start_on is not None and end_on is not None and end_on < start_on:
        raise Refusal(QT_TRANSLATE_NOOP("Refusal", "An intervention cannot end before it starts."))
    intervention = Intervention(
        id=uuid7(),
        goal_id=goal_id,
        objective_id=objective_id,
        description=required_text(
            description, QT_TRANSLATE_NOOP("Refusal", "intervention"), 10_000
        ),
        responsible_party=required_text(
            responsible_party, QT_TRANSLATE_NOOP("Refusal", "person responsible"), 200
        ),
        frequency=(frequency or "").strip() or None,
        start_on=start_on,
        end_on=end_on,
        status="planned",
    )
    session.add(intervention)
    record_event(session, "intervention.added", "intervention", intervention.id, goal=goal_id)
    return intervention.id


def _intervention_view(i: Intervention) -> InterventionView:
    return InterventionView(
        i.id, i.description, i.responsible_party, i.frequency, i.start_on, i.end_on, i.status,
        i.objective_id,
    )  # fmt: skip


def _interventions(session: Session, goal_ids: list[str]) -> dict[str, list[InterventionView]]:
    by_goal: dict[str, list[InterventionView]] = {gid: [] for gid in goal_ids}
    rows = session.scalars(
        select(Intervention)
        .where(Intervention.goal_id.in_(goal_ids), Intervention.deleted.is_(False))
        .order_by(Intervention.start_on.is_(None), Intervention.start_on, Intervention.id)
    )
    for i in rows:
        by_goal[i.goal_id].append(_intervention_view(i))
    return by_goal


def _objective_view(
    o: Objective, today: date, progress: tuple[ProgressEntry, ...], under: list[InterventionView]
) -> ObjectiveView:
    overdue = _overdue(o.target_date, o.status, today)
    return ObjectiveView(
        o.id, o.description, o.measure, o.baseline_value, o.target_value, o.current_value,
        o.target_date, o.status, overdue, progress, tuple(under),
    )  # fmt: skip


def _objectives(
    session: Session,
    goal_ids: list[str],
    today: date,
    interventions: dict[str, list[InterventionView]],
) -> dict[str, list[ObjectiveView]]:
    rows = session.scalars(
        select(Objective)
        .where(Objective.goal_id.in_(goal_ids), Objective.deleted.is_(False))
        .order_by(Objective.target_date.is_(None), Objective.target_date, Objective.id)
    ).all()
    progress = progress_history(session, [o.id for o in rows])
    by_goal: dict[str, list[ObjectiveView]] = {gid: [] for gid in goal_ids}
    for o in rows:
        under = [i for i in interventions[o.goal_id] if i.objective_id == o.id]
        by_goal[o.goal_id].append(_objective_view(o, today, progress[o.id], under))
    return by_goal


def _goal_views(
    session: Session, case_id: str, goals: list[Goal], today: date
) -> tuple[GoalView, ...]:
    ids = [g.id for g in goals]
    interventions = _interventions(session, ids)
    objectives = _objectives(session, ids, today, interventions)
    notes = notes_by_goal(session, case_id, ids)
    return tuple(_goal_view(g, today, objectives[g.id], interventions[g.id], notes) for g in goals)


def _goal_view(
    g: Goal, today: date, objectives: list[ObjectiveView], interventions: list[InterventionView],
    notes: dict[str, tuple[NoteLink, ...]],
) -> GoalView:  # fmt: skip
    """The goal, with the interventions not placed under one of its objectives."""
    placed = {i.id for o in objectives for i in o.interventions}
    loose = tuple(i for i in interventions if i.id not in placed)
    overdue = _overdue(g.target_date, g.status, today)
    return GoalView(
        g.id, g.title, g.description, g.responsible_party, g.target_date, g.status,
        g.progress_percent, overdue, tuple(objectives), loose, notes[g.id],
    )  # fmt: skip


def case_plan(session: Session, case_id: str, today: date | None = None) -> CasePlan:
    """The whole plan of a case: goals with their objectives (each with its progress entries
    and interventions), the notes that addressed each goal, the client's agreement, and when
    the next re-assessment is due (set by the latest assessment)."""
    load(session, Case, case_id, "case")
    today = today or date.today()
    goals = session.scalars(
        select(Goal)
        .where(Goal.case_id == case_id, Goal.deleted.is_(False))
        .order_by(Goal.created_at, Goal.id)
    ).all()
    latest = latest_assessment(session, case_id)
    due = latest.next_due_on if latest else None
    return CasePlan(
        case_id=case_id,
        goals=_goal_views(session, case_id, list(goals), today),
        last_assessed_on=latest.assessed_on if latest else None,
        reassessment_due_on=due,
        reassessment_overdue=due is not None and due < today,
        agreement=plan_agreement(session, case_id),
    )

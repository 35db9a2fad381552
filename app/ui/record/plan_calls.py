"""Vault work for the Plan tab beyond app/ui/access.py: interventions, progress entries, a
goal's status and the client's agreement to the plan.

Each function runs on the worker thread (through a pane's `call()`), opens its own unit of
work and returns plain data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.services import monitoring, plan
from app.ui.access import VaultAccess


@dataclass(frozen=True)
class InterventionInput:
    goal_id: str
    objective_id: str | None
    description: str
    responsible_party: str
    frequency: str | None
    start_on: date | None
    end_on: date | None


@dataclass(frozen=True)
class ProgressInput:
    objective_id: str
    value: str
    recorded_on: date
    status: str
    note: str | None


def add_intervention(access: VaultAccess, given: InterventionInput) -> str:
    with access.vault.session() as session:
        return plan.add_intervention(
            session,
            given.goal_id,
            given.description,
            given.responsible_party,
            given.frequency,
            given.start_on,
            given.end_on,
            objective_id=given.objective_id,
        )


def add_progress(access: VaultAccess, given: ProgressInput) -> str:
    with access.vault.session() as session:
        return monitoring.add_progress_entry(
            session,
            given.objective_id,
            given.value,
            given.recorded_on,
            given.note,
            given.status,
            worker_id=access.owner_id,
        )


def set_goal_status(access: VaultAccess, goal_id: str, status: str, percent: int) -> None:
    with access.vault.session() as session:
        plan.update_goal_progress(session, goal_id, status, percent)


def record_agreement(
    access: VaultAccess, case_id: str, answer: str, words: str | None, on: date
) -> monitoring.PlanAgreement:
    with access.vault.session() as session:
        return monitoring.record_plan_agreement(session, case_id, answer, words, on)

"""Vault work for the record's tabs that app/ui/access.py does not offer (yet): opening a case,
the programmes to suggest for it, a supervisor's conflict-of-interest review, and the Tasks &
visits tab's extras (what the visit checks need, visit outcomes, tasks given to a colleague).

Like every `VaultAccess` method, each function here runs on the worker thread (through a pane's
`call()`), opens its own unit of work and returns plain data, never an ORM object.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.services import activity, assignment, casework, conflicts, visit_checks
from app.services.conflicts import ConflictView
from app.services.lookups import WorkerChoice
from app.services.visit_checks import VisitFacts
from app.ui.access import VaultAccess


@dataclass(frozen=True)
class ConflictsShown:
    """The declarations about one client, and whether the worker using this device may review
    them (a supervisor; never their own declaration)."""

    declared: list[ConflictView]
    may_review: bool
    me: str


def conflicts_shown(access: VaultAccess, client_id: str) -> ConflictsShown:
    with access.vault.session() as session:
        declared = conflicts.conflicts_for_client(session, client_id)
        may_review = conflicts.may_review_conflicts(session, access.owner_id)
    return ConflictsShown(declared, may_review, access.owner_id)


def review_conflict(
    access: VaultAccess, declaration_id: str, outcome: str, note: str
) -> ConflictView:
    with access.vault.session() as session:
        return conflicts.review_conflict(session, declaration_id, access.owner_id, note, outcome)


def programs(access: VaultAccess) -> list[str]:
    with access.vault.session() as session:
        return casework.known_programs(session)


def open_case(
    access: VaultAccess, client_id: str, program: str, opened_on: date, reason: str | None
) -> str:
    with access.vault.session() as session:
        return casework.open_case(session, client_id, program, access.owner_id, opened_on, reason)


@dataclass(frozen=True)
class ActivityExtras:
    """What the tab shows besides the record: reasons by visit id, and the workers this
    worker may give a task on the case to (themselves first)."""

    reasons: dict[str, str]
    assignees: list[WorkerChoice]


def visit_facts(access: VaultAccess, client_id: str, case_id: str | None) -> VisitFacts:
    """The client's safe times and permissions and the case's state, for the visit form."""
    with access.vault.session() as session:
        return visit_checks.visit_facts(session, client_id, case_id)


def activity_extras(access: VaultAccess, client_id: str, case_id: str | None) -> ActivityExtras:
    with access.vault.session() as session:
        reasons = activity.visit_reasons(session, client_id)
        choices = assignment.assignable_workers(session, access.owner_id, case_id)
    return ActivityExtras(reasons, choices)


def end_visit(
    access: VaultAccess, visit_id: str, outcome: str, reason: str | None
) -> activity.VisitState:
    with access.vault.session() as session:
        return activity.record_visit_outcome(session, visit_id, outcome, reason)


def add_task_for(
    access: VaultAccess,
    client_id: str,
    case_id: str | None,
    title: str,
    due: date | None,
    assignee_id: str | None,
) -> str:
    """A task for the worker, or for the colleague they chose (the team rules apply)."""
    with access.vault.session() as session:
        return activity.add_task(
            session,
            title,
            due,
            case_id=case_id,
            client_id=client_id,
            assigned_to_id=assignee_id or access.owner_id,
            assigned_by_id=access.owner_id,
        )

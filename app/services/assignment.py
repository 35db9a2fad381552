"""Who may give a task to whom, and cases the team shares.

A worker may always take a task themselves. A supervisor may give one to any worker they
supervise. Another worker may give one to a colleague of their team (the workers with the same
supervisor, and that supervisor) only on a case shared with the team, which the case's worker
or a supervisor marks. Teams come from the worker profiles every device holds (the `staff`
scope), so the rule gives the same answer offline.
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.core.refusal import QT_TRANSLATE_NOOP, Refusal
from app.models import Case, WorkerProfile
from app.services.fields import load
from app.services.lookups import WorkerChoice, known_workers
from app.store.audit import record_event

NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "Refusal",
    "Only a supervisor, or a worker on a case shared with the team, can give a task to a "
    "colleague. Share the case first (Case tab), or ask your supervisor.",
)
NOT_IN_TEAM = QT_TRANSLATE_NOOP("Refusal", "That worker is not in your team.")


def team_of(session: Session, worker_id: str) -> set[str]:
    """The worker, the workers they supervise, and when they have a supervisor, that
    supervisor and the workers who share them."""
    worker = load(session, WorkerProfile, worker_id, "worker")
    leads = [worker.id] + ([worker.supervisor_id] if worker.supervisor_id else [])
    rows = session.scalars(
        select(WorkerProfile.id).where(
            or_(WorkerProfile.supervisor_id.in_(leads), WorkerProfile.id.in_(leads)),
            WorkerProfile.deleted.is_(False),
        )
    )
    return set(rows)


def _is_supervisor(session: Session, worker_id: str) -> bool:
    return load(session, WorkerProfile, worker_id, "worker").role == "supervisor"


def case_shared(session: Session, case_id: str | None) -> bool:
    """Is the case shared with the team? (A task with no case never is.)"""
    return case_id is not None and bool(load(session, Case, case_id, "case").shared)


def _may_give(session: Session, by_worker_id: str, assignee_id: str, case_id: str | None) -> bool:
    if _is_supervisor(session, by_worker_id):
        worker = load(session, WorkerProfile, assignee_id, "worker")
        return worker.supervisor_id == by_worker_id
    return case_shared(session, case_id) and assignee_id in team_of(session, by_worker_id)


def check_assignee(
    session: Session, by_worker_id: str, assignee_id: str, case_id: str | None
) -> None:
    """Refuse (Refusal, in plain words) a task given to someone the rules do not allow."""
    if assignee_id == by_worker_id or _may_give(session, by_worker_id, assignee_id, case_id):
        return
    if _is_supervisor(session, by_worker_id) or case_shared(session, case_id):
        raise Refusal(NOT_IN_TEAM)
    raise Refusal(NOT_ALLOWED)


def assignable_workers(session: Session, worker_id: str, case_id: str | None) -> list[WorkerChoice]:
    """Whom this worker may give a task on this case to: themselves first, then by name."""
    return [
        choice
        for choice in known_workers(session)
        if choice.id == worker_id or _may_give(session, worker_id, choice.id, case_id)
    ]


def set_case_shared(session: Session, case_id: str, shared: bool, worker_id: str) -> bool:
    """Mark a case as shared with the team (or not); only its worker or a supervisor may."""
    case = load(session, Case, case_id, "case")
    if case.assigned_worker_id != worker_id and not _is_supervisor(session, worker_id):
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "Refusal", "Only the case's worker or a supervisor can share it with the team."
            )
        )
    if bool(case.shared) != shared:
        case.shared = shared
        record_event(session, "case.shared", "case_file", case.id, shared=shared)
    return shared

"""Day-to-day casework: tasks and follow-ups, visits (home, phone, office, video) and
referrals to other services.

A task or visit given only a case belongs to that case's client, so it shows on the client's
timeline and in the worker's day with the client's name. A visit ends done, cancelled or as a
no-show; the last two need the reason. Who may give a task to whom is app/services/assignment.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.ids import uuid7
from app.core.notes import CONTACT_TYPES
from app.core.refusal import QT_TRANSLATE_NOOP, Refusal
from app.models import Case, Client, Referral, Task, Visit, WorkerProfile
from app.models.base import utcnow
from app.services.assignment import check_assignee
from app.services.fields import (
    client_of_case,
    load,
    one_of,
    optional_text,
    required_text,
)
from app.services.referrals import check_consent
from app.store.audit import record_event

TASK_KINDS = ("task", "follow_up")
VISIT_STATUSES = ("scheduled", "done", "cancelled", "no_show")
VISIT_OUTCOMES = VISIT_STATUSES[1:]
NEEDS_REASON = {  # field names, shown in refusals (translated there in the "Refusal" context)
    "cancelled": QT_TRANSLATE_NOOP("Refusal", "reason the visit was cancelled"),
    "no_show": QT_TRANSLATE_NOOP("Refusal", "reason for the no-show"),
}
# A visit's status as a refusal names it: a word, translated where the refusal is shown.
STATUS_WORDS = {
    "done": QT_TRANSLATE_NOOP("Refusal", "done"),
    "cancelled": QT_TRANSLATE_NOOP("Refusal", "cancelled"),
    "no_show": QT_TRANSLATE_NOOP("Refusal", "no show"),
    "made": QT_TRANSLATE_NOOP("Refusal", "made"),
    "accepted": QT_TRANSLATE_NOOP("Refusal", "accepted"),
    "declined": QT_TRANSLATE_NOOP("Refusal", "declined"),
    "completed": QT_TRANSLATE_NOOP("Refusal", "completed"),
}
REFERRAL_STATUSES = ("made", "accepted", "declined", "completed")
REFERRAL_MOVES: dict[str, tuple[str, ...]] = {
    "made": ("accepted", "declined", "completed"),
    "accepted": ("declined", "completed"),
    "declined": (),
    "completed": (),
}
MAX_VISIT_MINUTES = 12 * 60


@dataclass(frozen=True)
class TaskState:
    id: str
    title: str
    kind: str
    due_on: date | None
    done_at: datetime | None
    assigned_to_id: str | None = None

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True)
class VisitState:
    id: str
    client_id: str
    scheduled_at: datetime
    contact_type: str
    status: str
    outcome_reason: str | None = None


def _task_state(task: Task) -> TaskState:
    return TaskState(task.id, task.title, task.kind, task.due_on, task.done_at, task.assigned_to_id)


def _visit_state(visit: Visit) -> VisitState:
    return VisitState(
        visit.id,
        visit.client_id,
        visit.scheduled_at,
        visit.contact_type,
        visit.status,
        visit.outcome_reason,
    )


def add_task(
    session: Session,
    title: str,
    due_on: date | None = None,
    kind: str = "task",
    case_id: str | None = None,
    client_id: str | None = None,
    assigned_to_id: str | None = None,
    assigned_by_id: str | None = None,
) -> str:
    """A task (or a follow-up, which needs a client or a case) for a worker; when
    `assigned_by_id` gives it to a colleague, the team rules apply (assignment.py)."""
    one_of(kind, TASK_KINDS, QT_TRANSLATE_NOOP("Refusal", "kind of task"))
    client_id, case_id = client_of_case(session, case_id, client_id)
    if client_id is not None:
        load(session, Client, client_id, "client")
    elif kind == "follow_up":
        raise Refusal(QT_TRANSLATE_NOOP("Refusal", "A follow-up needs a client or a case."))
    if assigned_to_id is not None:
        load(session, WorkerProfile, assigned_to_id, "worker")
        if assigned_by_id is not None:
            check_assignee(session, assigned_by_id, assigned_to_id, case_id)
    task = Task(
        id=uuid7(),
        title=required_text(title, QT_TRANSLATE_NOOP("Refusal", "task title"), 300),
        due_on=due_on,
        kind=kind,
        case_id=case_id,
        client_id=client_id,
        assigned_to_id=assigned_to_id,
    )
    session.add(task)
    record_event(session, "task.added", "task", task.id, kind=kind, client=client_id)
    return task.id


def complete_task(session: Session, task_id: str, now: datetime | None = None) -> TaskState:
    """Tick a task off (ticking a done task again changes nothing)."""
    task = load(session, Task, task_id, "task")
    if task.done_at is None:
        task.done_at = (now or utcnow()).replace(microsecond=0)
        record_event(session, "task.completed", "task", task.id)
    return _task_state(task)


def assign_task(session: Session, task_id: str, assignee_id: str, by_worker_id: str) -> TaskState:
    """Give a task to a worker of the team (or back to oneself)."""
    task = load(session, Task, task_id, "task")
    load(session, WorkerProfile, assignee_id, "worker")
    check_assignee(session, by_worker_id, assignee_id, task.case_id)
    if task.assigned_to_id != assignee_id:
        task.assigned_to_id = assignee_id
        record_event(session, "task.assigned", "task", task.id, to_worker=assignee_id)
    return _task_state(task)


def reopen_task(session: Session, task_id: str) -> TaskState:
    task = load(session, Task, task_id, "task")
    if task.done_at is not None:
        task.done_at = None
        record_event(session, "task.reopened", "task", task.id)
    return _task_state(task)


def schedule_visit(
    session: Session,
    client_id: str,
    worker_id: str,
    contact_type: str,
    scheduled_at: datetime,
    duration_minutes: int = 60,
    location: str | None = None,
    purpose: str | None = None,
    case_id: str | None = None,
) -> str:
    load(session, Client, client_id, "client")
    client_of_case(session, case_id, client_id)
    one_of(contact_type, CONTACT_TYPES, QT_TRANSLATE_NOOP("Refusal", "kind of contact"))
    if not 1 <= duration_minutes <= MAX_VISIT_MINUTES:
        raise Refusal(QT_TRANSLATE_NOOP("Refusal", "A visit lasts between 1 minute and 12 hours."))
    visit = Visit(
        id=uuid7(),
        client_id=client_id,
        case_id=case_id,
        worker_id=worker_id,
        contact_type=contact_type,
        scheduled_at=scheduled_at.replace(second=0, microsecond=0),
        duration_minutes=duration_minutes,
        location=optional_text(location, QT_TRANSLATE_NOOP("Refusal", "location"), 300),
        purpose=optional_text(purpose, QT_TRANSLATE_NOOP("Refusal", "purpose")),
        status="scheduled",
    )
    session.add(visit)
    record_event(session, "visit.scheduled", "visit", visit.id, client=client_id, type=contact_type)
    return visit.id


def record_visit_outcome(
    session: Session, visit_id: str, outcome: str, reason: str | None = None
) -> VisitState:
    """End a scheduled visit: done, cancelled or no-show (VISIT_OUTCOMES). A cancelled or
    missed visit needs the reason; what happened at a visit done goes in the case note."""
    one_of(outcome, VISIT_OUTCOMES, QT_TRANSLATE_NOOP("Refusal", "outcome of the visit"))
    visit = load(session, Visit, visit_id, "visit")
    if visit.status != "scheduled":
        shown = STATUS_WORDS.get(visit.status, visit.status.replace("_", " "))
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "Refusal", "This visit is already marked {status}; schedule a new one instead."
            ),
            {"status": shown},
        )
    if outcome in NEEDS_REASON:
        visit.outcome_reason = required_text(reason, NEEDS_REASON[outcome], 1000)
    visit.status = outcome
    record_event(session, f"visit.{outcome}", "visit", visit.id)
    return _visit_state(visit)


def complete_visit(
    session: Session, visit_id: str, client_attended: bool = True, reason: str | None = None
) -> VisitState:
    """Mark a scheduled visit as done, or as a no-show (with the reason) when the client
    was not there."""
    outcome = "done" if client_attended else "no_show"
    return record_visit_outcome(session, visit_id, outcome, reason)


def cancel_visit(session: Session, visit_id: str, reason: str) -> VisitState:
    return record_visit_outcome(session, visit_id, "cancelled", reason)


def visit_reasons(session: Session, client_id: str) -> dict[str, str]:
    """Why each of the client's visits was cancelled or missed, by visit id."""
    rows = session.execute(
        select(Visit.id, Visit.outcome_reason).where(
            Visit.client_id == client_id,
            Visit.outcome_reason.is_not(None),
            Visit.deleted.is_(False),
        )
    )
    return {visit_id: reason for visit_id, reason in rows if reason is not None}  # as queried


def make_referral(
    session: Session,
    case_id: str,
    service: str,
    organisation: str,
    reason: str,
    made_on: date,
    follow_up_on: date | None = None,
    consent_id: str | None = None,
) -> str:
    """Refer the client of a case to another service, optionally under a signed consent to
    share their information."""
    client_id = load(session, Case, case_id, "case").client_id
    if follow_up_on is not None and follow_up_on < made_on:
        raise Refusal(
            QT_TRANSLATE_NOOP("Refusal", "The follow-up cannot be before the referral is made.")
        )
    if consent_id is not None:
        check_consent(session, consent_id, client_id, made_on)
    referral = Referral(
        id=uuid7(),
        case_id=case_id,
        client_id=client_id,
        service=required_text(service, QT_TRANSLATE_NOOP("Refusal", "service"), 200),
        organisation=required_text(organisation, QT_TRANSLATE_NOOP("Refusal", "organisation"), 200),
        reason=required_text(reason, QT_TRANSLATE_NOOP("Refusal", "reason for the referral")),
        status="made",
        made_on=made_on,
        follow_up_on=follow_up_on,
        consent_id=consent_id,
    )
    session.add(referral)
    record_event(
        session, "referral.made", "referral", referral.id, case=case_id, consent=consent_id
    )
    return referral.id


def update_referral_status(session: Session, referral_id: str, status: str) -> str:
    """Move a referral on: made -> accepted -> completed, or declined. Declined and completed
    referrals are final (make a new referral instead)."""
    referral = load(session, Referral, referral_id, "referral")
    one_of(status, REFERRAL_STATUSES, QT_TRANSLATE_NOOP("Refusal", "referral status"))
    if status not in REFERRAL_MOVES.get(referral.status, ()):
        raise Refusal(
            QT_TRANSLATE_NOOP("Refusal", "A referral that is {current} cannot become {status}."),
            # both checked against the list
            {
                "current": STATUS_WORDS.get(referral.status, referral.status),
                "status": STATUS_WORDS.get(status, status),
            },
        )
    previous, referral.status = referral.status, status
    record_event(
        session, "referral.status", "referral", referral.id, from_status=previous, to_status=status
    )
    return status

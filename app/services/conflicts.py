"""Conflicts of interest: a worker declares a relationship with a client (or a case) that
could affect their judgement; a supervisor reviews it and decides what happens.

A declaration stays "pending" until a supervisor other than the declaring worker reviews it.
The outcome is written as a short code to the audit log and, in words, at the head of the
review note (the schema has no column of its own for it yet).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.core.ids import uuid7
from app.core.refusal import QT_TRANSLATE_NOOP, Refusal
from app.models import Case, Client, ConflictDeclaration, WorkerProfile
from app.models.base import utcnow
from app.services.fields import client_of_case, load, one_of, required_text
from app.store.audit import record_event

# The review outcomes in words; the UI translates them in the "ConflictOutcome" context.
OUTCOMES: dict[str, str] = {
    "no_conflict": QT_TRANSLATE_NOOP("ConflictOutcome", "No conflict of interest"),
    "safeguards": QT_TRANSLATE_NOOP("ConflictOutcome", "Continue with safeguards"),
    "reassign": QT_TRANSLATE_NOOP("ConflictOutcome", "Reassign the case"),
}
PENDING_LIMIT = 500


@dataclass(frozen=True)
class ConflictView:
    id: str
    worker_id: str
    client_id: str | None
    case_id: str | None
    relationship: str
    description: str
    disclosed_on: date
    review_status: str
    reviewed_by_id: str | None
    reviewed_at: datetime | None
    review_note: str | None
    outcome: str | None
    worker_name: str | None = None  # who declared it
    reviewed_by_name: str | None = None

    @property
    def pending(self) -> bool:
        return self.review_status == "pending"


def _outcome(note: str | None) -> str | None:
    first_line = (note or "").split("\n", 1)[0]
    return next((code for code, label in OUTCOMES.items() if first_line == f"{label}."), None)


def _names(session: Session, rows: list[ConflictDeclaration]) -> dict[str, str]:
    """Display names of the workers who declared or reviewed these declarations."""
    ids = {d.worker_id for d in rows} | {d.reviewed_by_id for d in rows if d.reviewed_by_id}
    if not ids:
        return {}
    found = session.execute(
        select(WorkerProfile.id, WorkerProfile.display_name).where(WorkerProfile.id.in_(ids))
    )
    return {worker_id: name for worker_id, name in found}


def _view(d: ConflictDeclaration, names: dict[str, str] | None = None) -> ConflictView:
    names = names or {}
    return ConflictView(
        d.id,
        d.worker_id,
        d.client_id,
        d.case_id,
        d.relationship,
        d.description,
        d.disclosed_on,
        d.review_status,
        d.reviewed_by_id,
        d.reviewed_at,
        d.review_note,
        _outcome(d.review_note),
        names.get(d.worker_id),
        names.get(d.reviewed_by_id or ""),
    )


def declare_conflict(
    session: Session,
    worker_id: str,
    relationship: str,
    description: str,
    client_id: str | None = None,
    case_id: str | None = None,
    disclosed_on: date | None = None,
) -> str:
    """Declare a conflict of interest with a client or a case (one of them is needed)."""
    load(session, WorkerProfile, worker_id, "worker")
    client_id, case_id = client_of_case(session, case_id, client_id)
    if client_id is None:
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "Refusal", "Say which client or case the conflict of interest concerns."
            )
        )
    load(session, Client, client_id, "client")
    declaration = ConflictDeclaration(
        id=uuid7(),
        worker_id=worker_id,
        client_id=client_id,
        case_id=case_id,
        relationship=required_text(relationship, "relationship", 200),
        description=required_text(description, "description of the conflict"),
        disclosed_on=disclosed_on or date.today(),
        review_status="pending",
    )
    session.add(declaration)
    record_event(
        session,
        "conflict.declared",
        "conflict_declaration",
        declaration.id,
        worker=worker_id,
        client=client_id,
    )
    return declaration.id


def review_conflict(
    session: Session, declaration_id: str, reviewer_id: str, note: str, outcome: str
) -> ConflictView:
    """A supervisor's review: who, when, the outcome and why."""
    declaration = load(session, ConflictDeclaration, declaration_id, "declaration")
    reviewer = load(session, WorkerProfile, reviewer_id, "worker")
    one_of(outcome, OUTCOMES, "outcome")
    if declaration.review_status != "pending":
        raise Refusal(QT_TRANSLATE_NOOP("Refusal", "This declaration has already been reviewed."))
    if reviewer.id == declaration.worker_id:
        raise Refusal(
            QT_TRANSLATE_NOOP("Refusal", "A conflict of interest must be reviewed by someone else.")
        )
    if reviewer.role != "supervisor":
        raise Refusal(
            QT_TRANSLATE_NOOP("Refusal", "Only a supervisor can review a conflict of interest.")
        )
    text = required_text(note, "review note")
    declaration.review_status = "reviewed"
    declaration.reviewed_by_id = reviewer.id
    declaration.reviewed_at = utcnow().replace(microsecond=0)
    declaration.review_note = f"{OUTCOMES[outcome]}.\n{text}"
    record_event(
        session,
        "conflict.reviewed",
        "conflict_declaration",
        declaration.id,
        reviewer=reviewer.id,
        outcome=outcome,
    )
    return _view(declaration, _names(session, [declaration]))


def may_review_conflicts(session: Session, worker_id: str) -> bool:
    """Whether this worker reviews conflict-of-interest declarations (supervisors do)."""
    worker = session.get(WorkerProfile, worker_id)
    return worker is not None and not worker.deleted and worker.role == "supervisor"


def conflicts_for_client(session: Session, client_id: str) -> list[ConflictView]:
    """Every declaration about the client or any of their cases, newest first."""
    their_cases = select(Case.id).where(Case.client_id == client_id)
    rows = session.scalars(
        select(ConflictDeclaration)
        .where(
            or_(
                ConflictDeclaration.client_id == client_id,
                ConflictDeclaration.case_id.in_(their_cases),
            ),
            ConflictDeclaration.deleted.is_(False),
        )
        .order_by(ConflictDeclaration.disclosed_on.desc(), ConflictDeclaration.id.desc())
    )
    declared = list(rows)
    names = _names(session, declared)
    return [_view(d, names) for d in declared]


def conflicts_pending_review(session: Session) -> list[ConflictView]:
    """The supervisor's queue: declarations not yet reviewed, oldest first."""
    rows = session.scalars(
        select(ConflictDeclaration)
        .where(
            ConflictDeclaration.review_status == "pending",
            ConflictDeclaration.deleted.is_(False),
        )
        .order_by(ConflictDeclaration.disclosed_on, ConflictDeclaration.id)
        .limit(PENDING_LIMIT)
    )
    return [_view(d) for d in rows]

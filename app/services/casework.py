"""The case process: stage moves (forwards and back), closure against the checklist read from
the record (app/services/closure.py), transfer.

Every move is a StageChange record (who, when, why); the case row only holds the current stage.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.ids import uuid7
from app.core.refusal import QT_TRANSLATE_NOOP, Refusal
from app.core.stages import CaseStage, allowed_moves
from app.core.timeutil import local_today
from app.models import Case, CaseTransfer, Client, StageChange, WorkerProfile
from app.models.base import utcnow
from app.services import closure
from app.services.activity import add_task
from app.services.fields import load, optional_text, required_text
from app.services.records import NotFound
from app.store.audit import record_event

CLOSED = (CaseStage.CLOSURE, CaseStage.FOLLOW_UP)
NEEDS_REASON = QT_TRANSLATE_NOOP(
    "Refusal", "Give the reason for moving the case from {current} to {target}."
)
# The stage names a refusal's details hold, for lupdate (the UI translates them as Refusals).
STAGE_WORDS = (
    QT_TRANSLATE_NOOP("Refusal", "Intake"),
    QT_TRANSLATE_NOOP("Refusal", "Assessment"),
    QT_TRANSLATE_NOOP("Refusal", "Planning"),
    QT_TRANSLATE_NOOP("Refusal", "Implementation"),
    QT_TRANSLATE_NOOP("Refusal", "Monitoring"),
    QT_TRANSLATE_NOOP("Refusal", "Closure"),
    QT_TRANSLATE_NOOP("Refusal", "Follow-up"),
)


class StageMoveRefused(Refusal):
    """The move is not allowed from the current stage, or the closure checklist is incomplete."""


@dataclass(frozen=True)
class ClosureChecklist:
    """The one closure point the record cannot show, confirmed by the worker: the client was
    told the case is closing. The rest of the checklist is read from the data (closure.py)."""

    client_informed: bool = False


@dataclass(frozen=True)
class Closing:
    """What the close-case form sends. The exception is the reason to close with checklist
    items missing; it is flagged to the supervisor (closure.record_exception)."""

    reason: str
    client_informed: bool = False
    goal_outcomes: tuple[tuple[str, str], ...] = ()  # (goal id, closure.GOAL_OUTCOMES)
    client_feedback: str | None = None  # in the client's words
    follow_up_on: date | None = None  # book a follow-up task on this day
    follow_up_title: str = "Follow-up after closure"
    follow_up_declined: str | None = None  # why the client wants no follow-up
    exception: str | None = None


@dataclass(frozen=True)
class StageEvent:
    id: str
    from_stage: str | None
    to_stage: str
    changed_by: str | None
    changed_at: datetime
    reason: str | None


def _case(session: Session, case_id: str) -> Case:
    return load(session, Case, case_id, "case")


def open_case(
    session: Session,
    client_id: str,
    program: str,
    worker_id: str,
    today: date | None = None,
    reason: str | None = None,
) -> str:
    """Open a case at intake on `today` (the intake date); `reason` (why the client came, who
    referred them) goes into the first stage change. One open case per programme."""
    program, today = _check_opening(session, client_id, program, today)
    why = optional_text(reason, "reason or referral source", 500)
    case = Case(
        id=uuid7(),
        client_id=client_id,
        program=program,
        stage=CaseStage.INTAKE.value,
        assigned_worker_id=worker_id,
        opened_on=today,
        case_number=f"C-{today:%Y}-{uuid7()[-6:].upper()}",
    )
    session.add(case)
    _record_opening(session, case, worker_id, f"Case opened: {why}" if why else "Case opened")
    record_event(session, "case.opened", "case_file", case.id, client=client_id)
    return case.id


def _check_opening(
    session: Session, client_id: str, program: str, today: date | None
) -> tuple[str, date]:
    """The programme (cleaned) and intake date, once both are acceptable for a new case."""
    load(session, Client, client_id, "client")
    program = required_text(program, "programme", 100)
    today = today or date.today()
    if today > date.today():
        raise Refusal(QT_TRANSLATE_NOOP("Refusal", "The intake date cannot be in the future."))
    already = session.scalar(
        select(Case.id).where(
            Case.client_id == client_id,
            Case.program == program,
            Case.closed_on.is_(None),
            Case.deleted.is_(False),
        )
    )
    if already is not None:
        raise Refusal(
            QT_TRANSLATE_NOOP("Refusal", "This client already has an open case in this programme.")
        )
    return program, today


def _record_opening(session: Session, case: Case, worker_id: str, reason: str) -> None:
    session.add(
        StageChange(
            case_id=case.id,
            from_stage=None,
            to_stage=case.stage,
            changed_by=worker_id,
            changed_at=utcnow(),
            reason=reason,
        )
    )


def known_programs(session: Session) -> list[str]:
    """The programmes cases on this device belong to (to suggest when opening a case)."""
    rows = session.scalars(
        select(Case.program).where(Case.deleted.is_(False)).distinct().order_by(Case.program)
    )
    return list(rows)


def move_stage(
    session: Session,
    case_id: str,
    target: CaseStage,
    worker_id: str,
    reason: str | None = None,
    checklist: ClosureChecklist | None = None,
    exception: str | None = None,
) -> str:
    """Move a case to `target`, with the reason (every move needs one, so the history says
    why); closing also needs the checklist met, or an `exception` (why close anyway), which is
    flagged to the supervisor."""
    case = _case(session, case_id)
    current = CaseStage(case.stage)
    if target not in allowed_moves(current):
        raise StageMoveRefused(
            QT_TRANSLATE_NOOP("Refusal", "A case in {current} cannot move to {target}."),
            {"current": current.label, "target": target.label},
        )
    if target is not CaseStage.CLOSURE and not (reason or "").strip():
        raise StageMoveRefused(NEEDS_REASON, {"current": current.label, "target": target.label})
    if target is CaseStage.CLOSURE:
        _check_closure(session, case, current, reason, checklist, exception)
        case.closed_on, case.closure_reason = date.today(), (reason or "").strip()
    elif current in CLOSED and target not in CLOSED:
        case.closed_on, case.closure_reason = None, None  # reopened
        closure.clear_exception(case)
    session.add(
        StageChange(
            case_id=case.id,
            from_stage=current.value,
            to_stage=target.value,
            changed_by=worker_id,
            changed_at=utcnow(),
            reason=(reason or "").strip(),
        )
    )
    case.stage = target.value
    record_event(
        session,
        "case.stage_changed",
        "case_file",
        case.id,
        from_stage=current.value,
        to_stage=target.value,
    )
    return case.stage


def _check_closure(
    session: Session,
    case: Case,
    current: CaseStage,
    reason: str | None,
    checklist: ClosureChecklist | None,
    exception: str | None,
) -> None:
    if not (reason or "").strip():
        raise StageMoveRefused(
            QT_TRANSLATE_NOOP("Refusal", "Give the reason for closing the case.")
        )
    review = closure.closure_review(session, case.id)
    missing = review.missing((checklist or ClosureChecklist()).client_informed)
    if current is CaseStage.FOLLOW_UP:  # ending the follow-up: it took place
        missing = tuple(item for item in missing if item != "follow_up")
    if not missing:
        closure.clear_exception(case)
    elif (exception or "").strip():
        closure.record_exception(session, case, exception or "", missing)
    else:
        raise StageMoveRefused(closure.REFUSAL, {"missing": closure.describe(missing, review)})


def close_case(
    session: Session, case_id: str, worker_id: str, closing: Closing, today: date | None = None
) -> closure.OutcomeSummary:
    """Record the goals' outcomes, the client's feedback and the follow-up, then close against
    the checklist. A refusal raises, and the unit of work drops all of it."""
    closure.set_goal_outcomes(session, case_id, dict(closing.goal_outcomes))
    closure.record_feedback(session, case_id, closing.client_feedback, closing.follow_up_declined)
    if closing.follow_up_on is not None:
        if closing.follow_up_on < (today or local_today()):
            raise Refusal(QT_TRANSLATE_NOOP("Refusal", "The follow-up cannot be in the past."))
        add_task(
            session,
            closing.follow_up_title,
            closing.follow_up_on,
            kind="follow_up",
            case_id=case_id,
            assigned_to_id=worker_id,
        )
    informed = ClosureChecklist(closing.client_informed)
    move_stage(
        session, case_id, CaseStage.CLOSURE, worker_id, closing.reason, informed, closing.exception
    )
    return closure.outcome_summary(session, case_id)


def stage_history(session: Session, case_id: str) -> list[StageEvent]:
    rows = session.scalars(
        select(StageChange)
        .where(StageChange.case_id == case_id)
        .order_by(StageChange.changed_at, StageChange.id)
    )
    return [
        StageEvent(r.id, r.from_stage, r.to_stage, r.changed_by, r.changed_at, r.reason)
        for r in rows
    ]


def transfer_case(
    session: Session,
    case_id: str,
    to_worker_id: str,
    from_worker_id: str,
    reason: str,
    handover_note: str,
) -> str:
    """Hand a case to another worker, with the reason and a handover note (both required)."""
    case = _case(session, case_id)
    if session.get(WorkerProfile, to_worker_id) is None:
        raise NotFound("That worker is not known on this device.")
    if not reason.strip() or not handover_note.strip():
        raise Refusal(
            QT_TRANSLATE_NOOP("Refusal", "A transfer needs a reason and a handover note.")
        )
    transfer = CaseTransfer(
        id=uuid7(),
        case_id=case.id,
        from_worker_id=case.assigned_worker_id,
        to_worker_id=to_worker_id,
        reason=reason.strip(),
        handover_note=handover_note.strip(),
        transferred_at=utcnow(),
    )
    session.add(transfer)
    client = session.get(Client, case.client_id)
    if client is not None and client.assigned_worker_id == case.assigned_worker_id:
        client.assigned_worker_id = to_worker_id  # the client follows the case's worker
    case.assigned_worker_id = to_worker_id
    record_event(
        session, "case.transferred", "case_file", case.id, to_worker=to_worker_id, by=from_worker_id
    )
    return transfer.id

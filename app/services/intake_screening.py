"""Screening and eligibility, a recorded step of the intake stage: for one programme, the
criteria checked, whether the client meets them, the decision and its reason.

A screening belongs to the client's open case in that programme when there is one (it must
still be at intake); an eligible client's case can be opened by the screening itself, in the
same unit of work. A screening is never edited here: a new decision is a new screening.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.ids import uuid7
from app.core.refusal import QT_TRANSLATE_NOOP, Refusal
from app.core.stages import CaseStage
from app.models import Case, Client, Screening, WorkerProfile
from app.services.casework import open_case
from app.services.fields import load, one_of, optional_text, required_text
from app.store.audit import record_event

DECISIONS = ("eligible", "not_eligible", "referred", "pending")


# The field names this module's checks put in a refusal ("Please fill in the {what}."),
# marked so lupdate collects them: the UI translates a refusal's word details in "Refusal"
# (app/ui/errors.py). Marking only: the checks keep passing the same English words.
REFUSAL_FIELD_NAMES = (
    QT_TRANSLATE_NOOP("Refusal", "programme"),
    QT_TRANSLATE_NOOP("Refusal", "decision"),
    QT_TRANSLATE_NOOP("Refusal", "reason for the decision"),
    QT_TRANSLATE_NOOP("Refusal", "criteria"),
)


@dataclass(frozen=True)
class ScreeningDraft:
    program: str
    criteria_met: bool
    decision: str  # one of DECISIONS
    reason: str
    criteria: str = ""  # the criteria checked, one per line
    screened_on: date | None = None  # today when not given
    open_case: bool = False  # eligible and no case in this programme yet: open one at intake


@dataclass(frozen=True)
class ScreeningView:
    id: str
    program: str
    screened_on: date
    criteria: str
    criteria_met: bool
    decision: str
    reason: str
    case_id: str | None
    case_number: str | None
    screened_by: str | None


def _intake_case(session: Session, client_id: str, program: str) -> Case | None:
    """The client's open case in this programme; refused when it is past intake."""
    case = session.scalar(
        select(Case).where(
            Case.client_id == client_id,
            Case.program == program,
            Case.closed_on.is_(None),
            Case.deleted.is_(False),
        )
    )
    if case is not None and case.stage != CaseStage.INTAKE.value:
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "Refusal",
                "This client's case in this programme is past intake; screening is recorded at "
                "intake (a new screening needs the case back at intake).",
            )
        )
    return case


def _case_of(
    session: Session,
    client_id: str,
    draft: ScreeningDraft,
    worker_id: str | None,
    program_on: tuple[str, date],
) -> str | None:
    """The case at intake the screening belongs to, opened now when asked (and eligible)."""
    program, day = program_on
    case = _intake_case(session, client_id, program)
    if case is not None:
        return case.id
    if draft.open_case and worker_id is not None:
        return open_case(session, client_id, program, worker_id, day, "Eligible at screening")
    return None


def _checked(draft: ScreeningDraft) -> tuple[str, str, str, date]:
    program = required_text(draft.program, "programme", 100)
    decision = one_of(draft.decision, DECISIONS, "decision")
    reason = required_text(draft.reason, "reason for the decision", 2000)
    day = draft.screened_on or date.today()
    if day > date.today():
        raise Refusal(QT_TRANSLATE_NOOP("Refusal", "The screening date cannot be in the future."))
    if draft.open_case and decision != "eligible":
        raise Refusal(
            QT_TRANSLATE_NOOP("Refusal", "A case is opened only for a client found eligible.")
        )
    return program, decision, reason, day


def record_screening(
    session: Session, client_id: str, draft: ScreeningDraft, worker_id: str | None
) -> str:
    load(session, Client, client_id, "client")
    program, decision, reason, day = _checked(draft)
    case_id = _case_of(session, client_id, draft, worker_id, (program, day))
    screening = Screening(
        id=uuid7(),
        client_id=client_id,
        case_id=case_id,
        program=program,
        screened_on=day,
        criteria=optional_text(draft.criteria, "criteria", 4000) or "",
        criteria_met=draft.criteria_met,
        decision=decision,
        reason=reason,
        screened_by_id=worker_id,
    )
    session.add(screening)
    detail = {"client": client_id, "case": case_id, "decision": decision}
    record_event(session, "intake.screened", "screening", screening.id, **detail)
    return screening.id


def list_screenings(session: Session, client_id: str) -> tuple[ScreeningView, ...]:
    """The client's screenings, newest first, with the case number and who screened."""
    rows = session.execute(
        select(Screening, Case.case_number, WorkerProfile.display_name)
        .outerjoin(Case, Case.id == Screening.case_id)
        .outerjoin(WorkerProfile, WorkerProfile.id == Screening.screened_by_id)
        .where(Screening.client_id == client_id, Screening.deleted.is_(False))
        .order_by(Screening.screened_on.desc(), Screening.id.desc())
    )
    return tuple(_view(screening, number, worker) for screening, number, worker in rows)


def _view(s: Screening, case_number: str | None, worker: str | None) -> ScreeningView:
    return ScreeningView(
        s.id,
        s.program,
        s.screened_on,
        s.criteria,
        s.criteria_met,
        s.decision,
        s.reason,
        s.case_id,
        case_number,
        worker,
    )

"""Assessments of a case (screening, assessment, re-assessment) and when the next one is due.

The latest assessment of a case (by date) sets when the next re-assessment is due; older
ones are history. A structured assessment follows an instrument (resources/assessments/):
per domain a rating, needs, strengths and the client's own words; it sets the client's risk
level and adds or removes safety flags on the client, in the same unit of work. The worker
decides the risk level; the ratings only suggest one (app/core/assessment_forms.py).
Reading assessments back is in app/services/assessment_views.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.core.assessment_forms import (
    TEXT_LIMIT,
    DomainAnswer,
    Instrument,
    InstrumentError,
    checked_answers,
)
from app.core.ids import uuid7
from app.core.refusal import QT_TRANSLATE_NOOP, Refusal
from app.documents.instruments import load_instrument
from app.models import Assessment, Case, Client
from app.services.fields import load, one_of, optional_text
from app.store.audit import record_event

ASSESSMENT_KINDS = ("screening", "assessment", "reassessment")
RISK_LEVELS = ("low", "medium", "high")
FLAG_LIMIT = 200  # characters in one safety flag
NO_INSTRUMENT = QT_TRANSLATE_NOOP(
    "Refusal", "This assessment form (or this version of it) is not in this copy of Caseload."
)


@dataclass(frozen=True)
class AssessmentView:
    id: str
    case_id: str
    kind: str
    assessed_on: date
    needs: str
    strengths: str
    risks: str
    risk_level: str
    next_due_on: date | None


def _view(a: Assessment) -> AssessmentView:
    return AssessmentView(
        a.id,
        a.case_id,
        a.kind,
        a.assessed_on,
        a.needs,
        a.strengths,
        a.risks,
        a.risk_level,
        a.next_due_on,
    )


def record_assessment(
    session: Session,
    case_id: str,
    kind: str,
    assessed_on: date,
    needs: str = "",
    strengths: str = "",
    risks: str = "",
    risk_level: str = "low",
    next_due_on: date | None = None,
) -> str:
    load(session, Case, case_id, "case")
    _check_basics(kind, risk_level, assessed_on, next_due_on)
    assessment = Assessment(
        id=uuid7(),
        case_id=case_id,
        kind=kind,
        assessed_on=assessed_on,
        needs=needs.strip(),
        strengths=strengths.strip(),
        risks=risks.strip(),
        risk_level=risk_level,
        next_due_on=next_due_on,
    )
    session.add(assessment)
    record_event(
        session, "assessment.recorded", "assessment", assessment.id, case=case_id, kind=kind
    )
    return assessment.id


def _check_basics(kind: str, risk_level: str, assessed_on: date, due: date | None) -> None:
    one_of(kind, ASSESSMENT_KINDS, "kind of assessment")
    one_of(risk_level, RISK_LEVELS, "risk level")
    if due is not None and due <= assessed_on:
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "Refusal", "The next re-assessment must be due after the assessment date."
            )
        )


@dataclass(frozen=True)
class AssessmentDraft:
    """A structured assessment as the form collects it."""

    case_id: str
    instrument_id: str
    instrument_version: str
    language: str
    kind: str
    assessed_on: date
    answers: tuple[DomainAnswer, ...]
    risk_level: str
    risks: str = ""  # what puts the client or others at risk, and what protects them
    flags_added: tuple[str, ...] = ()
    flags_removed: tuple[str, ...] = ()
    next_due_on: date | None = None


def record_structured_assessment(session: Session, draft: AssessmentDraft, worker_id: str) -> str:
    """Save an assessment that follows an instrument, and bring the client's risk level and
    safety flags up to date with it. Refuses (Refusal, in plain words) before writing."""
    case = load(session, Case, draft.case_id, "case")
    _check_basics(draft.kind, draft.risk_level, draft.assessed_on, draft.next_due_on)
    instrument = _instrument(draft)
    domains = checked_answers(instrument, draft.answers)
    client = load(session, Client, case.client_id, "client")
    added, removed = _change_flags(client, draft.flags_added, draft.flags_removed)
    if client.risk_level != draft.risk_level:
        client.risk_level = draft.risk_level
    assessment = _structured_row(draft, domains, added, removed, worker_id)
    session.add(assessment)
    record_event(
        session, "assessment.recorded", "assessment", assessment.id, case=case.id,
        kind=draft.kind, instrument=instrument.id, version=instrument.version,
        risk=draft.risk_level, flags_added=len(added), flags_removed=len(removed),
    )  # fmt: skip
    return assessment.id


def _structured_row(
    draft: AssessmentDraft,
    domains: dict[str, dict[str, object]],
    added: list[str],
    removed: list[str],
    worker_id: str,
) -> Assessment:
    return Assessment(
        id=uuid7(),
        case_id=draft.case_id,
        kind=draft.kind,
        assessed_on=draft.assessed_on,
        risks=optional_text(draft.risks, "notes on risk", TEXT_LIMIT) or "",
        risk_level=draft.risk_level,
        next_due_on=draft.next_due_on,
        instrument_id=draft.instrument_id,
        instrument_version=draft.instrument_version,
        instrument_language=draft.language,
        domains=domains,
        flags_added=added,
        flags_removed=removed,
        assessed_by_id=worker_id,
    )


def _change_flags(
    client: Client, to_add: tuple[str, ...], to_remove: tuple[str, ...]
) -> tuple[list[str], list[str]]:
    """Set the client's safety flags; returns what really changed (a flag already gone, or
    already there, is no change)."""
    current = list(client.safety_flags or [])
    removed = [flag for flag in current if flag in to_remove]
    kept = [flag for flag in current if flag not in removed]
    added: list[str] = []
    for flag in (" ".join(text.split()) for text in to_add):
        if len(flag) > FLAG_LIMIT:
            raise Refusal(
                QT_TRANSLATE_NOOP(
                    "Refusal", "A safety flag is too long (at most {limit} characters)."
                ),
                {"limit": FLAG_LIMIT},
            )
        if flag and flag.casefold() not in {f.casefold() for f in kept + added}:
            added.append(flag)
    if added or removed:
        client.safety_flags = kept + added  # a new list: the ORM sees the change
    return added, removed


def _instrument(draft: AssessmentDraft) -> Instrument:
    try:
        return load_instrument(draft.instrument_id, draft.language, draft.instrument_version)
    except InstrumentError:  # its message names resource files: for the form's author only
        raise Refusal(NO_INSTRUMENT) from None


def list_assessments(session: Session, case_id: str) -> list[AssessmentView]:
    """The case's assessments, newest first."""
    rows = session.scalars(
        select(Assessment)
        .where(Assessment.case_id == case_id, Assessment.deleted.is_(False))
        .order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
    )
    return [_view(a) for a in rows]


def latest_assessment(session: Session, case_id: str) -> AssessmentView | None:
    row = session.scalars(
        select(Assessment)
        .where(Assessment.case_id == case_id, Assessment.deleted.is_(False))
        .order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
        .limit(1)
    ).first()
    return _view(row) if row else None


def latest_per_case() -> Select:
    """A subquery-ready select of each case's latest assessment: (case_id, assessment_id,
    assessed_on, next_due_on), numbered so that rank 1 is the latest."""
    rank = (
        func.row_number()
        .over(
            partition_by=Assessment.case_id,
            order_by=(Assessment.assessed_on.desc(), Assessment.id.desc()),
        )
        .label("rank")
    )
    return select(
        Assessment.case_id,
        Assessment.id.label("assessment_id"),
        Assessment.assessed_on,
        Assessment.next_due_on,
        rank,
    ).where(Assessment.deleted.is_(False))

"""Reading assessments back. The list of a case's assessments holds labels only (dates, kind,
instrument, risk level, who assessed), so it is not audited; one assessment in full holds
the client's words, so reading it is (`assessment.viewed`).

Domain titles and rating labels come from the instrument version the assessment followed,
in the worker's language where it was translated; an instrument no longer shipped shows its
domain codes rather than failing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.assessment_forms import (
    DomainAnswer,
    Instrument,
    InstrumentError,
    answers_from,
    suggested_risk,
)
from app.documents.instruments import instrument_in
from app.models import Assessment, WorkerProfile
from app.services.fields import load
from app.store.audit import record_event


@dataclass(frozen=True)
class AssessmentSummary:
    id: str
    case_id: str
    kind: str
    assessed_on: date
    risk_level: str
    next_due_on: date | None
    instrument_title: str | None  # None: recorded as free text, without an instrument
    areas: int  # domains rated or described
    assessed_by: str | None  # the worker's name


@dataclass(frozen=True)
class DomainResult:
    code: str
    title: str
    rating: int | None
    rating_label: str  # "" when not rated
    needs: str
    strengths: str
    client_words: str


@dataclass(frozen=True)
class AssessmentDetail:
    summary: AssessmentSummary
    domains: tuple[DomainResult, ...]
    needs: str  # free text of assessments recorded without an instrument
    strengths: str
    risks: str
    flags_added: tuple[str, ...]
    flags_removed: tuple[str, ...]
    suggested_risk: str | None  # what the ratings suggested (None without an instrument)


def _instrument(row: Assessment, language: str) -> Instrument | None:
    if not row.instrument_id or not row.instrument_version:
        return None
    try:
        return instrument_in(row.instrument_id, language, row.instrument_version)
    except InstrumentError:
        return None


def _names(session: Session, worker_ids: Iterable[str | None]) -> dict[str, str]:
    wanted = {w for w in worker_ids if w}
    if not wanted:
        return {}
    rows = session.execute(
        select(WorkerProfile.id, WorkerProfile.display_name).where(WorkerProfile.id.in_(wanted))
    )
    return {worker_id: name for worker_id, name in rows}


def _summary(row: Assessment, names: dict[str, str], language: str) -> AssessmentSummary:
    instrument = _instrument(row, language)
    title = instrument.title if instrument else row.instrument_id
    return AssessmentSummary(
        row.id,
        row.case_id,
        row.kind,
        row.assessed_on,
        row.risk_level,
        row.next_due_on,
        title,
        len(row.domains or {}),
        names.get(row.assessed_by_id or ""),
    )


def assessment_summaries(
    session: Session, case_id: str, language: str = "en"
) -> list[AssessmentSummary]:
    """The case's assessments, newest first (labels only)."""
    rows = list(
        session.scalars(
            select(Assessment)
            .where(Assessment.case_id == case_id, Assessment.deleted.is_(False))
            .order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
        )
    )
    names = _names(session, (row.assessed_by_id for row in rows))
    return [_summary(row, names, language) for row in rows]


def _result(answer: DomainAnswer, instrument: Instrument | None) -> DomainResult:
    domain = instrument.domain(answer.code) if instrument else None
    point = instrument.point(answer.rating) if instrument else None
    label = point.label if point else ("" if answer.rating is None else str(answer.rating))
    return DomainResult(
        answer.code,
        domain.title if domain else answer.code,
        answer.rating,
        label,
        answer.needs,
        answer.strengths,
        answer.client_words,
    )


def _in_order(
    answers: tuple[DomainAnswer, ...], instrument: Instrument | None
) -> tuple[DomainAnswer, ...]:
    """The instrument's order (JSON objects are not promised to keep theirs in transit)."""
    codes = [d.code for d in instrument.domains] if instrument else []
    return tuple(sorted(answers, key=lambda a: codes.index(a.code) if a.code in codes else 99))


def get_assessment(session: Session, assessment_id: str, language: str = "en") -> AssessmentDetail:
    """One assessment in full, every answered domain in the instrument's order (audited)."""
    row = load(session, Assessment, assessment_id, "assessment")
    instrument = _instrument(row, language)
    answers = _in_order(answers_from(row.domains or {}), instrument)
    record_event(session, "assessment.viewed", "assessment", row.id)
    return AssessmentDetail(
        _summary(row, _names(session, [row.assessed_by_id]), language),
        tuple(_result(answer, instrument) for answer in answers),
        row.needs,
        row.strengths,
        row.risks,
        tuple(row.flags_added or ()),
        tuple(row.flags_removed or ()),
        suggested_risk(instrument, answers) if instrument else None,
    )

"""Assessments of a case (screening, assessment, re-assessment) and when the next one is due.

The latest assessment of a case (by date) sets when the next re-assessment is due; older
ones are history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.core.ids import uuid7
from app.models import Assessment, Case
from app.services.fields import load, one_of
from app.store.audit import record_event

ASSESSMENT_KINDS = ("screening", "assessment", "reassessment")
RISK_LEVELS = ("low", "medium", "high")


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
    one_of(kind, ASSESSMENT_KINDS, "kind of assessment")
    one_of(risk_level, RISK_LEVELS, "risk level")
    if next_due_on is not None and next_due_on <= assessed_on:
        raise ValueError("The next re-assessment must be due after the assessment date.")
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

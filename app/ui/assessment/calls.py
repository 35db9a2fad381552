"""Vault work for the Assessment tab. Each function runs on the worker thread (through a
pane's `call()`), opens its own unit of work and returns plain data. The instruments are read
here too (files, parsed once), so the GUI thread never touches the disk for them."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.assessment_forms import Instrument
from app.documents.instruments import newest_translations
from app.services import assessment_views, assessments
from app.services.assessment_views import AssessmentDetail, AssessmentSummary
from app.services.assessments import AssessmentDraft
from app.ui.access import VaultAccess


@dataclass(frozen=True)
class AssessmentList:
    summaries: list[AssessmentSummary]  # newest first
    instruments: tuple[Instrument, ...]  # what a new assessment may follow


def assessment_list(access: VaultAccess, case_id: str, language: str) -> AssessmentList:
    with access.vault.session() as session:
        summaries = assessment_views.assessment_summaries(session, case_id, language)
    return AssessmentList(summaries, newest_translations())


def detail(access: VaultAccess, assessment_id: str, language: str) -> AssessmentDetail:
    with access.vault.session() as session:
        return assessment_views.get_assessment(session, assessment_id, language)


def record(access: VaultAccess, draft: AssessmentDraft) -> str:
    with access.vault.session() as session:
        return assessments.record_structured_assessment(session, draft, access.owner_id)

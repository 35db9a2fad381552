"""A client's safety plan and the mandated reports made about them (app/models/safety.py).

The safety plan is one current record per client: saving it writes only the parts that
changed, so edits of different parts on two devices both stay. Reading it is audited (it
holds the client's words). A mandated report (duty to warn, suspected abuse or neglect) is
recorded once and never edited: a correction is a new report naming the one it corrects.
Each new report is flagged to the supervisor; only a supervisor takes the flag down. Audit
events carry ids and codes only, never what was disclosed.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.refusal import QT_TRANSLATE_NOOP, Refusal
from app.core.timeutil import local_today
from app.models import Case, Client, MandatedReport, SafetyPlan, WorkerProfile
from app.models.base import utcnow
from app.services.fields import load, one_of, optional_text, required_text
from app.store.audit import record_event

REPORT_KINDS = ("duty_to_warn", "abuse_neglect")
TEXT_LIMIT = 4000  # characters in one part of the plan or report


# The field names this module's checks put in a refusal ("Please fill in the {what}."),
# marked so lupdate collects them: the UI translates a refusal's word details in "Refusal"
# (app/ui/errors.py). Marking only: the checks keep passing the same English words.
REFUSAL_FIELD_NAMES = (
    QT_TRANSLATE_NOOP("Refusal", "warning signs"),
    QT_TRANSLATE_NOOP("Refusal", "coping steps"),
    QT_TRANSLATE_NOOP("Refusal", "contacts"),
    QT_TRANSLATE_NOOP("Refusal", "means restriction"),
    QT_TRANSLATE_NOOP("Refusal", "client words"),
    QT_TRANSLATE_NOOP("Refusal", "agency reported to"),
    QT_TRANSLATE_NOOP("Refusal", "reference number"),
    QT_TRANSLATE_NOOP("Refusal", "what was disclosed"),
    QT_TRANSLATE_NOOP("Refusal", "legal basis"),
    QT_TRANSLATE_NOOP("Refusal", "kind of report"),
)


@dataclass(frozen=True)
class SafetyPlanDraft:
    """The plan as the form collects it (every part may be left empty)."""

    warning_signs: str = ""
    coping_steps: str = ""
    contacts: str = ""  # people and services to call
    means_restriction: str = ""
    client_words: str = ""
    reviewed_on: date | None = None


@dataclass(frozen=True)
class SafetyPlanView:
    id: str
    client_id: str
    plan: SafetyPlanDraft
    updated_by: str | None  # the worker's name


PLAN_PARTS = tuple(f.name for f in fields(SafetyPlanDraft) if f.name != "reviewed_on")


def _current_plan(session: Session, client_id: str) -> SafetyPlan | None:
    """The client's plan; if two devices each started one, the first made is current."""
    return session.scalars(
        select(SafetyPlan)
        .where(SafetyPlan.client_id == client_id, SafetyPlan.deleted.is_(False))
        .order_by(SafetyPlan.created_at, SafetyPlan.id)
        .limit(1)
    ).first()


def save_safety_plan(
    session: Session, client_id: str, draft: SafetyPlanDraft, worker_id: str
) -> str:
    """Write the plan's changed parts (a new plan if the client has none)."""
    load(session, Client, client_id, "client")
    values = {part: _part(getattr(draft, part), part) for part in PLAN_PARTS}
    if draft.reviewed_on is not None and draft.reviewed_on > local_today():
        raise Refusal(QT_TRANSLATE_NOOP("Refusal", "The review date cannot be in the future."))
    plan = _current_plan(session, client_id) or SafetyPlan(client_id=client_id)
    session.add(plan)
    for name, value in (*values.items(), ("reviewed_on", draft.reviewed_on)):
        if getattr(plan, name) != value:
            setattr(plan, name, value)
    if plan.updated_by_id != worker_id:
        plan.updated_by_id = worker_id
    session.flush()
    record_event(session, "safety_plan.saved", "safety_plan", plan.id, client=client_id)
    return plan.id


def _part(value: str, name: str) -> str:
    return optional_text(value, name.replace("_", " "), TEXT_LIMIT) or ""


def get_safety_plan(session: Session, client_id: str) -> SafetyPlanView | None:
    """The client's plan, or None; reading one is audited."""
    plan = _current_plan(session, client_id)
    if plan is None:
        return None
    record_event(session, "safety_plan.viewed", "safety_plan", plan.id, client=client_id)
    values = {part: getattr(plan, part) or "" for part in PLAN_PARTS}
    draft = SafetyPlanDraft(**values, reviewed_on=plan.reviewed_on)
    who = session.get(WorkerProfile, plan.updated_by_id) if plan.updated_by_id else None
    return SafetyPlanView(plan.id, client_id, draft, who.display_name if who else None)


@dataclass(frozen=True)
class ReportDraft:
    client_id: str
    kind: str  # one of REPORT_KINDS
    reported_on: date
    agency: str
    disclosed: str  # what was disclosed, in the client's own words where possible
    legal_basis: str
    reference: str = ""
    case_id: str | None = None
    corrects_id: str | None = None  # the report this one corrects


@dataclass(frozen=True)
class ReportView:
    id: str
    kind: str
    reported_on: date
    agency: str
    reference: str
    disclosed: str
    legal_basis: str
    reported_by: str | None
    flagged: bool  # waits for the supervisor
    reviewed_by: str | None
    corrects_id: str | None
    corrected: bool  # a later report corrects this one


def record_mandated_report(session: Session, draft: ReportDraft, worker_id: str) -> str:
    """Record a report made; it is flagged to the supervisor. Refuses before writing."""
    load(session, Client, draft.client_id, "client")
    _check_report(session, draft)
    report = MandatedReport(
        client_id=draft.client_id,
        case_id=draft.case_id,
        kind=draft.kind,
        reported_on=draft.reported_on,
        agency=required_text(draft.agency, "agency reported to", 200),
        reference=optional_text(draft.reference, "reference number", 100) or "",
        disclosed=required_text(draft.disclosed, "what was disclosed", TEXT_LIMIT),
        legal_basis=required_text(draft.legal_basis, "legal basis", TEXT_LIMIT),
        reported_by_id=worker_id,
        corrects_id=draft.corrects_id,
        supervisor_flagged=True,
    )
    session.add(report)
    session.flush()
    record_event(
        session, "mandated_report.recorded", "mandated_report", report.id,
        client=draft.client_id, kind=draft.kind, corrects=draft.corrects_id,
    )  # fmt: skip
    return report.id


def _check_report(session: Session, draft: ReportDraft) -> None:
    one_of(draft.kind, REPORT_KINDS, "kind of report")
    if draft.reported_on > local_today():
        raise Refusal(QT_TRANSLATE_NOOP("Refusal", "A report cannot be dated in the future."))
    if draft.case_id is not None:
        case = load(session, Case, draft.case_id, "case")
        if case.client_id != draft.client_id:
            raise Refusal(QT_TRANSLATE_NOOP("Refusal", "That case belongs to another client."))
    if draft.corrects_id is not None:
        original = load(session, MandatedReport, draft.corrects_id, "report")
        if original.client_id != draft.client_id:
            raise Refusal(
                QT_TRANSLATE_NOOP("Refusal", "A correction must be about the same client.")
            )


def review_mandated_report(session: Session, report_id: str, supervisor_id: str) -> None:
    """A supervisor has read the report: the flag comes down (the report stays as it was)."""
    report = load(session, MandatedReport, report_id, "report")
    supervisor = load(session, WorkerProfile, supervisor_id, "worker")
    if supervisor.role != "supervisor":
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "Refusal", "Only a supervisor can mark a mandated report as reviewed."
            )
        )
    if not report.supervisor_flagged:
        raise Refusal(QT_TRANSLATE_NOOP("Refusal", "This report has already been reviewed."))
    report.supervisor_flagged = False
    report.supervisor_reviewed_by_id = supervisor_id
    report.supervisor_reviewed_at = utcnow()
    record_event(session, "mandated_report.reviewed", "mandated_report", report.id)


def list_mandated_reports(session: Session, client_id: str) -> list[ReportView]:
    """The client's reports, newest first; reading them is audited."""
    rows = list(
        session.scalars(
            select(MandatedReport)
            .where(MandatedReport.client_id == client_id, MandatedReport.deleted.is_(False))
            .order_by(MandatedReport.reported_on.desc(), MandatedReport.id.desc())
        )
    )
    if rows:
        record_event(session, "mandated_report.viewed", "client", client_id, count=len(rows))
    corrected = {row.corrects_id for row in rows if row.corrects_id}
    names = _worker_names(session)
    return [_report_view(row, names, row.id in corrected) for row in rows]


def _worker_names(session: Session) -> dict[str, str]:
    return dict(session.execute(select(WorkerProfile.id, WorkerProfile.display_name)).all())


def _report_view(row: MandatedReport, names: dict[str, str], corrected: bool) -> ReportView:
    return ReportView(
        row.id, row.kind, row.reported_on, row.agency, row.reference, row.disclosed,
        row.legal_basis, names.get(row.reported_by_id or ""), bool(row.supervisor_flagged),
        names.get(row.supervisor_reviewed_by_id or ""), row.corrects_id, corrected,
    )  # fmt: skip


def last_report_day(session: Session, client_id: str) -> date | None:
    """When the latest mandated report about the client was made (for the record header)."""
    return session.scalar(
        select(MandatedReport.reported_on)
        .where(MandatedReport.client_id == client_id, MandatedReport.deleted.is_(False))
        .order_by(MandatedReport.reported_on.desc())
        .limit(1)
    )

"""Closing a case against its record: the closure checklist read from the data, what the worker
records when closing (each goal's outcome, the client's feedback in their words, a follow-up
booked or declined with a reason), closing with an exception, and the outcome summary.

The checklist is never ticked by hand except for one point the data cannot show (the client was
told, app/services/casework.py: ClosureChecklist). Everything else is read here: open tasks,
referrals without an outcome, unsigned notes, consents left as drafts, goals without an outcome,
and a follow-up. A worker may still close with items missing when they give the reason: the
reason is stored on the case with a flag for the supervisor (synced like any field) and the
audit event names the missing items by code. See docs/decisions.md, "Closure".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, SQLColumnExpression, and_, or_, select
from sqlalchemy.orm import Session

from app.core.refusal import QT_TRANSLATE_NOOP, Refusal
from app.core.timeutil import local_today, to_local, utcnow
from app.models import Case, CaseNote, Consent, Goal, Referral, Task, Visit, WorkerProfile
from app.services.fields import load, optional_text, required_text
from app.store.audit import record_event

GOAL_OUTCOMES = ("achieved", "partly", "not_achieved")
# Referral statuses that are an outcome; anything else (made, sent, accepted, started, a status
# this device does not know yet) still waits for one.
REFERRAL_OUTCOMES = frozenset({"declined", "closed", "completed", "cancelled", "withdrawn"})
ITEMS = ("informed", "tasks", "referrals", "notes", "consents", "goals", "follow_up")
PHRASES = {
    "informed": ("the client has not been told the case is closing",) * 2,
    "tasks": ("{n} open task", "{n} open tasks"),
    "referrals": ("{n} referral without an outcome", "{n} referrals without an outcome"),
    "notes": ("{n} unsigned note", "{n} unsigned notes"),
    "consents": ("{n} consent still a draft", "{n} consents still drafts"),
    "goals": ("{n} goal without an outcome", "{n} goals without an outcome"),
    "follow_up": ("no follow-up booked or declined with a reason",) * 2,
}
REFUSAL = QT_TRANSLATE_NOOP(
    "Refusal",
    "This case cannot close yet: {missing}. Resolve these, or close with an exception and say "
    "why (your supervisor is told).",
)


@dataclass(frozen=True)
class Pending:
    """One record the checklist points at: what it is and its date (due, made, written)."""

    id: str
    kind: str  # task | follow_up | visit | referral | note | consent
    label: str  # a title, a service and organisation, a template or consent kind (a code)
    on: date | None


@dataclass(frozen=True)
class GoalLine:
    id: str
    title: str
    outcome: str | None  # GOAL_OUTCOMES, or None when not recorded yet


@dataclass(frozen=True)
class ClosureReview:
    """The closure checklist of one case, as the data stands."""

    case_id: str
    open_tasks: tuple[Pending, ...]
    open_referrals: tuple[Pending, ...]
    unsigned_notes: tuple[Pending, ...]
    draft_consents: tuple[Pending, ...]
    goals: tuple[GoalLine, ...]
    follow_up: Pending | None  # the next follow-up task or visit booked
    follow_up_declined: str | None  # why the client wants none

    def missing(self, informed: bool = True) -> tuple[str, ...]:
        """Codes (ITEMS) of the points not met; `informed`: the worker told the client."""
        unmet = {
            "informed": not informed,
            "tasks": bool(self.open_tasks),
            "referrals": bool(self.open_referrals),
            "notes": bool(self.unsigned_notes),
            "consents": bool(self.draft_consents),
            "goals": any(goal.outcome is None for goal in self.goals),
            "follow_up": self.follow_up is None and not self.follow_up_declined,
        }
        return tuple(item for item in ITEMS if unmet[item])

    def count(self, item: str) -> int:
        """How many records an item points at (1 for the yes-or-no items)."""
        counts = {
            "tasks": len(self.open_tasks),
            "referrals": len(self.open_referrals),
            "notes": len(self.unsigned_notes),
            "consents": len(self.draft_consents),
            "goals": sum(goal.outcome is None for goal in self.goals),
        }
        return counts.get(item, 1)


@dataclass(frozen=True)
class OutcomeSummary:
    """What a closed case achieved, what the client said, and how it was closed."""

    case_id: str
    closed_on: date | None
    reason: str | None
    achieved: tuple[str, ...]  # goal titles
    partly: tuple[str, ...]
    not_achieved: tuple[str, ...]
    not_recorded: tuple[str, ...]
    client_feedback: str | None
    exception: str | None
    flagged: bool  # the exception waits for the supervisor


def _of_case(
    case: Case,
    case_column: SQLColumnExpression[str | None],
    client_column: SQLColumnExpression[str | None],
) -> ColumnElement[bool]:
    """Rows of this case, or of its client and no case in particular."""
    return or_(case_column == case.id, and_(case_column.is_(None), client_column == case.client_id))


def _tasks(session: Session, case: Case, kind: str) -> list[Task]:
    rows = session.scalars(
        select(Task)
        .where(_of_case(case, Task.case_id, Task.client_id), Task.kind == kind)
        .where(Task.done_at.is_(None), Task.deleted.is_(False))
        .order_by(Task.due_on, Task.id)
    )
    return list(rows)


def _referrals(session: Session, case: Case) -> tuple[Pending, ...]:
    rows = session.scalars(
        select(Referral)
        .where(Referral.case_id == case.id, Referral.deleted.is_(False))
        .order_by(Referral.made_on, Referral.id)
    )
    return tuple(
        Pending(r.id, "referral", f"{r.service}, {r.organisation}", r.made_on)
        for r in rows
        if (r.status or "").strip().lower() not in REFERRAL_OUTCOMES
    )


def _drafts(session: Session, case: Case) -> tuple[tuple[Pending, ...], tuple[Pending, ...]]:
    """Notes not signed and consents still drafts (neither signed nor discarded)."""
    notes = session.scalars(
        select(CaseNote)
        .where(_of_case(case, CaseNote.case_id, CaseNote.client_id))
        .where(CaseNote.status == "draft", CaseNote.deleted.is_(False))
        .order_by(CaseNote.occurred_at)
    )
    consents = session.scalars(
        select(Consent)
        .where(_of_case(case, Consent.case_id, Consent.client_id))
        .where(Consent.status == "draft", Consent.deleted.is_(False))
        .order_by(Consent.effective_on)
    )
    return (
        tuple(Pending(n.id, "note", n.template, to_local(n.occurred_at).date()) for n in notes),
        tuple(Pending(c.id, "consent", c.scope, c.effective_on) for c in consents),
    )


def _goals(session: Session, case_id: str) -> tuple[GoalLine, ...]:
    rows = session.scalars(
        select(Goal)
        .where(Goal.case_id == case_id, Goal.deleted.is_(False))
        .order_by(Goal.created_at, Goal.id)
    )
    return tuple(GoalLine(g.id, g.title, g.outcome) for g in rows)


def _follow_up(session: Session, case: Case, today: date) -> Pending | None:
    """The first follow-up task due from today, else the first visit booked from now."""
    tasks = [t for t in _tasks(session, case, "follow_up") if t.due_on and t.due_on >= today]
    if tasks:
        return Pending(tasks[0].id, "follow_up", tasks[0].title, tasks[0].due_on)
    visit = session.scalars(
        select(Visit)
        .where(_of_case(case, Visit.case_id, Visit.client_id), Visit.status == "scheduled")
        .where(Visit.scheduled_at >= utcnow(), Visit.deleted.is_(False))
        .order_by(Visit.scheduled_at)
        .limit(1)
    ).first()
    if visit is None:
        return None
    return Pending(visit.id, "visit", visit.contact_type, to_local(visit.scheduled_at).date())


def closure_review(session: Session, case_id: str, today: date | None = None) -> ClosureReview:
    """The checklist of a case read from its records (`today`: the worker's local day)."""
    case = load(session, Case, case_id, "case")
    today = today or local_today()
    tasks = _tasks(session, case, "task")
    notes, consents = _drafts(session, case)
    return ClosureReview(
        case.id,
        tuple(Pending(t.id, "task", t.title, t.due_on) for t in tasks),
        _referrals(session, case),
        notes,
        consents,
        _goals(session, case.id),
        _follow_up(session, case, today),
        case.follow_up_declined,
    )


def set_goal_outcomes(session: Session, case_id: str, outcomes: dict[str, str]) -> None:
    """Record each goal's outcome (GOAL_OUTCOMES); goals of other cases are refused."""
    for goal_id, outcome in outcomes.items():
        goal = load(session, Goal, goal_id, "goal")
        if goal.case_id != case_id:
            raise Refusal(QT_TRANSLATE_NOOP("Refusal", "That goal belongs to another case."))
        if outcome not in GOAL_OUTCOMES:
            raise Refusal(
                QT_TRANSLATE_NOOP(
                    "Refusal", "A goal's outcome is achieved, partly achieved or not achieved."
                )
            )
        if goal.outcome != outcome:
            goal.outcome = outcome
            record_event(session, "goal.outcome", "goal", goal.id, outcome=outcome)


def record_feedback(
    session: Session, case_id: str, feedback: str | None, follow_up_declined: str | None
) -> None:
    """Keep the client's feedback in their words, and why they want no follow-up (if so)."""
    case = load(session, Case, case_id, "case")
    words = optional_text(feedback, "client's feedback")
    if words is not None:
        case.client_feedback = words
    declined = optional_text(follow_up_declined, "reason the follow-up was declined", 1000)
    if declined is not None:
        case.follow_up_declined = declined
        record_event(session, "case.follow_up_declined", "case_file", case.id)


def describe(missing: tuple[str, ...], review: ClosureReview) -> str:
    """What is missing in plain words, counted: the `missing` detail of REFUSAL (made from
    the app's own phrases and counts, never from what was typed)."""
    parts = []
    for item in missing:
        number, (one, many) = review.count(item), PHRASES[item]
        parts.append((one if number == 1 else many).format(n=number))
    return "; ".join(parts)


def record_exception(session: Session, case: Case, reason: str, missing: tuple[str, ...]) -> None:
    """Closing with items missing: keep the reason and flag it for the supervisor."""
    case.closure_exception = required_text(reason, "reason for closing with items missing")
    case.closure_flagged = True
    codes = [item for item in missing if item in ITEMS]
    record_event(session, "case.closure_exception", "case_file", case.id, missing=codes)


def clear_exception(case: Case) -> None:
    case.closure_exception, case.closure_flagged = None, False


def review_exception(session: Session, case_id: str, supervisor_id: str) -> None:
    """A supervisor has looked at a closure exception: the flag comes down (the reason stays)."""
    case = load(session, Case, case_id, "case")
    supervisor = load(session, WorkerProfile, supervisor_id, "worker")
    if supervisor.role != "supervisor":
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "Refusal", "Only a supervisor can mark a closure exception as reviewed."
            )
        )
    if not case.closure_flagged:
        raise Refusal(
            QT_TRANSLATE_NOOP("Refusal", "This case has no closure exception waiting for review.")
        )
    case.closure_flagged = False
    record_event(session, "case.closure_reviewed", "case_file", case.id, by=supervisor_id)


def outcome_summary(session: Session, case_id: str) -> OutcomeSummary:
    case = load(session, Case, case_id, "case")
    goals = _goals(session, case.id)

    def titled(outcome: str | None) -> tuple[str, ...]:
        return tuple(goal.title for goal in goals if goal.outcome == outcome)

    return OutcomeSummary(
        case.id,
        case.closed_on,
        case.closure_reason,
        titled("achieved"),
        titled("partly"),
        titled("not_achieved"),
        titled(None),
        case.client_feedback,
        case.closure_exception,
        bool(case.closure_flagged),
    )
